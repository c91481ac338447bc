const RULES = new Intl.PluralRules("en");

/** English plural form for a count: 1 article, 2 articles. */
export function plural(v: number, one: string, other: string): string {
  return RULES.select(v) === "one" ? one : other;
}
