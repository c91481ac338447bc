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
