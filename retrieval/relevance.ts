import { FAMILY, type FrameName, MONTHS } from "./concepts.js";
import { isStopwordTypo, type Question, type Slot, stemKey } from "./terms.js";
import { POSITION, type Unit } from "./units.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * How well a sentence answers a question: the IDF-weighted share of the question's content slots
 * it holds. A slot is held by any of its keys (its stem, its concepts, a cognate in the other
 * script, a near spelling), each at its credit, found in the sentence itself (full weight) or in
 * its context (part weight, units.ts). Rare slots ("nurbek", "screening") weigh more than common
 * ones ("kazakhstan"), and a slot no source holds (the "pfizer" of "how much does pfizer invest")
 * weighs the most, so a question whose key word the sources lack stays below the gate.
 */
export interface WeightedSlot {
  /** The question's words it stands for. */
  words: string[];
  /** For a choice between two things, which side of the "or" it is on (1 or 2). */
  side?: 1 | 2;
  /**
   * For an office or title asked about ("the CEO of Nobel"), the stem keys of the question's
   * other words: a sentence whose office belongs to none of them (the CEO of AstraZeneca) holds
   * the title only in part.
   */
  holders?: ReadonlySet<string>;
  /**
   * The keys of each of its parts (one for a word or phrase, one per word of a name: "msp
   * rompharm"), with the vocabulary's near spellings and cognates added.
   */
  parts: Map<string, number>[];
  weight: number;
  /** A name the sources hold ("nurbek", "msp rompharm"), not a concept. */
  name?: boolean;
  /** A name in a question asking what was said: the one whose words are asked for. */
  speaker?: boolean;
  /** The document asked about ("does the az memo say anything about …"): held by a sentence's context in full. */
  scope?: boolean;
}

/**
 * What a sentence counts for when it cannot give the kind of answer asked: no number for a "how
 * many", no date for a "when", no stated aim for a "why" (aims are worded too many ways to be sure).
 */
export const FRAME_MISS: Readonly<Record<"time" | "quantity" | "purpose", number>> = {
  time: 0.5,
  quantity: 0.5,
  purpose: 0.7,
};

/** Keys of at least this credit tell how common a slot is (a family member or a typo does not). */
const WEIGHING_CREDIT = 0.8;

/**
 * Resolves a question's slots against what the sources contain, and weighs each by its rarity.
 * Adjacent words that are no concept but the sources' ("msp rompharm", "polpharma santo") are one name: one slot
 * weighing as its rarest word, held in the share of its words a sentence holds.
 */
export function weigh(question: Question, vocabulary: Vocabulary): WeightedSlot[] {
  const out: WeightedSlot[] = [];
  const names = new Set<WeightedSlot>();
  let previous: { slot: Slot; name: boolean } | undefined;
  for (const slot of question.slots) {
    if (isTypedStopword(slot, vocabulary)) continue;
    const alts = resolve(slot, vocabulary);
    const name =
      ![...slot.alts.keys()].some((k) => k.startsWith("c:")) &&
      [...alts].some(([k, credit]) => credit >= WEIGHING_CREDIT && vocabulary.count(k) > 0);
    const last = out.at(-1);
    const side = question.or === undefined ? undefined : slot.end <= question.or ? 1 : 2;
    if (last && previous?.name && name && previous.slot.end === slot.start) {
      last.words.push(...slot.words);
      last.parts.push(alts);
      last.weight = Math.max(last.weight, weightOf(alts, vocabulary));
    } else {
      const parts = slot.terms ?? [alts];
      out.push({ words: [...slot.words], parts, weight: weightOf(alts, vocabulary), side });
    }
    if (name) names.add(out.at(-1) as WeightedSlot);
    previous = { slot, name };
  }
  for (const s of names) s.name = true;
  // "by early May 2021": a question's date places it in time, and the sentence that answers it
  // seldom repeats it (the article's date or heading does): it counts, but little.
  for (const [i, s] of out.entries()) {
    const next = out[i + 1];
    const qualifier = next && isDate(next) && s.words.every((w) => TIME_QUALIFIERS.has(w));
    // "why does kazakhstan need these 4 plants": a small count names the things, seldom what answers.
    const count = s.words.every((w) => /^([1-9]|1[0-2])$/.test(w));
    if (isDate(s) || qualifier || count || isLight(s)) s.weight *= DATE_WEIGHT;
  }
  // "does the memo say anything about young people", «что говорится в соглашении о …»: what a
  // document says is its content, not anyone's words.
  // The document and whose it is ("the az memo") are where to look: its items hold them in their
  // heading or title, which counts in full.
  for (let i = out.length - 1; i >= 0; i--) {
    const said = i > 0 && isSay(out[i] as WeightedSlot) && isDocument(out[i - 1] as WeightedSlot);
    if (said) out.splice(i, 1);
    const at = said ? i - 1 : question.asks.has("topic") && isDocument(out[i] as WeightedSlot) ? i : -1;
    for (let j = at; j >= 0 && (j === at || names.has(out[j] as WeightedSlot)); j--)
      (out[j] as WeightedSlot).scope = true;
  }
  if (asksSaid(out)) for (const s of names) s.speaker = true;
  markOffices(out, names);
  return out;
}

const DATE_WEIGHT = 0.25;
/** "early May", «в начале 2022», «2021 жылдың басында»: part of the date they stand by. */
const TIME_QUALIFIERS = new Set(
  "early late mid end beginning start начале начало конце конец середине середина басында соңында ортасында".split(
    " ",
  ),
);

function isDate(slot: WeightedSlot): boolean {
  return (
    slot.words.every((w) => /^(19|20)\d\d$/.test(w)) ||
    slot.parts.every((p) => [...p.keys()].some((k) => MONTHS.has(k)))
  );
}

/**
 * Verbs that carry their object's meaning ("create jobs" is "employ 85 people") and words that ask
 * where ("located"): they count little against a sentence that says it in other words.
 */
function isLight(slot: WeightedSlot): boolean {
  return slot.parts.every((p) => [...p.keys()].some((k) => LIGHT.has(k)));
}
const LIGHT = new Set([
  "c:create",
  "s:locat",
  "s:situat",
  "s:располож",
  "s:находит",
  "s:орналасқан",
  "s:орналасад",
]);

/** A one-word slot no source holds that is a stopword mistyped ("what happend in april 2024"). */
function isTypedStopword(slot: Slot, vocabulary: Vocabulary): boolean {
  if (slot.words.length !== 1 || [...slot.alts.keys()].some((k) => k.startsWith("c:"))) return false;
  return vocabulary.count(stemKey(slot.stems[0] as string)) === 0 && isStopwordTypo(slot.words[0] as string);
}

/** A slot's keys and the vocabulary's other spellings of its words. */
function resolve(slot: Slot, vocabulary: Vocabulary): Map<string, number> {
  const alts = new Map(slot.alts);
  if (slot.phrase) return alts;
  // A word the vocabulary of concepts or the sources know is no typo of another ("price" is not "prime").
  const concept = [...slot.alts.keys()].some((k) => k.startsWith("c:"));
  const typos = !concept && !slot.stems.some((s) => vocabulary.count(stemKey(s)) > 0);
  // Names are looked up as written too: stemmers cut them short (Ибрагим → ибраг).
  for (const form of new Set([...slot.stems, ...slot.words])) {
    for (const [key, credit] of vocabulary.similar(form, { typos, short: !concept })) {
      if ((alts.get(key) ?? 0) < credit) alts.set(key, credit);
    }
  }
  return alts;
}

/**
 * The IDF of the commonest way the sources write the slot (its concept is commoner than its
 * stem); a slot the sources hold only as a kin concept or a near spelling, or not at all, weighs
 * as a key no sentence holds.
 */
function weightOf(alts: ReadonlyMap<string, number>, vocabulary: Vocabulary): number {
  let n = 0;
  for (const [key, credit] of alts) if (credit >= WEIGHING_CREDIT) n = Math.max(n, vocabulary.count(key));
  return vocabulary.idfOf(n);
}

/** An office held by someone else counts this much. */
export const OFFICE_ELSEWHERE = 0.3;

function isOffice(key: string): boolean {
  return key === POSITION || FAMILY.get(key) === POSITION;
}

/** Gives each slot asking for an office the names it must belong to: the question's names ("the CEO of Nobel"). */
function markOffices(slots: WeightedSlot[], names: ReadonlySet<WeightedSlot>): void {
  const offices = slots.filter((s) => s.parts.some((p) => [...p].some(([k, c]) => c >= 1 && isOffice(k))));
  if (offices.length === 0) return;
  const holders = new Set<string>();
  for (const s of names) {
    for (const p of s.parts)
      for (const [k, c] of p) if (c >= WEIGHING_CREDIT && k.startsWith("s:")) holders.add(k);
  }
  if (holders.size > 0) for (const s of offices) s.holders = holders;
}

/**
 * How much of one part a unit holds (0…1): the best credit among its own words, joined (as
 * independent evidence) with the best of its context, so "the agreement" (a memorandum's kin) in
 * a sentence right after the one naming the memorandum counts more than either alone.
 */
function partHeld(
  alts: ReadonlyMap<string, number>,
  unit: Unit,
  withContext: boolean,
  scope = false,
): number {
  let own = 0;
  let context = 0;
  for (const [key, credit] of alts) {
    if (unit.keys.has(key)) own = Math.max(own, credit);
    else if (withContext)
      context = Math.max(context, credit * (scope ? Math.sign(unit.inContext(key)) : unit.inContext(key)));
  }
  return 1 - (1 - own) * (1 - context);
}

/** How much of a slot a unit holds: the mean over its parts (an office held by someone else counts less). */
function held(slot: WeightedSlot, unit: Unit, withContext: boolean): number {
  // Asked what Nurbek said, a sentence that names him only in its context is someone else's
  // words ("According to the ministry, …" after his visit), unless it is a quotation ("…," he said).
  if (slot.speaker && !unit.quotation) withContext = false;
  let sum = 0;
  for (const part of slot.parts) sum += partHeld(part, unit, withContext, slot.scope);
  const share = sum / slot.parts.length;
  if (!slot.holders || share === 0) return share;
  const names = unit.officeHolders();
  if (names.size === 0 || [...slot.holders].some((k) => names.has(k))) return share;
  return share * OFFICE_ELSEWHERE;
}

/** IDF-weighted share (0…1) of the slots a unit holds, with its context or on its own. */
export function coverage(slots: readonly WeightedSlot[], unit: Unit, withContext = true): number {
  let found = 0;
  let total = 0;
  for (const s of slots) {
    total += s.weight;
    found += s.weight * held(s, unit, withContext);
  }
  return total > 0 ? found / total : 0;
}

/**
 * Coverage, discounted when the unit cannot give the kind of answer the question asks for. For
 * a choice between two things, a sentence about either one is as good as one about both.
 */
export function relevance(slots: readonly WeightedSlot[], asks: ReadonlySet<FrameName>, unit: Unit): number {
  let share = coverage(slots, unit);
  for (const side of [1, 2] as const) {
    const part = slots.filter((s) => s.side === side);
    if (part.length > 0) share = Math.max(share, coverage(part, unit));
  }
  for (const frame of ["time", "quantity", "purpose"] as const) {
    if (asks.has(frame) && !unit.keys.has(`f:${frame}`)) share *= FRAME_MISS[frame];
  }
  if (asksSaid(slots) && !unit.quotation && !unit.keys.has(SAY)) share *= SAY_MISS;
  return share;
}

/** What a sentence that neither quotes nor reports anyone's words counts for when the question asks what was said. */
export const SAY_MISS = 0.7;

/** Whether the question asks what someone said ("what did Nurbek say", «что сказал Бектенов», «Нұрбек не деді»). */
export function asksSaid(slots: readonly WeightedSlot[]): boolean {
  return slots.some(isSay);
}

/** A document or an agreement ("the memo", "the article", «соглашение»), whose "says" is its content. */
function isDocument(slot: WeightedSlot): boolean {
  return slot.parts.some(
    (p) => [DOCUMENT, ACCORD].some((k) => (p.get(k) ?? 0) >= WEIGHING_CREDIT) || p.has(MEMO),
  );
}

const DOCUMENT = "c:document";
const ACCORD = "c:accord";
const MEMO = "c:memorandum";

function isSay(slot: WeightedSlot): boolean {
  return slot.parts.some((p) => p.get(SAY) === 1);
}

/**
 * The share (0…1) of what a sentence holds by itself of the question, leaving out the asking what
 * was said: a sentence that only reports ("…, reported the press service") holds nothing of who
 * spoke or of what about.
 */
export function ownContent(slots: readonly WeightedSlot[], unit: Unit): number {
  const content = slots.filter((s) => !isSay(s));
  return content.length > 0 ? coverage(content, unit, false) : coverage(slots, unit, false);
}

/**
 * A small lift, for ranking only, for a unit that states the purpose or origin asked for, or
 * quotes someone's own words when the question asks what was said.
 */
export function frameBonus(asks: ReadonlySet<FrameName>, slots: readonly WeightedSlot[], unit: Unit): number {
  let bonus = 0;
  for (const frame of ["purpose", "origin"] as const) {
    if (asks.has(frame) && unit.keys.has(`f:${frame}`)) bonus += 0.05;
  }
  // A sentence that names its aim ("aimed at", "the goal of") states a purpose more surely than
  // one that only supports or strengthens something, as far as it names what the question asks about.
  if (asks.has("purpose") && unit.keys.has(AIM)) bonus += AIM_BONUS * coverage(slots, unit, false);
  if (unit.quotation && slots.some((s) => s.parts.some((p) => p.has(SAY)))) bonus += QUOTE_BONUS;
  return bonus;
}

const SAY = "c:say";
const AIM = "f:aim";
const AIM_BONUS = 0.05;
/** A question about what someone said is best answered in their own words. */
const QUOTE_BONUS = 0.15;

/** Lift, for ranking only, for a sentence that holds every pair of the question's adjacent words adjacent too. */
export const PAIR_BONUS = 0.1;

/**
 * The share of the question's adjacent content words a unit holds adjacent too ("early diagnosis",
 * "green tech" ~ "green technologies", "real world data"), times PAIR_BONUS.
 */
export function pairBonus(slots: readonly WeightedSlot[], unit: Unit): number {
  if (slots.length < 2) return 0;
  let found = 0;
  for (let i = 1; i < slots.length; i++) {
    const left = (slots[i - 1] as WeightedSlot).parts.at(-1) as Map<string, number>;
    const right = (slots[i] as WeightedSlot).parts[0] as Map<string, number>;
    if (adjacent(left, right, unit)) found++;
  }
  return (PAIR_BONUS * found) / (slots.length - 1);
}

function adjacent(
  left: ReadonlyMap<string, number>,
  right: ReadonlyMap<string, number>,
  unit: Unit,
): boolean {
  for (const [a, ca] of left) {
    if (ca < WEIGHING_CREDIT || !unit.keys.has(a)) continue;
    for (const [b, cb] of right) if (cb >= WEIGHING_CREDIT && unit.pairs().has(`${a}>${b}`)) return true;
  }
  return false;
}
