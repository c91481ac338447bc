import type { IngestPlan, ReportRow } from "../../knowledge/ingest.js";
import type { Lang } from "../../knowledge/schema.js";
import type { IngestErrorCode } from "../../store/ingest.js";
import { MAX_DOCUMENT_BYTES } from "../../store/ingest.js";
import { t } from "../../tools/locales/index.js";
import { amountText } from "../../tools/render/number.js";
import { escapeHtml } from "./html.js";

/** The store's ingest error in the reader's language (HTML-escaped for Telegram when asked). */
export function ingestErrorText(code: IngestErrorCode, detail: string, lang: Lang, html = false): string {
  const e = t(lang).subscriptions.ingestErrors;
  const d = html ? escapeHtml(detail) : detail;
  switch (code) {
    case "tooLarge":
      return e.tooLarge(Math.round(MAX_DOCUMENT_BYTES / 1024));
    case "duplicate":
      return e.duplicate(d);
    case "duplicateId":
      return e.duplicateId(d);
    case "badDate":
      return e.badDate(d);
    case "badId":
      return e.badId(d);
    case "badFrontMatter":
      return e.badFrontMatter(d);
    default:
      return e[code];
  }
}

/** Socially significant medicines are worded as such, not as medicines. */
const socially = (row: ReportRow) =>
  row.claim.attribute === "sociallySignificant" ? "sociallySignificant" : undefined;

/** A claim's value in words: a figure, a place, a partner's name, a stage. */
export function claimValueText(row: ReportRow, plan: IngestPlan, lang: Lang): string {
  const v = row.claim.value;
  const { dataset } = plan.knowledge;
  const name = (n: { en: string; ru?: string; kk?: string } | undefined, id: string) =>
    n?.[lang] ?? n?.en ?? id;
  switch (v.kind) {
    case "figure":
      return amountText(v, lang, socially(row));
    case "place":
      return name(dataset.places.find((p) => p.id === v.place)?.name, v.place);
    case "organisation":
      return name(dataset.organisations.find((o) => o.id === v.organisation)?.name, v.organisation);
    case "stage":
    case "milestone":
      return [t(lang).ingest.stage[v.stage], v.date].filter(Boolean).join(", ");
    case "sector":
      return v.sector;
    case "name":
      return v.name;
    case "fact":
      return short(v.text, 60);
    case "scope":
      return v.name?.[lang] ?? v.name?.en ?? row.claim.subject.id;
  }
}

const short = (quote: string, max = 90) =>
  quote.length > max ? `${quote.slice(0, max - 1).trimEnd()}…` : quote;

/** Why a row changed, or why it waits: a held figure says whether its subject or its value is in doubt. */
function changeText(row: ReportRow, lang: Lang): string {
  const tx = t(lang).ingest;
  if (row.change === "held" && row.claim.hold === "subject") {
    const names = row.candidates.map((n) => n[lang] ?? n.en);
    return tx.change.heldSubject([...new Set(names)].join(", "));
  }
  return tx.change[row.change];
}

interface Line {
  subject: string;
  attribute: string;
  change: string;
  qualifier: string;
  quote: string;
}

function lines(plan: IngestPlan, lang: Lang): Line[] {
  const tx = t(lang).ingest;
  return plan.rows.map((row) => {
    const v = claimValueText(row, plan, lang);
    const old = row.old && row.claim.value.kind === "figure" ? amountText(row.old, lang, socially(row)) : "—";
    const qualifier = row.claim.value.kind === "figure" ? row.claim.value.qualifier : "";
    return {
      subject: row.subject[lang] ?? row.subject.en,
      attribute: tx.attribute[row.claim.attribute],
      change: `${row.claim.value.kind === "figure" ? `${old} → ${v}` : v} (${changeText(row, lang)})`,
      qualifier,
      quote: `“${short(row.claim.quote)}”`,
    };
  });
}

/** The report as a plain-text table, for `npm run ingest`. */
export function reportTable(plan: IngestPlan, lang: Lang = "en", dryRun = false): string {
  const tx = t(lang).ingest;
  const out: string[] = [];
  if (dryRun) out.push(tx.dryRun);
  if (!plan.rows.length) out.push(tx.none(plan.source.title));
  else {
    out.push(tx.header(plan.source.title, plan.source.date, plan.rows.length));
    const rows = [tx.columns as Line, ...lines(plan, lang)];
    const width = (k: keyof Line) => Math.max(...rows.map((r) => r[k].length));
    const keys: (keyof Line)[] = ["subject", "attribute", "change", "qualifier", "quote"];
    const w = Object.fromEntries(keys.map((k) => [k, width(k)])) as Record<keyof Line, number>;
    for (const r of rows) out.push(keys.map((k) => (k === "quote" ? r[k] : r[k].padEnd(w[k]))).join("  "));
  }
  if (plan.organisations.length)
    out.push(tx.newOrganisations(plan.organisations.map((o) => o.name[lang] ?? o.name.en).join(", ")));
  if (plan.leftOut.length) {
    out.push(tx.leftOutHeader);
    for (const l of plan.leftOut)
      out.push(`  ${l.figures.join(", ")}: ${tx.leftOut[l.reason]} — “${short(l.quote)}”`);
  }
  return out.join("\n");
}

/** The report as Telegram HTML (one line per claim), for an admin's /ingest. */
export function reportHtml(plan: IngestPlan, lang: Lang): string {
  const tx = t(lang).ingest;
  const out: string[] = [];
  if (!plan.rows.length) out.push(escapeHtml(tx.none(plan.source.title)));
  else {
    out.push(escapeHtml(tx.header(plan.source.title, plan.source.date, plan.rows.length)));
    for (const l of lines(plan, lang)) {
      out.push(
        `• <b>${escapeHtml(l.subject)}</b>, ${escapeHtml(l.attribute)}: ${escapeHtml(l.change)}\n  <i>${escapeHtml(l.quote)}</i>`,
      );
    }
  }
  if (plan.organisations.length)
    out.push(
      escapeHtml(tx.newOrganisations(plan.organisations.map((o) => o.name[lang] ?? o.name.en).join(", "))),
    );
  if (plan.leftOut.length) {
    out.push(escapeHtml(tx.leftOutHeader));
    for (const l of plan.leftOut.slice(0, 10))
      out.push(
        `• ${escapeHtml(l.figures.join(", "))}: ${escapeHtml(tx.leftOut[l.reason])} — <i>${escapeHtml(short(l.quote, 70))}</i>`,
      );
  }
  return out.join("\n");
}

/** "Abdi Ibrahim Global Pharm, jobs: at least 1,800" — what an approve/reject button is about. */
export function heldLabel(row: ReportRow, plan: IngestPlan, lang: Lang): string {
  return `${row.subject[lang] ?? row.subject.en}, ${t(lang).ingest.attribute[row.claim.attribute]}: ${claimValueText(row, plan, lang)}`;
}
