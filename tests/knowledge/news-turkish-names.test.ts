import { describe, expect, it } from "vitest";
import { extractClaims } from "../../knowledge/extract/extract.js";
import { loadKnowledge } from "../../knowledge/load.js";

/**
 * An English release that names Turkish companies (dotless ı, ş, ç) is read as English: its
 * "5,000 jobs" is five thousand, never five (the Kazakh reading of the comma). The article is a
 * fixture written for this test.
 */
const body = `# Two Turkish groups to build plants in Kazakhstan

ASTANA, March 3, 2027 – Two Turkish companies signed investment agreements with the government on Monday.

- **Yıldız Pharma** will build a tablet plant in Shymkent, investing $120 million and creating 1,250 new jobs.
- **Kılıç Holding** will build a medical glove factory in the Almaty Region, investing $45 million and creating 5,000 jobs.
`;

describe("an English release with Turkish names", () => {
  it("keeps its thousands", () => {
    const { dataset } = loadKnowledge();
    const x = extractClaims(
      { id: "turkish-groups", title: "Turkish groups", date: "2027-03-03", body },
      dataset,
    );
    expect(x.lang).toBe("en");
    const jobs = x.claims.flatMap((c) =>
      c.attribute === "jobs" && c.value.kind === "figure" ? [c.value.value] : [],
    );
    expect(jobs).toEqual(expect.arrayContaining([1250, 5000]));
    expect(jobs).not.toContain(5);
  });
});

describe("countries", () => {
  it("are never companies, in any language", async () => {
    const { findNames } = await import("../../knowledge/extract/names.js");
    for (const s of [
      "Премьер-министр Novartis компаниясының Ресей мен ТМД елдеріндегі өкілімен кездесті.",
      "Министр встретился с главой компании Sanofi по Турции и Египту.",
      "Roche компаниясының Түркия бойынша директоры келді.",
    ])
      expect(findNames(s).map((n) => n.name)).not.toContainEqual(
        expect.stringMatching(/^(Ресей|Турции|Египту|Түркия)$/),
      );
  });
});
