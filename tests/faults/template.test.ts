/**
 * The pre-built database template that lets a first start fit a small container (store/template.ts):
 * it must fit the installed PGlite (else every first start silently falls back to initdb's
 * 0.8 GiB), and a data folder made from it must be a real, lasting database.
 */

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../store/runtime.js";
import { dbTemplate, pgliteVersion, templateVersion, unpackTemplate } from "../../store/template.js";

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), "template-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("the database template", () => {
  it("was made with the installed PGlite (rebuild it with `node --import tsx store/template.ts`)", () => {
    expect(templateVersion()).toBe(pgliteVersion());
    expect(dbTemplate()).not.toBeNull();
  });

  it("gives a first start a database that migrates, keeps its data and opens again", async () => {
    const dir = fresh();
    const first = (await openStore({ dataDir: dir })).db;
    expect(existsSync(join(dir, "db", "PG_VERSION"))).toBe(true);
    expect(existsSync(join(dir, "db.unpacking"))).toBe(false);
    await first.query("INSERT INTO chats (id) VALUES (42)");
    await first.close();
    const again = (await openStore({ dataDir: dir })).db;
    try {
      expect(await again.query("SELECT id FROM chats")).toEqual([{ id: 42 }]);
    } finally {
      await again.close();
    }
  });

  it("never unpacks over a folder that holds something", () => {
    const target = join(fresh(), "db");
    mkdirSync(target);
    writeFileSync(join(target, "keep.txt"), "mine");
    expect(unpackTemplate(target)).toBe(false);
    expect(existsSync(join(target, "PG_VERSION"))).toBe(false);
    expect(existsSync(join(target, "keep.txt"))).toBe(true);
  });
});
