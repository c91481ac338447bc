import { z } from "zod";
import type { Source } from "../../knowledge/schema.js";
import type { Answer, AnswerOptions, ConversationContext } from "../../tools/types.js";
import { checkCase, type EvalCase } from "./eval-cases.js";

/** One turn of a dialogue, graded like a case of ../shared/eval/questions.json. */
const Turn = z.object({
  q: z.string(),
  all: z.array(z.string()).default([]),
  none: z.array(z.string()).default([]),
  cite: z.string().optional(),
  lang: z.enum(["en", "ru", "kk"]).optional(),
});

export const Dialogue = z.object({
  id: z.string(),
  lang: z.enum(["en", "ru", "kk"]).default("en"),
  /** What the dialogue checks (ellipsis, pronoun, operation, unit, correction, source, switch). */
  kind: z.string().optional(),
  turns: z.array(Turn).min(2).max(5),
});
export type Dialogue = z.infer<typeof Dialogue>;
export const DialogueFile = z.object({ about: z.string().optional(), dialogues: z.array(Dialogue) });

export interface TurnResult {
  case: EvalCase;
  answer: Answer;
  problems: string[];
}

/** Runs a dialogue turn by turn, each answered in the context the previous one left. */
export async function runDialogue(
  engine: { answer(question: string, options?: AnswerOptions): Promise<Answer> },
  dialogue: Dialogue,
  sources: readonly Source[],
): Promise<TurnResult[]> {
  const results: TurnResult[] = [];
  let context: ConversationContext | null = null;
  for (const [i, turn] of dialogue.turns.entries()) {
    const c: EvalCase = { ...turn, id: `${dialogue.id}#${i + 1}`, lang: turn.lang ?? dialogue.lang };
    const answer = await engine.answer(turn.q, { context });
    context = answer.context ?? null;
    results.push({ case: c, answer, problems: checkCase(c, answer, sources) });
  }
  return results;
}
