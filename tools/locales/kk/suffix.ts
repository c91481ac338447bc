/**
 * Kazakh case endings for "more than" and "up to", which Kazakh puts after the number in the
 * ablative and the dative: «12 000-нан астам жұмыс орны», «10 млрд теңгеге дейін». A number's
 * ending follows the last word it is read with (12 000 → «он екі мың» → «мыңнан»; a decimal is
 * read with its fraction last: 58,5 → «… бес» → «бестен»), by that word's last sound and its
 * vowel harmony.
 */

const UNITS = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
const TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];

/** The word a whole number is read ending with: 12 000 → «мың», 265 → «бес», 60 → «алпыс». */
function lastWord(n: number): string {
  if (n === 0 || n % 10 !== 0) return UNITS[n % 10] ?? "";
  if (n % 100 !== 0) return TENS[(n % 100) / 10] ?? "";
  if (n % 1e3 !== 0) return "жүз";
  if (n % 1e6 !== 0) return "мың";
  return n % 1e9 !== 0 ? "миллион" : "миллиард";
}

/** The word "12 000", "58,5" or "1 080" is read ending with. */
function spokenEnd(digits: string): string {
  const [whole = "", fraction] = digits.replace(/[\s\u00a0\u202f]/g, "").split(/[,.]/);
  return lastWord(Number(fraction ? fraction : whole) || 0);
}

const back = (word: string) => /[аоұы][^аоұыәеөүіиуэюя]*$/.test(word);
const voicedOrVowel = (c: string) => /[аоұыәеөүіиэюяуйрлзжмнң]/.test(c);

type Case = "ablative" | "dative";

/** The ending a word takes: «мың» → «нан», «теңге» → «ден», «қырық» → «қа» (dative). */
export function ending(word: string, grammaticalCase: Case): string {
  const last = word.slice(-1);
  const a = back(word);
  if (grammaticalCase === "dative") return voicedOrVowel(last) ? (a ? "ға" : "ге") : a ? "қа" : "ке";
  const consonant = /[мнң]/.test(last) ? "н" : voicedOrVowel(last) ? "д" : "т";
  return consonant + (a ? "ан" : "ен");
}

/** "12 000" → «12 000-нан», "10" → «10-ға». */
export function numberIn(digits: string, grammaticalCase: Case): string {
  return `${digits}-${ending(spokenEnd(digits), grammaticalCase)}`;
}

/** The words "more than" and "up to" are in Kazakh, and the case each puts the number in. */
const POSTPOSITIONS: Record<string, Case> = { астам: "ablative", дейін: "dative" };

/**
 * A count with its qualifier: «кемінде 200 жұмыс орны», «12 000-нан астам жұмыс орны»,
 * «10-ға дейін жұмыс орны». `q` is the qualifier word with its space ("" when exact).
 */
export function counted(n: string, q: string, noun: string): string {
  const grammaticalCase = POSTPOSITIONS[q.trim()];
  return grammaticalCase ? `${numberIn(n, grammaticalCase)} ${q.trim()} ${noun}` : `${q}${n} ${noun}`;
}

/**
 * An amount whose unit word takes the ending: «15,6 млрд теңгеден астам», «40 млн АҚШ долларына
 * дейін». `inCase` gives the unit in the ablative and the dative.
 */
export function amount(n: string, q: string, unit: string, inCase: Record<Case, string>): string {
  const grammaticalCase = POSTPOSITIONS[q.trim()];
  return grammaticalCase ? `${n} ${inCase[grammaticalCase]} ${q.trim()}` : `${q}${n} ${unit}`;
}

/** «50%», «50%-дан астам» (a per cent is read «пайыз»). */
export function percent(n: string, q: string): string {
  const grammaticalCase = POSTPOSITIONS[q.trim()];
  return grammaticalCase ? `${n}%-${ending("пайыз", grammaticalCase)} ${q.trim()}` : `${q}${n}%`;
}
