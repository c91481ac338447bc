import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { ALL, subscribe } from "../../store/chats.js";
import type { Db } from "../../store/db.js";
import { ingestDocument } from "../../store/ingest.js";
import { openStore } from "../../store/runtime.js";
import { publishKnowledge } from "../../store/versions.js";
import { dropSchema, freshSchema, range, SKIP_SERVER_NOTE, TEST_DATABASE_URL, waitFor } from "./helpers.js";
import { type Child, eventsOf, spawnChild } from "./processes.js";
import { StubBotApi } from "./stub-bot-api.js";

const leads = (c: Child) =>
  c.events.some((e) => e.msg === "this instance now drives the notification broadcaster");
const reloaded = (c: Child, id: string) =>
  c.events.some(
    (e) => e.msg === "knowledge version moved on: engine reloaded" && (e.added as string[]).includes(id),
  );

if (!TEST_DATABASE_URL) it.skip(SKIP_SERVER_NOTE, () => {});

describe.runIf(TEST_DATABASE_URL)("several instances on one PostgreSQL server", () => {
  const schema = freshSchema();
  let db: Db;
  let stub: StubBotApi;
  let env: Record<string, string | undefined>;
  const children: Child[] = [];
  beforeAll(async () => {
    db = (await openStore({ databaseUrl: TEST_DATABASE_URL, schema })).db;
    await publishKnowledge(db, loadKnowledge());
    stub = new StubBotApi();
    env = {
      DATABASE_URL: TEST_DATABASE_URL,
      SCHEMA: schema,
      API_ROOT: await stub.listen(),
      MODE: "instance",
    };
  });
  afterAll(async () => {
    for (const c of children) c.proc.kill("SIGKILL");
    await Promise.all(children.map((c) => c.exited));
    await stub.close();
    await db.close();
    await dropSchema(schema);
  });

  it("one instance broadcasts, the other takes over when it dies, and both reload new knowledge", async () => {
    const a = spawnChild(env);
    children.push(a);
    await waitFor(() => leads(a), 30_000, "instance A to take the broadcaster lock");
    const b = spawnChild(env);
    children.push(b);
    await waitFor(() => eventsOf(b, "ready").length > 0, 30_000, "instance B to start");
    // B retries the lock every 200 ms; it must keep failing while A lives.
    await new Promise((r) => setTimeout(r, 1000));
    expect(leads(b)).toBe(false);

    const chats = range(5000, 40);
    for (const c of chats) await subscribe(db, c, ALL);
    const engine = { knowledge: loadKnowledge(), update: async () => {} };
    const { source, published } = await ingestDocument(db, engine, {
      content: "AltINFARM signed a supply contract with a hospital in Almaty.",
      title: "AltINFARM supply contract",
    });
    expect(published).toMatchObject({ version: 2, notified: 40 });

    await waitFor(() => reloaded(a, source.id) && reloaded(b, source.id), 10_000, "both instances to reload");
    await waitFor(() => stub.deliveries.length >= 15, 20_000, "A's first deliveries");
    expect(eventsOf(b, "sent")).toEqual([]);
    a.proc.kill("SIGKILL");
    await a.exited;

    await waitFor(() => leads(b), 10_000, "instance B to take over");
    await waitFor(() => chats.every((c) => stub.countFor(c) >= 1), 20_000, "every subscriber's message");
    expect(eventsOf(b, "sent").length).toBeGreaterThan(0);
    const twice = chats.filter((c) => stub.countFor(c) > 1);
    expect(twice.length).toBeLessThanOrEqual(1);
    expect(stub.tooMany).toBe(0);

    b.proc.kill("SIGTERM");
    expect(await b.exited, b.stderr()).toBe(0);
    expect(eventsOf(b, "stopped")).toHaveLength(1);
  }, 120_000);
});
