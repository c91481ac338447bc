import type { Knowledge } from "../knowledge/load.js";
import type { Lang } from "../knowledge/schema.js";
import {
  type BroadcastEvent,
  Broadcaster,
  type BroadcasterOptions,
  type BroadcastStats,
  type Sender,
} from "./broadcaster.js";
import { getLanguage, inactiveChatIds, setLanguage } from "./chats.js";
import { type Db, explainOpenFailure, isConnectionError, type OpenDbOptions, openDb } from "./db.js";
import type { IngestTarget } from "./ingest.js";
import { leadWhenPossible } from "./leader.js";
import { migrate } from "./migrations.js";
import { currentVersionNumber, publishKnowledge } from "./versions.js";
import { watchVersions } from "./watch.js";

/** The part of a pino logger the store uses. */
export interface StoreLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** What the bot holds: the database, per-chat preferences, and a way to wake the broadcaster. */
export interface Store {
  readonly db: Db;
  /** Durable chat languages (the bot's ChatPrefs). */
  readonly chatPrefs: {
    getLanguage(chatId: number): Promise<Lang | null>;
    setLanguage(chatId: number, lang: Lang): Promise<void>;
  };
  /** New outbox rows were written: deliver them now rather than at the next poll. */
  wake(): void;
  /** Set by startNotifications while this process drives a broadcaster. */
  onWake: (() => void) | null;
  /** The broadcaster's counters (sent, expired...) once startNotifications made one; for /metrics. */
  broadcastStats: BroadcastStats | null;
  /**
   * Chats that blocked the bot, kept in memory so the bot can welcome a returning chat without a
   * query per update: exact in one process, refreshed every poll with several instances.
   */
  readonly inactiveChats: Set<number>;
  refreshInactiveChats(): Promise<void>;
  close(): Promise<void>;
}

async function createStore(db: Db): Promise<Store> {
  const inactiveChats = new Set(await inactiveChatIds(db));
  const store: Store = {
    db,
    inactiveChats,
    async refreshInactiveChats() {
      const now = await inactiveChatIds(db);
      inactiveChats.clear();
      for (const id of now) inactiveChats.add(id);
    },
    chatPrefs: {
      getLanguage: (chatId) => getLanguage(db, chatId),
      setLanguage: (chatId, lang) => setLanguage(db, chatId, lang),
    },
    onWake: null,
    broadcastStats: null,
    wake: () => store.onWake?.(),
    close: () => db.close(),
  };
  return store;
}

/**
 * Opens the store: PostgreSQL when `databaseUrl` is set, else PGlite in `<dataDir>/db`, with its
 * schema brought up to date (several instances may start at once: the migrations take a lock).
 */
export async function openStore(options: OpenDbOptions = {}): Promise<Store> {
  const db = await openDb(options);
  try {
    await migrate(db);
    return await createStore(db);
  } catch (err) {
    await db.close();
    throw explainOpenFailure(err, options);
  }
}

export interface NotificationsOptions {
  store: Store;
  /** The engine (or its knowledge) to publish and to keep reloaded. */
  engine: IngestTarget & { readonly knowledge: Knowledge };
  /** Where messages go; null: record versions and outbox rows, deliver nothing (no token). */
  sender: Sender | null;
  /** Set with PostgreSQL: one instance broadcasts (advisory lock) and every one reloads. */
  databaseUrl?: string;
  schema?: string;
  log?: StoreLog;
  /** How often followers retry the broadcaster lock and instances look for new versions. */
  pollMs?: number;
  broadcaster?: Omit<BroadcasterOptions, "db" | "sender">;
  /** Timeouts for the broadcaster lock's own connection (as for the pool). */
  database?: Pick<OpenDbOptions, "connectTimeoutMs" | "statementTimeoutMs">;
}

export interface Notifications {
  /** The knowledge version published or found at start. */
  readonly version: number;
  stop(): Promise<void>;
}

const quiet: StoreLog = { info() {}, warn() {}, error() {} };

/**
 * At start: publishes the current knowledge as a new version if it differs from the last one
 * (with outbox rows for subscribers), then delivers the outbox (with PostgreSQL, only while this
 * instance holds the broadcaster lock) and follows versions published by other instances.
 */
export async function startNotifications(options: NotificationsOptions): Promise<Notifications> {
  const { store } = options;
  const log = options.log ?? quiet;
  const version = await publishAtStart(store.db, options.engine.knowledge, log);
  const stopHealthLog = logDatabaseHealth(store.db, log);
  // What the health log above already says is not repeated by each component.
  const warn = (err: unknown, msg: string) => {
    if (!isConnectionError(err)) log.warn({ err }, msg);
  };
  const broadcaster = options.sender
    ? new Broadcaster({
        ...options.broadcaster,
        db: store.db,
        sender: options.sender,
        onEvent: broadcastLog(options, log, warn),
      })
    : null;
  store.broadcastStats = broadcaster?.stats ?? null;
  if (!broadcaster) log.warn({}, "notifications are recorded but not delivered: no Telegram sender");
  const lead = () => {
    store.onWake = () => broadcaster?.wake();
    broadcaster?.start();
  };
  const stopLeading = async () => {
    store.onWake = null;
    await broadcaster?.stop();
  };
  if (!options.databaseUrl) {
    lead();
    return {
      version,
      async stop() {
        stopHealthLog();
        await stopLeading();
      },
    };
  }
  const fleet = followTheFleet(options, options.databaseUrl, version, warn, {
    lead: broadcaster ? lead : null,
    stopLeading,
  });
  return {
    get version() {
      return fleet.version;
    },
    async stop() {
      stopHealthLog();
      await fleet.stop();
    },
  };
}

/** Publishes the knowledge if it changed since the last version; returns the current version. */
async function publishAtStart(db: Db, knowledge: Knowledge, log: StoreLog): Promise<number> {
  const published = await publishKnowledge(db, knowledge);
  if (!published) return currentVersionNumber(db);
  log.info(
    { version: published.version, notified: published.notified, baseline: published.baseline },
    "published a new knowledge version",
  );
  return published.version;
}

/** A server outage is logged once, with its cause, however many queries fail meanwhile. */
function logDatabaseHealth(db: Db, log: StoreLog): () => void {
  return db.health.onChange((up, health) => {
    if (up) log.info({}, "the database is reachable again: notifications, subscriptions and ingest resume");
    else
      log.error(
        { cause: health.cause },
        "the database is unreachable: answers go on; notifications, subscriptions and ingest wait for it",
      );
  });
}

/** What the broadcaster reports, in the log (and chats it found blocked, in the store's list). */
function broadcastLog(
  options: NotificationsOptions,
  log: StoreLog,
  warn: (err: unknown, msg: string) => void,
): (event: BroadcastEvent) => void {
  return (event) => {
    switch (event.type) {
      case "blocked":
        options.store.inactiveChats.add(event.chatId);
        log.info({ chat: event.chatId }, "chat blocked the bot: deactivated");
        break;
      case "failed":
        log.warn({ chat: event.chatId, error: event.error }, "notification failed");
        break;
      case "expired":
        log.warn({ count: event.count }, "notifications expired: too old to send");
        break;
      case "telegram-unreachable":
        log.warn(
          { error: event.error, downSeconds: Math.round(event.downMs / 1000) },
          "the Telegram Bot API is unreachable: notifications wait",
        );
        break;
      case "telegram-reachable":
        log.info({ downSeconds: Math.round(event.downMs / 1000) }, "the Telegram Bot API is reachable again");
        break;
      case "store-failed":
        if (event.attempt === 1) warn(event.err, "the notification loop could not use the store; retrying");
        break;
    }
    options.broadcaster?.onEvent?.(event);
  };
}

/**
 * With PostgreSQL and several instances: one drives the broadcaster (whichever holds the advisory
 * lock; `lead` null: this one never does), every one reloads new knowledge versions and follows the
 * chats another instance found blocked.
 */
function followTheFleet(
  options: NotificationsOptions,
  databaseUrl: string,
  since: number,
  warn: (err: unknown, msg: string) => void,
  leading: { lead: (() => void) | null; stopLeading: () => Promise<void> },
): { readonly version: number; stop(): Promise<void> } {
  const { store } = options;
  const log = options.log ?? quiet;
  const { lead } = leading;
  const leadership = lead
    ? leadWhenPossible({
        databaseUrl,
        schema: options.schema,
        name: "outbox-broadcaster",
        retryMs: options.pollMs,
        ...options.database,
        onLead: () => {
          log.info({}, "this instance now drives the notification broadcaster");
          lead();
        },
        onLose: leading.stopLeading,
        onError: (err) => warn(err, "broadcaster lock connection failed; retrying"),
      })
    : null;
  const watch = watchVersions({
    db: store.db,
    engine: options.engine,
    since,
    intervalMs: options.pollMs,
    onReload: (v, added) =>
      log.info({ version: v, added: added.map((s) => s.id) }, "knowledge version moved on: engine reloaded"),
    onError: (err) => warn(err, "could not check the knowledge version"),
  });
  const refresh = setInterval(() => {
    store.refreshInactiveChats().catch((err) => warn(err, "could not refresh the blocked chats"));
  }, options.pollMs ?? 5000);
  refresh.unref();
  return {
    get version() {
      return watch.version;
    },
    async stop() {
      watch.stop();
      clearInterval(refresh);
      await leadership?.stop();
    },
  };
}
