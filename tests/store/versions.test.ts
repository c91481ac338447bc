import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkTelegramHtml } from "../../bot/render/html.js";
import { renderNotice } from "../../bot/render/notice.js";
import { DATASET_PATH, type Knowledge, loadKnowledge } from "../../knowledge/load.js";
import { SOURCES_DIR } from "../../knowledge/sources.js";
import { diffKnowledge, filterSummary, isEmptySummary, snapshotKnowledge } from "../../knowledge/versions.js";
import { ALL, deactivateChat, setLanguage, subscribe } from "../../store/chats.js";
import type { Db } from "../../store/db.js";
import { latestVersion, publishIn, publishKnowledge } from "../../store/versions.js";
import { ENGINES, outboxTexts, type TestDb } from "./helpers.js";

/** A copy of the real knowledge folder that a test may edit like a maintainer would. */
function editableKnowledge() {
  const dir = mkdtempSync(join(tmpdir(), "knowledge-"));
  cpSync(SOURCES_DIR, join(dir, "sources"), { recursive: true });
  cpSync(DATASET_PATH, join(dir, "dataset.json"));
  const datasetPath = join(dir, "dataset.json");
  const sourcePath = join(dir, "sources", "pharma-investment-agreements.md");
  return {
    dir,
    load: () => loadKnowledge({ sourcesDir: join(dir, "sources"), datasetPath }),
    editDataset(fn: (raw: Record<string, unknown[]> & { projects: Record<string, unknown>[] }) => void) {
      const raw = JSON.parse(readFileSync(datasetPath, "utf8"));
      fn(raw);
      writeFileSync(datasetPath, JSON.stringify(raw, null, 1));
    },
    /** Replaces text in the article and in every dataset quote, as a correction would. */
    correct(from: string, to: string) {
      writeFileSync(sourcePath, readFileSync(sourcePath, "utf8").replace(from, to));
      writeFileSync(datasetPath, readFileSync(datasetPath, "utf8").replaceAll(from, to));
    },
    addSource(name: string, text: string) {
      writeFileSync(join(dir, "sources", name), text);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

type Project = { id: string; jobs: { value: number; text: string; qualifier: string } };
const project = (raw: { projects: unknown[] }, id: string) =>
  (raw.projects as Project[]).find((p) => p.id === id) as Project;

describe("knowledge snapshots and diffs on real dataset edits", () => {
  const kb = editableKnowledge();
  afterAll(() => kb.remove());
  const base = snapshotKnowledge(kb.load());

  it("flattens every fact under a stable key with its citation and topics", () => {
    const jobs = base.facts["projects/msp-rompharm-plant/jobs"];
    expect(jobs).toMatchObject({
      value: "around 265 jobs",
      figure: { value: 265, unit: "jobs", qualifier: "around" },
      citation: { source: "pharma-investment-agreements", quote: expect.stringContaining("around 265 jobs") },
    });
    // The project's company, both sites and their parents, its partners and the agreement's partnership.
    expect(jobs?.topics).toEqual([
      "almaty-region",
      "kazakhstan",
      "msp-rompharm",
      "pharma-investment-projects",
      "rompharm",
      "turan-sez",
      "turkistan-region",
      "world-medicine",
    ]);
    expect(snapshotKnowledge(kb.load())).toEqual(base);
    expect(isEmptySummary(diffKnowledge(base, base))).toBe(true);
  });

  it("a corrected figure is one change, old → new, with the new citation", () => {
    kb.correct("around 60 jobs", "around 70 jobs");
    kb.editDataset((raw) => {
      const altinfarm = project(raw, "altinfarm-plant");
      altinfarm.jobs.value = 70;
      altinfarm.jobs.text = "70";
    });
    const next = snapshotKnowledge(kb.load());
    expect(next.hash).not.toBe(base.hash);
    const summary = diffKnowledge(base, next);
    expect(summary.factsChanged).toHaveLength(1);
    expect(summary.factsChanged[0]).toMatchObject({
      key: "projects/altinfarm-plant/jobs",
      old: { value: "around 60 jobs" },
      new: { value: "around 70 jobs", figure: { value: 70 } },
      citation: {
        source: "pharma-investment-agreements",
        title: "Government approves investment agreements with four pharmaceutical companies",
        quote: expect.stringContaining("around 70 jobs"),
      },
    });
    expect(summary.factsChanged[0]?.topics).toEqual(
      expect.arrayContaining([
        "altinfarm",
        "almaty",
        "almaty-sez",
        "sinopharm",
        "pharma-investment-projects",
      ]),
    );
    // The article's text changed too; facts that did not change are not reported.
    expect(summary.sourcesUpdated.map((s) => s.id)).toEqual(["pharma-investment-agreements"]);
    expect(summary.factsAdded).toEqual([]);
    expect(summary.factsRemoved).toEqual([]);
  });

  it("a dataset-only edit (a qualifier) and a removed fact are reported as such", () => {
    const before = snapshotKnowledge(kb.load());
    kb.editDataset((raw) => {
      project(raw, "msp-rompharm-plant").jobs.qualifier = "approximately";
      (project(raw, "abdi-ibrahim-complex") as unknown as { products: unknown[] }).products = [];
    });
    const summary = diffKnowledge(before, snapshotKnowledge(kb.load()));
    expect(summary.factsChanged.map((c) => [c.key, c.old.value, c.new.value])).toEqual([
      ["projects/msp-rompharm-plant/jobs", "around 265 jobs", "approximately 265 jobs"],
    ]);
    expect(summary.factsRemoved.map((f) => f.key)).toEqual(["projects/abdi-ibrahim-complex/products/0"]);
    expect(summary.factsRemoved[0]?.topics).toContain("abdi-ibrahim");
  });

  it("a new source is 'source added', touching the topics it names", () => {
    const before = snapshotKnowledge(kb.load());
    kb.addSource(
      "nobel-expansion.md",
      "---\nid: nobel-expansion\ntitle: Nobel expands in Almaty\ndate: 2026-03-01\n---\nNobel Almaty Pharmaceutical Factory opened a new line in Almaty.\n",
    );
    const summary = diffKnowledge(before, snapshotKnowledge(kb.load()));
    expect(summary.sourcesAdded).toEqual([
      { id: "nobel-expansion", title: "Nobel expands in Almaty", topics: ["almaty", "nobel-almaty"] },
    ]);
    expect(summary.factsChanged).toEqual([]);
    expect(filterSummary(summary, ["msp-rompharm"]).sourcesAdded).toEqual([]);
    expect(filterSummary(summary, ["almaty"]).sourcesAdded).toHaveLength(1);
    expect(filterSummary(summary, [ALL])).toBe(summary);
  });
});

describe("notification text", () => {
  const kb = editableKnowledge();
  afterAll(() => kb.remove());

  it("says what changed in the reader's language, with the quote, as safe HTML", () => {
    const base = snapshotKnowledge(kb.load());
    kb.correct("around 60 jobs", "around 70 jobs");
    kb.editDataset((raw) => {
      const altinfarm = project(raw, "altinfarm-plant");
      altinfarm.jobs.value = 70;
      altinfarm.jobs.text = "70";
    });
    kb.addSource("x.md", "---\nid: x-report\ntitle: R&D <report>\ndate: null\n---\nAltINFARM update.\n");
    const summary = diffKnowledge(base, snapshotKnowledge(kb.load()));
    const en = renderNotice(summary, "en");
    expect(en).toContain("New source: <b>R&amp;D &lt;report&gt;</b>");
    expect(en).toContain("<b>AltINFARM</b> — jobs: around 60 jobs → <b>around 70 jobs</b>");
    expect(en).toContain("The project will create around 70 jobs");
    const ru = renderNotice(summary, "ru");
    expect(ru).toContain("Новый источник");
    expect(ru).toContain("<b>АльтИнФарм</b> — рабочие места:");
    const kk = renderNotice(summary, "kk");
    expect(kk).toContain("Жаңа дереккөз");
    // Valid for Telegram's HTML parse mode: known tags, balanced, escaped, under 4,096 characters.
    for (const text of [en, ru, kk]) expect(checkTelegramHtml(text)).toEqual([]);
  });

  it("stays under Telegram's limit however large the change", () => {
    const base = snapshotKnowledge(kb.load());
    const empty = { ...base, facts: {}, sources: [] };
    const text = renderNotice(diffKnowledge(empty, base), "ru");
    expect(checkTelegramHtml(text)).toEqual([]);
    expect(text).toMatch(/…и ещё \d+ изменени/);
  });
});

describe.each(ENGINES)("publishing versions on $name", (engine) => {
  let handle: TestDb;
  let db: Db;
  const kb = editableKnowledge();
  beforeAll(async () => {
    handle = await engine.open();
    db = handle.db;
  });
  afterAll(async () => {
    kb.remove();
    await handle.cleanup();
  });

  const outbox = () => outboxTexts(db);

  it("publishes a silent baseline first, then nothing while the knowledge is unchanged", async () => {
    await subscribe(db, 1, ALL);
    const first = await publishKnowledge(db, kb.load());
    expect(first).toMatchObject({ version: 1, baseline: true, notified: 0 });
    expect(await publishKnowledge(db, kb.load())).toBeNull();
    expect(await outbox()).toEqual([]);
  });

  it("turns a change into a version and one outbox row per matching active subscriber", async () => {
    await setLanguage(db, 2, "ru");
    await subscribe(db, 2, "altinfarm");
    await subscribe(db, 3, "msp-rompharm");
    await subscribe(db, 4, ALL);
    await deactivateChat(db, 4);
    kb.correct("around 60 jobs", "around 70 jobs");
    kb.editDataset((raw) => {
      const altinfarm = project(raw, "altinfarm-plant");
      altinfarm.jobs.value = 70;
      altinfarm.jobs.text = "70";
    });
    const published = await publishKnowledge(db, kb.load());
    expect(published).toMatchObject({ version: 2, baseline: false, notified: 2 });
    const rows = await outbox();
    expect(rows.map((r) => [r.version, r.chat_id, r.status])).toEqual([
      [2, 1, "pending"],
      [2, 2, "pending"],
    ]);
    expect(rows[0]?.text).toContain("around 60 jobs → <b>around 70 jobs</b>");
    expect(rows[1]?.text).toContain("Мои знания обновились");
    const stored = await latestVersion(db);
    expect(stored?.summary.factsChanged.map((c) => c.key)).toEqual(["projects/altinfarm-plant/jobs"]);
    expect(await publishKnowledge(db, kb.load())).toBeNull();
  });

  it("writes the version and its outbox rows in one transaction", async () => {
    kb.editDataset((raw) => {
      project(raw, "msp-rompharm-plant").jobs.qualifier = "at least";
    });
    await expect(
      db.transaction(async (tx) => {
        expect(await publishIn(tx, kb.load())).toMatchObject({ version: 3, notified: 2 });
        throw new Error("crash before commit");
      }),
    ).rejects.toThrow("crash before commit");
    expect((await latestVersion(db))?.n).toBe(2);
    expect(await outbox()).toHaveLength(2);
    expect(await publishKnowledge(db, kb.load())).toMatchObject({ version: 3, notified: 2 });
    expect((await outbox()).map((r) => [r.version, r.chat_id])).toContainEqual([3, 3]);
  });

  it("publishes once when several instances start together", async () => {
    kb.editDataset((raw) => {
      project(raw, "msp-rompharm-plant").jobs.qualifier = "around";
    });
    const knowledge: Knowledge = kb.load();
    const results = await Promise.all([publishKnowledge(db, knowledge), publishKnowledge(db, knowledge)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await latestVersion(db))?.n).toBe(4);
  });
});
