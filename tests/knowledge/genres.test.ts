import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { published as publishedBy } from "../helpers/published.js";

/**
 * Mechanisms of reading real news, each with siblings in other wordings, companies and languages:
 * who a figure or a stage belongs to, and what belongs to nobody. Every article is ingested on its
 * own on top of the seed, through the same planIngest as `npm run ingest`.
 */

const base = loadKnowledge();

const published = (body: string) => publishedBy(base, body);

describe("the other side of talks is a company, and 'they' in its paragraph is it", () => {
  it.each([
    [
      "We are in talks with Marmara Biyoteknik of Turkey about a vaccine plant. They speak of about 70 million dollars.",
      "Marmara Biyoteknik",
    ],
    [
      "The ministry held talks with Hanmi Bio of Korea on an insulin plant. They put the cost at about 70 million dollars.",
      "Hanmi Bio",
    ],
    [
      "Министерство ведёт переговоры с Анадолу Илач о заводе в Актобе. Они оценивают проект примерно в 70 млн долларов.",
      "Анадолу Илач",
    ],
  ])("%s", (body, company) => {
    const got = published(body);
    expect(got).toContain(`${company} stage talks`);
    expect(got).toContain(`${company} investmentUsd 70`);
  });
});

describe("a list item's later sentences keep the item's company", () => {
  it.each([
    [
      "Highlights of the week:\n\n- Orda Pharm has begun building an infusion plant in Astana. The project is worth $40M and will create up to 220 jobs.\n- Medi-Glass Qazaqstan signed an agreement in Ekibastuz. The investment is USD 18 mln.",
      ["Orda Pharm investmentUsd 40", "Orda Pharm jobs 220", "Medi-Glass Qazaqstan investmentUsd 18"],
    ],
    [
      "Проекты недели:\n\n- Тобыл Фарм начала строить завод в Рудном. Проект стоит 12 млрд тенге.\n- Дала Вита подписала соглашение в Костанае. Инвестиции составят 4 млрд тенге.",
      ["Тобыл Фарм investmentKzt 12", "Дала Вита investmentKzt 4"],
    ],
  ])("%#", (body, want) => {
    expect(published(body)).toEqual(expect.arrayContaining(want));
  });
});

describe("a figure after a list of companies is the list's, never the last one's", () => {
  it.each([
    [
      "The agreements with Orda Pharm, Tobyl Pharm and Dala Vita add up to 60 billion tenge and around 500 jobs.",
    ],
    ["Соглашения с Орда Фарм, Тобыл Фарм и Дала Вита в сумме дают 60 млрд тенге и около 500 рабочих мест."],
  ])("%s", (body) => {
    const got = published(body);
    expect(got.filter((g) => / (investmentKzt 60|jobs 500)$/.test(g) && !g.startsWith("scope:"))).toEqual([]);
  });
});

describe("withdrawn and recalled figures are no current figure", () => {
  it.each([
    [
      "Qazaq Vaccines will build a plant in Karaganda for 30 billion tenge. Correction: an earlier version of this article said 35 billion tenge.",
      "35",
    ],
    [
      "Казвакцина построит завод в Караганде за 30 млрд тенге. Ранее объём инвестиций оценивался в 35 млрд тенге.",
      "35",
    ],
  ])("%s", (body, withdrawn) => {
    const got = published(body);
    expect(got.some((g) => g.endsWith(`investmentKzt ${withdrawn}`))).toBe(false);
    expect(got.some((g) => g.endsWith("investmentKzt 30"))).toBe(true);
  });
});

describe("someone new is not the company before", () => {
  it.each([
    [
      "Zhetysu Insulin signed an agreement in Taldykorgan. Nearby, a Turkish investor is building a packaging plant worth 6.3 billion tenge.",
    ],
    [
      "Жетысу Инсулин подписала соглашение в Талдыкоргане. Рядом турецкий инвестор строит завод тары стоимостью 6,3 млрд тенге.",
    ],
  ])("%s", (body) => {
    expect(published(body).filter((g) => g.endsWith("investmentKzt 6.3"))).toEqual([]);
  });
});

describe("a host named after 'at' is no actor of the event", () => {
  it.each([
    [
      "The first batches of AstraZeneca medicines have left the line at Nobel Almaty Pharmaceutical Factory.",
      "AstraZeneca",
      "Nobel Almaty Pharmaceutical Factory",
    ],
    [
      "Hikma Pharma launched a packaging line at Nobel Almaty Pharmaceutical Factory.",
      "Hikma Pharma",
      "Nobel Almaty Pharmaceutical Factory",
    ],
  ])("%s", (body, actor, host) => {
    const got = published(body);
    expect(got).toContain(`${actor} stage launched`);
    expect(got).not.toContain(`${host} stage launched`);
  });
});

describe("a line at another company's factory is its actor's", () => {
  it.each([
    [
      "The first batches of Hikma Pharma medicines have left the line at Nobel Almaty Pharmaceutical Factory.\n\nThe line started with four medicines. By 2029 it is to produce 12 medicines.",
      "Hikma Pharma",
    ],
    [
      "Qazaq Biologics launched a filling line at Nobel Almaty Pharmaceutical Factory.\n\nBy 2029 the line is to produce 12 medicines.",
      "Qazaq Biologics",
    ],
  ])("%#", (body, actor) => {
    const got = published(body);
    expect(got).toContain(`${actor} medicines 12`);
    expect(got).not.toContain("Nobel Almaty Pharmaceutical Factory medicines 12");
  });
});
