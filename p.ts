import { createEngine } from "./tools/create-engine.js";
import { loadKnowledge } from "./knowledge/load.js";
import { runArticleSuite } from "./tools/eval-articles.js";
const engine = await createEngine({ dataDir: "/tmp/pq", knowledge: loadKnowledge() });
await runArticleSuite(engine);
for (const q of ["Қарағанды облысында қандай жобалар бар?", "Какие компании строят заводы в Павлодарской области?", "Steppe Herbal Group қанша инвестиция салады?", "what is qarmed's partner", "how many medicines will Оңтүстік Фарм Индастри produce", "сколько социально значимых препаратов у Павлодар Фарм Инвест", "is there a plant in karaganda", "Polpharma", "which company creates the fewest jobs", "compare qarmed and steppe herbal jobs"]) {
  const a = await engine.answer(q);
  console.log(">", q, `[${a.tool}]`, a.answer.slice(0, 220).replace(/\n/g, " "));
}
await engine.close();
