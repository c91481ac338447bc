import type { Agreement, Dataset, PartialDate, ProjectStage, StageEvent } from "../knowledge/schema.js";
import { projectOf } from "../knowledge/view.js";
import type { Ref } from "./entities.js";
import { type Finding, org } from "./findings.js";

/**
 * Agreements and the stages of projects in time: who signed what and when, agreements in order of
 * their dates, and how far each project has got.
 */

export function agreementFinding(a: Agreement): Finding[] {
  const findings: Finding[] = [
    {
      kind: "agreement",
      agreement: { type: "agreement", id: a.id },
      date: a.date,
      dateCitation: a.dateCitation,
      parties: a.parties.map(org),
      summary: a.summary,
    },
  ];
  return findings;
}

export function agreementDetails(
  dataset: Dataset,
  agreementId: string,
  aspect: "summary" | "place" | "items" | "date",
): Finding[] {
  const a = dataset.agreements.find((x) => x.id === agreementId);
  if (!a) return [];
  const ref: Ref = { type: "agreement", id: a.id };
  if (aspect === "place")
    return [
      a.place
        ? { kind: "fact", subject: ref, aspect: "agreementPlace", fact: a.place }
        : { kind: "noSigningPlace", agreement: ref },
      ...agreementFinding(a),
    ];
  if (aspect === "items" && a.items.length) {
    const portfolio = a.kind === "production partnership";
    // A portfolio is said with the sentence that places it: whose medicines are made where.
    const areas: Finding[] = portfolio
      ? [{ kind: "fact", subject: ref, aspect: "summary", fact: a.summary }]
      : [
          {
            kind: "areas",
            agreement: ref,
            count: a.items.length,
            ...(a.itemsLead ? { lead: a.itemsLead } : {}),
          },
        ];
    return [
      ...areas,
      ...a.items.map(
        (item): Finding => ({
          kind: "fact",
          subject: ref,
          aspect: a.kind === "production partnership" ? "portfolio" : "focusArea",
          fact:
            a.kind === "production partnership"
              ? item.description
              : {
                  ...item.description,
                  text: `${item.name.en}: ${item.description.text}`,
                  ru: `${item.name.ru ?? item.name.en}: ${item.description.ru ?? item.description.text}`,
                  kk: `${item.name.kk ?? item.name.en}: ${item.description.kk ?? item.description.text}`,
                },
        }),
      ),
    ];
  }
  return agreementFinding(a);
}

/** Agreements involving every one of `partyIds` (AstraZeneca covers AstraZeneca Kazakhstan too). */
export function agreementsWith(
  dataset: Dataset,
  partyIds: string[],
  year?: number,
  month?: number,
): Finding[] {
  const expand = (id: string) => affiliates(dataset, id);
  const inTime = (a: Dataset["agreements"][number]) =>
    (year === undefined || a.date?.year === year) && (month === undefined || a.date?.month === month);
  const found = dataset.agreements
    .filter((a) => partyIds.every((id) => expand(id).some((x) => a.parties.includes(x))))
    .filter(inTime)
    .flatMap((a) => agreementFinding(a));
  if (found.length) return found;
  // "the link between MSP and World Medicine": a partner of the other's project, which is the link.
  const partnered = dataset.projects.flatMap((p): Finding[] => {
    const partner = p.partners.find((x) => partyIds.includes(x.organisation) && x.organisation !== p.company);
    return partner && partyIds.includes(p.company) && partyIds.length === 2
      ? [
          {
            kind: "list",
            what: "partners",
            subject: org(p.company),
            items: [{ ref: org(partner.organisation), citation: partner.citation }],
          },
        ]
      : [];
  });
  if (partnered.length && year === undefined && month === undefined) return partnered;
  // Signings the news tells as a project's stage ("Pfizer signed a long-term agreement on 17
  // November 2023"): agreements of that time too, never "no agreement then".
  if (year !== undefined || month !== undefined) {
    const then = (date?: string) =>
      !!date &&
      (year === undefined || date.startsWith(String(year))) &&
      (month === undefined || Number(date.slice(5, 7)) === month);
    const companies = [...new Set(dataset.projects.map((p) => p.company))].filter(
      (c) =>
        partyIds.every((id) => expand(id).includes(c)) &&
        companyEvents(dataset, c).some((e) => SIGNINGS.includes(e.value) && then(e.date ?? undefined)),
    );
    if (companies.length)
      return companies.flatMap((c) => projectStage(dataset, c, { time: { year, month } }));
  }
  const none: Finding = { kind: "noAgreement", parties: partyIds.map(org), year, month };
  // "was Kazakh Invest part of the SK-Pharmacy deal?": no, and the agreements each one did sign;
  // asked of a time ("and in April 2024?"), the ones each signed then, when it signed any.
  if (partyIds.length < 2) return [none];
  const own = partyIds.flatMap((id) => {
    const its = dataset.agreements.filter((a) => expand(id).some((x) => a.parties.includes(x)));
    const then = its.filter(inTime);
    return then.length ? then : its;
  });
  return [none, ...[...new Set(own)].flatMap((a) => agreementFinding(a))];
}

/** The year of a day and month an article gives without one: the article's, or the year before for a later month. */
function articleYear(d: PartialDate): number | undefined {
  const [year, month] = (d.published ?? "").split("-").map(Number);
  if (!year || !month || !d.month) return undefined;
  return d.month <= month ? year : year - 1;
}

/** A date's place in time (year, month, day), for ordering. */
export const dateKey = (d: { year?: number; month?: number; day?: number }) =>
  (d.year ?? 0) * 10_000 + (d.month ?? 0) * 100 + (d.day ?? 0);

/** An agreement date's year: its own, or its article's for a day and month given without one. */
const yearOf = (d: PartialDate | null) => d?.year ?? (d ? articleYear(d) : undefined);

/**
 * "and after that?", «а что было потом?», «одан кейін ше?»: the agreement dated next after (or
 * last before) a time; only dates with a year are ordered.
 */
export function agreementBeside(dataset: Dataset, at: number, after: boolean): Ref | undefined {
  const dated = dataset.agreements
    .filter((a) => a.date && yearOf(a.date))
    .map((a) => ({ id: a.id, key: dateKey({ ...(a.date as PartialDate), year: yearOf(a.date) }) }))
    .filter((a) => (after ? a.key > at : a.key < at))
    .sort((x, y) => (after ? x.key - y.key : y.key - x.key));
  return dated[0] ? { type: "agreement", id: dated[0].id } : undefined;
}

/** The time an agreement is dated at (see dateKey), when its date has a year. */
export function agreementAt(dataset: Dataset, id: string): number | undefined {
  const a = dataset.agreements.find((x) => x.id === id);
  return a?.date && yearOf(a.date) ? dateKey({ ...a.date, year: yearOf(a.date) }) : undefined;
}

/** Agreements by date, oldest first: only dates with a year can be ordered, never guessed. */
export function agreementOrder(dataset: Dataset, ids: string[]): Finding[] {
  const named = ids.flatMap((id) => dataset.agreements.filter((a) => a.id === id));
  const dated = named.filter((a) => yearOf(a.date));
  // "April 2024" and "in 2024" cannot be ordered: each date says only what the source gives — or,
  // for "Jan. 22" in an article of January 23 2026, the article's year, said as such.
  const ordered = dated
    .map((a) => ({
      ref: { type: "agreement" as const, id: a.id },
      date: { ...(a.date as PartialDate), year: yearOf(a.date) },
    }))
    .sort((x, y) => dateKey(x.date) - dateKey(y.date));
  const fromArticle = dated.filter((a) => !a.date?.year).map((a): Ref => ({ type: "agreement", id: a.id }));
  const unordered = named.filter((a) => !yearOf(a.date)).map((a): Ref => ({ type: "agreement", id: a.id }));
  const [first, last] = [ordered[0]?.date, ordered.at(-1)?.date];
  const months =
    ordered.length >= 2 && first?.month && last?.month && first.year && last.year
      ? (last.year - first.year) * 12 + (last.month - first.month)
      : undefined;
  return [
    {
      kind: "order",
      agreements: ordered,
      unordered,
      ...(months !== undefined ? { months } : {}),
      ...(fromArticle.length ? { fromArticle } : {}),
    },
    ...named.flatMap((a) => agreementFinding(a)),
  ];
}

/**
 * An organisation and its local affiliates, told by name: "AstraZeneca Kazakhstan" is
 * AstraZeneca's, so AstraZeneca's agreements include the ones its affiliate signed.
 */
export function affiliates(dataset: Dataset, orgId: string): string[] {
  const name = dataset.organisations.find((o) => o.id === orgId)?.name.en;
  if (!name) return [orgId];
  return [
    orgId,
    ...dataset.organisations
      .filter((o) => o.id !== orgId && o.name.en.startsWith(`${name} `))
      .map((o) => o.id),
  ];
}

/**
 * Where a company's project stands: the newest stage a source reports, with its date and source,
 * the earlier ones, and the milestones planned. A project of a set approved together takes the
 * set's approval when no source reports a stage of its own. Talks are never called signed.
 */
export function projectStage(
  dataset: Dataset,
  company: string,
  /** Only the events of a time ("its 2023 memorandum"), or only the first or last of them. */
  only: { time?: { year?: number; month?: number }; pick?: "first" | "last" } = {},
): Finding[] {
  const subject = org(company);
  const project = projectOf(dataset, company);
  if (!project) return [{ kind: "notInSources", subject, metric: "investment" }];
  const all = companyEvents(dataset, company);
  const { year, month } = only.time ?? {};
  const inTime = all.filter(
    (e) => (!year || e.date?.startsWith(String(year))) && (!month || Number(e.date?.slice(5, 7)) === month),
  );
  // A time no event has leaves every event to tell (the answer shows their dates).
  const timed = inTime.length ? inTime : all;
  const history = only.pick === "first" ? timed.slice(0, 1) : only.pick === "last" ? timed.slice(-1) : timed;
  const stage = history.at(-1) ?? null;
  // Whether an agreement was ever reached is of every event, whichever are shown.
  const agreed = all.some((e) => AGREED.includes(e.value));
  // A plan already reached by the stage shown (or an earlier one) is no plan any more: a plant
  // launched is not "planned to start 2027". A later phase's plan stays one.
  const upTo = all.filter((e) => !stage?.date || !e.date || e.date <= stage.date);
  // A cancelled project plans nothing any more: its old plans are no milestones to come.
  const given = stage?.value === "cancelled";
  const milestones = (project.milestones ?? []).filter(
    (m) => !given && ((m.phase ?? 1) > 1 || !upTo.some((e) => (REACHES[m.stage] ?? []).includes(e.value))),
  );
  return [
    {
      kind: "status",
      subject,
      stage,
      history: history.slice(0, -1).reverse(),
      milestones,
      agreed,
    },
  ];
}

/** Stages that mean an agreement was signed or approved. */
const AGREED: string[] = ["approved", "signed"];

/** Stages that are a document signed: an agreement, a memorandum or a resolution approving one. */
const SIGNINGS: string[] = ["signed", "memorandum", "approved"];

/** Whether a company has an agreement signed or approved, in any of its events. */
export const hasAgreement = (dataset: Dataset, company: string) =>
  companyEvents(dataset, company).some((e) => AGREED.includes(e.value));

/**
 * Every event of a company, oldest first, each its own: the stages of each of its projects (a
 * memorandum in one city in 2023 and another elsewhere in 2026 stay two, each with its place when
 * the projects' places differ), and beside them the approval of a set a project was announced in
 * (a curated agreement keeps its date whatever a later article reports).
 */
export function companyEvents(dataset: Dataset, company: string): StageEvent[] {
  const projects = dataset.projects.filter((p) => p.company === company || p.affiliates?.includes(company));
  const places = new Set(projects.map((p) => p.sites[0]?.place));
  const events = projects.flatMap((p) => {
    const set = dataset.scopes.find((s) => s.kind === "set" && s.stage && s.members?.includes(p.id));
    const own = p.stages ?? [];
    const all = set?.stage && !own.some((e) => e.value === set.stage?.value) ? [set.stage, ...own] : own;
    const place = places.size > 1 ? p.sites[0]?.place : undefined;
    return all.map((e) => (place ? { ...e, place } : e));
  });
  const sorted = events.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  // One event told of two projects (the same stage, day and sentence) is one event.
  return sorted.filter(
    (e, i) =>
      !sorted
        .slice(0, i)
        .some((x) => x.value === e.value && x.date === e.date && x.citation.quote === e.citation.quote),
  );
}

/** The stages that reach a planned milestone: production launched also means construction began. */
const REACHES: Partial<Record<ProjectStage, ProjectStage[]>> = {
  launched: ["launched"],
  "under construction": ["under construction", "launched"],
};

/**
 * When a company's project opens (or its construction begins): a stage reached answers before any
 * plan, with the plans it was reached against after it; a plan is never told as what happened.
 */
export function openings(dataset: Dataset, company: string, phase?: number): Finding[] {
  const subject = org(company);
  const events = companyEvents(dataset, company);
  const plans = projectOf(dataset, company)?.milestones ?? [];
  // A phase asked about: its own plans only, never the whole plant's launch or another phase's plan.
  if (phase) {
    const own = plans.filter((m) => (m.phase ?? 0) === phase);
    return own.length
      ? own.map((milestone) => ({ kind: "milestone", subject, milestone }))
      : [{ kind: "noPhasePlan", subject, phase }];
  }
  const newest = (stages: ProjectStage[]) => events.filter((e) => stages.includes(e.value)).at(-1);
  const launched = newest(["launched"]);
  if (launched)
    return [
      { kind: "reached", subject, event: launched, plans: plans.filter((m) => m.stage === "launched") },
    ];
  return plans.map((milestone) => {
    const event = newest(REACHES[milestone.stage] ?? []);
    return event
      ? { kind: "reached", subject, event, plans: [milestone] }
      : { kind: "milestone", subject, milestone };
  });
}
