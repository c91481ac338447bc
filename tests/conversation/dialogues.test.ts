/** The dialogue eval (tests/eval/dialogues) in `npm test`: every turn of every conversation, graded. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DialogueFile, runDialogue } from "../../bot/cli/eval-dialogues.js";
import { useEngine } from "../helpers/engine.js";

const dir = new URL("../eval/dialogues/", import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
const engine = useEngine("dialogues");

describe("the dialogue set", () => {
  it("has at least 30 conversations of 2-5 turns in en, ru and kk, covering every kind", () => {
    const all = files.flatMap(
      (f) => DialogueFile.parse(JSON.parse(readFileSync(join(dir, f), "utf8"))).dialogues,
    );
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(new Set(all.map((d) => d.lang))).toEqual(new Set(["en", "ru", "kk"]));
    const kinds = new Set(all.map((d) => d.kind));
    for (const kind of ["ellipsis", "pronoun", "operation", "unit", "correction", "source", "switch"])
      expect(kinds, kind).toContain(kind);
  });
});

describe.each(files)("dialogues %s", (file) => {
  const { dialogues } = DialogueFile.parse(JSON.parse(readFileSync(join(dir, file), "utf8")));
  it.each(dialogues.map((d) => [d.id, d] as const))("%s", async (_id, dialogue) => {
    const results = await runDialogue(engine(), dialogue, engine().knowledge.sources);
    for (const r of results) expect(r.problems, `${r.case.id}: ${r.case.q}\n${r.answer.answer}`).toEqual([]);
  });
});
