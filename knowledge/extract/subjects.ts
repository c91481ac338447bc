import type { SubjectReason } from "../claims.js";
import type { ScopeKind } from "../schema.js";
import { type Article, type ArticleProject, JOINT, ONE_PLANT_OF_TWO } from "./article.js";
import type { FigureMention } from "./figures.js";
import { DOER_VERB, type Mentions, type OrgMention } from "./mentions.js";
import { originReference, originsOf } from "./origin.js";
import { stageOf } from "./stages.js";

/**
 * The subjects stage: every figure gets a subject, with the reason and how sure it is, or none.
 * In order: a figure in a clause about a set of projects, a region, a sector, a programme, the
 * country, or one company's cumulative investment belongs to that scope — never to a company;
 * then the company named in the figure's clause; the bullet's or row's own company; the company
 * named in the sentence; the antecedent of "the company / the plant / завод / зауыт / it"; the
 * company the paragraph is about; the article's only project (named in the headline or body).
 * What stays uncertain is held with its candidates for an admin; existing staff and output
 * ("today about 500 people work there") are no project's figures.
 */

export interface ScopeRef {
  kind: ScopeKind;
  /** A region's or city's place. */
  place?: string;
  /** A company's own cumulative figures. */
  organisation?: string;
  /** A set: the article's announced set, or the companies named together in the clause. */
  members?: ArticleProject[];
  /** What the clause calls a programme ("the industrialisation map"); "joint" for a joint project's set. */
  label?: string;
}

export type Assigned =
  | {
      kind: "project";
      project: ArticleProject;
      reason: SubjectReason;
      confidence: number;
      candidates: ArticleProject[];
    }
  | { kind: "scope"; scope: ScopeRef; reason: "scope"; confidence: number }
  | {
      kind: "none";
      why: "noSubject" | "severalSubjects" | "existing" | "notInvestment" | "stopped";
      candidates: ArticleProject[];
    };

/** Reasons that name the company in the figure's own sentence, item or row. */
const NAMED_HERE = ["clause", "sentence", "bullet", "row"] as const;

/** A claim is published at once from this confidence on; below, it is held for an admin. */
export const PUBLISH_CONFIDENCE = 0.7;

const SET_CUE =
  /(?<!\p{L})(together|in total|in all|altogether|combined|overall|jointly|all (of )?(the |these )?(\p{L}+ )?(projects|plants|facilities|companies|investors|factories)|(the|these|those|approved|new|such|under the) (\p{L}+ ){0,2}(projects|plants|facilities|initiatives|factories|manufacturers|investors|agreements|decrees|resolutions)|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|\d+) (new )?([\p{L}-]+ )?(projects|plants|facilities|factories|initiatives)|всего|в общей сложности|в целом|итого|суммарн\p{L}*|совокупн\p{L}*|вместе|(стоимост|объ[её]м)\p{L}* (\p{L}+ )?проект(ов|ы)|(все|эти|новые|одобренные) (\p{L}+ )?(проекты|заводы|предприятия|производства)|(два|три|четыре|пять|шесть|семь|восемь|девять|десять|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|(одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат|сорок)\p{L}*|\d+) (\p{L}+ )?(проекта|проектов|проектам|проектах|завода|заводов|заводах|предприятия|предприятий)|барлығы|жиыны|жалпы алғанда|(екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу|\d+) (\p{L}+ )?(жоба|зауыт|кәсіпорын)|жобалар\p{L}*|зауыттар\p{L}*|кәсіпорындар\p{L}*)/iu;
/** A region's own figure; an authority of the region ('the regional akimat', «акимат области») is no scope. */
const REGION_CUE =
  /(?<!\p{L})(region['’]s|regional(?!\s+(akimat|administration|authorit\p{L}*|government|governor|akim|officials?))|in the region(?!\p{L})|across the region(?!\p{L})|(?<!(head|chief|governor) of )the region(?!\p{L})(?!['’]s (governor|head|akim))|(?<!(акимат|аким|администраци|губернатор|глав|руководител)\p{L}*\s([А-ЯЁ]\p{L}+\s)?)области|(?<!(глав|руководител)\p{L}*\s)регион\p{L}*(?!\p{L})(?!\s+(акимат|администраци|власт|аким|басшы))|облыс(та|тың|қа|ы)?(?!\p{L})(?!\s+(әкім|басшы))|өңір\p{L}*|city['’]s|(?<!(акимат|аким|администраци|мэри)\p{L}*\s)города|қаласы(нда|ның))/iu;
const SECTOR_CUE =
  /(?<!\p{L})(?<!all |всех |барлық |(minister|ministry) of |министр\p{L}* )(sector|industry|industries|отрасл\p{L}*|сектор\p{L}*|промышленност\p{L}*|сала(сы|да|ға|ның|сында)?(?!\p{L})|секторы\p{L}*|өнеркәсіб\p{L}*)/iu;
/** A sentence without the words that say who reported it. */
function unattributed(text: string): string {
  return text
    .replace(/[,–—]\s*(?:сообщ|заяв|отмет|рассказ|переда|уточн|информир|пишет|говорит)\p{L}*\s[^,;]*$/iu, "")
    .replace(
      /,\s*(?:[^,;]{0,100}?\s)?(?:said|says|reported|reports|announced|stated|noted|told\s[^,;]+)\s*[.!]?$/iu,
      "",
    )
    .replace(/,?\s*\b(?:according to|по (?:данным|словам|информации|сообщению))\s[^,;.]+/iu, "")
    .replace(/,?\s*деп\s+(?:хабарла|мәлімде|атап өт|айт|жаз)\p{L}*[^;]*$/iu, "")
    .replace(/[^,.;]*(?:хабарлауынша|мәліметінше|дерегінше|сөзінше),?\s*/iu, "");
}

/** The sector the text just named ("this sector", «эта отрасль», «бұл сала»): after a region's projects, the region's. */
const THIS_SECTOR =
  /(?<!\p{L})((this|that) (sector|industry)|(эт(а|ой|у|ом)|данн\p{L}*) отрасл\p{L}*|(бұл|осы) сала\p{L}*)(?!\p{L})/iu;
/** A sector named bare ("into the industry", «в отрасль»): the article's own, when the article is about medicines. */
const BARE_SECTOR =
  /(?<!\p{L})((the|this|into|in) (sector|industry)|(в|во|эту|этой|данную|данной) отрасл\p{L}*)(?!\p{L})/iu;
const PROGRAMME_CUE =
  /(?<!\p{L})(programme|program|программ\p{L}*|бағдарлама\p{L}*|national project|национальн\p{L}* проект\p{L}*|ұлттық жоба\p{L}*|industriali[sz]ation map|карт\p{L}* индустриализации|индустрияландыру картасы\p{L}*|road ?map|дорожн\p{L}* карт\p{L}*)/iu;
/** A count of projects: "4 pharmaceutical projects", «5 инвестициялық жоба», «семь проектов». */
const COUNTED_PROJECTS =
  /(?<!\p{L})(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|два|три|четыре|пять|шесть|семь|восемь|девять|десять|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|(одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат|сорок)\p{L}*|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу)\s+([\p{L}-]+\s+){0,2}(projects|проект(а|ов|ам|ах)|жоба\p{L}*)(?!\p{L})/iu;
/** Some of the projects just counted: "two of these", "of them, three", «четыре из них», «осы жобалардың екеуі». */
const PART_OF_THESE =
  /(?<!\p{L})((\d+|two|three|four|five|six|seven|eight|nine|ten) of (these|them|those|the \d+)|of (these|them),? (\d+|two|three|four|five|six|seven|eight|nine|ten)|(\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять) из (них|этих)|из (них|этих)(\s+\p{L}+)?,? (\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)|(осы|бұл|олардың)(\s+\p{L}+)?\s+(екеуі|үшеуі|төртеуі|бесеуі|алтауы|жетеуі|сегізі|тоғызы|\d+-?(і|ы)))(?!\p{L})/iu;
/** A company named as one of the projects just counted: "One of them is", «В их числе», «Солардың бірі». */
export const ONE_OF_THEM =
  /(?<!\p{L})(one of (them|these|those|the projects)|among them|речь ид[её]т о|в их числе|среди них|одним из них|один из них|одн\p{L}* из (них|этих)|солардың бірі|олардың бірі|соның бірі|осылардың бірі)(?!\p{L})/iu;
/** Several projects said together in so many words: "all the projects", "both plants", «все проекты». */
const TOGETHER_SET =
  /(?<!\p{L})(all (of )?(the |these )?(projects|plants)|both|these projects|все (эти )?проекты|оба|барлық жоба\p{L}*)(?!\p{L})/iu;
/** A company named as one of several: "among six companies", «среди семи компаний», «арасында». */
const AMONG = /(?<!\p{L})(among|one of|среди|одн(ой|ого|а|у) из|арасында)(?!\p{L})/iu;
/** Projects or plants, counted or not. */
const PROJECTS_WORD =
  /(?<!\p{L})(projects|plants|factories|facilities|проект\p{L}*|завод\p{L}*|предприяти\p{L}*|жоба\p{L}*|зауыт\p{L}*|кәсіпорын\p{L}*)(?!\p{L})/iu;
/** An industrial zone or park named generically (a special economic zone is a place of the gazetteer). */
const INDUSTRIAL_ZONE =
  /(?<!\p{L})(industrial (zone|park|estate|cluster)|индустриальн\p{L}* (зон|парк)\p{L}*|промышленн\p{L}* (зон|парк)\p{L}*|индустриялық (аймақ|аймағ|парк)\p{L}*|индустриалды (аймақ|аймағ|парк)\p{L}*|өнеркәсіптік (аймақ|парк)\p{L}*)(?!\p{L})/iu;
/** The town or city the article named last: "the town", «в городе», «қалада». */
const TOWN =
  /(?<!\p{L})(the (town|city)|town['’]s|в город\p{L}*|город\p{L}*|қала(да|ның|сы|ға|мыз\p{L}*)?)(?!\p{L})/iu;
/** Said of the whole country, whatever else the clause names: "nationwide", «по всей стране», «ел бойынша». */
const WHOLE_COUNTRY =
  /(?<!\p{L})(nationwide|countrywide|across (the country|kazakhstan)|in the whole country|по (всей )?стране|по всему казахстану|по республике|ел бойынша|бүкіл ел\p{L}*|республика бойынша)(?!\p{L})/iu;
/** The article's own projects, referred to as such: "the new facilities", "these projects", «эти проекты». */
const THE_SET =
  /(?<!\p{L})((the|these|those|approved|new|four|three|two|five) (\p{L}+ ){0,2}(projects|plants|facilities|factories)|(эти|новые|одобренные|четыре|три|два) (\p{L}+ )?(проекты|заводы|предприятия|производства)|(осы|жаңа|мақұлданған) (\p{L}+ )?(жобалар|зауыттар|кәсіпорындар))(?!\p{L})/iu;
const COUNTRY_CUE =
  /(?<!\p{L})(country|countrywide|nationwide|national|the republic|kazakhstan['’]s|domestic|в стране|по стране|по всей стране|страны|республик\p{L}*|отечествен\p{L}*|елімізде|ел бойынша|республика\p{L}*|қазақстандағы|отандық)/iu;
const AGGREGATE_NOUN =
  /(?<!\p{L})(market|output|production|producers|manufacturers|imports?|share|volume|рын\p{L}*|объ[её]м\p{L}*|производств\p{L}*|импорт\p{L}*|дол[яиюе]|производител\p{L}*|нарық\p{L}*|көлем\p{L}*|өндіріс\p{L}*|үлес\p{L}*|өндіруш\p{L}*)/iu;
const CUMULATIVE_CUE =
  /(?<!\p{L})(already (invested|put)|has (so far |already )?invested|have (so far |already )?invested|to date|so far|since (19|20)\d\d|over the years|total (of )?(its|their) investments?|уже вложил\p{L}*|уже инвестировал\p{L}*|к настоящему времени|за вс[её] время|с (19|20)\d\d год\p{L}*|общий объ[её]м (е[её]|его|их) инвестиций|с уч[её]том расширения|бұған дейін|осы уақытқа дейін|қазірдің өзінде)/iu;
const TOGETHER =
  /(?<!\p{L})(together|jointly|joint|combined|in total|вместе|совместн\p{L}*|в общей сложности|бірлесіп|бірлескен|барлығы)/iu;
/** What a joint undertaking is called after: "the plant", "the joint venture", «завод», «СП», «зауыт». */
const JOINT_ANAPHOR =
  /(?<!\p{L})(the (plant|factory|facility|project|joint venture|venture|complex)|завод\p{L}*|предприяти\p{L}*|СП|проект\p{L}*|зауыт\p{L}*|кәсіпорын\p{L}*|жоба\p{L}*)(?!\p{L})/iu;
/** Staff and output of what already exists ("today about 500 people work there"): no project's figures. */
const EXISTING_CUE =
  /(?<!\p{L})(today|currently|at present|presently|now employs|already employs|сегодня|в настоящее время|ныне|сейчас|бүгінде|қазіргі (кезде|таңда|уақытта)|қазір)(?!\p{L})/iu;
const PRESENT_WORK =
  /(?<!\p{L})(employs|works|work|produces|makes|operates|has a (work)?force|работа\p{L}*|трудятся|выпускает|производит|жұмыс істейді|шығарады|істейді)(?!\p{L})/iu;
/** Who a company's self-description is about: the company itself, by name or word («Компанияда», "it"). */
const COMPANY_HOLDER =
  /(?<!\p{L})(the company|it|its|компани\p{L}*|на (е[её]|его|их) (предприятиях|заводах)|ол|оның)(?!\p{L})/iu;
/** What a project is: a plant, a line, a project («завод», «зауыт», «жоба»). */
const PLANT_HOLDER =
  /(?<!\p{L})(plant|factory|facility|project|complex|line|завод\p{L}*|фабрик\p{L}*|комплекс\p{L}*|проект\p{L}*|лини[яи]|цех\p{L}*|зауыт\p{L}*|жоба\p{L}*|кешен\p{L}*|кәсіпорын\p{L}*|желі\p{L}*)(?!\p{L})/iu;
/** A company as it is: it employs, has (not "has approved"), makes, exports. */
const AS_IT_IS =
  /(?<!\p{L})(employs|(has|have)(?!\s+(been|\p{L}+ed|\p{L}+en)(?!\p{L}))|makes|produces|exports|supplies|sells|operates|работа(ет|ют)|трудятся|выпускает|производит|экспортирует|поставляет|насчитывает|имеет|жұмыс істейді|шығарады|экспорттайды|жеткізеді|бар)(?!\p{L})/iu;
/** What is to come: a plan, a creation, something new ("will", «создаст», «ашылады», «-мақ»). */
const TO_COME =
  /(?<!\p{L})(will|would|shall|to be|is to|are to|plans?|planned|expected|new|once|creat\p{L}*|буд(ет|ут)|созда\p{L}*|планир\p{L}*|появ\p{L}*|после|нов\p{L}*|ашыл\p{L}*|ашады|құрыл\p{L}*|жаңа|(?!(еңбек|көмек|аймақ|тамақ|сабақ|жапырақ|топырақ)(?!\p{L}))\p{L}+(мақ|мек|бақ|бек|пақ|пек))(?!\p{L})/iu;

/**
 * A company telling of itself as it is ("The company employs 450 people", «на её предприятиях
 * работают 600 человек», «Компанияда 700 адам жұмыс істейді, ол 60 түрлі дәрі шығарады»): its
 * staff and range today are no figures of the project the article announces. Said of a plant or
 * of what is to come, a figure stays the project's («Зауытта 300 адам жұмыс істейді»).
 */
/** Four or more capitalised names in a row, set off by commas, none of them a place the sentence names. */
function listsNames(text: string, x: Mentions): boolean {
  const places = new Set(x.places.map((p) => text.slice(p.start, p.end)));
  const names = [
    ...text.matchAll(
      /(?:^|[,–—:]\s*)[«"“]?(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})[»"”]?(?=\s*(?:,|\s(?:and|и|және|және)\s))/gu,
    ),
  ]
    .map((m) => m[1] as string)
    .filter((n) => !places.has(n));
  return names.length >= 3;
}

export function companyAsItIs(x: Mentions): boolean {
  const text = x.sentence.text;
  const holder = COMPANY_HOLDER.test(text) || x.orgs.some((o) => o.role === "company");
  return holder && AS_IT_IS.test(text) && !PLANT_HOLDER.test(text) && !TO_COME.test(text);
}

/** A correction's withdrawn figure: "An earlier version of this article said …", «Ранее ошибочно сообщалось …». */
const RETRACTED =
  /(earlier version of this (article|report|story)|was (incorrectly|wrongly|erroneously|mistakenly) (reported|stated|given|written|published)|ранее ошибочно|ошибочно (сообщ|указ)\p{L}*|қате (жазыл\p{L}*|көрсетіл\p{L}*|хабарлан\p{L}*|беріл\p{L}*))/iu;
/** A sentence that says a figure was given wrongly ("was mistakenly written as 62 billion"). */
export function retracts(text: string): boolean {
  return RETRACTED.test(text);
}
/** A correction: "Correction: …", "should read", «Исправление:», «правильно —», «Дұрысы –», «Түзету:». */
const CORRECTION =
  /(?<!\p{L})(correction\s*:|corrected|should (have )?read|the correct (figure|number|amount) is|исправлени\p{L}*\s*:|исправлено|правильно\s*[—–:-]|следует читать|верно\s*[—–:-]|допущен\p{L}* ошибк\p{L}*|түзету\p{L}*|түзетіл\p{L}*|дұрысы\s*[—–:-]|дұрыс нұсқасы)/iu;
/** Before a figure a correction withdraws: "not 320", "instead of", «а не 30», «вместо». */
const WITHDRAWN_BEFORE = /(?<!\p{L})(not|instead of|rather than|а не|вместо|не)\s+$/iu;
/** After a figure (and its unit) a correction withdraws: "as stated earlier", «емес», «орнына», «деп қате». */
const WITHDRAWN_AFTER =
  /^[^\d,;.]{0,25}?(?<!\p{L})(as (previously |earlier )?(stated|reported|written|published)|(was|were) (stated|reported|given)|емес|орнына|деп қате|деп жазылған|ошибочно|как сообщалось)(?!\p{L})/iu;

/** A sentence that corrects a figure given before. */
export function isCorrection(text: string): boolean {
  return CORRECTION.test(text);
}

/** In a correction, the figure withdrawn: marked so next to it, or in a clause that says it was wrong. */
function withdrawn(text: string, f: FigureMention): boolean {
  if (WITHDRAWN_BEFORE.test(text.slice(Math.max(0, f.start - 20), f.start))) return true;
  if (WITHDRAWN_AFTER.test(text.slice(f.end))) return true;
  const [cs, ce] = clauses(text).find(([s, e]) => f.start >= s && f.start < e) ?? [0, text.length];
  return RETRACTED.test(text.slice(cs, ce));
}

/** Estimates a release recalls from earlier reports ("Earlier the investment was put at $45 million"): not its own figures. */
const EARLIER = /^["“«]?(earlier|previously|before that|ранее|прежде|до этого|бұрын|бұған дейін)[\s,]/iu;
/** An earlier figure recalled in an aside beside the new one: "(previously KZT 12bn)", «(ранее сообщалось о 150)», «(бұрын 200 … деп көрсетілген)». */
const EARLIER_ASIDE = /\(\s*(earlier|previously|formerly|ранее|прежде|бұрын|бұған дейін)(?!\p{L})[^()]*$/iu;
/**
 * A figure an earlier document gave, recalled beside the new one: "the memorandum signed last year
 * had put the investment at 24 bn", «в меморандуме прошлого года инвестиции оценивались в 24 млрд»,
 * «былтыр қол қойылған меморандумда инвестиция 24 млрд теңге деп бағаланған еді».
 */
export function recalled(text: string): boolean {
  return (
    (EARLIER_DOCUMENT.test(text) && EARLIER_ESTIMATE.test(text)) ||
    (YEAR.test(text) && DATED_ESTIMATE.test(text))
  );
}
/** «2020 жылдың желтоқсанында облыс әкімі … 7 млрд теңге деп бағалаған еді», "in 2020 the governor had put it at …": an estimate of a past year. */
const YEAR = /(?<!\d)(19|20)\d\d(?!\d)/u;
const DATED_ESTIMATE =
  /(?<!\p{L})(had (put|estimated|valued)|оценивал\p{L}*|бағала(ған|нған) еді)(?!\p{L})/iu;
const EARLIER_DOCUMENT =
  /(?<!\p{L})(memorand\p{L}*|MoU|last year|a year (ago|earlier)|initially|originally|earlier|previously|меморандум\p{L}*|в прошлом году|первоначально|изначально|былтыр|бастапқыда|өткен жылы)(?!\p{L})/iu;
const EARLIER_ESTIMATE =
  /(?<!\p{L})(had (put|estimated|valued|given|set|expected)|had been (put|estimated|valued|expected|planned)|(was|were) (originally|initially|earlier|previously) (put|estimated|valued)|оценивал\p{L}*|предполагал\p{L}*|планировал\p{L}*|говорилось|\p{L}+(ған|ген|қан|кен) еді)(?!\p{L})/iu;
/** A sector's figures are the pharmaceutical sector's only when the clause says so. */
const PHARMA_WORD = /(pharm|фарм|medicin|drug|лекарств|препарат|дәрі|health|здравоохран|денсаулық)/iu;
/** "a Turkish investor", «турецкий инвестор», «тағы бір инвестор»: someone new, not the company before. */
/** A sentence set apart from what came before: "Separately,", «Кроме того,», «Сонымен қатар». */
const SEPARATELY =
  /^["“«]?(separately|in addition|additionally|besides|also|кроме того|помимо этого|помимо того|отдельно|также|сонымен қатар|сонымен бірге|бұдан бөлек|бұдан басқа)(?!\p{L})/iu;
const NEW_PARTY =
  /(?<!\p{L})(an? (\p{L}+ )?(investor|company|firm)|another (\p{L}+ )?(investor|company|firm)|\p{L}+(ский|цкий|ская|цкая|ой)\s+(инвестор|компани\p{L}*)|друг\p{L}* (\p{L}+ )?(инвестор|компани)\p{L}*|ещ[её] одн\p{L}* (\p{L}+ )?(инвестор|компани)\p{L}*|тағы бір (\p{L}+ )?(инвестор|компания))(?!\p{L})/iu;
/** Money that is no investment: a market, an output, revenue, taxes. */
const NOT_INVESTMENT_CUE =
  /(?<!\p{L})(production volume|output|products? worth|worth of products|продукци\p{L}*|өнім\p{L}*|market|revenue|sales|exports?|imports?|turnover|trade|tax|salar|wage|товарооборот\p{L}*|торгов\p{L}*|айналым\p{L}*|сауда\p{L}*|объ[её]м\p{L}* производства|производств\p{L}* состав|рын(ок|к)\p{L}*|экспорт\p{L}*|импорт\p{L}*|выручк\p{L}*|продаж\p{L}*|налог\p{L}*|зарплат\p{L}*|өндіріс\p{L}* көлем\p{L}*|өнім\p{L}* өндіріс\p{L}*|нарық\p{L}*|салық\p{L}*|жалақы\p{L}*)/iu;
/** Contracts a buyer signs with makers: "long-term contracts", «долгосрочные договоры», «ұзақ мерзімді келісімшарттар». */
const PURCHASE_CONTRACT =
  /(?<!\p{L})((long-term|offtake|supply|purchase|procurement)\s+(contracts?|agreements?)|долгосрочн\p{L}*\s+(договор|контракт)\p{L}*|(договор|контракт)\p{L}*\s+(поставки|закупа|закупки)|ұзақ мерзімді келісімшарт\p{L}*)/iu;
const INVESTMENT_CUE =
  /(?<!\p{L})(invest|cost|worth|valued|capital|fund|financ|put\s|allocat|spend|инвест|вложен|вложит|вложат|стоимост|обойд|оценива|финансир|капитал|салым|құны|құн\s|қаржы|бөлін|жұмса)/iu;
/** "The company will …", "Завод …", "Зауыт …", "it", "египетская сторона": an earlier subject. */
export const ANAPHOR =
  /(?<!\p{L})(the (company|plant|facility|factory|project|enterprise|complex|firm|investor|producer|manufacturer|group)|it|its|this (plant|project|facility|company|complex|line)|the (production |new )?line|the new (plant|facility|complex|production)|завод\p{L}*|предприяти\p{L}*|компани\p{L}*|проект\p{L}*|фабрик\p{L}*|комплекс\p{L}*|инвестор\p{L}*|сторона|производств\p{L}*|зауыт\p{L}*|кәсіпорын\p{L}*|жоба\p{L}*|кешен\p{L}*|инвестор\p{L}*|ол|оның|they|their|они|их|олар|олардың)(?!\p{L})/iu;
/** One company or its plant referred back to: "the company's decision", «завод», «зауыты». */
const COMPANY_ANAPHOR =
  /(?<!\p{L})(the (company|plant|factory|firm|investor)(['’]s)?|компани[яи]|завод[ау]?|компанияның|зауыт(ы|тың)?|the parties|both sides|стороны|тараптар)(?!\p{L})/iu;
/** Plural pronouns: "they", «они», «олар» and their forms. */
const PLURAL_PRONOUN = /^(they|their|они|их|олар|олардың)$/iu;
/**
 * Whether a clause refers back to a company or plant named before: a plural pronoun after words
 * of the clause's own ("Three cities are being considered …, because they already have …") refers
 * to those words, not to a company; only one opening the clause may.
 */
export function refersBack(clause: string): boolean {
  for (const m of clause.matchAll(new RegExp(ANAPHOR.source, "giu"))) {
    // «производственные площадки» ("production sites"): an adjective, no production referred to.
    if (/^производствен/iu.test(m[0])) continue;
    // «для новых заводов», «жобалар», «компаний»: plants, projects or companies in general.
    if (
      /^(заводы|заводов|заводам|заводами|заводах|предприятий|проектов|компаний|фабрик|зауыттар\p{L}*|жобалар\p{L}*|кәсіпорындар\p{L}*|компаниялар\p{L}*|кешендер\p{L}*)$/iu.test(
        m[0],
      )
    )
      continue;
    const before = clause.slice(0, m.index ?? 0).match(/\p{L}+/gu) ?? [];
    // ("… Караганда и Павлодар, так как у них …, а их заводы …": their plants, the cities'.)
    const theirs = /^(their|их|олардың)$/iu.test(before.at(-1) ?? "");
    if (!PLURAL_PRONOUN.test(m[0]) && !theirs) return true;
    if (before.length <= (theirs ? 2 : 1)) return true;
  }
  return false;
}
/** A sentence naming no company continues about the project only if it speaks of one (its construction and the money allocated for it included). */
const PROJECT_WORD =
  /(phase|plant|facility|factory|project|complex|enterprise|company|investor|production|line|workshop|invest|jobs|medicines|construct|allocat|launch|release|batch|выпуск|партия|партию|партии|запуск|запуст|заработа|іске қос|завод|предприяти|проект|фабрик|комплекс|компани|инвестор|цех|линия|производств|рабоч|инвестиц|препарат|строител|строительств|выдел|зауыт|кәсіпорын|жоба|кешен|компания|желі|жұмыс|инвестиц|дәрі|препарат|өндіріс|құрылыс|бөлін|очеред|этап|кезең|алғашқы (?:\p{L}+ )?(?:өнім|партия)|first (?:\p{L}+ )?(?:product|output))/iu;

/** A sentence's opening run of two or more capitalised words (after "Separately,"), and where it ends. */
const OPENING_RUN =
  /^[«"“]?(?:(?:Separately|Meanwhile|Also|In addition|Кроме того|Также|Сондай-ақ|Бұдан бөлек),\s+)?((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\p{L}\d&'’.-]*\s+){1,3}[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\p{L}\d&'’.-]*)[»"”]?/u;

/** A sentence opened by a name the mentions did not read (no organisation, no place) doing a deed. */
function opensWithStranger(x: Mentions): boolean {
  const m = OPENING_RUN.exec(x.sentence.text);
  if (!m?.[1]) return false;
  const start = m[0].length - m[1].length - (/[»"”]$/u.test(m[0]) ? 1 : 0);
  const end = m[0].length;
  const known = [...x.orgs, ...x.places].some((o) => o.start < end && start < o.end);
  return !known && DOER_VERB.test(x.sentence.text.slice(end));
}

/**
 * A project told by what it is and costs, with no company: "a $35 million project to build a
 * syringe plant", «заморожен проект стоимостью $45 млн», «құны 30 млн доллар болатын жоба».
 */
// («Предприятие, расположенное в Акмолинской области, поставило 700 аппаратов на 310 млн», "the
// plant located in the Akmola region", «облыста орналасқан зауыт»: one unnamed company's.)
const UNNAMED_PROJECT =
  /(?<!\p{L})(?:an?\s+(?:[$\p{L}\d.,-]+\s+){0,4}?(?:project|plant|factory|facility)(?!\p{L})|(?:the|an?)\s+(?:plant|factory|enterprise|company)\s+(?:located|based)\s+in(?!\p{L})|(?:предприяти\p{L}*|завод\p{L}*|фабрик\p{L}*|компани\p{L}*),?\s+расположенн\p{L}*|орналасқан\s+(?:зауыт|кәсіпорын|компания)\p{L}*|(?:проект|завод|фабрик\p{L}*|предприяти\p{L}*)\s+стоимостью|құны\s+[^.;]{1,40}?\s(?:болатын|тұратын)\s+(?:жоба|зауыт|кәсіпорын)(?!\p{L}*лар))/iu;
/** The state as the doer: the country, its government, a ministry. */
const STATE_DOES =
  /(?<!\p{L})(Kazakhstan|the government|the ministry|the cabinet|Казахстан\p{L}*|правительств\p{L}*|министерств\p{L}*|Қазақстан\p{L}*|үкімет\p{L}*|министрлі\p{L}*)(?!\p{L})/u;
/** Spending, as a buyer spends: "spends … a year on", «тратит», «жұмсайды». */
const STATE_SPENDS =
  /(?<!\p{L})(spend\p{L}*|spent|тратит|тратят|тратил\p{L}*|расходует|жұмсай\p{L}*|жұмсал\p{L}*)(?!\p{L})/iu;
/** A plant or project said in a clause. */
const PLANT_SAID =
  /(?<!\p{L})(plant|factory|facility|project|line|завод\p{L}*|фабрик\p{L}*|проект\p{L}*|предприяти\p{L}*|зауыт\p{L}*|жоба\p{L}*|кәсіпорын\p{L}*)(?!\p{L})/iu;
/** Projects besides those told of: "the remaining projects", «остальные проекты», «қалған жобалар». */
const OTHER_PROJECTS =
  /(?<!\p{L})((the )?(remaining|other) (projects|plants|agreements|deals)|остальн\p{L}* (проект|завод|соглашени)\p{L}*|други\p{L}* (проект|завод)\p{L}*|қалған (жоба|зауыт|келісім)\p{L}*|басқа (жоба|зауыт)\p{L}*лар)(?!\p{L})/iu;
/** One project, not several: "the project", «проект», «жоба» — never "projects", «проекты», «жобалар». */
const ONE_PROJECT =
  /(?<!\p{L})(?:(?:the|this|a|an)\s+(?:[$\p{L}\d.,-]+\s+){0,4}?project(?!s|\p{L})|(?<!(?:\d|два|две|три|четыре|оба)\s)проект(?!\p{L})|жоба(?:сы)?(?!\p{L}))/iu;

/**
 * Whether a sentence naming no company tells of a project of its own (before it refers back to
 * anyone: "The company will build a plant worth …" is the company's): its figures are nobody's
 * here, and "the project" after it is that one, not the company of the paragraph before.
 */
function unnamedProject(x: Mentions): boolean {
  const text = x.sentence.text;
  const m = UNNAMED_PROJECT.exec(text);
  if (!m || x.orgs.some((o) => o.role === "company")) return false;
  // "a new tablet plant" is no project told by its cost ("a $35 million project", "a plant worth …").
  if (
    /^an?\s/iu.test(m[0]) &&
    !/\d/u.test(m[0]) &&
    !/^\s+(worth|valued|costing)\s/iu.test(text.slice(m.index + m[0].length))
  )
    return false;
  const before = text.slice(0, m.index);
  // «Предприятие стоимостью 4,1 млрд тенге …» opening the sentence is the enterprise just named.
  if (!/^an?\s/iu.test(m[0]) && !/\p{L}/u.test(before)) return false;
  return !refersBack(before) || NEW_PARTY.test(text);
}

/** Clause spans of a sentence: split at ; : – — and at "while", «а», «тогда как». */
export function clauses(text: string): [number, number][] {
  const cuts: number[] = [0];
  for (const m of text.matchAll(/;|:\s|\s[–—]\s|,\s(?:while|whereas|but|а|тогда как|ал|бірақ)\s/giu))
    cuts.push(m.index ?? 0);
  cuts.push(text.length);
  return cuts.slice(0, -1).map((c, i) => [c, cuts[i + 1] as number]);
}

const companiesIn = (a: Article, orgs: OrgMention[], from = 0, to = Number.POSITIVE_INFINITY) => [
  ...new Set(
    orgs
      .filter((o) => o.role === "company" && o.start >= from && o.start < to)
      .map((o) => a.byOrg.get(o.id))
      .filter((p): p is ArticleProject => !!p),
  ),
];

/**
 * The companies acting in a sentence: one named after "at" ("the line at Nobel Almaty
 * Pharmaceutical Factory") hosts the event and acts only when no other company does.
 */
export function actingOrgs(x: Mentions): OrgMention[] {
  const text = x.sentence.text;
  const acting = x.orgs.filter((o) => o.role === "company");
  // A host ("at X's plant", «на заводе X») or a source ("supplied from X's plant", «с производства
  // X», «X зауытынан») is named beside the one that acts, not acting itself.
  const hosts = acting.filter(
    (o) =>
      /(?<!\p{L})(at|на заводе|на площадке)\s+(the\s+)?$/iu.test(text.slice(0, o.start)) ||
      /(?<!\p{L})(from|с производства|с завода|с площадки|от)\s+(the\s+)?[«"“]?$/iu.test(
        text.slice(0, o.start),
      ),
  );
  const doers = hosts.length < acting.length ? acting.filter((o) => !hosts.includes(o)) : acting;
  // "X's sister company Y cancelled …": X only names whose Y is; Y is the one that acts.
  const owners = ownersAmong(text, doers);
  return doers.filter((o) => !owners.includes(o));
}

/**
 * The mentions naming only another company's owner or relative: beside the company that acts, or
 * all of them when the one that acts goes unnamed ("X's sister company cancelled its project").
 */
function ownersAmong(text: string, companies: OrgMention[]): OrgMention[] {
  const owners = companies.filter((o) => possessor(text, o));
  const actors = companies.filter((o) => !owners.includes(o));
  if (!actors.length) return owners;
  return owners.filter((o) => actors.some((a) => a.id !== o.id));
}

/** A sentence whose only companies are owners of an unnamed one that acts: nothing in it is theirs. */
export function onlyOwners(x: Mentions): boolean {
  const companies = x.orgs.filter((o) => o.role === "company");
  return companies.length > 0 && ownersAmong(x.sentence.text, companies).length === companies.length;
}

/** After a name: its possessive before a relation ("X's sister company", «X-тың еншілес», «X-ке қарасты»). */
const OWNER_AFTER =
  /^»?\s*(LLP|JSC|ТОО|АО|ЖШС|АҚ)?\s*((['’]s?|-?(тың|тің|дың|дің|ның|нің)|\s*(компания|холдинг|тоб|топ)\p{L}*(ның|нің|тың|тің))\s+(\p{L}+\s+)?(sister|parent|subsidiary|affiliate|daughter|sibling|unit|division|arm|еншілес|туыс|бас компания)|-?(ға|ге|қа|ке)\s+қарасты)/iu;
/** Before a name: a relation to it ("a subsidiary of X", «дочерняя компания X»). */
const OWNER_BEFORE =
  /((sister|parent|subsidiary|affiliate|daughter|owner|unit|division|arm|member)\s+(company\s+|firm\s+)?of\s+(the\s+)?(\p{Lu}[\p{L}-]+(\s+\p{Lu}[\p{L}-]+)?['’]s\s+)?|(дочерн|сестринск|материнск|родственн|аффилированн|головн)\p{L}*\s+(компани|структур|предприяти|организаци|фирм)\p{L}*\s+(ТОО\s+|АО\s+)?«?)$/iu;

/** The sentence's organisations but those named only as another company's owner or relative. */
function withoutOwners(x: Mentions): OrgMention[] {
  const owners = ownersAmong(
    x.sentence.text,
    x.orgs.filter((o) => o.role === "company"),
  );
  return x.orgs.filter((o) => !owners.includes(o));
}

/** A company named only as another's owner or relative, not as the one that acts. */
function possessor(text: string, o: OrgMention): boolean {
  return OWNER_AFTER.test(text.slice(o.end)) || OWNER_BEFORE.test(text.slice(0, o.start));
}

/** Tracks, sentence by sentence, which project a "the company" or a bare sentence refers to. */
export class SubjectReader {
  /** The last project named alone: the antecedent of "the company / the plant". */
  private focus: ArticleProject | undefined;
  /** The block (paragraph or item) where the focus was last named or referred to. */
  private focusBlock = -1;
  /** The project the current paragraph is about (null once a sentence names several). */
  private paragraph: ArticleProject | null | undefined;
  /** The company a list item or row named, for its later sentences ("- Orda Pharm has begun … The project is worth $40M"). */
  private item: ArticleProject | undefined;
  private block = -1;
  /** Each bullet's or row's subject, by the index of the sentence introducing its list. */
  private readonly introSubject = new Map<number, ArticleProject>();
  private readonly only: ArticleProject | undefined;
  /** The companies of a joint plant or venture the article told of: "the plant" after it is theirs together. */
  private joint: ArticleProject[] | undefined;
  /** The last region or city the article named: what "the region" refers to. */
  private lastPlace: string | undefined;
  private lastPlaceBlock = -1;
  /** The figures given to a region, sector or set so far: told again ("the rest of the 61 billion"), they are nobody's. */
  private readonly scopeFigures = new Set<string>();
  /** The last region the article named itself ("The East Kazakhstan Region has published …"). */
  private namedRegion: string | undefined;
  /** The places each project was named with: "the plant in X" is no project never placed in X. */
  private readonly placesOf = new Map<ArticleProject, Set<string>>();
  /** The region whose figures the paragraph gave last, and that paragraph ("37 projects … the projects will bring 5,600 jobs"). */
  /** The region a figure was last given to, and how many projects the article counted for it. */
  private lastRegion:
    | { ref: ScopeRef; block: number; projects?: number | undefined; sentence?: number }
    | undefined;
  /** The paragraph whose figure was last the announced set's ("… with seven companies on 13 projects"). */
  private setBlock = -1;
  /** The country the article says each of its companies is from ("Razi Pharmed, a drug maker from Iran"). */
  private readonly origins: Map<string, string>;
  /** A project the article told of without its company, until a company is named again. */
  private stranger = false;

  constructor(
    private readonly a: Article,
    /** The region a place lies in: "the region's industry" after «Талдықорған» is Жетісу Region's. */
    private readonly regionOf: (place: string) => string = (p) => p,
    /** The places the sources already give a project: "the plant in Karaganda" is Nura's when an earlier report placed it there. */
    knownSites: (project: string) => string[] = () => [],
  ) {
    for (const p of a.projects) {
      const sites = knownSites(p.project);
      if (sites.length) this.placesOf.set(p, new Set(sites.flatMap((s) => [s, regionOf(s)])));
    }
    this.origins = originsOf(a.m.mentions);
    const bodyProjects = a.projects.filter((p) => p.first >= 0);
    const all = a.projects;
    // A digest of items under their own bold heads tells of several undertakings, even when it
    // names one company: that company is its item's, never the lead's or another item's.
    const heads = new Set(
      a.doc.sentences
        // (An interview's bold questions, "**How many jobs?**", head no items of their own.)
        .filter((x) => (x.part === "bullet" || x.part === "text") && BOLD_HEAD_START.test(x.text))
        .filter((x) => !/^\*\*[^*]*\?\*\*/u.test(x.text))
        .map((x) => x.block),
    );
    this.digest = heads;
    this.only =
      heads.size >= 2
        ? undefined
        : all.length === 1
          ? all[0]
          : bodyProjects.length === 1 && all.length === 1
            ? bodyProjects[0]
            : undefined;
  }
  /** The blocks of a digest's bold-headed items. */
  private readonly digest: Set<number>;

  /** Moves past a sentence, updating the focus; call for every sentence in order. */
  see(x: Mentions): void {
    if (x.sentence.block !== this.block) {
      if (x.sentence.part === "text") this.paragraph = undefined;
      this.item = undefined;
      this.block = x.sentence.block;
    }
    const named = companiesIn(this.a, actingOrgs(x));
    const listed = x.sentence.part === "bullet" || x.sentence.part === "row";
    if (listed && named.length === 1 && this.item === undefined) this.item = named[0];
    const place = x.places.at(-1)?.id;
    if (place) {
      this.lastPlace = place;
      this.lastPlaceBlock = x.sentence.block;
    }
    for (const p of x.places) if (this.regionOf(p.id) === p.id) this.namedRegion = p.id;
    // "Ertis Vet and the akimat signed …" with the name unread: someone new, so "the project" after
    // it is nobody the article knows (never the company of the paragraph before).
    if (named.length === 0 && x.sentence.part === "text" && opensWithStranger(x)) {
      this.paragraph = null;
      this.focus = undefined;
    }
    if (named.length > 0) this.stranger = false;
    else if (
      x.sentence.part === "text" &&
      !this.byOrigin(x.sentence.text) &&
      (unnamedProject(x) || OTHER_PROJECTS.test(x.sentence.text))
    ) {
      this.stranger = true;
      this.paragraph = null;
      this.focus = undefined;
    }
    if (named.length === 1) {
      const seen = this.placesOf.get(named[0] as ArticleProject) ?? new Set<string>();
      for (const p of x.places) seen.add(p.id).add(this.regionOf(p.id));
      this.placesOf.set(named[0] as ArticleProject, seen);
    }
    if (x.sentence.part === "headline") return;
    // "The Iranian company plans to invest …" names the article's company from Iran.
    const origin = named.length === 0 ? this.byOrigin(x.sentence.text) : undefined;
    if (origin) {
      this.focus = origin;
      this.focusBlock = x.sentence.block;
      if (x.sentence.part === "text") this.paragraph = origin;
    }
    // «Олар – Roche, Novo Nordisk, AstraZeneca, Sandoz …»: a list of names, of which the article
    // knows one, speaks of them all — what follows is none of them alone.
    const many = named.length > 1 || (x.sentence.part === "text" && listsNames(x.sentence.text, x));
    if (named.length === 1 && !many) {
      this.focus = named[0];
      this.focusBlock = x.sentence.block;
      if (x.sentence.part === "text") this.paragraph = named[0];
      if (x.sentence.part === "text" && x.sentence.heading)
        this.introSubject.set(x.sentence.index, named[0] as ArticleProject);
    } else if (many && x.sentence.part === "text") {
      this.paragraph = null;
      this.focus = undefined;
      // "A and B signed an agreement to build a joint insulin plant": "the plant" from here on is theirs.
      if (JOINT.test(x.sentence.text) || ONE_PLANT_OF_TWO.test(x.sentence.text)) this.joint = named;
    }
  }

  /**
   * The subject of one figure of a sentence already `see`n. A figure of one phase of a project
   * ("the first phase, 14.2 billion tenge", «первая очередь», «бірінші кезеңі») is that phase's:
   * stored apart from the project, so it never replaces the whole project's figure.
   */
  assign(x: Mentions, f: FigureMention): Assigned {
    // The figure an earlier document or estimate gave, recalled beside the new one, is nobody's now
    // (the sentence still speaks of its project: its plans and partners stay the project's).
    const [cs, ce] = clauses(x.sentence.text).find(([s, e]) => f.start >= s && f.start < e) ?? [
      0,
      x.sentence.text.length,
    ];
    if (recalled(x.sentence.text.slice(cs, ce))) return { kind: "none", why: "noSubject", candidates: [] };
    const r = this.restated(f, this.assignWhole(x, f));
    if (r.kind === "scope" && r.scope.kind === "set" && x.sentence.part === "text" && this.isTheSet(r.scope))
      this.setBlock = x.sentence.block;
    const phase = r.kind === "project" ? phaseOf(x.sentence.text, f) : null;
    if (r.kind !== "project" || !phase) return r;
    return {
      kind: "scope",
      scope: { kind: "company", organisation: r.project.company, label: `phase-${phase}` },
      reason: "scope",
      confidence: r.confidence,
    };
  }

  /**
   * A total told again later ("the rest of the 61 billion tenge falls to projects …") is the
   * scope's, said before: no company's by the paragraph or the anaphor, and no second claim.
   */
  private restated(f: FigureMention, r: Assigned): Assigned {
    const key = `${f.attribute}|${f.value}|${f.upTo ?? ""}`;
    if (r.kind === "scope") {
      if (r.scope.kind !== "company") this.scopeFigures.add(key);
      return r;
    }
    if (!this.scopeFigures.has(key)) return r;
    if (r.kind === "project" && (NAMED_HERE as readonly string[]).includes(r.reason)) return r;
    return { kind: "none", why: "noSubject", candidates: [] };
  }

  /** The subject as if the figure were the whole project's: who a sentence is about. */
  assignWhole(x: Mentions, f: FigureMention): Assigned {
    const text = x.sentence.text;
    if (onlyOwners(x)) return { kind: "none", why: "noSubject", candidates: [] };
    const [cs, ce] = clauses(text).find(([s, e]) => f.start >= s && f.start < e) ?? [0, text.length];
    const clause = text.slice(cs, ce);
    // "Y, a subsidiary of X, will invest …": the owner named beside the investor has no figure here.
    const orgs = notMembers(text, withoutOwners(x), f);
    const inSentence = companiesIn(this.a, orgs);
    // A list item headed by a company ("Tobyl Pharm – a plant in Rudny, 15.6 billion tenge …"): its figures are the head's.
    const head = itemHead(this.a, x);
    const own = companiesIn(this.a, orgs, cs, ce);
    const inClause = own.length === 0 && head ? [head] : own;
    const candidates = this.a.projects;
    const money = f.attribute === "investmentKzt" || f.attribute === "investmentUsd";
    if (
      (f.attribute === "jobs" || f.attribute === "medicines") &&
      ((EXISTING_CUE.test(text) && PRESENT_WORK.test(text)) || companyAsItIs(x))
    )
      return { kind: "none", why: "existing", candidates: [] };
    // «Институтта 350-ден астам адам жұмыс істейді», "more than 350 people work at the institute":
    // the staff of a place no company or plant of the article is, no jobs of anyone's project.
    if (
      f.attribute === "jobs" &&
      !x.orgs.some((o) => o.role === "company") &&
      PRESENT_WORK.test(text) &&
      !TO_COME.test(text) &&
      !PLANT_SAID.test(text)
    )
      return { kind: "none", why: "existing", candidates: [] };
    // "Correction: an earlier version said 16 medicines": a figure withdrawn is nobody's, and so is
    // one recalled beside the new ("260 jobs (earlier 210)"). A correction's right figure stands ("Correction: … should read 230 jobs, not 320"); its wrong one is nobody's.
    const correction = isCorrection(text);
    if (
      correction
        ? withdrawn(text, f)
        : RETRACTED.test(text) || EARLIER.test(text) || EARLIER_ASIDE.test(text.slice(0, f.start))
    )
      return { kind: "none", why: "noSubject", candidates: [] };
    // "… projects worth 143.3 billion. One of them is a sodium cyanide plant of 25,000 tonnes a
    // year", «Олардың бірі – …»: a member of the set just told, named by no company, is none's.
    // («Речь идёт о 7 миллиардах», "we are talking of", is the speaker's own project's.)
    const opener = text.slice(0, 30);
    if (!inClause.length && ONE_OF_THEM.test(opener) && !/речь ид[её]т/iu.test(opener))
      return { kind: "none", why: "noSubject", candidates: [] };
    // "ready to invest another KZT 39.5bn and hire 150 to 200 more people", «дополнительно 5 млрд»:
    // an amount on top of the project's, never its figure.
    const before = text.slice(Math.max(0, f.start - 30), f.start);
    if (
      ADDITIONAL_BEFORE.test(before) ||
      ADDITIONAL_AFTER.test(text.slice(f.end)) ||
      (f.attribute === "jobs" && MORE_JOBS_BEFORE.test(before))
    )
      return { kind: "none", why: "noSubject", candidates: [] };
    // "A and B will build plants worth 10 and 6 billion tenge respectively": in the order named.
    if (RESPECTIVELY.test(text)) return this.respectively(x, f);
    // "Separately, the city approved a wind farm worth $35M": something else, neither the place's
    // total nor the article's company's, unless the sentence names its company.
    // «Кроме того, подписано соглашение с партнёром Y»: a partner of the project goes on about it.
    // ("Besides SteppeGrip, the plant also makes …" goes on about the plant.)
    if (
      inSentence.length === 0 &&
      SEPARATELY.test(text) &&
      !PLANT_DOER.test(text) &&
      !x.orgs.some((o) => o.role === "partner")
    )
      return { kind: "none", why: "noSubject", candidates: [] };
    // "This year the region plans to attract 600 billion tenge": a target, not what anyone has.
    // (A target share of the market, "55% by 2035", is the country's, read as a target.)
    if (inClause.length === 0 && TARGET.test(clause) && f.attribute !== "shareTarget")
      return { kind: "none", why: "noSubject", candidates: [] };
    // «сообщил о приостановке двух проектов», "the suspension of three projects": a count of
    // projects stopped is no count of the place's projects, nor anyone's figure.
    if (f.attribute === "projects" && inClause.length === 0 && stoppedIn(clause))
      return { kind: "none", why: "stopped", candidates: [] };
    // "listed X among six companies negotiating 11 projects worth more than 14 billion", «X среди
    // семи компаний … 13 проектов»: the total of projects the article does not name, no company's.
    const counted = COUNTED_PROJECTS.exec(clause);
    if (counted && counted.index < f.start - cs && AMONG.test(clause.slice(0, counted.index)))
      return { kind: "none", why: "noSubject", candidates: [] };
    // "long-term contracts with 18 producers worth 212 billion tenge": what a buyer will pay, no
    // one's investment (nor the country's).
    // ("the country spends about 12 billion tenge a year on such products": the state's purchases.)
    if (
      money &&
      ((PURCHASE_CONTRACT.test(clause) && !/(invest|инвест|салым)/iu.test(clause)) ||
        (STATE_SPENDS.test(clause) &&
          /(?<!\p{L})(the country|the state|страна|государство|ел|мемлекет)(?!\p{L})/iu.test(clause)))
    )
      return { kind: "none", why: "notInvestment", candidates: [] };
    const scope = this.scopeOf(x, clause, inClause, inSentence, f, cs);
    if (scope) return { kind: "scope", scope, reason: "scope", confidence: 0.85 };
    // "trade between the two countries reached $6 billion; … with Korean capital": the word just
    // before the amount says what it is, whatever else the clause speaks of.
    const lead = text.slice(Math.max(0, f.start - 40), f.start);
    // "Trade between India and Kazakhstan is worth nearly $1 billion": what the clause opens with is
    // what the money is, "worth" only says how much.
    const opening = clause.trimStart().split(/\s+/u).slice(0, 2).join(" ");
    if (
      money &&
      ((NOT_INVESTMENT_CUE.test(clause) && !INVESTMENT_CUE.test(clause)) ||
        (NOT_INVESTMENT_CUE.test(lead) && !INVESTMENT_CUE.test(lead)) ||
        (NOT_INVESTMENT_CUE.test(opening) && !/(invest|инвест|салым)/iu.test(opening)))
    )
      return { kind: "none", why: "notInvestment", candidates: [] };
    if (!isProjectFigure(f)) return { kind: "none", why: "noSubject", candidates: [] };
    if (inClause.length === 1) return this.project(inClause[0] as ArticleProject, "clause", 0.95);
    if (inClause.length > 1) return this.nearest(x, f, inClause, cs);
    if (inSentence.length === 1) return this.project(inSentence[0] as ArticleProject, "sentence", 0.9);
    if (inSentence.length > 1) return this.nearest(x, f, inSentence, 0);
    const place = this.placeSubject(x, clause, cs, f);
    if (place) return { kind: "scope", scope: place, reason: "scope", confidence: 0.8 };
    // "… 15 projects worth 410 billion, including X's plant. They will create 3,000 jobs": the projects'.
    if (PLURAL_ANAPHOR.test(text) && this.lastRegion && x.sentence.block - this.lastRegion.block <= 1)
      return { kind: "scope", scope: this.lastRegion.ref, reason: "scope", confidence: 0.8 };
    const set = this.setGoesOn(x);
    if (set) return { kind: "scope", scope: set, reason: "scope", confidence: 0.8 };
    return this.fromContext(x, clause, candidates);
  }

  /** The i-th figure of its kind to the i-th company named, when the counts match; else nobody's. */
  private respectively(x: Mentions, f: FigureMention): Assigned {
    const companies = [
      ...new Set(
        withoutOwners(x)
          .filter((o) => o.role === "company" && o.start < f.start)
          .map((o) => this.a.byOrg.get(o.id))
          .filter((p): p is ArticleProject => !!p),
      ),
    ];
    const same = x.figures.filter((g) => g.attribute === f.attribute);
    const i = same.indexOf(f);
    const p = companies[i];
    if (companies.length < 2 || same.length !== companies.length || !p)
      return { kind: "none", why: "severalSubjects", candidates: companies };
    return this.project(p, "clause", 0.9);
  }

  /** The one company of the article from the country a text refers to it by ("the Iranian company", «компания из Ирана»). */
  private byOrigin(text: string): ArticleProject | undefined {
    const country = originReference(text);
    if (!country) return undefined;
    const from = this.a.projects.filter((p) => [...p.orgs].some((o) => this.origins.get(o) === country));
    return from.length === 1 ? from[0] : undefined;
  }

  /**
   * A sentence with no figure that a place's words would give to the place («тараптар Семей
   * қаласында … меморандумға қол қойды», "the parties signed … in the city"): when it refers back to
   * a company or its plant, it is about the article's one project — a place has no stage or site.
   */
  referredOnly(x: Mentions, whole: Assigned): Extract<Assigned, { kind: "project" }> | undefined {
    if (x.figures.length || !this.only || !COMPANY_ANAPHOR.test(x.sentence.text)) return undefined;
    // («стороны подписали меморандум»: the parties, no one named, are the article's one project.)
    if (whole.kind !== "scope" && !(whole.kind === "none" && whole.why === "noSubject")) return undefined;
    return {
      kind: "project",
      project: this.only,
      reason: "anaphor",
      confidence: 0.85,
      candidates: [this.only],
    };
  }

  private project(p: ArticleProject, reason: SubjectReason, confidence: number): Assigned {
    return { kind: "project", project: p, reason, confidence, candidates: [p] };
  }

  /**
   * A sentence naming no company right after the paragraph's list of the set's companies ("These
   * are A, B and C. The investment will exceed 17 billion tenge.") goes on about the set: its
   * figure is the set's, never the last-named company's.
   */
  private setGoesOn(x: Mentions): ScopeRef | null {
    const set = this.a.set;
    const listed = set ? this.a.doc.sentences[set.sentence] : undefined;
    if (!set || !listed || this.item) return null;
    const s = x.sentence;
    // "… with seven companies on 13 projects. The cost will be more than 17 billion": the paragraph
    // whose figure was the set's goes on about it while it names no company.
    if (s.part === "text" && s.block === this.setBlock && !this.paragraph)
      return { kind: "set", members: set.members };
    if (this.paragraph !== null) return null;
    return s.part === "text" && s.block === listed.block && s.index > listed.index
      ? { kind: "set", members: set.members }
      : null;
  }

  /** A set of the article's announced set's members. */
  private isTheSet(ref: ScopeRef): boolean {
    const members = this.a.set?.members ?? [];
    return ref.members?.length === members.length && members.every((m) => ref.members?.includes(m));
  }

  /** Several companies: the one named last before the figure, when each has its own figures. */
  private nearest(x: Mentions, f: FigureMention, named: ArticleProject[], from: number): Assigned {
    const before = withoutOwners(x)
      .filter((o) => o.role === "company" && o.start >= from && o.end <= f.start)
      .at(-1);
    const p = before ? this.a.byOrg.get(before.id) : undefined;
    if (p) return { kind: "project", project: p, reason: "clause", confidence: 0.75, candidates: named };
    return { kind: "none", why: "severalSubjects", candidates: named };
  }

  /** No company in the sentence: a bullet's list, an anaphor, the paragraph, the only project. */
  private fromContext(x: Mentions, clause: string, candidates: ArticleProject[]): Assigned {
    const s = x.sentence;
    const hold = (confidence: number, p?: ArticleProject): Assigned =>
      p
        ? { kind: "project", project: p, reason: "anaphor", confidence, candidates }
        : { kind: "none", why: candidates.length > 1 ? "severalSubjects" : "noSubject", candidates };
    // "a Turkish investor is building a packaging plant": someone new, no company of this article.
    // (A partner named is that party: «соглашение с венгерской компанией Pannon Bio» goes on about the project.)
    const partner = x.orgs.some((o) => o.role === "partner");
    // "The Iranian company will invest …", «Компания из Ирана намерена вложить …»: the article's
    // one company from there, never the company named last.
    const origin = this.byOrigin(clause);
    if (origin) return this.project(origin, "anaphor", 0.9);
    if (NEW_PARTY.test(clause) && !partner) return { kind: "none", why: "noSubject", candidates: [] };
    // "In the Pavlodar Region, a $35 million project … has been frozen. In all, the project was to
    // create up to 120 jobs": that project's, whose company the article does not name.
    if (this.stranger) return { kind: "none", why: "noSubject", candidates: [] };
    // "QazVac output will be raised to 600,000 doses": a product's figure, no project's.
    // ("Besides SteppeGrip, the plant also makes …": the plant named as the doer is still the plant.)
    if (x.products.length && !PLANT_DOER.test(clause))
      return { kind: "none", why: "noSubject", candidates: [] };
    // "the plant in the Zhambyl region" is not a plant the article never placed there.
    const placed = placedAnaphor(x);
    const target = this.paragraph ?? this.focus ?? this.only;
    if (placed && target && !this.placesOf.get(target)?.has(this.regionOf(placed)))
      return { kind: "none", why: "noSubject", candidates };
    if (this.item) return this.project(this.item, "bullet", 0.9);
    // "- **Hearing aids, Mangystau.** A new facility … opened": an item under its own head that
    // names no company is no other item's.
    if (this.digest.has(s.block)) return { kind: "none", why: "noSubject", candidates: [] };
    // "Astana Medica will hold 51% of the joint venture. 'The plant will create 240 jobs'": the
    // joint plant's, never the one partner's named last.
    // (An article of one joint project only: its figures are the joint project's, "the plant" said or not.)
    const joint = this.joint;
    if (joint && (JOINT_ANAPHOR.test(clause) || this.a.projects.every((p) => joint.includes(p))))
      return {
        kind: "scope",
        scope: { kind: "set", members: joint, label: "joint" },
        reason: "scope",
        confidence: 0.8,
      };
    if ((s.part === "bullet" || s.part === "row") && s.intro !== undefined) {
      const intro = this.introSubject.get(s.intro) ?? this.paragraph ?? this.only;
      if (intro) return this.project(intro, "bullet", 0.85);
    }
    // A correction ("Дұрысы – 59 млн АҚШ доллары") speaks of the figure the paragraph just gave.
    // "The first, worth 10 billion tenge, …", «Екіншісінің құны …»: a phase speaks of its project.
    const phased = phaseOf(s.text, { start: s.text.length, end: s.text.length }) !== null;
    const speaks =
      PROJECT_WORD.test(s.text) || x.orgs.some((o) => o.role === "partner") || isCorrection(s.text) || phased;
    // A paragraph of phases right after the one about a project ("Construction has begun on X's
    // plant. / The first phase, worth 15 billion tenge, …") goes on about that project.
    if (phased && !this.paragraph && this.focus && s.part === "text" && s.block - this.focusBlock <= 1) {
      this.focusBlock = s.block;
      return this.project(this.focus, "anaphor", 0.8);
    }
    // (The sentence's opening in whole words: a cut «производственные» is no «производств…».)
    const opening = s.text
      .slice(0, 40)
      .replace(/\p{L}+$/u, (w) => (/\p{L}/u.test(s.text[40] ?? "") ? "" : w));
    if ((refersBack(clause) || refersBack(opening)) && !NEW_PARTY.test(clause)) {
      if (this.paragraph) return this.project(this.paragraph, "anaphor", 0.9);
      if (this.focus && this.only === this.focus) return this.project(this.focus, "anaphor", 0.85);
      // The company of the paragraph just before, with none named since: "… Ertis Biotech gave up the
      // project. / In 2024 the company planned to invest …".
      if (this.focus && s.part === "text" && s.block - this.focusBlock <= 1) {
        this.focusBlock = s.block;
        return this.project(this.focus, "anaphor", 0.8);
      }
      if (this.focus) return hold(0.6, this.focus);
    }
    if (this.paragraph && speaks) return this.project(this.paragraph, "paragraph", 0.8);
    // "Kazakhstan has set maximum prices for more than 7,000 medicines", before any company is
    // named and of no plant: the state's doing, not the company the article names later.
    if (this.only && this.only.first > s.index && STATE_DOES.test(clause) && !PLANT_SAID.test(clause))
      return { kind: "none", why: "noSubject", candidates: [] };
    if (this.only && speaks && this.paragraph !== null)
      return this.project(this.only, this.only.first < 0 ? "headline" : "onlyProject", 0.85);
    if (this.only && speaks) return hold(0.6, this.only);
    return hold(0);
  }

  /**
   * A clause about a place, naming no company and no plant ("The industrial zone of Taraz will
   * create 320 jobs", «Таразда 320 жұмыс орны ашылады», "the town will get 320 jobs"): the
   * place's figure, never the article's company's.
   */
  private placeSubject(x: Mentions, clause: string, cs: number, f: FigureMention): ScopeRef | null {
    if (x.sentence.part === "bullet" || x.sentence.part === "row" || this.item) return null;
    if (ANAPHOR.test(clause) || NEW_PARTY.test(clause)) return null;
    // "In the Pavlodar Region, a $35 million project …": one project there, not the place's figure.
    if (UNNAMED_PROJECT.test(clause) && !COUNTED_PROJECTS.test(clause)) return null;
    const lead = (at: number) => x.sentence.text.slice(cs, at).split(/\s+/u).filter(Boolean).length <= 4;
    const named = x.places.find((p) => p.start >= cs && p.end <= f.start && lead(p.start));
    if (named) return { kind: "region", place: named.id };
    const town = TOWN.exec(clause);
    if (town && this.lastPlace && town.index < f.start - cs && lead(cs + town.index))
      return { kind: "region", place: this.lastPlace };
    return null;
  }

  /** "The region" of a clause naming no place: the region of the place the article named last. */
  private region(): ScopeRef {
    const place = this.namedRegion ?? (this.lastPlace ? this.regionOf(this.lastPlace) : undefined);
    return { kind: "region", ...(place ? { place } : {}) };
  }

  /** The scope a clause speaks of, when its figure belongs to no single company. */
  private scopeOf(
    x: Mentions,
    clause: string,
    inClause: ArticleProject[],
    inSentence: ArticleProject[],
    f: FigureMention,
    cs: number,
  ): ScopeRef | null {
    const text = x.sentence.text;
    // "Including Hanul's project, the region has 4 projects worth 48 billion": the projects', not Hanul's.
    const counted = COUNTED_PROJECTS.exec(clause);
    const ofProjects = !!counted && counted.index < f.start - cs;
    const single = inClause.length === 1 && !ofProjects ? inClause[0] : undefined;
    // "Pfizer, Çalık, Alarko and several other foreign companies signed contracts worth $1.6 billion
    // at the round table": a list left open is the event's total, never the named companies' set
    // nor the one of them the article knows.
    const open = OPEN_LIST.test(clause) ? eventOf(clause) : undefined;
    if (open && f.attribute !== "jobs") return { kind: "event", label: open };
    if (single && CUMULATIVE_CUE.test(clause)) return companyScope(single, clause);
    if (single) return null;
    // "Hetero Labs and Dosfarm will jointly build a plant …, investing KZT 18 billion": their joint
    // project's, neither one's alone.
    if (inClause.length > 1 && (JOINT.test(clause) || ONE_PLANT_OF_TWO.test(clause)))
      return { kind: "set", members: inClause, label: "joint" };
    if (inClause.length > 1 && TOGETHER.test(clause)) return { kind: "set", members: inClause };
    // "Altogether 26 memorandums were signed" beside an article's three projects: more documents
    // than the set has members are the event's, not the set's.
    const documents = f.attribute === "agreements" ? eventOf(clause) : undefined;
    if (documents && this.a.set && f.value > this.a.set.members.length)
      return { kind: "event", label: documents };
    // "The agreements with A, B and C add up to 60 billion": the list's, not C's.
    const listed = enumerated(this.a, x, f);
    if (listed.length >= 2 && listed.length === inClause.length) return { kind: "set", members: listed };
    if (inClause.length > 1) return null;
    // "Two of these projects are in pharmaceuticals: together 38.5 billion tenge", «Четыре из них
    // относятся к фармацевтике», «Осы жобалардың екеуі фармацевтика саласына жатады»: the share of
    // the region's projects in the sector, a scope of its own — never a company's, nor the country's.
    const recent =
      this.lastRegion && x.sentence.block - this.lastRegion.block <= 1 ? this.lastRegion.ref : null;
    const share =
      !inClause.length &&
      f.attribute !== "medicines" &&
      f.attribute !== "sociallySignificant" &&
      PART_OF_THESE.test(text) &&
      PHARMA_WORD.test(text) &&
      (!!recent || PROJECTS_WORD.test(text));
    if (share) {
      const region = recent ?? this.region();
      if (region.place) return { kind: "region", place: region.place, label: "pharmaceutical" };
    }
    // "the industrial zone as a whole would create 1,500 jobs", «индустриальная зона в целом»,
    // «индустриялық аймақ тұтастай»: the zone's, a place's figure, never the plant's beside it.
    if (
      !inClause.length &&
      INDUSTRIAL_ZONE.test(clause) &&
      !PLANT_HOLDER.test(clause.replace(INDUSTRIAL_ZONE, ""))
    )
      return this.lastPlace ? { kind: "region", place: this.lastPlace } : this.region();
    // "… creating 675 new jobs nationwide" of the article's own projects stays the set's.
    // («Алматы қаласы мен Алматы облысының кәсіпорындары жалпы алғанда 48 млрд»: two places' total is no country's.)
    const namedPlaces = new Set(x.places.filter((p) => p.start >= 0).map((p) => p.id)).size;
    if (WHOLE_COUNTRY.test(clause) && namedPlaces < 2 && !(this.a.set && THE_SET.test(text)))
      return { kind: "country" };
    const places = [...new Set(x.places.filter((p) => p.start >= 0).map((p) => p.id))];
    // "“… with the founders of Ertis Biomed … The investors are ready to put in 7 billion tenge”": in
    // a paragraph about the article's one company, "the investors" are its founders, no set of projects.
    const cue = SET_CUE.exec(clause)?.[0] ?? (inSentence.length ? undefined : SET_CUE.exec(text)?.[0]);
    const founders =
      !!cue &&
      /^the investors$/iu.test(cue) &&
      !this.a.set &&
      this.a.projects.length === 1 &&
      this.paragraph === this.a.projects[0];
    const setCue = !!cue && !founders;
    // A clause naming neither region nor company continues its sentence's region ("… in the region 5 projects, worth 61 bn").
    // Who reports it ("…, сообщили в управлении предпринимательства Костанайской области", "…, the
    // regional akimat said", «…, деп хабарлады облыс әкімдігі») says nothing of whose figure it is.
    const regionCue =
      REGION_CUE.test(unattributed(clause)) || (!inSentence.length && REGION_CUE.test(unattributed(text)));
    // "The four agreements – with A, B, C and D – add up to 173 billion": the list's, not D's.
    if (!inClause.length && listed.length >= 2) return { kind: "set", members: listed };
    const sectorWord =
      SECTOR_CUE.test(clause) || (SECTOR_CUE.test(text) && /(agreements?|соглашени|келісім)/iu.test(clause));
    // "Tokayev welcomed the company's decision to build a plant in the Turkistan region, saying the
    // project would help diversify the pharmaceutical industry": the company's plant, the sector
    // only its purpose.
    const refersToCompany = !inClause.length && COMPANY_ANAPHOR.test(clause);
    // A region's industry is the region's; another sector ("the food industry") is no scope of ours.
    if (sectorWord && regionCue && !refersToCompany) return this.region();
    // «Павлодар облысында медицина саласында екі жоба …»: a sector in a region the clause names is the region's.
    const named = places.find((id) => this.regionOf(id) === id && clause.includes(placeText(x, id)));
    if (sectorWord && named && !refersToCompany) return { kind: "region", place: named };
    // "Investment in this sector will reach 31 bn" right after a region's projects: the region's.
    if (THIS_SECTOR.test(clause) && this.lastPlace && this.lastPlaceBlock >= x.sentence.block - 1)
      return this.region();
    // The headline and the lead say what the article is about.
    const body = this.a.doc.sentences.filter((d) => d.part !== "headline");
    const lead = body.filter((d) => d.block === body[0]?.block).map((d) => d.text);
    const headline = [this.a.doc.headline?.text ?? "", ...lead].join(" ");
    const sector =
      sectorWord && (PHARMA_WORD.test(text) || (BARE_SECTOR.test(clause) && PHARMA_WORD.test(headline)));
    // The country's market or output around the figure, not a purpose after it ("… for the domestic market").
    const around = clause.slice(0, f.end - cs + 30);
    const country = COUNTRY_CUE.test(around) && AGGREGATE_NOUN.test(around);
    if (sector && !(setCue && this.a.set) && !refersToCompany) return { kind: "sector" };
    if (PROGRAMME_CUE.test(clause)) return { kind: "programme", label: PROGRAMME_CUE.exec(clause)?.[0] };
    if (country && !setCue) return { kind: "country" };
    if (setCue && !places.length && !this.a.set && TOWN.test(clause) && this.lastPlace)
      return { kind: "region", place: this.lastPlace };
    // "… in all the project was to create up to 100 jobs" in an item headed by its company: the item's.
    const itemsOwn =
      !!this.item && !regionCue && !COUNTED_PROJECTS.test(clause) && !TOGETHER_SET.test(clause);
    // "In all, 26 memoranda worth $1.6 billion were signed at the round table": the event's, never
    // the set of the article's own signings beside it.
    // "31 documents … were signed at the forum": the event's count of agreements too.
    const money0 =
      f.attribute === "investmentKzt" || f.attribute === "investmentUsd" || f.attribute === "agreements";
    const signedAt = money0 && !inSentence.length && EVENT.test(text) ? eventOf(text) : undefined;
    if (signedAt) return { kind: "event", label: signedAt };
    // "In the Pavlodar Region, a $35 million project …", «Всего проект предполагалось … создать до
    // 150 рабочих мест»: one project's figure, never the region's, the country's or a set's.
    const oneProject =
      !inClause.length &&
      !COUNTED_PROJECTS.test(clause) &&
      (ONE_PROJECT.test(clause) || UNNAMED_PROJECT.test(clause));
    if (oneProject && !this.a.set) return null;
    if ((setCue && !itemsOwn) || regionCue) {
      if (places.length === 1 && (regionCue || !this.a.set)) {
        const ref: ScopeRef = { kind: "region", place: places[0] };
        this.lastRegion = {
          ref,
          block: x.sentence.block,
          projects: f.attribute === "projects" ? f.value : this.lastRegion?.projects,
          sentence: x.sentence.index,
        };
        return ref;
      }
      if (this.a.set && !regionCue) return { kind: "set", members: this.a.set.members };
      if (regionCue) {
        const ref = this.region();
        this.lastRegion = {
          ref,
          block: x.sentence.block,
          projects: this.lastRegion?.projects,
          sentence: x.sentence.index,
        };
        return ref;
      }
      // "the projects" right after a region's count of projects are that region's.
      if (this.lastRegion?.block === x.sentence.block) return this.lastRegion.ref;
      // "Nine projects worth 120 billion … In all, the cluster's projects will create 2,000 jobs":
      // more projects counted for the region than the article names are the region's, not the named ones'.
      if (this.lastRegion && (this.lastRegion.projects ?? 0) > this.a.projects.length)
        return this.lastRegion.ref;
      if (this.a.projects.length >= 2) return { kind: "set", members: this.a.projects };
      // A total of projects the article does not name is no company's: a region's, or the country's.
      return places.length === 1
        ? { kind: "region", place: places[0] }
        : places.length > 1
          ? null
          : { kind: "country" };
    }
    // «Биыл облысқа 600 млрд теңгеге жуық инвестиция тартылды. Алпыс үш мыңнан астам жаңа жұмыс
    // орны ашылды.»: the next sentence's figure, naming no one, goes on about the region.
    const after = this.lastRegion;
    if (
      after &&
      !inSentence.length &&
      after.block === x.sentence.block &&
      after.sentence === x.sentence.index - 1 &&
      !ANAPHOR.test(clause)
    )
      return after.ref;
    if (
      country ||
      f.attribute === "growth" ||
      f.attribute === "investmentGrowth" ||
      f.attribute === "share" ||
      f.attribute === "shareTarget"
    )
      return { kind: "country" };
    // "Agreements worth $1.6 billion were signed at the forum": the event's, never a company's.
    const money = f.attribute === "investmentKzt" || f.attribute === "investmentUsd";
    const event = money && !inClause.length && eventOf(clause);
    if (event) return { kind: "event", label: event };
    const company = inSentence.length === 1 ? inSentence[0] : undefined;
    if (company && CUMULATIVE_CUE.test(clause)) return companyScope(company, clause);
    return null;
  }
}

/** A list of companies left open: "and several other foreign companies", «и ряд других компаний», «және басқа да компаниялар». */
const OPEN_LIST =
  /(?<!\p{L})((and|as well as) (several|many|a number of|some|other|dozens of) (other )?(\p{L}+ )?(companies|firms|investors)|и (ряд|другие|несколько|многие) (других )?(\p{L}+ )?(компани\p{L}*|инвестор\p{L}*|фирм\p{L}*)|және (басқа|бірқатар|бірнеше) (да )?(\p{L}+ )?(компания\p{L}*|инвестор\p{L}*))(?!\p{L})/iu;

/** Several agreements at once: "agreements worth", «подписаны соглашения», «келісімдерге». */
const AGREEMENTS =
  /(?<!\p{L})(agreements|deals|contracts|memorandums|memoranda|documents|соглашени[яй]|договор(ы|ов)|контракт(ы|ов)|меморандум(ы|ов)|документ(ы|ов)|келісімдер\p{L}*|шарттар\p{L}*|меморандумдар\p{L}*|құжаттар\p{L}*|\d+ (меморандум|құжат)\p{L}*)(?!\p{L})/iu;
const SIGNED = /(?<!\p{L})(sign\p{L}*|concluded|reached|подписа\p{L}*|заключ\p{L}*|қол қой\p{L}*|жасалды)/iu;
/** An event where deals are signed: a forum, a round table, a business council, a visit. */
const EVENT =
  /(?<!\p{L})(forum|round ?table|business council|summit|conference|visit|exhibition|expo|форум\p{L}*|кругл\p{L}* стол\p{L}*|бизнес-совет\p{L}*|саммит\p{L}*|конференци\p{L}*|визит\p{L}*|выставк\p{L}*|дөңгелек үстел\p{L}*|сапар\p{L}*|көрме\p{L}*|кеңес\p{L}*)(?!\p{L})/iu;

/**
 * The event a clause's sum is the total of: several agreements signed together ("agreements
 * worth $1.6 billion", «соглашения на сумму 900 млн долларов») or what an event yielded, with no
 * company or plant of its own ("the company signed a deal at the forum" is the company's).
 */
function eventOf(clause: string): string | undefined {
  if (!SIGNED.test(clause)) return undefined;
  const agreements = AGREEMENTS.exec(clause);
  const event = EVENT.exec(clause);
  if (agreements) return event?.[0] ?? agreements[0];
  return event && !ANAPHOR.test(clause) ? event[0] : undefined;
}

/** The plant as the doer of its clause: "the plant also makes", «завод выпускает», «зауыт шығарады». */
const PLANT_DOER =
  /(?<!\p{L})(the (plant|factory) (also )?(makes|produces|manufactures)|завод (также )?(выпускает|производит)|зауыт (сондай-ақ )?(шығарады|өндіреді))(?!\p{L})/iu;
const PLANT_ANAPHOR_BEFORE =
  /(?<!\p{L})(the (plant|factory|facility|complex|enterprise)|(завод|комплекс|предприяти|фабрик)\p{L}*)\s+(in|at|near|в|во|на)\s+(the\s+)?$/iu;
const PLANT_ANAPHOR_AFTER = /^\p{L}*(дағы|дегі|тағы|тегі)\s+(\p{L}+\s+){0,2}(зауыт|кешен|кәсіпорын)\p{L}*/iu;

/** The place a plant anaphor is qualified by ("the plant in the Zhambyl region", «Жамбыл облысындағы зауыт»). */
function placedAnaphor(x: Mentions): string | undefined {
  const text = x.sentence.text;
  return x.places.find(
    (p) =>
      PLANT_ANAPHOR_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) ||
      PLANT_ANAPHOR_AFTER.test(text.slice(p.end)),
  )?.id;
}

/** How the sentence writes a place it names. */
function placeText(x: Mentions, id: string): string {
  const p = x.places.find((m) => m.id === id && m.start >= 0);
  return p ? x.sentence.text.slice(p.start, p.end) : "\u0000";
}

/** The companies named as one list ("A, B, C and D") just before a figure, or none. */
function enumerated(a: Article, x: Mentions, f: FigureMention): ArticleProject[] {
  const before = x.orgs.filter((o) => o.role === "company" && o.end <= f.start);
  if (before.length < 2) return [];
  const text = x.sentence.text;
  const joined = before.every(
    (o, i) =>
      i === 0 ||
      /^\s*(,|and|и|және|,\s*and)\s*$/u.test(text.slice((before[i - 1] as OrgMention).end, o.start)),
  );
  return joined ? companiesIn(a, before) : [];
}

/** A digest item's bold head opening its text: "**Syringes, Almaty region.** …". */
const BOLD_HEAD_START = /^\*\*[^*]{2,120}\*\*/u;

/** The company heading a list item or row, named at its very start. */
function itemHead(a: Article, x: Mentions): ArticleProject | undefined {
  if (x.sentence.part !== "bullet" && x.sentence.part !== "row") return undefined;
  const first = x.orgs.find((o) => o.role === "company" && o.start <= 3);
  return first ? a.byOrg.get(first.id) : undefined;
}

/** A plan ("will exceed", «превысит», «с учётом расширения»): the company's total once the project is done. */
const PLANNED_TOTAL =
  /(?<!\p{L})(will|would|once|after|with the expansion|превысит|составит|будет|с уч[её]том расширения|кейін|болады|асады)(?!\p{L})/iu;

/** One company's own cumulative figures: invested to date, or the total it will reach. */
function companyScope(p: ArticleProject, clause: string): ScopeRef {
  return {
    kind: "company",
    organisation: p.company,
    ...(PLANNED_TOTAL.test(clause) ? { label: "planned" } : {}),
  };
}

/**
 * An amount on top of another: "another $20M", "a further 300 jobs", «дополнительно», «қосымша».
 * Not «ещё», which as often adds a part of one sum («ещё 1,8 млрд ушло на оборудование»).
 */
const ADDITIONAL_BEFORE =
  /(?<!\p{L})(another|an additional|additional|a further|extra|дополнительн\p{L}*|қосымша)\s+(\p{L}+\s+)?((KZT|USD|US\$|\$|тенге|доллар\p{L}*)\s?)?$/iu;
/** «создать ещё 80 рабочих мест», «тағы 80 жұмыс орны»: more jobs on top (before money it is a part). */
const MORE_JOBS_BEFORE = /(?<!\p{L})(ещё|еще|тағы)\s+$/iu;
/** "200 more people", «на 150 человек больше»: counted on top. */
const ADDITIONAL_AFTER = /^\s+(more|additional|extra)\s+(?!than)\p{L}/iu;

/** A target of a place or the country: "plans to attract", «планируется привлечь», «тарту жоспарланып». */
const TARGET =
  /(?<!\p{L})((plans?|planned|aims?|expects?|intends?|seeks?) to attract|target\p{L}*|планиру\p{L}* привлечь|намерен\p{L}* привлечь|цель\p{L}*|тарту (жоспарлан|көзделі|міндеті)\p{L}*|тартуды жоспарла\p{L}*|тартуды көздеп\p{L}*|мақсат\p{L}*)/iu;

/**
 * A member named after a count or total: "15 projects worth 410 billion, including X's plant",
 * «в том числе завод компании X», «среди них», «соның ішінде»: the figure before it is the whole's.
 */
const INCLUDING =
  /(?<!\p{L})(including|among them|among which|among others|such as|в том числе|среди них|среди которых|в их числе|соның ішінде|оның ішінде|олардың ішінде|олардың арасында)(?!\p{L})/iu;

/** Whether a clause reports projects stopped (suspended, frozen, cancelled). */
function stoppedIn(clause: string): boolean {
  const stage = stageOf(clause, null)?.stage;
  return stage === "suspended" || stage === "cancelled";
}

/** A plural pronoun for what was counted before: "they", «они», «олар» — never one company. */
const PLURAL_ANAPHOR = /^[«"“]?(they|these|those|они|эти|олар|бұлар)(?!\p{L})/iu;

/** The organisations a figure can belong to: not one named as a member after "including" that follows the figure. */
function notMembers(text: string, orgs: OrgMention[], f: FigureMention): OrgMention[] {
  const cues = [...text.matchAll(new RegExp(INCLUDING.source, "giu"))].filter((m) => m.index >= f.end);
  if (!cues.length) return orgs;
  return orgs.filter((o) => !cues.some((m) => m.index + m[0].length <= o.start));
}

/** Figures listed in the order of the companies named: "respectively", «соответственно», «тиісінше». */
const RESPECTIVELY = /(?<!\p{L})(respectively|соответственно|тиісінше|сәйкесінше)(?!\p{L})/iu;

/** One phase of a project, with its ordinal: "the first phase", "stage two", «первая очередь», «бірінші кезеңі». */
const PHASE =
  /(?<!\p{L})((first|second|third|initial|1st|2nd|3rd) (phase|stage|tranche|(production )?line)|(phase|stage) (one|two|three|I{1,3}|[1-3])|(перв|втор|трет|начальн)\p{L}* (очеред|этап|фаз|стади|линии|линия|линию|пусков\p{L}* комплекс)\p{L}*|(I{1,3}|[1-3]-?\p{L}{0,2}) (очеред|этап|фаз)\p{L}*|(бірінші|екінші|үшінші|алғашқы|[1-3]-?(ші|шы)?) (кезең|кезег|фаза|желі)\p{L}*)(?!\p{L})|(?<=^|[;,.]\s{0,2})the (first|second|third)(?=,|\s+(worth|costing|is|was|will))|(?<=^|[;,.]\s{0,2})(перв|втор|трет)(ый|ой|ая|ий|ья)(?=\s*(,|–|—|стоимостью|обойд|оцен|будет|завершат))|(бірінші|екінші|үшінші)(сі|сінің|сіне|сін)/giu;
/** The whole undertaking: "the total investment", «общая стоимость», «жалпы құны». */
const WHOLE =
  /(?<!\p{L})(total|whole|entire|overall|full|in all|общ\p{L}*|вс\p{L}* проект\p{L}*|в целом|полн\p{L}*|итого|всего|жалпы|толық|барлығы|тұтас)(?!\p{L})/giu;
const ORDINAL: [RegExp, number][] = [
  [/^(second|2|ii|втор|екінші)/iu, 2],
  [/^(third|3|iii|трет|үшінші)/iu, 3],
];

/**
 * The phase a figure is stated for, or null for the whole project: the cue nearest the figure in
 * its own part of the sentence (between commas, brackets, dashes), else the nearest one before it.
 */
/** A reason or time told after a figure: "after", "once", "because", «после», «благодаря». */
const AFTER_EVENT = /(?<!\p{L})(after|once|because|thanks to|после|благодаря|в связи с)(?!\p{L})/iu;

export function phaseOf(text: string, f: { start: number; end: number }): number | null {
  const cues = [
    ...[...text.matchAll(PHASE)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, m })),
    ...[...text.matchAll(WHOLE)].map((m) => ({
      at: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      m: null,
    })),
  ];
  // "raised to 190 after the company added a second line": a phase told as the reason is not the figure's.
  const told = cues.filter((c) => !(c.at >= f.end && AFTER_EVENT.test(text.slice(f.end, c.at))));
  if (!told.some((c) => c.m)) return null;
  const bounds = [...text.matchAll(/,\s|[;:()–—]/gu)].map((b) => b.index ?? 0);
  const from = Math.max(0, ...bounds.filter((b) => b < f.start));
  const to = Math.min(text.length, ...bounds.filter((b) => b >= f.end));
  const distance = (c: { at: number; end: number }) => (c.end <= f.start ? f.start - c.end : c.at - f.end);
  const near = (list: typeof cues) => [...list].sort((a, b) => distance(a) - distance(b))[0];
  const own = near(told.filter((c) => c.at >= from && c.end <= to));
  const cue = own ?? near(told.filter((c) => c.end <= f.start));
  if (!cue?.m) return null;
  const word =
    cue.m[0].split(/\s+/).find((w) => !/^(phase|stage|tranche|production|line|the)$/iu.test(w)) ?? "";
  return ORDINAL.find(([re]) => re.test(word))?.[1] ?? 1;
}

/** Figures a project can have (agreements counted, growth and multiples are a scope's). */
function isProjectFigure(f: FigureMention): boolean {
  return (
    f.attribute !== "agreements" &&
    f.attribute !== "projects" &&
    f.attribute !== "growth" &&
    f.attribute !== "investmentGrowth" &&
    f.attribute !== "share" &&
    f.attribute !== "shareTarget"
  );
}
