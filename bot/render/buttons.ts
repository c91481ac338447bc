import type { Composer, Filter, MiddlewareFn } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { z } from "zod";
import { CHART_GROUPS } from "../../tools/chart-data.js";
import { METRICS } from "../../tools/findings.js";
import type { BotContext } from "../context.js";
import { CALLBACK_DATA_LIMIT } from "./html.js";

/**
 * Every button the bot sends, as one typed protocol: what a press carries (zod, one schema per
 * kind) and how it is written into Telegram's callback data (at most 64 bytes). Features build
 * buttons with `inlineButton` and handle presses with `onButton`; nothing else reads or writes
 * callback data. A button carries names and keys only: what it needs to answer is recomputed
 * (a chart, an example, a topic) or kept in the store (an answer's citations and context,
 * bot/answers.ts; a held claim), so a press answers after a restart and on any instance.
 */

const Lang = z.enum(["en", "ru", "kk"]);
/** An answer kept for its buttons (bot/answers.ts): random, so no chat can compute another's. */
const AnswerKey = z.string().regex(/^[A-Za-z0-9_-]{1,22}$/);
/** A whole number, as written (digits only: no "1e3", no "") or as given. */
const Count = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number),
]);
/** A subscription topic id (the engine's topics), "*" for everything. */
const Topic = z.string().regex(/^\S+$/);

/** A follow-up suggestion under an answer (bot/render/suggestions.ts). */
export const Suggestion = z.union([
  z.enum(["jobs", "investment", "medicines", "location", "perJob"]),
  z.templateLiteral(["compare.", z.string().regex(/^[a-z0-9-]+$/)]),
]);
export type Suggestion = z.infer<typeof Suggestion>;

export const Button = z.discriminatedUnion("kind", [
  /** "Sources" under an answer: its cited passages in context. */
  z.object({ kind: z.literal("sources"), answer: AnswerKey }),
  /** A follow-up suggestion, asked in the context of the answer it sits under. */
  z.object({ kind: z.literal("followUp"), action: Suggestion, answer: AnswerKey }),
  /** A chart (drawn from the current knowledge), or the other grouping of one. */
  z.object({
    kind: z.literal("chart"),
    metric: z.enum(METRICS),
    groupBy: z.enum(CHART_GROUPS),
    lang: Lang,
  }),
  /** An admin's decision on a held claim (the claim and its candidate subjects are in the store). */
  z.object({
    kind: z.literal("review"),
    decision: z.enum(["approve", "reject"]),
    claim: z.string().regex(/^[0-9a-f]{16}$/),
    /** Approved with this one of its candidate subjects (by its place in the stored list). */
    pick: Count.optional(),
  }),
  /** /forget's confirmation, for the user who asked (absent on buttons sent before it named them). */
  z.object({
    kind: z.literal("forget"),
    choice: z.enum(["yes", "no"]),
    asker: Count.optional(),
  }),
  z.object({ kind: z.literal("subscribe"), topic: Topic }),
  z.object({ kind: z.literal("unsubscribe"), topic: Topic }),
  z.object({ kind: z.literal("language"), lang: Lang }),
  /** One of /start's example questions, by its place in the locale's list. */
  z.object({ kind: z.literal("example"), lang: Lang, index: Count }),
]);
export type Button = z.infer<typeof Button>;
export type ButtonKind = Button["kind"];
export type ButtonOf<K extends ButtonKind> = Extract<Button, { kind: K }>;

type Fields<K extends ButtonKind> = Exclude<keyof ButtonOf<K>, "kind">;

/**
 * How each kind is written: a prefix, then its fields in this order, joined by ":" (the last field
 * takes the rest). These are the formats earlier versions wrote, so buttons already sent still work.
 */
const WIRE: { [K in ButtonKind]: readonly [prefix: string, ...fields: Fields<K>[]] } = {
  sources: ["src", "answer"],
  followUp: ["fu", "action", "answer"],
  chart: ["chart", "metric", "groupBy", "lang"],
  review: ["review", "decision", "claim", "pick"],
  forget: ["forget", "choice", "asker"],
  subscribe: ["sub", "topic"],
  unsubscribe: ["unsub", "topic"],
  language: ["lang", "lang"],
  example: ["ex", "lang", "index"],
};
const KIND_BY_PREFIX = new Map(
  (Object.keys(WIRE) as ButtonKind[]).map((kind) => [WIRE[kind][0], kind] as const),
);

/** The callback data of a button, or null when it would not fit Telegram's 64 bytes. */
export function buttonData(button: Button): string | null {
  const checked = Button.parse(button) as Record<string, unknown>;
  const [prefix, ...fields] = WIRE[button.kind] as readonly string[];
  const values = fields.map((f) => checked[f]);
  while (values.length > 0 && values.at(-1) === undefined) values.pop();
  const data = [prefix, ...values.map(String)].join(":");
  return Buffer.byteLength(data) <= CALLBACK_DATA_LIMIT ? data : null;
}

/** An inline button that sends `button` when pressed, or none when its data would not fit. */
export function inlineButton(text: string, button: Button): InlineKeyboardButton[] {
  const data = buttonData(button);
  return data === null ? [] : [{ text, callback_data: data }];
}

/** The kind callback data claims to be (by its prefix), whether or not the rest is valid. */
export function claimedKind(data: string): ButtonKind | undefined {
  const colon = data.indexOf(":");
  return colon < 0 ? undefined : KIND_BY_PREFIX.get(data.slice(0, colon));
}

/** A press's button, or null for data this version does not understand (older or forged). */
export function readButton(data: string): Button | null {
  const kind = claimedKind(data);
  if (!kind) return null;
  const [, ...fields] = WIRE[kind] as readonly string[];
  const rest = data.slice(data.indexOf(":") + 1);
  const parts = splitFields(rest, fields.length);
  const raw: Record<string, unknown> = { kind };
  fields.forEach((f, i) => {
    raw[f] = parts[i];
  });
  const parsed = Button.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Splits into at most `n` fields; the last one keeps any further ":". */
function splitFields(text: string, n: number): string[] {
  const parts = text.split(":");
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(":")];
}

/** A button press, with its decoded button. */
export type ButtonContext<K extends ButtonKind> = Filter<BotContext, "callback_query:data"> & {
  button: ButtonOf<K>;
};

/** Handles presses of one kind of button; `ctx.button` is what the press carries. */
export function onButton<K extends ButtonKind>(
  composer: Composer<BotContext>,
  kind: K,
  ...middleware: MiddlewareFn<ButtonContext<K>>[]
): void {
  composer.on("callback_query:data").filter(
    (ctx): ctx is ButtonContext<K> => {
      const button = readButton(ctx.callbackQuery.data);
      if (button?.kind !== kind) return false;
      (ctx as ButtonContext<K>).button = button as ButtonOf<K>;
      return true;
    },
    ...middleware,
  );
}

/**
 * Handles presses that claim a kind but no longer decode (a chart metric since renamed): a
 * feature can offer what replaced them. Anything else unreadable says it has expired (fallback).
 */
export function onStaleButton(
  composer: Composer<BotContext>,
  kind: ButtonKind,
  ...middleware: MiddlewareFn<Filter<BotContext, "callback_query:data">>[]
): void {
  composer
    .on("callback_query:data")
    .filter(
      (ctx) => claimedKind(ctx.callbackQuery.data) === kind && readButton(ctx.callbackQuery.data) === null,
      ...middleware,
    );
}
