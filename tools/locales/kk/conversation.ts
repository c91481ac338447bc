import type { Messages } from "../en/index.js";

/** Әңгіме мәтіндері: қайта тұжырымдалған сұрақ («Былай түсіндім …») және дереккөздер туралы жауаптар. */
/** "мен", "бен" or "пен" after a word, by its last sound. */
function withWord(word: string): string {
  const last =
    word
      .toLowerCase()
      .replace(/[^\p{L}]+$/u, "")
      .at(-1) ?? "";
  if (/[жз]/.test(last)) return "бен";
  if (/[аәеиоөұүуыіэюяймнңрлlmnryaeiou]/.test(last)) return "мен";
  return "пен";
}

export const conversation: Messages["conversation"] = {
  // "мен/бен/пен" rather than "және": a list stays one clause of the question it is in.
  list: (names) =>
    names.length < 2
      ? (names[0] ?? "")
      : `${names.slice(0, -1).join(", ")} ${withWord(names.at(-2) ?? "")} ${names.at(-1)}`,
  ask: {
    jobs: (s, place) => (place ? `${s}: неше жұмыс орны ашылады?` : `${s} неше жұмыс орнын ашады?`),
    investment: (s, place) => (place ? `${s}: инвестиция көлемі қанша?` : `${s} инвестиция көлемі қанша?`),
    usd: (s, place) =>
      place ? `${s}: қанша доллар инвестиция салынады?` : `${s} қанша доллар инвестиция салады?`,
    kzt: (s, place) =>
      place ? `${s}: қанша теңге инвестиция салынады?` : `${s} қанша теңге инвестиция салады?`,
    medicines: (s, place) => (place ? `${s}: неше дәрі шығарылады?` : `${s} неше дәрі шығарады?`),
    social: (s) => `${s} неше әлеуметтік маңызы бар дәрі шығарады?`,
    partners: (s) => `${s} серіктестері кім?`,
    products: (s) => `${s} не өндіреді?`,
    location: (s) => `${s} зауыты қайда салынады?`,
    standard: (s) => `${s} зауыты қандай стандарттарға сәйкес келеді?`,
    facility: (s, place) => (place ? `${s}: не салынады?` : `${s} не салады?`),
    companies: (s) => `${s}: қандай компаниялардың жобалары бар?`,
    date: (s) => `${s} келісіміне қашан қол қойылды?`,
    changes: (s) => `${s} бойынша не өзгерді?`,
    role: (s) => `${s} кім?`,
    said: (s) => `${s} не деді?`,
  },
  roleIs: (s, role) => `${s} — ${role} ме?`,
  noun: {
    jobs: "жұмыс орны",
    investment: "инвестиция",
    usd: "доллар инвестиция",
    kzt: "теңге инвестиция",
    medicines: "дәрі",
    social: "әлеуметтік маңызы бар дәрі",
  },
  sum: (noun, s) => `${s}: жалпы ${noun} саны қанша?`,
  total: (noun) => `Барлық жобалар бойынша жалпы ${noun} қанша?`,
  statedShare: (noun) => `Компаниялар көрсеткіштері жалпы ${noun} көлемінің қанша пайызы?`,
  share: (noun, s) => `${s}: жалпы ${noun} ішіндегі үлесі қанша?`,
  signedWhere: (s) => `${s}: қайда қол қойылды?`,
  signedWhen: (s) => `${s}: қашан қол қойылды?`,
  /** «онда тағы кім салады», «меморандумда не бар», «X Y-те емес, солай ма?» — қайта тұжырымдау. */
  besides: (s: string, place: string) =>
    `${s} компаниясынан басқа «${place}» аумағында қай компаниялардың жобасы бар?`,
  contents: (s: string) => `${s}: құжатта не қарастырылған?`,
  whose: (n: string) => `${n} — кімнің көрсеткіші?`,
  covers: (s: string, words: string) => `${s}: құжат «${words}» тақырыбын қамти ма?`,
  notIn: (s: string, place: string) => `${s} «${place}» аумағында емес екені рас па?`,
  most: (noun: string) => `Қай компанияда ең көп: ${noun}?`,
  least: (noun: string) => `Қай компанияда ең аз: ${noun}?`,
  signedWho: (s) => `${s}: кімдер қол қойды?`,
  compare: (noun, s) => `${s}: ${noun} бойынша салыстыр`,
  rank: (noun, s) => `${s}: қайсысында ${noun} ең көп?`,
  perJob: (s) => `${s}: бір жұмыс орнына инвестиция қанша?`,
  perMedicine: (s) => `${s}: бір дәріге инвестиция қанша?`,
  understood: (question) => `Сұрақты былай түсіндім: «${question}»`,
  whichFigure: (names) =>
    `${names}: қай көрсеткішті айтасыз — жұмыс орындары, инвестиция ме, әлде дәрілер ме? Бір сөзбен жауап беріңіз, мысалы «жұмыс орындары».`,
  sourcesOf: (question) => `«${question}» сұрағына жауаптың дереккөздері`,
  sourcesIntro: "Соңғы жауабым мына сөйлемдерге негізделген:",
  noSources:
    "Соңғы жауабымда дереккөз болған жоқ. Сұрақ қойыңыз, мен оның негізіндегі сөйлемдерді келтіремін.",
  noContext:
    "Сілтеме жасайтын алдыңғы жауап жоқ. Сұрақты толық жазыңыз, мысалы: АльтИнФарм неше жұмыс орнын ашады?",
  buttons: {
    jobs: "Жұмыс орындары",
    investment: "Инвестиция",
    medicines: "Дәрілер",
    location: "Қайда",
    perJob: "Бір жұмыс орнына",
    compare: (name) => `${name} салыстыру`,
  },
};
