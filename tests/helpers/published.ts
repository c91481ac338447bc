import { planIngest } from "../../knowledge/ingest.js";
import type { Knowledge } from "../../knowledge/load.js";

/** An article planned for ingestion on top of `base` (nothing stored). */
export function planArticle(base: Knowledge, body: string, date = "2027-05-01", id = "genre-article") {
  return planIngest(base, { id, title: "Genre article", date, body });
}

/**
 * "Company attribute value" for every figure and stage an article would publish; scopes as
 * "scope:kind"; a range as "200-250".
 */
export function published(base: Knowledge, body: string): string[] {
  const p = planArticle(base, body);
  const names = new Map(p.knowledge.dataset.organisations.map((o) => [o.id, o.name.en]));
  const company = new Map(p.knowledge.dataset.projects.map((x) => [x.id, x.company]));
  const kind = new Map(p.knowledge.dataset.scopes.map((s) => [s.id, s.kind]));
  return p.claims
    .filter((c) => c.status === "active" && (c.value.kind === "figure" || c.value.kind === "stage"))
    .map((c) => {
      const who =
        c.subject.type === "scope"
          ? `scope:${kind.get(c.subject.id)}`
          : (names.get(company.get(c.subject.id) ?? "") ?? c.subject.id);
      const v = c.value;
      const value =
        v.kind === "figure" ? `${v.value}${v.upTo ? `-${v.upTo}` : ""}` : v.kind === "stage" ? v.stage : "";
      return `${who} ${c.attribute} ${value}`;
    });
}
