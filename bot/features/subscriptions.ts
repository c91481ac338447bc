import { Api, Composer, type MiddlewareFn } from "grammy";
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import { normalize } from "../../knowledge/text.js";
import { forgetAnswers } from "../../store/answers.js";
import {
  ALL,
  deactivateChat,
  forgetChat,
  listSubscriptions,
  reactivateChat,
  subscribe,
  unsubscribe,
  unsubscribeAll,
} from "../../store/chats.js";
import type { Db, Queryable } from "../../store/db.js";
import { ingestDocument } from "../../store/ingest.js";
import type { Pacer } from "../../store/pacing.js";
import { type Store, startNotifications } from "../../store/runtime.js";
import { forgetSessions } from "../../store/sessions.js";
import type { Engine, Topic } from "../../tools/engine.js";
import { configuredClaimModel } from "../claim-model.js";
import type { BotConfig } from "../config.js";
import type { BotContext, FeatureDeps } from "../context.js";
import type { Logger } from "../logger.js";
import { adminsOnly, refuse } from "../middleware/permissions.js";
import type { ConversationSession } from "../middleware/session.js";
import { type ButtonContext, inlineButton, onButton } from "../render/buttons.js";
import { ECHO_CHARS, escapeHtml } from "../render/html.js";
import { sendMessages } from "../render/reply.js";
import { watchInbox } from "../run/inbox.js";
import { telegramSender } from "../run/sender.js";

/** Words meaning "everything" in /subscribe all, /unsubscribe all (any language). */
const ALL_WORDS = new Set(["all", "everything", "все", "всё", "барлығы", "бәрі", "*"]);
const isAllWord = (text: string) => ALL_WORDS.has(text.trim().toLowerCase());

/** Trigram similarity (Dice) of two normalised strings, for suggesting a topic after a typo. */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const padded = `  ${normalize(s)} `;
    const out = new Set<string>();
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
    return out;
  };
  const x = grams(a);
  const y = grams(b);
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return x.size + y.size === 0 ? 0 : (2 * common) / (x.size + y.size);
}

/** The topics closest to what was typed, best first. */
export function suggestTopics(topics: readonly Topic[], text: string, max = 4): Topic[] {
  return topics
    .map((t) => ({ t, score: Math.max(...Object.values(t.name).map((n) => similarity(n, text))) }))
    .filter((s) => s.score >= 0.3)
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map((s) => s.t);
}

/** Buttons two to a row. */
function keyboard(buttons: InlineKeyboardButton[]): InlineKeyboardMarkup {
  const rows: InlineKeyboardButton[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return { inline_keyboard: rows };
}

/**
 * A /forget confirmation answers only to who asked (the button names them). A button from before
 * it named the asker counts as theirs in a private chat and as expired in a group.
 */
const askerOnly: MiddlewareFn<ButtonContext<"forget">> = async (ctx, next) => {
  const asker = ctx.button.asker;
  if (asker === undefined ? ctx.chat?.type === "private" : asker === ctx.from.id) return next();
  await refuse(ctx, asker === undefined ? ctx.t.subscriptions.buttonExpired : ctx.t.bot.notYourButton);
};

type TopicKind = "subscribe" | "unsubscribe";

/** A topic button: "*" stands for every change. */
const topicButton = (text: string, kind: TopicKind, topic: string) =>
  inlineButton(text, { kind, topic: topic === ALL ? "*" : topic });

const topicButtons = (ctx: BotContext, topics: readonly Topic[]) =>
  topics.flatMap((t) => topicButton(t.name[ctx.lang], "subscribe", t.id));

const topicName = (ctx: BotContext, id: string) =>
  escapeHtml(ctx.engine.topics().find((t) => t.id === id)?.name[ctx.lang] ?? id);
const namesOf = (ctx: BotContext, topics: string[]) => topics.map((id) => topicName(ctx, id)).join(", ");
/** One message of paragraphs (empty ones left out), with its buttons. */
const reply = (ctx: BotContext, lines: string[], markup?: InlineKeyboardMarkup) =>
  sendMessages(ctx, [lines.filter(Boolean).join("\n\n")], { keyboard: markup });

/** "Stop …" for each topic a chat follows, and for everything. */
const stopButtons = (ctx: BotContext, subs: string[]) => [
  ...subs
    .filter((s) => s !== ALL)
    .flatMap((s) => topicButton(ctx.t.subscriptions.stopButton(topicName(ctx, s)), "unsubscribe", s)),
  ...topicButton(ctx.t.subscriptions.stopButton(ctx.t.subscriptions.everything), "unsubscribe", ALL),
];

/** Subscribes the chat to a topic (or everything, with a picker to narrow it) and says what changed. */
async function follow(db: Db, ctx: BotContext, chatId: number, topic: string) {
  const tx = ctx.t.subscriptions;
  const result = await db.transaction((q: Queryable) => subscribe(q, chatId, topic, ctx.lang));
  if (topic === ALL) {
    const picker = keyboard(topicButtons(ctx, ctx.engine.topics()));
    if (!result.added) return reply(ctx, [tx.alreadyAll, tx.pickInstead], picker);
    const widened = result.replaced.length > 0 ? tx.widened(namesOf(ctx, result.replaced)) : "";
    return reply(ctx, [tx.subscribedAll, widened, tx.pickInstead], picker);
  }
  const name = topicName(ctx, topic);
  if (!result.added) return reply(ctx, [tx.alreadyTopic(name)]);
  return reply(ctx, [tx.subscribedTopic(name), result.replaced.includes(ALL) ? tx.narrowed : ""]);
}

/** Unsubscribes the chat from a topic (or everything) and says so. */
async function stop(db: Queryable, ctx: BotContext, chatId: number, topic: string) {
  const tx = ctx.t.subscriptions;
  if (topic === ALL) {
    const removed = await unsubscribeAll(db, chatId);
    return reply(ctx, [removed > 0 ? tx.unsubscribedAll : tx.notSubscribed]);
  }
  const removed = await unsubscribe(db, chatId, topic);
  const name = topicName(ctx, topic);
  return reply(ctx, [removed ? tx.unsubscribedTopic(name) : tx.notFollowing(name)]);
}

/** A topic nobody knows: the closest ones as buttons. */
function unknownTopic(ctx: BotContext, text: string, kind: TopicKind, among: readonly Topic[]) {
  const tx = ctx.t.subscriptions;
  const close = suggestTopics(among, text);
  const buttons = close.flatMap((t) => topicButton(t.name[ctx.lang], kind, t.id));
  const hint = close.length > 0 ? tx.suggestions : tx.noSuggestions;
  return reply(ctx, [tx.unknownTopic(escapeHtml(text.slice(0, ECHO_CHARS))), hint], keyboard(buttons));
}

/**
 * /subscribe [topic], /unsubscribe [topic|all], /subscriptions, /forget, the topic buttons, and the
 * welcome back of a chat that had blocked the bot. Without a store (tests, benches) it does nothing.
 * In groups, settings are the admins' (bot/middleware/permissions.ts); /subscriptions only reads.
 */
export function subscriptionsFeature(deps: FeatureDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  if (!deps.store) return c;
  const admins = adminsOnly(deps.admins);
  c.use(chatComesAndGoes(deps.store));
  c.use(topicCommands(deps.store.db, admins));
  c.use(forgetting(deps.store, admins));
  return c;
}

/**
 * A chat that blocked the bot (or removed it from a group) gets nothing more, its subscriptions
 * kept; when it writes again it is active again and told what it still follows.
 */
function chatComesAndGoes(store: Store): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const { db } = store;
  c.use(async (ctx, next) => {
    const id = ctx.chat?.id;
    const leaving = ["kicked", "left"].includes(ctx.myChatMember?.new_chat_member.status ?? "");
    if (id !== undefined && store.inactiveChats.has(id) && !leaving) {
      store.inactiveChats.delete(id);
      if (await reactivateChat(db, id)) {
        const subs = await listSubscriptions(db, id);
        const tx = ctx.t.subscriptions;
        const list = subs.includes(ALL) ? tx.listAll : tx.listTopics(namesOf(ctx, subs));
        await reply(ctx, [tx.welcomeBack(list)]);
      }
    }
    return next();
  });
  c.on("my_chat_member", async (ctx, next) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "kicked" || status === "left") {
      await deactivateChat(db, ctx.chat.id);
      store.inactiveChats.add(ctx.chat.id);
      return;
    }
    return next();
  });
  return c;
}

/** /subscribe, /unsubscribe, /subscriptions and the topic buttons they offer. */
function topicCommands(db: Db, admins: MiddlewareFn<BotContext>): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command("subscribe", admins, async (ctx) => {
    const text = ctx.match.trim();
    if (text === "" || isAllWord(text)) return follow(db, ctx, ctx.chat.id, ALL);
    const topic = ctx.engine.findTopic(text);
    if (topic) return follow(db, ctx, ctx.chat.id, topic.id);
    return unknownTopic(ctx, text, "subscribe", ctx.engine.topics());
  });

  c.command("unsubscribe", admins, async (ctx) => {
    const tx = ctx.t.subscriptions;
    const chatId = ctx.chat.id;
    const text = ctx.match.trim();
    const subs = await listSubscriptions(db, chatId);
    if (subs.length === 0) return reply(ctx, [tx.notSubscribed]);
    if (isAllWord(text)) return stop(db, ctx, chatId, ALL);
    if (text === "") {
      if (subs.length === 1) return stop(db, ctx, chatId, subs[0] as string);
      return reply(ctx, [tx.pickUnsubscribe], keyboard(stopButtons(ctx, subs)));
    }
    const topic = ctx.engine.findTopic(text);
    if (!topic) {
      const mine = ctx.engine.topics().filter((t) => subs.includes(t.id));
      return unknownTopic(ctx, text, "unsubscribe", mine);
    }
    if (!subs.includes(topic.id) && subs.includes(ALL))
      return reply(ctx, [tx.coveredByAll(topicName(ctx, topic.id))]);
    return stop(db, ctx, chatId, topic.id);
  });

  c.command("subscriptions", async (ctx) => {
    const tx = ctx.t.subscriptions;
    const subs = await listSubscriptions(db, ctx.chat.id);
    if (subs.length === 0) return reply(ctx, [tx.listEmpty]);
    const list = subs.includes(ALL) ? tx.listAll : tx.listTopics(namesOf(ctx, subs));
    return reply(ctx, [list, tx.listHint], keyboard(stopButtons(ctx, subs)));
  });

  for (const kind of ["subscribe", "unsubscribe"] as const)
    onButton(c, kind, admins, async (ctx) => {
      const chatId = ctx.chat?.id;
      const topic = ctx.button.topic === "*" ? ALL : ctx.button.topic;
      const known = topic === ALL || ctx.engine.topics().some((t) => t.id === topic);
      if (chatId === undefined || !known) {
        await ctx.answerCallbackQuery({ text: ctx.t.subscriptions.buttonExpired });
        return;
      }
      await ctx.answerCallbackQuery();
      return kind === "subscribe" ? follow(db, ctx, chatId, topic) : stop(db, ctx, chatId, topic);
    });
  return c;
}

/**
 * /forget and its confirmation: the chat's subscriptions, language, conversation and the answers
 * kept for its buttons are deleted. The confirmation names who asked: only they may answer it (a
 * forged name still needs an admin).
 */
function forgetting(store: Store, admins: MiddlewareFn<BotContext>): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const { db } = store;
  c.command("forget", admins, (ctx) => {
    const tx = ctx.t.subscriptions;
    const asker = ctx.from?.id ?? 0;
    return reply(
      ctx,
      [tx.forgetConfirm],
      keyboard([
        ...inlineButton(tx.forgetYes, { kind: "forget", choice: "yes", asker }),
        ...inlineButton(tx.forgetNo, { kind: "forget", choice: "no", asker }),
      ]),
    );
  });

  onButton(c, "forget", askerOnly, admins, async (ctx) => {
    await ctx.answerCallbackQuery();
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    const tx = ctx.t.subscriptions;
    if (ctx.button.choice === "no") return reply(ctx, [tx.forgetCancelled]);
    store.inactiveChats.delete(chatId);
    // The session is dropped too, so this update does not save it again.
    const conversations = await forgetSessions(db, chatId);
    const answers = await forgetAnswers(db, chatId);
    ctx.session = null as unknown as ConversationSession;
    const chat = await forgetChat(db, chatId);
    return reply(ctx, [chat || conversations + answers > 0 ? tx.forgotten : tx.nothingToForget]);
  });
  return c;
}

/**
 * The background side of subscriptions, started by main.ts once the bot exists: publishes the
 * knowledge version, delivers the outbox (with PostgreSQL: in the instance holding the lock),
 * follows versions published elsewhere, and (embedded database only) ingests what
 * `npm run ingest` drops into the inbox. Returns the function that stops it all.
 */
export async function startSubscriptionServices(options: {
  config: BotConfig;
  store: Store;
  engine: Engine;
  logger: Logger;
  /** The local chat's captured Api: notifications are printed in the terminal. */
  localApi?: Api;
  /** Telegram's limits, shared with the bot's answers (BotApp.pacer). */
  pacer?: Pacer;
}): Promise<() => Promise<void>> {
  const { config, store, engine, logger } = options;
  const log = logger.child({ area: "notifications" });
  const api = config.botToken
    ? new Api(config.botToken, config.apiRoot ? { apiRoot: config.apiRoot } : undefined)
    : options.localApi;
  const notifications = await startNotifications({
    store,
    engine,
    sender: api ? telegramSender(api) : null,
    databaseUrl: config.databaseUrl,
    log,
    broadcaster: { ...config.outbox, pacer: options.pacer },
    database: config.database,
  });
  if (config.databaseUrl) return () => notifications.stop();
  const inbox = watchInbox({
    dataDir: config.dataDir,
    ingest: async (input) => {
      const ingested = await ingestDocument(store.db, engine, input, {
        model: await configuredClaimModel(config.models.claims),
        onModelError: (err) => log.warn({ err }, "the extraction model did not answer: offline claims only"),
      });
      store.wake();
      log.info(
        { source: ingested.source.id, version: ingested.published?.version },
        "ingested from the inbox",
      );
      return ingested;
    },
    onError: (err, name) => log.error({ err, name }, "inbox request failed"),
  });
  return async () => {
    inbox.stop();
    await notifications.stop();
  };
}
