import { describe, expect, it } from "vitest";
import { type IngestPlan, planIngest } from "../../knowledge/ingest.js";
import { type Knowledge, loadKnowledge } from "../../knowledge/load.js";

/**
 * Real news, read figure by figure: a phase's figure is the phase's, a status is its own verb's
 * subject's, a correction replaces what it corrects, and two figures of one town are two
 * figures. Each mechanism with siblings in other wordings, companies and languages, written for
 * these tests; every article goes through the same planIngest as `npm run ingest`.
 */

const base = loadKnowledge();

function ingest(body: string, k: Knowledge = base, date = "2027-05-01", id = "news-article"): IngestPlan {
  return planIngest(k, { id, title: "News article", date, body });
}

/** "Company attribute value" for each published figure and stage; a scope as "scope:kind[:label]". */
function published(plan: IngestPlan): string[] {
  const { dataset } = plan.knowledge;
  const names = new Map(dataset.organisations.map((o) => [o.id, o.name.en]));
  const company = new Map(dataset.projects.map((p) => [p.id, p.company]));
  const scopes = new Map(dataset.scopes.map((s) => [s.id, s]));
  return plan.claims
    .filter((c) => c.status === "active" && (c.value.kind === "figure" || c.value.kind === "stage"))
    .map((c) => {
      const scope = scopes.get(c.subject.id);
      const who =
        c.subject.type === "scope"
          ? `scope:${scope?.kind}${scope?.kind === "company" ? `:${names.get(scope.organisation ?? "")}` : ""}`
          : (names.get(company.get(c.subject.id) ?? "") ?? c.subject.id);
      const v = c.value;
      return `${who} ${c.attribute} ${v.kind === "figure" ? v.value : v.kind === "stage" ? v.stage : ""}`;
    });
}

/** The view's current figure of a company's project. */
function current(plan: IngestPlan, org: string, attribute: "jobs" | "investmentKzt" | "investmentUsd") {
  const { dataset } = plan.knowledge;
  const id = dataset.organisations.find((o) => o.name.en === org || o.name.ru === org)?.id;
  return dataset.projects.find((p) => p.company === id)?.[attribute] ?? null;
}

describe("a phase's figure is the phase's, never the whole project's", () => {
  it.each([
    [
      "Aral Biotech LLP will build a vaccine plant in Kyzylorda. The project is worth 52 billion tenge. The first phase, 14.2 billion tenge, will be completed in 2027.",
      "Aral Biotech",
      "investmentKzt",
      52,
      ["14.2"],
    ],
    [
      "Steppe Medical LLP will invest $90 million in a syringe plant in Pavlodar, with the first stage costing $35 million and creating 120 jobs.",
      "Steppe Medical",
      "investmentUsd",
      90,
      ["35", "120"],
    ],
    [
      "ТОО «Ертіс Фарм» построит завод в Семее стоимостью 30 млрд тенге. Первая очередь завода обойдется в 11 млрд тенге и даст 150 рабочих мест.",
      "Ертіс Фарм",
      "investmentKzt",
      30,
      ["11", "150"],
    ],
    [
      "«Алтай Медика» ЖШС Өскеменде құны 25 млрд теңге болатын зауыт салады. Жобаның бірінші кезеңіне 8 млрд теңге жұмсалады.",
      "Алтай Медика",
      "investmentKzt",
      25,
      ["8"],
    ],
  ])("%s", (body, org, attribute, whole, parts) => {
    const plan = ingest(body);
    expect(current(plan, org, attribute as "investmentKzt")?.value).toBe(whole);
    const got = published(plan);
    for (const part of parts) {
      expect(got.filter((g) => g.endsWith(` ${part}`) && !g.startsWith("scope:"))).toEqual([]);
      expect(got.some((g) => g.startsWith("scope:company") && g.endsWith(` ${part}`))).toBe(true);
    }
  });

  it("a later report of the first phase leaves the whole project's figure as it was", () => {
    const first = ingest(
      "Aral Biotech LLP will build a vaccine plant in Kyzylorda. The project is worth 52 billion tenge.",
      base,
      "2027-05-01",
      "aral-1",
    );
    const later = ingest(
      "Aral Biotech has started building the first phase of its Kyzylorda plant, worth 14.2 billion tenge.",
      first.knowledge,
      "2027-09-01",
      "aral-2",
    );
    expect(current(later, "Aral Biotech", "investmentKzt")?.value).toBe(52);
  });
});

describe("a status belongs to the subject of its verb, not to a company named beside it", () => {
  it.each([
    [
      "Irtysh Pharm LLP is building an infusion plant in Pavlodar. Irtysh Pharm's sister company Pavlodar Glass LLP cancelled its bottle project.",
      "Pavlodar Glass",
      "cancelled",
      "Irtysh Pharm",
    ],
    [
      "Kokshe Bio LLP, a subsidiary of Burabay Holding, has suspended its tablet plant in Kokshetau.",
      "Kokshe Bio",
      "suspended",
      "Burabay Holding",
    ],
    [
      "ТОО «Жайык Фарм» продолжает строительство завода в Уральске. Дочерняя компания «Жайык Фарм» — ТОО «Орал Шыны» — отказалась от проекта стекольного завода.",
      "Орал Шыны",
      "cancelled",
      "Жайык Фарм",
    ],
    [
      "«Сарыарқа Дәрі» ЖШС Қарағандыда зауыт салып жатыр. «Сарыарқа Дәрі» компаниясының еншілес кәсіпорны «Темір Қаптама» ЖШС жобасынан бас тартты.",
      "Темір Қаптама",
      "cancelled",
      "Сарыарқа Дәрі",
    ],
  ])("%s", (body, subject, stage, other) => {
    const got = published(ingest(body));
    expect(got).toContain(`${subject} stage ${stage}`);
    expect(got).not.toContain(`${other} stage ${stage}`);
  });
});

describe("a figure beside a company's owner is the company's", () => {
  it.each([
    [
      "Pavlodar Glass LLP, a subsidiary of Irtysh Pharm, will invest 5 billion tenge in a bottle plant.",
      "Pavlodar Glass",
      "Irtysh Pharm",
    ],
    [
      "Дочерняя компания «Жайык Фарм» ТОО «Орал Шыны» вложит 5 млрд тенге в стекольный завод.",
      "Орал Шыны",
      "Жайык Фарм",
    ],
    [
      "«Сарыарқа Дәрі» компаниясының еншілес кәсіпорны «Темір Қаптама» ЖШС зауытқа 5 млрд теңге салады.",
      "Темір Қаптама",
      "Сарыарқа Дәрі",
    ],
  ])("%s", (body, subject, owner) => {
    const got = published(ingest(body));
    expect(got).toContain(`${subject} investmentKzt 5`);
    expect(got).not.toContain(`${owner} investmentKzt 5`);
  });
});

describe("a correction replaces the figure it corrects; the withdrawn figure is nobody's", () => {
  it.each([
    [
      "Korkyt Pharm LLP will build a plant in Kyzylorda that will create 320 jobs.\n\nCorrection: the plant will create 230 jobs, not 320 as stated earlier.",
      "Korkyt Pharm",
      "jobs",
      230,
    ],
    [
      "ТОО «Ертіс Фарм» вложит в завод в Семее 30 млрд тенге.\n\nИсправление: объём инвестиций составит 3 млрд тенге, а не 30 млрд тенге.",
      "Ертіс Фарм",
      "investmentKzt",
      3,
    ],
    [
      "ТОО «Ертіс Фарм» создаст на заводе в Семее 400 рабочих мест.\n\nВ предыдущей версии была допущена ошибка, правильно — 140 рабочих мест.",
      "Ертіс Фарм",
      "jobs",
      140,
    ],
    [
      "«Алтай Медика» ЖШС Өскеменде зауыт салады, ол 150 жұмыс орнын ашады.\n\nДұрысы – 105 жұмыс орны.",
      "Алтай Медика",
      "jobs",
      105,
    ],
    [
      "«Алтай Медика» ЖШС Өскеменде зауыт салады, ол 150 жұмыс орнын ашады.\n\nТүзету: зауыт 150 емес, 105 жұмыс орнын ашады.",
      "Алтай Медика",
      "jobs",
      105,
    ],
  ])("%s", (body, org, attribute, value) => {
    const plan = ingest(body);
    const f = current(plan, org, attribute as "jobs");
    expect(f?.value).toBe(value);
    expect(f?.disputed ?? []).toEqual([]);
  });

  it("a correction notice of the same day replaces the figure it corrects", () => {
    const first = ingest(
      "Korkyt Pharm LLP will build a plant in Kyzylorda that will create 320 jobs.",
      base,
      "2027-05-01",
      "korkyt-1",
    );
    const notice = ingest(
      "Correction: In our report on Korkyt Pharm's plant in Kyzylorda, the number of jobs should read 230 jobs, not 320.",
      first.knowledge,
      "2027-05-01",
      "korkyt-2",
    );
    const f = current(notice, "Korkyt Pharm", "jobs");
    expect(f?.value).toBe(230);
    expect(f?.disputed ?? []).toEqual([]);
  });
});

describe("a town's figure and a company's in the town are two figures, not a dispute", () => {
  it.each([
    [
      "The industrial zone of Taraz will create 320 jobs. Taraz Pharm LLP will build a plant in Taraz with 175 jobs.",
      "Taraz Pharm",
      175,
    ],
    [
      "Ekibastuz will get 400 new jobs this year. Ekibas Glass LLP is building a bottle plant in the city that will employ 120 people.",
      "Ekibas Glass",
      120,
    ],
    [
      "В Таразе в этом году появится 320 новых рабочих мест. ТОО «Тараз Фарм» построит в городе завод на 175 рабочих мест.",
      "Тараз Фарм",
      175,
    ],
    [
      "Таразда биыл 320 жаңа жұмыс орны ашылады. «Тараз Фарм» ЖШС қалада 175 жұмыс орны бар зауыт салады.",
      "Тараз Фарм",
      175,
    ],
    [
      "Taraz Pharm LLP will build a plant in Taraz with 175 jobs. In all, the town will get 320 jobs.",
      "Taraz Pharm",
      175,
    ],
  ])("%s", (body, org, jobs) => {
    const plan = ingest(body);
    const f = current(plan, org, "jobs");
    expect(f?.value).toBe(jobs);
    expect(f?.disputed ?? []).toEqual([]);
    const got = published(plan);
    expect(got.filter((g) => / jobs (320|400)$/.test(g) && !g.startsWith("scope:region"))).toEqual([]);
  });

  it("an inferred figure that contradicts the named one waits for an admin", () => {
    const plan = ingest(
      "Korkyt Pharm LLP will build a plant in Kyzylorda with 175 jobs.\n\nThe project is expected to create 320 jobs.",
    );
    expect(current(plan, "Korkyt Pharm", "jobs")?.value).toBe(175);
    expect(current(plan, "Korkyt Pharm", "jobs")?.disputed ?? []).toEqual([]);
    expect(plan.claims.filter((c) => c.status === "held").map((c) => c.hold)).toEqual(["subject"]);
  });
});

describe("what an unnamed relative does is not its owner's", () => {
  it.each([
    [
      "Irtysh Pharm LLP is building an infusion plant in Pavlodar. Irtysh Pharm's sister company has cancelled its glass project and will not invest 5 billion tenge.",
      "Irtysh Pharm",
    ],
    [
      "Kokshe Bio LLP opened a plant in Kokshetau. A subsidiary of Kokshe Bio has suspended its packaging project.",
      "Kokshe Bio",
    ],
    [
      "«Сарыарқа Дәрі» ЖШС Қарағандыда зауыт салып жатыр. «Сарыарқа Дәрі» компаниясының еншілес кәсіпорны жобасынан бас тартты.",
      "Сарыарқа Дәрі",
    ],
  ])("%s", (body, owner) => {
    const got = published(ingest(body));
    expect(got.filter((g) => g.startsWith(owner) && / (cancelled|suspended|5)$/.test(g))).toEqual([]);
  });
});

describe("a company's name is not its country, its nationality, a ministry or a person", () => {
  it.each([
    ["India's Sunrise Remedies will build a tablet plant in Aktobe worth $30M.", "Sunrise Remedies", /India/],
    ["Turkish drugmaker Anka Ilac LLP will invest KZT 9bn in a plant in Taraz.", "Anka Ilac", /Turkish/],
    [
      "Оңтүстік кореялық Daewon Bio компаниясы Шымкентте 15 млрд теңгеге зауыт салады.",
      "Daewon Bio",
      /Оңтүстік|кореял/,
    ],
    [
      "Бұған дейін компания Денсаулық сақтау министрлігімен келісімге қол қойған. Zhetisu Vaccine компаниясы Талдықорғанда 12 млрд теңгеге зауыт салады.",
      "Zhetisu Vaccine",
      /Денсаулық/,
    ],
    [
      "ТОО «Каспий Био» построит завод в Актау за 7 млрд тенге. Подпись поставил президент компании Ли Мин Су.",
      "Каспий Био",
      /Ли Мин/,
    ],
  ])("%s", (body, company, notName) => {
    const plan = ingest(body);
    const names = plan.organisations.map((o) => o.name.en);
    expect(names).toContain(company);
    expect(names.filter((n) => notName.test(n))).toEqual([]);
    expect(published(plan).filter((g) => g.includes("ontustik"))).toEqual([]);
  });
});

describe("a region's count of projects and their worth are the region's, not the company's named with them", () => {
  it.each([
    [
      "Aral Biotech LLP will build a vaccine plant in Kyzylorda Region for 20 billion tenge. Including Aral Biotech's plant, the region now has 4 pharmaceutical projects worth 48 billion tenge.",
      "Aral Biotech",
      20,
      48,
    ],
    [
      "ТОО «Ертіс Фарм» построит завод в Павлодарской области за 30 млрд тенге. С учётом проекта «Ертіс Фарм» в портфеле области теперь 6 фармацевтических проектов общей стоимостью 90 млрд тенге.",
      "Ертіс Фарм",
      30,
      90,
    ],
    [
      "«Алтай Медика» ЖШС Шығыс Қазақстан облысында 25 млрд теңгеге зауыт салады. Облыс әкімдігінің мәліметінше, өңірде барлығы 6 фармацевтикалық жоба бар, олардың жалпы құны – 70 млрд теңге.",
      "Алтай Медика",
      25,
      70,
    ],
  ])("%s", (body, org, own, region) => {
    const plan = ingest(body);
    expect(current(plan, org, "investmentKzt")?.value).toBe(own);
    const got = published(plan);
    expect(got).toContain(`scope:region investmentKzt ${region}`);
    expect(got.filter((g) => g.endsWith(` ${region}`) && !g.startsWith("scope:region"))).toEqual([]);
  });
});

describe("a figure raised 'to X from Y' is X; a purpose after a figure is no scope", () => {
  it.each([
    [
      "Orda Pharm LLP has raised the investment in its Astana plant to KZT 14.1bn from KZT 12.6bn.",
      "Orda Pharm",
      "investmentKzt",
      14.1,
    ],
    [
      "ТОО «Орда Фарм» увеличило инвестиции в завод в Астане до 14 млрд тенге с 11 млрд тенге.",
      "Орда Фарм",
      "investmentKzt",
      14,
    ],
    [
      "Hanbit Pharm LLP is in talks on an insulin plant in Karaganda. The plant could create up to 250 jobs and would make insulin for the domestic market.",
      "Hanbit Pharm",
      "jobs",
      250,
    ],
  ])("%s", (body, org, attribute, value) => {
    const plan = ingest(body);
    expect(current(plan, org, attribute as "jobs")?.value).toBe(value);
    expect(current(plan, org, attribute as "jobs")?.disputed ?? []).toEqual([]);
    expect(published(plan).filter((g) => g.startsWith("scope:country"))).toEqual([]);
  });
});

describe("a correction in a sentence of its own is the paragraph's company's", () => {
  it.each([
    [
      "«Алтай Медика» ЖШС-ның Өскемендегі зауытына салатын инвестициясы 95 млн АҚШ доллары деп қате көрсетілген. Дұрысы – 59 млн АҚШ доллары.",
      "Алтай Медика",
      59,
    ],
    [
      "Инвестиции ТОО «Ертіс Фарм» в завод в Семее ошибочно указаны как 95 млн долларов. Правильно — 59 млн долларов.",
      "Ертіс Фарм",
      59,
    ],
  ])("%s", (body, org, value) => {
    expect(current(ingest(body), org, "investmentUsd")?.value).toBe(value);
  });
});

describe("a project taken up again is resumed, and a co-investor brought in is its partner", () => {
  it.each([
    [
      "Orda Pharm LLP has resumed its infusion plant in Astana, frozen last year, after bringing in Dala Invest as co-investor.",
      "Orda Pharm",
      "Dala Invest",
    ],
    [
      "ТОО «Тобыл Фарм» возобновило строительство завода в Рудном, замороженное в 2024 году.",
      "Тобыл Фарм",
      null,
    ],
    ["«Алтай Медика» ЖШС-ның Өскемендегі зауыт құрылысы қайта басталды.", "Алтай Медика", null],
  ])("%s", (body, company, partner) => {
    const plan = ingest(body);
    const got = published(plan);
    expect(got).toContain(`${company} stage resumed`);
    expect(got.filter((g) => / stage suspended$/.test(g))).toEqual([]);
    if (partner) expect(got.filter((g) => g.startsWith(partner))).toEqual([]);
  });
});

describe("a planned start of production is a milestone, never a launch", () => {
  it.each([
    [
      "«Алтай Медика» ЖШС Өскеменде зауыт салып жатыр. Өндірісті іске қосу 2028 жылға жоспарланған.",
      "Алтай Медика",
    ],
    [
      "Aral Biotech LLP is building a plant in Kyzylorda. Production is to start by the end of 2028.",
      "Aral Biotech",
    ],
  ])("%s", (body, company) => {
    const plan = ingest(body);
    const got = published(plan);
    expect(got).not.toContain(`${company} stage launched`);
    const milestones = plan.claims.filter((c) => c.attribute === "milestone" && c.value.kind === "milestone");
    expect(milestones.map((c) => (c.value.kind === "milestone" ? c.value.date : ""))).toEqual(["2028"]);
  });
});
