import type { Sector } from "../schema.js";
import type { ArticleProject } from "./article.js";
import type { Mentions } from "./mentions.js";

/**
 * Whether a project makes medicines: the words of the sentences that name it alone (a sugar
 * plant, a cotton complex, a greenhouse, a brewery, a hospital being built are kept, but not
 * counted in pharmaceutical totals). Each word of another sector starts a word: «болатын» ("which is") is no «болат» (steel).
 */

const PHARMA =
  /(pharm|фарм|medicin|medical|drug|vaccin|insulin|biotech|GMP|generic|tablet|capsule|injectab|vitamin|лекарств|препарат|медицин|вакцин|инсулин|биотехнолог|дженерик|субстанц|витамин|дәрі|дәрумен|вакцина|медициналық)/iu;
const OTHER =
  /(?<!\p{L})(sugar|greenhouse|agro|vegetable|fruit|cotton|textile|beverage|soft[- ]drink|beer|brew|dairy|milk|meat|poultry|grain|flour|cement|steel|metallurg|oil refin|petrochem|fertili[sz]|power plant|solar|wind farm|coal|copper|ferro|smelt|ore[- ]|mining|logistic|hotel|touris|glass|paper|furniture|automobil|\bcars?\b|tyre|tire|litres|hospital|clinic|school|housing|residential|больниц|госпитал|клиник|школ|жил(?:ой|ого|ых|ье)|аурухана|емхана|мектеп|тұрғын үй|сахар|теплиц|тепличн|агро|овощ|фрукт|хлоп|текстил|напит|пив|молок|молоч|мяс|птиц|зерн|мук[аи]|цемент|сталь|металлург|нефт|удобрен|электростан|уголь|угл[яе]|горнодобы|ферросплав|обогатительн|логист|гостиниц|туризм|стекл|бумаг|мебел|автомоб|шин|қант|жылыжай|көкөніс|жеміс|мақта|тоқыма|сусын|сыра|сүт|ет өнім|құс|астық|ұн |цемент|болат(?!ын)|мұнай|тыңайтқыш|көмір|мыс |тау-кен|логистика|қонақ үй|туризм|шыны|қағаз|жиһаз|автокөлік)/iu;

export function sectorOf(
  p: ArticleProject,
  mentions: Mentions[],
): { sector: Sector; sentence: Mentions["sentence"] } | null {
  let pharma = 0;
  let other = 0;
  let first: { sector: Sector; sentence: Mentions["sentence"] } | null = null;
  for (const x of mentions) {
    if (x.sentence.part === "dateline") continue;
    const mine = x.orgs.filter((o) => o.role === "company");
    if (!mine.length || !mine.every((o) => p.orgs.has(o.id))) continue;
    const text = x.sentence.text.replace(/(?<!\p{L})(not|no|не|емес)\s+\p{L}+/giu, "");
    const isOther = OTHER.test(text);
    const isPharma = PHARMA.test(text);
    if (isOther) other++;
    if (isPharma) pharma++;
    if (!first && (isOther || isPharma))
      first = { sector: isOther && !isPharma ? "other" : "pharmaceutical", sentence: x.sentence };
  }
  if (!first) return null;
  return { sector: other > pharma ? "other" : "pharmaceutical", sentence: first.sentence };
}

/** What a sentence says its company will make: "will produce …", «будет выпускать …», «… шығарады». */
const MAKES = [
  /(?<!\p{L})(?:will\s+)?(?:produce|make|manufacture)s?\s+(.+?)(?=[;:.]|,\s|\s+and\s+(?:will|employ|create)|\s+(?:worth|costing|with\s+\d)|$)/iu,
  /(?<!\p{L})(?:будет\s+)?(?:производить|выпускать|производит|выпускает|займ[её]тся\s+(?:выпуском|производством)|наладит\s+(?:выпуск|производство))\s+(.+?)(?=[;:.]|,\s|$)/iu,
  /(?<!\p{L})(?:компаниясы|зауыты|кәсіпорны)\s+([^;:.,–]+?)\s+(?:шығарады|өндіреді)(?!\p{L})/iu,
];
/**
 * What a plant is said to be for, where the sentence names no verb of making: "a plant for medical
 * devices", "a plant producing veterinary medicines", "a feed additive and veterinary vaccine
 * plant", «завод по производству медицинских изделий», «завода ветеринарных препаратов»,
 * «медициналық бұйымдар шығаратын зауыт».
 */
const PLANT_FOR = [
  /(?<!\p{L})(?:plant|factory|facility)\s+(?:for(?:\s+the\s+production\s+of)?|producing|making|to\s+(?:produce|make))\s+(.+?)(?=[;:.]|,\s|\s+(?:in|near|at|worth|with)\s|$)/iu,
  /(?<!\p{L})(?:build|construct|open|set up)\s+an?\s+((?:[\p{Ll}-]+\s+){1,5}?)(?:plant|factory)(?!\p{L})/iu,
  /(?<!\p{L})(?:завод\p{L}*|предприяти\p{L}*)\s+(?:по\s+(?:производству|выпуску)\s+)?((?:ветеринарн|медицинск|лекарствен)\p{L}*\s+\p{L}+(?:\s+(?:и|для)\s+[\p{L}\s]+?)?)(?=[;:.]|,\s|\s+в\s|$)/iu,
  /(?<!\p{L})([\p{Ll}-]+\s+[\p{Ll}-]+)\s+(?:шығаратын|өндіретін)\s+(?:жаңа\s+)?(?:зауыт|кәсіпорын|фабрика)/iu,
  /(?<!\p{L})((?:ветеринариялық|медициналық)\s+[\p{Ll}-]+)\s+(?:зауыт|кәсіпорн|фабрика)\p{L}*/iu,
  /(?<!\p{L})an?\s+((?:veterinary|medical[- ]device|animal)[\p{Ll}\s-]{0,40}?)\s+(?:plant|factory)(?!\p{L})/iu,
];
/** Medicines for animals: a plant's product for no person. */
const VETERINARY = /(veterinar|ветеринар|мал\s+дәрігерлі|feed additive|кормов\p{L}*\s+добав)/iu;
/** Medicines for people named beside animals' ones: "human and veterinary", «для человека», «медицинских и ветеринарных». */
const HUMAN =
  /(?<!\p{L})(human|humans|people|patients|для (человека|людей|пациентов)|медицинск\p{L}* и ветеринарн|лекарств\p{L}* и ветеринарн|людей|адам(ға|дар\p{L}*)|медициналық және ветеринариялық|дәрі-дәрмек)(?!\p{L})/iu;
/** Medical devices: a supplier's goods, never medicines. */
const DEVICES =
  /(medical devices?|medical products|devices|медицинск\p{L}*\s+издели|издели|медициналық\s+бұйым|бұйымдар|tests?(?!\p{L})|test systems|diagnostic|тест\p{L}*|диагност\p{L}*)/iu;
/** Kinds of products counted, then listed: "four kinds of products: …", «четыре вида продукции: …», «төрт түрлі өнім: …». */
const KINDS_LISTED =
  /(?<!\p{L})(?:\p{L}+\s+)?(?:kinds?|types?|вид(?:а|ов)?|түрл\p{L}*|түр\p{L}*)\s+(?:of\s+)?(?:products?|goods|продукции|изделий|өнім\p{L}*)\s*:\s*([^.;]{3,200})/iu;

/**
 * What a plant makes when it is not medicines for people, verbatim: a supplier's goods ("syringes",
 * "medical devices") or medicines for animals ("veterinary vaccines", «ветеринарных препаратов»).
 */
export function madeOf(
  text: string,
  /** The sentence's paragraph: "It will also make human generics" there makes it no animals' plant. */
  paragraph = text,
): { text: string; audience?: "veterinary" } | undefined {
  // "will produce four kinds of products: rapid tests, PCR tests …": the list is what it makes.
  const listed = KINDS_LISTED.exec(text)?.[1]?.trim();
  if (listed && !MEDICINE.test(listed)) return { text: listed };
  const supplies = suppliesOf(text);
  for (const re of [...MAKES, ...PLANT_FOR]) {
    const what = re.exec(text)?.[1]?.trim();
    if (!what) continue;
    const itself = what.replace(/\s+(for|для)\s.*$/iu, "").replace(/^.*\sүшін\s+/u, "");
    if (/\d/u.test(itself)) continue;
    // "human and veterinary vaccines": for people too, so never said to be for animals alone.
    if (VETERINARY.test(itself))
      return HUMAN.test(paragraph) ? undefined : { text: what, audience: "veterinary" };
    if (supplies) return { text: supplies };
    if (DEVICES.test(itself) && !MEDICINE.test(itself.replace(DEVICES, ""))) return { text: what };
  }
  return supplies ? { text: supplies } : undefined;
}

/** Words of a medicine: a product holding one is a medicine maker's. */
const MEDICINE =
  /(medicine|drugs?(?!\s?makers?)(?!\p{L})|pharmaceuticals|generic|tablet|capsule|vaccin|insulin|infusion|injectab|antibiotic|solution|syrup|ointment|substance|API|лекарств|препарат|дженерик|таблет|капсул|вакцин|инсулин|инфузион|раствор|антибиотик|субстанц|мазь|мази|крем(ы|ов|а)?(?!\p{L})|гел[ьи]|сироп|капл[иь]|drops|cream|gel(?!\p{L})|дәрі|ерітінді)/u;
/** Goods of a supplier, never medicines: glass, vials, syringes, packaging. */
const SUPPLIES =
  /(vial|ampoule|ampul|glass|syring|needle|packag|container|glove|mask|bandage|флакон|ампул|стекл|шприц|игл|упаков|перчат|маск|бинт|шыны|ампула|қаптама)/iu;

/**
 * What a company makes when the source says it is no medicine: "Orda Glass will produce medical
 * glass vials and ampoules for drug makers" is a supplier's, verbatim. Who it is for ("for drug
 * makers", «для фармацевтических заводов», «… үшін») says nothing of what it is.
 */
export function suppliesOf(text: string): string | undefined {
  for (const re of MAKES) {
    const what = re.exec(text)?.[1]?.trim();
    if (!what) continue;
    const itself = what.replace(/\s+(for|для)\s.*$/iu, "").replace(/^.*\sүшін\s+/u, "");
    // "до 60 млн флаконов в год": a count of containers is a capacity (of medicines, often), no product.
    if (/\d/u.test(itself)) continue;
    if (SUPPLIES.test(itself) && !MEDICINE.test(itself)) return what;
  }
  return undefined;
}

/**
 * The kinds of medicine a sentence says a plant will make, verbatim: "to fill human insulin and
 * insulin analogues into pens", «выпускать … инфузионные растворы, мази и таблетки», «Олардың
 * қатарында қызылшаға … қарсы вакциналар бар». A count is a capacity, not a kind; a phrase must
 * name a medicine.
 */
const MEDICINE_KINDS = [
  /(?<!\p{L})(?:produce|make|manufacture|fill|turn out|bottle)s?\s+((?:[\p{L}-]+,?\s+){0,10}?[\p{L}-]+)(?=\s+(?:into|at|in|for|with|worth|from|by)\s|[.;:(]|$)/iu,
  /(?<!\p{L})(?:выпуска(?:ть|ет|ют)|производи(?:ть|т)|будет выпускать|будут выпускать)(?:\s+(?!растворы)[\p{Ll}]+){0,3}?\s+((?:[\p{L}-]+,?\s+){0,10}?[\p{L}-]+)(?=[.;:(]|$)/iu,
  /(?<!\p{L})(?:қатарында|ішінде)\s+([^.;:]{3,120}?)\s+(?:бар|шығарылады|өндіріледі)(?!\p{L})/iu,
  // «Завод предназначен для выпуска вакцин против гриппа и туберкулеза»: what it is built to make.
  /(?<!\p{L})предназначен\p{L}*\s+для\s+(?:выпуска|производства)\s+((?:[\p{L}-]+,?\s+){0,10}?[\p{L}-]+)(?=[.;:(]|$)/iu,
  // «Зауыт адам инсулинін шығарады», «Кәсіпорын инфузиялық ерітінділер өндіреді»: the Kazakh verb last.
  // «"ОңтүстікВак" тұмауға … қарсы вакциналар шығарады»: a plant's own quoted name is the doer too.
  /(?:(?<!\p{L})(?:зауыт|компания|кәсіпорын|кәсіпорн)\p{L}*|[»"”])\s+([^.;:,«»"“”]{3,100}?)\s+(?:шығарады|өндіреді|шығармақ|өндірмек)(?!\p{L})/iu,
  // "Novagen Pharma's products include vaccines against …", «Продукция компании включает вакцины …»,
  // «Компанияның өнімдері – вакциналар …»: what a company's range holds.
  /(?<!\p{L})(?:products|portfolio|range)\s+(?:include|includes|comprise|comprises|consist of)\s+([^.;:]{3,140}?)(?=[.;:]|$)/iu,
  /(?<!\p{L})(?:продукци\p{L}*|портфел\p{L}*|ассортимент\p{L}*)\s+(?:\p{L}+\s+)?(?:включает|входят|состоит из)\s+([^.;:]{3,140}?)(?=[.;:]|$)/iu,
  // "an insulin plant", «завод вакцин», «инсулин зауыты»: the plant named by what it makes.
  /(?<!\p{L})an?\s+(?:new\s+)?((?:[\p{Ll}-]+\s+){1,2}?)(?:plant|factory)(?!\p{L})/iu,
  /(?<!\p{L})завод\p{L}*\s+((?:инсулин|вакцин|таблет|капсул|антибиотик|инфузион|шприц)\p{L}*(?:\s+и\s+\p{L}+)?)/iu,
  /(?<!\p{L})((?:инсулин|вакцина|таблетка|капсула|антибиотик)\p{L}*)\s+(?:(?:өндіретін|шығаратын)\s+)?зауыт\p{L}*/iu,
];
/** Words before what is made that are none of it: «на предприятии собираются …», "the plant is to …". */
function fromKind(what: string): string {
  const words = what.split(/\s+/u);
  const adjective = (w: string, next: string | undefined) =>
    !!next && MEDICINE.test(next) && /(ые|ая|ое|ий|ый|ие|ой|ых)$/u.test(w);
  const first = words.findIndex((w, i) => MEDICINE.test(w) || adjective(w, words[i + 1]));
  return first > 0 ? words.slice(first).join(" ") : what;
}
export function medicinesMade(text: string): string | undefined {
  for (const [i, re] of MEDICINE_KINDS.entries()) {
    const found = re.exec(text)?.[1]?.trim();
    // After a Russian verb, words may stand between it and what is made («выпускать на заводе планируют …»).
    // «"Оңтүстік Фарм" компаниясы … шығарады»: the company word after the name is none of what it makes.
    const own = found?.replace(/^(компаниясы|зауыты|кәсіпорны|фирмасы)\s+/u, "");
    const what = own && i === 1 ? fromKind(own) : own;
    if (!what || /\d/u.test(what) || what.length > 140) continue;
    if (MEDICINE.test(what) && !SUPPLIES.test(what.replace(MEDICINE, ""))) return what;
  }
  return undefined;
}
