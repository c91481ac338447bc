/**
 * Conversation sessions in the store (store/sessions.ts) on PGlite and, with TEST_DATABASE_URL, on
 * PostgreSQL: what is written is read back, expires after the quiet time, and goes on /forget.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { validSession } from "../../bot/middleware/session.js";
import type { Db } from "../../store/db.js";
import { forgetSessions, sessionStorage } from "../../store/sessions.js";
import { ENGINES, useTestDb } from "../store/helpers.js";

describe.each(ENGINES)("sessions on $name", (engine) => {
  const database = useTestDb(engine);
  let db: Db;
  beforeAll(() => {
    db = database();
  });

  it("reads back what was written, per key, and overwrites", async () => {
    const s = sessionStorage<{ turns: number[] }>(db, { ttlMs: 60_000 });
    expect(await s.read("1")).toBeUndefined();
    await s.write("1", { turns: [1] });
    await s.write("2", { turns: [2] });
    await s.write("1", { turns: [1, 3] });
    expect(await s.read("1")).toEqual({ turns: [1, 3] });
    expect(await s.read("2")).toEqual({ turns: [2] });
    await s.delete("2");
    expect(await s.read("2")).toBeUndefined();
  });

  it("a session is gone after its quiet time, and each write pushes the expiry on", async () => {
    // Read from the stored expiry, not raced against timers: a loaded machine delays any write.
    const expiry = async (key: string) =>
      (await db.query<{ at: string }>("SELECT expires_at::text AS at FROM sessions WHERE key = $1", [key]))[0]
        ?.at;
    const s = sessionStorage<{ n: number }>(db, { ttlMs: 60_000 });
    await s.write("quiet", { n: 1 });
    const first = await expiry("quiet");
    await new Promise((r) => setTimeout(r, 20));
    await s.write("quiet", { n: 2 });
    expect(String(await expiry("quiet")) > String(first)).toBe(true);
    expect(await s.read("quiet")).toEqual({ n: 2 });
    const brief = sessionStorage<{ n: number }>(db, { ttlMs: 1 });
    await brief.write("gone", { n: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(await brief.read("gone")).toBeUndefined();
  });

  it("/forget deletes a chat's sessions and no other chat's", async () => {
    const s = sessionStorage<{ n: number }>(db, { ttlMs: 60_000 });
    await s.write("-100", { n: 1 });
    await s.write("-1001", { n: 2 });
    expect(await forgetSessions(db, -100)).toBe(1);
    expect(await s.read("-100")).toBeUndefined();
    expect(await s.read("-1001")).toEqual({ n: 2 });
    expect(await forgetSessions(db, -100)).toBe(0);
  });
});

describe("stored conversations of another shape", () => {
  it("start fresh instead of failing", () => {
    expect(validSession({ turns: [{ messageId: 1, context: { question: "q" } }] })).toBeUndefined();
    expect(validSession("garbage")).toBeUndefined();
    const context = {
      question: "How many jobs will AltINFARM create?",
      lang: "en",
      query: {
        attributes: ["jobs"],
        subjects: [{ type: "organisation", id: "altinfarm" }],
        operation: "value",
        unparsed: [],
      },
      subjects: [{ type: "organisation", id: "altinfarm" }],
      list: [],
      citations: [],
      at: "2026-01-23T10:00:00.000Z",
    };
    // A context stored before a field was added stays valid, with the field's default.
    expect(validSession({ turns: [{ messageId: 1, context }] })).toEqual({
      turns: [{ messageId: 1, context: { ...context, agreements: [] } }],
    });
  });
});
