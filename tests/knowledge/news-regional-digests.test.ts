import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { planArticle, published as publishedBy } from "../helpers/published.js";

/**
 * Regional digests and interviews as wires write them (articles written for these tests, en/ru/kk):
 * a sentence opening with the work itself ("Construction has begun on the X plant") names no
 * company; a Latin name before a Cyrillic legal form («X ЖШС», «X ТОО») or opening a Kazakh
 * sentence whose verb comes last is a company; "this sector" after a region's projects is the
 * region's; a bare "the industry" in a pharmaceutical article is the sector's; and a total told
 * again ("the rest of the 50 billion") is nobody's the second time.
 */

const base = loadKnowledge();
const published = (body: string) => publishedBy(base, body);
const companies = (got: string[]) => [...new Set(got.map((g) => g.split(" ").slice(0, -2).join(" ")))];

describe("the work opening a sentence is no company", () => {
  it.each([
    [
      "# Work starts on a serum plant in Kostanay\n\nKOSTANAY, 3 June 2027 – Construction has begun on the Tobyl Serum plant in Kostanay, the akimat said. The plant will create 70 permanent jobs.",
      "Tobyl Serum",
      "Construction",
    ],
    [
      "# Ampoule plant in Atyrau\n\nATYRAU, 4 June 2027 – Work has started on Caspian Ampoule's plant in Atyrau. The plant will create 40 jobs.",
      "Caspian Ampoule",
      "Work",
    ],
    [
      "# Oral rehydration plant\n\nSHYMKENT, 5 June 2027 – Production has begun at the new plant of Oasis Salts LLP in Shymkent. The plant has created 25 jobs.",
      "Oasis Salts",
      "Production",
    ],
  ])("%#", (body, company, word) => {
    const got = published(body);
    expect(companies(got)).not.toContain(word);
    expect(got.some((g) => g.startsWith(`${company} jobs`))).toBe(true);
  });
});

describe("a Latin name before a Cyrillic legal form, or opening a Kazakh sentence, is a company", () => {
  it.each([
    [
      "# Шығыс Қазақстанда шыны зауыты\n\nӨскемен, 2027 жылғы 3 маусым. Облыста медицина саласында бір жоба іске асырылады.\n\nShygys BioGlass ЖШС Өскемен қаласында медициналық шыны құтылар шығаратын зауыт салады. Жобаның құны 7,2 млрд теңге, 50 жұмыс орны ашылады.",
      "Shygys BioGlass",
      ["investmentKzt 7.2", "jobs 50"],
    ],
    [
      "# Атырауда вакцина зауыты\n\nАтырау, 2027 жылғы 4 маусым. Облыста медицина саласында бір жоба бар.\n\nAtyrau Serum Атырау қаласында вакцина зауытын салуды жоспарлап отыр. Жобаға 25 млн доллардан астам инвестиция салынады, 30-дан астам маман жұмыспен қамтылады.",
      "Atyrau Serum",
      ["investmentUsd 25", "jobs 30"],
    ],
    [
      "# В Павлодаре построят завод флаконов\n\nПАВЛОДАР, 5 июня 2027 года. Irtysh Vial ТОО построит в Павлодаре завод стеклянных флаконов. Стоимость проекта — 6,4 млрд тенге, будет создано 45 рабочих мест.",
      "Irtysh Vial",
      ["investmentKzt 6.4", "jobs 45"],
    ],
  ])("%#", (body, company, figures) => {
    const got = published(body);
    for (const f of figures) expect(got).toContain(`${company} ${f}`);
  });
});

describe("'this sector' after a region's projects, and a bare 'the industry' of a pharmaceutical article, are scopes", () => {
  it.each([
    [
      "# Жамбыл облысында фармацевтикаға 20 млрд теңге\n\nТараз, 2027 жылғы 3 маусым. Жамбыл облысында фармацевтика саласында екі жоба іске асырылады. Облыс әкімдігінің мәліметінше, бұл салаға салынатын инвестицияның жалпы көлемі 20 млрд теңгеге дейін жетеді.\n\nTaraz Dari ЖШС Таразда зауыт салады. Жобаның құны 8 млрд теңге.",
      "scope:region investmentKzt 20",
      "Taraz Dari investmentKzt 8",
    ],
    [
      "# В Костанайской области два фармпроекта\n\nКОСТАНАЙ, 4 июня 2027 года. В Костанайской области в фармацевтической отрасли реализуются два проекта. По данным акимата, общий объём инвестиций в эту отрасль составит 18 млрд тенге.",
      "scope:region investmentKzt 18",
      undefined,
    ],
    [
      "# Вице-министр: в фармацевтику придёт 100 млрд тенге\n\nАСТАНА, 5 июня 2027 года. Вице-министр рассказал о проектах.\n\n«В этом году мы ожидаем, что в отрасль придёт более 100 миллиардов тенге частных инвестиций», — сказал он.\n\nПо его словам, министерство подписало меморандум с компанией «Нұр Фарм». «Речь идёт о 9 миллиардах тенге», — пояснил он.",
      "scope:sector investmentKzt 100",
      undefined,
    ],
    [
      "# Pharmaceutical investment to pass 90 billion tenge\n\nASTANA, 6 June 2027 – The vice minister spoke about new projects.\n\n“This year we expect more than 90 billion tenge of private investment to come into the industry,” he said.\n\nHe added that the ministry had signed a memorandum with Orda Pharm LLP. “We are talking about 7 billion tenge,” he said.",
      "scope:sector investmentKzt 90",
      undefined,
    ],
  ])("%#", (body, scope, company) => {
    const got = published(body);
    expect(got).toContain(scope);
    if (company) expect(got).toContain(company);
    const value = scope.split(" ").at(-1);
    expect(got.filter((g) => !g.startsWith("scope:") && g.endsWith(` ${value}`))).toEqual([]);
  });
});

describe("a total told again is nobody's the second time", () => {
  it.each([
    "# Region lines up two plants\n\nPAVLODAR, 3 June 2027 – Pavlodar Region's pipeline of pharmaceutical investment is put at 50 billion tenge in total.\n\nIrtysh Vial LLP will invest 12 billion tenge in a vial plant.\n\nAccording to the akimat, the rest of the 50 billion tenge falls to projects whose investors have not been named.",
    "# Регион представил два проекта\n\nКОСТАНАЙ, 4 июня 2027 года. Портфель фармацевтических инвестиций Костанайской области оценивается в 40 млрд тенге.\n\nТОО «Тобыл Фарм» вложит 11 млрд тенге в завод таблеток.\n\nПо данным акимата, остальная часть из 40 млрд тенге приходится на проекты, инвесторы которых ещё не названы.",
  ])("%#", (body) => {
    const got = published(body);
    const value = /(\d+) (billion|млрд)/u.exec(body)?.[1];
    expect(got.filter((g) => !g.startsWith("scope:") && g.endsWith(` ${value}`))).toEqual([]);
  });
});

describe("a paragraph of phases after the one about a project is that project's, and so is 'the plant' after it", () => {
  it.each([
    [
      "# Work begins on a vial plant\n\nAKTOBE, 3 June 2027 – Construction has begun on the plant of Aktobe Vial LLP in Aktobe, the akimat said. The investment is now put at 12 billion tenge.\n\nThe first phase, worth 7 billion tenge, is due in 2028.\n\nThe plant will create 80 permanent jobs.\n\nSeparately, the ministry said its talks with the Danish company Nordvax are continuing.",
      "Aktobe Vial",
      "jobs 80",
    ],
    [
      "# Начато строительство завода\n\nУРАЛЬСК, 4 июня 2027 года. ТОО «Жайық Инфузия» начало строительство завода инфузионных растворов в Уральске. Стоимость проекта — 10 млрд тенге.\n\nПервая очередь стоимостью 6 млрд тенге будет завершена в 2028 году.\n\nНа заводе будет создано 70 рабочих мест.\n\nОтдельно министерство сообщило, что переговоры с немецкой компанией Vitapharm продолжаются.",
      "Жайық Инфузия",
      "jobs 70",
    ],
    [
      "# Семейде зауыт құрылысы басталды\n\nСемей, 2027 жылғы 5 маусым. «Ертіс Шприц» ЖШС Семейде шприц зауытының құрылысын бастады. Жобаның құны 8 млрд теңге.\n\nБірінші кезеңнің құны 5 млрд теңге, ол 2028 жылы аяқталады.\n\nЗауытта 60 жұмыс орны ашылады.\n\nСонымен қатар министрлік Helvax компаниясымен келіссөздер жалғасып жатқанын хабарлады.",
      "Ертіс Шприц",
      "jobs 60",
    ],
  ])("%#", (body, company, jobs) => {
    const got = published(body);
    expect(got).toContain(`${company} ${jobs}`);
    const phase = /(\d+) (billion|млрд)/u.exec(body.split("\n\n")[2] as string)?.[1];
    // The phase's figure is no whole project's, nor the other company's.
    expect(got.filter((g) => !g.startsWith("scope:") && g.endsWith(`investmentKzt ${phase}`))).toEqual([]);
  });
});

describe("'the plant in X' is the company an earlier report placed in X", () => {
  it.each([
    [
      "# Вице-министр рассказал о проектах\n\nАСТАНА, 3 июня 2027 года. Вице-министр рассказал о новых проектах.\n\nОн также упомянул алматинский проект Nobel. «Завод в Алматы будет выпускать до 50 миллионов упаковок в год», — сказал он.\n",
      "Nobel Almaty Pharmaceutical Factory",
      "50",
    ],
    [
      '# Minister on new plants\n\nASTANA, 4 June 2027 – The minister spoke about new projects.\n\nHe also mentioned Abdi Ibrahim\'s project. "The plant in Almaty Region will make up to 30 million packs a year," he said.\n',
      "Abdi Ibrahim Global Pharm",
      "30",
    ],
    [
      "# Министр жобалар туралы\n\nАстана, 2027 жылғы 5 маусым. Министр жаңа жобалар туралы айтты.\n\nОл сондай-ақ AltINFARM жобасын атап өтті. «Алматыдағы зауыт жылына 40 млн қаптама шығарады», — деді ол.\n",
      "AltINFARM",
      "40",
    ],
  ])("%#", (text, company, value) => {
    const p = planArticle(base, text);
    const names = new Map(p.knowledge.dataset.organisations.map((o) => [o.id, o.name.en]));
    const owner = new Map(p.knowledge.dataset.projects.map((x) => [x.id, names.get(x.company)]));
    const capacity = p.claims.filter((c) => c.attribute === "capacity" && c.status === "active");
    expect(capacity.map((c) => owner.get(c.subject.id))).toEqual([company]);
    expect(capacity[0]?.quote).toContain(value);
  });
});

describe("'both projects' of an article of two are each of the two's, and a sector in a region the clause names is the region's", () => {
  it.each([
    "# Two plants for Atyrau\n\nATYRAU, 3 June 2031 – Two medical projects are planned in Atyrau Region.\n\nCaspian Vial LLP will build a vial plant in Atyrau for 5 billion tenge.\n\nAtyrau Dent LLP will build a dental materials plant in Atyrau for 2 billion tenge.\n\n“Both projects will be launched by 2029,” the deputy akim said.",
    "# Два завода в Актобе\n\nАКТОБЕ, 4 июня 2031 года. В Актюбинской области в фармацевтической отрасли реализуются два проекта.\n\nТОО «Актобе Шприц» построит в Актобе завод шприцев за 4 млрд тенге.\n\nТОО «Ойыл Фарм» построит в Актобе завод таблеток за 6 млрд тенге.\n\n«Оба проекта будут запущены до 2029 года», — сказал заместитель акима.",
    "# Түркістан облысында екі жоба\n\nТүркістан, 2031 жылғы 5 маусым. Түркістан облысында фармацевтика саласында екі жоба іске асырылады.\n\n«Отырар Фарм» ЖШС Түркістанда таблетка зауытын салады. Жобаның құны 3 млрд теңге.\n\n«Сауран Мед» ЖШС Түркістанда шприц зауытын салады. Жобаның құны 4 млрд теңге.\n\nОблыс әкімінің орынбасары: «Екі жоба да 2029 жылға дейін іске қосылады деп күтеміз», — деді.",
  ])("%#", (body) => {
    const p = planArticle(base, body);
    const milestones = p.claims.filter((c) => c.attribute === "milestone" && c.status === "active");
    expect(new Set(milestones.map((c) => c.subject.id)).size).toBe(2);
    const got = published(body);
    expect(got.filter((g) => g.startsWith("scope:country") || g.startsWith("scope:sector"))).toEqual([]);
  });
});
