import { describe, expect, it } from "vitest";
import { type Knowledge, loadKnowledge } from "../../knowledge/load.js";
import { planArticle, published as publishedBy } from "../helpers/published.js";

/**
 * Genres of real feeds, each in en/ru/kk and written for these tests: a regional digest whose
 * bullets each carry their own company's figures beside the region's total; an official's quote
 * holding a company's figures; currencies as "$40M", "USD 40 mln", "KZT 39.5bn", «15,6 млрд
 * теңге»; ranges; a company named with no legal form as the subject of a build or invest verb;
 * readiness to develop a project (talks); and a project's status told over later articles
 * (memorandum → signed → under construction → cancelled). Every figure must go to its own subject
 * or scope and to no other.
 */

const base = loadKnowledge();

const plan = (body: string, k: Knowledge = base, date = "2027-05-01", id = "genre-article") =>
  planArticle(k, body, date, id);
const published = (body: string) => publishedBy(base, body);

describe("a regional digest: each bullet's figures are its company's, the total is the region's", () => {
  it.each([
    [
      "# Pavlodar region: three pharma projects this year\n\nPAVLODAR, June 4, 2027 – The region's investment office listed the pharmaceutical projects under way:\n\n- Ertis Bio is building a vaccine plant in Ekibastuz for KZT 12.4bn; it will create 180 jobs.\n- Kuat Medical Glass will invest $40M in an ampoule line in Pavlodar, with 95 jobs.\n- Bayan Farm signed an agreement for a tablet plant worth 7 billion tenge.\n\nIn total, the region's pharmaceutical projects are worth 61 billion tenge and will create about 900 jobs.",
      ["Ertis Bio", "Kuat Medical Glass", "Bayan Farm"],
    ],
    [
      "# Павлодарская область: три фармпроекта\n\nПАВЛОДАР, 4 июня 2027 года. В области реализуются фармацевтические проекты:\n\n- Ертіс Био строит вакцинный завод в Экибастузе стоимостью 12,4 млрд тенге, где будут работать 180 человек.\n- Куат Медикал Гласс вложит 40 млн долларов в линию ампул в Павлодаре, создав 95 рабочих мест.\n- Баян Фарм подписала соглашение о строительстве таблеточного завода стоимостью 7 млрд тенге.\n\nВсего фармацевтические проекты области оцениваются в 61 млрд тенге и создадут около 900 рабочих мест.",
      ["Ертіс Био", "Куат Медикал Гласс", "Баян Фарм"],
    ],
    [
      "# Павлодар облысында үш фармжоба\n\nПАВЛОДАР, 2027 жылғы 4 маусым. Облыста фармацевтикалық жобалар жүзеге асырылуда:\n\n- «Ертіс Био» Екібастұзда құны 12,4 млрд теңге болатын вакцина зауытын салып жатыр, онда 180 жұмыс орны ашылады.\n- «Қуат Медикал» Павлодарда ампула желісіне 40 млн доллар салады, 95 жұмыс орны ашылады.\n- «Баян Фарм» құны 7 млрд теңге болатын таблетка зауытын салу туралы келісімге қол қойды.\n\nБарлығы облыстың фармацевтикалық жобаларының құны 61 млрд теңге, шамамен 900 жұмыс орны ашылады.\n",
      ["Ертіс Био", "Қуат Медикал", "Баян Фарм"],
    ],
  ])("%#", (body, [first, second, third]) => {
    const got = published(body);
    expect(got).toEqual(
      expect.arrayContaining([
        `${first} investmentKzt 12.4`,
        `${first} jobs 180`,
        `${second} investmentUsd 40`,
        `${second} jobs 95`,
        `${third} investmentKzt 7`,
        `${third} stage signed`,
        "scope:region investmentKzt 61",
        "scope:region jobs 900",
      ]),
    );
    // No company holds another's figure or the region's.
    expect(got.filter((g) => !g.startsWith(`${first} `) && / (12\.4|180)$/.test(g))).toEqual([]);
    expect(got.filter((g) => !g.startsWith("scope:") && / (61|900)$/.test(g))).toEqual([]);
  });
});

describe("an official's quote holds the figures of the company its article is about", () => {
  it.each([
    [
      "# Semey vaccine plant to open in autumn\n\nSEMEY, May 12, 2027 – Irtysh Vaccines will open its plant in Semey this autumn. “The plant will employ 300 people and cost 18 billion tenge,” said akim Nurlan Urankhayev.",
      "Irtysh Vaccines",
    ],
    [
      "# В Семее откроют вакцинный завод\n\nСЕМЕЙ, 12 мая 2027 года. Ертис Вакцина откроет завод в Семее осенью. «На заводе будут работать 300 человек, а его стоимость составит 18 млрд тенге», – сказал аким Нурлан Уранхаев.",
      "Ертис Вакцина",
    ],
    [
      "# Семейде вакцина зауыты ашылады\n\nСЕМЕЙ, 2027 жылғы 12 мамыр. «Ертіс Вакцина» ЖШС Семейде зауыт ашады. «Зауытта 300 адам жұмыс істейді, оның құны 18 млрд теңге», – деді әкім Нұрлан Ұранхаев.",
      "Ертіс Вакцина",
    ],
  ])("%#", (body, company) => {
    const got = published(body);
    expect(got).toEqual(expect.arrayContaining([`${company} jobs 300`, `${company} investmentKzt 18`]));
    expect(got.filter((g) => / (300|18)$/.test(g) && !g.startsWith(`${company} `))).toEqual([]);
  });
});

describe("currencies and ranges as feeds write them", () => {
  it.each([
    [
      "Steppe Ampoule will invest USD 40 mln in a plant in Kostanay. The plant will create from 200 to 250 jobs.",
      ["Steppe Ampoule investmentUsd 40", "Steppe Ampoule jobs 200-250"],
    ],
    [
      "Arna Pharm will invest KZT 39.5bn in a plant in Taraz, creating between 200 and 250 jobs.",
      ["Arna Pharm investmentKzt 39.5", "Arna Pharm jobs 200-250"],
    ],
    ["Qoryq Medical will build a syringe plant in Shymkent for $40M.", ["Qoryq Medical investmentUsd 40"]],
    [
      "Тобыл Фарм вложит 15,6 млрд тенге в завод в Костанае, где будет создано от 200 до 250 рабочих мест.",
      ["Тобыл Фарм investmentKzt 15.6", "Тобыл Фарм jobs 200-250"],
    ],
    [
      "«Тобыл Фарм» ЖШС Қостанайда 15,6 млрд теңге тұратын зауыт салады, 200-ден 250-ге дейін жұмыс орны ашылады.",
      ["Тобыл Фарм investmentKzt 15.6", "Тобыл Фарм jobs 200-250"],
    ],
  ])("%s", (body, want) => {
    expect(published(body)).toEqual(expect.arrayContaining(want));
  });
});

describe("a company named with no legal form is the subject of its build and invest verbs", () => {
  it.each([
    ["Tengri Vax is building a vaccine plant in Almaty for 20 billion tenge.", "Tengri Vax"],
    ["Сункар Био строит вакцинный завод в Алматы стоимостью 20 млрд тенге.", "Сункар Био"],
    ["«Алтын Био» Шымкентте құны 20 млрд теңге болатын вакцина зауытын салып жатыр.", "Алтын Био"],
  ])("%s", (body, company) => {
    const got = published(body);
    expect(got).toEqual(
      expect.arrayContaining([`${company} investmentKzt 20`, `${company} stage under construction`]),
    );
  });
});

describe("readiness to develop a project is talks, never an agreement", () => {
  it.each([
    ["Tengri Vax is ready to develop a project for an insulin plant in Almaty.", "Tengri Vax"],
    ["Компания Тенгри Вакс готова реализовать проект инсулинового завода в Алматы.", "Тенгри Вакс"],
    ["«Тәңір Вакс» компаниясы Алматыда инсулин зауыты жобасын жүзеге асыруға дайын.", "Тәңір Вакс"],
  ])("%s", (body, company) => {
    const got = published(body);
    expect(got).toContain(`${company} stage talks`);
    expect(got.filter((g) => / stage (signed|planned|approved)$/.test(g))).toEqual([]);
  });
});

describe("a company's plant named with its possessive is the company's, never a plant called after it", () => {
  it.each([
    ["Anadolu Biotech's vaccine plant in Turkistan will cost $60 million.", "Anadolu Biotech"],
    ["Marmara Ilac's insulin factory in Taraz will create 140 jobs.", "Marmara Ilac"],
  ])("%s", (body, company) => {
    const p = plan(body);
    const got = published(body);
    expect(got.some((g) => g.startsWith(`${company} `))).toBe(true);
    expect(p.organisations.map((o) => o.name.en).filter((n) => /['’]s/.test(n))).toEqual([]);
  });
});

describe("a Kazakh signing whose signers stand between «келісімге» and «қол қойды» is a signing", () => {
  it.each([
    [
      "«Ақтау Фарм» ЖШС Маңғыстау облысында зауыт салу туралы келісімге компания директоры Ерлан Сапаров пен облыс әкімі қол қойды.",
      "Ақтау Фарм",
    ],
    ["«Ертіс Дәрі» ЖШС Павлодарда келісімге Денсаулық сақтау министрлігімен бірге қол қойды.", "Ертіс Дәрі"],
  ])("%s", (body, company) => {
    expect(published(body)).toContain(`${company} stage signed`);
  });
});

describe("a project's status told over later articles: memorandum, signed, under construction, cancelled", () => {
  const articles: Record<string, [string, string][]> = {
    en: [
      [
        "2027-02-10",
        "# Kokshe Pharm and the akimat sign a memorandum\n\nKOKSHETAU, February 10, 2027 – Kokshe Pharm and the Akmola region akimat signed a memorandum on a tablet plant in Kokshetau worth 9 billion tenge.",
      ],
      [
        "2027-06-15",
        "# Kokshe Pharm signs investment agreement\n\nKOKSHETAU, June 15, 2027 – Kokshe Pharm signed an investment agreement for its Kokshetau tablet plant. The plant will create 150 jobs.",
      ],
      [
        "2027-10-01",
        "# Construction of Kokshe Pharm plant begins\n\nKOKSHETAU, October 1, 2027 – Kokshe Pharm has started construction of its tablet plant in Kokshetau.",
      ],
      [
        "2028-03-01",
        "# Kokshe Pharm cancels Kokshetau plant\n\nKOKSHETAU, March 1, 2028 – Kokshe Pharm has cancelled its tablet plant in Kokshetau, citing high costs.",
      ],
    ],
    ru: [
      [
        "2027-02-10",
        "# Кокше Фарм и акимат подписали меморандум\n\nКОКШЕТАУ, 10 февраля 2027 года. Кокше Фарм и акимат Акмолинской области подписали меморандум о строительстве таблеточного завода в Кокшетау стоимостью 9 млрд тенге.",
      ],
      [
        "2027-06-15",
        "# Кокше Фарм подписала инвестиционное соглашение\n\nКОКШЕТАУ, 15 июня 2027 года. Кокше Фарм подписала инвестиционное соглашение по заводу в Кокшетау. На заводе будет создано 150 рабочих мест.",
      ],
      [
        "2027-10-01",
        "# Кокше Фарм начала строительство завода\n\nКОКШЕТАУ, 1 октября 2027 года. Кокше Фарм начала строительство таблеточного завода в Кокшетау.",
      ],
      [
        "2028-03-01",
        "# Кокше Фарм отказалась от завода\n\nКОКШЕТАУ, 1 марта 2028 года. Кокше Фарм отказалась от строительства завода в Кокшетау из-за роста цен на оборудование.",
      ],
    ],
    kk: [
      [
        "2027-02-10",
        "# «Көкше Фарм» меморандумға қол қойды\n\nКӨКШЕТАУ, 2027 жылғы 10 ақпан. «Көкше Фарм» ЖШС мен Ақмола облысының әкімдігі Көкшетауда құны 9 млрд теңге болатын таблетка зауытын салу туралы меморандумға қол қойды.",
      ],
      [
        "2027-06-15",
        "# «Көкше Фарм» инвестициялық келісімге қол қойды\n\nКӨКШЕТАУ, 2027 жылғы 15 маусым. «Көкше Фарм» ЖШС Көкшетаудағы зауыт бойынша инвестициялық келісімге қол қойды. Зауытта 150 жұмыс орны ашылады.",
      ],
      [
        "2027-10-01",
        "# «Көкше Фарм» зауыт құрылысын бастады\n\nКӨКШЕТАУ, 2027 жылғы 1 қазан. «Көкше Фарм» ЖШС Көкшетауда таблетка зауытының құрылысын бастады.",
      ],
      [
        "2028-03-01",
        "# «Көкше Фарм» жобадан бас тартты\n\nКӨКШЕТАУ, 2028 жылғы 1 наурыз. «Көкше Фарм» ЖШС жабдық бағасының өсуіне байланысты Көкшетаудағы зауыт жобасынан бас тартты.",
      ],
    ],
  };
  it.each(Object.entries(articles))("%s", (_lang, sequence) => {
    let k = base;
    sequence.forEach(([date, body], i) => {
      k = plan(body, k, date, `status-${i}`).knowledge;
    });
    const projects = k.dataset.projects.filter((p) => !base.dataset.projects.some((b) => b.id === p.id));
    expect(projects).toHaveLength(1);
    const [project] = projects;
    expect(project?.stages?.map((s) => `${s.value} ${s.date}`)).toEqual([
      "memorandum 2027-02-10",
      "signed 2027-06-15",
      "under construction 2027-10-01",
      "cancelled 2028-03-01",
    ]);
    expect(project?.investmentKzt?.value).toBe(9);
    expect(project?.jobs?.value).toBe(150);
  });
});

describe("a project's stage is cited from the sentence about the undertaking, not from a bullet of its figures", () => {
  it.each([
    [
      "# Iranian firm eyes a Pavlodar plant\n\nPAVLODAR, May 3, 2027 – Pavlodar Region Governor Asain Baikhanov received a delegation of the company Darou Pakhsh.\n\nAt the meeting the company's director said Darou Pakhsh was ready to develop a project for an infusion plant in Pavlodar.\n\n- Investment: USD 25 mln across three stages of the project;\n- jobs: about 80 new jobs.",
      "Darou Pakhsh",
      /ready to develop a project/,
    ],
    [
      "# Иранская компания намерена построить завод в Павлодаре\n\nПАВЛОДАР, 3 мая 2027 года. Аким Павлодарской области Асаин Байханов принял делегацию компании Дару Пахш.\n\nНа встрече директор сказал, что Дару Пахш готова реализовать проект инфузионного завода в Павлодаре.\n\n- Инвестиции: 25 млн долларов в три этапа проекта;\n- рабочие места: около 80.",
      "Дару Пахш",
      /готова реализовать проект/,
    ],
  ])("%#", (body, company, quote) => {
    const k = plan(body).knowledge.dataset;
    const org = k.organisations.find((o) => o.name.en === company)?.id;
    const project = k.projects.find((p) => p.company === org);
    expect(project?.stage?.value).toBe("talks");
    expect(project?.stage?.citation.quote).toMatch(quote);
  });
});
