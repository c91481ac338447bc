/**
 * Answers kept for their buttons (store/answers.ts, migration 7), on PGlite and on a PostgreSQL
 * server: found by chat and key only, the chat's latest for /source N, stored clean, forgotten
 * with the chat, and gone after their time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerRows, forgetAnswers } from "../../store/answers.js";
import { ENGINES, type TestDb } from "./helpers.js";

describe.each(ENGINES)("answers kept for their buttons on $name", (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await engine.open();
  });
  afterAll(() => t?.cleanup());

  it("finds an answer by its chat and key only, and the chat's latest", async () => {
    const rows = answerRows<{ q: string }>(t.db, { keepDays: 30 });
    await rows.put(601, "k1", { q: "first" });
    await rows.put(601, "k2", { q: "second" });
    await rows.put(602, "k3", { q: "elsewhere" });
    expect(await rows.get(601, "k1")).toEqual({ q: "first" });
    expect(await rows.get(601, "k2")).toEqual({ q: "second" });
    // Another chat's key finds nothing here, and an unknown key nothing anywhere.
    expect(await rows.get(601, "k3")).toBeUndefined();
    expect(await rows.get(602, "k1")).toBeUndefined();
    expect(await rows.get(601, "nope")).toBeUndefined();
    expect(await rows.last(601)).toEqual({ q: "second" });
    expect(await rows.last(602)).toEqual({ q: "elsewhere" });
    expect(await rows.last(603)).toBeUndefined();
  });

  it("stores the text without control characters", async () => {
    const rows = answerRows<{ q: string }>(t.db, { keepDays: 30 });
    await rows.put(611, "k", { q: "jobs\u0000 at AltINFARM\u001B?" });
    expect(await rows.get(611, "k")).toEqual({ q: "jobs at AltINFARM?" });
  });

  it("forgets every answer of a chat, and no other chat's", async () => {
    const rows = answerRows<{ q: string }>(t.db, { keepDays: 30 });
    await rows.put(621, "a", { q: "a" });
    await rows.put(621, "b", { q: "b" });
    await rows.put(622, "c", { q: "c" });
    expect(await forgetAnswers(t.db, 621)).toBe(2);
    expect(await rows.last(621)).toBeUndefined();
    expect(await rows.get(622, "c")).toEqual({ q: "c" });
  });

  it("reads an answer older than its time as gone", async () => {
    const rows = answerRows<{ q: string }>(t.db, { keepDays: 2 });
    await rows.put(631, "old", { q: "old" });
    await t.db.query("UPDATE answers SET created = now() - interval '3 days' WHERE chat_id = 631");
    expect(await rows.get(631, "old")).toBeUndefined();
    expect(await rows.last(631)).toBeUndefined();
  });
});
