import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Claim, claimId } from "../../knowledge/claims.js";
import { extractClaims } from "../../knowledge/extract/extract.js";
import { type Knowledge, loadKnowledge, withIngested } from "../../knowledge/load.js";
import type { Organisation } from "../../knowledge/schema.js";
import { ingestDocument } from "../../store/ingest.js";
import { openStore } from "../../store/runtime.js";
import { publishKnowledge } from "../../store/versions.js";
import { createEngine } from "../../tools/create-engine.js";
import { type Bench, type BenchRow, median, msRow } from "./types.js";

const AREA = "knowledge";
const ARTICLES = new URL("../fixtures/articles/", import.meta.url).pathname;

/** About 500 words of releases in the three languages (those whose names start with `prefix`), as one article. */
function article500(prefix = ""): string {
  const bodies = readdirSync(ARTICLES)
    .filter((f) => f.endsWith(".md") && f.startsWith(prefix))
    .sort()
    .map((f) => readFileSync(join(ARTICLES, f), "utf8").replace(/^#.*\n/, ""));
  const out: string[] = [];
  for (const body of bodies) {
    if (out.join(" ").split(/\s+/).length >= 500) break;
    out.push(body);
  }
  return out.join("\n\n");
}

const time = (f: () => unknown, runs: number) => {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  return median(ms);
};

const SYLLABLES = "ka ra mo li ne zu ta vi so de lu ba ri no ke ma".split(" ");
const nameOf = (i: number) =>
  `${[i % 16, (i >> 4) % 16, (i >> 8) % 16].map((k) => SYLLABLES[k]).join("")} Pharm`.replace(/^./, (c) =>
    c.toUpperCase(),
  );

/** The curated knowledge plus `n` synthetic projects, each with jobs, investment and a site. */
export function knowledgeWith(n: number, base: Knowledge = loadKnowledge()): Knowledge {
  const organisations: Organisation[] = [];
  const claims: Claim[] = [];
  const sources = [];
  const regions = base.curated.places.filter((p) => p.kind === "region");
  for (let i = 0; i < n; i++) {
    const name = nameOf(i);
    const id = name.toLowerCase().replace(/\s+/g, "-");
    organisations.push({ id, kind: "pharmaceutical company", name: { en: name }, aliases: [name] });
    const region = regions[i % regions.length];
    const body = `${name} will build a plant in ${region?.name.en}. It will invest ${(i % 90) + 1}.5 billion tenge and create around ${(i % 400) + 10} jobs.`;
    const source = `synthetic-${i}`;
    sources.push({ id: source, title: name, date: "2026-05-01", body });
    const add = (attribute: Claim["attribute"], value: Claim["value"], start: number, end: number) => {
      const c = {
        subject: { type: "project" as const, id: `${id}-project` },
        attribute,
        value,
        source,
        start,
      };
      claims.push({
        ...c,
        id: claimId(c),
        quote: body.slice(start, end),
        end,
        date: "2026-05-01",
        method: "extracted",
        status: "active",
      });
    };
    const first = body.indexOf(".") + 1;
    add("company", { kind: "organisation", organisation: id }, 0, first);
    add("site", { kind: "place", place: region?.id ?? "almaty-region" }, 0, first);
    const inv = `${(i % 90) + 1}.5`;
    add(
      "investmentKzt",
      { kind: "figure", value: Number(inv), text: inv, unit: "billion KZT", qualifier: "exact" },
      first + 1,
      body.length,
    );
    const jobs = String((i % 400) + 10);
    add(
      "jobs",
      { kind: "figure", value: Number(jobs), text: jobs, unit: "jobs", qualifier: "around" },
      first + 1,
      body.length,
    );
  }
  return withIngested(base, { sources, claims, organisations });
}

export const bench: Bench = async () => {
  const knowledge = loadKnowledge();
  const body = article500();
  const words = body.split(/\s+/).length;
  const source = { id: "bench-article", title: "Bench article", date: "2026-06-01", body };
  const extraction = time(() => extractClaims(source, knowledge.dataset), 20);
  const rows: BenchRow[] = [
    msRow(
      AREA,
      `extraction, one ${words}-word article (en/ru/kk)`,
      extraction,
      200,
      `${extractClaims(source, knowledge.dataset).claims.length} claims`,
    ),
  ];
  // Real-news genres: bullet digests, an interview, regional and national totals, status changes.
  const genres = article500("b");
  const genreSource = { ...source, id: "bench-genres", body: genres };
  const genreMs = time(() => extractClaims(genreSource, knowledge.dataset), 20);
  rows.push(
    msRow(
      AREA,
      `extraction, ${genres.split(/\s+/).length}-word digests and interview (en/ru/kk)`,
      genreMs,
      200,
    ),
  );
  // Every known organisation is a name to look for: a large view must not slow extraction down.
  const large = knowledgeWith(1000, knowledge);
  const largeMs = time(() => extractClaims(source, large.dataset), 5);
  rows.push(msRow(AREA, `extraction, ${words}-word article, view of 1,000 projects`, largeMs, 200));

  const db = (await openStore()).db;
  const dir = mkdtempSync(join(tmpdir(), "bench-knowledge-"));
  const engine = await createEngine({ dataDir: join(dir, "engine"), knowledge });
  try {
    await publishKnowledge(db, knowledge);
    const ms: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await ingestDocument(db, engine, {
        content: `${body}\n\nRun ${i}.`,
        title: `Bench article ${i}`,
        date: "2026-06-01",
      });
      ms.push(performance.now() - t0);
    }
    const ingest = median(ms);
    rows.push(msRow(AREA, "whole ingest: store, extract, publish, reindex (PGlite)", ingest, 2000));

    const big = knowledgeWith(1000);
    const t0 = performance.now();
    await engine.update(big);
    rows.push({
      area: AREA,
      metric: "engine update to 1,000 projects (view, index, names)",
      value: performance.now() - t0,
      unit: "ms",
    });
    const questions = [
      `How many jobs will ${nameOf(500)} create?`,
      "Which company has the largest investment?",
      "how many jobs in Pavlodar Region",
      `What is ${nameOf(77)}'s investment?`,
    ];
    const answerMs: number[] = [];
    for (let r = 0; r < 25; r++) {
      for (const q of questions) {
        const a0 = performance.now();
        await engine.answer(q);
        answerMs.push(performance.now() - a0);
      }
    }
    const answer = median(answerMs);
    rows.push(msRow(AREA, "tool answer at 1,000 projects", answer, 2));
  } finally {
    await engine.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
};
