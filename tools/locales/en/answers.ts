import type { Lang } from "../../../knowledge/schema.js";
import { plural } from "./plural.js";

/**
 * Answer templates (English). `s` is a subject name, `n` a number already written with its
 * qualifier ("at least 200"), `v` the bare value (for plural rules in other languages).
 */
const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);
/** "second", "third": a place in a ranking, in words. */
const NTH = [
  "",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];

/** " on 17 September 2025" for an event's own date, " (reported 1 January 2026)" for a report's. */
/** "on May 3 2025", but "in May 2025", "in 2023": a month or a year alone takes "in". */
const when = (date: string, event: boolean) =>
  !date
    ? ""
    : event
      ? ` ${/\d{1,2}\b.*\d{4}|^\D*\d{1,2}$/.test(date) ? "on" : "in"} ${date}`
      : ` (reported ${date})`;

export const answers = {
  /** BCP 47 locale for numbers (tools/render/number.ts): "1,234.5", "1 234,5". */
  numberLocale: "en-US",
  qualifier: {
    exact: "",
    around: "around",
    approximately: "approximately",
    "at least": "at least",
    "more than": "more than",
    "up to": "up to",
    "at most": "at most",
    "at least about": "at least about",
    "at most about": "at most about",
    about: "about",
  },
  /** A number with its unit; `q` is the qualifier word ("" when exact), `v` the bare value. */
  unit: {
    jobs: (n: string, q: string, v: number) => `${q}${n} ${plural(v, "job", "jobs")}`,
    medicines: (n: string, q: string, v: number) => `${q}${n} ${plural(v, "medicine", "medicines")}`,
    socially: (n: string, q: string, v: number) =>
      `${q}${n} socially significant ${plural(v, "medicine", "medicines")}`,
    kzt: (n: string, q: string, _v: number) => `${q}${n} billion tenge`,
    usd: (n: string, q: string, _v: number) => `${q}US$${n} million`,
    kztTrillion: (n: string, q: string, _v: number) => `${q}${n} trillion tenge`,
    usdBillion: (n: string, q: string, _v: number) => `${q}US$${n} billion`,
    kztPerJob: (n: string, q: string, _v: number) => `${q}${n} million tenge per job`,
    usdPerJob: (n: string, q: string, _v: number) => `${q}US$${n} million per job`,
    kztPerMedicine: (n: string, q: string, _v: number) => `${q}${n} million tenge per medicine`,
    kztBillionPerJob: (n: string, q: string, _v: number) => `${q}${n} billion tenge per job`,
    kztBillionPerMedicine: (n: string, q: string, _v: number) => `${q}${n} billion tenge per medicine`,
    usdPerMedicine: (n: string, q: string, _v: number) => `${q}US$${n} million per medicine`,
    usdThousandPerJob: (n: string, q: string, _v: number) => `${q}US$${n} thousand per job`,
    usdThousandPerMedicine: (n: string, q: string, _v: number) => `${q}US$${n} thousand per medicine`,
    percent: (n: string, q: string, _v: number) => `${q}${n}%`,
    companies: (n: string, q: string, _v: number) => `${q}${n} companies`,
    agreements: (n: string, q: string, v: number) => `${q}${n} ${plural(v, "agreement", "agreements")}`,
    times: (n: string, q: string, _v: number) => `${q}${n} times`,
  },
  metricName: {
    jobs: "jobs",
    investmentKzt: "investment",
    investmentUsd: "US-dollar investment",
    medicines: "medicines",
    sociallySignificant: "socially significant medicines",
  },
  value: {
    jobs: (s: string, n: string) => `${s} will create ${n}.`,
    medicines: (s: string, n: string) => `${s} will produce ${n}.`,
    sociallySignificant: (s: string, n: string) => `${s} will produce ${n}.`,
    investment: (s: string, money: string) => `${s} is investing ${money}.`,
  },
  employsNow: (s: string, n: string) => `${s}: ${n} (people at work there now, as the source says).`,
  /** A cancelled project's figures: what it was to be. */
  wasTo: {
    jobs: (s: string, n: string) => `${s} was to create ${n}.`,
    medicines: (s: string, n: string) => `${s} was to produce ${n}.`,
    sociallySignificant: (s: string, n: string) => `${s} was to produce ${n}.`,
    investment: (s: string, money: string) => `${s} was to cost ${money}.`,
  },
  notStated: {
    jobs: (s: string) => `The sources do not state how many jobs ${s} will create.`,
    medicines: (s: string) => `The sources do not state how many medicines ${s} will produce.`,
    sociallySignificant: (s: string) =>
      `The sources do not state how many of ${s}’s medicines are socially significant.`,
    investment: (s: string) => `The sources do not state ${s}’s investment.`,
    onlyIn: (s: string, currency: "usd" | "kzt") =>
      `The sources give ${s}’s investment only in ${currency === "usd" ? "US dollars" : "tenge"}.`,
  },
  notInSources: (s: string, what: string) =>
    `${/^[aeiou]/i.test(what) ? "An" : "A"} ${what} figure for ${s} is not stated in the sources: they describe its agreements and partnerships, not an investment project with figures.`,
  spans: (s: string, amount: string, places: string, asked: string) =>
    `${s} has sites in ${places}. Its figure of ${amount} covers both together and is not split by region in the sources, so the part in ${asked} is not stated.`,
  noCity: (s: string) => `The sources do not name the city of ${s}’s site, only the region.`,
  notThere: (s: string, place: string) => `${s} has no project site in ${place}; for the project as a whole:`,
  together: (names: string, amount: string, arithmetic: string) =>
    `Together, ${names} account for ${amount} (derived: ${arithmetic}).`,
  noProjects: (place: string, elsewhere: string) =>
    `No project in ${place}: the sources do not mention one there; the projects are in ${elsewhere}.`,
  inRegion: (region: string, companies: string) => `In ${region} as a whole: ${companies}.`,
  notStatedShort: "not stated in the sources",
  derivedLabel: "derived",
  yes: "Yes.",
  stageNotReported: {
    "under construction": (s: string) =>
      `The sources do not report that construction of ${s}’s plant has started.`,
    launched: (s: string) => `The sources do not report that ${s}’s plant has been launched.`,
    suspended: (s: string) => `The sources do not report that ${s}’s project has been suspended.`,
    cancelled: (s: string) => `The sources do not report that ${s}’s project has been cancelled.`,
  },
  placeLiesIn: (place: string, within: string) => `${place} is in ${within}.`,
  noOwnPlant: (s: string) => `The sources name no plant of ${s}’s own.`,
  productNotNamed: (s: string, words: string, makers: string) =>
    `The sources do not name ${words} among ${s}’s products${makers ? `; they name them for ${makers}` : ""}.`,
  no: "No.",
  /** The verdict on a negation the question states ("X is not in Y, right?"). */
  negationRight: "Correct, it is not.",
  negationWrong: "Not so.",
  /** Asked for something the sources never state: `what` is from `unstatedWhat`, `about` the subjects. */
  unknown: (what: string, about: string) =>
    `The sources do not state ${what}${about ? ` for ${about}` : ""}; they give investment, jobs, medicines, partners, sites and agreements.`,
  unstatedWhat: {
    progress: "how far construction has progressed",
    resumption: "when (or whether) the project will resume",
    founded: "when the company was founded",
    salary: "salaries or wages",
    opening: "when construction will start or be completed, or when the plants will open or start production",
    revenue: "revenue or profit",
    price: "prices",
    area: "the site area",
    distance: "distances between places",
    capacity: "the plants’ production capacity (output volumes)",
    duration: "how long the agreements run",
    headquarters: "where the companies are headquartered (only where their plants are)",
    signatory: "who signed for each party",
    owner: "ownership",
    incentives: "taxes, tax benefits, incentives or subsidies",
    financing: "how the investment is financed (own funds, loans)",
    currentShare: "today’s share of locally produced medicines (only the 50% goal is given)",
    value: "a value (sum or budget)",
    export: "export markets or destinations",
  } as Record<string, string>,
  noRole: (role: string, of: string) =>
    `The sources do not name any ${role}${of ? ` of ${of}` : ""}, so I cannot say who that is.`,
  /** How far a project has got. */
  stage: {
    signed: (s: string) => `${s} has signed an agreement for its project.`,
    planned: (s: string) => `${s}'s project is announced as planned; no signed agreement is reported.`,
    talks: (s: string) =>
      `No signed agreement is reported for ${s}: the latest source reports talks or an intention only.`,
    unknown: (s: string) => `The sources do not say whether ${s} has signed an agreement.`,
    memorandum: (s: string) => `${s} has signed a memorandum; no investment agreement is reported.`,
    approved: (s: string) => `The government has approved ${s}’s investment agreement.`,
    "under construction": (s: string) => `${s}’s plant is under construction.`,
    launched: (s: string) => `${s}’s plant has been launched.`,
    suspended: (s: string) => `${s}’s project is suspended.`,
    resumed: (s: string) => `${s}’s project has been resumed after a suspension.`,
    cancelled: (s: string) => `${s}’s project has been cancelled.`,
  },
  noChanges: (s: string) =>
    s
      ? `No figure of ${s} has been changed by a newer source.`
      : "No figure has been changed by a newer source.",
  leftOutDisputed: (s: string, amount: string) =>
    `${s}’s ${amount} is left out of the sum: its sources disagree ten-fold or more.`,
  history: {
    earlier: (values: string) => ` (earlier ${values})`,
    disputed: (s: string, values: string) =>
      `The sources disagree on this figure for ${s}: another source gives ${values}; that value is held for review, not used.`,
  },
  byRegion: (list: string) => `By region: ${list}.`,
  siteCount: (s: string, n: string, list: string, count: number) =>
    count === 1 ? `${s} has one site: ${list}.` : `${s} has ${n} sites: ${list}.`,
  placeCount: (n: string, list: string) => `The projects' sites lie in ${n} cities and regions: ${list}.`,
  spansGroups: (s: string, amount: string, places: string) =>
    `${s}’s ${amount} cover ${places} together and are not split between them in the sources.`,
  shareMixed:
    "The company’s figure is a minimum and the total an estimate, so the share can only be given approximately.",
  understood: {
    attribute: {
      jobs: "jobs",
      investmentKzt: "investment",
      investmentUsd: "investment (US$)",
      medicines: "medicines",
      sociallySignificant: "socially significant medicines",
      sites: "sites",
      partners: "partners",
      products: "products",
      standard: "standard",
      facility: "facility",
      dates: "dates",
      signatories: "agreements",
      roles: "roles",
      statements: "statements",
      companies: "companies",
      items: "focus areas",
      goal: "goal",
      profile: "profile",
      stage: "stage",
      changes: "what changed",
    },
    operation: {
      value: "value",
      list: "list",
      count: "count",
      sum: "sum",
      average: "average",
      max: "most",
      min: "least",
      rank: "ranking",
      compare: "comparison",
      difference: "difference",
      times: "how many times",
      ratio: "ratio",
      share: "share of total",
      remainder: "remainder",
      order: "order by date",
      exists: "yes/no",
      missing: "not stated for",
    },
    per: { jobs: "per job", medicines: "per medicine" },
    groupBy: { company: "by company", region: "by region", city: "by city" },
    dollars: "in US$",
    tenge: "in tenge",
    unstated: "not in the sources",
  },
  outsideSum: (place: string, amount: string, arithmetic: string) =>
    `Together, the projects with no site in ${place} account for ${amount} (derived: ${arithmetic}).`,
  placeSum: (place: string, amount: string, arithmetic: string) =>
    `Together, the projects located wholly in ${place} account for ${amount} (derived: ${arithmetic}).`,
  headline: {
    jobs: (amount: string) => `The approved projects are expected to create ${amount} nationwide.`,
    medicines: (amount: string) => `The projects envisage the localization of production for ${amount}.`,
    investment: (money: string) => `The total investment across the projects is ${money}.`,
    sociallySignificant: (_amount: string) => "",
  },
  listedSum: {
    all: (what: string, amount: string, arithmetic: string) =>
      `Adding up the ${what} stated for each company gives ${amount} (derived: ${arithmetic}).`,
    partial: (what: string, amount: string, arithmetic: string, missing: string) =>
      `The ${what} figures stated per company add up to ${amount} (derived: ${arithmetic}); the figure for ${missing} is not stated.`,
  },
  headlineAverage: (total: string, count: string, amount: string, arithmetic: string) =>
    `Spread over all ${count} projects, the stated total of ${total} is ${amount} per project (derived: ${arithmetic}).`,
  average: (what: string, count: string, amount: string, arithmetic: string) =>
    `Averaged over the ${count} companies that state it, the ${what} figure is ${amount} per company (derived: ${arithmetic}).`,
  share: (s: string, percent: string, part: string, whole: string, arithmetic: string) =>
    `${s}’s ${part} are ${percent} of the ${whole} stated for all projects (derived: ${arithmetic}).`,
  allProjects: "All projects together",
  jobsPerMedicine: (s: string, value: string, arithmetic: string) =>
    `${s}: ${value} jobs per medicine (derived: ${arithmetic}).`,
  shareOfListed: (s: string, percent: string, part: string, whole: string, arithmetic: string) =>
    `${s}’s ${part} are ${percent} of the ${whole} the per-company figures add up to (derived: ${arithmetic}).`,
  shareOfPlace: (
    s: string,
    percent: string,
    part: string,
    whole: string,
    place: string,
    arithmetic: string,
    reported: string,
  ) =>
    `${s}’s ${part}${reported ? ` (as reported ${reported}, beside that total)` : ""} are ${percent} of the ${whole} stated for ${place} as a whole (derived: ${arithmetic}).`,
  whollyIn: (place: string) => `the projects located wholly in ${place}`,
  shareTogether: (who: string, percent: string, part: string, whole: string, arithmetic: string) =>
    `Together, ${who}: ${part}, ${percent} of the ${whole} stated for all projects (derived: ${arithmetic}).`,
  partOf: {
    share: (s: string, part: string, whole: string, percent: string, arithmetic: string) =>
      `${s} will produce ${part} of its ${whole}: about ${percent} (derived: ${arithmetic}).`,
    place: (place: string, part: string, whole: string, percent: string, arithmetic: string) =>
      `The projects wholly in ${place} will produce ${part} of their ${whole} together: about ${percent} (derived: ${arithmetic}).`,
    not: (s: string, part: string, whole: string, rest: string, arithmetic: string) =>
      `${s} will produce ${whole}, including ${part}; the other ${rest} are not socially significant (derived: ${arithmetic}).`,
  },
  byCompany: (list: string) => `By company: ${list}.`,
  gap: (listed: string, headline: string, gap: string, arithmetic: string) =>
    `The per-company figures add up to ${listed}, not the headline ${headline}: ${gap} (derived: ${arithmetic}) are not accounted for by the projects as described.`,
  gapNone: (listed: string, headline: string, arithmetic: string) =>
    `The per-company figures add up to ${listed} (derived: ${arithmetic}), in line with the headline figure of ${headline}.`,
  remainder: (s: string, amount: string, arithmetic: string) =>
    `Derived, not stated: the headline total minus the stated investments leaves ${amount} for ${s} (${arithmetic}).`,
  totalLess: (whole: string, less: string, amount: string, arithmetic: string) =>
    `Derived, not stated: the ${whole} stated for all projects less the figures of ${less} leaves ${amount} for the other projects (${arithmetic}).`,
  boundsGap:
    "Both figures are stated as minimums, so this is the gap between the stated figures, not a stated gap.",
  difference: (more: string, less: string, amount: string, arithmetic: string) =>
    `${more} is ahead of ${less} by ${amount} (derived: ${arithmetic}).`,
  percentMore: (more: string, less: string, percent: string, arithmetic: string) =>
    `${more}'s figure is about ${percent}% more than ${less}'s (derived: ${arithmetic}).`,
  percentLess: (less: string, more: string, percent: string, arithmetic: string) =>
    `${less}'s figure is about ${percent}% less than ${more}'s (derived: ${arithmetic}).`,
  times: (more: string, less: string, times: string, arithmetic: string) =>
    `${more}'s figure is about ${times} times ${less}'s (derived: ${arithmetic}).`,
  equal: (a: string, b: string) => `${a} and ${b} have the same figure.`,
  rank: {
    within: (place: string) => `Among the projects wholly in ${place}:`,
    most: (what: string, s: string, n: string) =>
      `${s} has the ${what === "investment" || what === "US-dollar investment" ? "largest" : "most"} ${what}: ${n}.`,
    least: (what: string, s: string, n: string) =>
      `${s} has the ${what === "investment" || what === "US-dollar investment" ? "smallest" : "fewest"} ${what}: ${n}.`,
    order: (list: string) => `In order: ${list}.`,
    /** The rest of a long list, named in the table and chart but not in the message. */
    more: "and others",
    missing: (names: string) => `Left out because the figure is not stated: ${names}.`,
    place: (n: number, order: "most" | "least", what: string, s: string, amount: string) => {
      const money = what === "investment" || what === "US-dollar investment";
      const most = order === "most" ? (money ? "largest" : "most") : money ? "smallest" : "fewest";
      return `${s} has the ${NTH[n] ?? `${n}th`} ${most} ${what}: ${amount}.`;
    },
    tooFew: (n: number, count: number) =>
      `Only ${count} are ranked, so there is no ${NTH[n] ?? `${n}th`} place.`,
  },
  strategic: {
    is: (partner: string, company: string) => `${partner} is the strategic partner of ${company}’s project.`,
    not: (s: string) => `The sources do not call ${s} a strategic partner.`,
    noneOf: (s: string) => `The sources name no strategic partner of ${s}’s project.`,
  },
  makersBesides: (besides: string, words: string, makers: string) =>
    `Besides ${besides}, the sources name ${words} among the products of ${makers}.`,
  /** "how many types of cancer": the kinds a products sentence lists, counted. */
  kinds: {
    listed: (s: string, words: string, n: string, items: string, _count: number) =>
      `The sources list ${n} kinds of ${words} among ${s}’s products: ${items}.`,
    unlisted: (s: string, words: string) =>
      `The sources do not list kinds of ${words} among ${s}’s products, so their number is not stated.`,
    named: (text: string) => `What they say: ${text}.`,
    absent: (s: string, words: string) =>
      `The sources do not name ${words} among ${s}’s products, so they state no number of them.`,
  },
  incomparable: (stated: string, missing: string, what: string) =>
    `Whether ${stated} or ${missing} has more ${what} is not stated: the sources give no such figure for ${missing}.`,
  exchangeRate: {
    company: (s: string, money: string, rate: string, arithmetic: string) =>
      `${s}’s investment is given as ${money}, which implies about ${rate} tenge per US dollar (derived, not stated: ${arithmetic}).`,
    headline: (money: string, rate: string, arithmetic: string) =>
      `The headline total is given as ${money}, which implies about ${rate} tenge per US dollar (derived, not stated: ${arithmetic}).`,
    note: "The sources state no exchange rate themselves; each rate is the one its two figures imply, rounded as they are.",
    unavailable: (s: string) =>
      `No exchange rate can be derived for ${s}: the sources do not state its investment in both tenge and dollars.`,
  },
  ratio: {
    company: (s: string, amount: string, arithmetic: string) =>
      `${s}’s investment comes to ${amount} (derived: ${arithmetic}).`,
    all: (amount: string, arithmetic: string) =>
      `Across all the projects, the investment comes to ${amount} (derived: ${arithmetic}).`,
    unavailable: (s: string, per: "jobs" | "medicines", countMissing: boolean) =>
      `The investment per ${per === "jobs" ? "job" : "medicine"} for ${s} cannot be worked out: the sources do not state ${countMissing ? (per === "jobs" ? "how many jobs it will create" : "how many medicines it will produce") : "its investment"}.`,
    atMostNote: "The jobs figure is a minimum, so this is an upper bound.",
    together: (names: string, investment: string, count: string, amount: string, arithmetic: string) =>
      `Together, ${names} invest ${investment} for ${count}: ${amount} (derived: ${arithmetic}).`,
    most: (s: string, amount: string) => `Of these, ${s}’s is the highest: ${amount}.`,
    least: (s: string, amount: string) => `Of these, ${s}’s is the lowest: ${amount}.`,
  },
  list: {
    companies: (names: string, count: string) =>
      `The government approved investment agreements between the Ministry of Healthcare and ${count} pharmaceutical companies: ${names}.`,
    projects: (names: string, count: string) =>
      `The sources tell of investment projects by ${count} companies: ${names}.`,
    companiesOutside: (place: string, names: string, n: number) =>
      n
        ? `${n === 1 ? "One company builds" : `${n} companies build`} with no site in ${place}: ${names}.`
        : `Every project has a site in ${place}.`,
    atStage: (stage: string, names: string, n: number) =>
      n
        ? `${n === 1 ? "One project is" : `${n} projects are`} at the stage “${stage}” now: ${names}.`
        : `No project in the sources is at the stage “${stage}” now.`,
    companiesBesides: (besides: string, place: string, names: string, n: number) =>
      n
        ? `Besides ${besides}, ${n === 1 ? "one company has" : `${n} companies have`} project sites in ${place}: ${names}.`
        : `${besides} is the only company with a project site in ${place}.`,
    companiesIn: (place: string, names: string, n: number) =>
      `${n === 1 ? "One company has" : `${n} companies have`} project sites in ${place}: ${names}.`,
    partners: (s: string, names: string) => `${s}’s project is being implemented with ${names}.`,
    partnersCounted: (s: string, count: string, v: number, names: string) =>
      `${s}’s project has ${count} ${plural(v, "partner", "partners")} named in the sources: ${names}.`,
    ofKind: (kind: string, n: string, names: string) =>
      `The sources name ${n} ${kind === "ministry" ? "ministries" : kind}: ${names}.`,
    partnerCount: (partners: string, projects: string, total: string) =>
      `The sources name ${partners} partner companies, for ${projects} of the ${total} projects:`,
    noPartners: (s: string) => `The sources do not name a partner for ${s}’s project.`,
  },
  fact: {
    location: (s: string, where: string) => `${s} will build ${where}.`,
    sitesOnly: (s: string, places: string) => `${s}’s project is in ${places}.`,
    facilityOnly: (s: string, facility: string) =>
      `${s} will build ${facility}; the sources do not say where.`,
    facility: (s: string, text: string) => `${s} will build ${text}.`,
    standard: (s: string, text: string) => `${s}’s pharmaceutical complex will comply with ${text}.`,
    products: (s: string, count: string, text: string) => `${s} will produce ${count}, including ${text}.`,
    notMedicines: (s: string, text: string, foreign: boolean) =>
      `${s} is not a medicine maker: ${foreign ? "the source says (in its own language) that it will produce" : "it will produce"} “${text}”.`,
    forAnimals: (s: string, text: string, foreign: boolean) =>
      `${s} makes medicines for animals, not for people: ${foreign ? "the source says (in its own language) that it will produce" : "it will produce"} “${text}”.`,
    description: (s: string, text: string) => `${s} is ${text}.`,
    agreementPlace: (s: string, text: string) => `${s} was signed at ${text}.`,
    focusArea: (_s: string, text: string) => `${text}.`,
    portfolio: (s: string, text: string) => `${s}: production portfolio in Kazakhstan — ${text}.`,
    made: (s: string, text: string) => `What ${s} will make is told in its source’s own words: ${text}`,
    goal: (_s: string, text: string) => `The goal: ${text}.`,
    summary: (_s: string, text: string) => `${text}.`,
    therapyAreas: (_s: string, text: string) => `Overall, the projects will cover ${text}.`,
    places: (_s: string, text: string) => `The new facilities will be located in ${text}.`,
  },
  agreement: {
    noPlace: (a: string) => `The sources do not say where ${a} was signed.`,
    count: (parties: string, n: string, count: number) =>
      `The sources give ${count === 1 ? "one dated agreement" : `${n} dated agreements`} of ${parties}:`,
    countIn: (when: string, n: string, count: number) =>
      `The sources give ${count === 1 ? "one agreement" : `${n} agreements`} signed in ${when}:`,
    partyCount: (a: string, n: string, count: number) =>
      `${count === 1 ? "One party" : `${n} parties`} signed ${a}.`,
    areas: (title: string, n: string, _count: number) => `${title} sets out ${n} focus areas:`,
    dated: (title: string, date: string, parties: string) => `${title} (${parties}) was signed in ${date}.`,
    datedDay: (title: string, date: string, parties: string) =>
      `${title} (${parties}) was signed on ${date}.`,
    /** Agreements oldest first: "The contract manufacturing agreement came first (April 2024), then …". */
    order: (items: string[]) =>
      items.length > 1
        ? `${items[0]} came first; then ${items.slice(1).join("; then ")}.`
        : `${items[0] ?? ""}.`,
    orderItem: (title: string, date: string) => `${title} (${date})`,
    apart: (n: string, count: number, from: string, to: string) =>
      `That is ${count === 1 ? "one month" : `${n} months`} apart (derived: ${from} to ${to}).`,
    yearFromArticle: (titles: string) =>
      `The year of ${titles} is not in the text: it is taken from the article’s own date.`,
    unordered: (titles: string) =>
      `The sources give no year for ${titles}, so they do not say which came first.`,
    noDay: (date: string) => `The sources give no day for it, only ${date}.`,
    noYear: (published?: string) =>
      published
        ? `The source gives no year for this date; the article is dated ${published}.`
        : "The source gives no year for this date.",
    reported: (title: string, date: string, parties: string) =>
      `The sources do not give the signing date of ${title} (${parties}); the approval was reported on ${date}.`,
    undated: (title: string, parties: string) => `${title} (${parties}): the sources give no date.`,
    summary: (text: string) => `${text}.`,
    none: (parties: string, when?: { year?: number; month?: number }) => {
      const time = [when?.month ? MONTHS[when.month - 1] : "", when?.year ?? ""].filter(Boolean).join(" ");
      return `The sources mention no agreement${parties ? ` involving ${parties}` : ""}${time ? ` in ${time}` : ""}.`;
    },
  },
  /** A date as precise as the source gives it; no year is invented. */
  date: (d: { day?: number; month?: number; year?: number }) =>
    [d.month ? MONTHS[d.month - 1] : "", d.day ?? "", d.year ?? ""].filter(Boolean).join(" "),
  /** "Nobel: Almaty city or the region?" answered. */
  choice: {
    one: (s: string, picked: string, other: string) => `${s}: ${picked}, not ${other}.`,
    both: (s: string, places: string) => `${s}: both, ${places}.`,
    neither: (s: string, places: string) => `${s}: neither ${places}.`,
  },
  cityName: (name: string) => `${name} city`,
  /** A number asked as a subject's figure that the sources state for another. */
  statedFor: (owners: string) => `That number is stated for ${owners}.`,
  otherCurrency: (n: string, amount: string) => `${n} is its figure in the other currency: ${amount}.`,
  statedForTotal: "the total of all projects",
  placeIn: (place: string, parent: string) => `${place} in ${parent}`,
  builtAt: (facility: string, place: string) => `${facility} in ${place}`,
  noStandard: (s: string) => `The sources do not name a standard for ${s}’s facility.`,
  role: (s: string, role: string) => `${s} is the ${role}.`,
  said: (s: string) => `${s} said:`,
  /** Words the article reports, not quotes: "According to Maria Shipuleva, …", "Nurbek highlighted that …". */
  saidReported: (s: string, text: string) => `According to the sources, ${s} said that ${text}.`,
  saidNothing: (s: string) => `The sources quote no words of ${s}.`,
  and: "and",
  ambiguous: (name: string, companies: string) =>
    `“${name}” is part of the names of several companies in the sources: ${companies}. Which one do you mean?`,
  absent: (names: string, companies: string) =>
    `${names}: not mentioned in the sources. I can only answer questions about Kazakhstan’s pharmaceutical investment projects (${companies}) and AstraZeneca’s partnership with Kazakhstan.`,
  notCovered: (companies: string) =>
    `The sources I have don’t cover that: I can only answer questions about Kazakhstan’s pharmaceutical investment projects (${companies}) and AstraZeneca’s partnership with Kazakhstan.`,
  refuse:
    "I can’t share anything about my configuration or settings. I can only answer questions about Kazakhstan’s pharmaceutical partnerships and investment projects.",
  greeting:
    "Hello! I answer questions about Kazakhstan’s pharmaceutical partnerships and investment projects, citing the exact source sentence.",
  empty: "Please send a question in words, for example one of these:",
  examplesIntro: "You could ask, for example:",
  examples: [
    "How many jobs will be created in Almaty Region?",
    "What is MSP-ROMPHARM's investment?",
    "Where was the AstraZeneca memorandum signed?",
  ],
  /** "Is AstraZeneca American?": what the sources call it. */
  origin: (s: string, said: string[]) => `The sources describe ${s} as ${said.join("-")}:`,
  noOrigin: (s: string) => `The sources do not say where ${s} is from.`,
  noOrigins: (names: string) => `The sources do not say which country ${names} are from.`,
  nationality: {
    british: "British",
    swedish: "Swedish",
    american: "American",
    turkish: "Turkish",
    chinese: "Chinese",
    german: "German",
    french: "French",
    swiss: "Swiss",
    russian: "Russian",
    romanian: "Romanian",
    egyptian: "Egyptian",
    indian: "Indian",
    polish: "Polish",
    korean: "Korean",
    iranian: "Iranian",
    japanese: "Japanese",
    hungarian: "Hungarian",
    danish: "Danish",
    belarusian: "Belarusian",
    uzbek: "Uzbek",
    italian: "Italian",
  },
  /** "besides Nobel, who builds to GMP": the sources say it of the company left out only. */
  onlyOf: (name: string) => `The sources say this only of ${name}, of no other company:`,
  /** A project an article places somewhere without naming its company. */
  unnamedThere: (place: string, quotes: string) =>
    `The sources also mention a project in ${place} whose company they do not name: ${quotes}`,
  retrieval: {
    // Quotes in Russian or Kazakh are named by their language, not by a title an English reader cannot read.
    intro: (titles: string, languages: readonly Lang[] = []) =>
      languages.length && !languages.includes("en")
        ? `From the sources (quoted in ${languages.map((l) => (l === "ru" ? "Russian" : "Kazakh")).join(" and ")}):`
        : `From ${titles}:`,
    translated: (text: string) => `(${text})`,
    /** A yes/no question the passages answer only in part: no verdict is drawn from them. */
    corrected: "One of the sources calls this an error:",
    correctedBeside: "(A later report says one of these sentences was stated in error.)",
    unconfirmed: "The sources do not say so in these words; the closest passages:",
    /** After a quote whose date the text gives without a year ("this February", "on June 8"): its source's date. */
    dated: (date: string) => `(published ${date})`,
  },
  /** Findings of scopes, stages and reporting errors (what the news extractor adds). */
  news: {
    scope: {
      sector: "the pharmaceutical sector",
      country: "Kazakhstan as a whole",
      region: (place: string) => `${place} as a whole`,
    },
    until: (year: string) => `by ${year}`,
    inYear: (year: string) => `in ${year}`,
    scopeFigure: {
      plain: (scope: string, amount: string) => `${scope}: ${amount}.`,
      growth: (scope: string, amount: string) => `${scope}: growth of ${amount}.`,
      investmentGrowth: (scope: string, amount: string) => `${scope}: investment grew ${amount}.`,
      output: (scope: string, amount: string) => `${scope}: output of ${amount}.`,
      share: (scope: string, amount: string) =>
        `${scope}: the share of domestically produced medicines is ${amount}.`,
      shareTarget: (scope: string, amount: string) =>
        `${scope}: the target is to raise the share of domestically produced medicines to ${amount}.`,
    },
    setMembers: (set: string, members: string) => `${set}: ${members}.`,
    member: {
      yes: (s: string, set: string, members: string) => `${s} is one of ${set}: ${members}.`,
      no: (s: string, set: string, members: string) => `${s} is not one of ${set}, which are: ${members}.`,
    },
    regionTotal: (scope: string, projects: string, worth: string) => `${scope}: ${projects} worth ${worth}.`,
    projects: (n: string, v: number) => `${n} ${v === 1 ? "project" : "projects"}`,
    reportingError: (scope: string, reported: string, current: string, ratio: string) =>
      `One report gives ${reported} for ${scope}: evidently a reporting error, ${ratio} times the ${current} the other reports give, so it is not used.`,
    /**
     * `date` is written out ("" when unknown); `event` says whether it is the event's own date or
     * only the report's; `by` is who chaired, approved or signed ("" when unnamed).
     */
    status: {
      talks: (s: string, date: string, by: string, _event: boolean) =>
        `No investment agreement is reported for ${s}: the project is at the talks stage${date || by ? ` (${[date && `as of ${date}`, by].filter(Boolean).join("; ")})` : ""}.`,
      memorandum: (s: string, date: string, by: string, event: boolean) =>
        `${s} has signed a memorandum${when(date, event)}${by ? ` (${by})` : ""}; no investment agreement is reported.`,
      planned: (s: string, date: string, _by: string, _event: boolean) =>
        `${s}’s project is announced as planned${date ? ` (reported ${date})` : ""}; no agreement is reported.`,
      approved: (s: string, date: string, by: string, event: boolean) =>
        `The government has approved ${s}’s investment agreement${when(date, event)}${by ? ` (${by})` : ""}.`,
      signed: (s: string, date: string, by: string, event: boolean) =>
        `${s} has signed an investment agreement${when(date, event)}${by ? ` (${by})` : ""}.`,
      "under construction": (s: string, date: string, _by: string, event: boolean) =>
        `${s}’s plant is under construction${event && date ? `; construction started${when(date, true)}` : date ? ` (reported ${date})` : ""}.`,
      launched: (s: string, date: string, by: string, event: boolean) =>
        `${s}’s plant has been launched${when(date, event)}${by ? ` (${by})` : ""}.`,
      suspended: (s: string, date: string, _by: string, event: boolean) =>
        `${s}’s project has been suspended${when(date, event)}.`,
      resumed: (s: string, date: string, _by: string, event: boolean) =>
        `${s}’s project has been resumed after a suspension${when(date, event)}.`,
      cancelled: (s: string, date: string, _by: string, event: boolean) =>
        `${s}’s project has been cancelled${when(date, event)}.`,
      unknown: (s: string) => `The sources do not say how far ${s}’s project has got.`,
    },
    by: (who: string) => ` (${who})`,
    because: (words: string) => `The reason given: “${words}”.`,
    earlier: (list: string) => `Earlier: ${list}.`,
    /** Where an event's project is, beside who acted. */
    at: (place: string) => `project in ${place}`,
    /** A memorandum after the company's agreement was signed or approved: the agreement is in "Earlier". */
    memorandumBeside: (s: string, date: string, by: string, event: boolean) =>
      `${s} has signed a memorandum${when(date, event)}${by ? ` (${by})` : ""}.`,
    stageName: {
      talks: "talks",
      memorandum: "memorandum",
      planned: "announced",
      approved: "approved",
      signed: "agreement signed",
      "under construction": "construction started",
      launched: "launched",
      suspended: "suspended",
      resumed: "resumed",
      cancelled: "cancelled",
    },
    milestone: {
      launched: (s: string, when: string) => `${s}: production is planned to start ${when}.`,
      "under construction": (s: string, when: string) => `${s}: construction is planned to begin ${when}.`,
      other: (s: string, when: string) => `${s}: planned for ${when}.`,
    },
    /** One phase of a company's project: "AltINFARM’s first phase". */
    phaseOf: (s: string, n: number) => `${s}’s ${["first", "second", "third"][n - 1] ?? `phase ${n}`} phase`,
    noPhasePlan: (s: string, n: number) =>
      `The sources give no date for the ${["first", "second", "third"][n - 1] ?? `${n}th`} phase of ${s}’s project.`,
    /** The plans a stage reached was set against: "2027 [2]". */
    plannedBefore: (plans: string) => `It had been planned for ${plans}.`,
    /** The plans a milestone replaced: "first quarter of 2021 [2]". */
    milestoneMoved: (earlier: string) => `It was first planned for ${earlier} and has been moved since.`,
    capacityDiffers:
      "The reports give different figures for it: check which one is current (one may be a reporting error).",
    capacity: (s: string, stated: string) => `${s}: production capacity ${stated}, as the source words it.`,
    parts: (s: string, list: string) =>
      `For parts of ${s}’s project (each a part, not the whole cost): ${list}.`,
    contracted: (s: string, stated: string) =>
      `${s}: to make ${stated} under a deal, as the source words it.`,
    shipped: (s: string, stated: string) => `${s}: shipped ${stated}, as the source words it.`,
    coverage: (left: string) =>
      `This counts the pharmaceutical projects in the sources that are past the talks stage${left ? ` (not counted: ${left})` : ""}.`,
    alsoReported: (values: string) => ` (another report gives ${values})`,
    excluded: { talks: "talks only", otherSector: "not pharmaceutical", cancelled: "cancelled" },
    noSite: (s: string) => `The sources do not say where ${s}’s plant will be built.`,
    otherReport: (s: string, amount: string, when: string) =>
      `In US dollars, a report${when ? ` of ${when}` : ""} gives ${amount} for ${s}.`,
  },
};
