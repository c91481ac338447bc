import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { capacitiesOf } from "../../knowledge/extract/capacity.js";
import { type IngestPlan, planIngest } from "../../knowledge/ingest.js";
import { loadKnowledge } from "../../knowledge/load.js";

/**
 * Real news read whole: a capacity range keeps both ends, money a state allocated for a plant's
 * construction in a single-plant article is the plant's, a set of talks is a scope of its own with
 * its companies, projects and value, a launch that was moved keeps the date first planned, and a
 * plant is found by its other spellings. Fresh sentences and articles in en/ru/kk, written for these
 * tests (no copies of any stream article).
 */

const base = loadKnowledge();

function ingest(body: string, date = "2027-05-01", id = "reading-article"): IngestPlan {
  return planIngest(base, { id, title: "News article", date, body });
}

describe("doses a plant is to make with no period are its output only as a range or a ceiling", () => {
  it.each([
    [
      "30 миллионнан 60 миллион дозаға дейін препарат шығару жоспарланған;",
      ["30 миллионнан 60 миллион дозаға дейін"],
    ],
    ["The plant will produce up to 8 million doses of flu vaccine.", ["up to 8 million doses"]],
    ["Завод будет выпускать от 3 до 5 миллионов доз вакцины.", ["от 3 до 5 миллионов доз вакцины"]],
    // A volume to make, not a limit: no capacity.
    ["На мощностях комплекса поэтапно планируется выпустить 2 млн доз вакцины.", []],
    ["The plant will produce 4 million doses this year.", []],
    // Doses shipped are no output.
    ["According to Tugzhanov, 90,000 doses made in Karaganda are being shipped to all regions.", []],
  ])("%s", (sentence, phrases) => {
    expect(capacitiesOf(sentence)).toEqual(phrases);
  });
});

describe("a capacity range keeps both ends", () => {
  it.each([
    ["Завод будет выпускать от 20 до 45 миллионов ампул в год.", "от 20 до 45 миллионов ампул в год"],
    ["The new line will fill 10–25 million vials a year.", "10–25 million vials a year"],
    ["Its capacity is 5 to 8 thousand tonnes per year.", "5 to 8 thousand tonnes per year"],
    ["Кешен жылына 15-тен 40 миллионға дейін шприц шығарады.", "жылына 15-тен 40 миллионға дейін шприц"],
    [
      "Мощность цеха составит около одного миллиона флаконов в месяц.",
      "около одного миллиона флаконов в месяц",
    ],
  ])("%s", (sentence, phrase) => {
    expect(capacitiesOf(sentence)).toEqual([phrase]);
  });
});

/** The published figures of a plan, as "subject attribute value". */
function figures(plan: IngestPlan): string[] {
  return plan.claims
    .filter((c) => c.status === "active" && c.value.kind === "figure")
    .map((c) => `${c.subject.id} ${c.attribute} ${c.value.kind === "figure" ? c.value.value : ""}`);
}

describe("money allocated for one plant's construction is the plant's", () => {
  it.each([
    [
      "# Pavlodar insulin plant passes its first test\n\nPAVLODAR, 3 March 2027. The Irtysh Insulin Plant in Pavlodar region has run its first trial batch.\n\nThe governor said the equipment is being validated.\n\nIn 2025–2026 the state allocated about $21.4 million for the construction.",
      "investmentUsd 21.4",
    ],
    [
      "# Костанайский завод вакцин провёл пробный запуск\n\nКОСТАНАЙ, 3 марта 2027 года. Тобольский биологический завод в Костанайской области провёл пробный запуск.\n\nСейчас оборудование проходит валидацию.\n\nВ 2025–2026 годах государство выделило на строительство около 9,3 млрд тенге.",
      "investmentKzt 9.3",
    ],
    [
      "# Ақтөбедегі Ilek Biotech зауыты сынақтан өтті\n\nАҚТӨБЕ, 2027 жылғы 3 наурыз. Ақтөбе облысындағы Ilek Biotech зауыты алғашқы сынақтан өтті.\n\nҚұрылысқа мемлекет 7,2 млрд теңге бөлді.",
      "investmentKzt 7.2",
    ],
  ])("%#", (body, want) => {
    expect(figures(ingest(body)).some((f) => f.endsWith(want))).toBe(true);
  });

  it("a region's total in the same kind of sentence stays the region's", () => {
    const plan = ingest(
      "# Pavlodar insulin plant passes its first test\n\nPAVLODAR, 3 March 2027. The Irtysh Insulin Plant in Pavlodar region has run its first trial batch.\n\nIn 2026 the state allocated 48 billion tenge for construction projects across the region.",
    );
    expect(
      figures(plan)
        .filter((f) => f.includes("investmentKzt 48"))
        .every((f) => f.startsWith("region-")),
    ).toBe(true);
  });
});

/** The published claims of a plan about one subject kind, as "attribute value" strings. */
function setClaims(plan: IngestPlan): { figures: string[]; members: string[]; name: string; stage?: string } {
  const { dataset } = plan.knowledge;
  const set = dataset.scopes.find((s) => s.kind === "set" && s.citation.source === "reading-article");
  const names = new Map(dataset.organisations.map((o) => [o.id, o.name.en]));
  const company = new Map(dataset.projects.map((p) => [p.id, p.company]));
  return {
    figures: Object.entries(set?.figures ?? {}).map(([a, f]) => `${a} ${f?.qualifier} ${f?.value}`),
    members: (set?.members ?? []).map((m) => names.get(company.get(m) ?? "") ?? m),
    name: set?.name.en ?? "",
    ...(set?.stage ? { stage: set.stage.value } : {}),
  };
}

describe("talks with several companies are a set of their own", () => {
  it.each([
    [
      "# Ministry in talks with drug makers\n\nASTANA, 3 March 2027. The Health Ministry is negotiating with five companies on 12 investment projects.\n\nThe talks involve Abbott, Baxter, Viatris, Zentiva and Recordati. Their projects are worth more than 40 billion tenge.",
      ["Abbott", "Baxter", "Viatris", "Zentiva", "Recordati"],
      ["projects exact 12", "investmentKzt more than 40"],
    ],
    [
      "# Минздрав ведёт переговоры с фармкомпаниями\n\nАСТАНА, 3 марта 2027 года. На разных стадиях идут переговоры с четырьмя компаниями по 10 проектам. Это Abbott, Baxter, Viatris и Recordati. Объём инвестиций составит более 25 млрд тенге.",
      ["Abbott", "Baxter", "Viatris", "Recordati"],
      ["projects exact 10", "investmentKzt more than 25"],
    ],
    [
      "# Министрлік фармкомпаниялармен келіссөз жүргізуде\n\nАСТАНА, 2027 жылғы 3 наурыз. Министрлік төрт компаниямен 8 жоба бойынша келіссөз жүргізіп жатыр. Олар – Abbott, Baxter, Viatris және Recordati. Инвестиция көлемі 20 млрд теңгеден асады.",
      ["Abbott", "Baxter", "Viatris", "Recordati"],
      ["projects exact 8", "investmentKzt more than 20"],
    ],
  ])("%#", (body, members, figures) => {
    const plan = ingest(body);
    const set = setClaims(plan);
    expect(set.members.sort()).toEqual([...members].sort());
    expect(set.figures.sort()).toEqual([...figures].sort());
    expect(set.stage).toBe("talks");
    expect(set.name).toMatch(/^talks with \d companies/);
    // Members never get the set's figures, and are at the talks stage, never signed.
    const own = plan.claims.filter((c) => c.subject.type === "project" && c.status === "active");
    expect(own.filter((c) => c.value.kind === "figure")).toEqual([]);
    expect(
      own
        .filter((c) => c.value.kind === "stage")
        .every((c) => c.value.kind === "stage" && c.value.stage === "talks"),
    ).toBe(true);
  });
});

describe("a list of the companies in talks, one name an item, makes the set's members", () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../fixtures/news/${name}`, import.meta.url), "utf8");
  it.each([
    [
      "n24-en-talks-bullets.md",
      [
        "Bayer",
        "Gedeon Richter",
        "Servier",
        "Abbott",
        "Polfa Tarchomin",
        "Eczacibasi Pharmaceuticals and Medical Products",
      ],
      ["projects exact 9", "investmentKzt more than 30"],
    ],
    [
      "n25-ru-talks-bullets.md",
      ["Bayer", "Servier", "Krka", "Zentiva", "Герофарм"],
      ["projects exact 8", "investmentKzt more than 22"],
    ],
    [
      "n26-kk-talks-bullets.md",
      ["Bayer", "Servier", "Krka", "Zentiva"],
      ["projects exact 7", "investmentKzt more than 12"],
    ],
  ])("%s", (file, members, figures) => {
    const plan = ingest(fixture(file));
    const set = setClaims(plan);
    expect(set.members.sort()).toEqual([...members].sort());
    expect(set.figures.sort()).toEqual([...figures].sort());
    expect(set.stage).toBe("talks");
    // "the Development of the Industry", "the Strategy of the Sector": a document's title names no company.
    const names = plan.knowledge.dataset.organisations.map((o) => o.name.en);
    expect(names.filter((n) => /^(Industry|Sector|Development|Roadmap|Strategy)$/u.test(n))).toEqual([]);
    const own = plan.claims.filter((c) => c.subject.type === "project" && c.status === "active");
    expect(own.filter((c) => c.value.kind === "figure")).toEqual([]);
    // The quote's "The investment will come to more than …" goes on about the set its sentence before counted.
    expect(plan.claims.filter((c) => c.status === "held").map((c) => c.quote)).toEqual([]);
  });
});

describe("a launch that was moved keeps the date first planned", () => {
  it.each([
    [
      "# Plant launch moved\n\nSHYMKENT, 2 June 2027. The Shymkent Pharmaceutical Plant was originally planned to start working in the first quarter of 2027; production is now planned to start in October.",
      ["2027-01 earlier", "2027-10"],
    ],
    [
      "# Запуск перенесли\n\nШЫМКЕНТ, 2 июня 2027 года. Шымкентский фармацевтический завод должен был заработать в первом квартале 2027 года, теперь запуск перенесён. «В октябре мы планируем запустить выпуск», – сказал аким. Первоначально предполагалось, что завод заработает в первом квартале 2027 года.",
      ["2027-01 earlier", "2027-10"],
    ],
    [
      "# Зауыттың іске қосылуы ауыстырылды\n\nШЫМКЕНТ, 2027 жылғы 2 маусым. Шымкент фармацевтикалық зауыты бастапқыда 2027 жылдың бірінші тоқсанында жұмыс істей бастайды деп жоспарланған.",
      ["2027-01 earlier"],
    ],
  ])("%#", (body, want) => {
    const plans = ingest(body)
      .claims.filter((c) => c.attribute === "milestone")
      .map((c) =>
        c.value.kind === "milestone" ? `${c.value.date}${c.value.earlier ? " earlier" : ""}` : "",
      );
    expect([...new Set(plans)].sort()).toEqual(want);
  });

  it("the view keeps the first plan under the one that replaced it", () => {
    const plan = ingest(
      "# Plant launch moved\n\nSHYMKENT, 2 June 2027. The Shymkent Pharmaceutical Plant was originally planned to start working in the first quarter of 2027; production is now planned to start in October.",
    );
    const project = plan.knowledge.dataset.projects.find(
      (p) => p.milestones?.length && p.company.includes("shymkent"),
    );
    expect(project?.milestones?.map((m) => [m.date, m.earlier?.map((e) => e.date)])).toEqual([
      ["2027-10", ["2027-01"]],
    ]);
  });
});

describe("a plant is found by its other spellings", () => {
  it.each([
    ["Карагандинский фармкомплекс нарастил выпуск вакцины.", "Karaganda pharmaceutical complex"],
    ["The Karaganda Pharmaceutical Plant has raised its output.", "Карагандинский фармкомплекс"],
    ["Қарағанды фармацевтикалық кешені вакцина шығарады.", "Karaganda pharmaceutical factory"],
  ])("%s", (sentence, spelling) => {
    const plan = ingest(`# Plant news\n\nKARAGANDA, 2 June 2027. ${sentence} It will create 50 jobs.`);
    const plant = plan.knowledge.dataset.organisations.find((o) => o.id === "karaganda-plant");
    expect(plant?.aliases.map((a) => a.toLowerCase())).toContain(spelling.toLowerCase());
  });
});
