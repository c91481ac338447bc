/** Chart texts: metric names, labels, footnotes, caption and the /chart command's replies. */
export const charts = {
  metric: {
    jobs: "Jobs",
    investmentKzt: "Investment (KZT)",
    investmentUsd: "Investment (US$)",
    medicines: "Medicines",
    sociallySignificant: "Socially significant medicines",
  },
  axis: {
    jobs: "jobs",
    investmentKzt: "billion tenge",
    investmentUsd: "million US dollars",
    medicines: "medicines to be produced",
    sociallySignificant: "socially significant medicines",
  },
  title: (metric: string, groupBy: "company" | "region") =>
    `${metric} ${groupBy === "company" ? "by company" : "by region"}`,
  subtitle: "As stated in the sources · ~ around · ≈ approximately · ≥ at least",
  /** Almaty the city, kept apart from Almaty Region. */
  city: (name: string) => `${name} (city)`,
  span: (regions: string[], company: string) => `${regions.join(" + ")} (${company}, not split)`,
  spanNote: (regions: string[]) => `Covers ${regions.join(" and ")} together; the source does not split it`,
  total: "Total stated in the article",
  notStated: "not stated",
  derived: "derived",
  legend: {
    stated: "stated",
    derived: "derived (sum)",
    span: "spans two regions, not split",
    total: "headline total",
  },
  notes: {
    remainder: (company: string, value: string, arithmetic: string) =>
      `${company}: not stated; total minus the others would give ${value} (derived: ${arithmetic}).`,
    excludesSpan: (region: string, company: string) =>
      `${region} excludes the part of ${company}'s figure that may be there (not split by region).`,
    gap: (arithmetic: string, total: string, difference: string) =>
      `The projects add up to ${arithmetic}; the article's total is ${total} (${difference} not attributed to a project).`,
    matches: (arithmetic: string, total: string) =>
      `The projects add up to ${arithmetic}, in line with the total of ${total}.`,
    noTotal: "The article gives no total, only “a wide range of socially significant drugs”.",
  },
  caption: {
    source: "Source",
    sources: "Sources",
  },
  /** Command menu entries (setMyCommands). */
  commands: { chart: "Chart jobs, investment or medicines by company or region" },
  bot: {
    button: "📊 Chart",
    byCompany: "By company",
    byRegion: "By region",
    pick: "Which figure should I chart?",
    unknown: (text: string) =>
      `I can't chart “${text}”. Try /chart jobs, /chart investment by region, /chart medicines or /chart socially significant — or pick one below.`,
    failed: "Sorry, I couldn't draw that chart. Please try again in a moment.",
    outdated: "That button is out of date; pick a chart below.",
  },
};
