import type { Lang } from "../knowledge/schema.js";
import type { EntityIndex } from "./entities.js";
import { ELSE_WORDS } from "./lexicon.js";
import { t } from "./locales/index.js";
import type { Query } from "./query.js";
import { formatNumber } from "./render/number.js";

type Templates = ReturnType<typeof t>["conversation"];
type Noun = keyof Templates["noun"];

/** The figure a query asks for, as the locale's templates name it. */
function nounOf(q: Query): Noun | undefined {
  if (q.attributes.includes("sociallySignificant")) return "social";
  if (q.attributes.includes("investmentUsd") || (q.attributes.includes("investmentKzt") && q.unit === "USD"))
    return "usd";
  if (q.attributes.includes("investmentKzt")) return q.unit === "KZT" ? "kzt" : "investment";
  if (q.attributes.includes("medicines")) return "medicines";
  if (q.attributes.includes("jobs")) return "jobs";
  return undefined;
}

const ASKED: Partial<Record<Query["attributes"][number], keyof Templates["ask"]>> = {
  sites: "location",
  partners: "partners",
  products: "products",
  standard: "standard",
  facility: "facility",
  companies: "companies",
  dates: "date",
  changes: "changes",
  roles: "role",
  statements: "said",
};

/**
 * A query restated as a question in the user's language, for "Understood as" below a follow-up's
 * answer: shown, never read again.
 */
export function restate(q: Query, lang: Lang, entities: EntityIndex, question = ""): string {
  const tx = t(lang).conversation;
  // "Is Abdi in Almaty Region?": the companies are the subjects, the place where they are asked about.
  const places = q.subjects.filter((s) => s.type === "place");
  const others = q.subjects.filter((s) => s.type !== "place");
  if (places.length && others.length) {
    const where = tx.list(places.map((s) => entities.name(s, lang)));
    const who = tx.list(others.map((s) => entities.name(s, lang)));
    if (q.besides) return tx.besides(who, where);
    if (q.negated) return tx.notIn(who, where);
    return restate({ ...q, subjects: others }, lang, entities, question).replace(/\??$/, ` (${where})?`);
  }
  // "whose is 36.7?": whose figure the number is.
  if (q.operation === "list" && q.threshold?.said && !q.subjects.length)
    return tx.whose(formatNumber(q.threshold.value, lang));
  const subjects = tx.list(q.subjects.map((s) => entities.name(s, lang)));
  const place = q.subjects.length > 0 && q.subjects.every((s) => s.type === "place");
  const noun = nounOf(q);
  if (q.exchangeRate) return tx.rate(subjects);
  if (q.besides && q.attributes.includes("products") && !places.length)
    return tx.makersBesides(subjects, q.unparsed.filter((w) => !ELSE_WORDS.has(w)).join(" "));
  if (q.role?.includes("strategic partner")) return tx.strategic(subjects);
  if (q.operation === "count" && q.attributes.includes("products") && q.topic?.length)
    return tx.kinds(subjects, q.topic.join(" "));
  if (q.operation === "ratio" && q.per === "jobs") return tx.perJob(subjects);
  if (q.operation === "ratio" && q.per === "medicines") return tx.perMedicine(subjects);
  if (noun) {
    const name = tx.noun[noun];
    if (q.operation === "share" && q.stated && !q.subjects.length) return tx.statedShare(name);
    if (q.operation === "max" && !q.subjects.length) return tx.most(name);
    if (q.operation === "min" && !q.subjects.length) return tx.least(name);
    if (q.operation === "sum" || !q.subjects.length)
      return q.subjects.length ? tx.sum(name, subjects) : tx.total(name);
    if (q.operation === "share") return tx.share(name, subjects);
    if (q.operation === "rank") return tx.rank(name, subjects);
    if (["compare", "difference", "times", "max", "min"].includes(q.operation) && q.subjects.length > 1)
      return tx.compare(name, subjects);
    if (q.subjects.length) return tx.ask[noun](subjects, place);
  }
  // "does it cover green tech?" of the memorandum: whether the agreement holds those words.
  const agreements = q.subjects.filter((s) => s.type === "agreement");
  if (q.attributes.includes("items") && q.operation === "exists" && q.topic?.length && agreements.length)
    return tx.covers(tx.list(agreements.map((s) => entities.name(s, lang))), q.topic.join(" "));
  const signed =
    q.subjects.length > 0 && q.subjects.every((s) => s.type === "agreement" || s.type === "partnership");
  if (signed && q.attributes.includes("sites")) return tx.signedWhere(subjects);
  if (signed && q.attributes.includes("dates")) return tx.signedWhen(subjects);
  if (signed && q.attributes.includes("signatories")) return tx.signedWho(subjects);
  if (signed && q.attributes.includes("items")) return tx.contents(subjects);
  if (q.attributes.includes("roles") && q.operation === "exists" && q.role?.length)
    return tx.roleIs(subjects, q.role.join(" "));
  const asked = q.attributes.map((a) => ASKED[a]).find(Boolean);
  if (asked && q.subjects.length) return tx.ask[asked](subjects, place);
  // Nothing to restate it by: the question as it was asked.
  return subjects ? `${subjects}?` : question;
}
