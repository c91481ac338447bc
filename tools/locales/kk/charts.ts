import type { Messages } from "../en/index.js";

export const charts: Messages["charts"] = {
  metric: {
    jobs: "Жұмыс орындары",
    investmentKzt: "Инвестиция (теңге)",
    investmentUsd: "Инвестиция (АҚШ доллары)",
    medicines: "Дәрілік заттар",
    sociallySignificant: "Әлеуметтік маңызы бар дәрілер",
  },
  axis: {
    jobs: "жұмыс орны",
    investmentKzt: "млрд теңге",
    investmentUsd: "млн АҚШ доллары",
    medicines: "шығарылатын дәрілер",
    sociallySignificant: "әлеуметтік маңызы бар дәрілер",
  },
  title: (metric, groupBy) =>
    `${metric} — ${groupBy === "company" ? "компаниялар бойынша" : "өңірлер бойынша"}`,
  subtitle: "Дереккөздер бойынша · ~ шамамен · ≈ жуықтап · ≥ кемінде",
  city: (name) => `${name} қаласы`,
  span: (regions, company) => `${regions.join(" + ")} (${company}, бөлінбеген)`,
  spanNote: (regions) => `Өңірлерге ортақ сан: ${regions.join(" және ")}; дереккөз оны бөлмейді`,
  total: "Мақаладағы жалпы сан",
  notStated: "көрсетілмеген",
  derived: "есептелген",
  legend: {
    stated: "дереккөзде көрсетілген",
    derived: "есептелген (қосынды)",
    span: "екі өңір, бөлінбеген",
    total: "жалпы сан",
  },
  notes: {
    remainder: (company, value, arithmetic) =>
      `${company}: көрсетілмеген; жалпы саннан қалғандарын шегергенде ${value} шығады (есептелген: ${arithmetic}).`,
    excludesSpan: (region, company) => `${region}: ${company} үлесі кірмейді, ол өңірлерге бөлінбеген.`,
    gap: (arithmetic, total, difference) =>
      `Жобалар қосындысы: ${arithmetic}; мақаладағы жалпы сан ${total} (${difference} жобаларға бөлінбеген).`,
    matches: (arithmetic, total) => `Жобалар қосындысы: ${arithmetic}, бұл жалпы ${total} санымен сәйкес.`,
    noTotal: "Мақалада жалпы сан жоқ, тек «әлеуметтік маңызы бар дәрілердің кең ауқымы» делінген.",
  },
  caption: {
    source: "Дереккөз",
    sources: "Дереккөздер",
  },
  commands: { chart: "Диаграмма: жұмыс орындары, инвестиция, дәрілер компаниялар не өңірлер бойынша" },
  bot: {
    button: "📊 Диаграмма",
    byCompany: "Компаниялар бойынша",
    byRegion: "Өңірлер бойынша",
    pick: "Қай көрсеткішті диаграммада көрсетейін?",
    unknown: (text) =>
      `«${text}» бойынша диаграмма құра алмаймын. /chart жұмыс орындары, /chart инвестиция өңірлер бойынша, /chart дәрілер немесе /chart әлеуметтік деп көріңіз — немесе төменнен таңдаңыз.`,
    failed: "Диаграмманы құру мүмкін болмады. Сәл кейін қайталап көріңіз.",
    outdated: "Бұл батырма ескірген; төменнен диаграмманы таңдаңыз.",
  },
};
