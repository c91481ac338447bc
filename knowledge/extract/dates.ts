/**
 * Dates as releases write them, in three languages: "September 17", "Sept. 17, 2025",
 * "22 January 2026", "23 июня 2025 года", "2026 жылғы 30 қаңтар", "30 қаңтарда", "in 2026",
 * "в 2026 году", "2026 жылы", "by the end of 2029". A year is only ever the text's own, or the
 * article's when a day and month are given in a dated article (no year is invented otherwise).
 */

export interface EventDate {
  year?: number;
  month?: number;
  day?: number;
  /** As written. */
  text: string;
  start: number;
  end: number;
}

const MONTH_STEMS: [RegExp, number][] = [
  [/^(jan|январ|қаңтар)/iu, 1],
  [/^(feb|феврал|ақпан)/iu, 2],
  [/^(mar|март|наурыз)/iu, 3],
  [/^(apr|апрел|сәуір)/iu, 4],
  [/^(may|ма[яйе]|мамыр)/iu, 5],
  [/^(jun|июн|маусым)/iu, 6],
  [/^(jul|июл|шілде)/iu, 7],
  [/^(aug|август|тамыз)/iu, 8],
  [/^(sep|сентябр|қыркүйек)/iu, 9],
  [/^(oct|октябр|қазан)/iu, 10],
  [/^(nov|ноябр|қараша)/iu, 11],
  [/^(dec|декабр|желтоқсан)/iu, 12],
];
const MONTH =
  "(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\\p{L})(?!\\s+(?:be|have|not|also)\\b)|январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[яй]\\p{L}*|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*|қаңтар\\p{L}*|ақпан\\p{L}*|наурыз\\p{L}*|сәуір\\p{L}*|мамыр\\p{L}*|маусым\\p{L}*|шілде\\p{L}*|тамыз\\p{L}*|қыркүйек\\p{L}*|қазан\\p{L}*|қараша\\p{L}*|желтоқсан\\p{L}*)";
/** A month's name, whole or cut short ("January", "Jan", «январе»). */
export const MONTH_NAME = new RegExp(`^${MONTH}$`, "iu");

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Omit<EventDate, "text" | "start" | "end"> }[] = [
  // 2026 жылғы 30 қаңтар
  {
    re: new RegExp(`(\\d{4})\\s+жыл\\p{L}*\\s+(\\d{1,2})\\s+(${MONTH})`, "giu"),
    read: (m) => ({ year: Number(m[1]), day: Number(m[2]), month: monthOf(m[3] as string) }),
  },
  // 2024 жылғы қыркүйекте
  {
    re: new RegExp(`(\\d{4})\\s+жыл\\p{L}*\\s+(${MONTH})`, "giu"),
    read: (m) => ({ year: Number(m[1]), month: monthOf(m[2] as string) }),
  },
  // September 17, 2025 · Sept. 17 · Jan. 22
  {
    re: new RegExp(`(?<!\\p{L})(${MONTH})\\.?\\s+(\\d{1,2})(?!\\d)(?:,?\\s+(\\d{4}))?`, "giu"),
    read: (m) => ({
      month: monthOf(m[1] as string),
      day: Number(m[2]),
      ...(m[3] ? { year: Number(m[3]) } : {}),
    }),
  },
  // 22 January 2026 · 23 июня 2025 года · 30 қаңтарда
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${MONTH})(?:\\s+(\\d{4}))?`, "giu"),
    read: (m) => ({
      day: Number(m[1]),
      month: monthOf(m[2] as string),
      ...(m[3] ? { year: Number(m[3]) } : {}),
    }),
  },
  // January 2026 · в январе 2026 года
  {
    re: new RegExp(`(?<!\\p{L})(${MONTH})\\s+(\\d{4})`, "giu"),
    read: (m) => ({ month: monthOf(m[1] as string), year: Number(m[2]) }),
  },
  // in 2026 · в 2026 году · 2026 жылы · by the end of 2029 · к концу 2029 года
  {
    re: /(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d)(?=\s*(?:year|году|года|г\.|жыл|$|[\s.,;)–—-]))/giu,
    read: (m) => ({ year: Number(m[1]) }),
  },
];

function monthOf(word: string): number | undefined {
  return MONTH_STEMS.find(([re]) => re.test(word))?.[1];
}

/** Dates in a text, the most precise reading of each stretch, in order. */
export function findDates(text: string): EventDate[] {
  const found: EventDate[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const d = read(m);
      if (d.month === undefined && d.year === undefined) continue;
      if (d.day !== undefined && (d.day < 1 || d.day > 31)) continue;
      found.push({ ...d, text: m[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A date as YYYY, YYYY-MM or YYYY-MM-DD. A day and month without a year take the article's year
 * (the year before when that would put the event after the article); with no dated article they
 * have no year, so nothing is returned.
 */
export function isoOf(
  d: Pick<EventDate, "year" | "month" | "day">,
  articleDate: string | null,
): string | undefined {
  let year = d.year;
  if (year === undefined && articleDate && d.month) {
    const [y, mo, da] = articleDate.split("-").map(Number) as [number, number, number];
    const later = d.month > mo || (d.month === mo && (d.day ?? 1) > da);
    year = later ? y - 1 : y;
  }
  if (year === undefined) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (!d.month) return String(year);
  return d.day ? `${year}-${pad(d.month)}-${pad(d.day)}` : `${year}-${pad(d.month)}`;
}
