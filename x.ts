import { readFileSync, readdirSync } from "node:fs";
import { loadKnowledge } from "./knowledge/load.js";
import { planIngest } from "./knowledge/ingest.js";
import { reportTable } from "./bot/ingest-text.js";
let k = loadKnowledge();
const dir = "tests/fixtures/articles/";
const dates: Record<string,string> = {a1:"2026-03-05",a2:"2026-04-10",a3:"2026-05-20",a4:"2026-06-15",a5:"2026-07-01",a6:"2026-07-20",a7:"2026-08-01",a8:"2026-09-10",a9:"2026-10-01"};
for (const f of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
  const plan = planIngest(k, { id: f.replace(/\.md$/, ""), title: f, date: dates[f.slice(0,2)] ?? null, body: readFileSync(dir + f, "utf8") });
  console.log(reportTable(plan).split("\n").map((l) => l.slice(0, 150)).join("\n"), "\n");
  k = plan.knowledge;
}
