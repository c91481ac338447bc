import { createHash } from "node:crypto";
import { Composer } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import { t } from "../../tools/locales/index.js";
import { MAX_QUESTION_CHARS } from "../../tools/reading.js";
import type { Answer } from "../../tools/types.js";
import type { BotContext, FeatureDeps } from "../context.js";
import { renderAnswer } from "../render/answer.js";
import { escapeHtml, MESSAGE_LIMIT } from "../render/html.js";

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** An inline result's id (Telegram: up to 64 bytes), the same for the same question and language. */
const resultId = (answer: Answer) =>
  createHash("sha1").update(`${answer.lang}\n${answer.question}`).digest("base64url").slice(0, 10);

/** An answer as one inline result: a single message, with a note when the full answer is longer. */
export function inlineArticle(answer: Answer): InlineQueryResultArticle {
  const texts = t(answer.lang).bot;
  const more = `\n\n<i>${escapeHtml(texts.inlineMore)}</i>`;
  const messages = renderAnswer(answer, texts, { limit: MESSAGE_LIMIT - more.length });
  const first = messages[0]?.html ?? escapeHtml(answer.answer);
  return {
    type: "article",
    id: resultId(answer),
    title: clip(answer.question, 100),
    description: clip(answer.answer.replace(/\s+/g, " "), 200),
    input_message_content: {
      message_text: messages.length > 1 ? first + more : first,
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    },
  };
}

/** Inline mode: `@bot <question>` in any chat offers the answer; an empty query offers the examples. */
export function inlineFeature(deps: FeatureDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on("inline_query", async (ctx) => {
    const query = ctx.inlineQuery.query.trim().slice(0, MAX_QUESTION_CHARS);
    const questions = query ? [query] : ctx.t.bot.examples.slice(0, 3);
    const answers = await Promise.all(questions.map((q) => ctx.engine.answer(q, { prior: ctx.lang })));
    for (const a of answers) deps.metrics.answers.inc({ route: a.route });
    await ctx.answerInlineQuery(answers.map(inlineArticle), {
      cache_time: 300,
      // The language (and for an empty query, the examples) can depend on the user.
      is_personal: true,
      button: { text: ctx.t.bot.inlineHelpTitle, start_parameter: "inline" },
    });
  });
  return c;
}
