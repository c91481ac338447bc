import { describe, expect, it } from "vitest";
import { findFigures } from "../../knowledge/extract/figures.js";
import { findNames } from "../../knowledge/extract/names.js";
import { planIngest } from "../../knowledge/ingest.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { splitSentences } from "../../knowledge/sentences.js";

const read = (sentence: string, lang: "en" | "ru" | "kk" = "en") =>
  findFigures(sentence, lang).figures.map((f) => [f.attribute, f.qualifier, f.value, f.text]);

describe("figures in a sentence", () => {
  it.each([
    [
      "The company will invest 24.6 billion tenge (about US$49 million).",
      "en",
      [
        ["investmentKzt", "exact", 24.6, "24.6"],
        ["investmentUsd", "around", 49, "49"],
      ],
    ],
    [
      "The plant will cost KZT 500 million and create 1,200 jobs.",
      "en",
      [
        ["investmentKzt", "exact", 0.5, "500"],
        ["jobs", "exact", 1200, "1,200"],
      ],
    ],
    [
      "It plans to invest $1.2 billion and make thirty-five medicines.",
      "en",
      [
        ["investmentUsd", "exact", 1200, "1.2"],
        ["medicines", "exact", 35, "thirty-five"],
      ],
    ],
    [
      "The factory will make 53 medicines, 17 of which are socially significant, and create at least 200 jobs.",
      "en",
      [
        ["medicines", "exact", 53, "53"],
        ["sociallySignificant", "exact", 17, "17"],
        ["jobs", "at least", 200, "200"],
      ],
    ],
    [
      "It will employ more than 290 people and up to 40 specialists.",
      "en",
      [
        ["jobs", "more than", 290, "290"],
        ["jobs", "up to", 40, "40"],
      ],
    ],
    [
      "Стоимость проекта оценивается примерно в 60 млн долларов.",
      "ru",
      [["investmentUsd", "approximately", 60, "60"]],
    ],
    [
      "Завод создаст не менее ста пятидесяти рабочих мест и выпустит 25 наименований препаратов, из них 9 социально значимых.",
      "ru",
      [
        ["jobs", "at least", 150, "ста пятидесяти"],
        ["medicines", "exact", 25, "25"],
        ["sociallySignificant", "exact", 9, "9"],
      ],
    ],
    ["Инвестиции составят около 12,3 млрд тенге.", "ru", [["investmentKzt", "around", 12.3, "12,3"]]],
    [
      "Кәсіпорын шамамен 400 жұмыс орнын ашады, құны 15 млрд теңге.",
      "kk",
      [
        ["jobs", "around", 400, "400"],
        ["investmentKzt", "exact", 15, "15"],
      ],
    ],
    ["Жобада 290-нан астам адам жұмыспен қамтылады.", "kk", [["jobs", "more than", 290, "290"]]],
    ["Зауытта үш жүз жұмыс орны ашылады.", "kk", [["jobs", "exact", 300, "үш жүз"]]],
    ["The number of jobs stays at about 265.", "en", [["jobs", "around", 265, "265"]]],
    ["Количество рабочих мест составит 310.", "ru", [["jobs", "exact", 310, "310"]]],
  ] as const)("%s", (sentence, lang, expected) => {
    expect(read(sentence, lang)).toEqual(expected);
  });

  it.each([
    ["Kazakhstan imports about 70% of the medicines it consumes."],
    ["The plant is designed to turn out 30 million tablets and 90 million capsules."],
    ["Its capacity will be 447.2 million units."],
    ["Олар бойынша фармацевтикалық өнімнің 4 мыңға жуық түрі жеткізіледі."],
    ["In April 2024, the ministry signed three agreements."],
    ["Бұл жоба бірге жұмыс орнын ашуға мүмкіндік береді, онда жұмыс орны көп."],
  ])("finds no figure of a project in %s", (sentence) => {
    // Counts of agreements or projects, and growth, are figures of a scope (a sector, a region), not of a project.
    const scoped = new Set(["agreements", "projects", "growth", "investmentGrowth"]);
    expect(
      read(sentence, /[а-яә]/i.test(sentence) ? "kk" : "en").filter(([a]) => !scoped.has(a as string)),
    ).toEqual([]);
  });
});

describe("new organisation names", () => {
  it.each([
    ["The largest of the three is Astana Pharmbiosyntesis LLP.", ["Astana Pharmbiosyntesis"]],
    ["JuldyzKenanCo., LTD LLP will put 1.7 billion tenge into a plant.", ["JuldyzKenanCo"]],
    [
      "Министр встретилась с представителями индийской компании MSN Group и компании «КФК МЕДСЕРВИС ПЛЮС».",
      ["MSN Group", "КФК МЕДСЕРВИС ПЛЮС"],
    ],
    ["ООО «Фармстандарт» построит завод.", ["Фармстандарт"]],
    ["«Оңтүстік Фарм Индастри» ЖШС Шымкент қаласында зауыт салады.", ["Оңтүстік Фарм Индастри"]],
    ["Polpharma will build a plant in Almaty.", ["Polpharma"]],
    [
      "Kazakhstan's first insulin plant, built by Polfa Kazakhstan, will open in Shymkent.",
      ["Polfa Kazakhstan"],
    ],
    ["In Aktobe, the Aktobe Pharmaceutical Plant will double its capacity.", ["Aktobe Pharmaceutical Plant"]],
  ])("%s", (sentence, names) => {
    expect(findNames(sentence).map((n) => n.name)).toEqual(names);
  });

  it("marks government bodies, which never own a project", () => {
    expect(findNames("The Ministry of Industry will sign the deal.").every((n) => n.government)).toBe(true);
  });
});

describe("datelines", () => {
  it.each([
    ["ASTANA, March 3 (Kazinform) – The ministry and Vivapharm signed an agreement.", "The ministry"],
    [" date 2026-01-23 ALMATY – Kazakh Prime Minister Olzhas Bektenov has signed.", "Kazakh Prime"],
  ])("leaves the dateline out of the first sentence: %s", (body, start) => {
    expect(splitSentences(body)[0]?.text.startsWith(start)).toBe(true);
  });
});

describe("a company named only in the headline", () => {
  it.each([
    [
      "# Vivapharm to build a plant in Taraz\n\nThe company will invest 10 billion tenge, creating 200 jobs.",
      "vivapharm",
    ],
    [
      "# Новый завод «Тараз Фарм» в Жамбылской области\n\nЗавод обойдется в 7 млрд тенге и даст 140 рабочих мест.",
      "taraz-farm",
    ],
    [
      "# «Жамбыл Фарм» жаңа зауыт салады\n\nЗауыттың құны 7 млрд теңге, онда 140 адам жұмыс істейді.",
      "zhambyl-farm",
    ],
  ])("is the subject of the body's figures: %s", (body, company) => {
    const plan = planIngest(loadKnowledge(), { id: "headline", title: "Headline", date: "2026-11-01", body });
    const figures = plan.claims.filter((c) => c.value.kind === "figure");
    expect(figures.map((c) => c.subject.id)).toEqual(figures.map(() => `${company}-project`));
    expect(figures.map((c) => c.attribute).sort()).toEqual(["investmentKzt", "jobs"]);
  });
});

describe("names written with Latin letters beyond ASCII", () => {
  it.each([
    ["Turkish Koçsel Pharma to build API plant in Aktobe", "Koçsel Pharma"],
    ["Şahinler Pharma will build a plant in Shymkent", "Şahinler Pharma"],
    ["Polish Łukasiewicz Pharm has signed an agreement", "Łukasiewicz Pharm"],
  ])("%s → %s, never the company word alone", (sentence, name) => {
    const names = findNames(sentence, { title: true }).map((m) => m.name);
    expect(names).toContain(name);
    expect(names).not.toContain("Pharma");
  });
});

describe("company words alone name no company", () => {
  it.each(["Pharma will build a plant in Aktobe", "The Group Holding has signed an agreement"])("%s", (s) => {
    const names = findNames(s, { title: true }).map((m) => m.name.toLowerCase());
    expect(names).not.toContain("pharma");
    expect(names).not.toContain("group holding");
  });
});
