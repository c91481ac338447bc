/**
 * Text is cleaned before it is stored. PostgreSQL refuses a NUL in text and in jsonb ("unsupported
 * Unicode escape sequence"), and an unpaired surrogate in jsonb, so one such character in a
 * question used to lose the chat's whole conversation; the other control characters are stored
 * but are never meant as text (a bell, an escape sequence, C1 codes from a bad decoding).
 */

/** C0 and C1 control characters except tab, line feed and carriage return (which are layout). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** A surrogate half without its partner: no character at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without control characters; an unpaired surrogate becomes U+FFFD, as a decoder would make it. */
export function cleanText(text: string): string {
  return text.replace(CONTROL, "").replace(LONE_SURROGATE, "\uFFFD");
}

/** A JSON-like value with every string in it (keys too) cleaned; anything else is kept as it is. */
export function cleanValue<T>(value: T): T {
  if (typeof value === "string") return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleanValue) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [cleanText(k), cleanValue(v)]),
    ) as T;
  }
  return value;
}
