import type { Source } from "../knowledge/schema.js";

/**
 * Initials people type for a name the sources write out: "INP" of "Institute of Nuclear Physics",
 * «ИЯФ» of «Институт ядерной физики», "WHO" of "World Health Organization". A question's word that
 * no source holds and that is the initials of exactly one name of the sources is read as that name.
 */

/** Little words a name's initials skip: "Institute of Nuclear Physics" is INP. */
const SKIPPED = new Set("of for and the on in at и по при для".split(" "));
const WORD = /[\p{L}][\p{L}’'-]*/gu;
/** Initials worth reading: three to five letters (two would meet too many names by chance). */
const SHORT = /^\p{L}{3,5}$/u;

/** Each name of the sources (a capitalised word and the words after it in its run) by its initials. */
export function namesByInitials(sources: Iterable<Source>): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const source of sources) {
    for (const run of runs(source.body)) {
      // Every start at a capitalised word, every length of two to five initials.
      for (let i = 0; i < run.length; i++) {
        const first = run[i] ?? "";
        if (!/^\p{Lu}/u.test(first) || SKIPPED.has(first.toLowerCase())) continue;
        // (A Latin name is capitalised throughout; a Russian or Kazakh one goes on in lower case.)
        const latin = /^\p{Script=Latin}/u.test(first);
        const words: string[] = [];
        for (let j = i; j < run.length && words.length < 6; j++) {
          const word = run[j] as string;
          if (latin && !/^\p{Lu}/u.test(word) && !SKIPPED.has(word.toLowerCase())) break;
          words.push(word);
          const initials = initialsOf(words);
          if (initials.length >= 3 && !SKIPPED.has((run[j] as string).toLowerCase()))
            found.set(initials, (found.get(initials) ?? new Set()).add(words.join(" ")));
        }
      }
    }
  }
  // A set of initials two different names share stands for neither.
  return new Map(
    [...found].filter(([, names]) => names.size === 1).map(([k, names]) => [k, [...names][0] as string]),
  );
}

/** The words of a text in runs that a sentence mark or a comma breaks. */
function runs(text: string): string[][] {
  return text.split(/[.,;:!?()«»"“”\n–—]/u).map((part) => part.match(WORD) ?? []);
}

function initialsOf(words: string[]): string {
  return words
    .filter((w) => !SKIPPED.has(w.toLowerCase()))
    .map((w) => (w[0] ?? "").toLowerCase())
    .join("");
}

/** The question with each word no source holds that is a name's initials written out as that name. */
export function spellOutInitials(
  question: string,
  names: Map<string, string>,
  known: (word: string) => boolean,
): string {
  return question.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    if (!SHORT.test(word) || known(lower)) return word;
    return names.get(lower) ?? word;
  });
}
