/** Russian plural form for a count: 1 место, 2 места, 5 мест (a fraction takes the "few" form: 58,5 места). */
export function plural(v: number, one: string, few: string, many: string): string {
  if (!Number.isInteger(v)) return few;
  const n = Math.abs(v) % 100;
  const d = n % 10;
  if (d === 1 && n !== 11) return one;
  if (d >= 2 && d <= 4 && (n < 12 || n > 14)) return few;
  return many;
}
