import type { Sector } from "../schema.js";
import type { ArticleProject } from "./article.js";
import type { Mentions } from "./mentions.js";

/**
 * Whether a project makes medicines: the words of the sentences that name it alone (a sugar
 * plant, a cotton complex, a greenhouse, a brewery are kept, but not counted in pharmaceutical
 * totals). Each word of another sector starts a word: «болатын» ("which is") is no «болат» (steel).
 */

const PHARMA =
  /(pharm|фарм|medicin|medical|drug|vaccin|insulin|biotech|GMP|generic|tablet|capsule|injectab|vitamin|лекарств|препарат|медицин|вакцин|инсулин|биотехнолог|дженерик|субстанц|витамин|дәрі|дәрумен|вакцина|медициналық)/iu;
const OTHER =
  /(?<!\p{L})(sugar|greenhouse|agro|vegetable|fruit|cotton|textile|beverage|soft[- ]drink|beer|brew|dairy|milk|meat|poultry|grain|flour|cement|steel|metallurg|oil refin|petrochem|fertili[sz]|power plant|solar|wind farm|coal|copper|ferro|smelt|ore[- ]|mining|logistic|hotel|touris|glass|paper|furniture|automobil|\bcars?\b|tyre|tire|litres|сахар|теплиц|тепличн|агро|овощ|фрукт|хлоп|текстил|напит|пив|молок|молоч|мяс|птиц|зерн|мук[аи]|цемент|сталь|металлург|нефт|удобрен|электростан|уголь|угл[яе]|горнодобы|ферросплав|обогатительн|логист|гостиниц|туризм|стекл|бумаг|мебел|автомоб|шин|қант|жылыжай|көкөніс|жеміс|мақта|тоқыма|сусын|сыра|сүт|ет өнім|құс|астық|ұн |цемент|болат(?!ын)|мұнай|тыңайтқыш|көмір|мыс |тау-кен|логистика|қонақ үй|туризм|шыны|қағаз|жиһаз|автокөлік)/iu;

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
