import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { describeArticleSuite } from "../helpers/article-suite.js";
import { planArticle, published as publishedBy } from "../helpers/published.js";

/**
 * Kinds of real news read wrongly before issue 16, each with siblings in en/ru/kk
 * (tests/fixtures/news n192–): checked claim by claim on top of the seed.
 */

const base = loadKnowledge();
const article = (file: string) => readFileSync(new URL(`../fixtures/news/${file}`, import.meta.url), "utf8");
const published = (file: string) => publishedBy(base, article(file));
const sites = (file: string) =>
  planArticle(base, article(file))
    .claims.filter((c) => c.attribute === "site")
    .map((c) => (c.value.kind === "place" ? c.value.place : ""));

describe("«Түркістанда», «в Туркестане», 'in Turkistan' is the city; 'Turkistan Region' the region: neither widened nor narrowed", () => {
  it.each([
    ["n207-kk-turkistan-city.md", "turkistan"],
    ["n208-ru-turkestan-city.md", "turkistan"],
    ["n209-en-turkistan-city.md", "turkistan"],
    ["n210-en-turkistan-region.md", "turkistan-region"],
  ])("%s", (file, place) => {
    expect(sites(file)).toEqual([place]);
  });
});

describe("a talks total over a set of projects ('Thirteen projects worth … are under discussion') is the set's, never a member's, never signed", () => {
  it.each([
    ["n203-en-talks-set.md", "Aksu Biotech", ["projects 13", "investmentKzt 420"]],
    ["n204-ru-talks-set.md", "Каспий Биофарм", ["projects 9", "investmentKzt 250"]],
    ["n205-kk-talks-set.md", "Есіл Биотех", ["investmentKzt 180", "projects 11"]],
  ])("%s", (file, company, total) => {
    const got = published(file);
    expect(got.filter((g) => g.startsWith("scope:")).map((g) => g.replace(/^\S+ /, ""))).toEqual(total);
    expect(got.filter((g) => !g.startsWith("scope:"))).toEqual([`${company} stage talks`]);
  });
});

describe("a plant named by a product, a brand or a place: its products and capacity are the plant's", () => {
  const facts = (file: string, attribute: string) => {
    const p = planArticle(base, article(file));
    const names = new Map(p.knowledge.dataset.organisations.map((o) => [o.id, o.name.en]));
    const company = new Map(p.knowledge.dataset.projects.map((x) => [x.id, x.company]));
    return p.claims
      .filter((c) => c.attribute === attribute && c.value.kind === "fact")
      .map(
        (c) =>
          `${names.get(company.get(c.subject.id) ?? "")}: ${c.value.kind === "fact" ? c.value.text : ""}`,
      );
  };
  it.each([
    [
      "n192-en-brand-vaccine.md",
      "SteppeVac plant",
      "vaccines against influenza and measles",
      "40 million doses a year",
    ],
    [
      "n193-ru-place-plant.md",
      "Plant in Zhambyl Region",
      "одноразовые шприцы и системы для переливания крови",
      "120 млн шприцев в год",
    ],
    [
      "n194-kk-brand-vaccine.md",
      "ОңтүстікВак",
      "тұмауға және қызылшаға қарсы вакциналар",
      "жылына 25 млн доза",
    ],
    ["n195-en-product-plant.md", "Saran Insulin plant", "human insulin", "8 million pens a year"],
    [
      "n214-kk-brand-institute-plant.md",
      "SteppeFlu plant",
      "тұмауға және қызылшаға қарсы вакциналар",
      "жылына 20-дан 40 миллионға дейін доза препарат",
    ],
    [
      "n215-en-brand-institute-plant.md",
      "NurVac plant",
      "vaccines against brucellosis and anthrax",
      "10 to 25 million doses a year",
    ],
    [
      "n216-ru-brand-institute-plant.md",
      "AltynVac plant",
      "вакцин против гриппа и туберкулеза",
      "от 15 до 30 млн доз в год",
    ],
  ])("%s", (file, plant, product, capacity) => {
    expect(facts(file, "product")).toContain(`${plant}: ${product}`);
    expect(facts(file, "capacity")).toEqual([`${plant}: ${capacity}`]);
  });

  it("a place's plant in an article that names no company has the article's cost, never another's", () => {
    // (The construction its first sentence reports is the plant's too.)
    expect(published("n193-ru-place-plant.md")).toEqual([
      "Plant in Zhambyl Region stage under construction",
      "Plant in Zhambyl Region investmentKzt 7.5",
    ]);
  });

  it("a cost a governor 'had estimated' in an earlier year is no figure of the plant now («… деп бағалаған еді»)", () => {
    const body =
      "# Зауыт\n\nЖамбыл облысы, 2033 жылғы 1 шілде. Микробиология институтының SteppeFlu вакцинасын шығаратын зауытына Премьер-министр барды. Құны 9,2 млрд теңгені құрайтын жоба аясында вакциналар шығару көзделген. Ал 2031 жылдың желтоқсанында облыс әкімі зауыт құрылысының құнын шамамен 6 млрд теңге деп бағалаған еді.";
    expect(publishedBy(base, body).filter((g) => / investmentKzt /.test(g))).toEqual([
      "SteppeFlu plant investmentKzt 9.2",
    ]);
  });

  it("'a new tablet plant' makes tablets, not 'new tablet'", () => {
    expect(facts("n198-en-governor-quote.md", "product")).toEqual(["Tobol Farm: tablet"]);
  });
});

describe("figures in an official's quote are the company the quote names, whoever speaks ('the head of the region wrote')", () => {
  it.each([
    ["n196-ru-akim-quote.md", "Сыр-Фарм", 14, 180],
    ["n197-kk-akim-quote.md", "Ертіс-Дәрі", 9, 130],
    ["n198-en-governor-quote.md", "Tobol Farm", 6, 110],
    ["n211-ru-region-head-quote.md", "Тобыл-Медика", 11, 160],
    ["n212-kk-region-head-quote.md", "Шалқар-Фарм", 8, 140],
    ["n213-en-region-head-quote.md", "Ertis Biomed", 7, 150],
  ])("%s", (file, company, money, jobs) => {
    const got = published(file).filter((g) => / (investmentKzt|jobs) /.test(g));
    expect(got).toEqual([`${company} investmentKzt ${money}`, `${company} jobs ${jobs}`]);
  });

  it("a quote that names no company: its figures are the region's, never the company the article opened", () => {
    const got = published("n199-ru-akim-quote-region.md").filter((g) => / (investmentKzt|jobs) /.test(g));
    expect(got).toEqual(["scope:region investmentKzt 60", "scope:region jobs 900"]);
  });
});

describe("national figures (doses made in the country, diabetes patients, the domestic share) are no company's", () => {
  it.each([
    ["n200-en-national-insulin.md", ["Shu Insulin investmentKzt 10", "Shu Insulin jobs 160"]],
    [
      "n201-ru-national-share.md",
      ["Есиль Фарм investmentKzt 13", "Есиль Фарм jobs 210", "Есиль Фарм stage launched"],
    ],
    ["n202-kk-national-doses.md", ["Алатау Вак investmentKzt 7", "Алатау Вак jobs 90"]],
  ])("%s", (file, own) => {
    expect(published(file).filter((g) => !g.startsWith("scope:"))).toEqual(own);
  });

  it("the domestic share of the market is the country's own figure (issue 16: stored as its scope)", () => {
    expect(published("n201-ru-national-share.md").filter((g) => g.startsWith("scope:"))).toEqual([
      "scope:country share 38",
    ]);
  });
});

describeArticleSuite("these kinds answered after ingest", "kinds-16.json", "news-kinds16");

describe("a valency or a brand's number is no count of medicines", () => {
  it.each([
    "# Вакцина\n\nАстана, 2033 жылғы 2 шілде. «Дала Вак» ЖШС Қазақстанды 15 валентті пневмококк вакцинасымен қамтамасыз етеді.",
    "# Вакцина\n\nАСТАНА, 2 июля 2033 года. КАЗИНФОРМ – ТОО «Дала Вак» будет выпускать 13 валентную пневмококковую вакцину (Prevenar 13) для детей.",
    "# Vaccine\n\nASTANA, July 2, 2033 (Kazinform) – Dala Vac LLP will supply the pneumococcal vaccine (Prevenar 20) to Kazakhstan for ten years.",
  ])("%#", (body) => {
    expect(planArticle(base, body).claims.filter((c) => c.attribute === "medicines")).toEqual([]);
  });
});

describe("a total of everything signed at an event is the event's, never the set of the article's own signers", () => {
  it.each([
    "# Deals at the forum\n\nASTANA, July 8, 2033 (Kazinform) – Dala Vac LLP and Steppe Pharm LLP signed long-term supply agreements with the Health Ministry at the investment forum.\n\nIn all, 18 documents were signed at the forum, worth a total of $900 million.",
    "# Соглашения на форуме\n\nАСТАНА, 8 июля 2033 года. КАЗИНФОРМ – ТОО «Дала Вак» и ТОО «Степь Фарм» подписали с Минздравом долгосрочные соглашения на инвестиционном форуме.\n\nВсего на форуме подписано 12 документов, их общая стоимость – 700 млн долларов.",
    "# Форумдағы келісімдер\n\nАстана, 2033 жылғы 8 шілде. ҚАЗАҚПАРАТ – «Дала Вак» ЖШС мен «Дала Фарм» ЖШС инвестициялық форумда Денсаулық сақтау министрлігімен ұзақ мерзімді келісімдерге қол қойды.\n\nФорумда барлығы 14 құжатқа қол қойылды, олардың жалпы құны – 800 млн доллар.",
  ])("%#", (body) => {
    const got = publishedBy(base, body).filter((g) => / investmentUsd /.test(g));
    expect(got.map((g) => g.replace(/ \d+$/, ""))).toEqual(["scope:event investmentUsd"]);
  });
});

describe("an interest in a plant's launch is no launch", () => {
  it.each([
    "# Фабрика\n\nАКТАУ, 3 марта 2033 года. КАЗИНФОРМ – В СЭЗ собирались построить фабрику ТОО «Каспий Дезинфекция», в запуске которой была заинтересована турецкая компания. Объем инвестиций должен был составить 12 млн долларов.",
    "# Зауыт\n\nАҚТАУ, 2033 жылғы 3 наурыз. ҚАЗАҚПАРАТ – «Каспий Дезинфекция» ЖШС Ақтауда 5 млрд теңгелік зауытты іске қосуға мүдделі.",
    "# Завод\n\nАКТАУ, 3 марта 2033 года. КАЗИНФОРМ – ТОО «Каспий Дезинфекция» заинтересовано в запуске завода в Актау стоимостью 5 млрд тенге.",
  ])("%#", (body) => {
    expect(publishedBy(base, body).filter((g) => / stage launched$/.test(g))).toEqual([]);
  });
});
