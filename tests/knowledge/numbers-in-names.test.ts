import { describe, expect, it } from "vitest";
import { capacitiesOf } from "../../knowledge/extract/capacity.js";
import { findFigures } from "../../knowledge/extract/figures.js";

/**
 * A number that is part of a name is no figure: "the Prevenar 13 vaccine" is no 13 medicines, and
 * "COVID-19 vaccine a year" is no capacity of 19. A plant's capacity may run over several words to
 * its period ("60 million doses of the … COVID-19 vaccine a year").
 */
describe("numbers inside names", () => {
  it.each([
    "Smailov recalled that the Prevenar 13 vaccine had helped reduce pneumonia among children.",
    "The company also supplies the Sputnik 5 vaccine to the regions.",
    "Pfizer will localise the Prevenar 20 vaccine at the plant.",
  ])("a brand's number is no count: %s", (s) => {
    expect(findFigures(s, "en").figures).toEqual([]);
  });

  it("a count after an ordinary word or a month stays a count", () => {
    expect(findFigures("About 200 jobs will be created.", "en").figures.map((f) => f.value)).toEqual([200]);
    expect(findFigures("On January 22 the plant created 40 jobs.", "en").figures.map((f) => f.value)).toEqual(
      [40],
    );
  });

  it("a capacity keeps its whole unit to the period, never the name's number", () => {
    const s =
      "Once built, a plant in the Zhambyl Region will produce around 60 million doses of the Kazakh QazVac COVID-19 vaccine a year, the minister said.";
    const found = capacitiesOf(s);
    expect(found).toEqual(["around 60 million doses of the Kazakh QazVac COVID-19 vaccine a year"]);
    expect(capacitiesOf("The line makes the Covid-19 vaccine a year after its launch.")).toEqual([]);
  });
});
