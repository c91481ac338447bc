import type { Knowledge } from "../knowledge/load.js";
import type { Lang, Source } from "../knowledge/schema.js";
import { splitSentences } from "../knowledge/sentences.js";
import { nameInOtherScript, normalize } from "../knowledge/text.js";
import type { Ref } from "./entities.js";
import type { Finding } from "./findings.js";
import { MONTHS } from "./lexicon.js";

/**
 * What the articles themselves tell beside the claims: a plant an article places somewhere without
 * naming its company, the articles that write a name a question uses, and what a quoted sentence
 * needs said with it (its language, its article's date when it gives a day without a year).
 */

/** A plant or a project in a sentence: what an unnamed company's undertaking is called. */
const UNNAMED_PLANT =
  /(?<!\p{L})(plants?|factor(?:y|ies)|facilit(?:y|ies)|projects?|enterprises?|завод\p{L}*|предприяти\p{L}*|кәсіпорын\p{L}*|фабрик\p{L}*|фармзавод\p{L}*|проект\p{L}*|зауыт\p{L}*|жоба\p{L}*|кешен\p{L}*)(?!\p{L})/iu;

/** Words of the figure asked beside a number: jobs, or money. */
const ASKED_FIGURE = {
  jobs: /(?<!\p{L})(jobs?|workers|employ\p{L}*|рабоч\p{L}* мест|сотрудник\p{L}*|жұмыс орн\p{L}*|адам)(?!\p{L})/iu,
  money: /(?<!\p{L})(tenge|dollars?|\$|US\$|тенге|теңге|доллар\p{L}*|млрд|млн|billion|million)/iu,
} as const;

/**
 * The sentences that place a plant or a project where a list of companies (or "no project there")
 * is about, naming no organisation the sources know: an article's project whose company it
 * does not name. Told with their quotes, or null when there are none.
 */
export function unnamedProjects(
  found: Finding[],
  knowledge: Pick<Knowledge, "dataset" | "sources">,
  /** The figure asked ("how much will the Saran project cost"): its sentences come first. */
  asked?: "jobs" | "money",
): { place: Ref; quotes: { source: string; quote: string }[] } | null {
  const at = found.flatMap((f) =>
    f.kind === "noProjects"
      ? [f.place.id]
      : f.kind === "list" && f.what === "companies" && f.subject?.type === "place"
        ? [f.subject.id]
        : [],
  )[0];
  const place = knowledge.dataset.places.find((x) => x.id === at);
  if (!place || place.kind === "country") return null;
  const names = [place.name.en, place.name.ru ?? "", place.name.kk ?? "", ...place.aliases]
    .filter(Boolean)
    .map((n) => normalize(n).split(" "));
  const stem = (w: string) => (w.length >= 5 ? w.slice(0, Math.max(4, w.length - 2)) : w);
  const quotes: { source: string; quote: string }[] = [];
  const nameless = namelessArticles(knowledge);
  const figure = asked ? ASKED_FIGURE[asked] : undefined;
  for (const [i, source] of knowledge.sources.entries()) {
    if (quotes.length === 2) break;
    // Only an article that names no company at all: a plant beside a named one may be its plant.
    if (!nameless[i]) continue;
    const placed = (text: string) => {
      const own = normalize(text).split(" ");
      return names.some((n) =>
        n.every((w) => own.some((x) => (w.length < 5 ? x === w : x.startsWith(stem(w))))),
      );
    };
    // An article whose headline or dateline is the place ("ТАРАЗ. …") tells of a plant there.
    const article = placed(`${source.title} ${source.body.slice(0, 40)}`);
    const sentences = splitSentences(source.body).map((x) => x.text);
    // A plant placed by its article: the sentence with the figure asked, when one has it.
    const withFigure = article && figure ? sentences.filter((t) => /\d/u.test(t) && figure.test(t)) : [];
    for (const text of withFigure.length ? withFigure : sentences) {
      if (text === source.title || source.title.includes(text)) continue;
      if ((article || placed(text)) && (UNNAMED_PLANT.test(text) || withFigure.includes(text)))
        quotes.push({ source: source.id, quote: text });
      if (quotes.length === 2) break;
    }
  }
  return quotes.length ? { place: { type: "place", id: place.id }, quotes } : null;
}

/** The sources' bodies normalised, once per list of sources (a view's). */
const normalised = new WeakMap<readonly Source[], string[]>();
function bodies(sources: readonly Source[]): string[] {
  let out = normalised.get(sources);
  if (!out) {
    out = sources.map((x) => normalize(x.body));
    normalised.set(sources, out);
  }
  return out;
}

/** Which sources name no organisation of the view, once per view (its dataset). */
const namelessByView = new WeakMap<object, boolean[]>();
function namelessArticles(knowledge: Pick<Knowledge, "dataset" | "sources">): boolean[] {
  let out = namelessByView.get(knowledge.dataset);
  if (out) return out;
  const known = knowledge.dataset.organisations
    .flatMap((o) => [o.name.en, o.name.ru ?? "", o.name.kk ?? "", ...o.aliases])
    .map((n) => normalize(n))
    .filter((n) => n.length >= 4);
  out = bodies(knowledge.sources).map((body) => {
    const words = body.split(" ");
    return !known.some((n) =>
      n.includes(" ") ? ` ${body} `.includes(` ${n}`) : words.some((w) => w.startsWith(n)),
    );
  });
  namelessByView.set(knowledge.dataset, out);
  return out;
}

/** The sources that write one of these names, in either script and inflected («Караозеке» of «Караозек»). */
export function sourcesNaming(names: readonly string[], sources: readonly Source[]): string[] {
  const stems = names.flatMap(nameStems);
  if (!stems.length) return [];
  const all = bodies(sources);
  return sources
    .filter((_, i) => (all[i] as string).split(" ").some((w) => stems.some((s) => w.startsWith(s))))
    .map((x) => x.id);
}

/** A name's word beginnings in both scripts, as the sources may inflect it («Караозеке» of «Караозек»). */
function nameStems(name: string): string[] {
  const other = nameInOtherScript(name);
  return [name, ...(other && !other.includes(" ") ? [other] : [])].map((w) =>
    w.slice(0, Math.max(5, w.length - 1)),
  );
}

/**
 * The sources whose title names every one of these names and no other organisation the knowledge
 * holds ("MSN Group и «КФК МЕДСЕРВИС ПЛЮС» построят…"): articles about them alone. (A title naming
 * Pfizer and GE Healthcare is about both: its "$60 млн" may be either's.)
 */
export function sourcesTitled(
  names: readonly string[],
  sources: readonly Source[],
  others: readonly string[],
): string[] {
  if (!names.length) return [];
  const asked = names.flatMap(nameStems);
  const other = others
    .map((n) => normalize(n))
    .filter((n) => n.length >= 3 && !asked.some((s) => n.startsWith(s) || s.startsWith(n)));
  return sources
    .filter((x) => {
      const title = normalize(x.title);
      const words = title.split(" ");
      if (other.some((n) => ` ${title} `.includes(` ${n} `))) return false;
      return names.every((n) => nameStems(n).some((s) => words.some((w) => w.startsWith(s))));
    })
    .map((x) => x.id);
}

/**
 * The text without the names it writes: each run of capitalised words ("KFK Medservice Plus",
 * «КФК МЕДСЕРВИС ПЛЮС») that holds one of them.
 */
export function withoutNames(text: string, names: readonly string[]): string {
  const stems = names.flatMap(nameStems);
  const named = (run: string) =>
    normalize(run)
      .split(" ")
      .some((w) => w.length >= 3 && stems.some((s) => w.startsWith(s) || s.startsWith(w)));
  return text
    .replace(/[«"“]?\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*)*[»"”]?/gu, (run) =>
      named(run) ? " " : run,
    )
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a place's name that say what kind it is, not which: "Region", «область», «облысы». */
const PLACE_KIND_WORDS = new Set(
  "region oblast city district область области город района район облысы облысының қаласы ауданы".split(" "),
);

/**
 * The sources that name a place, its words stemmed and in order ("North Kazakhstan Region" in
 * "the North Kazakhstan pharmaceutical cluster", «Восточно-Казахстанская область» in
 * «Восточно-Казахстанский кластер»); its kind's words are not needed.
 */
export function sourcesNamingPlace(names: readonly string[], sources: readonly Source[]): string[] {
  const patterns = names.flatMap((name) => {
    const words = normalize(name)
      .split(" ")
      .filter((w) => w && !PLACE_KIND_WORDS.has(w));
    if (!words.length) return [];
    const stem = (w: string) => w.slice(0, Math.max(3, w.length - 2));
    return [new RegExp(`(^| )${words.map((w) => `${escapeRegExp(stem(w))}\\S*`).join(" ")}`, "u")];
  });
  const all = bodies(sources);
  return sources.filter((_, i) => patterns.some((p) => p.test(all[i] as string))).map((x) => x.id);
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Years written in a text, and spans of them ("2020–2025", «2015–2019 годы»). */
const yearsIn = (text: string) =>
  [...text.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)].map((m) => Number(m[1]));
const YEAR_SPAN = /(?<!\d)((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)(?!\d)/g;

/**
 * A passage of years the question does not ask (`years`): its sentence names years, none asked
 * (nor a span holding one); or it names none, and its article's headline names years, none asked,
 * nor is the article of a year asked ("10 enterprises are currently engaged" in a report on 2024,
 * asked of 2022).
 */
export function ofOtherYears(
  years: readonly number[],
  hit: { source: string; quote: string },
  sources: readonly Source[],
): boolean {
  if (!years.length) return false;
  const asked = (written: number[], text: string) =>
    written.some((y) => years.includes(y)) ||
    [...text.matchAll(YEAR_SPAN)].some((m) => years.some((y) => y >= Number(m[1]) && y <= Number(m[2])));
  const own = yearsIn(hit.quote);
  if (own.length) return !asked(own, hit.quote);
  const source = sources.find((x) => x.id === hit.source);
  const titled = yearsIn(source?.title ?? "");
  const dated = Number(source?.date?.slice(0, 4));
  return titled.length > 0 && !asked(titled, source?.title ?? "") && !years.includes(dated);
}

/** A quote's language, by its letters: Kazakh has letters of its own, Russian the rest of Cyrillic. */
export function languageOf(quote: string): Lang {
  if (/[әғқңөұүһі]/iu.test(quote)) return "kk";
  return /\p{Script=Cyrillic}/u.test(quote) ? "ru" : "en";
}

/** A date the text gives without its year ("this February", «биылғы ақпанда», «8 июня»): read by the source's date. */
export function yearless(quote: string): boolean {
  if (RELATIVE_TIME.test(quote)) return true;
  const words = normalize(quote).split(" ");
  return (
    !/\b(19|20)\d{2}\b/.test(quote) &&
    words.some((w) => MONTHS.some(([m]) => m.length >= 4 && w.startsWith(m)))
  );
}

/** Words that date an event by the time of writing. */
const RELATIVE_TIME =
  /(?<!\p{L})(this year|last year|yesterday|today|this month|last month|в этом году|в прошлом году|вчера|сегодня|биыл\p{L}*|былтыр\p{L}*|кеше|бүгін)(?!\p{L})/iu;

/** "2023-11-18" as the day, month and year a date phrase takes. */
export function dayOf(date: string): { day: number; month: number; year: number } {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { day, month, year };
}
