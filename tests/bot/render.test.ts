import { describe, expect, it } from "vitest";
import { sourcesButton } from "../../bot/features/sources.js";
import { examplesKeyboard } from "../../bot/features/start.js";
import {
  passageContext,
  renderAnswer,
  renderPassages,
  renderSourcesList,
  sentences,
} from "../../bot/render/answer.js";
import {
  checkKeyboard,
  checkTelegramHtml,
  escapeHtml,
  htmlToPlain,
  MESSAGE_LIMIT,
} from "../../bot/render/html.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { sourceTitle } from "../../knowledge/sources.js";
import { LANGS, t } from "../../tools/locales/index.js";
import type { Answer } from "../../tools/types.js";

const texts = t("en").bot;
const EVIL = `<b>x</b><script>alert("&amp;")</script> & <a href="javascript:1">`;

function answer(text: string, quotes: string[] = []): Answer {
  return {
    question: EVIL,
    lang: "en",
    route: "tool",
    tool: "jobs",
    answer: text,
    citations: quotes.map((quote, i) => ({ n: i + 1, source: `s${i % 2}`, title: `Title ${EVIL}`, quote })),
  };
}

const plainOf = (messages: { html: string }[]) => messages.map((m) => htmlToPlain(m.html)).join("");

describe("escaping", () => {
  it("escapes user and source text everywhere and reads back unchanged", () => {
    const [msg, ...rest] = renderAnswer(answer(`You asked ${EVIL} [1].`, [`Quote ${EVIL}`]), texts);
    expect(rest).toEqual([]);
    expect(msg?.html).not.toContain("<script>");
    expect(msg?.html).toContain("&lt;script&gt;");
    expect(checkTelegramHtml(msg?.html ?? "")).toEqual([]);
    const plain = htmlToPlain(msg?.html ?? "");
    expect(plain).toContain(`You asked ${EVIL} [1].`);
    expect(plain).toContain(`Title ${EVIL}`);
    expect(plain).toContain(`[1] Quote ${EVIL}`);
  });

  it("escapeHtml covers the characters Telegram's HTML mode needs", () => {
    expect(escapeHtml(`<>&"`)).toBe("&lt;&gt;&amp;&quot;");
  });
});

describe("splitting under 4096 characters", () => {
  it("splits a long answer between sentences, every message valid and nothing lost", () => {
    const sentence = (i: number) => `Sentence number ${i} says <something> & more about AltINFARM's plant. `;
    const text = Array.from({ length: 120 }, (_, i) => sentence(i))
      .join("")
      .trim();
    const quotes = Array.from({ length: 12 }, (_, i) => `Quote ${i} ${"with words ".repeat(30)}`.trim());
    const messages = renderAnswer(answer(text, quotes), texts, {
      buttons: [{ text: "x", callback_data: "src:abc" }],
    });
    expect(text.length).toBeGreaterThan(MESSAGE_LIMIT);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(checkTelegramHtml(m.html)).toEqual([]);
    // The first break falls between sentences.
    const first = htmlToPlain(messages[0]?.html ?? "");
    expect(first.endsWith("plant.")).toBe(true);
    const all = plainOf(messages);
    for (let i = 0; i < 120; i++) expect(all).toContain(sentence(i).trim());
    for (const q of quotes) expect(all).toContain(q);
    // Only the last message carries the buttons.
    expect(messages.slice(0, -1).every((m) => m.keyboard === undefined)).toBe(true);
    expect(messages.at(-1)?.keyboard?.inline_keyboard[0]?.[0]?.text).toBe("x");
  });

  it("cuts one enormous sentence and one enormous quote with all tags balanced", () => {
    const giant = "word<&> ".repeat(2000);
    const messages = renderAnswer(answer(giant, [giant]), texts);
    expect(messages.length).toBeGreaterThanOrEqual(4);
    for (const m of messages) expect(checkTelegramHtml(m.html)).toEqual([]);
    const compact = (s: string) => s.replace(/\s+/g, "");
    expect(compact(plainOf(messages))).toContain(compact(giant));
  });

  it("never splits a surrogate pair", () => {
    const emoji = "📚".repeat(5000);
    const messages = renderAnswer(answer(emoji), texts);
    for (const m of messages) {
      expect(checkTelegramHtml(m.html)).toEqual([]);
      expect(m.html).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(plainOf(messages)).toBe(emoji);
  });

  it("sentences() keeps every character", () => {
    const text = "One. Two? Three!\nFour 58.5 billion… five";
    expect(sentences(text).join("")).toBe(text);
    expect(sentences(text).length).toBe(5);
  });
});

describe("the validator catches what Telegram rejects", () => {
  it.each([
    ["<b>open", /unclosed/],
    ["<b><i>x</b></i>", /innermost/],
    ["1 < 2", /unescaped "<"/],
    ["a & b", /unescaped "&"/],
    ["<script>x</script>", /not supported/],
    ["x".repeat(MESSAGE_LIMIT + 1), /over the 4096 limit/],
    ["<b> </b>", /empty/],
  ])("%s", (html, problem) => {
    expect(checkTelegramHtml(html).join("; ")).toMatch(problem);
  });

  it("accepts Telegram's own tags and entities", () => {
    expect(
      checkTelegramHtml(
        '<a href="https://x.kz/?a=1&amp;b=2">x</a> <blockquote expandable>&#39;q&#x27;</blockquote>',
      ),
    ).toEqual([]);
  });
});

describe("buttons", () => {
  it("keeps every callback_data within 64 bytes", () => {
    const a = answer("Text [1].", ["quote"]);
    const button = sourcesButton(a, "Kx0_-9aZ3bQ", t("en"));
    expect(button).not.toBeNull();
    const [msg] = renderAnswer(a, texts, { buttons: button ? [button] : [] });
    expect(checkKeyboard(msg?.keyboard)).toEqual([]);
    for (const lang of LANGS) expect(checkKeyboard(examplesKeyboard(lang))).toEqual([]);
    expect(checkKeyboard({ inline_keyboard: [[{ text: "x", callback_data: "я".repeat(33) }]] })).toHaveLength(
      1,
    );
  });

  it("offers no Sources button for an answer without citations", () => {
    const a = answer("I cannot answer that.");
    expect(sourcesButton(a, "Kx0_-9aZ3bQ", t("en"))).toBeNull();
  });

  it("offers no Sources button for an answer that could not be kept", () => {
    expect(sourcesButton(answer("Text [1].", ["quote"]), null, t("en"))).toBeNull();
  });
});

describe("passages in context", () => {
  const { sources } = loadKnowledge();
  const pharma = sources.find((s) => s.id === "pharma-investment-agreements");
  if (!pharma) throw new Error("corpus missing");
  const quote = "will employ at least 150 people";

  it("shows the quote inside its paragraph", () => {
    const p = passageContext(pharma.body, quote);
    expect(pharma.body).toContain(p.before.replace(/^…/, "") + p.quote + p.after.replace(/…$/, ""));
    expect(p.before).toContain("Abdi Ibrahim Global Pharm");
  });

  it("renders each citation under its title and date, the quote underlined", () => {
    const [html, ...rest] = renderPassages(
      [{ n: 3, source: pharma.id, title: pharma.title, quote }],
      sources,
      "ru",
      t("ru").bot,
    );
    expect(rest).toEqual([]);
    expect(html).toContain(`<u>${quote}</u>`);
    expect(html).toContain("23 января 2026");
    expect(checkTelegramHtml(html ?? "")).toEqual([]);
  });

  it("lists the source articles, an undated one said to be undated", () => {
    for (const lang of LANGS) {
      const [html] = renderSourcesList(sources, lang, t(lang).bot);
      expect(checkTelegramHtml(html ?? "")).toEqual([]);
      for (const s of sources) expect(html).toContain(escapeHtml(sourceTitle(s, lang)));
      expect(html).toContain(t(lang).bot.undated);
    }
  });
});

describe("quotes in another language", () => {
  it("labels a source written in another language than the answer, and no other", () => {
    const ru = "Завод появится в рамках совместного инвестиционного проекта двух компаний.";
    const [msg] = renderAnswer(answer("MSN Group will invest about US$60 million [1].", [ru]), texts);
    expect(htmlToPlain(msg?.html ?? "")).toContain("(in Russian)");
    const [same] = renderAnswer(
      answer("About 60 jobs [1].", ["The project will create around 60 jobs."]),
      texts,
    );
    expect(htmlToPlain(same?.html ?? "")).not.toContain("(in ");
  });
});
