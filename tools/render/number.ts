import type { Figure, Lang } from "../../knowledge/schema.js";
import type { Derived, Metric } from "../findings.js";
import { type Messages, t } from "../locales/index.js";

/** One formatter per language and precision: creating an Intl.NumberFormat costs far more than using it. */
const FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * Writes a number the reader's way: 1,234.5 in English, 1 234,5 in Russian and Kazakh, a minus as
 * "−". Six decimals at most by default: arithmetic in binary leaves noise (175.4 − 173 = 2.4000000000000057).
 */
export function formatNumber(value: number, lang: Lang, decimals = 6): string {
  const key = `${lang}:${decimals}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(t(lang).answers.numberLocale, { maximumFractionDigits: decimals });
    FORMATS.set(key, format);
  }
  const text = format.format(Math.abs(value));
  return value < 0 && /[1-9]/.test(text) ? `−${text}` : text;
}

type UnitKey = keyof Messages["answers"]["unit"];
const UNIT_OF: Record<string, UnitKey> = {
  jobs: "jobs",
  medicines: "medicines",
  "billion KZT": "kzt",
  "million USD": "usd",
  "million KZT per job": "kztPerJob",
  "million USD per job": "usdPerJob",
  "million KZT per medicine": "kztPerMedicine",
  "million USD per medicine": "usdPerMedicine",
  percent: "percent",
  companies: "companies",
  agreements: "agreements",
  times: "times",
};

/**
 * "around 60 jobs", "58,5 млрд тенге": a figure with its unit and qualifier (`bare`: without the
 * qualifier). A range the source gives is written as the range ("150–200 jobs"), never as its
 * lower end alone.
 */
export function amountText(
  f: Pick<Figure | Derived, "value" | "unit" | "qualifier"> & {
    upTo?: number | undefined;
    citation?: unknown;
  },
  lang: Lang,
  metric?: Metric,
  bare = false,
): string {
  const tx = t(lang).answers;
  const key = metric === "sociallySignificant" ? "socially" : (UNIT_OF[f.unit] ?? "jobs");
  if (f.upTo !== undefined && f.upTo > f.value)
    return tx.unit[key](`${formatNumber(f.value, lang)}–${formatNumber(f.upTo, lang)}`, "", f.upTo);
  const qualifier = tx.qualifier[f.qualifier];
  const q = bare || !qualifier ? "" : `${qualifier} `;
  // A thousand million dollars and more reads as billions: "US$1.08 billion", «1,08 млрд», never «1 080 млн».
  // (A stated figure only: a derived sum keeps the unit its arithmetic is written in.)
  if (key === "usd" && f.value >= 1000 && f.citation)
    return tx.unit.usdBillion(formatNumber(f.value / 1000, lang), q, f.value);
  // A thousand billion tenge and more reads as trillions, as the sources write it: "2.5 trillion tenge".
  if (key === "kzt" && f.value >= 1000 && f.citation)
    return tx.unit.kztTrillion(formatNumber(f.value / 1000, lang), q, f.value);
  // A thousand million tenge per job or medicine and more reads in billions: "1.08 billion tenge per medicine".
  const billions =
    key === "kztPerJob" ? "kztBillionPerJob" : key === "kztPerMedicine" ? "kztBillionPerMedicine" : null;
  if (billions && f.value >= 1000)
    return tx.unit[billions](formatNumber(Number((f.value / 1000).toPrecision(3)), lang), q, f.value / 1000);
  // Under a million dollars per job or medicine reads in thousands: "US$390 thousand per job".
  const thousands =
    key === "usdPerJob" ? "usdThousandPerJob" : key === "usdPerMedicine" ? "usdThousandPerMedicine" : null;
  if (thousands && f.value < 1)
    return tx.unit[thousands](formatNumber(Number((f.value * 1000).toPrecision(3)), lang), q, f.value * 1000);
  return tx.unit[key](formatNumber(f.value, lang), q, f.value);
}
