import { describe, expect, it } from "vitest";
import { editDistance } from "../../knowledge/phrases.js";
import {
  detectLang,
  isLatinKazakh,
  latinKazakhToCyrillic,
  normalize,
  stemKazakh,
  stems,
} from "../../knowledge/text.js";

describe("normalisation", () => {
  it("folds case, hyphens, possessives, Turkish dotted I and decimal commas", () => {
    expect(normalize("MSP-ROMPHARM's 58,5")).toBe("msp rompharm 58.5");
    expect(normalize("Nobel İlaç")).toBe("nobel ilac");
    expect(normalize("Объём <b>x</b>?")).toBe("объем b x b");
  });

  it("detects the question's language", () => {
    expect(detectLang("How many jobs?")).toBe("en");
    expect(detectLang("Сколько рабочих мест?")).toBe("ru");
    expect(detectLang("Инвестициялардың жалпы көлемі қанша?")).toBe("kk");
    expect(detectLang("Алматы облысында")).toBe("kk");
  });

  it("a Turkish name (dotless ı) in an English text keeps it English, so '5,000' stays five thousand", () => {
    expect(detectLang("Çalık Holding will build a plant and create 5,000 jobs.")).toBe("en");
    expect(detectLang("Kılıç Pharma is to invest $40 million in the Almaty Region")).toBe("en");
    expect(detectLang("Şahinler Holding, Yıldız and others signed new contracts")).toBe("en");
    // Kazakh typed in Latin letters is still Kazakh.
    expect(detectLang("qansha jumys orny ashylady")).toBe("kk");
    expect(detectLang("Almaty oblysynda qandaı jobalar bar")).toBe("kk");
  });

  it("reads Latin names inside a Russian question as names, not as English", () => {
    expect(detectLang("MSP-ROMPHARM инвестиции?")).toBe("ru");
    expect(detectLang("Сколько jobs в Almaty Region?")).toBe("ru");
    expect(detectLang("How many рабочих мест will Nobel create?")).toBe("en");
  });

  it("recognises Latin-script Kazakh and writes it in Cyrillic", () => {
    expect(detectLang("Abdi Ibrahim qansha jumys orny ashady?")).toBe("kk");
    expect(isLatinKazakh("How many jobs in Almaty?")).toBe(false);
    expect(latinKazakhToCyrillic("qansha jumys orny")).toBe("қанша жұмыс орны");
    expect(latinKazakhToCyrillic("oblysynda")).toBe("облысында");
  });
});

describe("Kazakh suffix stripping on real inflections", () => {
  it.each([
    ["облысында", "облыс"],
    ["облысындағы", "облыс"],
    ["облысы", "облыс"],
    ["инвестициялардың", "инвестиция"],
    ["компаниялар", "компания"],
    ["жобалары", "жоба"],
    ["дәрілер", "дәрі"],
    ["серіктестері", "серіктес"],
  ])("%s → %s", (word, stem) => {
    expect(stemKazakh(word)).toBe(stem);
  });

  it("stems Russian inflections to the same stem", () => {
    expect(stems("Алматинской области")).toEqual(stems("Алматинская область"));
  });
});

describe("typo distance", () => {
  it("counts a transposition as one edit", () => {
    expect(editDistance("reigon", "region")).toBe(1);
    expect(editDistance("almaty", "almati")).toBe(1);
    expect(editDistance("nobel", "rompharm", 2)).toBe(3);
  });
});
