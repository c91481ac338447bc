/**
 * A figure far out of line is held, not published; an admin's approval or rejection is a dated
 * review record (the claim itself is never edited), and the knowledge is published again with it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { listClaims } from "../../store/claims.js";
import type { Db } from "../../store/db.js";
import { ingestDocument, reviewAndPublish } from "../../store/ingest.js";
import { publishKnowledge } from "../../store/versions.js";
import { createEngine } from "../../tools/create-engine.js";
import type { Engine } from "../../tools/engine.js";
import { ENGINES } from "./helpers.js";

const jobsOf = (engine: Engine, company: string) =>
  engine.knowledge.dataset.projects.find((p) => p.company === company)?.jobs;

describe.each(ENGINES)("reviewing a held figure on $name", (kind) => {
  let db: Db;
  let cleanup: () => Promise<void>;
  let engine: Engine;
  const dir = mkdtempSync(join(tmpdir(), "review-"));
  beforeAll(async () => {
    ({ db, cleanup } = await kind.open());
    engine = await createEngine({ dataDir: dir, knowledge: loadKnowledge() });
    await publishKnowledge(db, engine.knowledge);
  });
  afterAll(async () => {
    await engine?.close();
    await cleanup?.();
    rmSync(dir, { recursive: true, force: true });
  });

  const hold = async (jobs: string, title: string) => {
    const { report } = await ingestDocument(db, engine, {
      content: `AltINFARM's plant in Almaty will create ${jobs} jobs, a portal reported.`,
      title,
      date: "2026-07-01",
    });
    const held = report.rows.find((r) => r.change === "held");
    if (!held) throw new Error("nothing was held");
    return held.claim;
  };

  it("holds it: the current figure stays, the held one is shown as disputed", async () => {
    await hold("60,000", "Portal report");
    expect(jobsOf(engine, "altinfarm")).toMatchObject({ value: 60, disputed: [{ value: 60_000 }] });
  });

  it("publishes it on approval, and keeps the decision as a review row", async () => {
    const claim = (await listClaims(db)).find((c) => c.status === "held");
    const outcome = await reviewAndPublish(db, engine, claim?.id ?? "", "approve", 42);
    expect(outcome).toMatchObject({ ok: true, published: { version: expect.any(Number) } });
    expect(jobsOf(engine, "altinfarm")).toMatchObject({ value: 60_000, earlier: [{ value: 60 }] });
    const rows = await db.query<{ action: string; reviewer: number; status: string }>(
      `SELECT r.action, r.reviewer, c.status FROM claim_reviews r JOIN claims c ON c.id = r.claim_id`,
    );
    // The claim row keeps the status ingestion gave it; the review says what was decided.
    expect(rows).toEqual([{ action: "approve", reviewer: 42, status: "held" }]);
  });

  it("leaves a rejected one unused, on record, and refuses to review it twice", async () => {
    const claim = await hold("900,000", "Another portal report");
    expect(await reviewAndPublish(db, engine, claim.id, "reject", 42)).toMatchObject({ ok: true });
    expect(jobsOf(engine, "altinfarm")?.value).toBe(60_000);
    expect(jobsOf(engine, "altinfarm")?.disputed).toBeUndefined();
    expect((await listClaims(db)).find((c) => c.id === claim.id)?.status).toBe("rejected");
    expect(await reviewAndPublish(db, engine, claim.id, "approve", 42)).toEqual({
      ok: false,
      code: "notHeld",
    });
    expect(await reviewAndPublish(db, engine, "0000000000000000", "approve", 42)).toEqual({
      ok: false,
      code: "unknownClaim",
    });
  });

  it("approves a figure whose company is uncertain with the candidate the admin picked, on record", async () => {
    await ingestDocument(db, engine, {
      content:
        "Qarmed Pharmaceuticals LLP and Steppe Biotech LLP will build pharmaceutical plants in Karaganda Region.\n\nThe plant will employ 300 people.",
      title: "Two plants",
      date: "2026-08-01",
    });
    const claim = (await listClaims(db)).find((c) => c.status === "held" && c.hold === "subject");
    if (!claim?.candidates) throw new Error("nothing was held for its subject");
    const picked = claim.candidates[1];
    // Only an approval may name a subject, and only one of the claim's own candidates.
    for (const [action, candidate] of [
      ["approve", 9],
      ["reject", 1],
    ] as const)
      expect(await reviewAndPublish(db, engine, claim.id, action, 42, { candidate })).toEqual({
        ok: false,
        code: "notCandidate",
      });
    expect(await reviewAndPublish(db, engine, claim.id, "approve", 42, { candidate: 1 })).toMatchObject({
      ok: true,
      claim: { subject: picked, reason: "reviewed" },
    });
    expect((await listClaims(db)).find((c) => c.id === claim.id)).toMatchObject({
      status: "active",
      subject: picked,
      reason: "reviewed",
    });
    const project = engine.knowledge.dataset.projects.find((p) => p.id === picked?.id);
    expect(project?.jobs?.value).toBe(300);
    // The claim row is as ingestion stored it; the pick is the review's.
    const [row] = await db.query<{ subject: string }>("SELECT subject FROM claims WHERE id = $1", [claim.id]);
    expect(row?.subject).toBe(claim.subject.id);
  });
});
