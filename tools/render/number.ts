import type { Messages } from "../locales/index.js";

/** Writes a number the reader's way: 1,234.5 in English, 1 234,5 in Russian and Kazakh. */
export function formatNumber(value: number, texts: Messages["answers"]): string {
  // Arithmetic in binary leaves noise (175.4 − 173 = 2.4000000000000057): six decimals are plenty.
  const [int, frac] = String(Number(Math.abs(value).toFixed(6))).split(".");
  const grouped = (int ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, texts.thousandsSeparator);
  return `${value < 0 ? "−" : ""}${grouped}${frac ? texts.decimalSeparator + frac : ""}`;
}
