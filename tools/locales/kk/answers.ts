import type { Lang } from "../../../knowledge/schema.js";
import type { Messages } from "../en/index.js";
import { quoted } from "../quote.js";
import { amount, counted, percent } from "./suffix.js";

/** «екінші», «үшінші»: a place in a ranking. */
const NTH = [
  "",
  "бірінші",
  "екінші",
  "үшінші",
  "төртінші",
  "бесінші",
  "алтыншы",
  "жетінші",
  "сегізінші",
  "тоғызыншы",
  "оныншы",
];

const MONTHS = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split(
  " ",
);

/** Tenge and dollars, with the ablative and dative "more than" and "up to" put them in. */
const TENGE = { word: "теңге", ablative: "теңгеден", dative: "теңгеге" };
const DOLLARS = { word: "АҚШ доллары", ablative: "АҚШ долларынан", dative: "АҚШ долларына" };
const money = (n: string, q: string, scale: string, unit: typeof TENGE) =>
  amount(n, q, `${scale} ${unit.word}`, {
    ablative: `${scale} ${unit.ablative}`,
    dative: `${scale} ${unit.dative}`,
  });

/** Answer templates (Kazakh). Nouns after numbers stay singular, as Kazakh grammar wants. */
/** " (2025 ж. 17 қыркүйек)" for an event's own date, " (2026 ж. 1 қаңтар хабарлама)" for a report's. */
const when = (date: string, event: boolean) => (!date ? "" : event ? ` (${date})` : ` (${date} хабарлама)`);

export const answers: Messages["answers"] = {
  /** BCP 47 locale for numbers (tools/render/number.ts): "1,234.5", "1 234,5". */
  numberLocale: "kk-KZ",
  qualifier: {
    exact: "",
    around: "шамамен",
    approximately: "шамамен",
    "at least": "кемінде",
    "more than": "астам",
    "up to": "дейін",
    "at most": "ең көбі",
    "at least about": "кемінде шамамен",
    "at most about": "ең көбі шамамен",
    about: "шамамен",
  },
  unit: {
    jobs: (n, q) => counted(n, q, "жұмыс орны"),
    medicines: (n, q) => counted(n, q, "дәрілік препарат"),
    socially: (n, q) => counted(n, q, "әлеуметтік маңызы бар препарат"),
    kzt: (n, q) => money(n, q, "млрд", TENGE),
    usd: (n, q) => money(n, q, "млн", DOLLARS),
    kztTrillion: (n, q) => money(n, q, "трлн", TENGE),
    usdBillion: (n, q) => money(n, q, "млрд", DOLLARS),
    kztPerJob: (n, q) => `бір жұмыс орнына ${money(n, q, "млн", TENGE)}`,
    usdPerJob: (n, q) => `бір жұмыс орнына ${money(n, q, "млн", DOLLARS)}`,
    kztPerMedicine: (n, q) => `бір препаратқа ${money(n, q, "млн", TENGE)}`,
    kztBillionPerJob: (n, q) => `бір жұмыс орнына ${money(n, q, "млрд", TENGE)}`,
    kztBillionPerMedicine: (n, q) => `бір препаратқа ${money(n, q, "млрд", TENGE)}`,
    usdPerMedicine: (n, q) => `бір препаратқа ${money(n, q, "млн", DOLLARS)}`,
    usdThousandPerJob: (n, q) => `бір жұмыс орнына ${money(n, q, "мың", DOLLARS)}`,
    usdThousandPerMedicine: (n, q) => `бір дәріге ${money(n, q, "мың", DOLLARS)}`,
    percent: (n, q) => percent(n, q),
    agreements: (n, q) => counted(n, q, "келісім"),
    times: (n, q) => counted(n, q, "есе"),
    companies: (n, q) => counted(n, q, "компания"),
  },
  metricName: {
    jobs: "жұмыс орындары",
    investmentKzt: "инвестиция",
    investmentUsd: "АҚШ долларымен инвестиция",
    medicines: "дәрілік препараттар",
    sociallySignificant: "әлеуметтік маңызы бар препараттар",
  },
  value: {
    jobs: (s, n) => `${s}: ${n} ашылады.`,
    medicines: (s, n) => `${s}: ${n} өндіріледі.`,
    sociallySignificant: (s, n) => `${s}: ${n} өндіріледі.`,
    investment: (s, money) => `${s}: инвестиция көлемі — ${money}.`,
  },
  employsNow: (s: string, n: string) => `${s}: ${n} (дереккөз бойынша, қазір онда сонша адам жұмыс істейді).`,
  wasTo: {
    jobs: (s, n) => `${s}: ${n} ашу жоспарланған еді.`,
    medicines: (s, n) => `${s}: ${n} өндіру жоспарланған еді.`,
    sociallySignificant: (s, n) => `${s}: ${n} өндіру жоспарланған еді.`,
    investment: (s, money) => `${s}: жоба құны ${money} деп бағаланған еді.`,
  },
  notStated: {
    jobs: (s) => `${s}: қанша жұмыс орны ашылатыны дереккөздерде көрсетілмеген.`,
    medicines: (s) => `${s}: қанша дәрілік препарат өндірілетіні дереккөздерде көрсетілмеген.`,
    sociallySignificant: (s) =>
      `${s}: препараттардың қаншасы әлеуметтік маңызы бар екені дереккөздерде көрсетілмеген.`,
    investment: (s) => `${s}: инвестиция көлемі дереккөздерде көрсетілмеген.`,
    onlyIn: (s, currency) =>
      `${s}: инвестиция көлемі дереккөздерде тек ${currency === "usd" ? "АҚШ долларымен" : "теңгемен"} көрсетілген.`,
  },
  notInSources: (s, what) =>
    `${s}: «${what}» көрсеткіші дереккөздерде көрсетілмеген — онда компанияның келісімдері мен серіктестіктері сипатталған, сандары бар инвестициялық жоба емес.`,
  spans: (s, amount, places, asked) =>
    `${s} алаңдары: ${places}. Көрсеткіш (${amount}) оларға бірге қатысты және дереккөздерде өңірлер бойынша бөлінбеген, сондықтан ${quoted(asked)} үлесі көрсетілмеген.`,
  noCity: (s) => `Дереккөздерде ${s} алаңының қаласы аталмайды, тек облысы аталады.`,
  notThere: (s, place) => `${s} компаниясының ${quoted(place)} аумағында алаңы жоқ; жоба бойынша жалпы:`,
  together: (names, amount, arithmetic) => `Барлығы (${names}): ${amount} (есептеу: ${arithmetic}).`,
  noProjects: (place, elsewhere) =>
    `Жоқ: ${quoted(place)} аумағындағы жоба дереккөздерде аталмаған; жобалар мына жерлерде: ${elsewhere}.`,
  inRegion: (region, companies) => `${quoted(region)} бойынша тұтастай: ${companies}.`,
  notStatedShort: "дереккөздерде көрсетілмеген",
  derivedLabel: "есептеу",
  yes: "Иә.",
  placeLiesIn: (place, within) => `${place} орналасқан жері: ${within}.`,
  noOwnPlant: (s) => `Дереккөздерде ${s} компаниясының өз зауыты аталмайды.`,
  stageNotReported: {
    "under construction": (s) => `Дереккөздерде ${s} зауытының құрылысы басталғаны айтылмаған.`,
    launched: (s) => `Дереккөздерде ${s} зауыты іске қосылғаны айтылмаған.`,
    suspended: (s) => `Дереккөздерде ${s} жобасы тоқтатылғаны айтылмаған.`,
    cancelled: (s) => `Дереккөздерде ${s} жобасынан бас тартылғаны айтылмаған.`,
  },
  productNotNamed: (s, words, makers) =>
    `Дереккөздер ${s} өнімдерінің арасында ${quoted(words)} атамайды${makers ? `; бұл ${makers} өнімдерінде аталған` : ""}.`,
  no: "Жоқ.",
  /** The verdict on a negation the question states ("X is not in Y, right?"). */
  negationRight: "Дұрыс.",
  negationWrong: "Дұрыс емес.",
  unknown: (what, about) =>
    `Дереккөздерде көрсетілмеген: ${what}${about ? ` (${about})` : ""}; онда инвестиция, жұмыс орындары, препараттар, серіктестер, алаңдар және келісімдер бар.`,
  unstatedWhat: {
    progress: "құрылыстың қаншалықты алға жылжығаны",
    resumption: "жобаның қашан қайта басталатыны",
    founded: "компанияның құрылған жылы",
    salary: "жалақы",
    opening:
      "құрылыс қашан басталып, қашан аяқталатыны, зауыттар қашан ашылатыны немесе өндірісті бастайтыны",
    revenue: "табыс немесе пайда",
    price: "бағалар",
    area: "алаңдардың көлемі мен жер телімі",
    distance: "жерлер арасындағы қашықтық",
    capacity: "өндірістік қуаты",
    duration: "келісімдердің қолданылу мерзімі",
    headquarters: "компаниялардың бас кеңселері қайда екені (тек зауыттарының орны айтылады)",
    signatory: "әр тарап атынан кім қол қойғаны",
    owner: "иелері",
    incentives: "салықтар, салық жеңілдіктері, преференциялар немесе субсидиялар",
    financing: "инвестицияның қаржыландыру құрылымы (өз қаражаты, несие)",
    currentShare: "отандық дәрілердің қазіргі үлесі (тек 50% мақсаты көрсетілген)",
    value: "келісімнің құны (сомасы)",
    export: "экспорт нарықтары мен елдері",
  },
  noRole: (role, of) =>
    `Дереккөздерде мұндай лауазым аталмаған: ${role}${of ? ` (${of})` : ""} — көрсетілмеген.`,
  stage: {
    signed: (s) => `${s}: жоба бойынша келісімге қол қойылған.`,
    planned: (s) => `${s}: жоба жоспарланған деп жарияланған; қол қойылған келісім туралы айтылмаған.`,
    talks: (s) =>
      `${s}: қол қойылған келісім туралы айтылмаған, соңғы дереккөз тек келіссөз немесе ниет туралы хабарлайды.`,
    unknown: (s) => `${s} келісімге қол қойды ма, дереккөздерде айтылмаған.`,
    memorandum: (s) => `${s}: меморандумға қол қойылған; инвестициялық келісім туралы айтылмаған.`,
    approved: (s) => `${s}: Үкімет инвестициялық келісімді мақұлдады.`,
    "under construction": (s) => `${s}: зауыт салынып жатыр.`,
    launched: (s) => `${s}: зауыт іске қосылды.`,
    suspended: (s) => `${s}: жоба тоқтатыла тұрды.`,
    resumed: (s) => `${s}: жоба тоқтатылғаннан кейін қайта жанданды.`,
    cancelled: (s) => `${s}: жобадан бас тартылды.`,
  },
  noChanges: (s) =>
    s
      ? `${s} бойынша бірде-бір көрсеткіш жаңа дереккөзде өзгермеген.`
      : "Бірде-бір көрсеткіш жаңа дереккөзде өзгермеген.",
  leftOutDisputed: (s, amount) =>
    `${s} көрсеткіші (${amount}) қосындыға енгізілмеді: дереккөздер он және одан да көп есе алшақ.`,
  history: {
    earlier: (values) => ` (бұрын ${values})`,
    disputed: (s, values) =>
      `${s} бойынша бұл көрсеткіште дереккөздер сәйкес келмейді: басқа дереккөз ${values} береді; бұл мән тексеруге қалдырылды, пайдаланылмайды.`,
  },
  siteCount: (s, n, list) => `${s} алаңдары (${n}): ${list}.`,
  placeCount: (n, list) => `Жобалардың алаңдары ${n} қала мен облыста орналасқан: ${list}.`,
  byRegion: (list) => `Өңірлер бойынша: ${list}.`,
  spansGroups: (s, amount, places) =>
    `${s} көрсеткіші (${amount}) мына алаңдарға бірге қатысты: ${places}; дереккөздерде олардың арасында бөлінбеген.`,
  shareMixed:
    "Компанияның көрсеткіші ең төменгі шама, ал жалпы көрсеткіш шамамен берілген, сондықтан үлесті тек шамамен айтуға болады.",
  understood: {
    attribute: {
      jobs: "жұмыс орындары",
      investmentKzt: "инвестиция",
      investmentUsd: "инвестиция (АҚШ доллары)",
      medicines: "препараттар",
      sociallySignificant: "әлеуметтік маңызы бар препараттар",
      sites: "алаңдар",
      partners: "серіктестер",
      products: "өнімдер",
      standard: "стандарт",
      facility: "нысан",
      dates: "күндер",
      signatories: "келісімдер",
      roles: "лауазымдар",
      statements: "сөздері",
      companies: "компаниялар",
      items: "бағыттар",
      goal: "мақсат",
      profile: "мәліметтер",
      stage: "кезең",
      changes: "не өзгерді",
    },
    operation: {
      value: "мәні",
      list: "тізім",
      count: "саны",
      sum: "қосынды",
      average: "орташа",
      max: "ең көп",
      min: "ең аз",
      rank: "рейтинг",
      compare: "салыстыру",
      difference: "айырма",
      times: "неше есе",
      ratio: "қатынас",
      share: "жалпыдан үлес",
      remainder: "қалдық",
      order: "күндер бойынша реті",
      exists: "иә/жоқ",
      missing: "көрсетілмеген",
    },
    per: { jobs: "бір жұмыс орнына", medicines: "бір препаратқа" },
    groupBy: { company: "компаниялар бойынша", region: "өңірлер бойынша", city: "қалалар бойынша" },
    dollars: "АҚШ долларымен",
    tenge: "теңгемен",
    unstated: "дереккөздерде жоқ",
  },
  outsideSum: (place, amount, arithmetic) =>
    `${quoted(place)} аумағында алаңы жоқ жобалар бойынша барлығы: ${amount} (есептеу: ${arithmetic}).`,
  placeSum: (place, amount, arithmetic) =>
    `Толығымен ${quoted(place)} аумағында орналасқан жобалар бойынша барлығы: ${amount} (есептеу: ${arithmetic}).`,
  headline: {
    jobs: (amount) => `Мақұлданған жобалар бүкіл ел бойынша ${amount} ашады.`,
    medicines: (amount) => `Жобалар ${amount} өндірісін оқшаулауды көздейді.`,
    investment: (money) => `Жобалар бойынша инвестициялардың жалпы көлемі — ${money}.`,
    sociallySignificant: () => "",
  },
  listedSum: {
    all: (what, amount, arithmetic) =>
      `Әр компания бойынша көрсетілген «${what}» көрсеткіштерінің қосындысы — ${amount} (есептеу: ${arithmetic}).`,
    partial: (what, amount, arithmetic, missing) =>
      `Компаниялар бойынша көрсетілген «${what}» көрсеткіштерінің қосындысы — ${amount} (есептеу: ${arithmetic}); ${missing} үшін көрсеткіш көрсетілмеген.`,
  },
  headlineAverage: (total, count, amount, arithmetic) =>
    `Жалпы көлем (${total}) барлық ${count} жобаға бөлінсе, бір жобаға ${amount} келеді (есептеу: ${arithmetic}).`,
  average: (what, count, amount, arithmetic) =>
    `«${what}» көрсеткіші көрсетілген компаниялар (${count}) бойынша орташа есеппен бір компанияға ${amount} (есептеу: ${arithmetic}).`,
  share: (s, percent, part, whole, arithmetic) =>
    `${s} үлесі (${part}) — жалпы көрсеткіштің (${whole}) ${percent} (есептеу: ${arithmetic}).`,
  allProjects: "Барлық жобалар бірге",
  jobsPerMedicine: (s, value, arithmetic) => `${s}: бір дәріге ${value} жұмыс орны (есептеу: ${arithmetic}).`,
  shareOfListed: (s, percent, part, whole, arithmetic) =>
    `${s} үлесі (${part}) — компаниялар көрсеткіштерінің қосындысының (${whole}) ${percent} (есептеу: ${arithmetic}).`,
  shareOfPlace: (s, percent, part, whole, place, arithmetic, reported) =>
    `${s}: ${part}${reported ? ` (${reported} хабарлама бойынша, осы сомамен бірге)` : ""} — ${place} бойынша жалпы ${whole} сомасының ${percent} (есеп: ${arithmetic}).`,
  whollyIn: (place) => `толығымен ${quoted(place)} аумағындағы жобалар`,
  shareTogether: (who, percent, part, whole, arithmetic) =>
    `Бірге (${who}): ${part} — жалпы көрсеткіштің (${whole}) ${percent} (есептеу: ${arithmetic}).`,
  partOf: {
    share: (s, part, whole, percent, arithmetic) =>
      `${s}: ${whole} ішінде ${part} — шамамен ${percent} (есептеу: ${arithmetic}).`,
    place: (place, part, whole, percent, arithmetic) =>
      `Толығымен «${place}» аумағындағы жобаларда бірге ${whole} ішінде ${part}: шамамен ${percent} (есептеу: ${arithmetic}).`,
    not: (s, part, whole, rest, arithmetic) =>
      `${s}: ${whole} ішінде ${part}; әлеуметтік маңызы жоғы — ${rest} (есептеу: ${arithmetic}).`,
  },
  byCompany: (list) => `Компаниялар бойынша: ${list}.`,
  gap: (listed, headline, gap, arithmetic) =>
    `Компаниялар бойынша көрсеткіштердің қосындысы — ${listed}, ал жалпы көрсеткіш — ${headline}: ${gap} (есептеу: ${arithmetic}) жобалардың сипаттамасында бөлінбеген.`,
  gapNone: (listed, headline, arithmetic) =>
    `Компаниялар бойынша көрсеткіштердің қосындысы ${listed} (есептеу: ${arithmetic}), бұл жалпы көрсеткішпен (${headline}) сәйкес келеді.`,
  remainder: (s, amount, arithmetic) =>
    `Есептелген шама, дереккөздерде көрсетілмеген: жалпы көлемнен көрсетілген инвестицияларды шегергенде ${s} үлесіне ${amount} қалады (${arithmetic}).`,
  totalLess: (whole, less, amount, arithmetic) =>
    `Есептелген шама, дереккөздерде көрсетілмеген: барлық жобаларға берілген ${whole} көлемінен (${less}) көрсеткіштерін алып тастағанда қалған жобаларға ${amount} қалады (${arithmetic}).`,
  boundsGap:
    "Екі көрсеткіш те ең аз мән ретінде көрсетілген, сондықтан бұл — нақты айырма емес, көрсетілген сандардың айырмасы.",
  difference: (more, less, amount, arithmetic) =>
    `${more} көрсеткіші ${less} көрсеткішінен ${amount} артық (есептеу: ${arithmetic}).`,
  percentMore: (more, less, percent, arithmetic) =>
    `${more} көрсеткіші ${less} көрсеткішінен шамамен ${percent}% артық (есептеу: ${arithmetic}).`,
  percentLess: (less, more, percent, arithmetic) =>
    `${less} көрсеткіші ${more} көрсеткішінен шамамен ${percent}% кем (есептеу: ${arithmetic}).`,
  times: (more, less, times, arithmetic) =>
    `${more} көрсеткіші ${less} көрсеткішінен шамамен ${times} есе көп (есептеу: ${arithmetic}).`,
  equal: (a, b) => `${a} мен ${b} көрсеткіштері бірдей.`,
  rank: {
    within: (place) => `Толығымен ${quoted(place)} аумағында орналасқан жобалар арасында:`,
    most: (what, s, n) => `Ең көп (${what}) — ${s}: ${n}.`,
    least: (what, s, n) => `Ең аз (${what}) — ${s}: ${n}.`,
    order: (list) => `Реті бойынша: ${list}.`,
    more: "және басқалары",
    missing: (names) => `Көрсеткіш көрсетілмегендіктен есепке алынбады: ${names}.`,
    place: (n, order, what, s, amount) => {
      const nth = NTH[n] ?? `${n}-`;
      return `${order === "least" ? `Соңынан ${nth}` : `${nth[0]?.toUpperCase()}${nth.slice(1)}`} орында (${what}) — ${s}: ${amount}.`;
    },
    tooFew: (n, count) => `Рейтингте тек ${count} жоба бар, ${n}-орын жоқ.`,
  },
  strategic: {
    is: (partner, company) => `${partner} — ${company} жобасының стратегиялық серіктесі.`,
    not: (s) => `Дереккөздер ${s} стратегиялық серіктес деп атамайды.`,
    noneOf: (s) => `Дереккөздер ${s} жобасының стратегиялық серіктесін атамайды.`,
  },
  makersBesides: (besides, words, makers) =>
    `Дереккөздер «${words}» өнімін ${besides} ғана емес, мыналардың өнімдері арасында да атайды: ${makers}.`,
  kinds: {
    // `words` as the question wrote them before «неше түрін» («қатерлі ісіктің»).
    listed: (s, words, n, items, _count) =>
      `Дереккөздер ${s} өнімдерінің ішінде ${words} ${n} түрін атайды (дереккөзде, ағылшынша: ${items}).`,
    unlisted: (s, words) =>
      `Дереккөздер ${s} өнімдерінің ішінде «${words}» түрлерін атамайды, сондықтан олардың саны көрсетілмеген.`,
    named: (text) => `Айтылғаны: ${text}.`,
    absent: (s, words) =>
      `Дереккөздер ${s} өнімдерінің арасында «${words}» атамайды, сондықтан олардың саны көрсетілмеген.`,
  },
  incomparable: (stated, missing, what) =>
    `${stated} пен ${missing} арасында қайсысында ${what} көп екені көрсетілмеген: ${missing} үшін бұл көрсеткіш дереккөздерде жоқ.`,
  exchangeRate: {
    company: (s, money, rate, arithmetic) =>
      `${s} инвестициясы ${money} деп көрсетілген, бұдан бір АҚШ долларына шамамен ${rate} теңге шығады (есептеу, дереккөзде көрсетілмеген: ${arithmetic}).`,
    headline: (money, rate, arithmetic) =>
      `Жалпы инвестиция көлемі ${money} деп көрсетілген, бұдан бір АҚШ долларына шамамен ${rate} теңге шығады (есептеу, дереккөзде көрсетілмеген: ${arithmetic}).`,
    note: "Дереккөздерде бағамның өзі көрсетілмеген; әр бағам — көрсетілген екі соманың қатынасы, олар сияқты дөңгелектенген.",
    unavailable: (s) =>
      `${s} үшін бағамды шығаруға болмайды: дереккөздерде оның инвестициясы әрі теңгемен, әрі доллармен көрсетілмеген.`,
  },
  ratio: {
    company: (s, amount, arithmetic) => `${s}: инвестиция — ${amount} (есептеу: ${arithmetic}).`,
    all: (amount, arithmetic) => `Барлық жоба бойынша инвестиция — ${amount} (есептеу: ${arithmetic}).`,
    unavailable: (s, per, countMissing) =>
      `${s}: ${per === "jobs" ? "бір жұмыс орнына" : "бір дәріге"} шаққандағы инвестицияны есептеу мүмкін емес — ${countMissing ? (per === "jobs" ? "жұмыс орындарының саны" : "дәрілер саны") : "инвестиция көлемі"} дереккөздерде көрсетілмеген.`,
    atMostNote: "Жұмыс орындарының саны ең төменгі шама ретінде берілген, сондықтан бұл — жоғарғы бағалау.",
    together: (names, investment, count, amount, arithmetic) =>
      `Бірге ${names}: ${investment}, ${count}; бұл ${amount} (есептеу: ${arithmetic}).`,
    most: (s, amount) => `Ең жоғары көрсеткіш — ${s}: ${amount}.`,
    least: (s, amount) => `Ең төмен көрсеткіш — ${s}: ${amount}.`,
  },
  list: {
    companies: (names, count) =>
      `Үкімет Денсаулық сақтау министрлігінің фармацевтикалық компаниялармен (${count}) инвестициялық келісімдерін мақұлдады: ${names}.`,
    projects: (names, count) =>
      `Дереккөздерде компаниялардың (${count}) инвестициялық жобалары бар: ${names}.`,
    atStage: (stage, names, n) =>
      n
        ? `Қазір «${stage}» кезеңіндегі жобалар (${n}): ${names}.`
        : `Дереккөздердегі бірде-бір жоба қазір «${stage}» кезеңінде емес.`,
    companiesOutside: (place, names, n) =>
      n
        ? `${quoted(place)} аумағында алаңы жоқ компаниялар (${n}): ${names}.`
        : `Барлық жобаның ${quoted(place)} аумағында алаңы бар.`,
    companiesBesides: (besides, place, names, n) =>
      n
        ? `${besides} компаниясынан басқа, ${quoted(place)} аумағында алаңдары бар компаниялар (${n}): ${names}.`
        : `${quoted(place)} аумағында алаңы бар жалғыз компания — ${besides}.`,
    companiesIn: (place, names, n) => `${quoted(place)} аумағында алаңдары бар компаниялар (${n}): ${names}.`,
    partners: (s, names) => `${s} жобасы серіктестермен бірлесіп жүзеге асырылады: ${names}.`,
    partnersCounted: (s, count, _v, names) =>
      `Дереккөздерде ${s} жобасының ${count} серіктесі аталған: ${names}.`,
    ofKind: (kind, n, names) =>
      `Дереккөздерде аталған ${kind === "ministry" ? "министрліктер" : kind} (${n}): ${names}.`,
    partnerCount: (partners, projects, total) =>
      `Дереккөздерде ${total} жобаның ${projects} жобасы үшін серіктестер (${partners}) аталған:`,
    noPartners: (s) => `${s} жобасының серіктестері дереккөздерде аталмаған.`,
  },
  fact: {
    location: (s, where) => `${s} салады: ${where}.`,
    sitesOnly: (s, places) => `${s} жобасының орны: ${places}.`,
    facilityOnly: (s, facility) => `${s}: ${facility}; қай жерде екені дереккөздерде айтылмаған.`,
    facility: (s, text) => `${s} салады: ${text}.`,
    standard: (s, text) => `${s} фармацевтикалық кешені ${text} сәйкес келеді.`,
    products: (s, count, text) => `${s}: ${count} өндіріледі, соның ішінде: ${text}.`,
    notMedicines: (s, text, foreign) =>
      `${s} дәрі шығармайды: ${foreign ? "дереккөз бойынша (түпнұсқа тілінде) компания" : "компания"} «${text}» шығарады.`,
    forAnimals: (s, text, foreign) =>
      `${s} адамдарға емес, жануарларға арналған препараттар шығарады: ${foreign ? "дереккөз бойынша (түпнұсқа тілінде) компания" : "компания"} «${text}» шығарады.`,
    description: (s, text) => `${s} — ${text}.`,
    agreementPlace: (s, text) => `${s}: қол қойылған орны — ${text}.`,
    focusArea: (_s, text) => `${text}.`,
    portfolio: (s, text) => `${s}: Қазақстандағы өндірістік портфелі — ${text}.`,
    made: (s, text) => `${s} не шығаратыны дереккөзде өз тілінде айтылған: ${text}`,
    goal: (_s, text) => `Мақсат: ${text}.`,
    summary: (_s, text) => `${text}.`,
    therapyAreas: (_s, text) => `Жалпы алғанда жобалар мыналарды қамтиды: ${text}.`,
    places: (_s, text) => `Жаңа кәсіпорындар мына жерлерде орналасады: ${text}.`,
  },
  agreement: {
    noPlace: (a) => `Дереккөздерде «${a}» құжатына қай жерде қол қойылғаны айтылмаған.`,
    count: (parties, n) => `Дереккөздерде ${parties} жасаған күні көрсетілген ${n} келісім бар:`,
    countIn: (when, n) => `Дереккөздерде ${when} қол қойылған ${n} келісім бар:`,
    partyCount: (a, n) => `«${a}» құжатына қол қойған тараптар саны: ${n}.`,
    areas: (title, n) => `${title}: ${n} басым бағыт:`,
    dated: (title, date, parties) => `${title} (тараптар: ${parties}) қол қойылған уақыты: ${date}.`,
    datedDay: (title, date, parties) => `${title} (тараптар: ${parties}) қол қойылған күні: ${date}.`,
    order: (items) =>
      items.length > 1
        ? `Алдымен — ${items[0]}; кейін ${items.slice(1).join("; кейін ")}.`
        : `${items[0] ?? ""}.`,
    orderItem: (title, date) => `${title} (${date})`,
    apart: (n, _count, from, to) => `Арасы — ${n} ай (есептеу: ${from} — ${to}).`,
    yearFromArticle: (titles) => `${titles}: жылы мәтінде көрсетілмеген, ол мақаланың өз күнінен алынды.`,
    unordered: (titles) =>
      `Дереккөздерде ${titles} үшін жыл көрсетілмеген, сондықтан қайсысы бұрын болғаны айтылмаған.`,
    noDay: (date) => `Дереккөздерде күні көрсетілмеген, тек ${date}.`,
    noYear: (published) =>
      published
        ? `Дереккөзде бұл күннің жылы көрсетілмеген; мақаланың күні — ${published}.`
        : "Дереккөзде бұл күннің жылы көрсетілмеген.",
    reported: (title, date, parties) =>
      `${title} (тараптар: ${parties}): қол қойылған күні дереккөздерде көрсетілмеген; мақұлдау туралы хабарланған күн: ${date}.`,
    undated: (title, parties) => `${title} (тараптар: ${parties}): күні дереккөздерде көрсетілмеген.`,
    summary: (text) => `${text}.`,
    none: (parties, when) => {
      const month = when?.month ? `${MONTHS[when.month - 1]} айындағы ` : "";
      const time = when?.year ? (month ? `${when.year} ж. ${month}` : `${when.year} жылғы `) : month;
      return `Дереккөздерде ${time}келісім${parties ? ` (қатысушылар: ${parties})` : ""} аталмаған.`;
    },
  },
  date: (d) =>
    [d.year ? `${d.year} ж.` : "", d.day ?? "", d.month ? MONTHS[d.month - 1] : ""].filter(Boolean).join(" "),
  choice: {
    one: (s: string, picked: string, other: string) => `${s}: ${picked}, ${other} емес.`,
    both: (s: string, places: string) => `${s}: екеуінде де — ${places}.`,
    neither: (s: string, places: string) => `${s}: екеуінде де емес (${places}).`,
  },
  cityName: (name: string) => `${name} қаласы`,
  statedFor: (owners: string) => `Бұл сан дереккөздерде мынаған қатысты: ${owners}.`,
  otherCurrency: (n: string, amount: string) => `${n} — оның басқа валютадағы көрсеткіші: ${amount}.`,
  statedForTotal: "барлық жобалардың жалпы қорытындысы",
  placeIn: (place, parent) => `${place} (${parent})`,
  builtAt: (facility, place) => `${facility} — ${place}`,
  noStandard: (s) => `${s} кәсіпорнының стандарты дереккөздерде аталмаған.`,
  role: (s, role) => `${s} — ${role}.`,
  saidNothing: (s) => `Дереккөздерде ${s} сөздерінен дәйексөз жоқ.`,
  said: (s) => `${s} былай деді (дәйексөздің аудармасы; түпнұсқасы — дереккөзде):`,
  saidReported: (s, text) =>
    `${s} — дереккөздің баяндауындағы сөздері (аудармасы; түпнұсқасы — дереккөзде): ${text}.`,
  and: "және",
  ambiguous: (name, companies) =>
    `«${name}» дереккөздердегі бірнеше компанияның атауында бар: ${companies}. Қайсысын айтып отырсыз?`,
  absent: (names, companies) =>
    `${names} дереккөздерде аталмаған. Оларда Қазақстанның фармацевтикалық инвестициялық жобалары (${companies}) және АстраЗенеканың Қазақстанмен серіктестігі туралы айтылады.`,
  notCovered: (companies) =>
    `Менің дереккөздерімде бұл туралы ештеңе жоқ: мен тек Қазақстанның фармацевтикалық инвестициялық жобалары (${companies}) және АстраЗенеканың Қазақстанмен серіктестігі туралы сұрақтарға жауап бере аламын.`,
  refuse:
    "Мен өз конфигурациям мен баптауларым туралы ештеңе айта алмаймын. Мен тек Қазақстанның фармацевтикалық серіктестіктері мен инвестициялық жобалары туралы сұрақтарға жауап беремін.",
  greeting:
    "Сәлеметсіз бе! Мен Қазақстанның фармацевтикалық серіктестіктері мен инвестициялық жобалары туралы сұрақтарға жауап беремін және дереккөздегі нақты сөйлемді келтіремін.",
  empty: "Сұрағыңызды сөзбен жазыңыз, мысалы:",
  examplesIntro: "Мысалы, былай сұрауға болады:",
  examples: [
    "Алматы облысында қанша жұмыс орны ашылады?",
    "МСП-Ромфарм инвестициясының көлемі қанша?",
    "АстраЗенекамен меморандумға қайда қол қойылды?",
  ],
  origin: (s, said) => `Дереккөздерде ${s} ${said.join("-")} компаниясы ретінде сипатталады:`,
  noOrigin: (s) => `${s} қай елдікі екені дереккөздерде айтылмаған.`,
  noOrigins: (names) => `${names} қай елдердікі екені дереккөздерде айтылмаған.`,
  nationality: {
    british: "британ",
    swedish: "швед",
    american: "америка",
    turkish: "түрік",
    chinese: "қытай",
    german: "неміс",
    french: "француз",
    swiss: "швейцар",
    russian: "ресей",
    romanian: "румын",
    egyptian: "мысыр",
    indian: "үнді",
    polish: "поляк",
    korean: "корей",
    iranian: "иран",
    japanese: "жапон",
    hungarian: "венгр",
    danish: "дат",
    belarusian: "беларусь",
    uzbek: "өзбек",
    italian: "итальян",
  },
  onlyOf: (name: string) => `Компаниялардың ішінен дереккөздер мұны тек ${name} туралы айтады:`,
  unnamedThere: (place: string, quotes: string) =>
    `Дереккөздерде компаниясы аталмаған жоба да айтылады (${place}): ${quotes}`,
  retrieval: {
    // The sources list under the answer names the articles; the quotes stay in their own language.
    intro: (_titles: string, languages: readonly Lang[] = []) => {
      const other = languages.filter((l) => l !== "kk").map((l) => (l === "ru" ? "орысша" : "ағылшынша"));
      return other.length
        ? `Дереккөздерден (дәйексөздер түпнұсқа тілінде, ${other.join(" және ")}):`
        : "Дереккөздерден:";
    },
    /** What the dataset records of a quoted sentence, in Kazakh (its gist, not a full translation). */
    translated: (text: string) => `(қазақша мәні: ${text})`,
    corrected: "Дереккөздердің бірінде бұл қате деп көрсетілген:",
    correctedBeside: "(Кейінгі хабарламада осы сөйлемдердің бірі қате деп көрсетілген.)",
    unconfirmed: "Дереккөздерде бұл тікелей айтылмаған; мағынасы жақын жолдар:",
    dated: (date: string) => `(жарияланған күні: ${date})`,
  },
  news: {
    scope: {
      sector: "фармацевтика саласы",
      country: "Қазақстан бойынша",
      region: (place) => `${place} бойынша`,
    },
    until: (year) => `${year} жылға қарай`,
    inYear: (year) => `${year} жылы`,
    scopeFigure: {
      plain: (scope, amount) => `${scope}: ${amount}.`,
      growth: (scope, amount) => `${scope}: ${amount} өсім.`,
      investmentGrowth: (scope, amount) => `${scope}: инвестиция ${amount} артты.`,
      output: (scope, amount) => `${scope}: өндіріс көлемі — ${amount}.`,
      share: (scope, amount) => `${scope}: отандық дәрілердің үлесі — ${amount}.`,
      shareTarget: (scope, amount) => `${scope}: мақсат — отандық дәрілердің үлесін ${amount} жеткізу.`,
    },
    setMembers: (set, members) => `${set}: ${members}.`,
    member: {
      yes: (s, set, members) => `${s} мына жобалардың қатарында: ${set} (${members}).`,
      no: (s, set, members) => `${s} мына жобалардың қатарында жоқ: ${set}; олар — ${members}.`,
    },
    regionTotal: (scope, projects, worth) => `${scope}: жалпы құны ${worth} болатын ${projects}.`,
    projects: (n) => `${n} жоба`,
    reportingError: (scope, reported, current, ratio) =>
      `Бір хабарламада «${scope}» үшін ${reported} деп көрсетілген: бұл хабарламадағы анық қате — басқа дереккөздердегі ${current} мәнінен ${ratio} есе көп, сондықтан ол қолданылмайды.`,
    status: {
      talks: (s, date, by) =>
        `${s} бойынша инвестициялық келісім туралы айтылмаған: жоба келіссөз кезеңінде${date || by ? ` (${[date && `${date} жағдай бойынша`, by].filter(Boolean).join("; ")})` : ""}.`,
      memorandum: (s, date, by, event) =>
        `${s}: меморандумға қол қойылған${when(date, event)}${by ? ` (${by})` : ""}; инвестициялық келісім туралы айтылмаған.`,
      planned: (s, date) =>
        `${s}: жоба жоспарланған деп жарияланған${date ? ` (${date} хабарлама)` : ""}; келісім туралы айтылмаған.`,
      approved: (s, date, by, event) =>
        `${s}: Үкімет инвестициялық келісімді мақұлдады${when(date, event)}${by ? ` (${by})` : ""}.`,
      signed: (s, date, by, event) =>
        `${s}: инвестициялық келісімге қол қойылды${when(date, event)}${by ? ` (${by})` : ""}.`,
      "under construction": (s, date, _by, event) => `${s}: зауыт салынып жатыр${when(date, event)}.`,
      launched: (s, date, by, event) =>
        `${s}: зауыт іске қосылды${when(date, event)}${by ? ` (${by})` : ""}.`,
      suspended: (s, date, _by, event) => `${s}: жоба тоқтатыла тұрды${when(date, event)}.`,
      resumed: (s, date, _by, event) => `${s}: жоба тоқтатылғаннан кейін қайта жанданды${when(date, event)}.`,
      cancelled: (s, date, _by, event) => `${s}: жобадан бас тартылды${when(date, event)}.`,
      unknown: (s) => `${s} жобасының қай кезеңде екені дереккөздерде айтылмаған.`,
    },
    by: (who) => ` (${who})`,
    because: (words) => `Себебі: «${words}».`,
    earlier: (list) => `Бұған дейін: ${list}.`,
    at: (place) => `жоба: ${place}`,
    memorandumBeside: (s, date, by, event) =>
      `${s}: меморандумға қол қойылған${when(date, event)}${by ? ` (${by})` : ""}.`,
    stageName: {
      talks: "келіссөз",
      memorandum: "меморандум",
      planned: "жарияланды",
      approved: "мақұлданды",
      signed: "келісімге қол қойылды",
      "under construction": "құрылыс басталды",
      launched: "іске қосылды",
      suspended: "тоқтатыла тұрды",
      resumed: "қайта жанданды",
      cancelled: "бас тартылды",
    },
    milestone: {
      launched: (s, when) => `${s}: өндірісті іске қосу жоспарланған — ${when}.`,
      "under construction": (s, when) => `${s}: құрылысты бастау жоспарланған — ${when}.`,
      other: (s, when) => `${s}: жоспарланған — ${when}.`,
    },
    phaseOf: (s, n) => `${s}, ${["бірінші", "екінші", "үшінші"][n - 1] ?? `${n}-`} кезең`,
    noPhasePlan: (s, n) =>
      `${s} жобасының ${["бірінші", "екінші", "үшінші"][n - 1] ?? `${n}-`} кезеңінің мерзімі дереккөздерде айтылмаған.`,
    plannedBefore: (plans) => `Бұған дейін жоспарланған мерзім: ${plans}.`,
    milestoneMoved: (earlier) => `Бұған дейін жоспарланған мерзім: ${earlier}; мерзім ауыстырылды.`,
    capacityDiffers: "Хабарламалардағы бұл сан әртүрлі: олардың бірі қате болуы мүмкін.",
    capacity: (s, stated) => `${s}: өндірістік қуаты — ${stated} (дереккөздегідей).`,
    parts: (s, list) => `${s} жобасының жекелеген бөліктеріне (бұл бөліктер, жалпы құны емес): ${list}.`,
    contracted: (s, stated) => `${s}: шарт бойынша — ${stated} (дереккөздегідей).`,
    shipped: (s, stated) => `${s}: жөнелтілгені — ${stated} (дереккөздегідей).`,
    coverage: (left) =>
      `Дереккөздердегі келіссөз кезеңінен өткен фармацевтикалық жобалар есептелді${left ? ` (есепке алынбағандар: ${left})` : ""}.`,
    alsoReported: (values) => ` (басқа хабарламада — ${values})`,
    excluded: { talks: "тек келіссөз", otherSector: "фармацевтика емес", cancelled: "бас тартылған" },
    noSite: (s) => `${s} зауыты қай жерде салынатыны дереккөздерде айтылмаған.`,
    otherReport: (s, amount, when) =>
      `АҚШ долларымен${when ? ` ${when}` : ""} хабарлама ${s} үшін ${amount} көрсетеді.`,
  },
};
