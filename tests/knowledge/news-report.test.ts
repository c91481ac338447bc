import { describe, expect, it } from "vitest";
import { reportTable } from "../../bot/render/ingest-report.js";
import { planIngest } from "../../knowledge/ingest.js";
import { loadKnowledge } from "../../knowledge/load.js";
import type { Lang } from "../../knowledge/schema.js";
import { amountText } from "../../tools/render/number.js";

/**
 * What the ingest report and the answers say of a figure: a range as the range, "up to" as a
 * ceiling, and a figure held because its subject is uncertain as exactly that, with its candidates.
 */

const base = loadKnowledge();

const citation = { source: "s", quote: "q" };

describe("a range is written as the range, a ceiling as a ceiling", () => {
  it.each<[Lang, Parameters<typeof amountText>[0], RegExp]>([
    ["en", { value: 150, upTo: 200, unit: "jobs", qualifier: "at least" }, /^150–200 jobs$/],
    ["ru", { value: 40, upTo: 60, unit: "billion KZT", qualifier: "at least" }, /^40–60 млрд/],
    ["kk", { value: 150, upTo: 200, unit: "jobs", qualifier: "at least" }, /^150–200 /],
    ["en", { value: 200, unit: "jobs", qualifier: "up to" }, /^up to 200 jobs$/],
  ])("%s %j", (lang, figure, want) => {
    expect(amountText(figure, lang)).toMatch(want);
    expect(amountText(figure, lang)).not.toMatch(/at least|не менее|кемінде/);
  });

  it.each<[Lang, Parameters<typeof amountText>[0], RegExp]>([
    ["en", { value: 1080, unit: "million USD", qualifier: "exact", citation }, /^US\$1\.08 billion$/],
    [
      "ru",
      { value: 1080, unit: "million USD", qualifier: "around", citation },
      /^около 1,08 млрд долларов США$/,
    ],
    ["kk", { value: 2500, unit: "million USD", qualifier: "exact", citation }, /^2,5 млрд АҚШ доллары$/],
    ["en", { value: 999, unit: "million USD", qualifier: "exact", citation }, /^US\$999 million$/],
    // A derived sum keeps the unit its arithmetic is written in.
    ["en", { value: 1080, unit: "million USD", qualifier: "exact" }, /^US\$1,080 million$/],
  ])("a stated thousand million dollars or more reads as billions: %s %j", (lang, figure, want) => {
    expect(amountText(figure, lang)).toMatch(want);
  });

  it.each([
    ["Ulytau Pharm LLP will build a plant in Zhezkazgan that will create 150–200 jobs.", /150–200 jobs/],
    ["ТОО «Жезказган Фарм» построит завод, который создаст от 120 до 180 рабочих мест.", /120–180 jobs/],
    ["«Ұлытау Дәрі» ЖШС зауыты 90-нан 110-ға дейін жұмыс орнын ашады.", /90–110 jobs/],
  ])("the report of %s", (body, want) => {
    const plan = planIngest(base, { id: "range", title: "Range", date: "2027-05-01", body });
    expect(reportTable(plan, "en")).toMatch(want);
  });
});

describe("a figure held for its subject says so, with its candidates", () => {
  it.each([
    "Kokshe Pharm LLP and Burabay Bio LLP signed agreements in Kokshetau. The new line will cost 9 billion tenge.",
    "ТОО «Кокше Фарм» и ТОО «Бурабай Био» подписали соглашения в Кокшетау. Новая линия обойдётся в 9 млрд тенге.",
    "«Көкше Фарм» ЖШС мен «Бурабай Био» ЖШС Көкшетауда келісімге қол қойды. Жаңа желіге 9 млрд теңге жұмсалады.",
  ])("%s", (body) => {
    const plan = planIngest(base, { id: "held", title: "Held", date: "2027-05-01", body });
    const held = plan.claims.filter((c) => c.status === "held");
    expect(held.map((c) => c.hold)).toEqual(held.map(() => "subject"));
    const report = reportTable(plan, "en");
    expect(report).not.toMatch(/out of line/);
    if (held.length) expect(report).toMatch(/uncertain \(candidates: [^)]*(Bio|Био)[^)]*, or none\)/);
  });
});
