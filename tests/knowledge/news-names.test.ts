import { describe, expect, it } from "vitest";
import { planIngest } from "../../knowledge/ingest.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { nameInOtherScript } from "../../knowledge/text.js";
import { useEngine } from "../helpers/engine.js";

/**
 * A company a release names in one script is found when a question writes it in the other, with
 * or without a Kazakh case ending: «Тараз Фарм» of Taraz Pharm, "Tobyl Pharm" of «Тобыл Фарм».
 */

const engine = useEngine("news-names");
const base = loadKnowledge();

const articles = [
  "Kokshe Pharm LLP will build an infusion plant in Kokshetau. The plant will create 140 jobs.",
  "ТОО «Тобыл Фарм» построит завод в Рудном. На заводе будет создано 95 рабочих мест.",
  "Qyzyljar Medical LLP will open a syringe plant in Petropavlovsk with 60 jobs.",
];

describe("a new company's name in the other script", () => {
  it.each([
    ["Kokshe Pharm", "кокше фарм"],
    ["Qyzyljar Medical", "кызылжар медикал"],
    ["Тобыл Фарм", "tobyl pharm"],
    ["Chimpharm", "чимфарм"],
    ["Erkim Ilac", "эрким илак"],
  ])("%s → %s", (name, other) => {
    expect(nameInOtherScript(name)).toBe(other);
  });

  it.each([
    ["Кокше Фарм қанша жұмыс орнын ашады?", /140/],
    ["Кокше Фармның зауыты қанша жұмыс орнын ашады?", /140/],
    ["Сколько рабочих мест создаст Кокше Фарм?", /140/],
    ["How many jobs will Tobyl Pharm create?", /95/],
    ["Kyzyljar Medical-дың зауыты қанша жұмыс орнын ашады?", /60/],
  ])("%s", async (question, want) => {
    let k = base;
    for (const [i, body] of articles.entries())
      k = planIngest(k, { id: `names-${i}`, title: `Names ${i}`, date: "2027-05-01", body }).knowledge;
    await engine().update(k);
    const a = await engine().answer(question);
    expect(a.route).toBe("tool");
    expect(a.answer).toMatch(want);
  });
});

describe("a company's short name in the other script", () => {
  it.each([
    ["Сколько рабочих мест создаст Сункар?", /85/],
    ["Сункар қанша жұмыс орнын ашады?", /85/],
    ["Сколько рабочих мест будет у эркин?", /45/],
  ])("%s", async (question, want) => {
    const k = planIngest(base, {
      id: "short-name",
      title: "Short name",
      date: "2027-05-01",
      body: "Sunkar Ilac Sanayi LLP will build a plant in Aktobe. The plant will create 85 jobs.\n\nErkin Medical LLP will build a plant in Atyrau with 45 jobs.",
    }).knowledge;
    await engine().update(k);
    const a = await engine().answer(question);
    expect(a.route).toBe("tool");
    expect(a.answer).toMatch(want);
  });
});
