/** The engine's conversational answers on the real engine (real dataset, real retrieval index). */
import { describe, expect, it } from "vitest";
import { useEngine } from "../helpers/engine.js";

const engine = useEngine("conversation-engine");

describe("answers in a conversation", () => {
  it("a follow-up is answered as the rewritten question, says so, and leaves its context", async () => {
    const first = await engine().answer("How many jobs will AltINFARM create?");
    expect(first.context).toMatchObject({
      subjects: [{ type: "organisation", id: "altinfarm" }],
      query: { attributes: ["jobs"], subjects: [{ type: "organisation", id: "altinfarm" }] },
    });
    expect(first.understoodFrom).toBeUndefined();
    const next = await engine().answer("and Nobel?", {
      context: first.context,
      now: new Date("2026-01-23T10:00:00Z"),
    });
    expect(next.question).toBe("How many jobs will Nobel Almaty Pharmaceutical Factory create?");
    expect(next.understoodFrom).toBe("and Nobel?");
    expect(next.answer.split("\n").at(-1)).toBe(
      "Understood as: “How many jobs will Nobel Almaty Pharmaceutical Factory create?”",
    );
    expect(next.context).toMatchObject({ at: "2026-01-23T10:00:00.000Z", lang: "en" });
  });

  it("'source?' quotes the last answer, is named after it, and keeps its context", async () => {
    const a = await engine().answer("How many medicines will AltINFARM produce?");
    const b = await engine().answer("How much is MSP-ROMPHARM investing?");
    const sa = await engine().answer("source?", { context: a.context });
    const sb = await engine().answer("source?", { context: b.context });
    expect(sa.citations.map((c) => c.quote)).toEqual(a.citations.map((c) => c.quote));
    expect(sb.answer).toContain(b.citations[0]?.quote);
    expect(sa.question).not.toBe(sb.question);
    expect(sb.context?.subjects).toEqual(b.context?.subjects);
    const none = await engine().answer("source?");
    expect(none).toMatchObject({ route: "none", citations: [] });
    expect(none.answer).toMatch(/no earlier answer/);
  });

  it("an operation with no figure asks which figure, and the reply completes it", async () => {
    const list = await engine().answer("Which companies are in Almaty Region?");
    const ask = await engine().answer("sum them up", { context: list.context });
    expect(ask).toMatchObject({ route: "none" });
    expect(ask.answer).toMatch(/jobs, investment or medicines/);
    const done = await engine().answer("jobs", { context: ask.context });
    expect(done.answer).toMatch(/\b150\b/);
    expect(done.answer).toMatch(/\b265\b/);
    expect(done.answer).toMatch(/415/);
  });

  it("a follow-up to an answer from the text is looked up in the text about the same thing", async () => {
    const chat = async (turns: string[]) => {
      let context = null as Awaited<ReturnType<ReturnType<typeof engine>["answer"]>>["context"] | null;
      const out = [];
      for (const q of turns) {
        const a = await engine().answer(q, { context });
        out.push(a);
        context = a.context ?? null;
      }
      return out;
    };
    const en = await chat([
      "what did astrazeneca sign with kazakhstan in january",
      "where?",
      "who was there from the kz side",
    ]);
    expect(en[1]?.answer).toMatch(/Cambridge/);
    expect(en[2]?.answer).toMatch(/Nurbek/);
    // The topic stays the first question's: no "Understood as" built from a text answer.
    expect(en[2]?.answer).not.toMatch(/Understood as/);
  });
});
