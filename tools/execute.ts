import type { Citation, Dataset, Figure, InvestmentProject, ProjectStage } from "../knowledge/schema.js";
import { normalize } from "../knowledge/text.js";
import { companyProject, exclusionOf, projectOf } from "../knowledge/view.js";
import { findConcepts } from "../retrieval/concepts.js";
import {
  affiliates,
  agreementDetails,
  agreementOrder,
  agreementsWith,
  companyEvents,
  hasAgreement,
  openings,
  projectStage,
} from "./agreements.js";
import type { Ref } from "./entities.js";
import {
  average,
  changedFigures,
  choiceOf,
  companiesAtStage,
  companiesInSeveralPlaces,
  companiesOutside,
  companyFacts,
  compare,
  countedProjects,
  domesticShare,
  exchangeRates,
  flagReportingErrors,
  givenUpIn,
  groupBy,
  jobsPerMedicine,
  kindsListed,
  lacking,
  listCompanies,
  listPartners,
  listPlaces,
  madeByAnyone,
  madeBySome,
  mentions,
  metricForCompany,
  metricForPlace,
  metricOf,
  metricOutside,
  noCityNamed,
  noProjects,
  organisationFacts,
  organisationsOfKind,
  othersStated,
  partnerCount,
  partOfPlace,
  partOfWhole,
  placeCount,
  placeIn,
  plantsOfOthers,
  productsHold,
  rank,
  ratio,
  ratiosCompared,
  ratioTogether,
  ratioTop,
  sentenceNames,
  separateCurrencies,
  setDetails,
  setTotal,
  shareOfListed,
  shareOfPlace,
  shareOfTotal,
  shareTogether,
  siteCount,
  statementsOf,
  strategicPairs,
  strategicPartners,
  sumOfCompanies,
  therapyAreas,
  totalLess,
  totalOf,
  whoIs,
  within,
} from "./figures.js";
import { type Finding, type Metric, org } from "./findings.js";
import { COMMON_WORDS, HEAD_ROLES, NOT_HEAD, ROLE_WORDS, SCALES, typeNumeral } from "./lexicon.js";
import { type Attribute, isNumeric, type NumericAttribute, type Query } from "./query.js";

/** What the executor did: the findings to compose, and the name of the figure tool it acted as. */
export interface Execution {
  findings: Finding[];
  tool: string;
}

/** The subjects of a query, sorted by what the knowledge knows of them. */
export interface Scope {
  /** Every organisation named. */
  organisations: string[];
  /** Organisations with an investment project. */
  companies: string[];
  /** Organisations without an investment project. */
  others: string[];
  /** Those of `others` that approve or sign agreements (ministries, agencies): no figures of their own. */
  authorities: string[];
  /** Places inside the country (the country itself restricts nothing). */
  places: string[];
  people: string[];
  agreements: string[];
  partnerships: string[];
}

/** Authorities approve or sign the agreements; a question naming one is about the projects. */
const AUTHORITY_KINDS = new Set(["ministry", "government", "city administration", "investment agency"]);

export function scopeOf(subjects: Ref[], dataset: Dataset): Scope {
  const ids = (type: Ref["type"]) => subjects.filter((s) => s.type === type).map((s) => s.id);
  const orgs = ids("organisation");
  const country = dataset.places.find((p) => p.kind === "country")?.id;
  return {
    organisations: orgs,
    // Two names of one project's group (Polpharma, Chimpharm) are one company here.
    companies: orgs.filter(
      (id, i) =>
        projectOf(dataset, id) &&
        !orgs.slice(0, i).some((o) => projectOf(dataset, o) === projectOf(dataset, id)),
    ),
    others: orgs.filter((id) => !projectOf(dataset, id)),
    authorities: orgs.filter((id) =>
      AUTHORITY_KINDS.has(dataset.organisations.find((o) => o.id === id)?.kind ?? ""),
    ),
    places: ids("place").filter((id) => id !== country && !!country && within(dataset, id, country)),
    people: ids("person"),
    agreements: ids("agreement"),
    partnerships: ids("partnership"),
  };
}

/** The numeric metrics a query asks for, investment in the currencies asked (both by default). */
function metricsOf(q: Query): Metric[] {
  const numeric = q.attributes.filter(isNumeric) as NumericAttribute[];
  const investment = numeric.some((a) => a === "investmentKzt" || a === "investmentUsd");
  const currencies: Metric[] =
    q.unit === "USD"
      ? ["investmentUsd"]
      : q.unit === "KZT"
        ? ["investmentKzt"]
        : ["investmentKzt", "investmentUsd"];
  const out: Metric[] = numeric.filter((a) => a !== "investmentKzt" && a !== "investmentUsd");
  if (investment) out.push(...currencies);
  return out;
}

/**
 * Runs one query over the knowledge's current view. Every operation works for every numeric
 * attribute and any number of subjects; a query the knowledge cannot answer gives no findings
 * (the caller turns to retrieval).
 */
export function execute(q: Query, dataset: Dataset): Execution {
  const done = withMakersProducts(q, dataset, executeQuery(q, dataset));
  // "… is not in Almaty city, right?": the verdict is said of the negation the question states.
  const negated = q.negated
    ? done.findings.map((f) => (f.kind === "exists" ? { ...f, negated: true } : f))
    : done.findings;
  // "Almaty city or the region?": which one, before where the company builds.
  // (A choice of companies, "the partner of Nobel or of AltINFARM?", is the partners' own.)
  const places = q.choice?.some((c) => c.type === "place");
  const chosen = places
    ? scopeOf(q.subjects, dataset).companies.flatMap((c) => choiceOf(dataset, c, q.choice ?? []))
    : [];
  const findings = [...chosen, ...negated];
  // A dollar figure of another report is not shown as a conversion; a reporting error is flagged.
  return { ...done, findings: flagReportingErrors(separateCurrencies(findings)) };
}

/**
 * "which plant is focused on immunobiologicals": the makers the product words found are answered
 * where they build, and their products' sentence says why they are the ones.
 */
function withMakersProducts(q: Query, dataset: Dataset, done: Execution): Execution {
  const s = scopeOf(q.subjects, dataset);
  const where = q.attributes.some((a) => a === "sites" || a === "facility");
  if (!where || s.companies.length || s.others.length || s.places.length || q.operation === "exists")
    return done;
  const makers = makersNamed(dataset, q.unparsed);
  const told = new Set(done.findings.map((f) => JSON.stringify(f)));
  const products = makers
    .flatMap((id) => companyFacts(dataset, id, "products"))
    .filter((f) => !told.has(JSON.stringify(f)));
  return products.length ? { ...done, findings: [...done.findings, ...products] } : done;
}

/** An execution: the findings and the figure tool they stand for. */
const run = (tool: string, findings: Finding[]): Execution => ({ tool, findings });

function executeQuery(q: Query, dataset: Dataset): Execution {
  const s = scopeOf(q.subjects, dataset);
  // "is SK-Pharmacy the state distributor?": what the sources call it holds the words said (read so).
  const [one] = s.organisations;
  if (q.operation === "exists" && q.attributes.includes("profile") && q.topic?.length && one) {
    const d = dataset.organisations.find((o) => o.id === one)?.description;
    const holds = (w: string) =>
      !!d && [d.text, d.ru ?? "", d.kk ?? ""].some((t) => mentions(normalize(t), w));
    const verdict: Finding[] = q.topic.every(holds) ? [{ kind: "exists", yes: true }] : [];
    return run("organisation_facts", [...verdict, ...organisationFacts(dataset, one)]);
  }
  // "is SK-Pharmacy a strategic partner of AZ": whom the sources call so.
  if (q.attributes.includes("partners") && q.role?.includes("strategic partner"))
    return run("strategic_partners", strategicPartners(dataset, s.organisations, q.operation === "exists"));
  // "how many types of cancer does AZ treat": the kinds its products' sentence lists, counted.
  if (q.operation === "count" && q.attributes.includes("products") && q.topic?.length)
    return run("kinds_listed", kindsListed(dataset, s.organisations, q.topic));
  // "which plant will make antivirals", "jobs at the plant making painkillers": asked of its makers.
  if (!q.attributes.includes("products") && !s.companies.length && !s.others.length && !s.places.length)
    s.companies.push(...makersNamed(dataset, q.unparsed));
  // "When will the plant open", "when did it start": the stage reached, else the milestone a source plans.
  // A phase's start or stage ("when will the second phase start") is a question of its opening.
  const timed = q.attributes.includes("stage") || q.attributes.includes("dates");
  const opening = q.unknown === "opening" || (q.phase !== undefined && timed);
  // "When do the Pavlodar projects launch": asked of a place, asked of the companies there.
  const asked = s.companies.length ? s.companies : s.places.flatMap((p) => companiesIn(dataset, p));
  const opened = opening ? [...new Set(asked)].flatMap((c) => openings(dataset, c, q.phase)) : [];
  if (opened.length) return run("project_stage", opened);
  // (With no one asked, only a question that is all ours: "how many drug packs got marked so far"
  // asks no plant's capacity, whichever plant has one.)
  if (q.unknown === "capacity" && (s.companies.length || s.places.length || !q.unparsed.length)) {
    const stated = capacities(s, dataset);
    if (stated.length) return run("capacity", stated);
  }
  // "what is the share now": the share a source states for the country, when one does.
  if (q.unknown === "currentShare") {
    const now = domesticShare(dataset, true);
    if (now.some((f) => f.kind === "scopeFigure" && f.attribute === "share"))
      return run("domestic_production_goal", now);
  }
  // "When will Atabay's project resume?": no date is given; the stop (and any resumption) is told beside it.
  // "how far along is X's plant": no share of work done is recorded; its stage is told beside it.
  if (q.unknown === "progress" && asked.length)
    return run("not_stated", [
      { kind: "unknown", what: q.unknown, subjects: q.subjects },
      ...[...new Set(asked)].flatMap((c) => projectStage(dataset, c)),
    ]);
  if (q.unknown === "resumption" && asked.length) {
    const stages = [...new Set(asked)].flatMap((c) => projectStage(dataset, c));
    const resumed = [...new Set(asked)].some((c) => companyProject(dataset, c)?.stage?.value === "resumed");
    if (resumed) return run("project_stage", stages);
    return run("not_stated", [{ kind: "unknown", what: q.unknown, subjects: q.subjects }, ...stages]);
  }
  if (q.unknown) return run("not_stated", [{ kind: "unknown", what: q.unknown, subjects: q.subjects }]);

  // "how many ministries are involved": the organisations of that kind.
  if (q.orgKind) return run("list_organisations", organisationsOfKind(dataset, q.orgKind));
  const metrics = metricsOf(q);
  // "which company gives no investment figure", "which project has no partner".
  if (q.operation === "missing" && !s.companies.length) {
    const asked = q.attributes.includes("partners") ? (["partners"] as const) : metrics.slice(0, 1);
    return run(
      "missing",
      asked.flatMap((a) => lacking(dataset, a)),
    );
  }
  if (metrics.length && q.operation === "exists") return figuresExist(q, s, metrics, dataset);
  if (metrics.length) return executeNumeric(q, s, metrics, dataset);

  const has = (a: Attribute) => q.attributes.includes(a);
  // A fact asked of a place ("what will the plant in turkistan make") is asked of the companies there.
  const fact = has("standard") || has("products") || has("partners") || has("stage");
  if (fact && !s.companies.length && s.places[0]) {
    s.companies.push(...companiesIn(dataset, s.places[0]));
    // (Its stage: a project given up there too.)
    if (has("stage")) s.companies.push(...givenUpIn(dataset, s.places[0]));
  }
  const noOneNamed = !s.companies.length && !s.organisations.length && !s.agreements.length;
  // A place asked where no project is keeps no one: "the project in Shymkent" is none of them.
  if (has("stage") && noOneNamed && s.places[0])
    return run("project_stage", [noProjects(dataset, s.places[0])]);
  // The stages of every project counted ("when were the projects approved").
  if (has("stage") && noOneNamed)
    s.companies.push(...dataset.projects.filter((p) => !exclusionOf(p)).map((p) => p.company));
  // "which factory will be GMP compliant": the projects whose stated standard holds every other
  // word asked ("ISO" is no GMP).
  if (has("standard") && !s.companies.length && !s.organisations.length && !s.agreements.length)
    s.companies.push(...projectsMeeting(dataset, q.unparsed));
  // Each stage answers the queries of its kind, or passes (null) to the next; the last always answers.
  return (
    executePeople(q, s, dataset) ??
    executeExists(q, s, dataset) ??
    executeEvents(q, s, dataset) ??
    executePartners(q, s, dataset) ??
    executeCompanies(q, s, dataset) ??
    executeOthers(q, s, dataset)
  );
}

/**
 * The capacities the sources state, verbatim, of the companies asked (or in the place asked, or
 * of every project when none is named); a company asked of whose capacity no source speaks is said so.
 */
function capacities(s: Scope, dataset: Dataset): Finding[] {
  const asked = s.companies.length
    ? s.companies
    : s.places[0]
      ? companiesIn(dataset, s.places[0])
      : dataset.projects
          .filter((p) => p.capacity?.length || p.contracted?.length || p.shipped?.length)
          .map((p) => p.company);
  const found: Finding[] = asked.flatMap((company) => {
    const p = companyProject(dataset, company);
    const [capacity, contracted, shipped] = [p?.capacity ?? [], p?.contracted ?? [], p?.shipped ?? []];
    return capacity.length || contracted.length || shipped.length
      ? [{ kind: "capacity" as const, subject: org(company), capacity, contracted, shipped }]
      : [];
  });
  if (!found.length) return [];
  const silent = asked.filter((c) => !found.some((f) => f.kind === "capacity" && f.subject.id === c));
  return silent.length && s.companies.length
    ? [...found, { kind: "unknown", what: "capacity", subjects: silent.map(org) }]
    : found;
}

/** Whether each company asked is one of an announced set's projects: yes or no, with the set's members. */
function membership(dataset: Dataset, setId: string, companies: string[]): Finding[] {
  const set = dataset.scopes.find((x) => x.id === setId);
  if (!set) return [];
  const members = dataset.projects.filter((p) => set.members?.includes(p.id)).map((p) => p.company);
  const yes = companies.every((c) => members.includes(c));
  return [
    { kind: "exists", yes },
    ...companies.map((c) => ({
      kind: "member" as const,
      subject: org(c),
      set: setId,
      member: members.includes(c),
      members: members.map(org),
      citation: set.citation,
    })),
  ];
}

/** Stages an agreement word asks for: a memorandum's, or an agreement's signing (or approval). */
const EVENT_OF: Record<string, ProjectStage[]> = {
  "memorandum of understanding": ["memorandum"],
  "investment agreements": ["signed", "approved"],
};

/**
 * The dated events of the kind an agreement word names, of companies asked that are no party to
 * it: each its own, oldest first (two memoranda years apart are two answers); those of the year
 * asked ("its 2023 memorandum"), or the earliest when the order is asked ("its first memorandum").
 */
function ownEvents(dataset: Dataset, s: Scope, q: Query): Finding[] {
  if (!s.agreements.length) return [];
  const agreements = dataset.agreements.filter((a) => s.agreements.includes(a.id));
  const kinds = agreements.flatMap((a) => EVENT_OF[a.kind] ?? []);
  const year = q.time?.year ? String(q.time.year) : "";
  return s.companies.flatMap((company) => {
    if (agreements.some((a) => a.parties.includes(company))) return [];
    const events = companyEvents(dataset, company).filter(
      (e) => kinds.includes(e.value) && (e.date ?? "").startsWith(year),
    );
    // "its first memorandum": the earliest; "the latest": the newest.
    const first = q.operation === "order" || q.operation === "min";
    const asked = first ? events.slice(0, 1) : q.operation === "max" ? events.slice(-1) : events;
    const agreed = hasAgreement(dataset, company);
    return asked.map((stage) => ({
      kind: "status" as const,
      subject: org(company),
      stage,
      history: [],
      milestones: [],
      agreed,
    }));
  });
}

/** People: what they said, who they are; who holds a role. */
function executePeople(q: Query, s: Scope, dataset: Dataset): Execution | null {
  const has = (a: Attribute) => q.attributes.includes(a);
  // "Is he the health minister?": yes or no, then who the person is.
  if (q.operation === "exists" && has("roles") && s.people.length && q.role?.length) {
    const holders = peopleWithRole(dataset, q.role, { ...s, companies: [], others: [] });
    return run("who_is", [
      { kind: "exists", yes: s.people.every((p) => holders.includes(p)) },
      ...s.people.flatMap((p) => whoIs(dataset, p)),
    ]);
  }
  // "Was it the health minister who signed the AstraZeneca memorandum?": the people its dated sentence
  // names, and whether one holds the role asked.
  if (has("roles") && s.agreements.length && !s.people.length) {
    const present = s.agreements.flatMap((a) => peopleAt(dataset, a));
    if (present.length) {
      const holders = q.role?.length ? peopleWithRole(dataset, q.role, { ...s, agreements: [] }) : [];
      const verdict: Finding[] =
        q.operation === "exists" ? [{ kind: "exists", yes: present.some((p) => holders.includes(p)) }] : [];
      return run("who_is", [...verdict, ...present.flatMap((p) => whoIs(dataset, p))]);
    }
  }
  if (has("statements") || has("roles")) {
    // "which minister went to Cambridge": a place abroad narrows the holders too (no scope keeps it).
    const places = q.subjects.filter((x) => x.type === "place").map((x) => x.id);
    const people = s.people.length ? s.people : peopleWithRole(dataset, q.role ?? [], s, places);
    if (!people.length)
      return run("not_stated", [
        { kind: "unknown", what: "role", role: q.role?.join(" "), subjects: q.subjects },
      ]);
    if (has("statements"))
      return run(
        "statements",
        people.flatMap((p) => statementsOf(dataset, p, q.topic)),
      );
    return run(
      "who_is",
      people.flatMap((p) => whoIs(dataset, p)),
    );
  }
  if (s.people.length && q.attributes.every((a) => a === "profile"))
    return run(
      "who_is",
      s.people.flatMap((p) => whoIs(dataset, p)),
    );

  return null;
}

/** "Is there a plant in Aktau?", "does Nobel build in Almaty?": yes or no, and where. */
function executeExists(q: Query, s: Scope, dataset: Dataset): Execution | null {
  const has = (a: Attribute) => q.attributes.includes(a);
  // "who else besides Nobel builds in Almaty", "is anyone else building there?": the place's list
  // without the companies named, and whether anyone is left.
  if (has("companies") && q.besides && s.companies.length && s.places.length) {
    const lists = s.places.flatMap((place) => listCompanies(dataset, place, q.signed));
    const rest = lists.map((f) =>
      f.kind === "list"
        ? {
            ...f,
            items: f.items.filter((i) => !s.companies.includes(i.ref.id)),
            besides: s.companies.map(org),
          }
        : f,
    );
    const left = rest.some((f) => f.kind === "list" && f.items.length > 0);
    return run("list_companies", [
      ...(q.operation === "exists" ? [{ kind: "exists" as const, yes: left }] : []),
      ...rest,
    ]);
  }
  if (q.operation === "exists" && q.set)
    return run("set_membership", membership(dataset, q.set, s.companies));
  // "which companies were in the talks of June 2022", "the total value of those 13 projects".
  if (q.set && !s.companies.length) return run("set_details", setDetails(dataset, q.set));
  if (q.operation === "exists" && has("standard") && s.companies.length && !s.places.length)
    return run("project_facts", standardNamed(dataset, s.companies, q.unparsed));
  if (q.operation === "exists" && has("products") && (s.companies.length || s.others.length))
    return run("project_facts", productsExist(dataset, [...s.companies, ...s.others], q.unparsed));
  // "besides Nobel, who else makes diabetes medicines": the other makers whose products name it.
  if (has("products") && q.besides && s.organisations.length && !s.places.length)
    return run("project_facts", makersBesides(dataset, s.organisations, q.unparsed));
  // "who makes kidney disease medicines": the makers whose products name it.
  const makers =
    has("products") &&
    q.operation === "list" &&
    q.unparsed.length &&
    !s.companies.length &&
    !s.others.length &&
    !s.places.length
      ? productsExist(dataset, [], q.unparsed)
      : [];
  if (makers.length) return run("project_facts", makers);
  // "which of them are in Almaty city": the ones that build there (those named next are they);
  // when none does, where each builds instead.
  if (q.operation === "list" && has("sites") && s.companies.length >= 2 && s.places[0]) {
    const place = s.places[0];
    const inside = (id: string) =>
      dataset.projects.some((p) => p.company === id && p.sites.some((x) => within(dataset, x.place, place)));
    const there = s.companies.filter(inside);
    return run(
      "list_companies",
      (there.length ? there : s.companies).flatMap((id) => companyFacts(dataset, id, "location")),
    );
  }
  // "Is the TURAN zone in Almaty Region?": one place within the other, asked of no company.
  if (
    q.operation === "exists" &&
    has("sites") &&
    s.places.length === 2 &&
    !s.companies.length &&
    !s.others.length
  )
    return run("place_within", placeIn(dataset, s.places[0] as string, s.places[1] as string));
  if (q.operation === "exists" && (has("sites") || has("facility") || has("companies"))) {
    const place = s.places[0];
    // "Will the plant in the Aktobe region be built?", «Построят ли завод … в Актюбинской области?»:
    // where the one project there was given up, no — and its cancellation.
    const there = place ? givenUpIn(dataset, place) : [];
    const givenUp = s.companies.length ? s.companies.filter((c) => there.includes(c)) : there;
    const onlyThose = s.companies.length
      ? givenUp.length === s.companies.length
      : !!place && !companiesIn(dataset, place).length;
    if (place && givenUp.length && onlyThose)
      return run("project_stage", [
        { kind: "exists", yes: false },
        ...givenUp.flatMap((c) => projectStage(dataset, c)),
      ]);
    if (place) {
      const found = listCompanies(dataset, place);
      const inPlace = found.flatMap((f) => (f.kind === "list" ? f.items.map((i) => i.ref.id) : []));
      const asked = s.companies.length ? s.companies : inPlace;
      // "only in Turkistan?": no while the company also builds elsewhere (MSP-ROMPHARM, Almaty Region too).
      const elsewhere = (id: string) =>
        !!q.only &&
        dataset.projects.some(
          (p) => p.company === id && p.sites.some((x) => !within(dataset, x.place, place)),
        );
      const there = (id: string) => inPlace.includes(id) && !elsewhere(id);
      // "are Abdi and MSP in Turkistan Region": yes only when every company named is ("is either of
      // them": when one is).
      const yes = s.companies.length >= 2 && !q.any ? asked.every(there) : asked.some(there);
      // Yes: where the asked company builds there; no: where it builds instead (Almaty, not its region);
      // of several, each (the ones there first).
      const facts = (s.companies.length >= 2 ? [...asked].sort((a, b) => +there(b) - +there(a)) : asked)
        .filter((id) => s.companies.length >= 2 || yes === inPlace.includes(id) || elsewhere(id))
        .map((id) => companyFacts(dataset, id, "location"));
      // "No project in Aktau is mentioned" already says no (when it is said: not of companies asked).
      const answer: Finding[] =
        yes || s.companies.length || !found.some((f) => f.kind === "noProjects")
          ? [{ kind: "exists", yes }]
          : [];
      return run("list_companies", [...answer, ...(s.companies.length ? facts.flat() : found)]);
    }
  }

  return null;
}

/**
 * "Does Abdi Ibrahim make painkillers?": yes when the products the sources name for it hold what was
 * asked; else that they do not name it for the company, but for another ("MSP-ROMPHARM's") — never
 * a flat no, as the sources list products "including" some. Nothing is said when no project's
 * products name it.
 */
/** The companies whose stated standard names every word asked. */
function projectsMeeting(dataset: Dataset, words: string[]): string[] {
  return dataset.projects
    .filter((p) => !exclusionOf(p) && p.standard)
    .filter((p) => {
      const st = p.standard;
      const text = st ? normalize([st.text, st.ru ?? "", st.kk ?? ""].join(" ")) : "";
      return words.filter((w) => !COMMON_WORDS.has(w)).every((w) => mentions(text, w));
    })
    .map((p) => p.company);
}

/**
 * "Is Nobel's complex GMP compliant?": yes when each company's stated standard holds every other
 * word asked ("ISO" is no GMP); with no standard stated, no verdict, only that none is named.
 */
function standardNamed(dataset: Dataset, companies: string[], words: string[]): Finding[] {
  const facts = companies.flatMap((c) => companyFacts(dataset, c, "standard"));
  const holds = companies.every((c) => {
    const standard = projectOf(dataset, c)?.standard;
    const text = standard ? normalize([standard.text, standard.ru ?? "", standard.kk ?? ""].join(" ")) : "";
    return !!standard && words.every((w) => mentions(text, w));
  });
  return holds ? [{ kind: "exists", yes: true }, ...facts] : facts;
}

const ROMAN = ["", "I", "II"];

/** Production partnerships whose portfolio holds every word asked, with who owns each portfolio. */
function portfoliosNaming(dataset: Dataset, words: string[]) {
  const companies = new Set(dataset.projects.map((p) => p.company));
  return dataset.agreements
    .filter(
      (a) =>
        a.kind === "production partnership" &&
        a.items.some((i) =>
          words.every((w) =>
            [i.description.text, i.description.ru ?? "", i.description.kk ?? ""].some((t) =>
              mentions(normalize(t), w),
            ),
          ),
        ),
    )
    .map((a) => ({
      agreement: a.id,
      // AstraZeneca's medicines made at Nobel's plant are AstraZeneca's portfolio, not Nobel's products.
      owners: a.parties.filter((p) => !companies.has(p)),
    }));
}

/**
 * The projects whose products hold every product word asked ("antivirals", «обезболивающие»), when
 * that is some of the projects, not all: a word every project's products hold narrows nothing.
 */
function makersNamed(dataset: Dataset, asked: string[]): string[] {
  const words = asked.filter((w) => w.length >= 5 && !COMMON_WORDS.has(w) && madeBySome(dataset, w));
  if (!words.length) return [];
  const makers = dataset.projects.filter((p) => words.every((w) => productsHold(p, w)));
  return makers.length < dataset.projects.length ? makers.map((p) => p.company) : [];
}

/**
 * "besides Nobel, who else makes diabetes medicines", «кроме АльтИнФарм кто ещё делает онкологию»:
 * the makers whose products or portfolio name the words, those named set aside, with what they make.
 */
function makersBesides(dataset: Dataset, named: string[], asked: string[]): Finding[] {
  const words = asked.filter((w) => w.length >= 3 && !COMMON_WORDS.has(w) && madeByAnyone(dataset, w));
  const aside = new Set(named.flatMap((id) => affiliates(dataset, id)));
  const ownersOf = (f: Finding): string[] => {
    if (!("subject" in f) || !f.subject) return [];
    if (f.subject.type === "organisation") return [f.subject.id];
    const agreement = dataset.agreements.find((a) => a.id === f.subject?.id);
    return agreement?.parties.filter((p) => !projectOf(dataset, p)) ?? [];
  };
  const found = words.length ? productsExist(dataset, [], words) : [];
  const others = found.filter((f) => ownersOf(f).some((o) => !aside.has(o)));
  const makers = [...new Set(others.flatMap(ownersOf))].filter((o) => !aside.has(o)).map(org);
  const lead: Finding = { kind: "makersBesides", besides: named.map(org), words: words.join(" "), makers };
  // No one else: what the ones set aside make, said to be theirs alone.
  const own = found.filter((f) => ownersOf(f).some((o) => aside.has(o)));
  return [lead, ...(makers.length ? others : own)];
}

/**
 * "does Abdi make antivirals", "does AZ make heart failure drugs", "who makes kidney medicines":
 * the makers whose products or production portfolio name every word asked. `subjects` are the
 * organisations asked about (none: who makes it).
 */
function productsExist(dataset: Dataset, subjects: string[], asked: string[]): Finding[] {
  // "does the portfolio cover heart stuff": the words that name a product, not the frame around them.
  const words = asked.filter((w) => !COMMON_WORDS.has(w));
  // "type-1": the products must name that type ("type II diabetes" is no type I).
  const names = (p: InvestmentProject, word: string) =>
    /^type-\d$/.test(word)
      ? p.products.some((t) =>
          [t.text, t.ru ?? "", t.kk ?? ""].some(
            (text) => typeNumeral(normalize(text).split(" ")) === Number(word.slice(5)),
          ),
        )
      : productsHold(p, word);
  // Every asked word some project's products hold must be held: «диабетке қарсы» ("against
  // diabetes") is not MSP-ROMPHARM's «қабынуға қарсы» ("anti-inflammatory").
  const holding = words.map((w) => dataset.projects.filter((p) => names(p, w))).filter((ps) => ps.length);
  const portfolios = words.length ? portfoliosNaming(dataset, words) : [];
  // A word nothing anyone makes holds ("lung" of "lung cancer") narrows what is asked: no project
  // whose products hold only the rest ("oncology") makes it.
  const unheld = words.some(
    (w) => !dataset.projects.some((p) => names(p, w)) && !portfoliosNaming(dataset, [w]).length,
  );
  const makers = [
    ...dataset.projects
      .filter((p) => !unheld && holding.length && holding.every((ps) => ps.includes(p)))
      .map((p) => p.company),
    ...portfolios.flatMap((x) => x.owners),
  ];
  const companies = subjects.filter((c) => dataset.projects.some((p) => p.company === c));
  const owned = portfoliosNaming(dataset, []).filter((x) =>
    x.owners.some((o) => subjects.some((s) => affiliates(dataset, s).includes(o))),
  );
  const own = [
    ...companies.flatMap((c) => companyFacts(dataset, c, "products")),
    ...owned.flatMap((x) => agreementDetails(dataset, x.agreement, "items")),
  ];
  // "Does Orda Glass make medicines?": no, when all it is said to make is no medicine.
  if (!words.length && own.length && own.every((f) => f.kind === "notMedicines"))
    return [{ kind: "exists", yes: false }, ...own];
  // Nothing anyone makes is named so: no verdict unless the subjects' own products were asked of.
  if (!makers.length && (!words.length || !own.length)) return own;
  const isMaker = (s: string) => affiliates(dataset, s).some((a) => makers.includes(a));
  const named = subjects.some(isMaker);
  const others = named
    ? []
    : [
        ...makers
          .filter((c) => dataset.projects.some((p) => p.company === c))
          .flatMap((c) => companyFacts(dataset, c, "products")),
        ...portfolios.flatMap((x) => agreementDetails(dataset, x.agreement, "items")),
      ];
  // Who makes it: the makers' own products, no verdict about nobody.
  if (!subjects.length) return others;
  const refs = (ids: string[]) => ids.map((id): Ref => ({ type: "organisation", id }));
  const verdict: Finding = {
    kind: "productNamed",
    subjects: refs(subjects),
    // Said as asked: "type-1" is the type's number after the words («диабета типа I»).
    words: [
      ...words.filter((w) => !/^type-\d$/.test(w)),
      ...words.filter((w) => /^type-\d$/.test(w)).map((w) => ROMAN[Number(w.slice(5))]),
    ].join(" "),
    named,
    makers: refs(
      [...new Set(makers)].filter((c) => !subjects.some((s) => affiliates(dataset, s).includes(c))),
    ),
  };
  return [verdict, ...own, ...others];
}

/**
 * The agreements a question names: by their own names, or by a party's ("the SK-Pharmacy deal")
 * when that party signed just one and it is not already named.
 */
function agreementsNamed(s: Scope, dataset: Dataset): string[] {
  const out = [...s.agreements];
  for (const o of s.organisations) {
    const group = affiliates(dataset, o);
    const own = dataset.agreements.filter((a) => a.parties.some((p) => group.includes(p)));
    if (own.some((a) => out.includes(a.id))) continue;
    if (own.length === 1 && own[0]) out.push(own[0].id);
  }
  return out;
}

/**
 * "what was signed with AstraZeneca in Cambridge": the agreements whose place names a place asked
 * (the rest when none does: a place the sources give no agreement's place for narrows nothing).
 */
function signedAt(dataset: Dataset, found: Finding[], places: string[]): Finding[] {
  const names = places.flatMap((id) => {
    const place = dataset.places.find((x) => x.id === id);
    return place
      ? [place.name.en, place.name.ru, place.name.kk, ...place.aliases].map((n) => normalize(n ?? ""))
      : [];
  });
  const at = (f: Finding) => {
    if (f.kind !== "agreement") return false;
    const text = normalize(dataset.agreements.find((a) => a.id === f.agreement.id)?.place?.text ?? "");
    return names.some((n) => n && mentions(text, n));
  };
  return found.some(at) ? found.filter((f) => f.kind !== "agreement" || at(f)) : found;
}

/** Stages that mean an agreement was signed (approved: the government approved the signed agreement). */
const SIGNED: string[] = ["approved", "signed", "under construction", "launched", "resumed"];
/** The stages that show a stage asked about was reached: a launched plant was built. */
const REACHED: Record<string, string[]> = {
  "under construction": ["under construction", "launched"],
};

/** The agreements a company (or its group) signed besides an investment agreement, each dated. */
function otherAgreements(dataset: Dataset, company: string): Finding[] {
  const group = affiliates(dataset, company);
  return dataset.agreements
    .filter((a) => !a.kind.includes("investment") && a.date && a.parties.some((p) => group.includes(p)))
    .flatMap((a) => agreementDetails(dataset, a.id, "date"));
}

/** Changes, stages, companies in several places, the companies, agreements' sites, dates and items. */
function executeEvents(q: Query, s: Scope, dataset: Dataset): Execution | null {
  const has = (a: Attribute) => q.attributes.includes(a);
  if (has("changes")) return run("changes", changedFigures(dataset, s.companies, q.time));
  if (has("stage") && q.stage && q.operation === "list")
    return run("list_companies", companiesAtStage(dataset, q.stage, s.places, !!q.pharmaceutical));
  // "Are any of the plants operating yet?", "have they signed?": each project's verdict, then its stages.
  if (has("stage") && q.operation === "exists" && s.companies.length > 1)
    return run(
      "project_stage",
      s.companies.flatMap((c) => executeEvents(q, { ...s, companies: [c] }, dataset)?.findings ?? []),
    );
  if (has("stage") && s.companies.length) {
    const pick = q.operation === "min" ? "first" : q.operation === "max" ? "last" : undefined;
    // A company whose project a news report shows at talks may have signed other agreements (AstraZeneca's
    // 2024 agreements beside 2022 talks): they are told beside its stage, never left out.
    const pacts =
      q.time?.year || q.time?.month ? [] : s.companies.flatMap((c) => otherAgreements(dataset, c));
    const stages = [
      ...s.companies.flatMap((c) => projectStage(dataset, c, { time: q.time, pick })),
      ...pacts,
    ];
    // "Has Medivant signed?": yes once an agreement was signed or approved, whatever came after;
    // talks, a memorandum or a cancellation before any is no.
    const status = stages.length === 1 && stages[0]?.kind === "status" ? stages[0] : undefined;
    // "Where was X's 2023 memorandum signed": the events of the kind and year asked, each its own.
    const own = q.operation === "exists" ? [] : ownEvents(dataset, s, q);
    if (own.length) return run("project_stage", own);
    if (q.operation !== "exists" || !status?.stage) return run("project_stage", stages);
    const events = [status.stage, ...status.history].map((e) => e.value);
    // "Still only a memorandum?": yes while the newest stage is that one.
    if (q.still)
      return run("project_stage", [{ kind: "exists", yes: status.stage.value === q.still }, ...stages]);
    // "Has construction started?": reached once that stage or a later one is reported.
    if (q.stage && q.stage !== "talks" && q.stage !== "memorandum") {
      const asked = q.stage;
      const reached = events.some((v) => (REACHED[asked] ?? [asked]).includes(v));
      return run("project_stage", [
        { kind: "stageReached", subject: status.subject, stage: asked, reached },
        ...stages,
      ]);
    }
    const yes = events.some((v) => SIGNED.includes(v)) || pacts.length > 0;
    return run("project_stage", [{ kind: "exists", yes }, ...stages]);
  }
  if (q.spansPlaces) return run("companies_in_several_regions", companiesInSeveralPlaces(dataset));
  if (has("companies") && q.operation === "remainder" && s.places.length && !s.companies.length)
    return run("list_companies", companiesOutside(dataset, s.places));
  if (has("companies") && !s.companies.length)
    return run(
      "list_companies",
      (s.places.length > 1 ? s.places : [s.places[0]]).flatMap((place) =>
        listCompanies(dataset, place, q.signed),
      ),
    );
  // "Where was X's 2023 memorandum signed": that company's own events, each with its place.
  const own = has("dates") || has("sites") ? ownEvents(dataset, s, q) : [];
  if (own.length) return run("project_stage", own);
  if (s.agreements.length && has("sites"))
    return run(
      "agreement_details",
      s.agreements.flatMap((a) => agreementDetails(dataset, a, "place")),
    );
  if (has("dates") && q.operation === "order")
    return run("agreement_order", agreementOrder(dataset, agreementsNamed(s, dataset)));
  if (has("signatories") && q.operation === "count") {
    const found =
      s.agreements.length > 0
        ? s.agreements.flatMap((a) => agreementDetails(dataset, a, "date"))
        : agreementsWith(dataset, s.organisations, q.time?.year, q.time?.month);
    const counted = found.flatMap((f): Finding[] =>
      f.kind === "agreement"
        ? [{ kind: "partyCount", agreement: f.agreement, count: f.parties.length }, f]
        : [f],
    );
    return run("agreement_details", counted);
  }
  // "how many agreements has AZ signed with Kazakhstan": the dated ones (an arrangement the sources
  // give no signing for, AstraZeneca's medicines at Nobel's plant, is none), counted then listed.
  // ("how many agreements were signed in 2024": every party's, in that time.)
  const inTime = !s.organisations.length && !s.companies.length && !!q.time?.year;
  if (has("dates") && q.operation === "count" && (s.organisations.length || inTime) && !s.agreements.length) {
    const found = agreementsWith(dataset, s.organisations, q.time?.year, q.time?.month).filter(
      (f) => f.kind !== "agreement" || f.date,
    );
    const dated = found.filter((f) => f.kind === "agreement");
    const count: Finding[] = dated.length
      ? [
          {
            kind: "agreementCount",
            parties: s.organisations.map(org),
            count: dated.length,
            ...(inTime ? { time: { ...q.time } } : {}),
          },
        ]
      : [];
    return run("agreements", [...count, ...found]);
  }
  if (has("dates") || has("signatories")) {
    // "When was the memorandum with Tobyl Pharm signed": that company's own dated event, not the
    // agreement of other parties the word also names.
    // When a company's project got where it is, or is planned to: its stages and milestones.
    const projectDates =
      has("dates") && !s.agreements.length ? s.companies.flatMap((c) => projectStage(dataset, c)) : [];
    if (projectDates.some((f) => f.kind === "status" && (f.stage || f.milestones.length)))
      return run("project_stage", projectDates);
    if (s.agreements.length)
      return run(
        "agreement_details",
        s.agreements.flatMap((a) => [
          ...agreementDetails(dataset, a, "date"),
          // "Who signed the memorandum": the people its dated sentence names, with who they are.
          ...(has("signatories") ? peopleAt(dataset, a).flatMap((p) => whoIs(dataset, p)) : []),
        ]),
      );
    return run(
      "agreements",
      signedAt(
        dataset,
        agreementsWith(dataset, s.organisations, q.time?.year, q.time?.month),
        // (Any place: Cambridge lies outside the country the scope keeps places of.)
        q.subjects.flatMap((x) => (x.type === "place" ? [x.id] : [])),
      ),
    );
  }
  if (has("items")) {
    // Focus areas: the items of agreements that are not a production portfolio.
    const named = s.agreements.length
      ? s.agreements
      : dataset.agreements
          .filter((a) => a.items.length && a.kind !== "production partnership")
          .map((a) => a.id);
    if (q.operation === "exists" && q.topic?.length)
      return run("agreement_details", itemsNaming(dataset, named, q.topic));
    return run(
      "agreement_details",
      itemsAbout(
        named.flatMap((a) => agreementDetails(dataset, a, "items")),
        q,
      ),
    );
  }
  return null;
}

/** A fact's words in every language it is given in, normalised, and the concepts they name. */
function factWords(f: Finding): { text: string; concepts: Set<string> } | null {
  if (f.kind !== "fact") return null;
  const text = [f.fact.text, f.fact.ru ?? "", f.fact.kk ?? ""].map(normalize).join(" ");
  return { text, concepts: new Set(findConcepts(text.split(" ")).map((c) => c.key)) };
}

/**
 * "which area is about the environment", «какие зелёные направления», «жасыл технологиялар туралы
 * қандай бағыт»: the areas a topic word names (or its concept: «экология» of "environmental
 * protection"), when it names some of them, not all; else every area.
 */
function itemsAbout(details: Finding[], q: Query): Finding[] {
  const words = (q.topic ?? []).filter((w) => w.length >= 4 && !COMMON_WORDS.has(w));
  const items = details.filter((f) => f.kind === "fact" && f.aspect === "focusArea");
  if (!words.length || items.length < 2) return details;
  const names = (f: Finding, w: string) => {
    const held = factWords(f);
    if (!held) return false;
    const concepts = findConcepts([w]).map((c) => c.key);
    return (
      mentions(held.text, w) ||
      held.text.split(" ").some((t) => t.startsWith(w)) ||
      concepts.some((c) => held.concepts.has(c))
    );
  };
  // A word every area names ("cooperation") picks none out.
  const picking = words.filter((w) => items.some((f) => !names(f, w)));
  const picked = items.filter((f) => picking.some((w) => names(f, w)));
  if (!picked.length) return details;
  return details.filter((f) => f.kind !== "fact" || f.aspect !== "focusArea" || picked.includes(f));
}

/**
 * "is early diagnosis one of the memo areas?": yes with the areas that name every word asked, or
 * no with all of them (never a list alone for a yes/no question).
 */
function itemsNaming(dataset: Dataset, agreementIds: string[], words: string[]): Finding[] {
  const details = agreementIds.flatMap((a) => agreementDetails(dataset, a, "items"));
  // A word cut short names its whole ("green tech" of "green technologies").
  const names = (text: string, w: string) =>
    mentions(text, w) || (w.length >= 4 && text.split(" ").some((t) => t.startsWith(w)));
  const named = (f: Finding, w: string) =>
    f.kind === "fact" && [f.fact.text, f.fact.ru ?? "", f.fact.kk ?? ""].some((t) => names(normalize(t), w));
  const naming = details.filter((f) => words.every((w) => named(f, w)));
  if (naming.length) return [{ kind: "exists", yes: true }, ...naming];
  // "does it provide for training doctors?": an area names the training, not the doctors — no
  // verdict either way, the area said.
  const partly = details.filter((f) => words.some((w) => named(f, w)));
  return partly.length ? partly : [{ kind: "exists", yes: false }, ...details];
}

/** Partners, and what a company without a project will make (its production partnership). */
function executePartners(q: Query, s: Scope, dataset: Dataset): Execution | null {
  const has = (a: Attribute) => q.attributes.includes(a);
  // "how many partner firms across the projects", "how many companies have partners".
  if (has("partners") && q.operation === "count" && !s.companies.length && !s.others.length)
    return run("list_partners", partnerCount(dataset));
  if (has("partners") && !s.partnerships.length) {
    // "is Sinopharm working with MSP?", "whose partner is Sinopharm": the projects it partners.
    const partnered = dataset.projects
      .filter((p) => p.partners.some((x) => s.others.includes(x.organisation)))
      .map((p) => p.company);
    if (partnered.length && q.choice?.length) {
      const offered = q.choice.map((c) => c.id);
      const picked = offered.filter((c) => partnered.includes(c));
      return run("list_partners", [
        {
          kind: "choice",
          subject: org(s.others[0] as string),
          picked: picked.map(org),
          other: offered.filter((c) => !picked.includes(c)).map(org),
        },
        ...picked.flatMap((c) => listPartners(dataset, c)),
      ]);
    }
    if (partnered.length) {
      const asked = s.companies.filter((c) => !partnered.includes(c));
      const yes = q.any ? asked.length < s.companies.length : !asked.length;
      const verdict: Finding[] = s.companies.length ? [{ kind: "exists", yes }] : [];
      // "whose partner is Nobel İlaç": the strategic partner it is called, where its sentence says so.
      const strategic = strategicPairs(dataset).filter((x) => s.others.includes(x.partner));
      const partnerOf = (c: string): Finding[] => {
        const called = strategic.filter((x) => x.company === c);
        return called.length
          ? called.map((x) => ({
              kind: "strategicPartner",
              company: org(c),
              partner: org(x.partner),
              citation: x.citation,
            }))
          : listPartners(dataset, c);
      };
      return run("list_partners", [...verdict, ...[...new Set([...partnered, ...asked])].flatMap(partnerOf)]);
    }
    // "how many partners does AltINFARM have": its partners, counted.
    const counted = (f: Finding): Finding =>
      f.kind === "list" && q.operation === "count" ? { ...f, counted: true } : f;
    if (s.companies.length)
      return run(
        "list_partners",
        s.companies.flatMap((c) => listPartners(dataset, c).map(counted)),
      );
    if (!s.others.length) return run("list_partners", listPartners(dataset));
    // "who are AstraZeneca's partners": a company with no project of its own works with the
    // parties of its agreements.
    const ofAgreements = s.others
      .flatMap((o) => listPartners(dataset, o))
      .filter((f) => f.kind === "agreement");
    if (ofAgreements.length) return run("list_partners", ofAgreements);
  }
  if (has("products") && s.others.length) {
    // What a company without a project will make: the portfolio of its production partnership.
    const group = s.others.flatMap((o) => affiliates(dataset, o));
    const portfolios = dataset.agreements.filter(
      (a) =>
        a.kind === "production partnership" && a.items.length && a.parties.some((p) => group.includes(p)),
    );
    if (portfolios.length)
      return run(
        "agreement_details",
        portfolios.flatMap((a) => agreementDetails(dataset, a.id, "items")),
      );
  }
  return null;
}

/** A company's facts, partners or profile. */
function executeCompanies(q: Query, s: Scope, dataset: Dataset): Execution | null {
  const has = (a: Attribute) => q.attributes.includes(a);
  // "how many sites does MSP-ROMPHARM have": its sites, counted.
  if (has("sites") && q.operation === "count" && s.companies.length && !s.places.length)
    return run(
      "list_places",
      s.companies.flatMap((c) => siteCount(dataset, c)),
    );
  if (s.companies.length) {
    const aspect = has("standard")
      ? "standard"
      : has("products")
        ? "products"
        : has("sites")
          ? "location"
          : has("facility")
            ? "facility"
            : null;
    // The kind of facility: where it is and the standard it is to meet ("a GMP-compliant complex").
    if (aspect === "facility")
      return run(
        "project_facts",
        s.companies.flatMap((c) => [
          ...companyFacts(dataset, c, "location"),
          // (Only a standard stated: none named is no part of what the plant is.)
          ...companyFacts(dataset, c, "standard").filter((f) => f.kind === "fact"),
        ]),
      );
    if (aspect)
      return run(
        "project_facts",
        s.companies.flatMap((c) => [
          ...companyFacts(dataset, c, aspect),
          ...(aspect === "location" && q.placeKind === "city" ? noCityNamed(dataset, c) : []),
        ]),
      );
    if (has("partners"))
      return run(
        "list_partners",
        s.companies.flatMap((c) => listPartners(dataset, c)),
      );
    return run(
      "company_profile",
      s.companies.flatMap((c) => companyProfile(dataset, c)),
    );
  }
  return null;
}

/** Places, the goal, therapy areas, an organisation's profile; else nothing the executor can answer. */
function executeOthers(q: Query, s: Scope, dataset: Dataset): Execution {
  const has = (a: Attribute) => q.attributes.includes(a);
  if (has("sites") && !s.places.length && !s.agreements.length)
    return run("list_places", [
      ...(q.operation === "count" ? placeCount(dataset) : []),
      ...listPlaces(dataset),
    ]);
  // "What is being built in Almaty Region": each project there with what it builds.
  const place = s.places[0];
  if (place && has("facility") && q.operation === "list" && companiesIn(dataset, place).length)
    return run(
      "list_companies",
      companiesIn(dataset, place).flatMap((c) => companyFacts(dataset, c, "location")),
    );
  if (place && (has("sites") || has("facility") || has("profile")))
    return run("list_companies", listCompanies(dataset, place));
  if (has("goal")) return run("domestic_production_goal", domesticShare(dataset, !!q.current, q.time?.year));
  // "what drugs" → "and in shymkent?": no project there makes any, which is the answer — not every project's.
  if (has("products") && place && !companiesIn(dataset, place).length)
    return run("list_companies", listCompanies(dataset, place));
  if (has("products") && !s.others.length && !s.agreements.length && !s.partnerships.length)
    return run("therapy_areas", therapyAreas(dataset));
  if (s.others.length && has("facility"))
    return run(
      "organisation_facts",
      s.others.flatMap((o) => plantsOfOthers(dataset, o)),
    );
  if (s.others.length && has("profile"))
    return run(
      "organisation_facts",
      s.others.flatMap((o) => organisationFacts(dataset, o)),
    );
  return run("none", []);
}

/**
 * "does AltINFARM create jobs in Almaty?": yes with the figures; no, with where the company builds
 * instead, when it has no site there. Without a stated figure there is no yes: the figures say why.
 */
function figuresExist(q: Query, s: Scope, metrics: Metric[], dataset: Dataset): Execution {
  if (q.threshold) {
    const done = executeNumeric(
      { ...q, operation: q.threshold.share ? "share" : s.companies.length >= 2 ? "sum" : "value" },
      s,
      metrics,
      dataset,
    );
    const verdict = beyond(done.findings, q.threshold);
    // A number stated as the figure that is not the subject's, but another's or the total's, says whose.
    const elsewhere =
      q.threshold.said && verdict !== true
        ? [
            ...otherCurrency(dataset, q.threshold, metrics, s.companies),
            ...statedFor(dataset, q.threshold, metrics, s.companies),
          ]
        : [];
    const said = [...done.findings, ...elsewhere];
    return verdict === undefined
      ? { ...done, findings: said }
      : { ...done, findings: [{ kind: "exists", yes: verdict }, ...said] };
  }
  if (q.comparative && s.companies.length === 2)
    return comparison(q.comparative, s.companies, metrics, dataset, q.factor);
  const place = s.places[0];
  const inPlace = place ? companiesIn(dataset, place) : [];
  const outside = place ? s.companies.filter((c) => !inPlace.includes(c)) : [];
  if (outside.length)
    return run("list_companies", [
      { kind: "exists", yes: false },
      ...outside.flatMap((c) => companyFacts(dataset, c, "location")),
    ]);
  const done = executeNumeric({ ...q, operation: "value" }, s, metrics, dataset);
  const stated = done.findings.some((f) => f.kind === "value" || f.kind === "sum" || f.kind === "spans");
  return stated ? { ...done, findings: [{ kind: "exists", yes: true }, ...done.findings] } : done;
}

/**
 * "Is MSP more expensive than AltINFARM?": yes or no when every figure compared says the same,
 * then the comparisons themselves; no verdict when a figure is missing or the figures disagree
 * ("is Nobel bigger": more jobs, less investment).
 */
function comparison(
  direction: "more" | "less",
  companies: string[],
  metrics: Metric[],
  dataset: Dataset,
  factor?: number,
): Execution {
  const [asked] = companies;
  // "more than twice as many": the times one figure is the other, set against the multiple.
  const findings = metrics.flatMap((m) => compare(dataset, m, companies, { times: !!factor }));
  const beyond = (f: Extract<Finding, { kind: "difference" }>) => {
    const [a, b] = f.derived.inputs;
    const times = a && b?.value ? a.value / b.value : undefined;
    const ahead = (f.more.id === asked) === (direction === "more");
    if (!factor || times === undefined) return ahead;
    // "more than twice": the asked one ahead by more than the multiple; "less than half": behind by it.
    return ahead && times > factor;
  };
  const verdicts = findings.flatMap((f) =>
    f.kind === "difference" ? [beyond(f)] : f.kind === "equal" ? [false] : [],
  );
  const compared = new Set(
    findings.flatMap((f) => (f.kind === "difference" || f.kind === "equal" ? [f.metric] : [])),
  );
  // Tenge and dollars are two writings of one investment: a currency one side never gives does not
  // keep the other currency's comparison from its verdict.
  const twin = (m: Metric) =>
    m === "investmentKzt" ? "investmentUsd" : m === "investmentUsd" ? "investmentKzt" : null;
  const needed = metrics.filter((m) => compared.has(m) || !compared.has(twin(m) as Metric));
  const agreed = needed.every((m) => compared.has(m)) && verdicts.every((v) => v === verdicts[0]);
  const verdict: Finding[] =
    agreed && verdicts.length ? [{ kind: "exists", yes: verdicts[0] as boolean }] : [];
  return run("compare_companies", [...verdict, ...findings]);
}

/** The qualifiers of each kind a question may ask a figure is stated with. */
const QUALIFIED: Record<NonNullable<NonNullable<Query["threshold"]>["qualified"]>, string[]> = {
  exact: ["exact"],
  rough: ["around", "approximately", "about", "at least about", "at most about"],
  floor: ["at least", "more than", "at least about"],
};

/**
 * Whether the first figure found lies beyond a bound ("more than 300"): said only when its
 * qualifier cannot turn it ("at least 200" is more than 150, but may or may not be more than 300).
 * "Exactly 200" holds only of a figure stated as exactly 200; a share is set against its percent.
 */
function beyond(findings: Finding[], bound: NonNullable<Query["threshold"]>): boolean | undefined {
  const first = findings.find((f) =>
    bound.share
      ? f.kind === "share" || f.kind === "shareTogether"
      : f.kind === "value" || f.kind === "headline" || f.kind === "scopeFigure" || f.kind === "sum",
  );
  const figure =
    first?.kind === "sum" || first?.kind === "share" || first?.kind === "shareTogether"
      ? first.derived
      : first && "figure" in first
        ? first.figure
        : undefined;
  if (!figure) return undefined;
  const { value, qualifier } = figure;
  bound = { ...bound, value: inUnitOf(bound, figure.unit) };
  // A figure stated to be confirmed: the same number as written, whatever its qualifier ("around 60").
  // ("about 58 billion?": within a few percent of 58.5 billion.)
  if (bound.said && bound.rough) return Math.abs(value - bound.value) <= bound.value * ROUGH_MARGIN;
  if (bound.said) return sameNumber(value, bound.value);
  if (bound.exactly) return value === bound.value && qualifier === "exact";
  if (bound.qualified)
    return sameNumber(value, bound.value) && QUALIFIED[bound.qualified].includes(qualifier);
  const floor = ["at least", "more than", "at least about"].includes(qualifier);
  const ceiling = ["up to", "at most", "at most about"].includes(qualifier);
  const rough = ["around", "approximately", "about", "at least about", "at most about"].includes(qualifier);
  // An estimate decides only when it is clearly on one side (by a few percent).
  const margin = rough ? bound.value * ROUGH_MARGIN : 0;
  const over = value > bound.value + margin && !ceiling;
  const under = (value < bound.value - margin || (value === bound.value && !rough)) && !floor;
  if (bound.above) return over ? true : under ? false : undefined;
  return value < bound.value - margin && !floor
    ? true
    : value >= bound.value + margin && !ceiling
      ? false
      : undefined;
}
/** The number asked as the subject's figure in the other currency: "73 billion tenge" of US$73 million. */
function otherCurrency(
  dataset: Dataset,
  bound: NonNullable<Query["threshold"]>,
  metrics: Metric[],
  companies: string[],
): Finding[] {
  const other: Partial<Record<Metric, Metric>> = {
    investmentKzt: "investmentUsd",
    investmentUsd: "investmentKzt",
  };
  const asked = metrics.flatMap((m) => other[m] ?? []).filter((m) => !metrics.includes(m));
  return companies.flatMap((c) => {
    const project = projectOf(dataset, c);
    return asked.flatMap((metric) => {
      const figure = project ? metricOf(project, metric) : null;
      return figure && sameNumber(figure.value, bound.value)
        ? [{ kind: "otherCurrency" as const, subject: org(c), figure, metric }]
        : [];
    });
  });
}

/** Who else states the number asked, of the figures asked: other companies, or the headline total. */
function statedFor(
  dataset: Dataset,
  bound: NonNullable<Query["threshold"]>,
  metrics: Metric[],
  except: string[],
): Finding[] {
  const same = (f: Figure | null | undefined): f is Figure =>
    !!f && sameNumber(f.value, inUnitOf(bound, f.unit));
  const citations: Citation[] = [];
  const figures: { figure: Figure; metric: Metric }[] = [];
  const owners = countedProjects(dataset).counted.flatMap((p) => {
    const metric = metrics.find((m) => same(metricOf(p, m)));
    const figure = metric ? metricOf(p, metric) : null;
    if (except.includes(p.company) || !metric || !figure) return [];
    citations.push(figure.citation);
    figures.push({ figure, metric });
    return [org(p.company)];
  });
  const total = metrics.map((m) => dataset.totals[m]).find((t) => !!t && "value" in t && same(t as Figure)) as
    | Figure
    | undefined;
  if (total) citations.push(total.citation);
  return owners.length || total ? [{ kind: "statedFor", owners, headline: !!total, citations, figures }] : [];
}

/** The same number as written: 36.7 is 36.7, and 39 is not 39.2. */
function sameNumber(value: number, asked: number): boolean {
  const places = (String(asked).split(".")[1] ?? "").length;
  return Number(value.toFixed(places)) === asked;
}

/**
 * A number asked, in the unit of the figure it is set against: "58.5 billion" against a figure in
 * "billion KZT" is 58.5, "$100 million" against "million USD" 100, "1 billion dollars" 1,000.
 */
function inUnitOf(bound: NonNullable<Query["threshold"]>, unit: string): number {
  const of = SCALES.find(([, words]) => words.includes(unit.split(" ")[0] ?? ""))?.[0];
  if (!of || bound.share) return bound.value;
  const scale = bound.scale ?? (bound.value >= of ? 1 : of);
  return (bound.value * scale) / of;
}

/** How far an estimate ("approximately 675") must lie from a bound to be on one side of it. */
const ROUGH_MARGIN = 0.03;

function executeNumeric(q: Query, s: Scope, metrics: Metric[], dataset: Dataset): Execution {
  // "whose is 36.7?": the companies (or the total) the number is stated for.
  if (q.operation === "list" && q.threshold?.said && !s.companies.length)
    return run("figure_owner", statedFor(dataset, q.threshold, metrics, []));
  return (
    executeDerived(q, s, metrics, dataset) ??
    executeRanking(q, s, metrics, dataset) ??
    executeFigures(q, s, metrics, dataset) ??
    executeScopes(q, s, metrics, dataset)
  );
}

/** Ratios set against each other when asked: the top one first, or the two's gap after them. */
function versus(q: Query, findings: Finding[]): Finding[] {
  if (q.versus === "most" || q.versus === "least") return [...ratioTop(findings, q.versus), ...findings];
  if (!q.versus) return findings;
  const compared = ratiosCompared(findings);
  // "is Nobel's per job more than MSP's?": the verdict on the company asked about first.
  const gap = compared.find((f) => f.kind === "difference");
  const verdict: Finding[] =
    q.comparative && gap?.kind === "difference"
      ? [{ kind: "exists", yes: (gap.more.id === q.subjects[0]?.id) === (q.comparative === "more") }]
      : [];
  return [...verdict, ...findings, ...compared];
}

/** Ratios, shares and averages. */
function executeDerived(q: Query, s: Scope, metrics: Metric[], dataset: Dataset): Execution | null {
  const currencies = metrics.filter((m) => m === "investmentKzt" || m === "investmentUsd");
  if (q.exchangeRate) return run("exchange_rate", exchangeRates(dataset, s.organisations));
  if (q.operation === "ratio" && metrics.includes("jobs") && q.per === "medicines") {
    const targets = s.companies.length ? s.companies : [undefined];
    return run(
      "jobs_per_medicine",
      targets.flatMap((c) => jobsPerMedicine(dataset, c)),
    );
  }
  if (q.operation === "ratio") {
    const per = q.per ?? "jobs";
    const list = (currencies.length ? currencies : ["investmentKzt", "investmentUsd"]) as Metric[];
    // "investment per job in Almaty": each project wholly there; one covering it and another
    // place has figures that are not the place's, and says so.
    const place = s.places[0];
    if (!s.companies.length && place) {
      const inside = companiesWhollyIn(dataset, place);
      const spans = list.flatMap((m) => metricForPlace(dataset, m, place).filter((f) => f.kind === "spans"));
      const each = inside.flatMap((c) =>
        list.flatMap((m) => ratio(dataset, m === "investmentUsd" ? "USD" : "KZT", per, c)),
      );
      if (each.length || spans.length)
        return run(per === "jobs" ? "investment_per_job" : "investment_per_medicine", [...each, ...spans]);
    }
    // Each company's ratio, lowest investment per unit first ("the most jobs per tenge").
    if (q.groupBy === "company" && !s.companies.length) {
      const each = dataset.projects
        .filter((p) => !exclusionOf(p))
        .flatMap((p) =>
          ratio(
            dataset,
            currencies.includes("investmentUsd") && !currencies.includes("investmentKzt") ? "USD" : "KZT",
            per,
            p.company,
          ),
        );
      // The highest first when the highest is asked, else the lowest ("the most jobs per tenge").
      const most = q.versus === "most";
      const value = (f: Finding) =>
        f.kind === "ratio" ? f.derived.value * (most ? -1 : 1) : Number.POSITIVE_INFINITY;
      return run(
        per === "jobs" ? "investment_per_job" : "investment_per_medicine",
        versus(
          q,
          [...each].sort((a, b) => value(a) - value(b)),
        ),
      );
    }
    // "per job of nobel and msp together": one ratio of their sums.
    const together = q.combined
      ? list.flatMap((m) => ratioTogether(dataset, m === "investmentUsd" ? "USD" : "KZT", per, s.companies))
      : [];
    if (together.length)
      return run(per === "jobs" ? "investment_per_job" : "investment_per_medicine", together);
    const targets = s.companies.length ? s.companies : [undefined];
    return run(
      per === "jobs" ? "investment_per_job" : "investment_per_medicine",
      versus(
        q,
        targets.flatMap((c) =>
          list.flatMap((m) =>
            ratio(dataset, m === "investmentUsd" ? "USD" : "KZT", per, c, targets.length === 1),
          ),
        ),
      ),
    );
  }
  // "Which project has the highest share of socially significant medicines": each one's own share,
  // the highest (or lowest) first; companies without both figures are left out, said so.
  if (
    q.whole &&
    !s.companies.length &&
    !s.places.length &&
    (q.operation === "max" || q.operation === "min")
  ) {
    const each = countedProjects(dataset).counted.flatMap((p) => partOfWhole(dataset, p.company, false));
    const parts = each.filter((f) => f.kind === "partOf");
    const share = (f: Finding) => (f.kind === "partOf" ? f.derived.value : 0);
    parts.sort((a, b) => (q.operation === "max" ? share(b) - share(a) : share(a) - share(b)));
    return run("part_of_whole", parts);
  }
  // "Of the drugs made in Almaty city, what share are socially significant": the companies wholly there.
  if (q.whole && !s.companies.length && s.places[0] && q.operation === "share")
    return run("part_of_whole", partOfPlace(dataset, s.places[0], companiesWhollyIn(dataset, s.places[0])));
  if (q.whole && s.companies.length && (q.operation === "share" || q.operation === "difference"))
    return run(
      "part_of_whole",
      s.companies.flatMap((c) => partOfWhole(dataset, c, q.operation === "difference")),
    );
  // One share per figure: tenge stands for the investment unless only dollars were asked for.
  const figures = metrics.filter((m) => m !== "investmentUsd" || !metrics.includes("investmentKzt"));
  // "What share of Pavlodar Region's 410 bn is Ertis Pharm's": of the place's own total, or none.
  if (q.operation === "share" && s.companies.length && s.places[0]) {
    const placeId = s.places[0];
    const ofPlace = s.companies.flatMap((c) => figures.flatMap((m) => shareOfPlace(dataset, m, c, placeId)));
    // "what share of MSP's investment goes to Almaty Region": the part of its own figure there,
    // which a figure covering several regions does not split.
    if (!ofPlace.length)
      return run(
        "metric_lookup",
        s.companies.flatMap((c) => figures.flatMap((m) => companyInPlace(dataset, m, c, placeId))),
      );
    return run("share_of_total", [
      ...ofPlace,
      ...s.companies.flatMap((c) => figures.flatMap((m) => metricForCompany(dataset, m, c))),
    ]);
  }
  // "what share of the 173 bn do the stated investments make": all the stated figures together.
  if (q.operation === "share" && q.stated && !s.companies.length && !s.places.length) {
    const companies = dataset.projects.map((p) => p.company);
    const found = figures.flatMap((m) =>
      shareTogether(
        dataset,
        m,
        companies.flatMap((c) => stated(dataset, m, c)),
      ),
    );
    if (found.length) return run("share_of_total", found);
  }
  // "Nobel's share of the 284": of the per-company figures added up, not of the headline.
  if (q.operation === "share" && q.stated && s.companies.length)
    return run(
      "share_of_total",
      s.companies.flatMap((c) => figures.flatMap((m) => shareOfListed(dataset, m, c))),
    );
  if (q.operation === "share" && s.companies.length) {
    // Two or more asked together ("what share is that" after their sum): each, then together.
    const together = figures.flatMap((m) =>
      shareTogether(
        dataset,
        m,
        s.companies.flatMap((c) => stated(dataset, m, c)),
      ),
    );
    // Together first: "what share of the 356 is that" after their sum asks for it (and only it).
    return run("share_of_total", [
      ...together,
      ...(q.combined ? [] : s.companies.flatMap((c) => figures.flatMap((m) => shareOfTotal(dataset, m, c)))),
    ]);
  }
  // "jobs outside Almaty city", «кроме Алматы»: the projects with no site there.
  if (q.operation === "remainder" && s.places.length && !s.companies.length) {
    const found = figures.flatMap((m) => metricOutside(dataset, m, s.places));
    if (found.length) return run("metric_outside_place", found);
  }
  // "excluding Nobel, the others' stated investment", "besides AltINFARM, what are the other
  // amounts": the others' own figures, not the headline less the named.
  if (q.operation === "remainder" && s.companies.length && !s.places.length && (q.stated || q.groupBy)) {
    const found = figures.flatMap((m) => othersStated(dataset, m, s.companies, q.groupBy === "company"));
    if (found.length) return run(q.groupBy ? "metric_by_company" : "sum_companies", found);
  }
  // "173 minus AltINFARM", "jobs without Nobel": the headline less the companies named.
  if (q.operation === "remainder" && s.companies.length && !s.places.length) {
    const found = figures.flatMap((m) => totalLess(dataset, m, s.companies));
    if (found.length) return run("total_less", found);
  }
  // "what share of all jobs is Almaty's": the projects wholly there, together, of the headline.
  if (q.operation === "share" && s.places[0]) {
    const placeId = s.places[0];
    const companies = companiesWhollyIn(dataset, placeId);
    const found = figures.flatMap((m) =>
      shareTogether(
        dataset,
        m,
        companies.flatMap((c) => stated(dataset, m, c)),
        placeId,
      ),
    );
    if (found.length) return run("share_of_total", found);
  }
  if (q.operation === "average" && !s.companies.length)
    return run(
      "metric_average",
      metrics.flatMap((m) => average(dataset, m, q.stated)),
    );
  return null;
}

/** A company's stated figure, as a part of a sum. */
function stated(dataset: Dataset, metric: Metric, company: string): { subject: Ref; figure: Figure }[] {
  const project = projectOf(dataset, company);
  const figure = project && metricOf(project, metric);
  return figure ? [{ subject: { type: "organisation", id: company }, figure }] : [];
}

/** Rankings of regions or of companies. */
function executeRanking(q: Query, s: Scope, metrics: Metric[], dataset: Dataset): Execution | null {
  const place = s.places[0];
  const ranking = q.operation === "max" || q.operation === "min" || q.operation === "rank";
  if (q.groupBy && q.groupBy !== "company" && ranking && !s.companies.length && !place) {
    // "Which region gets the most jobs": the groups in order (a figure covering two stays apart).
    const sign = q.operation === "min" ? 1 : -1;
    return run(
      "rank_regions",
      metrics.flatMap((m) =>
        groupBy(dataset, m, q.groupBy as "region" | "city").map((f) =>
          f.kind === "group"
            ? { ...f, groups: [...f.groups].sort((a, b) => sign * (a.derived.value - b.derived.value)) }
            : f,
        ),
      ),
    );
  }
  if (ranking && (q.operation !== "rank" || !s.companies.length)) {
    // In a place, only figures wholly there are ranked; one covering it and another place is
    // said as such ("36.7 billion covers Turkistan Region and Almaty Region together"). Every
    // project there is ranked, each outside pharmaceuticals said as such, unless the question asks
    // for pharmaceutical projects only.
    const outside = q.outside
      ? countedProjects(dataset, true)
          .counted.filter((p) => !p.sites.some((x) => s.places.some((pl) => within(dataset, x.place, pl))))
          .map((p) => p.company)
      : undefined;
    const inPlace = outside
      ? outside
      : place && !q.topIn
        ? projectsWhollyIn(dataset, place)
            .filter((p) => !q.pharmaceutical || exclusionOf(p) !== "otherSector")
            .map((p) => p.company)
        : undefined;
    const order = q.operation === "min" ? "least" : "most";
    // "which has the most jobs, MSP or Nobel": the ranking is of the companies named.
    const among = s.companies.length >= 2 ? s.companies : inPlace;
    const ranked = metrics.flatMap((m) => {
      const around = q.outside
        ? metricOutside(dataset, m, s.places)
        : place
          ? metricForPlace(dataset, m, place)
          : [];
      const spans = around.filter((f) => f.kind === "spans");
      const within =
        place && spans.length && !q.outside && !q.topIn ? { type: "place" as const, id: place } : undefined;
      return [
        ...rank(dataset, m, order, among).map((f) =>
          f.kind === "rank"
            ? { ...f, ranked: q.limit ? f.ranked.slice(0, q.limit) : f.ranked, within, position: q.position }
            : f,
        ),
        ...spans,
      ];
    });
    // "Is the project with the most jobs also the one with the most medicines?": one company tops both.
    const tops = ranked.flatMap((f) => (f.kind === "rank" && f.ranked[0] ? [f.ranked[0].subject.id] : []));
    // "Is MSP the biggest?", "does Nobel make the most?": yes when it tops every ranking, no when it
    // tops none and has a figure in each (a figure not stated could be the top one).
    const [asked] = s.companies.length === 1 ? s.companies : [];
    const ranks = ranked.flatMap((f) => (f.kind === "rank" ? [f] : []));
    const everywhere = ranks.every((f) => f.ranked.some((r) => r.subject.id === asked));
    const top =
      asked && tops.length && tops.every((t) => t === asked)
        ? true
        : asked && everywhere && !tops.includes(asked)
          ? false
          : undefined;
    // "is the one with the most money in Turkistan?": whether the top one of all is there (a top
    // one with sites there and elsewhere is neither: its figure is not split by place).
    const sitesThere = (id: string) =>
      (companyProject(dataset, id)?.sites ?? []).map((x) =>
        s.places.some((pl) => within(dataset, x.place, pl)),
      );
    const topThere = tops.map(sitesThere);
    const topVerdict = topThere.every((x) => x.length && x.every(Boolean))
      ? true
      : topThere.every((x) => !x.some(Boolean))
        ? false
        : undefined;
    const verdict: Finding[] =
      q.sameTop && tops.length >= 2
        ? [{ kind: "exists", yes: tops.every((t) => t === tops[0]) }]
        : q.topIn && tops.length && topVerdict !== undefined
          ? [{ kind: "exists", yes: topVerdict }]
          : top !== undefined
            ? [{ kind: "exists", yes: top }]
            : [];
    return run("rank_companies", [...verdict, ...ranked]);
  }
  return null;
}

/** Figures grouped, summed, compared, of one company, or of places. */
function executeFigures(q: Query, s: Scope, metrics: Metric[], dataset: Dataset): Execution | null {
  const place = s.places[0];
  if (q.groupBy && !s.companies.length && !place) {
    // «а если сложить по компаниям?», "add up the companies' figures": each, then their sum.
    const companies =
      q.groupBy === "company" && q.operation === "sum"
        ? [...new Set(dataset.projects.filter((p) => !exclusionOf(p)).map((p) => p.company))]
        : [];
    return run(
      q.groupBy === "company" ? "metric_by_company" : "metric_by_region",
      metrics.flatMap((m) => [
        ...groupBy(dataset, m, q.groupBy as "company" | "region" | "city"),
        ...(companies.length >= 2 ? sumOfCompanies(dataset, m, companies) : []),
      ]),
    );
  }
  if (s.companies.length >= 2 && q.operation === "sum")
    return run(
      "sum_companies",
      metrics.flatMap((m) => sumOfCompanies(dataset, m, s.companies)),
    );
  if (s.companies.length >= 2)
    return run(
      "compare_companies",
      metrics.flatMap((m) =>
        compare(dataset, m, s.companies, {
          times: q.operation === "times",
          percent: q.percentMore,
          answerFirst: q.operation !== "value" && q.operation !== "count",
          gaps: q.operation === "difference",
        }),
      ),
    );
  if (s.companies.length === 1) {
    const company = s.companies[0] as string;
    return run(
      "metric_lookup",
      metrics.flatMap((m) => companyInPlace(dataset, m, company, place)),
    );
  }
  if (s.places.length)
    return run(
      "metric_lookup",
      s.places.flatMap((p) => metrics.flatMap((m) => metricForPlace(dataset, m, p))),
    );
  return null;
}

/**
 * «сколько рабочих мест у Ромфарм»: a partner of one project has no figure of its own, but the
 * project it is a partner in has — told after the partnership, so no reader takes it for the partner's.
 */
function partnerProject(dataset: Dataset, organisation: string, metrics: Metric[]): Finding[] {
  const partnerIn = dataset.projects.filter((p) => p.partners.some((x) => x.organisation === organisation));
  const only = partnerIn.length === 1 ? partnerIn[0] : undefined;
  if (!only) return [];
  return [
    ...listPartners(dataset, only.company),
    ...metrics.flatMap((m) => metricForCompany(dataset, m, only.company)),
  ];
}

/** An organisation without figures, an announced set's total, or the total over everything known. */
function executeScopes(q: Query, s: Scope, metrics: Metric[], dataset: Dataset): Execution {
  const currencies = metrics.filter((m) => m === "investmentKzt" || m === "investmentUsd");
  const named = s.others.filter((o) => !s.authorities.includes(o));
  if (named.length) {
    // "how many AstraZeneca medicines will Nobel make": no count, but what the sources say is made
    // and where — its production partnership's portfolio, cited.
    const made = metrics.some((m) => m === "medicines" || m === "sociallySignificant");
    const group = affiliates(dataset, named[0] as string);
    const portfolios = made
      ? dataset.agreements.filter(
          (a) => a.kind === "production partnership" && a.parties.some((p) => group.includes(p)),
        )
      : [];
    return run("not_in_sources", [
      {
        kind: "notInSources",
        subject: { type: "organisation", id: named[0] as string },
        metric: currencies.length ? "investment" : (metrics[0] as Metric),
      },
      ...portfolios.flatMap((a) => agreementDetails(dataset, a.id, "items")),
      ...partnerProject(dataset, named[0] as string, metrics),
    ]);
  }
  // A partnership or agreement with no projects of its own has no figures: retrieval says what it is.
  const projectAgreements = new Set(dataset.projects.map((p) => p.agreement));
  const projectPartnerships = new Set(
    dataset.agreements.filter((a) => projectAgreements.has(a.id)).map((a) => a.partnership),
  );
  if (
    s.agreements.some((a) => !projectAgreements.has(a)) ||
    s.partnerships.some((p) => !projectPartnerships.has(p))
  )
    return run("none", []);
  // The set of projects an agreement or decision announced: its own total, and its projects' sum.
  const sets = dataset.scopes.filter(
    (x) => x.kind === "set" && x.agreement && s.agreements.includes(x.agreement),
  );
  if (sets.length)
    return run(
      "set_total",
      sets.flatMap((set) => metrics.flatMap((m) => setTotal(dataset, set, m))),
    );
  return run(
    "metric_total",
    metrics.flatMap((m) => totalOf(dataset, m, q.stated, q.addUp, q.addUpSide)),
  );
}

/** The companies whose every site lies in a place. */
function companiesWhollyIn(dataset: Dataset, place: string): string[] {
  return companiesIn(dataset, place).filter(
    (c) => projectOf(dataset, c)?.sites.every((x) => within(dataset, x.place, place)) ?? false,
  );
}

/** The projects with a site, every site of theirs in a place: its pharmaceutical ones and its others. */
function projectsWhollyIn(dataset: Dataset, place: string) {
  const listed = new Set(companiesIn(dataset, place));
  return dataset.projects.filter(
    (p) =>
      (listed.has(p.company) || exclusionOf(p) === "otherSector") &&
      p.sites.length > 0 &&
      p.sites.every((x) => within(dataset, x.place, place)),
  );
}

export function companiesIn(dataset: Dataset, place: string): string[] {
  return listCompanies(dataset, place).flatMap((f) =>
    f.kind === "list" ? f.items.map((i) => i.ref.id) : [],
  );
}

/** A company in a place: its figure as the place sees it (whole, or spanning other places). */
export function companyInPlace(dataset: Dataset, metric: Metric, company: string, place?: string): Finding[] {
  if (!place) return metricForCompany(dataset, metric, company);
  // The place's findings name each project's company; the company asked may be of its group.
  const own = projectOf(dataset, company);
  const inPlace = metricForPlace(dataset, metric, place).filter(
    (f) => "subject" in f && !!f.subject && projectOf(dataset, f.subject.id) === own,
  );
  if (inPlace.length) return inPlace;
  return [
    { kind: "notThere", subject: { type: "organisation", id: company }, place: { type: "place", id: place } },
    ...metricForCompany(dataset, metric, company),
  ];
}

/** Everything the sources state about one company's project. */
export function companyProfile(dataset: Dataset, company: string): Finding[] {
  return [
    ...companyFacts(dataset, company, "location"),
    ...(["investmentKzt", "investmentUsd", "medicines", "sociallySignificant", "jobs"] as const).flatMap(
      (m) => metricForCompany(dataset, m, company).filter((f) => f.kind === "value"),
    ),
    ...listPartners(dataset, company).filter((f) => f.kind === "list" && f.items.length > 0),
    // How far the project has got, dated: a profile (and "what is the status of X") never leaves it
    // to be guessed, and one only discussed never reads as a deal.
    ...projectStage(dataset, company).filter((f) => f.kind === "status" && !!f.stage),
  ];
}

/**
 * People whose role, as the sources word it, contains every role word asked ("ceo", "vice
 * minister"), within the organisations asked (and their affiliates) when any.
 */
/** The people an agreement's dated sentence names ("Sayasat Nurbek visited … where a memorandum was signed"). */
function peopleAt(dataset: Dataset, agreementId: string): string[] {
  const agreement = dataset.agreements.find((a) => a.id === agreementId);
  const named = (quote: string) =>
    quote
      ? dataset.people.filter((p) => normalize(quote).includes(normalize(p.name.en))).map((p) => p.id)
      : [];
  // The dated sentence names who was there; else the sentence saying what the agreement is ("Prime
  // Minister Olzhas Bektenov has signed government resolutions approving investment agreements …").
  const dated = named(agreement?.dateCitation?.quote ?? "");
  return dated.length ? dated : named(agreement?.summary.citation.quote ?? "");
}

/** Whether a sentence names a place ("which minister went to Cambridge": the one whose sentence says Cambridge). */

export function peopleWithRole(dataset: Dataset, asked: string[], s: Scope, places: string[] = []): string[] {
  // Role words in Russian and Kazakh are checked as written and in English, the role texts'
  // language («генеральный директор» is the CEO's Russian title, word for word).
  const words = asked.filter((w) => w !== "of");
  const english = (w: string) =>
    Object.entries(ROLE_WORDS).find(([, forms]) => forms.some((f) => w.startsWith(f)))?.[0] ?? w;
  if (!words.length) return [];
  const orgs = [...s.companies, ...s.others].flatMap((o) => affiliates(dataset, o));
  return dataset.people
    .filter((p) => {
      const role = [p.role.text, p.role.ru ?? "", p.role.kk ?? ""].join(" ").toLowerCase();
      const heads =
        HEAD_ROLES.some((h) => p.role.text.toLowerCase().includes(h)) && !NOT_HEAD.test(p.role.text);
      const holds = (w: string) => role.includes(w.toLowerCase().slice(0, Math.max(3, w.length - 2)));
      const fits = words.every((w) => holds(w) || holds(english(w)) || (english(w) === "head" && heads));
      return fits && (!orgs.length || (p.organisation !== null && orgs.includes(p.organisation)));
    })
    .filter(
      (p) => !places.length || places.some((place) => sentenceNames(dataset, p.role.citation.quote, place)),
    )
    .map((p) => p.id);
}
