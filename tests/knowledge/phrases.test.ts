import { describe, expect, it } from "vitest";
import { PhraseIndex } from "../../knowledge/phrases.js";
import { normalize } from "../../knowledge/text.js";

const index = new PhraseIndex<string>();
index.add("aktau", ["Aktau", "Актау", "Ақтау"]);
index.add("almaty", ["Almaty", "Алматы"]);
index.add("taraz", ["Taraz", "Тараз"]);
const found = (text: string) => index.find(normalize(text).split(" ")).map((m) => m.key);

describe("typo-tolerant phrase matching", () => {
  it.each([
    ["Almtay region", "almaty"],
    ["в Алматв", "almaty"],
    ["Актуа порты", "aktau"],
    ["Aktua port", "aktau"],
  ])("a typo that keeps the first letter still finds the name: %s", (text, key) => {
    expect(found(text)).toEqual([key]);
  });

  it.each([["Денсаулық сақтау министрінің айтуынша"], ["денсаулық сақтау саласы"], ["Kalmaty"], ["Шалматы"]])(
    "a word one letter away at its start is a word of its own, not a misspelt name: %s",
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});
