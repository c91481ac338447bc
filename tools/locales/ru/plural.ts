const RULES = new Intl.PluralRules("ru");

/** Russian plural form for a count: 1 место, 2 места, 5 мест (a fraction takes the "few" form: 58,5 места). */
export function plural(v: number, one: string, few: string, many: string): string {
  const form = RULES.select(v);
  return form === "one" ? one : form === "many" ? many : few;
}
