import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { createRetriever, type Retriever } from "../../retrieval/retriever.js";

/**
 * News is read in the language it was published in and asked about in another: English questions
 * about Russian and Kazakh releases meet them on the retrieval concepts (doses, lines, filling,
 * deliveries, postponements), and a date in the question ("by early 2023") places it in time
 * without being demanded of the sentence. The articles are fixtures written for this test.
 */
const article = (file: string) => ({
  id: file.replace(/\.md$/, ""),
  title: file,
  date: null,
  body: readFileSync(new URL(`./fixtures/news/${file}`, import.meta.url), "utf8"),
});

let retriever: Retriever;
beforeAll(async () => {
  const sources = [
    ...loadKnowledge().sources,
    article("ru-insulin-plant.md"),
    article("kk-syringe-plant.md"),
    article("ru-output-statistics.md"),
    article("kk-pharma-cluster.md"),
    article("ru-analyser-plant.md"),
    article("en-vet-infrastructure.md"),
    article("ru-labelling-check.md"),
    article("kk-pet-scanners.md"),
  ];
  retriever = await createRetriever(sources);
}, 60_000);

describe("English questions find Russian and Kazakh news sentences", () => {
  it.each([
    ["how many vials a month can the new Shymkent filling line fill?", "до 40 тысяч флаконов в месяц"],
    ["where were the first batches of insulin delivered by early 2023?", "Первые партии уже отгружены"],
    ["was the launch of the insulin line postponed?", "Запуск производства дважды переносили"],
    ["how many syringes a year will the Pavlodar plant produce", "Зауыт жылына 150 миллион шприц шығарады"],
    ["when will construction of the syringe plant be completed", "2025 жылдың соңында аяқталады"],
    // Statistics and profiles: regions leading, declines, suppliers, a cluster's members and status.
    ["which region produced the most medicines in the first half", "Больше всего продукции выпустила"],
    ["who was the main supplier of medicines from far abroad", "Основным поставщиком"],
    ["what status did the pharma cluster get after accreditation", "мәртебесін алды"],
    // A device's speed and what its maker offers (seventeenth session).
    ["how quickly does the analyser give results and for how many indicators", "за 12 минут"],
    ["what did the plant's director offer to do with imported analysers", "готова заменить"],
    // A Russian question about animal health infrastructure, asked of an English release.
    ["сколько скотомогильников и убойных пунктов построят", "45 animal burial sites and 17 slaughterhouses"],
    // Health-system news (eighteenth session): labelling, warehouses, free medicines in pharmacies,
    // mortality, PET scanners and radiopharmaceuticals, in chat shorthand too.
    ["since when is drug labelling mandatory", "Обязательная маркировка лекарственных средств"],
    ["how many wholesale warehouses have the code scanning equipment", "212 из 260 оптовых складов"],
    ["how many packs of free medicines were found for sale in pharmacies", "4,2 тыс. упаковок"],
    ["how much did cancer mortality drop", "Смертность от онкологических заболеваний"],
    ["how many pet scanners are there now and how many by 2046", "11 ПЭТ/КТ аппараты"],
    ["скок пэт аппаратов щас в рк", "11 ПЭТ/КТ аппараты"],
    ["how many patients a year get radiopharmaceuticals", "9 мыңнан астам науқасқа"],
  ])("%s", async (q, quote) => {
    // The answer quotes up to three sentences: the one that answers must be among them.
    const hits = await retriever.passages(q);
    expect(hits.map((h) => h.quote).join(" | ")).toContain(quote);
  });

  it("a question the news does not answer still gets nothing", async () => {
    expect(
      await retriever.passages("what vaccine does the Pavlodar plant make for export to Mongolia?"),
    ).toEqual([]);
  });
});
