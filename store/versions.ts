import type { Knowledge } from "../knowledge/load.js";
import {
  type ChangeSummary,
  diffKnowledge,
  filterSummary,
  isEmptySummary,
  type KnowledgeSnapshot,
  snapshotKnowledge,
  summaryTopics,
} from "../knowledge/versions.js";
import { matchingSubscribers } from "./chats.js";
import type { Db, Queryable } from "./db.js";
import { enqueueNotices } from "./outbox.js";

export interface PublishedVersion {
  version: number;
  summary: ChangeSummary;
  /** Outbox rows written (one per matching active subscriber). */
  notified: number;
  /** The first version of a store: the starting point, told to nobody. */
  baseline: boolean;
}

export interface StoredVersion {
  n: number;
  hash: string;
  snapshot: KnowledgeSnapshot;
  summary: ChangeSummary;
  created: Date;
}

export async function latestVersion(db: Queryable): Promise<StoredVersion | null> {
  const [row] = await db.query<StoredVersion>(
    "SELECT n, hash, snapshot, summary, created FROM knowledge_versions ORDER BY n DESC LIMIT 1",
  );
  return row ?? null;
}

export async function currentVersionNumber(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number | null }>("SELECT max(n) AS n FROM knowledge_versions");
  return row?.n ?? 0;
}

/**
 * Compares the knowledge with the last published version and, when it differs, writes the new
 * version, its summary and one outbox row per matching subscriber, all inside `tx` (the caller's
 * transaction). Returns null when nothing changed.
 */
export async function publishIn(tx: Queryable, knowledge: Knowledge): Promise<PublishedVersion | null> {
  // Several instances may start at once: one publishes, the others then see no difference.
  await tx.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':knowledge-versions'))");
  const last = await latestVersion(tx);
  const snapshot = snapshotKnowledge(knowledge);
  if (last && last.hash === snapshot.hash) return null;
  // The first version is the baseline: compared with itself, so its summary is empty.
  const summary = diffKnowledge(last?.snapshot ?? snapshot, snapshot);
  if (last && isEmptySummary(summary)) return null;
  const version = (last?.n ?? 0) + 1;
  await tx.query(
    "INSERT INTO knowledge_versions (n, hash, snapshot, summary) VALUES ($1, $2, $3::jsonb, $4::jsonb)",
    [version, snapshot.hash, JSON.stringify(snapshot), JSON.stringify(summary)],
  );
  const notified = last ? await notifySubscribers(tx, version, summary) : 0;
  return { version, summary, notified, baseline: !last };
}

export function publishKnowledge(db: Db, knowledge: Knowledge): Promise<PublishedVersion | null> {
  return db.transaction((tx) => publishIn(tx, knowledge));
}

/**
 * One row per matching subscriber holding the summary filtered to their topics (the bot words it
 * in their language when it sends); a subscriber whose topics the change does not touch gets none.
 */
async function notifySubscribers(tx: Queryable, version: number, summary: ChangeSummary): Promise<number> {
  const subscribers = await matchingSubscribers(tx, summaryTopics(summary));
  const filtered = new Map<string, ChangeSummary | null>();
  const notices: { chatId: number; summary: ChangeSummary }[] = [];
  for (const s of subscribers) {
    const key = s.topics.join(",");
    let mine = filtered.get(key);
    if (mine === undefined) {
      const part = filterSummary(summary, s.topics);
      mine = isEmptySummary(part) ? null : part;
      filtered.set(key, mine);
    }
    if (mine) notices.push({ chatId: s.chatId, summary: mine });
  }
  await enqueueNotices(tx, version, notices);
  return notices.length;
}
