import type { Messages } from "../en/index.js";

export const subscriptions: Messages["subscriptions"] = {
  commands: {
    subscribe: "Білімім өзгергенде хабар алу (тақырыпты көрсетуге болады)",
    unsubscribe: "Жазылымнан бас тарту (бір тақырыптан немесе бәрінен)",
    subscriptions: "Сіз неге жазылғансыз",
    forget: "Осы чат туралы сақталғанның бәрін жою",
  },

  subscribedAll: "Жазылдыңыз ✅ Білімім өзгергенде (жаңа мақала, түзетілген сан) қысқа хабар жіберемін.",
  pickInstead: "Тек кейбір тақырыптарды бақылағыңыз келе ме? Біреуін таңдаңыз:",
  alreadyAll: "Сіз барлық жаңартуларды алып отырсыз.",
  subscribedTopic: (name: string) =>
    `<b>${name}</b> тақырыбына жазылдыңыз ✅ Ол бойынша бірдеңе өзгерсе, хабарлаймын.`,
  alreadyTopic: (name: string) => `Сіз <b>${name}</b> тақырыбын бақылап отырсыз.`,
  narrowed:
    "Бұрын барлық жаңартуларды алатынсыз, енді тек таңдаған тақырыптарыңыз бойынша. /subscribe бәрін қайтарады.",
  widened: (names: string) => `Бұл тақырыптарыңыздың (${names}) орнын басады: «бәрі» оларды қамтиды.`,
  pickTopic: "Қай тақырыпты бақылағыңыз келеді?",
  everything: "🌐 Бәрі",
  unknownTopic: (text: string) => `«${text}» деген компанияны, орынды немесе серіктестікті білмеймін.`,
  suggestions: "Мүмкін, мыналардың бірі шығар?",
  noSuggestions: "Барлық тақырыпты көру үшін /subscribe жіберіңіз.",

  unsubscribedAll: "Жазылымнан бас тарттыңыз: енді жаңарту жібермеймін. Қайта жазылу үшін — /subscribe.",
  unsubscribedTopic: (name: string) => `Сіз енді <b>${name}</b> тақырыбын бақыламайсыз.`,
  notSubscribed: "Сізде жазылым жоқ. Жаңарту алу үшін — /subscribe.",
  notFollowing: (name: string) => `Сіз <b>${name}</b> тақырыбына жазылмағансыз.`,
  coveredByAll: (name: string) =>
    `Сіз барлық жаңартуларды аласыз, оның ішінде <b>${name}</b> бойынша да. Бәрін тоқтату үшін /unsubscribe, тек осы тақырыпты бақылау үшін /subscribe ${name} жіберіңіз.`,
  pickUnsubscribe: "Қай жазылымды тоқтатайын?",

  listAll: "Сіз барлық жаңартуларды аласыз.",
  listTopics: (names: string) => `Сіз бақылайтындар: ${names}.`,
  listEmpty: "Сізде жазылым жоқ. /subscribe жіберсеңіз, білімім өзгергенде хабарлаймын.",
  listHint: "/unsubscribe — бас тарту, /subscribe &lt;тақырып&gt; — тақырып қосу.",
  stopButton: (name: string) => `✖ ${name}`,

  forgetConfirm:
    "Осы чат туралы сақтағанымның бәрін (жазылымдар мен тіл) жоямын ба? Мұны қайтару мүмкін емес.",
  forgetYes: "🗑 Жою",
  forgetNo: "Болдырмау",
  forgotten: "Дайын: осы чат туралы сақтағанымның бәрін жойдым.",
  nothingToForget: "Осы чат туралы ештеңе сақтамаймын.",
  forgetCancelled: "Ештеңе жойылған жоқ.",

  welcomeBack: (list: string) => `Қайта оралуыңызбен! Жазылымдарыңыз сақталған: ${list}`,
  buttonExpired: "Бұл түйменің мерзімі өтті. Команданы қайта жіберіңіз.",
  failed: "Қазір сақтай алмадым. Сәлден соң қайталап көріңіз.",

  noticeTitle: "🔔 Білімім жаңарды",
  sourceAdded: (title: string) => `Жаңа дереккөз: <b>${title}</b>`,
  sourceRemoved: (title: string) => `Дереккөз алынып тасталды: <b>${title}</b>`,
  sourceUpdated: (title: string) => `Дереккөз түзетілді: <b>${title}</b>`,
  projectAdded: (company: string, places: string, figures: string) =>
    `Жаңа жоба: ${company}${places ? `, ${places}` : ""}${figures ? `: ${figures}` : ""}`,
  factAdded: (label: string, value: string) => `${label}: ${value} <i>(жаңа)</i>`,
  factChanged: (label: string, before: string, after: string) => `${label}: ${before} → <b>${after}</b>`,
  factRemoved: (label: string, value: string) => `${label}: <s>${value}</s> <i>(енді көрсетілмеген)</i>`,
  more: (n: number) => `…және тағы ${n} өзгеріс.`,
  noticeFooter: "/subscriptions — жазылымдарды өзгерту.",
  overall: "Барлық жобалар",
  fields: {
    jobs: "жұмыс орындары",
    investmentKzt: "инвестиция",
    investmentUsd: "АҚШ долларымен инвестиция",
    medicines: "дәрілер",
    sociallySignificant: "әлеуметтік маңызы бар дәрілер",
    companies: "компаниялар",
    products: "өнімдер",
    partners: "серіктес",
    sites: "алаң",
    facility: "нысан",
    standard: "стандарт",
    description: "сипаттама",
    role: "лауазымы",
    statements: "мәлімдеме",
    summary: "мәні",
    date: "күні",
    place: "орны",
    items: "бағыт",
    therapyAreas: "емдеу салалары",
    places: "орындар",
    announcement: "хабарлама",
    outcomes: "күтілетін нәтижелер",
    target: "мақсат",
  },

  ingestUsage:
    "/ingest командасын хабарламаға жауап ретінде (оның мәтіні) немесе .txt/.md құжатын тіркеп жіберіңіз. Тақырыбын да жазуға болады: /ingest Мақаланың тақырыбы.",
  ingestRefused: "Кешіріңіз, құжатты тек боттың әкімшілері қоса алады.",
  ingested: (title: string, version: number, notified: number) =>
    `<b>${title}</b> қосылды: енді іздеуге болады. Білім нұсқасы ${version}; ${notified} жазылушыға хабар жіберіледі.`,
  ingestedNoVersion: (title: string) => `<b>${title}</b> қосылды: енді іздеуге болады.`,
  ingestErrors: {
    empty: "Құжат бос: қосатын мәтін жоқ.",
    binary:
      "Бұл мәтіндік құжатқа ұқсамайды (екілік деректер бар немесе UTF-8 емес). Қарапайым мәтін не Markdown жіберіңіз.",
    tooLarge: (kb: number) => `Құжат тым үлкен: шегі — ${kb} КБ.`,
    duplicate: (title: string) => `Бұл құжат менде бар («${title}»): ештеңе өзгерген жоқ.`,
    duplicateId: (id: string) => `«${id}» идентификаторы бар құжат бұрыннан бар: ештеңе өзгерген жоқ.`,
    badDate: (date: string) => `«${date}» күні дұрыс емес: ЖЖЖЖ-АА-КК пішімін қолданыңыз, мысалы 2026-02-01.`,
    badId: (id: string) =>
      `«${id}» идентификаторы дұрыс емес: кіші латын әріптерімен, сөздерді дефиспен жазыңыз.`,
    badFrontMatter: (why: string) => `Құжаттың тақырып бөлігі (front matter) дұрыс емес: ${why}.`,
    download: "Файлды Telegram-нан жүктей алмадым. Қайталап көріңіз.",
  },
};
