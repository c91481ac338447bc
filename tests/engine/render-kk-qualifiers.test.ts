import { describe, expect, it } from "vitest";
import { amountText } from "../../tools/render/number.js";

// Kazakh puts "more than" and "up to" after the number, which then takes the ablative or the
// dative by the last word it is read with; other qualifiers stay in front.
describe("Kazakh qualifiers after the number", () => {
  it.each([
    [{ value: 12000, unit: "jobs", qualifier: "more than" }, "12 000-нан астам жұмыс орны"],
    [{ value: 300, unit: "jobs", qualifier: "more than" }, "300-ден астам жұмыс орны"],
    [{ value: 40, unit: "jobs", qualifier: "more than" }, "40-тан астам жұмыс орны"],
    [{ value: 60, unit: "jobs", qualifier: "up to" }, "60-қа дейін жұмыс орны"],
    [{ value: 10, unit: "jobs", qualifier: "up to" }, "10-ға дейін жұмыс орны"],
    [{ value: 76, unit: "medicines", qualifier: "more than" }, "76-дан астам дәрілік препарат"],
    [{ value: 103, unit: "billion KZT", qualifier: "more than" }, "103 млрд теңгеден астам"],
    [{ value: 15.6, unit: "billion KZT", qualifier: "up to" }, "15,6 млрд теңгеге дейін"],
    [{ value: 40, unit: "million USD", qualifier: "more than" }, "40 млн АҚШ долларынан астам"],
    [{ value: 50, unit: "percent", qualifier: "more than" }, "50%-дан астам"],
    [{ value: 200, unit: "jobs", qualifier: "at least" }, "кемінде 200 жұмыс орны"],
    [{ value: 60, unit: "jobs", qualifier: "around" }, "шамамен 60 жұмыс орны"],
  ] as const)("%o → %s", (figure, text) => {
    expect(amountText({ ...figure }, "kk").replace(/[\u00a0\u202f]/g, " ")).toBe(text);
  });

  it("keeps Russian and English qualifiers in front", () => {
    expect(amountText({ value: 12000, unit: "jobs", qualifier: "more than" }, "en")).toMatch(
      /^more than 12,000 jobs$/,
    );
    expect(amountText({ value: 10, unit: "jobs", qualifier: "up to" }, "ru")).toMatch(/^до 10/);
  });
});
