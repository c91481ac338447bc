import type { InlineKeyboardButton } from "grammy/types";
import type { Lang } from "../../knowledge/schema.js";
import type { Engine } from "../../tools/engine.js";
import { t } from "../../tools/locales/index.js";
import type { Answer } from "../../tools/types.js";
import { CALLBACK_DATA_LIMIT } from "./html.js";

/**
 * Follow-up suggestions under an answer, as inline buttons: a bare company's profile offers its
 * figures (jobs, investment, medicines, site); a figure of one company offers "Per job" and
 * "Compare with …" another company. Pressing one asks the follow-up in that answer's context
 * (handled in features/ask.ts). Callback data: `fu:<action>:<answer key>`, under 64 bytes.
 */
export type Suggestion = "jobs" | "investment" | "medicines" | "location" | "perJob" | `compare.${string}`;

const FIGURES = ["jobs", "investment", "medicines", "location"] as const;
const NUMERIC = new Set<string>(["jobs", "investmentKzt", "investmentUsd"]);

export const suggestionData = (action: Suggestion, key: string) => `fu:${action}:${key}`;

/** Whether callback data names a suggestion this version offers (older buttons may not). */
export const isSuggestion = (action: string): action is Suggestion =>
  (FIGURES as readonly string[]).includes(action) ||
  action === "perJob" ||
  /^compare\.[a-z0-9-]+$/.test(action);
export const SUGGESTION_DATA = /^fu:([A-Za-z]+(?:\.[a-z0-9-]+)?):([A-Za-z0-9_-]+)$/;

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

export function suggestionRows(answer: Answer, key: string, engine: Engine): InlineKeyboardButton[][] {
  const context = answer.context;
  if (
    !context ||
    answer.route === "none" ||
    answer.tool === "last_sources" ||
    (context.query && context.query.operation !== "value")
  )
    return [];
  const companies = new Set(engine.knowledge.dataset.projects.map((p) => p.company));
  const subjects = context.subjects;
  const company = subjects.length === 1 && subjects[0]?.type === "organisation" ? subjects[0].id : null;
  if (!company || !companies.has(company)) return [];
  const tx = t(answer.lang).conversation.buttons;
  const button = (text: string, action: Suggestion): InlineKeyboardButton[] => {
    const data = suggestionData(action, key);
    return Buffer.byteLength(data) <= CALLBACK_DATA_LIMIT ? [{ text, callback_data: data }] : [];
  };
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
