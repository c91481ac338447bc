import { nameInOtherScript, slugify, transliterate } from "../text.js";

/**
 * Organisation names in a sentence of a press release, found by how releases write them, with or
 * without a legal form: a quoted name after or before a company word («КФК МЕДСЕРВИС ПЛЮС»,
 * «Khan Tengri Biopharma» ЖШС), a capitalised name before a legal form (Astana Pharmbiosyntesis
 * LLP), a name after "company"/«компании» or before «компаниясы», a name ending in a company word
 * (… Group, … Pharm, Khan Tengri BioPharma), a name that builds, invests, signs or expands
 * ("Carlsberg Central Asia is expanding …", "EIPICO готова вложить …"), and the names of an
 * enumeration of investors. A name after a person's title is a person; a name after "brand" is
 * a brand; neither is an organisation.
 */

export interface NameMention {
  /** The name as written, without quotes and legal form. */
  name: string;
  /** Offsets of the whole mention (legal form and quotes included) in the sentence. */
  start: number;
  end: number;
  /** A government body (ministry, akimat, agency…): never the company of a project. */
  government: boolean;
  /** How it was found: a quoted name after a plant word is the plant's name («Химфарм» of "завод «Химфарм»"). */
  facility?: boolean;
  /** Another spelling given in brackets right after it: "JSC Chimpharm (Khimpharm)". */
  alternative?: string;
  /**
   * A plant named by what it makes, where it is or who runs it ("the QazVac plant", «Завод
   * QazVac», «Карагандинский фармацевтический комплекс», "the Nobel plant"): the word naming it.
   */
  plant?: string;
  /** A product or brand ("Sputnik V", "QazVac vaccine"): never an organisation. */
  product?: boolean;
}

const COMPANY_WORD =
  "(?:компани\\p{L}*|ТОО|АО|ООО|ОАО|ЗАО|ПАО|ЖШС|АҚ|фирм\\p{L}*|холдинг\\p{L}*|company|firm|LLP|JSC|производител\\p{L}*|өндіруші\\p{L}*|дистрибьютор\\p{L}*|distributor|концерн\\p{L}*|фармкомпани\\p{L}*|группа компаний|group of companies)";
const QUOTED_AFTER = new RegExp(`${COMPANY_WORD}\\s+[«"“]([^»"”]{2,60})[»"”]`, "giu");
const QUOTED_BEFORE =
  /[«"“]([^»"”]{2,60})[»"”]\s*(?:компания\p{L}*|ЖШС|АҚ|ТОО|АО|серіктестіг\p{L}*|LLP|JSC|фирмасы\p{L}*)/giu;
/** A quoted name and its deed: "Так, «Химфарм» намерен вложить …", "«Alem Pharm» will build …". */
const QUOTED_ACTING =
  /[«"“]([^»"”]{2,60})[»"”]\s+(?:намерен\p{L}*|планиру\p{L}*|вложит|вложил\p{L}*|инвестирует|инвестировал\p{L}*|построит|построил\p{L}*|строит|откроет|открыл\p{L}*|создаст|запустит|запустил\p{L}*|расширит|выпустит|выпускает|производит|will|plans|invested|built|opened|launched)(?!\p{L})/gu;
/** "завод «Химфарм»", "the «X» plant": the plant's own name, which is its operator's. */
const QUOTED_PLANT =
  /(?:завод\p{L}*|фабрик\p{L}*|предприяти\p{L}*|зауыт\p{L}*|plant|factory)\s+[«"“]([^»"”]{2,60})[»"”]/giu;
/** Kazakh order, the plant word after its name: «Induolan» фармацевтикалық фабрикасы, «Химфарм» зауыты. */
const QUOTED_PLANT_KK =
  /[«"“]([^»"”]{2,60})[»"”]\s+(?:\p{L}+(?:лық|лік|дық|дік|тық|тік)\s+)?(?:фабрика\p{L}*|зауыт\p{L}*|кәсіпорн\p{L}*)/giu;
const LEGAL = "(?:LLP|JSC|LLC|Ltd\\.?|LTD|Inc\\.?|PLC|GmbH|AG|Corp\\.?)";
/** Latin letters beyond ASCII, as Turkish, Polish or German names write them (Koçsel, İlaç, Łódź). */
const LATIN_EXT = "À-ÖØ-öø-ÿĀ-ſ";
/** A letter or digit of a Latin name: \\w alone would cut "Koçsel" at its ç. */
const W = `[\\w${LATIN_EXT}]`;
const CAP = `(?=\\p{Lu})[A-Z${LATIN_EXT}][\\w${LATIN_EXT}&'’.-]*`;
/** A capitalised word in either script (for names after a company word). */
const CAP_ANY = "[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\\p{L}\\d&'’.-]*";
const BEFORE_LEGAL = new RegExp(`((?:${CAP}\\s+){0,5}${CAP},?\\s+)${LEGAL}(?![\\w])`, "gu");
/** A Latin name before a Cyrillic legal form: "Ertis Glass ЖШС", "Irtysh Vial ТОО". */
const BEFORE_LEGAL_CYR = new RegExp(`((?:${CAP}\\s+){0,5}${CAP},?\\s+)(?:ЖШС|ТОО|АО|АҚ)(?!\\p{L})`, "gu");
const LEGAL_BEFORE = new RegExp(`(?<![\\p{L}])(?:JSC|LLP|LLC)\\s+((?:${CAP}\\s?){1,4})`, "gu");
const AFTER_COMPANY = new RegExp(
  `(?:company|[Кк]омпани\\p{L}*|manufacturer|producer|maker|производител\\p{L}*|фармкомпани\\p{L}*|drugmaker|investor)\\s+((?:${CAP_ANY}\\s?){1,4})`,
  "gu",
);
/** A company word (not a plant word) right after a name. */
const FIRM_AFTER = /^\s+(компаниясы|фирмасы|холдингі|корпорациясы)\p{L}*/u;
/** Kazakh puts the company word after the name: "Nobel компаниясымен", "Tengri Pharm фирмасы". */
const BEFORE_COMPANY = new RegExp(
  `((?:${CAP_ANY}\\s+){0,3}${CAP_ANY})\\s+(?:компаниясы\\p{L}*|фирмасы\\p{L}*|холдингі\\p{L}*|корпорациясы\\p{L}*|зауыт\\p{L}*|фабрикасы\\p{L}*)`,
  "gu",
);
const COMPANY_SUFFIX = new RegExp(
  `((?:${CAP}\\s+){0,3}${CAP}\\s+(?:Group|Pharm|Pharma|Pharmaceuticals|Pharmaceutical|Farm|Biotech|BioPharma|Biopharma|Holding|Holdings|Corporation|Industries|Laboratories|Healthcare|Agro|Medical)(?:\\s+(?:Plant|Factory|Works|Company))?)(?![\\w-])`,
  "gu",
);
/** Cyrillic names ending in a company word: «Дала Фарм», «Каспий Медтех», «Сарыарқа Биотех». */
const CAP_CYR = "[А-ЯЁӘҒҚҢӨҰҮҺІ][\\p{L}\\d-]*";
const COMPANY_SUFFIX_CYR = new RegExp(
  `((?:${CAP_CYR}\\s+){0,2}${CAP_CYR}\\s+(?:Фарм|Фарма|Фармацевтикс|Биофарм|Медтех|Биотех|Био|Вакс|Медикал|Групп|Холдинг|Лаб|Лабс)(?:\\s+(?:Групп|Холдинг))?)(?![\\p{L}\\d-])`,
  "gu",
);
/** Two or more capitalised Cyrillic words before a verb of investing or building: "Дала Фарм вложит …". */
const ACTING_CYR_NAME = new RegExp(
  `((?:${CAP_CYR}\\s+){1,3}${CAP_CYR})\\s+(?:вложит|вложила|инвестирует|построит|построила|строит|возводит|реализует|расширит|запустит|откроет|создаст|подписал\\p{L}*|планирует|намерен\\p{L}*|салады|салмақ|салып жатыр|ашады|шығарады|кеңейтеді)(?!\\p{L})`,
  "gu",
);
/**
 * A quoted name opening a Kazakh sentence whose verb is a company's deed: «Алтын Дәрі» Шымкентте
 * … зауытын салып жатыр. Kazakh puts the place and the object between the subject and its verb.
 */
const QUOTED_OPENING =
  /^[«"“]([^»"”]{2,60})[»"”]\s+(?=[^.!?]*(?<!\p{L})(?:салады|салып жатыр|салмақ|ашады|ашпақ|шығарады|инвестиция салады|салуды бастады|құрылысын бастады|іске қосты)(?!\p{L}))/gu;
/**
 * A Latin name opening a Kazakh sentence whose verb, last, is a company's deed: "Ertis Glass
 * Екібастұзда зауыт салады", "Atyrau Serum … зауытын салуды жоспарлап отыр". A Latin word in a
 * Cyrillic sentence is a name; Kazakh puts the place and the object before the verb.
 */
const LATIN_OPENING_KK = new RegExp(
  `^[«"“]?((?:${CAP}\\s+){0,3}${CAP})[»"”]?\\s+(?=\\p{Script=Cyrillic})(?=[^.!?]*(?<!\\p{L})(?:салады|салып жатыр|салмақ|ашады|ашпақ|шығарады|инвестиция салады|салуды бастады|салуды жоспарла\\p{L}*|жоспарлап отыр|құрылысын бастады|іске қосты|іске қосады)(?!\\p{L}))`,
  "gu",
);
/** One Cyrillic word opening a sentence before a company's deed: "Казвакцина построит завод …". */
const ACTING_CYR_WORD = new RegExp(
  `^[«"“]?(${CAP_CYR})\\s+(?:вложит|вложила|инвестирует|инвестировала|построит|построила|подписала|запустила|откроет|открыла|салады|салмақ|ашады|ашты|қол қойды)(?!\\p{L})`,
  "gu",
);
/** A list item or row headed by a name: "Костанай Фарм — завод …", "«Алтын Дәрі» — …", "Tobyl Pharm: …". */
const ITEM_HEAD = new RegExp(
  `^(?:\\|\\s*)?[«"“]?((?:${CAP_ANY}\\s+){0,3}${CAP_ANY})[»"”]?\\s*(?:[—–-]\\s|:\\s|\\|)`,
  "gu",
);
/**
 * A digest item headed in bold by a name and its place: "**MEDAK, Kyzylorda.** The plant …",
 * «**Нур Дәрі, Семей.** Завод …», "**Borusan Ilac.** …". The head is the item's own subject; a
 * place or zone heading an item ("**Atyrau.**", "**Ekibastuz industrial zone, …**") is none.
 */
const BOLD_HEAD = new RegExp(
  `^\\*\\*[«"“]?((?:${CAP_ANY}\\s+){0,3}${CAP_ANY})[»"”]?(?=,\\s|\\.?\\*\\*)`,
  "gu",
);
/**
 * A list item that is a name and nothing else, under an intro naming companies ("The companies in
 * the talks are:" — "- Roche;", "- Atabay Pharmaceuticals and Fine Chemicals."): the item is one
 * member, its whole text one name, "and" included.
 */
const BARE_ITEM = new RegExp(
  `^[«"“]?(${CAP_ANY}(?:\\s+(?:${CAP_ANY}|and|&|и|және)){0,6})[»"”]?\\s*[;,.]?(?:\\s+(?:and|и|және))?\\s*$`,
  "gu",
);
/** A capitalised run inside a document's title ("the Roadmap for the Development of the Industry"): no organisation. */
const IN_TITLE =
  /(?<!\p{L})(Plan|Programme|Program|Roadmap|Strategy|Concept|Development|Law|Code|Decree|Resolution|Policy|Framework)\s+(of|for|on)\s+(the\s+)?$/u;
/** A name whose last word carries the company word: "Khan Tengri BioPharma", "Qazaq Biopharm". */
const GLUED_SUFFIX = new RegExp(
  `((?:${CAP}\\s+){0,3}(?=\\p{Lu})[A-Z${LATIN_EXT}][\\w${LATIN_EXT}-]*(?:Pharma|Pharm|PHARM|pharma|pharm|Farm|FARM|farm)${W}*)(?!${W})`,
  "gu",
);
/** "Polpharma Santo's investment project": a possessive before what a company has. */
const POSSESSIVE = new RegExp(
  `((?:${CAP}\\s+){0,3}${CAP})['’]s\\s+(?:[\\w-]+\\s+){0,2}(?:project|plant|investment|factory|facility|complex|expansion|production|output|subsidiary)`,
  "gu",
);
/**
 * A name told as a company in apposition, or by the people who run it: "a delegation of SAFA, a
 * company from Jordan", "MEDAK, an Egyptian drug maker", "SAFA's founder", «ТАБИБ, узбекская
 * компания», «основатель компании»-less «ТАБИБ, компания из Узбекистана».
 */
const APPOSITION = new RegExp(
  `((?:${CAP_ANY}\\s+){0,3}${CAP_ANY}),\\s+(?:(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:company|firm|manufacturer|maker|producer|group|holding)|(?:[\\p{L}-]+\\s+)?(?:компани\\p{L}*|фирм\\p{L}*|производител\\p{L}*)\\s+(?:из|с)\\s)(?!\\p{L})`,
  "gu",
);
const RUN_BY = new RegExp(
  `((?:${CAP}\\s+){0,3}${CAP})['’]s\\s+(?:founder|co-founder|owner|CEO|chief executive|chairman|president|director general|general director|managing director)(?!\\p{L})`,
  "gu",
);
/** "the founders of Ertis Biomed", "the owners of X": the people who run a company name it. */
const FOUNDERS_OF = new RegExp(
  `(?<!\\p{L})(?:founders?|co-founders?|owners?|shareholders)\\s+of\\s+((?:${CAP}\\s+){0,3}${CAP})(?![\\w-])`,
  "gu",
);
const BUILT_BY = new RegExp(
  `(?:built|operated|owned|run|developed|implemented|launched|founded|financed) by ((?:${CAP}\\s?){1,4})`,
  "gu",
);
const VERBS =
  "will|would|plans|planned|intends|is going to|has|have|had|signed|invests|invested|is|are|was|builds|built|launched|opened|confirmed|expands|expanded|laid|set up|sets up|to build|to invest|to open|to launch|to construct|to expand|to set up|to produce|produces|makes|announced|agreed|received|got";
const WEAK_VERB = /\s(is|are|was|has|have|had|will|would)$/u;
/** What a company does after "will" / "has": "Carlsberg will build", not "Patients will receive". */
const COMPANY_DEED =
  /^\s+(build|invest|construct|open|launch|set up|produce|expand|sign|create|put|signed|invested|built|launched|opened|expanded|laid|broken|(begun|started)(?!\s+(on|at|in|with|this|last|earlier|today|yesterday)\b|\s*[.,;]))\b/;

/**
 * "Construction is under way", "Patients will receive …": one plain capitalised word opening a
 * sentence before a weak verb is an ordinary word, unless a company's deed follows or it is
 * written like a name (EIPICO, AltINFARM).
 */
function plainOpening(sentence: string, at: number, group: string, match: string): boolean {
  if (
    !/^[\s"“«(]*$/u.test(sentence.slice(0, at)) ||
    group.trim().includes(" ") ||
    /\p{Lu}.*\p{Lu}|\d/u.test(group)
  )
    return false;
  return WEAK_VERB.test(match) && !COMPANY_DEED.test(sentence.slice(at + match.length));
}
const ACTING = new RegExp(`((?:${CAP}\\s+){0,3}${CAP})\\s+(?:${VERBS})\\b`, "gu");
/** "Hanbit Plasma of South Korea will build …", "Darou Sina from Iran has signed …": a name, its country, its deed. */
const OF_COUNTRY_ACTING = new RegExp(
  `((?:${CAP}\\s+){0,3}${CAP})\\s+(?:of|from)\\s+(?:the\\s+)?(?:South\\s+Korea|Korea|Iran|Turkey|Türkiye|China|India|Egypt|Jordan|Poland|Germany|Russia|Hungary|Uzbekistan|Belarus|United\\s+States|US|UK|Britain|France|Switzerland|Italy|Japan|Pakistan|UAE)\\s+(?:${VERBS})\\b`,
  "gu",
);
/**
 * A name after its country's possessive: "a fourth investor, Korea's Boryung, …", "India's Hetero
 * is in talks" — what a country owns in a release is a company, one word or more.
 */
const COUNTRY_OWNS = new RegExp(
  `(?<!\\p{L})(?:South\\s+Korea|Korea|Iran|Turkey|Türkiye|China|India|Egypt|Jordan|Poland|Germany|Russia|Hungary|Uzbekistan|Belarus|Britain|France|Switzerland|Italy|Japan|Pakistan|Denmark|Slovenia|Croatia|Israel)['’]s\\s+((?:${CAP}\\s+){0,3}${CAP})(?=[\\s,.;:)]|$)`,
  "gu",
);
/** Russian and Kazakh verbs of investing, building and signing after a Latin or quoted name. */
const ACTING_CYR = new RegExp(
  `((?:${CAP}\\s+){0,3}${CAP})\\s+(?:готов\\p{L}*|намерен\\p{L}*|планирует|планируют|построят|вложат|инвестируют|откроют|запустят|создадут|построит|построила|вложит|вложила|инвестирует|инвестировала|расширит|расширяет|запустит|запустила|откроет|открыла|создаст|подписал\\p{L}*|выпустит|выпускает|салады|салмақ|салады|ашады|ашпақ|жоспарлап|инвестиция салады|кеңейтеді|кеңейтті)(?!\\p{L})`,
  "gu",
);
/** The other side of talks or a deal: "in talks with Marmara Biyoteknik of Turkey", «переговоры с Анадолу Илач». */
const DEAL_WITH = new RegExp(
  `(?:talks|negotiations|memorandum|agreement|contract|deal|partnership|signed|concluded)\\s+with\\s+(?:\\p{Lu}\\p{L}+['’]s\\s+)?((?:${CAP}\\s?){1,4})|(?:переговор\\p{L}*|соглашени\\p{L}*|меморандум\\p{L}*|договор\\p{L}*)\\s+с\\s+((?:${CAP_ANY}\\s?){1,4})`,
  "gu",
);
/**
 * "… are Khan Tengri BioPharma, Asyl Sugar, Carlsberg Central Asia, Fabe-Agro and the Turkistan
 * Cotton Complex.", «Это Roche, Sanofi и Teva», «Олар – Chiesi, Stada және Egis».
 */
const ENUMERATION = new RegExp(
  `(?:are|were|include|including|involve|involving|with|:|[–—]|[Ээ]то|[Ээ]тими|[Ээ]ти)\\s+((?:(?:the\\s+)?${CAP}(?:\\s+${CAP}){0,4},\\s+)+(?:the\\s+)?${CAP}(?:\\s+${CAP}){0,4},?\\s+(?:and|и|және)\\s+(?:the\\s+)?${CAP}(?:\\s+${CAP}){0,4})`,
  "gu",
);
/**
 * A company named beside the authority it signs with: "Ontustik Bio and the akimat signed …",
 * «Vetpreparat Shymkent и акимат подписали …», «Agro Vet Pharm пен әкімдік … қол қойды». No legal
 * form or company word is needed: the other party of a signing with an akimat is a company.
 */
const WITH_AUTHORITY = new RegExp(
  `((?:${CAP_ANY}\\s+){0,3}${CAP_ANY})\\s+(?:and\\s+the\\s+(?:[\\p{L}-]+\\s+){0,3}(?:akimat|regional government|city administration)\\s+(?:have\\s+|has\\s+)?(?:signed|agreed|concluded)|и\\s+(?:акимат|администраци|правительств|министерств)\\p{L}*(?:\\s+[\\p{L}-]+){0,3}\\s+(?:подписали|заключили)|(?:пен|мен|бен)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:әкімдіг|әкімдік|үкімет)\\p{L}*(?:\\s+[\\p{L}-]+){0,10}?\\s+(?:қол\\s+қойды|қол\\s+қойылды|келісті))(?!\\p{L})`,
  "gu",
);
/**
 * A name followed by a relative clause telling its deed: "Sary-Arka Insulin, which launched its
 * first line …", «Актобе Биофарм, которая построила …», "X, which operates a plant in …".
 */
const WHICH_DID = new RegExp(
  `((?:${CAP}\\s+){0,3}${CAP}),\\s+(?:which|that)\\s+(?:has\\s+|had\\s+|is\\s+|will\\s+)?(?:launched|built|opened|operates|runs|produces|makes|building|build|invested|plans|started|expanded)(?!\\p{L})|((?:${CAP_ANY}\\s+){0,3}${CAP_ANY}),\\s+(?:котор(?:ая|ый|ое))\\s+(?:уже\\s+)?(?:запустил\\p{L}*|построил\\p{L}*|строит|открыл\\p{L}*|производит|выпускает|инвестировал\\p{L}*|вложил\\p{L}*|планирует|расширяет)(?!\\p{L})`,
  "gu",
);
/**
 * The first of two companies that sign or build together: "Kazakhstan's Astana Medica and Turkey's
 * Deva Holding signed …", «Astana Medica и Deva Holding подписали …» (the second is found by its verb).
 */
const PAIR_ACTING = new RegExp(
  `(?:(?<=\\p{Lu}\\p{L}+['’]s\\s)|(?<![\\p{L}'’]\\s))((?:${CAP}\\s+){0,3}${CAP})\\s+(?:and|и|мен|пен|бен)\\s+(?:\\p{Lu}\\p{L}+['’]s\\s+)?(?:${CAP_ANY}\\s+){0,3}${CAP_ANY}\\s+(?:(?:have\\s+|has\\s+)?(?:signed|agreed|will\\s+(?:jointly\\s+)?build|подписали|заключили|построят)|(?:[\\p{Ll}-]+\\s+){0,6}(?:қол\\s+қойды|салады|салмақ))(?!\\p{L})`,
  "gu",
);
/** The second of two companies that act together, when their verb comes late (Kazakh): «A мен B Таразда … салады». */
const PAIR_SECOND = new RegExp(
  `${CAP}\\s+(?:мен|пен|бен|and|и)\\s+((?:${CAP}\\s+){0,3}${CAP})(?=\\s+(?:[\\p{L}\\d,.-]+\\s+){0,10}(?:қол\\s+қойды|салады|салмақ|ашады)(?!\\p{L}))`,
  "gu",
);
/**
 * The second of two companies at talks, each often one word: "talks with Pfizer and Novartis",
 * «переговоры с компаниями Pfizer и Санофи», «с Bayer и Sanofi».
 */
const TALKS_SECOND = new RegExp(
  `(?:(?:talks|negotiations|consultations)\\s+with|[Кк]омпани(?:ями|и)|переговор\\p{L}*\\s+с)\\s+(?:${CAP_ANY}\\s+){1,3}?(?:and|и|және)\\s+((?:${CAP_ANY}\\s?){1,3})`,
  "gu",
);
/**
 * Representatives of a company met, spoke or talked: "Representatives of Sanofi met the Minister",
 * «Представители Байер обсудили …», «Байер өкілдерімен», «Новартис өкілдері».
 */
const REPRESENTED = new RegExp(
  `(?:[Rr]epresentatives\\s+of|[Пп]редставител\\p{L}*(?:\\s+компани[ий])?)\\s+((?:${CAP_ANY}\\s?){1,3})|((?:${CAP_ANY}\\s+){0,2}${CAP_ANY})\\s+(?:компаниясының\\s+)?өкілдер\\p{L}*`,
  "gu",
);
/** Two companies before a plural company word (Kazakh): «Bayer және Sanofi компанияларымен»; the first of them. */
const PAIR_FIRMS_FIRST = new RegExp(
  `((?:${CAP_ANY}\\s+){0,2}${CAP_ANY})\\s+(?:және|мен|пен|бен|and|и)\\s+(?:${CAP_ANY}\\s+){0,2}${CAP_ANY}\\s+компаниялар\\p{L}*`,
  "gu",
);
/** …and the second, right before the plural company word. */
const PAIR_FIRMS_SECOND = new RegExp(
  `(?:және|мен|пен|бен|and|и)\\s+((?:${CAP_ANY}\\s+){0,2}${CAP_ANY})\\s+компаниялар\\p{L}*`,
  "gu",
);
/**
 * Two Latin names joined in a Russian or Kazakh sentence, each perhaps after its origin: «Selvia
 * Ilac и казахстанская Aktobe Infuzia совместно построят …», «Hanmira Bio мен отандық Ertis
 * Vaccine …». A Latin run in a Cyrillic sentence is a name; the first of the two…
 */
const PAIR_LATIN_FIRST = new RegExp(
  `((?:${CAP}\\s+){0,3}${CAP})\\s+(?:и|мен|пен|бен|және)\\s+(?:\\p{Ll}+\\s+)?(?:${CAP}\\s+){0,3}${CAP}(?=\\s+\\p{Script=Cyrillic})`,
  "gu",
);
/** …and the second. */
const PAIR_LATIN_SECOND = new RegExp(
  `${CAP}\\s+(?:и|мен|пен|бен|және)\\s+(?:\\p{Ll}+\\s+)?((?:${CAP}\\s+){0,3}${CAP})(?=\\s+\\p{Script=Cyrillic})`,
  "gu",
);
/** In a headline, a quoted name is the company the release is about ("Новый завод «Тараз Фарм» …"). */
const QUOTED_IN_TITLE = /[«"“]([^»"”]{2,60})[»"”]/gu;

/** Words of a kind of product, or of whom it is for: a name made only of them is a category. */
const CATEGORY =
  /^(human|veterinary|animal|medical|medicines?|drugs?|devices?|vaccines?|generics?|products?|supplies|equipment|pharmaceuticals?|biologics|plant|factory|лекарств\p{L}*|средств\p{L}*|препарат\p{L}*|ветеринар\p{L}*|медицинск\p{L}*|издели\p{L}*|вакцин\p{L}*|дженерик\p{L}*|дәрі\p{L}*|ветеринариялық|медициналық|бұйым\p{L}*|вакцина\p{L}*)$/iu;
const LEGAL_NEAR_AFTER = /^[»"”]?\s*,?\s*(LLP|JSC|LLC|Ltd|Inc|ТОО|АО|ЖШС|АҚ)(?!\p{L})/u;
const LEGAL_NEAR_BEFORE = /(LLP|JSC|LLC|ТОО|АО|ЖШС|АҚ)\s*[«"“]?$/u;

/** Capitalised words that open sentences or name no organisation. */
const NOT_NAMES = new Set(
  (
    "the a an in on at also meanwhile this that these those it its they their there he she we our " +
    "according once after before during while for with and but or as by from to of under kazakhstan " +
    // «Единый дистрибьютор», «Бірыңғай дистрибьютор»: the single distributor, a role, no name.
    "единый единого единому единым едином единая единой бірыңғай single sole " +
    "minister ministry prime president government state national deputy vice chairman ceo head director " +
    "the company plant project factory facility january february march april may june july august september " +
    "october november december monday tuesday wednesday thursday friday saturday sunday all both each " +
    "several three two four five among together investment investments private foreign with " +
    "what how when where why which who whose whom is are does do did has have will would can could " +
    "завод проект компания предприятие фабрика производство инвестор зауыт жоба кәсіпорын компаниясы " +
    "llp jsc llc тоо ао ооо жшс ақ " +
    // A figure's own word opening a bullet ("Инвестиции – $30 млн", "Jobs: 200") names no one.
    "инвестиции инвестиций инвестиция инвестициялар инвестициясы объём объем стоимость мощность бюджет " +
    "сумма жұмыс jobs cost capacity budget value worth output " +
    // Countries are never companies ("Ресей", "Turkey" opening a sentence).
    "russia turkey turkiye egypt china india korea israel germany france usa uae iran uzbekistan " +
    "kyrgyzstan belarus poland hungary japan britain uk россия россии турция турции египет египта " +
    "китай китая индия индии корея кореи израиль израиля германия франция сша оаэ иран узбекистан " +
    "ресей ресейдің түркия мысыр қытай үндістан ақш өзбекстан " +
    "ukraine italy spain netherlands switzerland austria sweden denmark finland norway belgium czechia " +
    "slovenia croatia serbia hungary romania bulgaria greece latvia lithuania estonia georgia armenia " +
    "azerbaijan tajikistan turkmenistan mongolia pakistan bangladesh vietnam indonesia malaysia singapore " +
    "thailand jordan qatar saudi kuwait oman cuba brazil argentina mexico canada australia afghanistan " +
    "украина украины италия италии испания швейцария австрия швеция венгрия сербия грузия армения " +
    "азербайджан таджикистан туркменистан монголия пакистан вьетнам иордания катар куба бразилия канада " +
    "украина италия испания швейцария австрия венгрия грузия армения әзербайжан тәжікстан түрікменстан " +
    "моңғолия пәкістан вьетнам иордания катар куба бразилия канада ауғанстан " +
    // Nor are diseases ("the candidate vaccine against COVID-19 is on the WHO list").
    "covid-19 covid sars-cov-2 coronavirus коронавирус ковид " +
    // Nor are the world's regions ("Pfizer's office for the Caucasus, Central Asia and Mongolia").
    "caucasus europe asia africa eurasia scandinavia balkans кавказ кавказа европа европы азия азии " +
    "африка евразия кавказ еуропа азия африка еуразия " +
    // Nor are nationalities ("talks with Russian investors") or foreign cities ("Omsk investors",
    // "in neighbouring Omsk region of Russia"), which the gazetteer of Kazakhstan does not hold.
    "russian turkish chinese korean indian iranian egyptian german polish hungarian belarusian uzbek " +
    "american british french swiss italian japanese danish jordanian emirati pakistani kyrgyz " +
    "omsk moscow novosibirsk yekaterinburg chelyabinsk orenburg samara kazan tashkent bishkek baku minsk " +
    "istanbul ankara beijing shanghai urumqi seoul tehran delhi mumbai cairo amman london warsaw budapest " +
    "berlin paris geneva copenhagen омск москва новосибирск екатеринбург челябинск оренбург ташкент " +
    "бишкек баку минск стамбул анкара пекин шанхай урумчи сеул тегеран дели каир лондон варшава будапешт"
  ).split(" "),
);
const GOVERNMENT =
  /(ministry|министерств|министрлі|government|правительств|үкімет|akimat|акимат|әкімдік|agency|агентств|committee|комитет|department|департамент|parliament|парламент|press service|пресс-служб|office of|университет|university|headquarters|штаб|council|совет|кеңес|institute|институт\p{L}*)/iu;
/** Titles before a person's name: what follows is a person, not an organisation. */
/** A nationality before a name: "South Korean", "Turkish", «турецкая», «кореялық». */
export const NATIONALITY =
  /^(south|north|korean|turkish|indian|chinese|german|egyptian|polish|russian|american|british|swiss|japanese|hungarian|iranian|uzbek|french|italian|belarusian|jordanian|slovenian|croatian|южнокорейск\p{L}*|корейск\p{L}*|турецк\p{L}*|индийск\p{L}*|китайск\p{L}*|немецк\p{L}*|египетск\p{L}*|польск\p{L}*|(корея|түрік|түркия|үнді|қытай|герман|мысыр|польша|ресей|америка|жапон|венгр|иран|өзбек|франция|италия)\p{L}*(лық|лік|дық|дік|тық|тік))$/iu;
/** A ministry or akimat right after a name: "Денсаулық сақтау министрлігімен" is no company. */
const GOVERNMENT_AFTER =
  /^[»"”]?\s*((?!(and|the|with|и|с|а|мен|пен|бен)\s)\p{L}+\s+){0,2}(министрлі\p{L}*|министерств\p{L}*|ministry|әкімдіг\p{L}*|акимат\p{L}*|комитет\p{L}*|агентств\p{L}*)/iu;
/** A zone's word after its name: «Тассай» индустриалды аймағы, "Ontustik industrial zone", СЭЗ «…» is a place, no company. */
const ZONE_AFTER =
  /^[»"”]?\s*(industrial\s+(zone|park|estate)|special\s+economic\s+zone|sez\b|индустриальн\p{L}*\s+(зон|парк)|промышленн\p{L}*\s+(зон|парк)|индустриал\p{L}*\s+(аймақ|аймағ|парк)|индустриялық\s+(аймақ|аймағ|парк)|өнеркәсіптік\s+(аймақ|аймағ)|арнайы\s+экономикалық|аэа\b|сэз\b|технопарк)/iu;
/** A region's word after a name: «Орталық Азия өңірі», "the Central Asia region", «регион Центральной Азии» aside. */
const REGION_AFTER = /^[»"”]?\s*(region|регион\p{L}*|өңір\p{L}*)(?!\p{L})/iu;
const ZONE_NAME = /(industrial\s+(zone|park|estate)|economic\s+zone|technopark)$/iu;
/** A person's title before "of the company": "президент компании Ким Сон Хо". */
const TITLE_OF_COMPANY =
  /(president|ceo|head|founder|chairman|director|президент\p{L}*|глав\p{L}*|директор\p{L}*|председател\p{L}*|руководител\p{L}*|основател\p{L}*|басшы\p{L}*|төраға\p{L}*)\s+(of the company|компании|фирмы|компаниясының)\s*$/iu;
/** A title, its company and the company's name before a name: «руководитель компании Atabay Kimya Зейнеп Атабай» — a person. */
const TITLE_OF_NAMED_COMPANY = new RegExp(
  `${TITLE_OF_COMPANY.source.replace(/\\s\*\$$/u, "")}\\s+[«"“]?(?:[\\p{Lu}\\d][\\p{L}\\d-]*\\s+){1,5}[»"”]?,?\\s*$`,
  "iu",
);
const TITLE_BEFORE =
  /(minister|premier|president|chairman|chairwoman|chair|ceo|head|director|akim|mayor|deputy|founder|министр(?!лі|ств)\p{L}*|премьер\p{L}*|президент\p{L}*|председател\p{L}*|глав\p{L}*|директор\p{L}*|аким\p{L}*|вице\p{L}*|основател\p{L}*|басшы\p{L}*|әкім\p{L}*|төраға\p{L}*|директоры|губернатор\p{L}*|governor)\s*$/iu;
/** A title and its genitive before a name: «министр здравоохранения Алексей Цой», «аким области Бердибек Сапарбаев». */
const TITLE_OF =
  /(министр|премьер|аким|әкім|губернатор|глав|председател|директор|басшы|вице-министр)\p{L}*(\s+[а-яёәғқңөұүһі][\p{L}-]*){1,2}\s*$/u;
/**
 * The office of a place before its holder: "Governor of the Atyrau Region Serik Shapkenov", "Akim
 * of Shymkent City Gabit Syzdykbekov" — the run after it is a place and a person, never a company.
 */
const PLACE_TITLE_OF = /(?<!\p{L})(governor|akim|mayor)\s+of\s+(the\s+)?$/iu;
/** A title inside a capitalised run ("Mangistau Region Governor Nurlan Nogayev", "Health Minister Alexei Tsoi"): a person. */
const TITLE_IN_NAME =
  /(?<!\p{L})(minister|premier|president|chairman|chairwoman|ceo|head|director|akim|mayor|governor|deputy|founder|министр|премьер-министр|президент|аким|әкім|губернатор)\s+\p{Lu}/iu;
/** A title ending a capitalised run: "Kostanay Region Governor" is a person's office. */
const TITLE_ENDING =
  /(?<!\p{L})(governor|minister|akim|mayor|president|chairman|ambassador|губернатор|министр|аким|әкімі|мэр|президент|елші)$/iu;
/**
 * A product, not its maker: "production of Russia's Sputnik V", "doses of Hayat Vax", "QazVac
 * vaccine", "Hayat Vax, a vaccine based on …", «вакцины QazVac», «QazVac вакцинасын».
 */
const PRODUCT_BEFORE =
  /(?<!\p{L})(production|output|doses?|supply|supplies|batch(es)?|shipments?|vaccination|vaccine|vaccines|выпуск\p{L}*|производств\p{L}*|доз\p{L}*|поставк\p{L}*|вакцин\p{L}*|препарат\p{L}*|өндір(?!уші)\p{L}*|доза\p{L}*|вакцина\p{L}*)\s+(of\s+|with\s+)?(\p{Lu}[\p{L}-]*['’]s\s+)?(the\s+)?((home-grown|domestic|local|\p{L}+-made|от\s+COVID-19|против\s+\p{L}+)\s+)?[«"“]?$/iu;
const PRODUCT_AFTER =
  /^\s*(,\s*(an?|the)\s+(\p{L}+\s+){0,2}(vaccines?|drugs?|medicines?|вакцин\p{L}*|препарат\p{L}*)(?!\p{L})(?![\s-]+(makers?|producers?|manufacturers?|developers?|compan\p{L}*|firms?|group)(?!\p{L}))|(vaccines?|вакцин\p{L}*)(?!\p{L})|(will be|is|are|was|were|has been|have been|is being|to be)\s+(made|produced|manufactured|bottled|filled|delivered|supplied|shipped|administered)(?!\p{L}))/iu;
/** "под брендом SANTO", "under the X brand": a brand is no organisation of its own. */
const BRAND_BEFORE = /(brand|бренд\p{L}*|маркой|маркасы\p{L}*)\s*[«"“]?$/iu;
/** Words of a name too general to stand for it alone. */
export const GENERIC = new Set(
  (
    "group pharm pharma pharmaceutical pharmaceuticals farm global international medical holding holdings " +
    "company corporation industries laboratories healthcare bio biotech plus kazakhstan central asia " +
    "industry sector development " +
    "плюс групп фарм казахстан қазақстан компания agro complex биотех медтех фарма"
  ).split(" "),
);

/** Legal forms are written in capitals: «Ақ» ("white") opening «Ақ Жайық Фарм» is a word of the name, not АҚ. */
const LEGAL_FORM_WORD = /^(llp|jsc|llc|тоо|ао|ооо|жшс|ақ)$/u;
/** A sentence word or a legal form leading a capitalised run: no word of the name. */
function notName(word: string): boolean {
  const lower = word.toLowerCase();
  if (LEGAL_FORM_WORD.test(lower)) return word === word.toUpperCase();
  return NOT_NAMES.has(lower);
}

function clean(raw: string): string {
  let name = raw.trim().replace(/[,\s]+$/, "");
  // Trailing legal forms of a chain ("JuldyzKenanCo., LTD") and leading sentence words go.
  for (;;) {
    const next = name
      .replace(/[,\s]+(Pte\.?|LTD|Ltd\.?|LLP|JSC|LLC|Inc\.?|Co\.?)$/u, "")
      .replace(/['’]s$/u, "")
      .replace(/[.,\s]+$/u, "")
      .trim();
    if (next === name) break;
    name = next;
  }
  // "India's Medivant Lifesciences", "Turkey's Erkim Ilac": the name starts after the possessive.
  const owned = /^(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s+(?=\p{Lu})/u.exec(name);
  const words = (owned ? name.slice(owned[0].length) : name).split(/\s+/);
  // Leading sentence words go, so do a nationality ("South Korean Hanul BioPharm") and a Kazakh
  // place in the locative ("Теміртауда Сарыарқа Биотех").
  while (
    words.length > 1 &&
    (notName(words[0] as string) ||
      NATIONALITY.test(words[0] as string) ||
      /^(LLP|JSC|ТОО|АО|ЖШС|АҚ)(-\p{L}+)?$/u.test(words[0] as string) ||
      /^\p{Lu}\p{L}{3,}[нд]?(да|де|та|те)(ғы|гі)?$/u.test(words[0] as string) ||
      // «Кездесуге Sonex компаниясының …»: a Kazakh word in a case opening the sentence, before a Latin name.
      (/^\p{Lu}[\u0400-\u04ff]{3,}(ға|ге|қа|ке|ны|ні|ды|ді|ты|ті|нан|нен|дан|ден|тан|тен)$/u.test(
        words[0] as string,
      ) &&
        /^\p{Script=Latin}/u.test(words[1] ?? "")) ||
      // «Үндістанның Lupin компаниясы», «Түркияның»: a country's genitive, whose company it is.
      countryGenitive(words[0] as string))
  )
    words.shift();
  // A Kazakh locative after the name is where it works ("Alem Biotech Семейдегі зауыт", "Жайық Фарм
  // Оралда зауыт салады"); a bare one ends a two-word name only ("Фарм Дельта" stays whole).
  const placeAfter = (w: string) =>
    /^\p{Lu}\p{L}{3,}(дағы|дегі|тағы|тегі)$/u.test(w) ||
    (words.length > 2 && /^\p{Lu}\p{L}{3,}[нд]?(да|де|та|те)$/u.test(w));
  // A legal form after the name ends it: "Ertis Glass ЖШС Екібастұзда" is "Ertis Glass".
  const form = words.findIndex((w, i) => i > 0 && /^(LLP|JSC|ТОО|АО|ЖШС|АҚ)$/u.test(w));
  if (form > 0) words.splice(form);
  while (words.length > 1 && placeAfter(words.at(-1) as string)) words.pop();
  if (
    words.length === 1 &&
    /^(LLP|JSC|ТОО|АО|ЖШС|АҚ)(-\p{L}+)?$|^\p{Lu}\p{L}{3,}(дағы|дегі|тағы|тегі)$/u.test(words[0] as string)
  )
    return "";
  return words.join(" ");
}

/** A name right after a product noun or before an appositive one: "doses of Hayat Vax", "Hayat Vax, a vaccine …". */
const PRODUCT_NAME = new RegExp(
  `(?:doses of|production of|batch of|supply of|supplies of|vaccine|вакцин\\p{L}*)\\s+(?:(?:the\\s+)?${CAP}['’]s\\s+)?((?:${CAP}\\s+){0,2}${CAP})|((?:${CAP}\\s+){0,2}${CAP}),\\s+an?\\s+(?:[\\w-]+\\s+){0,2}(?:vaccine|drug|medicine)(?![\\s-]+(?:makers?|producers?|manufacturers?|developers?|compan|firms?|group))`,
  "gu",
);

type Pattern = { re: RegExp; quoted?: boolean; legal?: boolean; facility?: boolean };
const PATTERNS: Pattern[] = [
  { re: QUOTED_AFTER, quoted: true },
  { re: QUOTED_BEFORE, quoted: true },
  { re: QUOTED_ACTING, quoted: true },
  { re: QUOTED_PLANT, quoted: true, facility: true },
  { re: QUOTED_PLANT_KK, quoted: true, facility: true },
  { re: BEFORE_LEGAL, legal: true },
  { re: BEFORE_LEGAL_CYR, legal: true },
  { re: LEGAL_BEFORE },
  { re: AFTER_COMPANY },
  { re: BEFORE_COMPANY },
  { re: BUILT_BY },
  { re: POSSESSIVE },
  { re: APPOSITION },
  { re: RUN_BY },
  { re: FOUNDERS_OF },
  { re: COMPANY_SUFFIX },
  { re: GLUED_SUFFIX },
  { re: ACTING },
  { re: OF_COUNTRY_ACTING },
  { re: ACTING_CYR },
  { re: COMPANY_SUFFIX_CYR },
  { re: ACTING_CYR_NAME },
  { re: DEAL_WITH },
  { re: WITH_AUTHORITY },
  { re: WHICH_DID },
  { re: PAIR_ACTING },
  { re: PAIR_SECOND },
  { re: ACTING_CYR_WORD },
  { re: QUOTED_OPENING, quoted: true },
  { re: LATIN_OPENING_KK },
  { re: TALKS_SECOND },
  { re: COUNTRY_OWNS },
  { re: REPRESENTED },
  { re: PAIR_FIRMS_FIRST },
  { re: PAIR_FIRMS_SECOND },
  { re: PAIR_LATIN_FIRST },
  { re: PAIR_LATIN_SECOND },
  { re: PRODUCT_NAME },
];

const COMPANY_ENDING =
  /(Pharma|Pharm|Farm|Group|Holding|Biologics|Biotech|BioPharma|Laboratories|Pharmaceuticals?|Фарм|Фарма|Групп)$/u;
/** The same company word in any case ("GC Biopharma"). */
const FIRM_ENDING = new RegExp(COMPANY_ENDING.source, "iu");

/** Plant words after a naming word: "the QazVac plant", "the Aktau pharmaceutical plant", "the Semey Pharmaceutical Complex" (a complex only with its kind or capitalised: "a GMP-compliant complex" names none). */
const NAMED_PLANT = new RegExp(
  `(?<![\\w${LATIN_EXT}])((?:${CAP}\\s+){0,2}${CAP})\\s+(?:(?:(?:pharmaceutical|biopharmaceutical|vaccine|insulin|Pharmaceutical|Biopharmaceutical)\\s+)?(?:plant|factory|Plant|Factory|Complex)|(?:pharmaceutical|biopharmaceutical|vaccine|Pharmaceutical|Biopharmaceutical)\\s+complex)(?![\\w])`,
  "gu",
);
/** «Завод QazVac», «комплекс QazVac»: a plant word before a Latin name. */
const PLANT_NAMED = /(?<!\p{L})(?:[Зз]авод|[Кк]омплекс|[Фф]абрик)\p{L}*\s+([A-Z][\w-]+)(?![\w-])/gu;
/** «Карагандинский фармацевтический комплекс», «Павлодарскому заводу»: a place's adjective before a plant word. */
const PLACE_PLANT_RU =
  /(?<!\p{L})([А-ЯЁ]\p{Ll}+(?:ск|цк)\p{Ll}{1,3})\s+(?:[а-яё-]+\s+){0,2}(?:фарм)?(?:завод|комплекс|фабрик|предприяти)\p{L}*/gu;
/** «QazVac вакциналарын шығаратын биофармацевтикалық зауыты», «Қарағанды фармацевтикалық кешені». */
const PLANT_KK =
  /(?<!\p{L})([A-Z][\w-]+|[А-ЯЁӘҒҚҢӨҰҮҺІ][\p{L}-]+)(?:\s+\([^()]{1,40}\))?\s+(?:(?![а-яёәғқңөұүһі-]+(?:да|де|та|те)\s)[а-яёәғқңөұүһі-]+\s+){0,3}(?:зауыт|кешен)\p{L}*/gu;
/** «завод Научного центра … по выпуску вакцины AltynVac»: a plant named by the product it makes. */
const PLANT_FOR_PRODUCT =
  /(?<=(?<!\p{L})(?:[Зз]авод|[Кк]омплекс|[Фф]абрик)\p{L}*\s+(?:[^.;:«»]{0,80}?\s)?по\s+(?:выпуску|производству)\s+(?:вакцин|препарат|инсулин)\p{L}*\s+)([A-Z][\w-]+)(?![\w-])/gu;
/** Words that tell a plant's kind (its product, its size or newness), never its name. */
const PLANT_KIND =
  /^(new|large|big|major|modern|first|second|local|domestic|pharmaceutical|medical|drug|drugs|medicines?|antibiotics?|tablets?|capsules?|vaccines?|insulin|infusion|injectables?|syringes?|vials?|ampoules?|generics?|solutions?|plasma|blood|жаңа|ірі|заманауи|дәрі|дәрілік|вакцина|инсулин|антибиотик|таблетка|шприц|ерітінді)$/iu;
const PLANT_PATTERNS = [NAMED_PLANT, PLANT_NAMED, PLACE_PLANT_RU, PLANT_KK, PLANT_FOR_PRODUCT];

/** A quoted headline span names a company only when it looks like a name, not a quotation ("В отрасли 28 проектов, два …"). */
const NAME_LIKE = /^[^\d,.!?:;]{2,40}$/u;
/** A name ending in an event's word: a forum, summit, congress, conference, exhibition or week. */
const EVENT_NAME =
  /(?<!\p{L})(forum|summit|congress|conference|exhibition|expo|festival|week|форум\p{L}*|саммит\p{L}*|конгресс\p{L}*|конференци\p{L}*|выставк\p{L}*|көрме\p{L}*)$/iu;

/**
 * Words quoted as said, not a name: «Почти всё уходит в СНГ», "We are ready to invest" — mostly
 * lower-case words with a preposition, particle or pronoun among them (a name's lower-case words,
 * «Карагандинский фармацевтический комплекс», are nouns and adjectives).
 */
function quotation(quoted: string): boolean {
  const words = quoted.trim().split(/\s+/u);
  if (words.length < 3) return false;
  const lower = words.slice(1).filter((w) => /^\p{Ll}/u.test(w));
  if (lower.length * 2 <= words.length - 1) return false;
  return words.some((w, i) => (i > 0 && /^\p{Ll}{1,2}$/u.test(w)) || SPEAKER_WORDS.has(w.toLowerCase()));
}
const SPEAKER_WORDS = new Set(
  "we i us me our my мы нам нас нами я мне меня наш наши это біз бізге бізде біздің мен маған бұл".split(" "),
);

/**
 * `title`: the sentence is a headline (a quoted name there is the release's company); `item`: a
 * list item or table row (a name heading it is the item's company).
 */
export function findNames(
  sentence: string,
  options: { title?: boolean; item?: boolean; member?: boolean } = {},
): NameMention[] {
  const out: NameMention[] = [];
  const add = (raw: string, start: number, end: number, facility = false, plant?: string, firm = false) => {
    const name = clean(raw);
    if (name.length < 2 || NOT_NAMES.has(name.toLowerCase())) return;
    // "the Astana Economic Forum", «Астанинский экономический форум»: an event, no organisation.
    if (EVENT_NAME.test(name)) return;
    // "Pharma", "Group Holding": company words alone name no company (a cut name never stands for one).
    if (name.split(/\s+/).every((w) => GENERIC.has(w.toLowerCase()))) return;
    if (!/\p{Lu}/u.test(name)) return;
    // "Human Medicines will account for 80% …", "Veterinary Drugs": a kind of product in title case
    // names no organisation, unless a legal form makes it one ("Medical Devices LLP").
    if (
      name.split(/\s+/).every((w) => CATEGORY.test(w)) &&
      !LEGAL_NEAR_AFTER.test(sentence.slice(start + name.length)) &&
      !LEGAL_NEAR_AFTER.test(sentence.slice(end)) &&
      !LEGAL_NEAR_BEFORE.test(sentence.slice(0, start))
    )
      return;
    // One word in the Kazakh locative is a place ("компания Қазақстанда …"), never a company.
    if (/^\p{Lu}\p{L}{3,}[нд]?(да|де|та|те)$/u.test(name)) return;
    // A longer name found by a later pattern replaces the shorter one it contains ("Nura Medical" → "Nura Medical Glass").
    const overlapping = out.filter((m) => m.start < end && start < m.end);
    // «завод … по выпуску вакцины AltynVac»: the plant named by its product takes the product's place.
    const yields = (m: NameMention) => !!plant && !!m.product && m.start === start;
    if (
      overlapping.some(
        (m) => !yields(m) && (m.start < start || m.end > end || m.end - m.start >= end - start),
      )
    )
      return;
    for (const m of overlapping) out.splice(out.indexOf(m), 1);
    const at = sentence.indexOf(name, start);
    // The title may be inside the match ("Prime Minister Olzhas Bektenov has signed" loses its
    // title words to clean()): what stands before the name itself decides.
    const named = at >= start && at < end ? at : start;
    const before = sentence.slice(Math.max(0, start - 40), start);
    const title = sentence.slice(Math.max(0, named - 40), named);
    // «министрі Новартис компаниясының өкілдерімен»: a name its company word follows is the
    // company's, not the title's person.
    if (!firm && (TITLE_BEFORE.test(title) || TITLE_OF.test(title) || PLACE_TITLE_OF.test(title))) return;
    if (TITLE_IN_NAME.test(name)) return;
    // "Kostanay Region Governor received …": a title ending the run is a person's office, no organisation.
    if (TITLE_ENDING.test(name)) return;
    // «әкімі Асхат Шахаров зауыттың …»: a plant word after a person's surname names no plant.
    const person = title.replace(/(\p{Lu}[\p{L}-]*\s+)+$/u, "");
    if (plant && person !== title && (TITLE_BEFORE.test(person) || TITLE_OF.test(person))) return;
    if (BRAND_BEFORE.test(before) || TITLE_OF_COMPANY.test(before) || IN_TITLE.test(before)) return;
    if (TITLE_OF_NAMED_COMPANY.test(sentence.slice(Math.max(0, start - 90), start))) return;
    if (GOVERNMENT_AFTER.test(sentence.slice(end))) return;
    if ((ZONE_AFTER.test(sentence.slice(end)) || ZONE_NAME.test(name)) && !firm) return;
    // «компанияның Орталық Азия өңірі бойынша …», "its Central Asia region": a part of the world, no company.
    if (REGION_AFTER.test(sentence.slice(end)) && !firm) return;
    // "the Ministry of Industry (and Construction)": the capitalised runs after "of" are still the ministry.
    const governed =
      /(ministry|министерств\p{L}*|agency|committee|department|office|government|akimat|institute|university)\s+(of|for)\s+(the\s+)?(\p{Lu}[\p{L}-]*,?\s+)*((and|&)\s+)?$/iu;
    const bracket = /^\s*\(([A-ZА-ЯЁ][\p{L}\d-]{2,30})\)/u.exec(sentence.slice(end));
    const alternative = bracket?.[1];
    // "batches of Hikma Pharma medicines": a name ending in a company word is the maker, not a product.
    const product =
      !plant &&
      !COMPANY_ENDING.test(name) &&
      (PRODUCT_BEFORE.test(title) || PRODUCT_AFTER.test(sentence.slice(end)));
    out.push({
      name,
      // Words clean() dropped ("The East Kazakhstan Region") are not part of the mention; an opening quote is.
      start: at >= start && at < end && at - start > 1 ? at : start,
      end: end + (bracket?.[0].length ?? 0),
      // ("The Ministry of Healthcare and South Korea's GC Biopharma": a company after "and" is its own.)
      government:
        GOVERNMENT.test(name) ||
        (governed.test(before) && !FIRM_ENDING.test(name) && !/['’]s\s*$/u.test(before)),
      ...(facility ? { facility } : {}),
      ...(alternative && alternative !== name ? { alternative } : {}),
      ...(plant ? { plant } : {}),
      ...(product ? { product } : {}),
    });
  };
  const patterns: Pattern[] = [
    ...(options.member ? [{ re: BARE_ITEM }] : []),
    ...(options.item ? [{ re: ITEM_HEAD }, { re: BOLD_HEAD }] : []),
    ...PATTERNS,
    ...(options.title ? [{ re: QUOTED_IN_TITLE, quoted: true }] : []),
  ];
  for (const p of patterns) {
    for (const m of sentence.matchAll(p.re)) {
      const group = (m[1] ?? m[2]) as string;
      if (p.re === QUOTED_IN_TITLE && (!NAME_LIKE.test(group) || quotation(group))) continue;
      // "Construction is under way": one plain capitalised word opening a sentence before "is / has"
      // is an ordinary word; a name there is written like one (EIPICO, AltINFARM).
      if (p.re === ACTING && plainOpening(sentence, (m.index ?? 0) + m[0].indexOf(group), group, m[0]))
        continue;
      // "Инсулин зауыты сияқты жобалар": one word before a plant word opening a sentence is a product.
      if (
        p.re === BEFORE_COMPANY &&
        !group.trim().includes(" ") &&
        /(^|[.!?…]\s+)[\s«"“(–—-]*$/u.test(sentence.slice(0, m.index ?? 0))
      )
        continue;
      // "**Syringes, Almaty region.** … syringe production was launched": a head its own item
      // writes in lower case is the item's topic, no name.
      if (p.re === BOLD_HEAD && topicHead(group, sentence)) continue;
      const at = (m.index ?? 0) + (m[0] as string).indexOf(group);
      // A quoted name's mention is the name in its quotes; a name before a legal form keeps the
      // form; a name before a verb does not.
      const end = p.quoted
        ? at + group.length + 1
        : p.legal
          ? (m.index ?? 0) + m[0].length
          : at + group.trimEnd().length;
      const firm = p.re === BEFORE_COMPANY && FIRM_AFTER.test(sentence.slice(at + group.trimEnd().length));
      add(group, p.quoted ? at - 1 : at, end, p.facility, undefined, firm);
    }
  }
  for (const re of PLANT_PATTERNS)
    for (const m of sentence.matchAll(re)) {
      // "Anadolu Biotech's vaccine plant": a company's plant, found as the company (POSSESSIVE), names no plant.
      if (/['’]s$/u.test(m[1] as string)) continue;
      // "Antibiotics plant to rise …", "Tablet Factory Breaks Ground", «Инсулин зауыты»: what a
      // plant makes, in a headline's capitals or at a sentence's start, names no plant.
      if ((m[1] as string).split(/\s+/).every((w) => PLANT_KIND.test(w))) continue;
      const start = m.index ?? 0;
      add(m[0], start, start + m[0].length, false, m[1] as string);
    }
  for (const m of sentence.matchAll(ENUMERATION)) {
    const list = m[1] as string;
    let offset = (m.index ?? 0) + (m[0] as string).indexOf(list);
    for (const item of list.split(/,\s+|\s+(?:and|и|және)\s+/u)) {
      const at = sentence.indexOf(item, offset);
      if (at >= 0) {
        add(item.replace(/^the\s+/, ""), at + (item.startsWith("the ") ? 4 : 0), at + item.length);
        offset = at + item.length;
      }
    }
  }
  // "**Ultrasound, Almaty.** A partnership with South Korea's Samsung Medison …": a plain word
  // heading an item that names its company is the item's topic (MEDAK, AltINFARM are written as names).
  const head = out.find((m) => m.start <= 2 && BOLD_START.test(sentence));
  if (head && out.length > 1 && PLAIN_WORDS.test(head.name) && out.some((m) => m !== head && !m.government))
    out.splice(out.indexOf(head), 1);
  return out.sort((a, b) => a.start - b.start);
}

const BOLD_START = /^\*\*/u;
/** Words written as ordinary words: capitalised first letters only, no digits ("Hearing Aids", not "MEDAK"). */
const PLAIN_WORDS = /^\p{Lu}\p{Ll}+(\s+\p{L}\p{Ll}+)*$/u;

/** Whether every word of a bold head is written in lower case in its item's text (by its stem). */
function topicHead(head: string, sentence: string): boolean {
  const close = sentence.indexOf("**", 2);
  const rest = close > 0 ? sentence.slice(close + 2) : "";
  const words = head.split(/\s+/u).filter(Boolean);
  return (
    PLAIN_WORDS.test(head) &&
    words.every((w) => {
      const stem = w.toLowerCase().slice(0, Math.max(4, Math.min(6, w.length - 2)));
      return new RegExp(`(?<!\\p{L})${stem}`, "u").test(rest);
    })
  );
}

/** A stable id for a new organisation ("КФК МЕДСЕРВИС ПЛЮС" → "kfk-medservis-plyus"). */
export function organisationId(name: string): string {
  return slugify(name, 5) || "organisation";
}

/**
 * How a name sounds, whatever the script: "Chimpharm", "Khimpharm" and «Химфарм» meet; so do
 * "MSP ROMFARM" and "MSP-ROMPHARM", and "Saryarka Biologics" and «Сарыарқа Биолоджикс». Only for telling that two spellings of a whole name are one.
 */
const nameKeys = new Map<string, string>();

export function nameKey(name: string): string {
  const cached = nameKeys.get(name);
  if (cached !== undefined) return cached;
  if (nameKeys.size > 50_000) nameKeys.clear();
  const key = soundOf(name);
  nameKeys.set(name, key);
  return key;
}

function soundOf(name: string): string {
  return transliterate(name)
    .replace(/[^a-z0-9]/g, "")
    .replace(/ph/g, "f")
    .replace(/dzh/g, "g")
    .replace(/kh|ch|h/g, "h")
    .replace(/[cq]/g, "k")
    .replace(/x/g, "ks")
    .replace(/[yj]/g, "i")
    .replace(/w/g, "v")
    .replace(/(.)\1+/g, "$1");
}

/**
 * Spellings a later article or question may use: the name, its transliteration, and each
 * distinctive word of a longer name ("Hikma" of Hikma CIS) unless `taken` says the word names
 * something else (a place: "Astana" of Astana Pharmbiosyntesis).
 */
export function nameAliases(name: string, asWritten: string, taken: (word: string) => boolean): string[] {
  const words = name.split(/\s+/);
  // The brand word a release shortens a name to is its first ("Hikma" of Hikma CIS, "Polpharma" of
  // Polpharma Group), or the second after a place ("Pharmbiosyntesis" of Astana Pharmbiosyntesis);
  // an acronym ("MSN" of MSN Group) counts too. A longer name also goes by its first two words
  // ("Khan Tengri" of Khan Tengri BioPharma). Other words ("Cotton", "Sugar") name nothing alone.
  // After a place, only a long coined word is a brand ("Pharmbiosyntesis"), not "Tomato" or «Биотех».
  const second = words[1] && words[1].length >= 8 ? words[1] : undefined;
  const lead = words.length < 2 ? undefined : taken(words[0] as string) ? second : words[0];
  const brand =
    lead &&
    !GENERIC.has(lead.toLowerCase()) &&
    !taken(lead) &&
    /^\p{Lu}/u.test(lead) &&
    // ("GE" of GE HealthCare: two capitals that are no word of ours name the company too.)
    (lead.length >= 5 || (lead.length >= 2 && /^\p{Lu}+$/u.test(lead)))
      ? [lead]
      : [];
  const prefix = words.length >= 3 && !taken(words[0] as string) ? [words.slice(0, 2).join(" ")] : [];
  // Each in the other script too: «Эрким» of Erkim, «Тараз Фарм» of Taraz Pharm.
  const short = [name, ...brand, ...prefix];
  const other = short.map(nameInOtherScript).filter((o): o is string => !!o);
  return [...new Set([name, asWritten.trim(), transliterate(name), ...other, ...brand, ...prefix])];
}

/** A Kazakh country in the genitive: «Үндістанның», «Түркияның», «Қытайдың». */
function countryGenitive(word: string): boolean {
  const stem = /^(\p{L}{3,}?)(ның|нің|дың|дің|тың|тің)$/u.exec(word.toLowerCase())?.[1];
  return !!stem && NOT_NAMES.has(stem);
}
