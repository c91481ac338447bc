import type { Lang, Names } from "../../knowledge/schema.js";
import type { ChangeSummary, FigureValue } from "../../knowledge/versions.js";
import { t } from "../../tools/locales/index.js";
import { amountText } from "../../tools/render/number.js";
import { escapeHtml } from "./html.js";

/** Telegram's limit is 4,096 characters; keep a margin for the footer. */
const MAX_CHARS = 3500;
const MAX_QUOTE = 220;

function localName(names: Names, lang: Lang): string {
  return names[lang] ?? names.en;
}

const valueText = (v: { value: string; figure?: FigureValue }, lang: Lang, field: string) =>
  escapeHtml(
    v.figure ? amountText(v.figure, lang, field === "sociallySignificant" ? field : undefined) : v.value,
  );

function quoteLine(citation: { quote: string; title: string }): string {
  const quote =
    citation.quote.length > MAX_QUOTE ? `${citation.quote.slice(0, MAX_QUOTE - 1)}…` : citation.quote;
  return `   <i>“${escapeHtml(quote)}”</i> — ${escapeHtml(citation.title)}`;
}

/**
 * One short Telegram message (HTML) telling a subscriber what changed, each fact with the
 * sentence it rests on; long summaries end with "…and N more changes".
 */
export function renderNotice(summary: ChangeSummary, lang: Lang): string {
  const tx = t(lang).subscriptions;
  const label = (subject: Names | null, field: string) =>
    `<b>${escapeHtml(subject ? localName(subject, lang) : tx.overall)}</b> — ${escapeHtml(
      tx.fields[field] ?? t("en").subscriptions.fields[field] ?? field,
    )}`;
  // A new project is one line (company, places, figures); its facts are not listed again.
  const newProjects = summary.projectsAdded ?? [];
  const inNew = (key: string) => newProjects.some((p) => key.startsWith(`${p.prefix}/`));
  const projectLines = newProjects.map((p) => {
    const facts = summary.factsAdded.filter((f) => f.key.startsWith(`${p.prefix}/`));
    const places = facts.filter((f) => f.field === "sites").map((f) => escapeHtml(f.value));
    const figures = facts.filter((f) => f.figure).map((f) => valueText(f, lang, f.field));
    const name = `<b>${escapeHtml(p.subject ? localName(p.subject, lang) : "")}</b>`;
    const first = facts.find((f) => f.figure) ?? facts[0];
    return `• ${tx.projectAdded(name, places.join(", "), figures.join(", "))}${first ? `\n${quoteLine(first.citation)}` : ""}`;
  });
  const items: string[] = [
    ...projectLines,
    ...summary.sourcesAdded.map((s) => `• ${tx.sourceAdded(escapeHtml(s.title))}`),
    ...summary.sourcesUpdated.map((s) => `• ${tx.sourceUpdated(escapeHtml(s.title))}`),
    ...summary.sourcesRemoved.map((s) => `• ${tx.sourceRemoved(escapeHtml(s.title))}`),
    ...summary.factsChanged.map(
      (c) =>
        `• ${tx.factChanged(label(c.subject, c.field), valueText(c.old, lang, c.field), valueText(c.new, lang, c.field))}\n${quoteLine(c.citation)}`,
    ),
    ...summary.factsAdded
      .filter((f) => !inNew(f.key))
      .map(
        (f) =>
          `• ${tx.factAdded(label(f.subject, f.field), valueText(f, lang, f.field))}\n${quoteLine(f.citation)}`,
      ),
    ...summary.factsRemoved.map(
      (f) =>
        `• ${tx.factRemoved(label(f.subject, f.field), valueText(f, lang, f.field))}\n${quoteLine(f.citation)}`,
    ),
  ];
  const head = `<b>${tx.noticeTitle}</b>`;
  const lines = [head];
  let length = head.length + tx.noticeFooter.length + 80;
  let shown = 0;
  for (const item of items) {
    if (length + item.length + 1 > MAX_CHARS) break;
    lines.push(item);
    length += item.length + 1;
    shown++;
  }
  if (shown < items.length) lines.push(tx.more(items.length - shown));
  lines.push("", tx.noticeFooter);
  return lines.join("\n");
}
