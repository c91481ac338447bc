import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCase, EvalFile } from "../../bot/cli/eval-cases.js";
import { useEngine } from "../helpers/engine.js";

const shared = new URL("../../../shared/eval/questions.json", import.meta.url).pathname;
const ownDir = new URL("../eval/", import.meta.url).pathname;
const files = [
  shared,
  ...readdirSync(ownDir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(ownDir, f)),
];

const engine = useEngine("eval");

describe.each(files)("eval file %s", (file) => {
  const { cases } = EvalFile.parse(JSON.parse(readFileSync(file, "utf8")));
  it.each(cases.map((c) => [c.id, c] as const))("%s", async (_id, c) => {
    const answer = await engine().answer(c.q);
    expect(checkCase(c, answer, engine().knowledge.sources), answer.answer).toEqual([]);
  });
});
