import { z } from "zod";
import { FIGURE_ATTRIBUTES } from "../knowledge/claims.js";

/**
 * The typed query every question is read into: what is asked (attributes), about whom (subjects),
 * with one operation, and what was not understood. The parser fills it from the question (or an
 * optional model does, with this same schema); the executor alone computes the answer from it.
 */

/** Numeric attributes: figures a project states, which can be summed, ranked, divided. */
export const NUMERIC = FIGURE_ATTRIBUTES;

export const Attribute = z.enum([
  ...NUMERIC,
  /** Where the projects' sites are. */
  "sites",
  "partners",
  "products",
  "standard",
  "facility",
  /** When agreements were signed. */
  "dates",
  /** The agreements themselves, who signed them. */
  "signatories",
  "roles",
  "statements",
  /** The companies with projects. */
  "companies",
  /** Items of an agreement: focus areas, a production portfolio. */
  "items",
  "goal",
  /** Everything known about a subject. */
  "profile",
  /** How far a project has got: talks, planned, or an agreement signed. */
  "stage",
  /** Figures that a newer source changed, with their earlier values. */
  "changes",
]);
export type Attribute = z.infer<typeof Attribute>;
export type NumericAttribute = (typeof NUMERIC)[number];
export const isNumeric = (a: Attribute): a is NumericAttribute => (NUMERIC as readonly string[]).includes(a);

export const Operation = z.enum([
  "value",
  "list",
  "count",
  "sum",
  "average",
  "max",
  "min",
  "rank",
  "compare",
  "difference",
  /** How many times one figure is another's: "во сколько раз", "неше есе". */
  "times",
  "ratio",
  "share",
  "remainder",
  "exists",
  /** Events in the order of their dates: "which came first, A or B". */
  "order",
  /** The companies the sources give no such figure or fact for: "which company gives no investment". */
  "missing",
]);
export type Operation = z.infer<typeof Operation>;

export type SubjectType = z.infer<typeof SubjectRef>["type"];

export const SubjectRef = z.object({
  type: z.enum(["organisation", "place", "person", "agreement", "partnership"]),
  id: z.string().min(1),
});

export const Query = z.object({
  attributes: z.array(Attribute).min(1),
  /** Entities named in the question (places include everything inside them). */
  subjects: z.array(SubjectRef).default([]),
  operation: Operation,
  /** The currency asked for; both when absent. */
  unit: z.enum(["KZT", "USD"]).optional(),
  /** A ratio's denominator: "per job", "per medicine". */
  per: z.enum(["jobs", "medicines"]).optional(),
  groupBy: z.enum(["company", "region", "city"]).optional(),
  /**
   * A ratio's figures set against each other: "how many times is AltINFARM's investment per job
   * Nobel's" (times), "by how much" (difference), "the highest per job" (most), "the lowest" (least).
   */
  versus: z.enum(["difference", "times", "most", "least"]).optional(),
  /** Only companies whose project is under a signed agreement ("which companies signed …"). */
  signed: z.boolean().optional(),
  /** "the sum of the investments stated per company": the companies' own figures added up, asked as such. */
  stated: z.boolean().optional(),
  /** "do the per-company figures add up to 356?": a yes/no check of the headline against its parts. */
  addUp: z.boolean().optional(),
  /** "Do they add up to more than the 675?": the side of the headline asked about. */
  addUpSide: z.enum(["more", "less"]).optional(),
  /**
   * "is MSP more expensive than AltINFARM?": a yes/no comparison of two companies, the one asked
   * about first among the subjects, and whether it is asked to be the larger or the smaller.
   */
  comparative: z.enum(["more", "less"]).optional(),
  /** "more than twice as many", «вдвое больше», «екі есе көп»: the comparative's multiple. */
  factor: z.number().optional(),
  /** "are there more than 300 medicines?": a count a yes/no question sets the figure against. */
  threshold: z
    .object({
      value: z.number(),
      above: z.boolean(),
      /** "exactly 200?": the figure must be stated as exactly that, not "at least 200". */
      exactly: z.boolean().optional(),
      /**
       * "is Nobel's 200 an exact figure?", "is the 265 approximate?", «это минимум?»: the number is
       * the figure's, and the kind of qualifier it is stated with is what is asked.
       */
      qualified: z.enum(["exact", "rough", "floor"]).optional(),
      /** "about 58 billion?", «примерно 60?»: the figure within a few percent of the number said. */
      rough: z.boolean().optional(),
      /** "more than a third of the total?", "over 30%?": the value is a percent of the headline. */
      share: z.boolean().optional(),
      /** "is 58.5 billion the Nobel investment?", "altinfarm 200 jobs?": a figure stated to be confirmed. */
      said: z.boolean().optional(),
      /** The number's scale as written ("58.5 billion" → 1e9), to set it against a figure's unit. */
      scale: z.number().optional(),
    })
    .optional(),
  /** "has construction started?": the stage a yes/no question asks the project has reached. */
  stage: z
    .enum(["talks", "memorandum", "under construction", "launched", "suspended", "cancelled"])
    .optional(),
  /** "is it still only a memorandum?", «всё ещё переговоры?»: a yes only while the newest stage is this one. */
  still: z.enum(["talks", "memorandum"]).optional(),
  /** "only in Turkistan?": a yes only when every site of the company lies there. */
  only: z.boolean().optional(),
  /** "which pharmaceutical project in Pavlodar …": a place's ranking of its pharmaceutical projects only. */
  pharmaceutical: z.boolean().optional(),
  /**
   * "what is the share of domestic medicines" (no goal or target word): the share as sources state
   * it now leads, before the targets set for it.
   */
  current: z.boolean().optional(),
  /** "when will the second phase start": the phase of the project asked about. */
  phase: z.number().int().positive().optional(),
  /** "in which city is Abdi's plant": the kind of place asked for, to say when only a region is named. */
  placeKind: z.enum(["city", "region"]).optional(),
  /** Only subjects whose sites lie in more than one city or region. */
  spansPlaces: z.boolean().optional(),
  /**
   * The whole a part is taken of: "what share of Nobel's medicines are socially significant" is
   * socially significant medicines (the attribute) of its medicines (the whole), not of all projects.
   */
  whole: z.literal("medicines").optional(),
  /** The place in a ranking asked for: "the second most medicines" is 2. */
  position: z.number().int().min(2).optional(),
  /** Top-k of a ranking. */
  limit: z.number().int().positive().optional(),
  time: z
    .object({ year: z.number().int().optional(), month: z.number().int().min(1).max(12).optional() })
    .optional(),
  /** Words of a role asked about ("ceo", "vice minister"), as the question writes them. */
  role: z.array(z.string()).optional(),
  /**
   * An attribute the question asks for that the knowledge never records (a salary, an opening
   * date, a CEO of a company without one named): answered as precisely "not stated".
   */
  unknown: z.string().optional(),
  /** "Is X one of the four projects approved in January?": the announced set (a scope's id) asked about. */
  set: z.string().optional(),
  /** "is the project with the most jobs also the one with the most medicines": yes when one company tops every figure. */
  sameTop: z.boolean().optional(),
  /** "is the project with the most money in Turkistan?": ranked over all, yes when the top one is there. */
  topIn: z.boolean().optional(),
  /** "by what percent is A bigger (smaller) than B": the gap in percent of the smaller (the bigger). */
  percentMore: z.enum(["more", "less"]).optional(),
  /** "fewest jobs outside Almaty city": ranked over the projects with no site in the places named. */
  outside: z.boolean().optional(),
  /** "How many ministries are involved": the kind of organisation listed or counted. */
  orgKind: z.string().optional(),
  /** "Nobel: Almaty city or the region?": the places offered, to say which holds. */
  choice: z.array(SubjectRef).optional(),
  /** "what exchange rate is implied": tenge per dollar of an investment stated in both currencies. */
  exchangeRate: z.boolean().optional(),
  /** "investment per job of nobel and msp together": one ratio of their figures added, not each one's. */
  combined: z.boolean().optional(),
  /** "does either of them work with Sinovac": yes when any one of the subjects is so (else every one). */
  any: z.boolean().optional(),
  /** "who else besides Nobel builds in Almaty", "is anyone else there?": the companies named are left out. */
  besides: z.boolean().optional(),
  /** "Abdi is not in Almaty city, right?": the question states the negation, so the verdict is of it. */
  negated: z.boolean().optional(),
  /**
   * "what did Nurbek say about technology transfer": the words a person's statements are asked
   * about; "is early diagnosis one of the memo areas?": the words an agreement's items must name.
   */
  topic: z.array(z.string()).optional(),
  /** Words of the question that were not understood. */
  unparsed: z.array(z.string()).default([]),
});
export type Query = z.infer<typeof Query>;
export type QueryInput = z.input<typeof Query>;
