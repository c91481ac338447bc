import type { ProjectStage } from "../schema.js";
import { findDates, isoOf } from "./dates.js";

/**
 * The stages stage: which event a sentence reports for its projects — talks, a memorandum, an
 * approval (of an agreement, its principal terms, a draft), a signed agreement, construction
 * started, production launched, the project suspended or frozen, cancelled — with the event's
 * date and who chaired, approved or signed. A cue that is negated ("no agreement was signed",
 * «о подписании … не говорится», «қол қойылмаған») reports nothing of that stage; a cue in the
 * future ("is to start operating by the end of 2029", «құрылысы 2026 жылы басталмақ») is a
 * planned milestone, not an event. A government signing a resolution approves an agreement; it
 * does not sign it.
 */

export interface StageReading {
  stage: ProjectStage;
  date?: string;
  by?: string;
  /** Why a project stopped, verbatim from the sentence ("due to a shortage of equipment"). */
  because?: string;
}

export interface MilestoneReading {
  stage: ProjectStage;
  date: string;
  text: string;
  /** The plan as it first was ("originally planned for the first quarter"): a later one replaces it. */
  earlier?: boolean;
}

/** A plant that is not to be at all: no future plan but a cancellation. */
const NEVER_TO_BE = /(не будет|will not|won['’]t|салынбайды|салынбайтын)/iu;

/** Strongest first: a sentence reporting several takes the first that is not negated. */
const CUES: [ProjectStage, RegExp][] = [
  [
    "cancelled",
    /(?<!\p{L})(cancel+ed|terminated|scrapped|abandoned|shelved|called off|withdr[ae]w from|pulled out of|(dropped|gave up|given up|walked away from) (on )?(its |their |the )?(\p{L}+ )?(plans?|project|idea)|отмен[её]н\p{L}*|отменил\p{L}*|расторг\p{L}*|аннулирова\p{L}*|отказал\p{L}* от|решени\p{L}* отказаться|отказаться от (его |её |их )?реализации|построен\p{L}* не будет|не будет построен\p{L}*|will not be built|won['’]t be built|салынбайды|салынбайтын болды|свернул\p{L}* (\p{L}+ )?проект|бас тартты|бас тартылды|күші жойылды)/iu,
  ],
  [
    "suspended",
    /(?<!\p{L})(suspended|suspension|freezing|frozen|froze|put on hold|on hold|halted|paused|stalled|mothballed|приостановк\p{L}*|заморозк\p{L}*|(stopped|ceased) (considering|work(ing)? on)|stood still|тоқтап (тұр|қалды)\p{L}*|приостанов(л|и)\p{L}*|заморож\p{L}*|заморозил\p{L}*|остановлен\p{L}*|тоқтат(ыл)?а тұр\p{L}*|тоқтатылды|тоқтатылған|мұздатыл\p{L}*|уақытша тоқта\p{L}*)/iu,
  ],
  [
    "resumed",
    /(?<!\p{L})(resumed|restarted|unfrozen|back on track|возобновил\p{L}*|возобновлен\p{L}*|разморож\p{L}*|қайта (жанданды|басталды|қолға алынды|іске қосылды))/iu,
  ],
  [
    "launched",
    /(?<!\p{L})(first (batch|batches|products?|output)( [\p{L}-]+){0,6}? (has |have |had )?(left|rolled off|come off|been (produced|made|shipped))|(be|is|are) ready (for operation |to operate )?by|будет готов\p{L}*|дайын бол\p{L}*|roll(ed|ing)? off the (production )?line|перв\p{L}* парти\p{L}* (\p{L}+ )?(выпущен|сошл|произведен)\p{L}*|алғашқы партия\p{L}*|launched|opened|commissioned|inaugurated|(started|began|begun) (the )?(production|operations|operating|output)|put into (operation|service)|start operating|start production|production (is to|will|should|is expected to) (start|begin)|запущен\p{L}*|открыт\p{L}*|введ[её]н\p{L}* в эксплуатацию|начал\p{L}* (работ|выпуск|производств)|запуст(?!(ит|ят)(?!\p{L}))\p{L}*|запуск\p{L}*|іске қос(ыл|у|ты|қан|ып)\p{L}*|ашылды|пайдалануға беріл\p{L}*|жұмысын баста\p{L}*|дал\p{L}* старт\p{L}* (\p{L}+ )?(выпуск|производств|работ)\p{L}*|(өндірісі|шығару|өндіру)\p{L}* старт бер\p{L}*)/iu,
  ],
  // How far the building has gone: "construction is 60% complete", «строительная готовность – 45%»,
  // «завершено на 30%», «құрылысы 70 пайызға аяқталды», "80% readiness".
  [
    "under construction",
    /(?<![\p{L}\d])(\d{1,2}(?:[.,]\d)?\s?(?:%|percent|per cent|процент\p{L}*|пайыз\p{L}*)\s+(?:complete|completed|ready|done|built|readiness|готов\p{L}*|аяқталды|аяқталған|дайын\p{L}*)|(?:строительн\p{L}*|техническ\p{L}*)\s+готовност\p{L}*(?:\s+\p{L}+){0,2}\s*(?:[–—-]|составляет|составила|достигла|достигает)?\s*\d{1,2}(?:[.,]\d)?\s?%|(?:завершен\p{L}*|выполнен\p{L}*|готов\p{L}*)\s+на\s+\d{1,2}(?:[.,]\d)?\s?%|(?:construction|works?)\s+(?:\S+\s+){0,6}?(?:is|was|stands at|has reached|reached)\s+\d{1,2}(?:[.,]\d)?\s?%|\d{1,2}(?:[.,]\d)?\s?%\s+(?:of\s+)?(?:construction|works?)\s+(?:is\s+|has been\s+)?(?:complete|completed|done)|құрылыс\p{L}*\s+(?:\S+\s+){0,2}\d{1,2}\s?(?:%|пайыз\p{L}*)|\d{1,2}\s?(?:%|пайыз\p{L}*)\s+(?:дайын|аяқталды))(?!\p{L})/iu,
  ],
  [
    "under construction",
    /(?<!\p{L})(under construction|construction (has )?(started|began|begun|begins|will begin|will start|is under way|is underway|is to begin|is to start)|laid the foundation|foundation stone|broke ground|groundbreaking|строительств\p{L}* (началось|начн[её]тся|ведется|ведётся|идет|идёт|стартовал\p{L}*|начат\p{L}*)|заложил\p{L}* (первый )?камень|строится|салынып жатыр|құрылыс\p{L}* (\S+ ){0,3}баста\p{L}*|construction (of \S+ ){0,3}(\S+ )?(will )?(start|begin)s? in|construction (of \S+ ){0,3}(\S+ )?(started|began|begun)|строительств\p{L}* (\S+ ){0,3}(начн[её]тся|стартует|начнут)|іргетас\p{L}* қала\p{L}*|(started|began|begun|commenced|start|begin) (the )?construction|(started|began|begun|commenced) (building|constructing)|(is|are) (now )?(building|constructing) (an? |its |their |the )|начал\p{L}* (\p{L}+ )?строительств\p{L}*|(?<!не )(строит|строят|возводит|возводят)(?!\p{L})|салып жатыр|(салуды|құрылысын) баста(ды|п)\p{L}*)/iu,
  ],
  [
    "signed",
    /(?<!\p{L})(signed (an? |the )?(\p{L}+ ){0,2}(agreement|contract|deal)s?|(agreement|contract|deal)s? (\S+ ){0,8}?(was|has been|were|have been) signed|concluded (an? |the )?(\p{L}+ )?(agreement|contract)|signing ceremony|подписал\p{L}* (\p{L}+ ){0,2}(соглашени|договор|контракт)\p{L}*|(соглашени|договор|контракт)\p{L}* (было |был |были )?(подписан|заключ[её]н)\p{L}*|(соглашени|договор|контракт)\p{L}* подписал\p{L}*|(?<!не )(подписан[оа]?|заключен[оа]?|заключён[оа]?) (\p{L}+ ){0,2}(соглашени|договор|контракт)\p{L}*|заключил\p{L}* (\p{L}+ )?(соглашени|договор)\p{L}*|церемони\p{L}* подписания|келісім\p{L}* (\p{L}+ )?қол қойыл\p{L}*|келісім жасалды|келісімге (\S+ ){0,12}?қол қой\p{L}*|қол қою рәсім\p{L}*)/iu,
  ],
  [
    "approved",
    /(?<!\p{L})(approv\p{L}*|signed off|cleared|green light|go-ahead|endorsed|одобр\p{L}*|утвердил\p{L}*|утвержд\p{L}*|мақұлда\p{L}*|бекіт\p{L}*)/iu,
  ],
  // ("MoU" a word of its own: "foot-and-mouth" holds no memorandum.)
  ["memorandum", /(?<!\p{L})(memorand\p{L}*|MoU|меморандум\p{L}*)(?!\p{L})/iu],
  [
    "talks",
    /(?<!\p{L})(talks|negotiat\p{L}*|discuss\p{L}*|met with|meeting with|received (a |the )?(delegation|head|chairman|chair|president|founder|CEO|owner)|принял\p{L}* (\p{L}+ ){0,1}(делегаци|глав|руководител|председател|президент|основател|владел)\p{L}*|қабылдады|ready to invest|readiness to invest|(?<!(stopped|ceased) )considering|expressed interest|переговор\p{L}*|обсуди\p{L}*|обсужд\p{L}*|встреч\p{L}*|готовност\p{L}*|готов\p{L}* (вложить|инвестировать|построить|реализовать|развивать|запустить)|ready to (develop|implement|build|launch|carry out)|(асыруға|іске асыруға|салуға) дайын|рассматрива\p{L}*|келіссөз\p{L}*|талқыла\p{L}*|кездесу\p{L}*|кездесті|дайын(мыз|дығын|дығы))/iu,
  ],
  // (Its last cues are of an agreement still to be signed: "plans to sign", «планируем подписать».)
  [
    "planned",
    // (Not a document "at the level of intent", «на уровне намерений», «ниет білдіру деңгейінде»: a memorandum's.)
    /(?<!\p{L})(will build|plans to build|is to build|will construct|will establish|will set up|intends|(?<!(level|statement|letter) of )intention|decision to build|decided to build|решени\p{L}* (\p{L}+ )?(о строительстве|построить)|решил\p{L}* построить|салу туралы шешім\p{L}*|построит|построят|планирует построить|будет построен\p{L}*|(?<!уровне )намерен\p{L}*|салады|салынады|салмақ|жоспарлап отыр|ниет\p{L}*(?!\s+білдіру\s+деңгей)|plans? to sign|planned to sign|is to sign|планиру\p{L}* подписать|собира\p{L}* заключить|намерен\p{L}* (подписать|заключить)|только планировал\p{L}*|қол қоюды жоспарла\p{L}*)(?!\p{L})/iu,
  ],
];

/** A Kazakh negative verb ending on the cue itself: «қол қойылмаған», «қол қойылмады». */
const NEGATED_CUE = /(ма|ме|ба|бе|па|пе)(ған|ген|ды|ді|йды|йді|с)$/iu;
/** Work taken up again: the stop it reports is over («заморожен, теперь … возобновлена»). */
const RESUMED =
  /(?<!\p{L})(resumed|restarted|unfrozen|back on track|возобнов\p{L}*|разморож\p{L}*|қайта (жанданды|басталды|қолға алынды))/iu;

/** Words that deny what follows ("not yet signed", "no agreement", «не подписано», «жоқ»). */
const NEGATION_BEFORE =
  /(?<!\p{L})(not|no|never|yet to|without|не|нет|без|ни|жоқ|емес)\s+(\p{L}+\s+){0,3}$/iu;
/**
 * The negation after the cue: «о подписании … не говорится», «қол қойылмаған»; its timing not
 * given: «сроки возобновления … не названы», «… мерзімі белгісіз».
 */
const NEGATION_AFTER =
  /^(\p{L}*(ма|ме|ба|бе|па|пе)(ған|ген|йды|йді|с)\p{L}*|\s+(\p{L}+\s+){0,8}(не (говорится|сообщается|упоминается|назван\p{L}*|определ[её]н\p{L}*|известн\p{L}*)|неизвестн\p{L}*|is not (said|mentioned|reported)|(has|have|was|were) not been (given|named|set)|жоқ|айтылмайды|айтылмаған|көрсетілмеген|хабарланбаған|жазылмаған|белгісіз|аталмаған))/iu;
/** The time of an event asked or unknown, not the event: «сроки возобновления», "the date of resumption", «қайта басталу мерзімі». */
const TIMING_BEFORE =
  /(?<!\p{L})(сроки?|дат[аеуы]|timing|timeline|date|when)\s+(of\s+|for\s+)?(\p{L}+\s+){0,3}$/iu;
/** A contract to make or supply ("a deal under which the plant will make …", «договор на поставку», «договор, по которому завод выпустит»): no investment agreement. */
const SUPPLY_AFTER =
  /^[^.;]{0,12}(under which|whereby|to (supply|deliver|make|produce)|for the (supply|delivery|production)|на поставк|о поставк|на производств|по котор\p{L}*[^.;]{0,30}(выпуст|постав|произвед)\p{L}*)/iu;
/** A deal for a technology or a licence, not an investment agreement: "technology transfer agreement", «соглашение о трансфере технологий», «лицензиялық келісім». */
const TECHNOLOGY_DEAL =
  /(?<!\p{L})(technology[- ]transfer|transfer of (the )?(production )?technolog\p{L}*|licen[cs]e|licensing|трансфер\p{L}* технолог\p{L}*|передач\p{L}* технолог\p{L}*|лицензи\p{L}*|технология\p{L}* трансфер\p{L}*|лицензиялық)(?!\p{L})/iu;
function technologyDeal(before: string, cue: string, after: string): boolean {
  if (/(invest|инвест)/iu.test(before.slice(-25) + cue)) return false;
  return TECHNOLOGY_DEAL.test(before.slice(-40) + cue + after.slice(0, 30));
}
/** A Russian infinitive is an aim, never an event: «собирались открыть», «планировали запустить». */
const INFINITIVE = /[а-яё](ть|ться|ти)$/iu;
/**
 * An interest in a launch is no launch: "interested in the launch of", «в запуске которой была
 * заинтересована компания», «іске қосуға мүдделі».
 */
function interested(before: string, after: string): boolean {
  return INTEREST_BEFORE.test(before) || INTEREST_AFTER.test(after);
}
const INTEREST_BEFORE = /(interested in|interest in|заинтересован\p{L}*\s+в)\s+(the\s+)?$/iu;
const INTEREST_AFTER = /^\s*(\p{L}+\s+){0,3}(заинтересован\p{L}*|мүдделі\p{L}*|мүдделік\p{L}*)/iu;
/** A trial run is no launch: "a test run was launched", «пробный запуск», «сынақ іске қосуы». */
const TRIAL_BEFORE = /(?<!\p{L})(test|trial|pilot|пробн\p{L}*|тестов\p{L}*|сынақ\p{L}*)\s+(\p{L}+\s+)?$/iu;
/**
 * A plan or a possibility, not an event: "will", "could", "is to", "planned", «будет», «возможно»,
 * «-мақ/-мек», «мүмкін»; and a date moved, which is a new plan: "the launch was postponed to
 * 2034", «запуск перенесен на 2034 год», «іске қосу 2035 жылға шегерілді».
 */
const FUTURE =
  /(?<!\p{L})(postponed|pushed back|put off|delayed (to|until|till)|moved (to|back)|rescheduled|deferred|перенес[её]н\p{L}*|перенесл\p{L}*|перенося\p{L}*|отложен\p{L}*|отлож\p{L}+|сдвинут\p{L}*|сдвинул\p{L}*|шегер\p{L}*|кейінге (қалдыр|ысыр|шегер)\p{L}*|ауыстырыл\p{L}*|will|shall|should|might|could|possibl\p{L}*|возможн\p{L}*|мо(жет|гут)|мүмкін|is to|are to|to be|plans? to|planned|expected to|scheduled|set to|aims? to|intends? to|intended to|going to|буд(ет|ут)|собира\p{L}*|планирова\p{L}*|намерева\p{L}*|планиру\p{L}*|планирует\p{L}*|запланирова\p{L}*|намечен\p{L}*|намеча\p{L}*|ожида(ется|ются)|expected (in|by|for|at|to)|slated|due (in|by|for)|set for|targeted for|предполага\p{L}*|должн\p{L}*|начн[её]тся|(?<!-)(?!(дәрмек|еңбек|көмек|аймақ|тамақ|сабақ|жапырақ|топырақ)(?!\p{L}))\p{L}+(мақ|мек|бақ|бек|пақ|пек)(?!\p{L})|жоспарлан\p{L}*|басталады|(қосыл|салын)ад\p{L}*|тиіс|керек|уәде\p{L}*|promis\p{L}*|(по)?обеща\p{L}*|қашан)/iu;
/**
 * A resumption only possible, anywhere in its sentence, is none: «Возобновление переговоров,
 * по словам …, возможно не ранее 2027 года», "work may be resumed no earlier than 2028".
 */
const POSSIBLE =
  /(?<!\p{L})(may(?= (be|have|not|resume|restart))|might|could|possibl\p{L}*|возможн\p{L}*|мо(жет|гут)|мүмкін)(?!\p{L})/iu;
/** The sentence's verb is one of talking over: "discussed", «обсудили», «талқылады». */
const DISCUSSED =
  /(?<!\p{L})(discuss(ed|es)?|talked about|обсудил\p{L}*|обсуждал\p{L}*|обсуждают|обсуждались|талқыла(ды|нды|йды|ған|п)\p{L}*)(?!\p{L})/iu;
/** A resolution or decree is signed to approve an agreement, not to sign it. */
const RESOLUTION = /(resolution|decree|постановлени|указ|қаулы)/iu;
/** A person named with a title, for "approved at a meeting chaired by …". */
const PERSON =
  /((?:First\s+)?(?:Deputy\s+)?(?:Prime\s+)?Minister(?:\s+of\s+[A-Z][\p{L}]+(?:\s+and\s+[A-Z][\p{L}]+)?)?|President|Chairman|Akim|(?:Первый\s+)?(?:вице-)?[Пп]ремьер-министр\p{L}*|[Мм]инистр\p{L}*(?:\s+\p{Ll}+){0,2}|[Аа]ким\p{L}*|Үкімет басшысы|Премьер-Министр\p{L}*|[Мм]инистр\p{L}*)\s+((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\p{L}-]+\s?){2,3})/u;

/**
 * A person as the sentence names them, in the nominative: «Премьер-министр Әлихан Смайыловтың
 * қатысуымен» ("with the participation of …") is Premier Alikhan Smailov, not his genitive.
 */
function personName(text: string): string {
  return text.replace(/\s+/g, " ").replace(/(?<=[а-яәғқңөұүһі]{3})(тың|тің|дың|дің|ның|нің)$/u, "");
}

/**
 * Who signed, as the sentence names them: "was signed by the regional governor Serik Shapkenov and
 * Caspian Bio's director Mehmet Kaya", «Соглашение подписали аким области … и директор компании …»,
 * «Келісімге облыс әкімі … пен компания директоры … қол қойды». Verbatim, when it names a person
 * (two capitalised words).
 */
const SIGNED_BY = [
  /(?<!\p{L})signed by\s+(?:the\s+)?(.+?)(?=,\s+(?:which|who|under|in|on|at)\s|[.;]|$)/u,
  /(?<!\p{L})(?:[Сс]оглашени\p{L}*|[Дд]оговор\p{L}*|[Мм]еморандум\p{L}*|[Дд]окумент\p{L}*)\s+подписали\s+(.+?)(?=[.;]|$)/u,
  /(?<!\p{L})[Кк]елісімге\s+(.+?)\s+қол қойды/u,
  // "signed on 19 September at a meeting between President X and Y, president of Z": both sides.
  /(?<!\p{L})signed\b[^.;]*?\bbetween\s+(.+?)(?=[.;]|$)/u,
];
const NAMED_PERSON = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
function signatoriesOf(text: string): string | undefined {
  for (const re of SIGNED_BY) {
    const who = re.exec(text)?.[1]?.trim();
    if (who && who.length <= 240 && NAMED_PERSON.test(who)) return who;
  }
  return undefined;
}

/**
 * An office or a hub opened ("opened a regional office in Almaty", "a regional hub", «открыла представительство», «өкілдігін
 * ашты»): no plant launched, and where it is no site of a plant.
 */
export const OFFICE =
  /(?<!\p{L})((regional|representative|sales|liaison|country|new)\s+)?(office|hub|headquarters|хаб\p{L}*|представительств\p{L}*|офис\p{L}*|штаб-квартир\p{L}*|өкілдіг\p{L}*|кеңсе\p{L}*)(?!\p{L})/iu;

/** Registering medicines for sale: "register", «зарегистрировать», «тіркеу». */
const REGISTERING = /(?<!\p{L})(regist\p{L}*|зарегистрир\p{L}*|регистрац\p{L}*|тірке\p{L}*)/iu;
/** A plant built beside the registration: "will build a plant and register 20 medicines" is still planned. */
const BUILDING =
  /(?<!\p{L})(plant|factory|build\p{L}*|construct\p{L}*|завод\p{L}*|фабрик\p{L}*|постро\p{L}*|строи\p{L}*|зауыт\p{L}*|салу\p{L}*|салады|салмақ)(?!\p{L})/iu;

/** Stages that are events: said of a plan, a timing or an aim they report nothing. */
const EVENTS: ReadonlySet<ProjectStage> = new Set([
  "signed",
  "launched",
  "under construction",
  "suspended",
  "resumed",
  "cancelled",
]);

/**
 * A cause written after its marker: "due to …", "for lack of money", "after its Russian co-investor
 * pulled out", «из-за …», «в связи с …», «за отсутствием …» up to the clause's end.
 */
const CAUSE_AFTER =
  /(?<!\p{L})(?:due to|because of|owing to|as a result of|in connection with|citing|сославшись на|ссылаясь на|for (?:lack|want) of|(?:after|since|when) (?:its|the|their) (?:\p{L}+\s+){0,2}?(?=(?:co-?investor|partner|investor)s?\s)|из-за|в связи с|по причине|вследствие|ввиду|за отсутствием|за неимением)\s*[^.;,!?«»"“”—–]+(?:\([^)]*\)[^.;,!?«»"“”—–]*)?(?:,\s+(?!сообщ)\p{L}+(?:ши|щи|нны)\p{L}*[^.;,!?«»"“”—–]*)?/iu;
/** A Kazakh cause before its postposition: «қаржыландыру мәселесіне байланысты», «жер сілкінісі салдарынан». */
const CAUSE_BEFORE = /(?<!\p{L})(байланысты|салдарынан|себебінен|кесірінен)(?!\p{L})/iu;

/**
 * The cause a next sentence gives of the stop just told: "The city akimat links the pause to the
 * recent earthquake in Türkiye", «Акимат связывает приостановку с землетрясением», «… жер
 * сілкінісімен байланыстырады».
 */
const LINKED_CAUSE =
  /(?<!\p{L})(?:links?|linked|attributes?|attributed|blames?|blamed|puts?)\s+(?:the\s+|this\s+|its\s+)?(?:pause|suspension|halt|delay|freeze|stop|decision|move)\s+(?:down\s+)?(?:to|on)\s+([^.;!?]+)|(?:связыва\p{L}*|объясня\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:с|тем,?\s+что)\s+([^.;!?]+)|(?:мұны|оны|бұны|\p{L}+уды|\p{L}+уді)\s+([^.;!?,]{3,60}?)\s+байланыстыр\p{L}*/iu;
/**
 * The cause a next sentence names as the reason: «бұған компанияның ішкі мәселелері себеп
 * болған», «Себебі – инвестордың қаржылық қиындықтары», «Причиной стали финансовые трудности
 * инвестора», «Причина — …», "The reason is the company's internal issues", "This was caused by …".
 */
const REASON_CAUSE =
  /(?<!\p{L})(?:бұған|оған|мұған|бұның|мұның|оның)\s+([^.;!?]{3,80}?)\s+себеп\s*(?:бол|бо)\p{L}*|(?<!\p{L})(?:оның\s+|бұның\s+)?себебі\s*[–—:-]?\s*([^.;!?]{3,})|(?<!\p{L})причин\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:стал\p{L}*|явля\p{L}*|—|–|:)\s*([^.;!?]{3,})|(?<!\p{L})(?:the\s+)?reasons?\s+(?:for\s+(?:\p{L}+\s+){1,3})?(?:is|was|are|were|given\s+(?:is|was)|cited\s+(?:is|was)|:)\s+([^.;!?]{3,})|(?<!\p{L})(?:this|it|the\s+(?:pause|suspension|halt|delay|stop|freeze))\s+(?:was|is|has been)\s+(?:caused by|due to|because of|the result of)\s+([^.;!?]{3,})/iu;
/**
 * The cause the stopped party cites in the next sentence: "The investors cited higher borrowing
 * costs", «Оба инвестора сослались на рост стоимости оборудования», «Инвестор жабдық бағасының
 * өсуін себеп етті».
 */
const CITED_CAUSE =
  /(?<!\p{L})(?:cited|citing|pointed to|blamed)\s+([^.;!?]{3,})|(?<!\p{L})(?:сослал\p{L}*|ссыла\p{L}*)\s+на\s+([^.;!?]{3,})|(?<!\p{L})(?:инвестор\p{L}*|компания\p{L}*|компаниясы|кәсіпорын)\s+([^.;!?]{3,80}?)\s+себеп\s+(?:етті|етеді|еткен|ретінде)/iu;
export function linkedCause(text: string): string | undefined {
  const m = LINKED_CAUSE.exec(text);
  const cited = CITED_CAUSE.exec(text);
  return (m?.[1] ?? m?.[2] ?? m?.[3])?.trim() ?? reasonNamed(text) ?? cited?.slice(1).find(Boolean)?.trim();
}
function reasonNamed(text: string): string | undefined {
  return REASON_CAUSE.exec(text)
    ?.slice(1)
    .find((g) => g !== undefined)
    ?.trim();
}

/** Why a project stopped, in the sentence's own words; undefined when it gives no cause. */
export function causeOf(text: string): string | undefined {
  const after = CAUSE_AFTER.exec(text);
  if (after) return after[0].trim();
  const post = CAUSE_BEFORE.exec(text);
  if (!post) return reasonNamed(text);
  // Up to three words back, stopping at a clause break or the stopped thing itself («құрылысы»).
  const words = text.slice(0, post.index).trimEnd().split(/\s+/);
  const cause: string[] = [];
  for (let i = words.length - 1; i >= 0 && cause.length < 3; i--) {
    const w = words[i] as string;
    if (/[,;:.»)]$/u.test(w) || (cause.length && /(сы|сі|ы|і)$/u.test(w))) break;
    cause.unshift(w);
  }
  return cause.length ? `${cause.join(" ")} ${post[0]}` : undefined;
}

/** The event a sentence reports, or null (a negated or planned one reports nothing). */
export function stageOf(text: string, articleDate: string | null): StageReading | null {
  for (const [stage, re] of CUES) {
    const m = re.exec(text);
    if (!m) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after) || NEGATED_CUE.test(m[0])) continue;
    if (EVENTS.has(stage) && (TIMING_BEFORE.test(before) || INFINITIVE.test(m[0]))) continue;
    if (stage === "suspended" && RESUMED.test(text)) continue;
    if (stage === "resumed" && POSSIBLE.test(text)) continue;
    if (stage === "launched" && TRIAL_BEFORE.test(before)) continue;
    if (stage === "launched" && interested(before, after)) continue;
    if (stage === "launched" && OFFICE.test(after.slice(0, 40))) continue;
    // «Тараптар өндірісті жедел іске қосу … мәселелерін талқылады», "discussed a quick launch": a
    // launch or a construction talked about is not under way.
    if ((stage === "launched" || stage === "under construction") && DISCUSSED.test(text)) continue;
    // «намерена зарегистрировать 15 препаратов», «тіркеуді жоспарлап отыр»: registering medicines is no plant planned.
    if (stage === "planned" && REGISTERING.test(text) && !BUILDING.test(text)) continue;
    if (stage === "signed" && SUPPLY_AFTER.test(after)) continue;
    if (stage === "signed" && technologyDeal(before, m[0], after)) continue;
    const clause = ownClause(text, m.index, m.index + m[0].length, 60, 20);
    let value: ProjectStage = stage;
    if (stage === "signed" && RESOLUTION.test(clause) && !/(agreement|соглашени|келісім)/iu.test(m[0]))
      value = "approved";
    // ("will not be built", «построен не будет», «салынбайды»: what is to come not at all is a cancellation now.)
    if (EVENTS.has(value) && future(clause, m[0]) && !(value === "cancelled" && NEVER_TO_BE.test(m[0])))
      continue;
    // A date in a relative clause the cue is not in ("…, whose foundation was laid on 29 August
    // 2014 by …, stood still") dates another event.
    const date = findDates(text).find(
      (d) => d.day !== undefined && d.month !== undefined && !asideOf(text, d.start, m.index),
    );
    const iso = date ? isoOf(date, articleDate) : undefined;
    const by = PERSON.exec(text);
    const signers = value === "signed" || value === "memorandum" ? signatoriesOf(text) : undefined;
    const because = value === "suspended" || value === "cancelled" ? causeOf(text) : undefined;
    return {
      stage: value,
      ...(iso ? { date: iso } : {}),
      ...(signers ? { by: signers } : by ? { by: personName(`${by[1]} ${(by[2] as string).trim()}`) } : {}),
      ...(because ? { because } : {}),
    };
  }
  return null;
}

/** Where a clause ends: a semicolon, a comma, or "and" / «и» / «а» / «және» / «ал» between events. */
const CLAUSE_BREAK = /[;,]|\s(and|then|before|after|и|а|затем|және|ал|кейін)\s/giu;

/** The date written in a cue's own clause ("signed a memorandum in 2023"), a year alone included. */
function clauseDate(
  text: string,
  start: number,
  end: number,
  articleDate: string | null,
): string | undefined {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  const date = findDates(text.slice(from, to))[0];
  return date ? isoOf(date, articleDate) : undefined;
}

/**
 * Every event a sentence reports with a date of its own: "signed a memorandum in 2023 and
 * launched the plant in May 2025" is two dated stages. A sentence of one event (or of events
 * without dates of their own) reports what `stageOf` reads.
 */
export function stagesOf(text: string, articleDate: string | null): StageReading[] {
  const dated: (StageReading & { at: number })[] = [];
  for (const [stage, re] of CUES) {
    for (const m of text.matchAll(new RegExp(re.source, "giu"))) {
      const start = m.index;
      const end = start + m[0].length;
      if (dated.some((d) => d.at === start) || stage === "planned" || stage === "talks") continue;
      const before = text.slice(Math.max(0, start - 40), start);
      const after = text.slice(end, end + 80);
      if (NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after) || NEGATED_CUE.test(m[0])) continue;
      if (TIMING_BEFORE.test(before) || INFINITIVE.test(m[0])) continue;
      if (stage === "launched" && TRIAL_BEFORE.test(before)) continue;
      if (stage === "launched" && interested(before, after)) continue;
      if (stage === "resumed" && POSSIBLE.test(text)) continue;
      if (future(ownClause(text, start, end, 30, 20), m[0])) continue;
      const date = clauseDate(text, start, end, articleDate);
      if (date && !dated.some((d) => d.stage === stage || d.date === date))
        dated.push({ stage, date, at: start });
    }
  }
  if (dated.length >= 2) return dated.sort((x, y) => x.at - y.at).map(({ stage, date }) => ({ stage, date }));
  const one = stageOf(text, articleDate);
  return one ? [one] : [];
}

/** Whether `at` lies in a relative clause ("…, whose/which …,", «…, который …,») that `cue` is outside of. */
function asideOf(text: string, at: number, cue: number): boolean {
  const opener = /,\s*(whose|which|where|who|котор\p{L}*|где|когда)\s/giu;
  for (const m of text.matchAll(opener)) {
    const close = text.indexOf(",", m.index + m[0].length);
    const end = close < 0 ? text.length : close;
    if (at > m.index && at < end && !(cue > m.index && cue < end)) return true;
  }
  return false;
}

/** The text around a cue within its own clause ("Construction is under way; production is to start in 2029"). */
function ownClause(text: string, start: number, end: number, before: number, after: number): string {
  let from = Math.max(text.lastIndexOf(";", start) + 1, start - before, 0);
  // Never from the middle of a word: «…дәрмек» cut to «рмек» reads as a Kazakh future in -мек.
  while (from > 0 && /[\p{L}-]/u.test(text[from - 1] as string)) from--;
  const semi = text.indexOf(";", end);
  return text.slice(from, Math.min(semi < 0 ? text.length : semi, end + after));
}

function future(clause: string, cue: string): boolean {
  // "has suspended its plans to build": the plans are what was stopped, no plan of what is to come.
  const own = clause.replace(/(?<!\p{L})(its|their|the|his|her)\s+plans?\s+to(?!\p{L})/giu, "");
  return FUTURE.test(own) || FUTURE.test(cue);
}

/** Starting work, said only of a plan: "start working", "is planned to start", «заработает», «жұмыс істей бастайды». */
const START_WORK =
  /(?<!\p{L})(start(s|ed)? working|begin(s)? operating|(planned|scheduled|expected|due) to (start|begin)|заработа\p{L}*|начн[её]т работ\p{L}*|жұмыс істей баста\p{L}*|жұмысқа кіріс\p{L}*)/iu;
/** The plan as it first stood: "originally", "was supposed to", «первоначально», «бастапқыда». */
const ORIGINAL_PLAN =
  /(?<!\p{L})(originally|initially|at first|was (supposed|expected|due|scheduled) to|had been (planned|scheduled|expected)|первоначально|изначально|сначала|ранее (планировал|предполагал)\p{L}*|бастапқыда|алғашында)(?!\p{L})/iu;
/** A quarter of a year: "the first quarter of 2021", «в первом квартале 2021 года», «2021 жылдың бірінші тоқсаны». */
const QUARTER =
  /(?<!\p{L})((?:in |by )?(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)? ((?:19|20)\d\d)|(?:в |во |к |до )?(перв|втор|трет|четв[её]рт)\p{L}* квартал\p{L}* ((?:19|20)\d\d)(?: года| г\.)?|((?:19|20)\d\d) жыл\p{L}* (бірінші|екінші|үшінші|төртінші) тоқсан\p{L}*)/iu;
const QUARTER_NUMBER: [RegExp, number][] = [
  [/^(first|1st|перв|бірінші)/iu, 1],
  [/^(second|2nd|втор|екінші)/iu, 2],
  [/^(third|3rd|трет|үшінші)/iu, 3],
  [/^(fourth|4th|четв|төртінші)/iu, 4],
];
/** A month named alone in a plan ("in September", «в сентябре», «қыркүйекте»): the next such month from the article. */
const MONTH_ALONE =
  /(?<!\p{L})((?:in|to|by|until|for|в|на|к|до) )?(january|february|march|april|may|june|july|august|september|october|november|december|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[ейя]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*|қаңтар\p{L}*|ақпан\p{L}*|наурыз\p{L}*|сәуір\p{L}*|мамыр\p{L}*|маусым\p{L}*|шілде\p{L}*|тамыз\p{L}*|қыркүйек\p{L}*|қазан\p{L}*|қараша\p{L}*|желтоқсан\p{L}*)(?!\p{L})/iu;

interface PlanDate {
  date: string;
  text: string;
}

/** The quarter a plan names: its year and first month, with its words. */
function quarterIn(clause: string): PlanDate | null {
  const m = QUARTER.exec(clause);
  if (!m) return null;
  const word = (m[2] ?? m[4] ?? m[7]) as string;
  const year = (m[3] ?? m[5] ?? m[6]) as string;
  const q = QUARTER_NUMBER.find(([re]) => re.test(word))?.[1] ?? 1;
  return { date: `${year}-${String(q * 3 - 2).padStart(2, "0")}`, text: m[0].trim() };
}

/** A month alone: the article's year, or the next one when the month is already past. */
function monthIn(clause: string, articleDate: string | null): PlanDate | null {
  const m = MONTH_ALONE.exec(clause);
  const month = m ? findDates(`1 ${m[2]}`)[0]?.month : undefined;
  if (!m || !month || !articleDate) return null;
  const [y, mo] = articleDate.split("-").map(Number) as [number, number];
  const year = month < mo ? y + 1 : y;
  return { date: `${year}-${String(month).padStart(2, "0")}`, text: m[0].trim() };
}

/** The date a plan gives: a quarter, a year (with a month when given), or a month alone in a dated article. */
function planDate(text: string, clause: string, cueAt: number, articleDate: string | null): PlanDate | null {
  const quarter = quarterIn(clause);
  if (quarter) return quarter;
  const date = findDates(clause).find((d) => d.year !== undefined);
  if (!date?.year) return monthIn(clause, articleDate);
  const at = text.indexOf(date.text, Math.max(0, cueAt - 80));
  const lead =
    /(by the end of|by the end|the end of|end of|by|before|no later than|in|к концу|до конца|на конец|в конце|до|к|в|на|соңына дейін)\s*$/iu.exec(
      text.slice(Math.max(0, at - 20), at),
    );
  // ("2024 жылдың соңына" and «конца 2024 года» are the end of the year: kept in the words said.)
  const tail =
    /^\s*(году|года|год|г\.|жылы|жылдың соңына дейін|жылдың соңына|жылдың соңында|жылдың аяғына|жылға дейін)/iu.exec(
      text.slice(at + date.text.length),
    );
  return {
    date: String(date.year) + (date.month ? `-${String(date.month).padStart(2, "0")}` : ""),
    text: `${lead ? lead[0] : ""}${date.text}${tail ? tail[0] : ""}`.trim(),
  };
}

/** Where one plan ends and the next begins: "…first quarter; production is now planned for November". */
const PLAN_BREAK = /;|,\s+(?=(?:now|but now|а теперь|теперь|енді|қазір)\s)|\.\s+/giu;

/**
 * The planned milestones a sentence gives, each with its date: "is to start operating by the end
 * of 2029", «құрылысы 2026 жылы басталмақ», «в сентябре мы планируем запустить» (a month alone
 * takes the article's year), "originally planned for the first quarter of 2021; now planned for
 * November" (two plans, the first marked as the plan it first had).
 */
export function milestonesOf(text: string, articleDate: string | null = null): MilestoneReading[] {
  const out: MilestoneReading[] = [];
  let from = 0;
  const cuts = [...text.matchAll(PLAN_BREAK)].map((m) => m.index + m[0].length);
  for (const to of [...cuts, text.length]) {
    const part = text.slice(from, to);
    from = to;
    const plan = planIn(part, articleDate);
    if (plan) out.push(plan);
  }
  return out;
}

/** A date moved to a new one: "pushed back to 2035", «перенесен на 2035 год», «2035 жылға шегерілді». */
const MOVED =
  /(?<!\p{L})(postponed|pushed back|put off|delayed|moved|rescheduled|deferred|перенес\p{L}*|отлож\p{L}*|сдвинул\p{L}*|сдвинут\p{L}*)(?!\p{L})/iu;

/**
 * A launch named as a thing, only ever planned in these words: "commissioning is expected in
 * 2034", "the launch is scheduled for 2035", «ввод в эксплуатацию намечен на 2036 год»,
 * «іске қосу жоспарланған», «первый коммерческий выпуск запланирован на конец 2024 года».
 */
const LAUNCH_NOUN =
  /(?<!\p{L})(commissioning|(the |its |a )?launch(?!ed)|start-up|first (commercial )?(release|batch(es)?|output|products?)|перв\p{L}* (коммерческ\p{L}* )?(выпуск|парти\p{L}*|продукци\p{L}*)|алғашқы (\p{L}+ )?(өнім\p{L}*|партия\p{L}*)|ввод\p{L}* (\p{L}+ ){0,4}в эксплуатацию|(ввести|сдать) (\p{L}+ ){0,2}в (эксплуатацию|строй)|пуск\p{L}*|іске қосу|пайдалануға беру)(?!\p{L})/iu;

function planIn(text: string, articleDate: string | null): MilestoneReading | null {
  const cues: [ProjectStage, RegExp][] = [
    ...CUES.filter(([stage]) => stage === "launched" || stage === "under construction"),
    ["launched", START_WORK],
    ["launched", LAUNCH_NOUN],
  ];
  for (const [stage, re] of cues) {
    const m = re.exec(text);
    if (!m) continue;
    const clause = ownClause(text, m.index, m.index + m[0].length, 80, 60);
    // "The launch of X's plant in Y has been pushed back to 2035": the new date follows the move.
    const moved = MOVED.exec(text);
    if (!future(clause, m[0]) && !(moved && moved.index > m.index)) continue;
    const when =
      planDate(text, clause, m.index, articleDate) ??
      (moved ? planDate(text, text.slice(moved.index, moved.index + 50), moved.index, articleDate) : null);
    if (!when) continue;
    return { stage, ...when, ...(ORIGINAL_PLAN.test(text) ? { earlier: true } : {}) };
  }
  return null;
}
