import { z } from "zod";
import { Query, SubjectRef } from "./query.js";

/**
 * What a chat keeps between messages: the last turn's query, the subjects, lists and citations a
 * follow-up may refer to. Stored in the bot's session and validated when read back; its reading
 * lives in context.ts.
 */

const Citation = z.object({ n: z.number(), source: z.string(), title: z.string(), quote: z.string() });

/** One conversation's state, kept per chat between messages (in the bot's session). */
export const ConversationContext = z.object({
  /** How the last turn was understood, in words (shown as "Understood as", named by "source?"). */
  question: z.string(),
  lang: z.enum(["en", "ru", "kk"]),
  /** The last query executed (the first clause's when there were several). */
  query: Query.optional(),
  /** The set the conversation is about: "and Y?" extends it, "which of them" and "they" read it. */
  subjects: z.array(SubjectRef).default([]),
  /**
   * The companies the last turn's correction took back ("oops, I meant MSP" after Abdi): "the
   * difference between them" next sets the two side by side.
   */
  takenBack: z.array(SubjectRef).optional(),
  /** The last two turns asked the two ends of one ranking ("the biggest" — "and the smallest?"). */
  ends: z.boolean().optional(),
  /** Organisations the last answer listed, in the order shown: "the second one" picks from here. */
  list: z.array(SubjectRef).default([]),
  /**
   * The list was picked from ("the second one"): it stays to pick from ("and the first?") until a
   * list or ranking is asked anew, whatever the answers between name.
   */
  picking: z.boolean().optional(),
  /**
   * The last agreements listed ("what did AstraZeneca sign"): "the july one", "the one with
   * SK-Pharmacy" pick from here while the talk goes on about one of them.
   */
  agreements: z.array(SubjectRef).default([]),
  /** The last place asked about: "there", «там», «сонда». */
  place: SubjectRef.optional(),
  /** The person the last answer was about or named: "he", «он», «ол» asking who someone is or what they said. */
  person: SubjectRef.optional(),
  /** A figure still to be named: "sum them up" after an answer without one asks "which figure?". */
  pending: z.enum(["sum", "compare", "share", "difference", "times", "value"]).optional(),
  /** The last answer's citations, quoted again on "source?". */
  citations: z.array(Citation).default([]),
  /** When the turn was answered (ISO time). */
  at: z.string(),
});
export type ConversationContext = z.infer<typeof ConversationContext>;
