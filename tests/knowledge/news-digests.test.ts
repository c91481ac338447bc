import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { published as publishedBy } from "../helpers/published.js";

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
    ["n94-en-turkistan-update.md", "Zydus Lifesciences"],
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
