import type { Lang } from "../../../knowledge/schema.js";
import type { Messages } from "../en/index.js";
import { quoted } from "../quote.js";
import { plural } from "./plural.js";

/** «втором», «третьем»: a place in a ranking, in the prepositional case. */
const NTH = [
  "",
  "первом",
  "втором",
  "третьем",
  "четвёртом",
  "пятом",
  "шестом",
  "седьмом",
  "восьмом",
  "девятом",
  "десятом",
];

const MONTHS = "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(" ");
const MONTHS_GENITIVE =
  "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(" ");

/** Answer templates (Russian). Names stay in the nominative, so sentences avoid declining them. */
/** " 17 сентября 2025 г." for an event's own date, " (сообщение от 1 января 2026 г.)" for a report's. */
const when = (date: string, event: boolean) => (!date ? "" : event ? ` ${date}` : ` (сообщение от ${date})`);

export const answers: Messages["answers"] = {
  /** BCP 47 locale for numbers (tools/render/number.ts): "1,234.5", "1 234,5". */
  numberLocale: "ru-RU",
  qualifier: {
    exact: "",
    around: "около",
    approximately: "примерно",
    "at least": "не менее",
    "more than": "более",
    "up to": "до",
    "at most": "не более",
    "at least about": "как минимум около",
    "at most about": "не более чем около",
    about: "около",
  },
  unit: {
    jobs: (n, q, v) => `${q}${n} ${plural(v, "рабочее место", "рабочих места", "рабочих мест")}`,
    medicines: (n, q, v) =>
      `${q}${n} ${plural(v, "лекарственный препарат", "лекарственных препарата", "лекарственных препаратов")}`,
    socially: (n, q, v) =>
      `${q}${n} ${plural(v, "социально значимый препарат", "социально значимых препарата", "социально значимых препаратов")}`,
    kzt: (n, q) => `${q}${n} млрд тенге`,
    usd: (n, q) => `${q}${n} млн долларов США`,
    kztTrillion: (n, q) => `${q}${n} трлн тенге`,
    usdBillion: (n, q) => `${q}${n} млрд долларов США`,
    kztPerJob: (n, q) => `${q}${n} млн тенге на одно рабочее место`,
    usdPerJob: (n, q) => `${q}${n} млн долларов США на одно рабочее место`,
    kztPerMedicine: (n, q) => `${q}${n} млн тенге на один препарат`,
    kztBillionPerJob: (n, q) => `${q}${n} млрд тенге на одно рабочее место`,
    kztBillionPerMedicine: (n, q) => `${q}${n} млрд тенге на один препарат`,
    usdPerMedicine: (n, q) => `${q}${n} млн долларов США на один препарат`,
    usdThousandPerJob: (n, q) => `${q}${n} тыс. долларов США на одно рабочее место`,
    usdThousandPerMedicine: (n, q) => `${q}${n} тыс. долларов США на один препарат`,
    percent: (n, q) => `${q}${n}%`,
    agreements: (n, q, v) => `${q}${n} ${plural(v, "соглашение", "соглашения", "соглашений")}`,
    times: (n, q) => `${q}в ${n} раза`,
    companies: (n, q, v) => `${q}${n} ${plural(v, "компания", "компании", "компаний")}`,
  },
  metricName: {
    jobs: "рабочие места",
    investmentKzt: "инвестиции",
    investmentUsd: "инвестиции в долларах США",
    medicines: "лекарственные препараты",
    sociallySignificant: "социально значимые препараты",
  },
  value: {
    jobs: (s, n) => `${s} создаст ${n}.`,
    medicines: (s, n) => `${s} будет производить ${n}.`,
    sociallySignificant: (s, n) => `${s} будет производить ${n}.`,
    investment: (s, money) => `${s} инвестирует ${money}.`,
  },
  employsNow: (s: string, n: string) =>
    `${s}: ${n} (столько людей работает там сейчас, по словам источника).`,
  wasTo: {
    jobs: (s, n) => `${s}: планировалось создать ${n}.`,
    medicines: (s, n) => `${s}: планировалось производить ${n}.`,
    sociallySignificant: (s, n) => `${s}: планировалось производить ${n}.`,
    investment: (s, money) => `${s}: проект оценивался в ${money}.`,
  },
  notStated: {
    jobs: (s) => `В источниках не указано, сколько рабочих мест создаст ${s}.`,
    medicines: (s) => `В источниках не указано, сколько лекарственных препаратов будет производить ${s}.`,
    sociallySignificant: (s) =>
      `В источниках не указано, сколько препаратов компании ${s} являются социально значимыми.`,
    investment: (s) => `Объём инвестиций компании ${s} в источниках не указан.`,
    onlyIn: (s, currency) =>
      `Инвестиции компании ${s} в источниках указаны только ${currency === "usd" ? "в долларах США" : "в тенге"}.`,
  },
  notInSources: (s, what) =>
    `Показатель «${what}» для компании ${s} в источниках не указан: в них описаны её соглашения и партнёрства, а не инвестиционный проект с цифрами.`,
  spans: (s, amount, places, asked) =>
    `У компании ${s} площадки расположены здесь: ${places}. Показатель (${amount}) относится к ним вместе и в источниках не разделён по регионам, поэтому доля для места ${quoted(asked)} не указана.`,
  noCity: (s) => `Город, где находится площадка ${s}, в источниках не назван, только область.`,
  notThere: (s, place) => `У компании ${s} нет площадки в месте ${quoted(place)}; по проекту в целом:`,
  together: (names, amount, arithmetic) => `Вместе (${names}): ${amount} (расчёт: ${arithmetic}).`,
  noProjects: (place, elsewhere) =>
    `Нет: ни один проект в месте ${quoted(place)} в источниках не упоминается; проекты расположены здесь: ${elsewhere}.`,
  inRegion: (region, companies) => `В целом по месту ${quoted(region)}: ${companies}.`,
  notStatedShort: "в источниках не указано",
  derivedLabel: "расчёт",
  yes: "Да.",
  placeLiesIn: (place, within) => `${place} находится здесь: ${within}.`,
  noOwnPlant: (s) => `В источниках не назван собственный завод компании ${s}.`,
  stageNotReported: {
    "under construction": (s) =>
      `В источниках не сообщается, что строительство завода компании ${s} началось.`,
    launched: (s) => `В источниках не сообщается, что завод компании ${s} запущен.`,
    suspended: (s) => `В источниках не сообщается, что проект компании ${s} приостановлен.`,
    cancelled: (s) => `В источниках не сообщается, что проект компании ${s} отменён.`,
  },
  productNotNamed: (s, words, makers) =>
    `Среди продукции компании ${s} источники не называют ${quoted(words)}${makers ? `; это названо у компании ${makers}` : ""}.`,
  no: "Нет.",
  /** The verdict on a negation the question states ("X is not in Y, right?"). */
  negationRight: "Верно.",
  negationWrong: "Неверно.",
  unknown: (what, about) =>
    `В источниках не указано: ${what}${about ? ` (${about})` : ""}; в них есть инвестиции, рабочие места, препараты, партнёры, площадки и соглашения.`,
  unstatedWhat: {
    progress: "насколько продвинулось строительство",
    resumption: "когда (и будет ли) проект возобновлён",
    founded: "год основания компании",
    salary: "зарплаты",
    opening: "когда начнётся или завершится строительство, откроются заводы или начнётся производство",
    revenue: "выручка или прибыль",
    price: "цены",
    area: "площадь и стоимость земельных участков",
    distance: "расстояния между местами",
    capacity: "производственная мощность",
    duration: "срок действия соглашений",
    headquarters: "где находятся штаб-квартиры компаний (указано лишь, где их заводы)",
    signatory: "кто подписал от имени каждой стороны",
    owner: "владельцы",
    incentives: "налоги, налоговые льготы, преференции или субсидии",
    financing: "структура финансирования (собственные средства, кредиты)",
    currentShare: "текущая доля лекарств отечественного производства (указана только цель — 50%)",
    value: "стоимость (сумма) соглашения",
    export: "рынки или страны экспорта",
  },
  noRole: (role, of) => `В источниках нет такой должности: ${role}${of ? ` (${of})` : ""} — не указано.`,
  stage: {
    signed: (s) => `${s}: соглашение по проекту подписано.`,
    planned: (s) => `${s}: проект объявлен как планируемый; о подписанном соглашении не сообщается.`,
    talks: (s) =>
      `${s}: о подписанном соглашении не сообщается, последний источник говорит только о переговорах или намерении.`,
    unknown: (s) => `Источники не сообщают, подписал ли ${s} соглашение.`,
    memorandum: (s) => `${s}: подписан меморандум; об инвестиционном соглашении не сообщается.`,
    approved: (s) => `${s}: правительство одобрило инвестиционное соглашение.`,
    "under construction": (s) => `${s}: завод строится.`,
    launched: (s) => `${s}: завод запущен.`,
    suspended: (s) => `${s}: проект приостановлен.`,
    resumed: (s) => `${s}: проект возобновлён после приостановки.`,
    cancelled: (s) => `${s}: проект отменён.`,
  },
  noChanges: (s) =>
    s
      ? `Ни один показатель ${s} не изменён более новым источником.`
      : "Ни один показатель не изменён более новым источником.",
  leftOutDisputed: (s, amount) =>
    `Показатель компании ${s} (${amount}) в сумму не включён: источники расходятся в десять и более раз.`,
  history: {
    earlier: (values) => ` (ранее ${values})`,
    disputed: (s, values) =>
      `Источники расходятся в этом показателе для компании ${s}: другой источник даёт ${values}; это значение отложено на проверку и не используется.`,
  },
  siteCount: (s, n, list) => `Площадки компании ${s} (${n}): ${list}.`,
  placeCount: (n, list) => `Площадки проектов находятся в ${n} городах и областях: ${list}.`,
  byRegion: (list) => `По регионам: ${list}.`,
  spansGroups: (s, amount, places) =>
    `Показатель компании ${s} (${amount}) относится к площадкам здесь: ${places} — вместе, в источниках он не разделён между ними.`,
  shareMixed:
    "Показатель компании указан как минимальный, а общий итог — как примерный, поэтому долю можно дать только приблизительно.",
  understood: {
    attribute: {
      jobs: "рабочие места",
      investmentKzt: "инвестиции",
      investmentUsd: "инвестиции (долл. США)",
      medicines: "препараты",
      sociallySignificant: "социально значимые препараты",
      sites: "площадки",
      partners: "партнёры",
      products: "продукция",
      standard: "стандарт",
      facility: "объект",
      dates: "даты",
      signatories: "соглашения",
      roles: "должности",
      statements: "высказывания",
      companies: "компании",
      items: "направления",
      goal: "цель",
      profile: "сведения",
      stage: "стадия",
      changes: "что изменилось",
    },
    operation: {
      value: "значение",
      list: "список",
      count: "количество",
      sum: "сумма",
      average: "среднее",
      max: "больше всего",
      min: "меньше всего",
      rank: "рейтинг",
      compare: "сравнение",
      difference: "разница",
      times: "во сколько раз",
      ratio: "отношение",
      share: "доля от итога",
      remainder: "остаток",
      order: "порядок по датам",
      exists: "да/нет",
      missing: "не указано у",
    },
    per: { jobs: "на рабочее место", medicines: "на препарат" },
    groupBy: { company: "по компаниям", region: "по регионам", city: "по городам" },
    dollars: "в долларах США",
    tenge: "в тенге",
    unstated: "нет в источниках",
  },
  outsideSum: (place, amount, arithmetic) =>
    `Итого по проектам без площадок в месте ${quoted(place)}: ${amount} (расчёт: ${arithmetic}).`,
  placeSum: (place, amount, arithmetic) =>
    `Итого по проектам, целиком расположенным в месте ${quoted(place)}: ${amount} (расчёт: ${arithmetic}).`,
  headline: {
    jobs: (amount) => `Одобренные проекты создадут ${amount} по всей стране.`,
    medicines: (amount) => `Проекты предусматривают локализацию производства ${amount}.`,
    investment: (money) => `Общий объём инвестиций по проектам — ${money}.`,
    sociallySignificant: () => "",
  },
  listedSum: {
    all: (what, amount, arithmetic) =>
      `Сумма показателей «${what}», указанных по каждой компании, — ${amount} (расчёт: ${arithmetic}).`,
    partial: (what, amount, arithmetic, missing) =>
      `Указанные по компаниям показатели «${what}» в сумме дают ${amount} (расчёт: ${arithmetic}); для компании ${missing} показатель не указан.`,
  },
  headlineAverage: (total, count, amount, arithmetic) =>
    `Если разделить общий объём ${total} на все ${count} проекта, получится ${amount} на проект (расчёт: ${arithmetic}).`,
  average: (what, count, amount, arithmetic) =>
    `В среднем по компаниям, для которых указан показатель «${what}» (${count}), — ${amount} на компанию (расчёт: ${arithmetic}).`,
  share: (s, percent, part, whole, arithmetic) =>
    `Доля компании ${s} (${part}) — ${percent} от общего показателя (${whole}) (расчёт: ${arithmetic}).`,
  allProjects: "Все проекты вместе",
  jobsPerMedicine: (s, value, arithmetic) =>
    `${s}: ${value} рабочих мест на один препарат (расчёт: ${arithmetic}).`,
  shareOfListed: (s, percent, part, whole, arithmetic) =>
    `Доля компании ${s} (${part}) — ${percent} от суммы показателей компаний (${whole}) (расчёт: ${arithmetic}).`,
  shareOfPlace: (s, percent, part, whole, place, arithmetic, reported) =>
    `${s}: ${part}${reported ? ` (по сообщению от ${reported}, вместе с этой суммой)` : ""} — это ${percent} от ${whole} (${place} в целом; расчёт: ${arithmetic}).`,
  whollyIn: (place) => `проекты, целиком расположенные в месте ${quoted(place)}`,
  shareTogether: (who, percent, part, whole, arithmetic) =>
    `Вместе (${who}): ${part} — ${percent} от общего показателя (${whole}) (расчёт: ${arithmetic}).`,
  partOf: {
    // (Not «Из 53 лекарственных препарата»: a count after «из» would need its genitive.)
    share: (s, part, whole, percent, arithmetic) =>
      `Компания ${s}: всего ${whole}, из них ${part} — примерно ${percent} (расчёт: ${arithmetic}).`,
    place: (place, part, whole, percent, arithmetic) =>
      `У проектов, целиком расположенных в месте «${place}», вместе ${part} из ${whole}: примерно ${percent} (расчёт: ${arithmetic}).`,
    not: (s, part, whole, rest, arithmetic) =>
      `Компания ${s}: всего ${whole}, из них ${part}; не относятся к социально значимым ${rest} (расчёт: ${arithmetic}).`,
  },
  byCompany: (list) => `По компаниям: ${list}.`,
  gap: (listed, headline, gap, arithmetic) =>
    `Показатели по компаниям в сумме дают ${listed}, а не ${headline}, как в общей цифре: ${gap} (расчёт: ${arithmetic}) не распределены по проектам в их описании.`,
  gapNone: (listed, headline, arithmetic) =>
    `Показатели по компаниям в сумме дают ${listed} (расчёт: ${arithmetic}), что согласуется с общей цифрой (${headline}).`,
  remainder: (s, amount, arithmetic) =>
    `Расчётная величина, в источниках не указана: общий объём за вычетом указанных инвестиций оставляет ${amount} на долю компании ${s} (${arithmetic}).`,
  totalLess: (whole, less, amount, arithmetic) =>
    `Расчётная величина, в источниках не указана: общая цифра ${whole} без показателей (${less}) оставляет ${amount} на остальные проекты (${arithmetic}).`,
  boundsGap:
    "Оба показателя указаны как минимальные, поэтому это разница между указанными цифрами, а не точная разница.",
  difference: (more, less, amount, arithmetic) =>
    `У компании ${more} на ${amount} больше, чем у компании ${less} (расчёт: ${arithmetic}).`,
  percentMore: (more, less, percent, arithmetic) =>
    `Показатель компании ${more} примерно на ${percent}% больше, чем у компании ${less} (расчёт: ${arithmetic}).`,
  percentLess: (less, more, percent, arithmetic) =>
    `Показатель компании ${less} примерно на ${percent}% меньше, чем у компании ${more} (расчёт: ${arithmetic}).`,
  times: (more, less, times, arithmetic) =>
    `Показатель компании ${more} примерно в ${times} раза больше, чем у компании ${less} (расчёт: ${arithmetic}).`,
  equal: (a, b) => `У компаний ${a} и ${b} одинаковый показатель.`,
  rank: {
    within: (place) => `Среди проектов, целиком расположенных в месте ${quoted(place)}:`,
    most: (what, s, n) => `Больше всего (${what}) — у компании ${s}: ${n}.`,
    least: (what, s, n) => `Меньше всего (${what}) — у компании ${s}: ${n}.`,
    order: (list) => `По порядку: ${list}.`,
    more: "и другие",
    missing: (names) => `Не учтены, так как показатель не указан: ${names}.`,
    place: (n, order, what, s, amount) =>
      `На ${NTH[n] ?? `${n}-м`} месте${order === "least" ? " с конца" : ""} (${what}) — компания ${s}: ${amount}.`,
    tooFew: (n, count) => `В рейтинге только ${count}, ${n}-го места нет.`,
  },
  strategic: {
    is: (partner, company) => `${partner} — стратегический партнёр проекта компании ${company}.`,
    not: (s) => `Источники не называют ${s} стратегическим партнёром.`,
    noneOf: (s) => `Стратегического партнёра проекта компании ${s} источники не называют.`,
  },
  makersBesides: (besides, words, makers) =>
    `Не считая компании ${besides}, источники называют «${words}» среди продукции: ${makers}.`,
  kinds: {
    // `words` as the question wrote them after «видов» («рака»).
    listed: (s, words, n, items, count) =>
      `Среди продукции компании ${s} источники перечисляют ${n} ${plural(count, "вид", "вида", "видов")} ${words} (в источнике, по-английски: ${items}).`,
    unlisted: (s, words) =>
      `Виды (${words}) среди продукции компании ${s} в источниках не перечислены, так что их число не указано.`,
    named: (text) => `Что сказано: ${text}.`,
    absent: (s, words) =>
      `Источники не называют «${words}» среди продукции компании ${s}, так что их число не указано.`,
  },
  incomparable: (stated, missing, what) =>
    `У кого больше (${what}) — у компании ${stated} или ${missing}, — в источниках не сказано: для ${missing} этот показатель не указан.`,
  exchangeRate: {
    company: (s, money, rate, arithmetic) =>
      `Инвестиции компании ${s} указаны как ${money}, откуда следует примерно ${rate} тенге за один доллар США (расчёт, в источнике не указан: ${arithmetic}).`,
    headline: (money, rate, arithmetic) =>
      `Общий объём инвестиций указан как ${money}, откуда следует примерно ${rate} тенге за один доллар США (расчёт, в источнике не указан: ${arithmetic}).`,
    note: "Сам курс в источниках не указан; каждый курс — это отношение двух указанных сумм, округлённых так же, как они.",
    unavailable: (s) =>
      `Курс для компании ${s} вывести нельзя: её инвестиции не указаны в источниках одновременно в тенге и в долларах.`,
  },
  ratio: {
    company: (s, amount, arithmetic) =>
      `Инвестиции компании ${s} составляют ${amount} (расчёт: ${arithmetic}).`,
    all: (amount, arithmetic) => `По всем проектам инвестиции составляют ${amount} (расчёт: ${arithmetic}).`,
    unavailable: (s, per, countMissing) =>
      `Рассчитать инвестиции ${per === "jobs" ? "на одно рабочее место" : "на один препарат"} для компании ${s} нельзя: ${countMissing ? (per === "jobs" ? "число рабочих мест" : "число препаратов") : "объём её инвестиций"} в источниках не указан${countMissing ? "о" : ""}.`,
    atMostNote: "Число рабочих мест указано как минимальное, поэтому это верхняя оценка.",
    together: (names, investment, count, amount, arithmetic) =>
      `Вместе ${names} вкладывают ${investment} на ${count}: ${amount} (расчёт: ${arithmetic}).`,
    most: (s, amount) => `Самый высокий показатель — у компании ${s}: ${amount}.`,
    least: (s, amount) => `Самый низкий показатель — у компании ${s}: ${amount}.`,
  },
  list: {
    companies: (names, count) =>
      `Правительство одобрило инвестиционные соглашения Министерства здравоохранения с фармацевтическими компаниями (${count}): ${names}.`,
    projects: (names, count) => `В источниках есть инвестиционные проекты компаний (${count}): ${names}.`,
    atStage: (stage, names, n) =>
      n
        ? `Сейчас на стадии «${stage}» ${n === 1 ? "один проект" : `проектов: ${n}`}: ${names}.`
        : `Ни один проект в источниках сейчас не на стадии «${stage}».`,
    companiesOutside: (place, names, n) =>
      n
        ? `Компании без площадок в месте ${quoted(place)} (${n}): ${names}.`
        : `У всех проектов есть площадки в месте ${quoted(place)}.`,
    companiesBesides: (besides, place, names, n) =>
      n
        ? `Кроме компании ${besides}, площадки в месте ${quoted(place)} есть у компаний (${n}): ${names}.`
        : `Площадка в месте ${quoted(place)} есть только у компании ${besides}.`,
    companiesIn: (place, names, n) => `Компании с площадками в месте ${quoted(place)} (${n}): ${names}.`,
    partners: (s, names) => `Проект компании ${s} реализуется совместно с партнёрами: ${names}.`,
    partnersCounted: (s, count, _v, names) =>
      `У проекта компании ${s} в источниках названо партнёров: ${count} — ${names}.`,
    ofKind: (kind, n, names) =>
      `В источниках названы ${kind === "ministry" ? "министерства" : kind} (${n}): ${names}.`,
    partnerCount: (partners, projects, total) =>
      `В источниках названы партнёры (${partners}) у ${projects} из ${total} проектов:`,
    noPartners: (s) => `Партнёры проекта компании ${s} в источниках не названы.`,
  },
  fact: {
    location: (s, where) => `${s} построит ${where}.`,
    sitesOnly: (s, places) => `Проект компании ${s} находится здесь: ${places}.`,
    facilityOnly: (s, facility) => `${s}: ${facility}; где именно, в источниках не сказано.`,
    facility: (s, text) => `${s} построит: ${text}.`,
    standard: (s, text) => `Фармацевтический комплекс компании ${s} будет соответствовать ${text}.`,
    products: (s, count, text) => `${s} будет производить ${count}, в том числе: ${text}.`,
    notMedicines: (s, text, foreign) =>
      `${s} не производит лекарства: ${foreign ? "по данным источника (цитата на языке оригинала) компания будет выпускать" : "компания будет выпускать"} «${text}».`,
    forAnimals: (s, text, foreign) =>
      `${s} выпускает препараты для животных, а не лекарства для людей: ${foreign ? "по данным источника (цитата на языке оригинала) компания будет выпускать" : "компания будет выпускать"} «${text}».`,
    description: (s, text) => `${s} — ${text}.`,
    agreementPlace: (s, text) => `${s}: место подписания — ${text}.`,
    focusArea: (_s, text) => `${text}.`,
    portfolio: (s, text) => `${s}: производственный портфель в Казахстане — ${text}.`,
    made: (s, text) => `Что будет выпускать ${s}, сказано в источнике на его языке: ${text}`,
    goal: (_s, text) => `Цель: ${text}.`,
    summary: (_s, text) => `${text}.`,
    therapyAreas: (_s, text) => `В целом проекты охватят: ${text}.`,
    places: (_s, text) => `Новые предприятия будут расположены здесь: ${text}.`,
  },
  agreement: {
    noPlace: (a) => `В источниках не сказано, где подписан документ «${a}».`,
    count: (parties, n, count) =>
      `В источниках ${plural(count, "указано", "указаны", "указано")} ${n} ${plural(count, "датированное соглашение", "датированных соглашения", "датированных соглашений")} (${parties}):`,
    countIn: (when, n, count) =>
      `В источниках за ${when} ${plural(count, "указано", "указаны", "указано")} ${n} ${plural(count, "соглашение", "соглашения", "соглашений")}:`,
    partyCount: (a, n) => `Число сторон, подписавших документ «${a}»: ${n}.`,
    areas: (title, n, count) =>
      `${title}: ${n} ${plural(count, "направление", "направления", "направлений")}:`,
    dated: (title, date, parties) => `${title} (стороны: ${parties}) подписано: ${date}.`,
    datedDay: (title, date, parties) => `${title} (стороны: ${parties}) подписано: ${date}.`,
    order: (items) =>
      items.length > 1
        ? `Сначала — ${items[0]}; затем ${items.slice(1).join("; затем ")}.`
        : `${items[0] ?? ""}.`,
    orderItem: (title, date) => `${title} (${date})`,
    apart: (n, count, from, to) =>
      `Между ними ${n} ${plural(count, "месяц", "месяца", "месяцев")} (расчёт: с ${from} по ${to}).`,
    yearFromArticle: (titles) => `Год (${titles}) в тексте не указан: он взят из даты самой статьи.`,
    unordered: (titles) =>
      `В источниках не указан год: ${titles}; поэтому по ним нельзя сказать, что было раньше.`,
    noDay: (date) => `Число в источниках не указано, только ${date}.`,
    noYear: (published) =>
      published
        ? `Год для этой даты в источнике не указан; статья датирована ${published.replace(/\.$/, "")}.`
        : "Год в источнике для этой даты не указан.",
    reported: (title, date, parties) =>
      `Дата подписания (${title}; стороны: ${parties}) в источниках не указана; об одобрении сообщили: ${date}.`,
    undated: (title, parties) => `${title} (стороны: ${parties}): дата в источниках не указана.`,
    summary: (text) => `${text}.`,
    none: (parties, when) => {
      const month = when?.month ? MONTHS[when.month - 1] : "";
      const time = month
        ? ` за ${month}${when?.year ? ` ${when.year} года` : ""}`
        : when?.year
          ? ` за ${when.year} год`
          : "";
      return `В источниках нет соглашения${parties ? ` с участием: ${parties}` : ""}${time}.`;
    },
  },
  date: (d) =>
    d.day && d.month
      ? `${d.day} ${MONTHS_GENITIVE[d.month - 1]}${d.year ? ` ${d.year} г.` : ""}`
      : [d.month ? MONTHS[d.month - 1] : "", d.year ? `${d.year} г.` : ""].filter(Boolean).join(" "),
  choice: {
    one: (s: string, picked: string, other: string) => `${s}: ${picked}, а не ${other}.`,
    both: (s: string, places: string) => `${s}: и там, и там — ${places}.`,
    neither: (s: string, places: string) => `${s}: ни то, ни другое (${places}).`,
  },
  cityName: (name: string) => `город ${name}`,
  statedFor: (owners: string) => `Это число в источниках относится к: ${owners}.`,
  otherCurrency: (n: string, amount: string) => `${n} — это её показатель в другой валюте: ${amount}.`,
  statedForTotal: "общий итог по всем проектам",
  placeIn: (place, parent) => `${place} (${parent})`,
  builtAt: (facility, place) => `${facility} — ${place}`,
  noStandard: (s) => `Стандарт для предприятия компании ${s} в источниках не назван.`,
  role: (s, role) => `${s} — ${role}.`,
  saidNothing: (s) => `В источниках не приводятся слова: ${s}.`,
  said: (s) => `${s} — цитата (перевод; оригинал — в источнике):`,
  saidReported: (s, text) => `${s} — слова в пересказе источника (перевод; оригинал — в источнике): ${text}.`,
  and: "и",
  ambiguous: (name, companies) =>
    `«${name}» входит в названия нескольких компаний из источников: ${companies}. Какую из них вы имеете в виду?`,
  absent: (names, companies) =>
    `${names} в источниках не упоминается. В них — фармацевтические инвестиционные проекты Казахстана (${companies}) и партнёрство АстраЗенеки с Казахстаном.`,
  notCovered: (companies) =>
    `В моих источниках об этом ничего нет: я могу отвечать только на вопросы о фармацевтических инвестиционных проектах Казахстана (${companies}) и о партнёрстве АстраЗенеки с Казахстаном.`,
  refuse:
    "Я не могу сообщать ничего о своей конфигурации и настройках. Я отвечаю только на вопросы о фармацевтических партнёрствах и инвестиционных проектах Казахстана.",
  greeting:
    "Здравствуйте! Я отвечаю на вопросы о фармацевтических партнёрствах и инвестиционных проектах Казахстана и цитирую точное предложение из источника.",
  empty: "Пожалуйста, задайте вопрос словами, например:",
  examplesIntro: "Например, можно спросить:",
  examples: [
    "Сколько рабочих мест создадут в Алматинской области?",
    "Какой объём инвестиций у МСП-Ромфарм?",
    "Где подписали меморандум с АстраЗенекой?",
  ],
  origin: (s, said) => `В источниках ${s} описана как ${said.join(" и ")} компания:`,
  noOrigin: (s) => `В источниках не сказано, из какой страны ${s}.`,
  noOrigins: (names) => `В источниках не сказано, из каких стран компании ${names}.`,
  nationality: {
    british: "британская",
    swedish: "шведская",
    american: "американская",
    turkish: "турецкая",
    chinese: "китайская",
    german: "немецкая",
    french: "французская",
    swiss: "швейцарская",
    russian: "российская",
    romanian: "румынская",
    egyptian: "египетская",
    indian: "индийская",
    polish: "польская",
    korean: "корейская",
    iranian: "иранская",
    japanese: "японская",
    hungarian: "венгерская",
    danish: "датская",
    belarusian: "белорусская",
    uzbek: "узбекская",
    italian: "итальянская",
  },
  onlyOf: (name: string) => `Из всех компаний источники говорят это только о компании ${name}:`,
  unnamedThere: (place: string, quotes: string) =>
    `В источниках упоминается и проект (${place}), компания которого не названа: ${quotes}`,
  retrieval: {
    // The sources list under the answer names the articles; the quotes stay in their own language.
    intro: (_titles: string, languages: readonly Lang[] = []) => {
      const other = languages.filter((l) => l !== "ru").map((l) => (l === "kk" ? "казахском" : "английском"));
      return other.length
        ? `Из источников (цитаты на языке оригинала, ${other.join(" и ")}):`
        : "Из источников:";
    },
    /** What the dataset records of a quoted sentence, in Russian (its gist, not a full translation). */
    translated: (text: string) => `(суть по-русски: ${text})`,
    corrected: "В одном из источников это названо ошибкой:",
    correctedBeside: "(В более позднем сообщении одно из этих предложений названо ошибкой.)",
    unconfirmed: "Прямо об этом в источниках не сказано; ближайшие по смыслу места:",
    dated: (date: string) => `(материал от ${date})`,
  },
  news: {
    scope: {
      sector: "фармацевтическая отрасль",
      country: "Казахстан в целом",
      region: (place) => `${place} в целом`,
    },
    until: (year) => `к ${year} году`,
    inYear: (year) => `в ${year} году`,
    scopeFigure: {
      plain: (scope, amount) => `${scope}: ${amount}.`,
      growth: (scope, amount) => `${scope}: рост на ${amount}.`,
      investmentGrowth: (scope, amount) => `${scope}: инвестиции выросли ${amount}.`,
      output: (scope, amount) => `${scope}: объём производства — ${amount}.`,
      share: (scope, amount) => `${scope}: доля отечественных лекарств — ${amount}.`,
      shareTarget: (scope, amount) => `${scope}: цель — довести долю отечественных лекарств до ${amount}.`,
    },
    setMembers: (set, members) => `${set}: ${members}.`,
    member: {
      yes: (s, set, members) => `${s} входит в число: ${set} (${members}).`,
      no: (s, set, members) => `${s} не входит в число: ${set}; это ${members}.`,
    },
    regionTotal: (scope, projects, worth) => `${scope}: ${projects} на сумму ${worth}.`,
    projects: (n, v) => `${n} ${plural(v, "проект", "проекта", "проектов")}`,
    reportingError: (scope, reported, current, ratio) =>
      `В одном сообщении для показателя «${scope}» указано ${reported}: очевидно, это ошибка в сообщении — в ${ratio} раз больше, чем ${current} в других источниках, поэтому это значение не используется.`,
    status: {
      talks: (s, date, by) =>
        `Об инвестиционном соглашении с ${s} не сообщается: проект на стадии переговоров${date || by ? ` (${[date && `по данным на ${date}`, by].filter(Boolean).join("; ")})` : ""}.`,
      memorandum: (s, date, by, event) =>
        `${s}: подписан меморандум${when(date, event)}${by ? ` (${by})` : ""}; об инвестиционном соглашении не сообщается.`,
      planned: (s, date) =>
        `${s}: проект объявлен как планируемый${date ? ` (сообщение от ${date})` : ""}; о соглашении не сообщается.`,
      approved: (s, date, by, event) =>
        `${s}: правительство одобрило инвестиционное соглашение${when(date, event)}${by ? ` (${by})` : ""}.`,
      signed: (s, date, by, event) =>
        `${s}: инвестиционное соглашение подписано${when(date, event)}${by ? ` (${by})` : ""}.`,
      "under construction": (s, date, _by, event) => `${s}: завод строится${when(date, event)}.`,
      launched: (s, date, by, event) => `${s}: завод запущен${when(date, event)}${by ? ` (${by})` : ""}.`,
      suspended: (s, date, _by, event) => `${s}: проект приостановлен${when(date, event)}.`,
      resumed: (s, date, _by, event) => `${s}: проект возобновлён после приостановки${when(date, event)}.`,
      cancelled: (s, date, _by, event) => `${s}: проект отменён${when(date, event)}.`,
      unknown: (s) => `Источники не сообщают, на какой стадии проект ${s}.`,
    },
    by: (who) => ` (${who})`,
    because: (words) => `Причина: «${words}».`,
    earlier: (list) => `Ранее: ${list}.`,
    at: (place) => `проект: ${place}`,
    memorandumBeside: (s, date, by, event) =>
      `${s}: подписан меморандум${when(date, event)}${by ? ` (${by})` : ""}.`,
    stageName: {
      talks: "переговоры",
      memorandum: "меморандум",
      planned: "объявлен",
      approved: "одобрено",
      signed: "соглашение подписано",
      "under construction": "начато строительство",
      launched: "запущено",
      suspended: "приостановлено",
      resumed: "возобновлено",
      cancelled: "отменено",
    },
    milestone: {
      launched: (s, when) => `${s}: запуск производства запланирован — ${when}.`,
      "under construction": (s, when) => `${s}: начало строительства запланировано — ${when}.`,
      other: (s, when) => `${s}: запланировано — ${when}.`,
    },
    phaseOf: (s, n) => `${s}, ${["первая", "вторая", "третья"][n - 1] ?? `${n}-я`} очередь`,
    noPhasePlan: (s, n) =>
      `Источники не называют сроков ${["первой", "второй", "третьей"][n - 1] ?? `${n}-й`} очереди проекта ${s}.`,
    plannedBefore: (plans) => `Ранее это планировалось на ${plans}.`,
    milestoneMoved: (earlier) => `Ранее планировалось: ${earlier}; срок перенесён.`,
    capacityDiffers: "Сообщения расходятся в этой цифре: одна из них может быть ошибкой.",
    capacity: (s, stated) => `${s}: производственная мощность — ${stated} (как в источнике).`,
    parts: (s, list) => `На отдельные части проекта ${s} (это части, а не вся стоимость): ${list}.`,
    contracted: (s, stated) => `${s}: по договору — ${stated} (как в источнике).`,
    shipped: (s, stated) => `${s}: отгружено ${stated} (как в источнике).`,
    coverage: (left) =>
      `Учтены фармацевтические проекты из источников, вышедшие за стадию переговоров${left ? ` (не учтены: ${left})` : ""}.`,
    alsoReported: (values) => ` (в другом сообщении — ${values})`,
    excluded: { talks: "только переговоры", otherSector: "не фармацевтика", cancelled: "отменён" },
    noSite: (s) => `Источники не сообщают, где будет построен завод ${s}.`,
    otherReport: (s, amount, when) =>
      `В долларах США сообщение${when ? ` от ${when}` : ""} даёт для ${s} ${amount}.`,
  },
};
