import { describe, expect, it } from "vitest";
import { findNames } from "../../knowledge/extract/names.js";

/**
 * Who a name in real news is: a title before a personal name is a person, a vaccine or medicine
 * brand is a product, a plant named by its place, product or own name is a plant, and a name never
 * spans a comma (fresh sentences in en/ru/kk, not copies of any stream article).
 */

const names = (s: string) =>
  findNames(s).map((n) => `${n.name}${n.plant ? " [plant]" : ""}${n.product ? " [product]" : ""}`);

describe("people, products, plants and commas in names", () => {
  it.each([
    [
      "Atyrau Region Governor Serik Shapkenov has received a delegation of the Turkish company DERMAVIT.",
      ["DERMAVIT"],
    ],
    ["Health Minister Dana Ospanova has signed the order.", []],
    ["Об этом сообщил министр здравоохранения Алексей Ким Сергеевич.", []],
    ["Облыс әкімі Асхат Шахаров зауыттың жұмысымен танысты.", []],
  ])("a person is no organisation: %s", (s, want) => {
    expect(names(s).filter((n) => !n.endsWith("[product]"))).toEqual(want);
  });

  it.each([
    [
      "Local production of Russia's Gripvax has been launched at the Kostanay Biological Plant.",
      "Gripvax [product]",
    ],
    [
      "Some 300,000 doses of Flu Shield, a vaccine based on Sanofi's technology, were delivered.",
      "Flu Shield [product]",
    ],
    ["Once the plant is ready, Vitamax will be made there.", "Vitamax [product]"],
  ])("a product is no organisation: %s", (s, want) => {
    expect(names(s)).toContain(want);
  });

  it.each([
    ["The Vitamax plant in Turkistan region will cost 12.5 billion tenge.", "[plant]"],
    ["Павлодарскому фармацевтическому заводу удалось нарастить выпуск.", "[plant]"],
    ["Завод Vitamax в Туркестанской области провёл пробный запуск.", "[plant]"],
    ["Делегация Vitamax вакциналарын шығаратын биофармацевтикалық зауытында болды.", "[plant]"],
  ])("a plant named by place or product is a plant: %s", (s, want) => {
    expect(names(s).some((n) => n.endsWith(want))).toBe(true);
  });

  it("a name never spans a comma", () => {
    expect(names("In Kostanay, Tobol Infusions LLP will expand its saline line.")).toEqual([
      "Tobol Infusions",
    ]);
    expect(names("Также в Астане, Steppe Insulin LLP откроет цех.")).toEqual(["Steppe Insulin"]);
  });
});
