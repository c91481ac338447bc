import type { InlineKeyboardButton } from "grammy/types";
import type { Lang } from "../../knowledge/schema.js";
import type { Engine } from "../../tools/engine.js";
import { t } from "../../tools/locales/index.js";
import type { Answer } from "../../tools/types.js";
import { inlineButton, type Suggestion } from "./buttons.js";

/**
 * Follow-up suggestions under an answer, as inline buttons: a bare company's profile offers its
 * figures (jobs, investment, medicines, site); a figure of one company offers "Per job" and
 * "Compare with …" another company. Pressing one asks the follow-up in that answer's context,
 * kept under its key (bot/answers.ts; handled in features/ask.ts).
 */
const FIGURES = ["jobs", "investment", "medicines", "location"] as const;
const NUMERIC = new Set<string>(["jobs", "investmentKzt", "investmentUsd"]);

/** The message a suggestion sends, in the answer's language: read by the follow-up resolver. */
export function suggestionText(action: Suggestion, lang: Lang, engine: Engine): string {
  const tx = t(lang).conversation;
  if (action.startsWith("compare.")) return tx.buttons.compare(companyName(engine, action.slice(8), lang));
  if (action === "location" || action === "perJob") return tx.buttons[action];
  return tx.noun[action as "jobs" | "investment" | "medicines"];
}

const companyName = (engine: Engine, id: string, lang: Lang) => {
  const org = engine.knowledge.dataset.organisations.find((o) => o.id === id);
  return org ? (org.name[lang] ?? org.name.en) : id;
};

export function suggestionRows(answer: Answer, key: string | null, engine: Engine): InlineKeyboardButton[][] {
  const context = answer.context;
  if (
    key === null ||
    !context ||
    answer.route === "none" ||
    answer.tool === "last_sources" ||
    (context.query && !["value", "count"].includes(context.query.operation))
  )
    return [];
  const companies = new Set(engine.knowledge.dataset.projects.map((p) => p.company));
  const subjects = context.query?.subjects ?? context.subjects;
  const company = subjects.length === 1 && subjects[0]?.type === "organisation" ? subjects[0].id : null;
  if (!company || !companies.has(company)) return [];
  const tx = t(answer.lang).conversation.buttons;
  const button = (text: string, action: Suggestion) =>
    inlineButton(text, { kind: "followUp", action, answer: key });
  const asked = context.query?.attributes ?? [];
  if (asked.includes("profile") || !asked.length) return [FIGURES.flatMap((f) => button(tx[f], f))];
  if (!asked.some((a) => NUMERIC.has(a))) return [];
  const other = [...companies].find((c) => c !== company);
  return [
    [
      ...button(tx.perJob, "perJob"),
      ...(other ? button(tx.compare(companyName(engine, other, answer.lang)), `compare.${other}`) : []),
    ],
  ];
}
