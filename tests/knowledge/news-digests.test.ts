import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { planArticle, published as publishedBy } from "../helpers/published.js";

/**
 * Digests of several projects as real wires write them (tests/fixtures/news n91–n97, en/ru/kk,
 * written for these tests), checked claim by claim on top of the seed: a company the sources know
 * as another's partner ("Turkish Nobel İlaç will expand …", «Китайская компания Sinovac построит …»)
 * is its own sentence's company; a company named only beside the akimat it signs with ("Ontustik
 * Bio and the akimat signed", «Vetpreparat Shymkent и акимат подписали», «Ertis Vet пен облыс
 * әкімдігі … қол қойды») is a company; and how far construction has gone is the stage "under
 * construction". No figure goes to the company of the paragraph before.
 */

const base = loadKnowledge();
const article = (file: string) => readFileSync(new URL(`../fixtures/news/${file}`, import.meta.url), "utf8");
const published = (file: string) => publishedBy(base, article(file));

describe("a known partner company opening its sentence as the doer is that sentence's company", () => {
  it.each([
    [
      "n91-en-almaty-digest.md",
      ["Nobel İlaç", "Sinopharm"],
      ["Sinopharm investmentKzt 12", "Sinopharm jobs 200", "Qazaq Vet Pharm investmentKzt 8.5"],
    ],
    [
      "n96-ru-kostanay-digest.md",
      ["Sinovac"],
      ["Tobol Veterinary investmentKzt 3.6", "Tobol Veterinary jobs 55"],
    ],
    ["n97-kk-oskemen-digest.md", ["World Medicine"], ["Ertis Vet investmentKzt 2.9", "Ertis Vet jobs 45"]],
  ])("%s", (file, doers, figures) => {
    const got = published(file);
    for (const d of doers) expect(got.some((g) => g.startsWith(`${d} stage `))).toBe(true);
    expect(got).toEqual(expect.arrayContaining(figures));
  });
});

describe("a company named beside the akimat it signs with is a company, with its own figures", () => {
  it.each([
    [
      "n92-ru-shymkent-digest.md",
      "Vetpreparat Shymkent",
      "memorandum",
      ["investmentKzt 4.2", "jobs 60"],
      "Santa Farma",
    ],
    ["n94-en-turkistan-update.md", "Ontustik Bio", "signed", [], "Zydus Lifesciences"],
    ["n97-kk-oskemen-digest.md", "Ertis Vet", "signed", ["investmentKzt 2.9", "jobs 45"], "World Medicine"],
  ])("%s", (file, company, stage, figures, other) => {
    const got = published(file);
    expect(got).toContain(`${company} stage ${stage}`);
    for (const f of figures) expect(got).toContain(`${company} ${f}`);
    // The company of the paragraph before keeps none of them.
    for (const f of figures) expect(got.filter((g) => g.startsWith(other) && g.endsWith(f))).toEqual([]);
    expect(got.filter((g) => g.startsWith(other) && / stage (memorandum|signed)$/.test(g))).toEqual([]);
  });
});

describe("how far construction has gone is the stage under construction, never talks", () => {
  it.each([
    ["n91-en-almaty-digest.md", "Nobel İlaç"],
    ["n92-ru-shymkent-digest.md", "Santa Farma"],
    ["n93-kk-taraz-vet.md", "Agro Vet Pharm"],
    ["n94-en-turkistan-update.md", "Zydus"],
    ["n96-ru-kostanay-digest.md", "Tobol Veterinary"],
    ["n97-kk-oskemen-digest.md", "Ertis Vet"],
  ])("%s", (file, company) => {
    const got = published(file);
    expect(got.filter((g) => g.startsWith(company) && g.includes(" stage under construction"))).not.toEqual(
      [],
    );
    expect(got.filter((g) => / stage talks$/.test(g))).toEqual([]);
  });
});

describe("a name unread before 'and the akimat signed' leaves the next figures to nobody", () => {
  it("holds them rather than give them to the paragraph before's company", () => {
    const body = article("n97-kk-oskemen-digest.md").replace(
      "ветеринариялық вакциналар шығаратын зауыт салу туралы келісімге",
      "бір екі үш төрт бес алты жеті сегіз тоғыз он он бір келісімге",
    );
    const got = publishedBy(base, body);
    expect(
      got.filter((g) => g.startsWith("World Medicine") && / (investmentKzt 2.9|jobs 45)$/.test(g)),
    ).toEqual([]);
  });
});

/** "Company: product text (audience)" for every product fact an article would publish. */
function products(file: string): string[] {
  const p = planArticle(base, article(file));
  const names = new Map(p.knowledge.dataset.organisations.map((o) => [o.id, o.name.en]));
  const company = new Map(p.knowledge.dataset.projects.map((x) => [x.id, x.company]));
  return p.claims
    .filter((c) => c.attribute === "product" && c.value.kind === "fact")
    .map((c) => {
      const v = c.value.kind === "fact" ? c.value : undefined;
      const who = names.get(company.get(c.subject.id) ?? "") ?? c.subject.id;
      return `${who}: ${v?.text}${v?.audience ? ` (${v.audience})` : v?.medicine === false ? " (no medicine)" : ""}`;
    });
}

describe("what a plant is for: medicines for animals, medical devices, or (unsaid) medicines for people", () => {
  it.each([
    [
      "n91-en-almaty-digest.md",
      ["Qazaq Vet Pharm: veterinary medicines (veterinary)", "Sinopharm: medical devices (no medicine)"],
    ],
    ["n92-ru-shymkent-digest.md", ["Vetpreparat Shymkent: ветеринарных препаратов (veterinary)"]],
    ["n93-kk-taraz-vet.md", ["Jiangsu Hengrui: медициналық бұйымдар (no medicine)"]],
    ["n94-en-turkistan-update.md", ["Ontustik Bio: feed additive and veterinary vaccine (veterinary)"]],
    ["n95-ru-pavlodar-devices.md", ["Hanmi Medical: медицинских изделий (no medicine)"]],
    ["n96-ru-kostanay-digest.md", ["Tobol Veterinary: ветеринарных препаратов (veterinary)"]],
    ["n97-kk-oskemen-digest.md", ["Ertis Vet: ветеринариялық вакциналар (veterinary)"]],
  ])("%s", (file, expected) => {
    // Medicines for people ("human medicines", «лекарственных средств для человека», «дәрі-дәрмек») are no such fact.
    expect(products(file)).toEqual(expected);
  });
});

describe("a nationality before a name is no part of it", () => {
  it.each([
    [
      "# Indian Zydus plant reaches 80% readiness\n\nTURKISTAN, June 3 (Kazinform) – Construction of the Zydus Lifesciences pharmaceutical plant in the TURAN Special Economic Zone is 80% complete. Total investment is USD 45 mln.",
      "Zydus investmentUsd 45",
    ],
    [
      "# Турецкая Atabay построит завод в Шымкенте\n\nШЫМКЕНТ, 4 мая (Kazinform) – Турецкая фармацевтическая компания Atabay Kimya построит завод в Шымкенте стоимостью 40 млн долларов.",
      "Atabay investmentUsd 40",
    ],
    [
      "# Үнділік Sun Pharma Шымкентте зауыт салады\n\nШЫМКЕНТ, 4 мамыр (Kazinform) – Үнділік Sun Pharma компаниясы Шымкентте 30 млн долларлық зауыт салады.",
      "Sun Pharma investmentUsd 30",
    ],
    [
      "# Egyptian Pharco plant starts production\n\nTURKISTAN, May 4 (Kazinform) – The Egyptian Pharco Pharmaceuticals plant in the TURAN Special Economic Zone has started production. The plant, worth $35 million, employs 210 people.",
      "Pharco investmentUsd 35",
    ],
  ])("%s", (body, expected) => {
    const got = publishedBy(base, body);
    expect(got).toContain(expected);
    expect(got.filter((g) => /^(Indian|Турецкая|Үнділік|Egyptian|The Egyptian) /u.test(g))).toEqual([]);
  });
});

/** What an article would publish after another was ingested first. */
function publishedAfter(first: string, body: string): string[] {
  const k = planArticle(base, first, "2030-01-10", "first-article").knowledge;
  return publishedBy(k, body);
}

describe("a word in lower case is no known company that sounds like it", () => {
  it.each([
    [
      "Stada will build a plant in Almaty worth 20 billion tenge.",
      "# В Актобе запустили завод «Актобе Биофарм»\n\nАКТОБЕ, 20 февраля (Kazinform) – В Актобе запущен завод ТОО «Актобе Биофарм».\n\nВторая очередь стоимостью 9,6 млрд тенге находится на стадии строительства.",
      "Stada",
    ],
    [
      "Kenes Biotech will build a plant in Karaganda worth 20 billion tenge.",
      "# Үш жоба мақұлданды\n\nТҮРКІСТАН, 11 сәуір (Kazinform) – Облыстық инвестициялық кеңесте жалпы құны 48 млрд теңге болатын үш фармацевтикалық жоба мақұлданды.\n\n- Sairam Pharm – 18 млрд теңге;\n- Kentau Bio – 21 млрд теңге;\n- Otyrar Vet – 9 млрд теңге.",
      "Kenes Biotech",
    ],
    [
      "Vector Pharm will build a plant in Almaty worth 20 billion tenge.",
      "# Aktau plant gets a new line\n\nAKTAU, May 2 (Kazinform) – Caspian Remedia LLP will invest 6 billion tenge in a new line, a vector of growth for the region's industry.",
      "Vector Pharm",
    ],
  ])("%s", (first, body, known) => {
    const got = publishedAfter(`# ${known}\n\n${first}`, body);
    expect(got.filter((g) => g.startsWith(known))).toEqual([]);
  });
});

describe("a company found by the relative clause of its deed", () => {
  it.each([
    ["n98-en-karaganda-interview.md", "Sary-Arka Insulin"],
    [
      "# Kostanay\n\nKOSTANAY, June 3 (Kazinform) – Tobyl Generics, which built a tablet plant in Kostanay, employs 120 people.",
      "Tobyl Generics",
    ],
    [
      "# Костанай\n\nКОСТАНАЙ, 3 июня (Kazinform) – Tobyl Dari, которая построила завод таблеток в Костанае, будет выпускать 30 препаратов.",
      "Tobyl Dari",
    ],
  ])("%s", (source, company) => {
    const got = source.endsWith(".md") ? published(source) : publishedBy(base, source);
    expect(got.some((g) => g.startsWith(`${company} `))).toBe(true);
  });
});

describe("an amount on top of the project's is no figure of it", () => {
  it.each([
    ["n98-en-karaganda-interview.md", ["39.5", "200", "150-200"]],
    [
      "# Костанай\n\nКОСТАНАЙ, 3 июня (Kazinform) – Компания «Тобыл Дәрі», которая построила завод таблеток в Костанае, готова дополнительно вложить 5 млрд тенге и создать ещё 80 рабочих мест.",
      ["5", "80"],
    ],
    [
      "# Ақтөбе\n\nАҚТӨБЕ, 3 маусым (Kazinform) – «Ақтөбе Дәрі» ЖШС Ақтөбеде таблетка зауытының құрылысын бастады. Компания қосымша 2 млрд теңге салуға дайын.",
      ["2"],
    ],
  ])("%s", (source, values) => {
    const got = source.endsWith(".md") ? published(source) : publishedBy(base, source);
    const money = got.filter((g) => / (investmentKzt|investmentUsd|jobs) /.test(g));
    for (const v of values) expect(money.filter((g) => g.endsWith(` ${v}`))).toEqual([]);
  });
});

describe("the first line is a phase; talks of a plant the article reports running are no stage of it", () => {
  it.each([
    ["n98-en-karaganda-interview.md", "Sary-Arka Insulin"],
    [
      "# Костанай\n\nКОСТАНАЙ, 3 июня (Kazinform) – Tobyl Dari построила завод в Костанае. Первая линия завода стоимостью 7 млрд тенге запущена в прошлом году. Компания готова вложить 5 млрд тенге во вторую линию.",
      "Tobyl Dari",
    ],
    [
      "# Ақтөбе\n\nАҚТӨБЕ, 3 маусым (Kazinform) – Aktobe Dari зауытын іске қосты. Бірінші желісінің құны 4 млрд теңге. Компания екінші желіге инвестиция салуға дайын.",
      "Aktobe Dari",
    ],
  ])("%s", (source, company) => {
    const got = source.endsWith(".md") ? published(source) : publishedBy(base, source);
    expect(got).toContain(`${company} stage launched`);
    expect(got.filter((g) => g.startsWith(company) && / stage (talks|planned)$/.test(g))).toEqual([]);
    expect(got.filter((g) => g.startsWith(company) && / investment(Kzt|Usd) /.test(g))).toEqual([]);
  });
});

describe("a place's target is no figure the place has", () => {
  it.each([
    "# Түркістан\n\nТҮРКІСТАН, 11 сәуір (Kazinform) – Облыс әкімінің айтуынша, биыл өңірге 600 млрд теңге инвестиция тарту жоспарланып отыр.",
    "# Туркестан\n\nТУРКЕСТАН, 11 апреля (Kazinform) – В этом году в регион планируется привлечь 600 млрд тенге инвестиций, сообщил аким Туркестанской области.",
    "# Turkistan\n\nTURKISTAN, April 11 (Kazinform) – Turkistan Region plans to attract 600 billion tenge of investment this year, the akim said.",
  ])("%s", (body) => {
    expect(publishedBy(base, body).filter((g) => g.endsWith(" 600"))).toEqual([]);
  });
});

describe("a plant the headline names by its place is the plant of the body's only company there", () => {
  it.each([
    ["n95-ru-pavlodar-devices.md", "Hanmi Medical", ["stage signed", "stage under construction"]],
    [
      "# Semey pharmaceutical plant to open in 2029\n\nSEMEY, June 3 (Kazinform) – Ertis Pharmaceuticals LLP has started building a tablet plant in Semey.\n\nThe project is worth 14 billion tenge and will create 260 jobs.",
      "Ertis Pharmaceuticals",
      ["investmentKzt 14", "jobs 260", "stage under construction"],
    ],
    [
      "# Ақтөбе фармацевтикалық зауыты 2029 жылы ашылады\n\nАҚТӨБЕ, 3 маусым (Kazinform) – «Ақтөбе Дәрі» ЖШС Ақтөбеде таблетка зауытының құрылысын бастады.\n\nЖобаның құны 11 млрд теңге, 150 жұмыс орны ашылады.",
      "Ақтөбе Дәрі",
      ["investmentKzt 11", "jobs 150", "stage under construction"],
    ],
  ])("%s", (source, company, figures) => {
    const plan = planArticle(base, source.endsWith(".md") ? article(source) : source);
    expect(plan.claims.filter((c) => c.status === "held")).toEqual([]);
    const got = source.endsWith(".md") ? published(source) : publishedBy(base, source);
    const mine = got.filter((g) => g.startsWith(`${company} `)).map((g) => g.slice(company.length + 1));
    for (const f of figures) expect(mine.some((m) => m === f || m.endsWith(f))).toBe(true);
  });
});

describe("a count of vials is a capacity, never a product that is no medicine", () => {
  it("n99-ru-aktobe-launch.md", () => {
    expect(products("n99-ru-aktobe-launch.md")).toEqual([]);
  });
});

describe("a plant for people's medicines as well as animals' is never said to be for animals alone", () => {
  it.each([
    "# Almaty\n\nALMATY, July 8 (Kazinform) – Zhetysu Biopharm will build a plant in Almaty Region that will make human and veterinary vaccines. The plant will cost 11 billion tenge.",
    "# Алматы\n\nАЛМАТЫ, 8 июля (Kazinform) – Жетісу Биофарм построит в Алматинской области завод по производству ветеринарных препаратов. Кроме того, предприятие будет выпускать дженерики для людей.",
    "# Алматы\n\nАЛМАТЫ, 8 шілде (Kazinform) – Zhetysu Biopharm компаниясы Алматы облысында ветеринариялық препараттар шығаратын зауыт салады. Зауыт адамдарға арналған дәрі-дәрмек те шығарады.",
  ])("%s", (body) => {
    const p = planArticle(base, body);
    const animals = p.claims.filter((c) => c.value.kind === "fact" && c.value.audience === "veterinary");
    expect(animals).toEqual([]);
  });
});

describe("a kind of product in title case names no organisation", () => {
  it.each([
    [
      "# Shymkent\n\nSHYMKENT, July 8 (Kazinform) – Ontustik Pharm LLP will open a line in Shymkent. Human Medicines will account for 80% of its output.",
      [],
    ],
    [
      "# Shymkent\n\nSHYMKENT, July 8 (Kazinform) – Medical Devices and Human Medicines are the two lines of Qazaq Pharm, which will invest 5 billion tenge.",
      [],
    ],
    [
      "# Шымкент\n\nШЫМКЕНТ, 8 июля (Kazinform) – Лекарственные Средства для человека составят 80% выпуска завода ТОО «Оңтүстік Фарм».",
      [],
    ],
    [
      "# Shymkent\n\nSHYMKENT, July 8 (Kazinform) – Medical Devices LLP will build a plant in Shymkent.",
      ["Medical Devices"],
    ],
  ])("%s", (body, expected) => {
    const p = planArticle(base, body);
    const created = p.knowledge.dataset.organisations.filter(
      (o) => !base.dataset.organisations.some((b) => b.id === o.id),
    );
    const names = created.map((o) => o.name.en);
    expect(names.filter((n) => /Human|Medicines|Средства|Devices/u.test(n))).toEqual(expected);
  });
});

describe("a joint plant of two companies keeps its figures as the pair's", () => {
  it.each([
    ["n101-en-astana-jv.md", "Astana Medica", "Deva Holding"],
    [
      "# Астана\n\nАСТАНА, 5 марта (Kazinform) – Astana Medica и Deva Holding подписали соглашение о строительстве совместного завода стоимостью 62 млн долларов.\n\nAstana Medica получит 51% доли. Завод создаст 240 рабочих мест.",
      "Astana Medica",
      "Deva Holding",
    ],
    [
      "# Астана\n\nАСТАНА, 5 наурыз (Kazinform) – Astana Medica мен Deva Holding бірлескен зауыт салу туралы келісімге қол қойды. Жобаның құны 62 млн доллар.\n\nAstana Medica 51 пайыз үлеске ие болады. Зауытта 240 адам жұмыс істейді.",
      "Astana Medica",
      "Deva Holding",
    ],
  ])("%s", (source, a, b) => {
    const got = source.endsWith(".md") ? published(source) : publishedBy(base, source);
    expect(got).toEqual(expect.arrayContaining(["scope:set investmentUsd 62", "scope:set jobs 240"]));
    expect(
      got.filter((g) => (g.startsWith(a) || g.startsWith(b)) && / (investmentUsd|jobs) /.test(g)),
    ).toEqual([]);
  });
});

describe("'the first', «первый», «біріншісі» after phases announced are phases, never the whole project", () => {
  it.each([
    "# Kyzylorda\n\nKYZYLORDA, June 3 (Kazinform) – Syr Pharm LLP will build an infusion solutions plant in Kyzylorda.\n\nThe project will be implemented in two phases. The first, worth 10 billion tenge, will be completed in 2028 and employ 120 people; the second, costing 6 billion tenge, is due in 2030.",
    "# Кызылорда\n\nКЫЗЫЛОРДА, 3 июня (Kazinform) – ТОО «Syr Pharm» построит завод инфузионных растворов в Кызылорде.\n\nПроект будет реализован в два этапа. Первый стоимостью 10 млрд тенге завершат в 2028 году, на нём будут работать 120 человек; второй – стоимостью 6 млрд тенге – в 2030 году.",
    "# Қызылорда\n\nҚЫЗЫЛОРДА, 3 маусым (Kazinform) – «Syr Pharm» ЖШС Қызылордада инфузиялық ерітінділер зауытын салады.\n\nЖоба екі кезеңмен жүзеге асырылады. Біріншісінің құны 10 млрд теңге, ол 2028 жылы аяқталады. Екіншісінің құны 6 млрд теңге.",
  ])("%s", (body) => {
    const p = planArticle(base, body);
    const scopes = new Map(p.knowledge.dataset.scopes.map((s) => [s.id, s]));
    const money = p.claims
      .filter((c) => c.attribute === "investmentKzt" && c.value.kind === "figure")
      .map(
        (c) =>
          `${c.status} ${scopes.get(c.subject.id)?.name.en ?? c.subject.id} ${c.value.kind === "figure" ? c.value.value : ""}`,
      );
    expect(money).toEqual([
      "active Syr Pharm’s project, first phase only 10",
      "active Syr Pharm’s project, second phase only 6",
    ]);
  });
});

describe("figures listed 'respectively' go to the companies in the order named, or to nobody", () => {
  it.each([
    [
      "# Taraz\n\nTARAZ, June 3 (Kazinform) – Qazaq Pharm and Dala Med will build plants in Taraz worth 10 billion and 6 billion tenge respectively.",
      ["Qazaq Pharm investmentKzt 10", "Dala Med investmentKzt 6"],
    ],
    [
      "# Тараз\n\nТАРАЗ, 3 июня (Kazinform) – Qazaq Pharm и Dala Med построят в Таразе заводы стоимостью 10 и 6 млрд тенге соответственно.",
      ["Qazaq Pharm investmentKzt 10", "Dala Med investmentKzt 6"],
    ],
    [
      "# Тараз\n\nТАРАЗ, 3 маусым (Kazinform) – Qazaq Pharm мен Dala Med Таразда тиісінше 10 және 6 млрд теңгелік зауыттар салады.",
      ["Qazaq Pharm investmentKzt 10", "Dala Med investmentKzt 6"],
    ],
    [
      "# Taraz\n\nTARAZ, June 3 (Kazinform) – Qazaq Pharm, Dala Med and Aulie Bio will build plants in Taraz worth 10 billion and 6 billion tenge respectively.",
      [],
    ],
  ])("%s", (body, expected) => {
    expect(publishedBy(base, body).filter((g) => / investmentKzt /.test(g))).toEqual(expected);
  });
});

describe("the place of the authority that reports is no site", () => {
  it.each([
    "# Almaty\n\nALMATY, June 3 (Kazinform) – Dala Pharm will build a tablet plant in Almaty worth 9 billion tenge, the Almaty Region akimat said.",
    "# Алматы\n\nАЛМАТЫ, 3 июня (Kazinform) – Dala Pharm построит завод таблеток в Алматы стоимостью 9 млрд тенге, сообщили в акимате Алматинской области.",
    "# Алматы\n\nАЛМАТЫ, 3 маусым (Kazinform) – Dala Pharm Алматыда 9 млрд теңгелік таблетка зауытын салады, деп хабарлады Алматы облысының әкімдігі.",
  ])("%s", (body) => {
    const p = planArticle(base, body);
    const sites = p.claims.flatMap((c) =>
      c.attribute === "site" && c.value.kind === "place" ? [c.value.place] : [],
    );
    expect(sites).toEqual(["almaty"]);
  });
});
