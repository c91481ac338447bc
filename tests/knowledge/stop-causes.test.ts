import { describe, expect, it } from "vitest";
import { causeOf } from "../../knowledge/extract/stages.js";

/** Why a plant stopped, in the source's own words, in en/ru (fixtures n135, n153 and their siblings). */
describe("a stop's cause after 'for lack of', 'since its co-investor …', «за отсутствием»", () => {
  it.each([
    [
      "A 4.8 billion tenge plant for syrups has been frozen for lack of money after its Polish co-investor pulled out.",
      "for lack of money after its Polish co-investor pulled out",
    ],
    [
      "A 2.8 billion tenge plant for infusion solutions has been frozen since its Turkish co-investor withdrew; the akimat is looking for a new investor.",
      "since its Turkish co-investor withdrew",
    ],
    ["Строительство завода мазей заморожено за отсутствием финансирования.", "за отсутствием финансирования"],
    ["The plant was suspended due to a shortage of equipment.", "due to a shortage of equipment"],
  ])("%s", (text, cause) => {
    expect(causeOf(text)).toBe(cause);
  });

  it("an investor named without its leaving is no cause", () => {
    expect(causeOf("The plant, built with its Chinese investor, has been suspended.")).toBeUndefined();
  });
});
