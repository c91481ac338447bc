import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { describeArticleSuite } from "../helpers/article-suite.js";
import { planArticle, published as publishedBy } from "../helpers/published.js";

/**
 * Kinds of real news that gave figures to the wrong subject, each with siblings in en/ru/kk
 * (tests/fixtures/news n111–): checked claim by claim on top of the seed.
 */

const base = loadKnowledge();
const article = (file: string) => readFileSync(new URL(`../fixtures/news/${file}`, import.meta.url), "utf8");
const published = (file: string) => publishedBy(base, article(file));

describe("a region's total with a member named after 'including' stays the region's, and so does 'they' after it", () => {
  it.each([
    [
      "n111-ru-shymkent-including.md",
      "Қаратау Фарм",
      ["investmentKzt 410", "jobs 3000"],
      ["investmentKzt 45"],
    ],
    ["n112-kk-shymkent-including.md", "Бадам Фарм", ["investmentKzt 410", "jobs 3000"], []],
    [
      "n113-en-pavlodar-including.md",
      "Irtysh Infusion",
      ["investmentKzt 380", "jobs 2400"],
      ["investmentKzt 21"],
    ],
    ["n114-ru-aktobe-among.md", "Ойыл Биотех", ["investmentKzt 260", "jobs 1800"], []],
  ])("%s", (file, company, region, own) => {
    const got = published(file);
    for (const r of region) expect(got).toContain(`scope:region ${r}`);
    expect(got.filter((g) => g.startsWith(`${company} `) && / (investmentKzt|jobs) /.test(g))).toEqual(
      own.map((o) => `${company} ${o}`),
    );
  });
});

describe("a memorandum's counterpart is the signer's partner, never a project with the signer's figures", () => {
  it.each([
    ["n115-en-memorandum-partner.md", "Nomad Pharm", "zydus", ["investmentUsd 50", "jobs 240"]],
    ["n116-ru-memorandum-partner.md", "Сайрам Дәрі", "gedeon-richter", ["investmentUsd 35", "jobs 180"]],
    ["n117-kk-memorandum-partner.md", "Ұлытау Фарм", "deva-holding", ["investmentUsd 28", "jobs 150"]],
  ])("%s", (file, company, partner, figures) => {
    const p = planArticle(base, article(file));
    const got = publishedBy(base, article(file));
    for (const f of figures) expect(got).toContain(`${company} ${f}`);
    expect(got.filter((g) => / (investmentUsd|jobs) /.test(g) && !g.startsWith(`${company} `))).toEqual([]);
    expect(got.filter((g) => / stage /.test(g))).toEqual([`${company} stage memorandum`]);
    const partners = p.claims.filter((c) => c.attribute === "partner").map((c) => c.value);
    expect(partners).toEqual([{ kind: "organisation", organisation: partner }]);
    expect(p.knowledge.dataset.projects.some((x) => x.company === partner)).toBe(false);
  });

  it("a ministry signing with a foreign company: the company's project, and talks with another are no stage of it", () => {
    const got = published("n118-en-ministry-memorandum.md");
    // (Bayer, "Germany's Bayer", is at talks of its own: no stage of Adamed's.)
    expect(got.filter((g) => / stage /.test(g))).toEqual(["Adamed stage memorandum", "Bayer stage talks"]);
    expect(got).toContain("Adamed investmentUsd 60");
    expect(got.filter((g) => g.startsWith("Construction "))).toEqual([]);
  });
});

describe("a launch planned for a year is a dated plan, never a launch", () => {
  it.each([
    ["n119-ru-launch-planned.md", "Сарыарқа Вакцина", "2034"],
    ["n120-en-launch-expected.md", "Steppe Vial", "2034"],
    ["n121-kk-launch-planned.md", "Жетісу Инсулин", "2034"],
    ["n122-en-launch-slated.md", "Caspian Infusion", "2035"],
  ])("%s", (file, company, year) => {
    const p = planArticle(base, article(file));
    const names = new Map(p.knowledge.dataset.organisations.map((o) => [o.id, o.name.en]));
    const owner = new Map(p.knowledge.dataset.projects.map((x) => [x.id, names.get(x.company)]));
    expect(publishedBy(base, article(file)).filter((g) => / stage (launched|signed)$/.test(g))).toEqual([]);
    const plans = p.claims
      .filter((c) => c.attribute === "milestone" && owner.get(c.subject.id) === company)
      .map((c) => c.value)
      .filter((v) => v.kind === "milestone" && !v.phase);
    expect(plans).toEqual([expect.objectContaining({ stage: "launched", date: year })]);
  });
});

describeArticleSuite("these kinds answered after ingest", "kinds.json", "news-kinds");

describe("a figure a change reached is no ceiling", () => {
  it.each([
    "# Стоимость завода пересмотрена\n\nКОСТАНАЙ, 5 сентября 2032 года. КАЗИНФОРМ – Стоимость завода ТОО «Торғай Инфузия» в Костанае увеличена до 27,4 млрд тенге.",
    "# Зауыттың құны өсті\n\nҚостанай, 2032 жылғы 5 қыркүйек. ҚАЗАҚПАРАТ – «Торғай Инфузия» ЖШС зауытының құны 27,4 млрд теңгеге дейін ұлғайтылды.",
    "# Plant cost revised\n\nKOSTANAY, September 5, 2032 (Kazinform) – The cost of Torgai Infusion LLP's plant has been revised up to 27.4 billion tenge.",
    "# Новые цифры\n\nКОСТАНАЙ, 5 сентября 2032 года. КАЗИНФОРМ – Стоимость проекта ТОО «Торғай Инфузия» выросла до 27,4 млрд тенге.",
  ])("%#", (body) => {
    const p = planArticle(base, body);
    const money = p.claims.find((c) => c.attribute === "investmentKzt")?.value;
    expect(money).toEqual(expect.objectContaining({ value: 27.4, qualifier: "exact" }));
  });

  it("'up to' and «до» before a plain figure stay a ceiling", () => {
    const p = planArticle(
      base,
      "# Новый завод\n\nКОСТАНАЙ, 5 сентября 2032 года. КАЗИНФОРМ – ТОО «Торғай Инфузия» создаст до 400 рабочих мест.",
    );
    expect(p.claims.find((c) => c.attribute === "jobs")?.value).toEqual(
      expect.objectContaining({ value: 400, qualifier: "up to" }),
    );
  });
});

describe("a company's jobs beside an official's figure for the industrial zone: each to its own subject", () => {
  it.each([
    ["n127-en-company-and-zone-jobs.md", "Shymkent Glass Pharm", 210, 1500],
    ["n128-ru-company-and-zone-jobs.md", "Талас Шприц", 160, 1200],
    ["n129-kk-company-and-zone-jobs.md", "Сыр Таблетка", 90, 900],
    ["n130-en-company-and-park-jobs.md", "Irtysh Serum", 130, 2000],
  ])("%s", (file, company, own, zone) => {
    const got = published(file);
    expect(got.filter((g) => / jobs /.test(g) && !g.startsWith("scope:"))).toEqual([
      `${company} jobs ${own}`,
    ]);
    expect(got).toContain(`scope:region jobs ${zone}`);
  });
});

describe("some of a region's projects counted by their sector are the region's sector, never a company's nor the country's", () => {
  it.each([
    ["n131-en-region-pharma-share.md", "kostanay-region", "Tobol Ampoule", [38.5, 610], [21, 300]],
    ["n132-ru-region-pharma-share.md", "pavlodar-region", "Ертіс Капсула", [52, 1100], [16, 240]],
    ["n133-kk-region-pharma-share.md", "zhambyl-region", "Мерке Вакцина", [19.8, 450], [12, 260]],
    ["n134-en-region-pharma-share.md", "atyrau-region", "Caspian Syringe", [44, 700], [9.5, 180]],
  ])("%s", (file, region, company, [money, jobs], [ownMoney, ownJobs]) => {
    const p = planArticle(base, article(file));
    const of = (id: string) =>
      p.claims
        .filter((c) => c.subject.id === id && c.status === "active" && c.value.kind === "figure")
        .map((c) => `${c.attribute} ${c.value.kind === "figure" ? c.value.value : ""}`);
    expect(of(`region-${region}-pharmaceutical`)).toEqual([`investmentKzt ${money}`, `jobs ${jobs}`]);
    expect(of(`region-${region}`)).not.toContain(`investmentKzt ${money}`);
    const got = published(file);
    expect(got.filter((g) => g.startsWith(`${company} `) && / (investmentKzt|jobs) /.test(g))).toEqual([
      `${company} investmentKzt ${ownMoney}`,
      `${company} jobs ${ownJobs}`,
    ]);
    expect(got.filter((g) => g.startsWith("scope:country"))).toEqual([]);
  });
});

describe("a digest item headed by a place with no company: a plant of that place, named by what and where it is, never a company's", () => {
  it.each([
    ["n152-kk-stalled-place-plant.md", "Plant in Aktobe", "investmentKzt 3.6", "aktobe", "Қараой Фарм"],
    [
      "n153-en-stalled-place-plant.md",
      "Plant in Khromtau industrial park, Aktobe Region",
      "investmentKzt 2.8",
      // The town itself, now that the gazetteer knows it (in Aktobe Region).
      "khromtau",
      "Tobol Syringe",
    ],
  ])("%s", (file, plant, figure, place, company) => {
    const got = published(file);
    expect(got).toContain(`${plant} ${figure}`);
    expect(got).toContain(`${plant} stage suspended`);
    expect(got.filter((g) => g.includes(figure) && !g.startsWith(`${plant} `))).toEqual([]);
    const p = planArticle(base, article(file));
    const org = p.knowledge.dataset.organisations.find((o) => o.name.en === plant);
    const project = p.knowledge.dataset.projects.find((x) => x.company === org?.id);
    expect(project?.sites.map((s) => s.place)).toContain(place);
    expect(got.some((g) => g.includes(company) && g.endsWith(" stage suspended"))).toBe(true);
  });
});

describe("a digest of stalled plants: each item's figures and stage to the name heading it, the lead's to nobody", () => {
  it.each([
    [
      "n135-en-stalled-bullets.md",
      [
        "MEDAK investmentUsd 25",
        "MEDAK stage suspended",
        "MEDAK jobs 80",
        "Borusan Ilac investmentUsd 18",
        "Borusan Ilac stage suspended",
        "Borusan Ilac stage talks",
        "Plant in Ekibastuz industrial zone, Pavlodar Region investmentKzt 4.2",
        "Plant in Ekibastuz industrial zone, Pavlodar Region stage suspended",
      ],
    ],
    [
      "n136-ru-stalled-bullets.md",
      [
        "ТАБИБ investmentUsd 12",
        "ТАБИБ stage suspended",
        "ТАБИБ jobs 70",
        "Нур Дәрі investmentKzt 6.8",
        "Нур Дәрі stage suspended",
        "Plant in the Ontustik Special Economic Zone investmentKzt 3.1",
        "Plant in the Ontustik Special Economic Zone stage suspended",
      ],
    ],
    [
      "n138-kk-stalled-bullets.md",
      [
        "ДАРМЕК investmentUsd 15",
        "ДАРМЕК stage suspended",
        "ДАРМЕК jobs 60",
        "Жайық Капсула investmentKzt 5.2",
        "Жайық Капсула stage suspended",
      ],
    ],
  ])("%s", (file, expected) => {
    expect(published(file)).toEqual(expected);
  });

  it("a company received as a delegation ('SAFA, a company from Jordan', 'SAFA's founder') is a company with its figures", () => {
    // The talks told in two sentences of the release are one stage claim.
    expect(published("n137-en-delegation.md")).toEqual([
      "SAFA stage talks",
      "SAFA investmentUsd 22",
      "SAFA jobs 90",
    ]);
  });
});

describe("a technology-transfer or licence agreement is the partner's deal, never an investment agreement of its own", () => {
  it.each([
    ["n139-en-technology-transfer.md", "Nura Insulin", "hjort-biologics"],
    ["n140-ru-technology-transfer.md", "Ертіс Вакцина", "pannon-bio"],
    ["n141-kk-technology-transfer.md", "Талас Таблетка", "rann-biotech"],
  ])("%s", (file, company, partner) => {
    const p = planArticle(base, article(file));
    expect(published(file).filter((g) => / stage /.test(g))).toEqual([`${company} stage signed`]);
    expect(p.claims.filter((c) => c.attribute === "partner").map((c) => c.value)).toEqual([
      { kind: "organisation", organisation: partner },
    ]);
    expect(p.knowledge.dataset.projects.some((x) => x.company === partner)).toBe(false);
  });

  it("a figure an earlier memorandum gave, recalled beside the new one, is nobody's, and the memorandum no stage of this report", () => {
    const body =
      "# Инсулин зауыты\n\nАСТАНА, 2032 жылғы 12 қыркүйек – «Нұра Инсулин» ЖШС-мен инвестициялық келісімге қол қойылды. Жобаның жалпы құны 30 млрд теңге болады. Былтыр қол қойылған меморандумда инвестиция көлемі 26 млрд теңге деп бағаланған еді.";
    expect(publishedBy(base, body)).toEqual(["Нұра Инсулин stage signed", "Нұра Инсулин investmentKzt 30"]);
  });
});

describe("a cost 'earlier estimated' beside the new figures is no current figure", () => {
  it.each([
    "# Plant nearly built\n\nTARAZ, June 3, 2032 – The Taraz Serum plant is almost ready. Its capacity is 20 million doses a year, and the construction cost was earlier estimated at about 6 billion tenge.",
    "# Завод почти готов\n\nТАРАЗ, 3 июня 2032 года – Завод ТОО «Тараз Сыворотка» почти готов. Стоимость строительства первоначально оценивалась в 6 млрд тенге.",
  ])("%#", (body) => {
    expect(publishedBy(base, body).filter((g) => / investmentKzt /.test(g))).toEqual([]);
  });
});

describe("a plant's design output told without a period: each item of the list is a capacity of the plant", () => {
  it.each([
    [
      "n142-en-design-output.md",
      ["40 million ampoules", "6 million vials of antibiotics", "9 million bottles of saline solution"],
    ],
    ["n143-ru-design-output.md", ["250 млн таблеток", "90 млн капсул", "7 млн флаконов сиропа"]],
    ["n144-en-monthly-capacity.md", ["3 mln bottles of antiseptic a month"]],
  ])("%s", (file, capacities) => {
    const p = planArticle(base, article(file));
    expect(
      p.claims
        .filter((c) => c.attribute === "capacity")
        .map((c) => (c.value.kind === "fact" ? c.value.text : "")),
    ).toEqual(capacities);
  });

  it("a title ending a capitalised run ('Kostanay Region Governor received …') is a person's office, no company", () => {
    expect(published("n144-en-monthly-capacity.md").filter((g) => !g.startsWith("NILE MED "))).toEqual([]);
  });
});

describe("why a project stopped, told in the next sentence; a date of another event in a relative clause is not the stop's", () => {
  it.each([
    ["n145-en-cause-next.md", "kordai-syringe-project", "a sharp rise in equipment prices"],
    ["n146-ru-cause-next.md", "elek-infuziya-project", "отказом банка финансировать проект"],
    ["n147-kk-cause-next.md", "zhaiyq-infuziya-project", "жабдық бағасының күрт өсуімен"],
  ])("%s", (file, project, because) => {
    const stages = planArticle(base, article(file)).claims.filter((c) => c.attribute === "stage");
    expect(stages.find((c) => c.subject.id === project)?.value).toEqual({
      kind: "stage",
      stage: "suspended",
      because,
    });
  });

  it("'…, whose first stone was laid on 12 March 2029 …, stood still' is a stop with no date of its own", () => {
    const stages = planArticle(base, article("n145-en-cause-next.md")).claims.filter(
      (c) => c.attribute === "stage",
    );
    expect(stages.find((c) => c.subject.id === "zhetysu-serum-project")?.value).toEqual({
      kind: "stage",
      stage: "suspended",
    });
  });
});

describe("what kinds of medicine a plant will make are its products, verbatim", () => {
  it.each([
    ["n148-ru-product-kinds.md", "инфузионные растворы, мази и таблетки"],
    ["n149-kk-product-kinds.md", "қызылшаға, қызамыққа және паротитке қарсы вакциналар"],
    ["n150-en-product-kinds.md", "human insulin and insulin analogues"],
    ["n151-kk-product-plant.md", "антибиотик"],
  ])("%s", (file, text) => {
    const products = planArticle(base, article(file)).claims.filter((c) => c.attribute === "product");
    expect(products.map((c) => (c.value.kind === "fact" ? c.value.text : ""))).toContain(text);
  });
});

describeArticleSuite(
  "kinds of a real-news stream answered after ingest",
  "kinds-real.json",
  "news-kinds-real",
);

describe("a launch date moved is the newest plan, never a launch", () => {
  it.each([
    [
      "# T\n\nASTANA, May 3, 2033 (Kazinform) – The launch of Aral Biomed LLP's plant in Kyzylorda has been pushed back to 2035.",
      "2035",
    ],
    [
      "# T\n\nASTANA, May 3, 2033 (Kazinform) – Commissioning of Aral Biomed LLP's plant in Kyzylorda was delayed until the second half of 2035.",
      "2035",
    ],
    [
      "# T\n\nКЫЗЫЛОРДА, 3 мая 2033 года. КАЗИНФОРМ – Запуск завода ТОО «Арал Биомед» перенесен на 2034 год.",
      "2034",
    ],
    [
      "# T\n\nКЫЗЫЛОРДА, 3 мая 2033 года. КАЗИНФОРМ – Сроки запуска завода ТОО «Арал Биомед» сдвинулись на 2035 год.",
      "2035",
    ],
    [
      "# T\n\nҚЫЗЫЛОРДА, 2033 жылғы 3 мамыр. ҚАЗАҚПАРАТ – «Арал Биомед» ЖШС зауытының іске қосылу мерзімі 2035 жылға ауыстырылды.",
      "2035",
    ],
    [
      "# T\n\nҚЫЗЫЛОРДА, 2033 жылғы 5 мамыр. ҚАЗАҚПАРАТ – «Арал Биомед» ЖШС зауытын іске қосу 2035 жылға шегерілді.",
      "2035",
    ],
  ])("%#", (body, year) => {
    const p = planArticle(base, body);
    expect(p.claims.filter((c) => c.value.kind === "stage" && c.value.stage === "launched")).toEqual([]);
    const plans = p.claims.filter((c) => c.attribute === "milestone").map((c) => c.value);
    expect(plans).toEqual([expect.objectContaining({ stage: "launched", date: year })]);
  });
});

describe("a staffing need is no jobs", () => {
  it.each([
    "# T\n\nARKALYK, April 1, 2033 (Kazinform) – Turgai Bio LLP will build a plant in Arkalyk. The company will need 300 specialists to run it, including laboratory staff.",
    "# T\n\nТАЛДЫКОРГАН, 2 апреля 2033 года. КАЗИНФОРМ – ТОО «Жетісу Медтех» построит завод в Талдыкоргане. Для работы завода потребуется 250 специалистов.",
    "# T\n\nПЕТРОПАВЛ, 2033 жылғы 3 сәуір. ҚАЗАҚПАРАТ – «Қызылжар Фарм» ЖШС Петропавлда зауыт салады. Зауыттың жұмысы үшін 200 маман қажет болады.",
  ])("%#", (body) => {
    expect(planArticle(base, body).claims.filter((c) => c.attribute === "jobs")).toEqual([]);
  });
});
