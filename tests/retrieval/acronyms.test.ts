import { describe, expect, it } from "vitest";
import { namesByInitials, spellOutInitials } from "../../retrieval/acronyms.js";

const source = (body: string) => ({ id: "a", title: "t", date: null, body });

describe("initials people type for a name the sources write out", () => {
  const names = namesByInitials([
    source(
      "The Institute of Nuclear Physics makes iodine-131. The Research Institute of Cardiology opened a line.",
    ),
    source("Визит в Институт ядерной физики прошёл в ноябре. Ядролық физика институты изотоп шығарады."),
  ]);
  const known = (w: string) => ["iodine", "the"].includes(w);

  it("reads Latin and Cyrillic initials as the name, skipping little words", () => {
    expect(names.get("inp")).toBe("Institute of Nuclear Physics");
    expect(names.get("ric")).toBe("Research Institute of Cardiology");
    expect(names.get("ияф")).toBe("Институт ядерной физики");
    expect(names.get("яфи")).toBe("Ядролық физика институты");
  });

  it("writes out only words no source holds, of three to five letters", () => {
    expect(spellOutInitials("what does the INP make", names, known)).toBe(
      "what does the Institute of Nuclear Physics make",
    );
    expect(spellOutInitials("кто посетил ИЯФ", names, known)).toBe("кто посетил Институт ядерной физики");
    // A word a source holds stays as typed; two letters are too few to stand for a name.
    expect(spellOutInitials("the iodine", names, known)).toBe("the iodine");
    expect(spellOutInitials("in", names, known)).toBe("in");
  });

  it("drops initials two different names share", () => {
    const shared = namesByInitials([source("Astana Medical Park. Aktobe Meat Plant.")]);
    expect(shared.get("amp")).toBeUndefined();
  });
});
