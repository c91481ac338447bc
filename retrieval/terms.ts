import { detectLang, stem, tokenize } from "../knowledge/text.js";

/**
 * Words that carry no topic in questions or sources (English, Russian, Kazakh). Dropping them
 * keeps "What is … about?" from matching every chunk and keeps the relevance gate honest.
 */
const STOPWORDS = new Set(
  [
    // English
    "a an the is are was were be been being am do does did doing done what which who whom whose when",
    "where why how many much of in on at to for from by with about and or not no nor it its this that",
    "these those there their theirs they them he she his her hers him i me my we our us you your will",
    "would shall should can could may might must tell please any some as than then so if into also has",
    "have had having just very more most other such only own same too s t",
    // Russian
    "что как какой какая какое какие каков какова каково где когда кто сколько ли и в во на с со о об",
    "обо по за для от до из к ко у это этот эта эти этого был была было были будет будут же не а но",
    "или мне меня мы вы он она они его ее их расскажи скажи пожалуйста чем при",
    // Kazakh
    "қандай қанша қай не кім қашан қайда және мен бен пен туралы ма ме па пе ба бе бұл осы сол ол",
    "олар оның маған айтшы",
  ]
    .join(" ")
    .split(" "),
);

/** Irregular English forms the Snowball stemmer leaves apart from their base ("said" vs "say"). */
const IRREGULAR: Record<string, string> = {
  said: "say",
  told: "tell",
  built: "build",
  made: "make",
  gave: "give",
  given: "give",
  took: "take",
  taken: "take",
  held: "hold",
  led: "lead",
  sold: "sell",
  bought: "buy",
  began: "begin",
  begun: "begin",
  grew: "grow",
  grown: "grow",
  spent: "spend",
  brought: "bring",
  met: "meet",
  won: "win",
  wrote: "write",
  written: "write",
  chose: "choose",
  chosen: "choose",
  knew: "know",
  known: "know",
};

const CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string>();

/** Snowball stemming is the hot path of indexing; the cache makes it a map lookup. */
function cachedStem(token: string, kazakh: boolean): string {
  const key = kazakh ? `k:${token}` : token;
  let s = stemCache.get(key);
  if (s === undefined) {
    s = IRREGULAR[token] ?? stem(token, kazakh ? "kk" : "ru");
    if (stemCache.size >= CACHE_LIMIT) stemCache.clear();
    stemCache.set(key, s);
  }
  return s;
}

/** Content words of a text: normalised tokens without stopwords, and their stems (same order). */
export interface Analysis {
  tokens: string[];
  stems: string[];
}

export function analyze(text: string): Analysis {
  const kazakh = detectLang(text) === "kk";
  const tokens: string[] = [];
  const stems: string[] = [];
  for (const token of tokenize(text)) {
    if (STOPWORDS.has(token)) continue;
    tokens.push(token);
    stems.push(cachedStem(token, kazakh));
  }
  return { tokens, stems };
}

/** Stems of the content words of a text. */
export function terms(text: string): string[] {
  return analyze(text).stems;
}
