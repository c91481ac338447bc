import { PhraseIndex } from "../knowledge/phrases.js";
import type { EntityIndex } from "./entities.js";
import type { Reading } from "./reading.js";

/**
 * Russian and Kazakh domain words → the English words the sources use, so a question in either
 * language finds the English passage. Matched on stems and small typos like entity aliases.
 */
const LEXICON: Record<string, string[]> = {
  "youth young": ["молодежь", "молодежи", "молодых", "жастар", "жас"],
  "health healthcare": ["здоровье", "здоровья", "здравоохранение", "денсаулық", "денсаулық сақтау"],
  program: ["программа", "программы", "бағдарлама"],
  "non-communicable diseases prevention": [
    "неинфекционных",
    "неинфекционные",
    "профилактика",
    "жұқпалы емес",
    "алдын алу",
  ],
  "real-world data": ["реальные данные", "реальных данных", "нақты деректер"],
  "data analytics": ["данные", "данных", "аналитика", "анализ", "деректер", "талдау"],
  evidence: ["доказательства", "доказательной", "дәлел"],
  "research scientific science": [
    "исследования",
    "наука",
    "науки",
    "научный",
    "научного",
    "зерттеу",
    "ғылым",
    "ғылыми",
  ],
  education: ["образование", "образования", "білім"],
  innovation: ["инновации", "инноваций", "инновация"],
  "memorandum understanding": ["меморандум", "меморандума", "меморандумға"],
  signed: ["подписан", "подписали", "подписала", "подписано", "қол қойды", "қол қойылды"],
  "partnership cooperation collaboration": [
    "партнерство",
    "партнерства",
    "сотрудничество",
    "сотрудничества",
    "серіктестік",
    "ынтымақтастық",
  ],
  "focus areas strategic": [
    "направления",
    "направлениях",
    "стратегические",
    "бағыттар",
    "бағыт",
    "стратегиялық",
  ],
  "sustainable development": ["устойчивое развитие", "устойчивого развития", "тұрақты даму"],
  "economic diversification": ["диверсификация", "әртараптандыру"],
  "environmental green technologies": [
    "экология",
    "зеленые технологии",
    "окружающей среды",
    "экологиялық",
    "жасыл технологиялар",
  ],
  "early diagnosis screening": ["ранняя диагностика", "диагностика", "скрининг", "ерте диагностика"],
  "specialist training": ["подготовка специалистов", "обучение", "мамандарды даярлау"],
  resilience: ["устойчивость", "тұрақтылық"],
  "transfer technologies": ["трансфер", "передача технологий", "технологий", "технологиялар", "трансферт"],
  "medical practice clinical": [
    "медицинская практика",
    "клинической",
    "клиническая",
    "клиникалық",
    "медициналық тәжірибе",
  ],
  "said highlighted": ["сказал", "заявил", "отметил", "подчеркнул", "айтты", "деді", "атап өтті"],
  "operations expanded": ["расширила", "деятельность", "кеңейтті"],
  "contract manufacturing biotechnological": [
    "контрактное производство",
    "биотехнологической",
    "биотехнологиялық",
  ],
  "local production": ["локальное производство", "местное производство", "жергілікті өндіріс"],
  "domestically produced share": ["отечественного производства", "доля", "отандық", "үлес"],
  "diabetes heart kidney leukemia cancer": [
    "диабет",
    "сердечной",
    "почек",
    "лейкемия",
    "рак",
    "жүрек",
    "бүйрек",
    "қатерлі ісік",
  ],
  "supply chains": ["цепочки поставок", "жеткізу тізбектері"],
  "affordable access": ["доступ", "доступных", "қолжетімді"],
  hub: ["центр", "хаб", "орталық"],
  "plant facilities build": [
    "завод",
    "заводы",
    "строят",
    "строить",
    "предприятия",
    "зауыт",
    "зауыттар",
    "салады",
  ],
  giant: ["гигант", "алпауыт"],
  "paves the way": ["открывает путь", "открывает дорогу", "прокладывает путь", "жол ашады", "жол ашу"],
};

/**
 * The dataset's own translations of source sentences: every fact that cites a quote and says it in
 * Russian or Kazakh (an agreement's summary, a focus area, a statement), by the quote. A Russian or
 * Kazakh reader of an English quote gets its meaning beside it; the quote stays verbatim.
 */
export function quoteTranslations(dataset: unknown): Map<string, { ru?: string; kk?: string }> {
  const out = new Map<string, { ru?: string; kk?: string }>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const o = node as Record<string, unknown>;
    const quote = (o.citation as { quote?: unknown } | undefined)?.quote;
    if (typeof quote === "string" && (typeof o.ru === "string" || typeof o.kk === "string")) {
      const had = out.get(quote) ?? {};
      // Several facts of one sentence (its items): the fullest says most of it.
      const longer = (a?: string, b?: unknown) =>
        typeof b === "string" && b.length > (a?.length ?? 0) ? b : a;
      out.set(quote, { ru: longer(had.ru, o.ru), kk: longer(had.kk, o.kk) });
    }
    for (const value of Object.values(o)) visit(value);
  };
  visit(dataset);
  return out;
}

const PURPOSE_WORDS = "aimed goal expected to increase strengthen ensure supports";

/** Expansion terms for a non-English question: English domain words and entities' English names. */
export function buildExpander(entities: EntityIndex): (p: Reading) => string[] {
  const index = new PhraseIndex<string>();
  for (const [english, words] of Object.entries(LEXICON)) index.add(english, words);
  return (p: Reading) => {
    // A why-question is answered by the sentence that gives a purpose: its usual words join the search.
    const purpose = p.expects === "reason" ? [PURPOSE_WORDS] : [];
    if (p.lang === "en") return purpose;
    const matches = index.find(p.tokens);
    const covered = new Set(matches.flatMap((m) => p.tokens.slice(m.start, m.end)));
    // A question mostly made of words we cannot translate ("a joke about cats") is not expanded:
    // one translated verb ("say") would otherwise pass for the whole question.
    const untranslated = p.unexplained.filter((t) => !covered.has(t));
    if (p.entities.length === 0 && untranslated.length > covered.size) return [];
    const names = p.entities.map((e) => entities.name(e, "en"));
    return [...new Set([...matches.map((m) => m.key), ...names, ...purpose])];
  };
}
