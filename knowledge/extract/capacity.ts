/**
 * A plant's production capacity as the sentence states it: "a capacity of 5,000 tonnes a year",
 * "120 million gloves per year", «мощностью 3 тыс. тонн в год», «жылына 10 млн дана». The phrase
 * is kept verbatim, its unit and period as written, never converted: capacities count tonnes,
 * packs, gloves or pens, which no other figure adds to. Pure and offline.
 */

const NUMBER = String.raw`\d+(?:[.,\s\u00a0\u202f]\d+)*`;
const SCALE = String.raw`(?:thousand|million|billion|mln|mn|bn|тыс\.?|тысяч\p{L}*|млн\.?|миллион\p{L}*|млрд\.?|миллиард\p{L}*|мың)`;
/** "one million", «одного миллиона», «бір миллион»: a number word only before a scale word. */
const ONE = String.raw`(?:one|a|один|одного|одна|бір)(?=\s+${SCALE})`;
/**
 * A range's lower end and its link to the upper one: "30–60", "from 30 to 60", «от 30 до 60»,
 * «30-дан 60 миллионға дейін». Both ends are the capacity: never cut to one of them.
 */
const LOWER = String.raw`(?:(?:(?:from|between|от)\s+)?${NUMBER}(?:\s*${SCALE})?(?:\s*[–—-]\s*|\s+(?:to|and|до)\s+)|${NUMBER}-?(?:дан|ден|тан|тен|нан|нен)\s+|${NUMBER}\s+(?:миллион|миллиард|мың)(?:нан|нен|дан|ден)\s+)`;
/** The upper end's Kazakh "up to": «60 миллионға дейін», «60-қа дейін». */
const KK_UP_TO = String.raw`(?:-?(?:ға|ге|қа|ке|на|не|а|е))?\s+дейін`;
/** Before the number: a ceiling or floor belongs to the capacity ("up to 50 million packs"). */
const LEAD = String.raw`(?:(?:up to|as many as|more than|over|around|about|до|свыше|более|около|порядка)\s+)?`;
/** A period after the unit (en, ru). */
const PERIOD_AFTER = String.raw`(?:(?:a|per|each|every)\s+(?:year|annum|day|month|shift)|annually|yearly|monthly|daily|в\s+(?:год|сутки|месяц|смену|день)|ежегодно|ежемесячно|ежедневно|ежесуточно)(?!\p{L})`;
/** A period before the number (kk, and «ежегодно» in ru). */
const PERIOD_BEFORE = "(?:жылына|жылдық|тәулігіне|айына|күніне|ежегодно|ежемесячно|ежедневно)";
/**
 * A Russian period adverb opening the clause, a few words before the figure: «Ежемесячно на заводе
 * будут выпускать от 3 до 5 млн ампул», «ежегодно завод будет производить 40 млн таблеток».
 */
const PERIOD_LEADS = /(?<!\p{L})(ежегодно|ежемесячно|ежедневно|ежесуточно)((?:\s+[\p{L}-]+){1,5}?)\s+$/iu;
/** A verb of making between a leading period adverb and its figure. */
const PRODUCE_VERB =
  /(?<!\p{L})(выпуска\p{L}*|выпуст\p{L}*|производ\p{L}*|произвед\p{L}*|изготов\p{L}*|шығар\p{L}*|өндір\p{L}*)/iu;
/** An English verb of making, for output told without a period ("will produce up to 5 million doses"). */
const MAKE_VERB = /(?<!\p{L})(produc\p{L}*|manufactur\p{L}*|make|makes|making|turn out)(?!\p{L})/iu;
/** The capacity word just before the figure. */
const CAPACITY_CUE =
  /(capacity|capable of (producing|making)|мощност\p{L}*|мощностью|қуат\p{L}*)(\s+(of|is|will be|составит|составляет|будет|—|–|-|:))?\s*(\p{L}+\s+){0,2}$/iu;
/** A plant's design output told without a period: "designed to turn out", «рассчитан на выпуск», «шығаруға есептелген». */
const DESIGNED =
  /(?<!\p{L})(designed to (turn out|produce|make|manufacture)|design(ed)? (output|capacity) (of|is)|рассчитан\p{L}* на (выпуск|производство)|проектн\p{L}* мощност\p{L}*|шығаруға (есептелген|арналған)|жобалық қуаты)(?!\p{L})/iu;
/** Units that are no capacity: money, jobs, people, shares, medicines' names counted as a portfolio. */
const NOT_CAPACITY =
  /(?<!\p{L})(tenge|kzt|usd|dollars?|euros?|jobs?|workplaces?|people|employees|staff|workers|specialists|сотрудник\p{L}*|специалист\p{L}*|работник\p{L}*|маман\p{L}*|қызметкер\p{L}*|percent|тенге|теңге|доллар\p{L}*|евро|рабоч\p{L}*|мест\p{L}*|человек\p{L}*|процент\p{L}*|жұмыс|орн\p{L}*|адам\p{L}*|пайыз\p{L}*|наименован\p{L}*|атау\p{L}*|types?|kinds?|видов|түр\p{L}*)(?!\p{L})/iu;
/**
 * Kazakh verbs and participles and Russian/English function words end the unit ("… дана
 * шприц-қалам шығарады", «35-65 млн қаптама болатын дәрі зауыты»: the unit is «қаптама»).
 */
const UNIT_STOP =
  /^(and|or|of|in|at|with|by|for|to|the|will|и|или|в|на|по|с|для|к|мен|және|бен|пен|\p{L}+(ады|еді|йды|йді|ыды|іді|мақ|мек|уда|уде|ару|ере|еру|ыру|іру|атын|етін|йтын|йтін|ытын|ітін|ю))$/iu;
/** A period said of the capacity word itself: "annual capacity of 300 tonnes", «жылдық қуаты 120 млн». */
const PERIOD_ADJECTIVE =
  /(annual|yearly|годов\p{L}*|ежегодн\p{L}*|суточн\p{L}*|жылдық|тәуліктік)\s+(\p{L}+\s+)?(capacity|мощност\p{L}*|қуат\p{L}*)[^.;]*$/iu;
const UNIT_WORD = /^[\p{L}][\p{L}-]*$/u;

function words(text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\d][\p{L}\d.-]*[\p{L}\d]|[\p{L}\d]/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The unit words after a figure: up to `max` words, stopping at a clause mark or a function word. */
function unitEnd(text: string, from: number, max: number): number {
  let end = from;
  const clause = /[,;:()–—]|\.(?!\d)/.exec(text.slice(from));
  const rest = text.slice(from, clause ? from + clause.index : text.length);
  for (const w of words(rest).slice(0, max)) {
    if (!UNIT_WORD.test(w.text) || UNIT_STOP.test(w.text)) break;
    end = from + w.end;
  }
  return end;
}

/** Every capacity a sentence states, each as its verbatim phrase. */
export function capacitiesOf(sentence: string): string[] {
  const out: string[] = [];
  /** Where the last capacity found ends: "360 анализаторов и 1,5 млн наборов реагентов" goes on with its list. */
  let lastEnd = -1;
  const figure = new RegExp(`${LEAD}${LOWER}?(${NUMBER}|${ONE})(\\s*${SCALE})?(?:${KK_UP_TO})?`, "giu");
  for (const m of sentence.matchAll(figure)) {
    const start = m.index;
    // ("500 анализаторов и 2 млн тест-наборов в год": the second figure is inside the first phrase.)
    if (start < lastEnd) continue;
    const afterNumber = start + m[0].length;
    if (/^\s*(%|-?\s*(year|жыл|год))/iu.test(sentence.slice(afterNumber))) continue;
    if (/^(19|20)\d\d$/.test(m[1] ?? "")) continue;
    // "COVID-19 vaccine a year": a number joined to a word by a hyphen is part of a name.
    if (/\p{L}[-‑]$/u.test(sentence.slice(0, start))) continue;
    const before = sentence.slice(Math.max(0, start - 60), start);
    const periodBefore =
      new RegExp(`${PERIOD_BEFORE}\\s+$`, "iu").exec(before) ??
      (PRODUCE_VERB.test(before) ? PERIOD_LEADS.exec(before) : null);
    const after = sentence.slice(afterNumber);
    // "60 million doses of the Kazakh QazVac COVID-19 vaccine a year": the unit may run to the period.
    const period = new RegExp(`^((?:\\s+[\\p{L}\\d-]+){1,8}?)\\s+(${PERIOD_AFTER})`, "iu").exec(after);
    const listed = lastEnd >= 0 && /^\s*(,|and|и|және|,\s*and)\s*$/iu.test(sentence.slice(lastEnd, start));
    const cue = CAPACITY_CUE.test(before) || listed;
    // "was designed to turn out 800 million tablets, 300 million capsules and 12 million bottles of
    // infusion solutions": each item of the design output, its unit up to the list's next comma.
    const designed = DESIGNED.test(sentence.slice(0, start)) && !period;
    let end: number;
    if (designed) {
      const next = /,|;|\.(?!\d)|\s(and|и|және)\s/u.exec(after);
      end = afterNumber + (next ? next.index : after.length);
      if (end - afterNumber > 60) continue;
    } else if (period && !/[,;:()]/.test(period[1] ?? "")) end = afterNumber + period[0].length;
    else if (periodBefore || cue) end = unitEnd(sentence, afterNumber, periodBefore ? 3 : 2);
    // «30 миллионнан 60 миллион дозаға дейін препарат шығару жоспарланған», "will produce up to 5
    // million doses": doses or vials the plant is to make, with no period, are its output still.
    // Only a range or a ceiling is an output limit: «планируется выпустить 2 млн доз» is a volume
    // to make, no capacity. (Not doses shipped or delivered: "90,000 doses made … are being shipped".)
    else if (
      (PRODUCE_VERB.test(sentence) || MAKE_VERB.test(sentence)) &&
      !SHIPPED_CUE.test(sentence) &&
      new RegExp(`^\\s*${VOLUME_UNIT}`, "iu").test(after) &&
      (new RegExp(`^${LEAD}${LOWER}`, "iu").test(m[0]) ||
        /^(up to|as many as|до)\s/iu.test(m[0]) ||
        /^\s*\p{L}+(ға|ге|қа|ке)\s+дейін/iu.test(after))
    )
      end = unitEnd(sentence, afterNumber, 2);
    else continue;
    const adjective = cue && !period ? PERIOD_ADJECTIVE.exec(before) : null;
    const from = periodBefore
      ? start - periodBefore[0].length
      : adjective
        ? start - (before.length - adjective.index)
        : start;
    const phrase = sentence.slice(from, end).trim();
    const unit = sentence.slice(afterNumber, end);
    if (!/\p{L}{2,}/u.test(unit) || NOT_CAPACITY.test(unit)) continue;
    if (/(US\$|\$|₸|KZT|USD)\s*$/iu.test(sentence.slice(Math.max(0, start - 5), start))) continue;
    out.push(phrase);
    lastEnd = end;
  }
  return out;
}

/** Units a plant ships or contracts: doses, vials, syringes, packs (en, ru, kk). */
const VOLUME_UNIT = String.raw`(?:doses?|vials?|syringes?|packs?|packages?|bottles?|доз\p{L}*|флакон\p{L}*|шприц\p{L}*|упаков\p{L}*|доза\p{L}*|құты\p{L}*|қаптама\p{L}*)`;
/** Number words before a scale ("four million", «три миллиона», «үш миллион»). */
const WORD_NUMBER = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|a|один|одного|два|двух|три|трёх|трех|четыре|пять|шесть|семь|восемь|девять|десять|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)(?=\s+${SCALE})`;
/** A deal's volume: what the plant is to make or supply under a contract. */
const CONTRACT_CUE =
  /(?<!\p{L})(deal|contract|agreement|договор\p{L}*|контракт\p{L}*|соглашени\p{L}*|шарт\p{L}*|келісім\p{L}*)(?!\p{L})/iu;
/** A delivery: a batch shipped or delivered. */
const SHIPPED_CUE =
  /(?<!\p{L})(shipped|shipping|delivered|dispatched|batch|отгруз\p{L}*|отправ\p{L}*|постав\p{L}*|парти\p{L}*|жөнелт\p{L}*|партия\p{L}*|жеткіз\p{L}*)/iu;

/** A volume a sentence states with what it is: "contracted" (under a deal) or "shipped". */
export interface Volume {
  kind: "contracted" | "shipped";
  text: string;
}

/**
 * Doses, vials or syringes a plant ships or contracts, verbatim ("four million doses", «40 тысяч
 * флаконов», «60 мың доза»): a plant's stated volume, never a count of medicines or a figure to add.
 * A sentence of a shipment is "shipped" ("the first batch of 90 thousand doses was shipped"); one
 * of a deal is "contracted"; one with neither cue states no volume.
 */
export function volumesOf(sentence: string): Volume[] {
  const shipped = SHIPPED_CUE.test(sentence);
  const contracted = CONTRACT_CUE.test(sentence);
  if (shipped === contracted) return [];
  const figure = new RegExp(
    `(?:${LEAD})(?:${NUMBER}|${WORD_NUMBER}|${ONE})(?:\\s*${SCALE})?\\s+${VOLUME_UNIT}(?!\\p{L})`,
    "giu",
  );
  return [...sentence.matchAll(figure)].map((m) => ({
    kind: shipped ? ("shipped" as const) : ("contracted" as const),
    text: m[0].trim(),
  }));
}
