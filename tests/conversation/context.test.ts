/**
 * Conversations as typed context, on the real dataset through the real answerer: a follow-up is
 * merged into the last query (subjects, attribute, unit, operation), ordinals pick from the last
 * list, pronouns read the set or the place in play, corrections replace one slot — in en/ru/kk.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import type { Lang } from "../../knowledge/schema.js";
import { Answerer } from "../../tools/answer.js";
import type { ConversationContext } from "../../tools/conversation-state.js";
import type { Answer } from "../../tools/types.js";

const knowledge = loadKnowledge();
const answerer = new Answerer(knowledge);

/** Asks the turns in order, each with the context the previous one left. */
async function chat(turns: string[], prior?: Lang): Promise<Answer[]> {
  const out: Answer[] = [];
  let context: ConversationContext | null = null;
  for (const q of turns) {
    const a = await answerer.answer(q, { context, prior, now: new Date("2026-02-01T00:00:00Z") });
    out.push(a);
    context = a.context ?? null;
  }
  return out;
}
const last = async (turns: string[], prior?: Lang) => (await chat(turns, prior)).at(-1) as Answer;
const ids = (a: Answer) => (a.context?.query?.subjects ?? []).map((s) => s.id).sort();

describe("a follow-up is a partial query merged into the last one", () => {
  it("ellipsis: a new subject keeps the attribute (en/ru/kk)", async () => {
    for (const [turns, figure] of [
      [["how many jobs will altinfarm create", "and Nobel?"], /200/],
      [["сколько рабочих мест создаст альтинфарм", "а нобел?"], /200/],
      [["альтинфарм неше жұмыс орнын ашады", "ал нобел ше?"], /200/],
    ] as const) {
      const a = await last([...turns]);
      expect(ids(a), turns[1]).toEqual(["nobel-almaty"]);
      expect(a.context?.query?.attributes).toEqual(["jobs"]);
      expect(a.answer).toMatch(figure);
      expect(a.answer).not.toMatch(/\b60\b/);
    }
  });

  it("ellipsis: a new attribute keeps the subject", async () => {
    const a = await last(["how many jobs will altinfarm create", "what about investment?"]);
    expect(ids(a)).toEqual(["altinfarm"]);
    expect(a.answer).toMatch(/58[.,]5/);
    const ru = await last(["сколько рабочих мест создаст мсп ромфарм", "а сколько они инвестируют?"]);
    expect(ru.answer).toMatch(/36[.,]7/);
    expect(ru.lang).toBe("ru");
  });

  it("subjects built up over turns are compared, summed, subtracted and divided (en/ru/kk)", async () => {
    const en = ["how much is altinfarm investing", "and nobel?"];
    expect((await last([...en, "which of them is bigger"])).answer).toMatch(/AltINFARM[^.]*58[.,]5|19[.,]3/);
    expect((await last([...en, "sum them up"])).answer).toMatch(/97[.,]7/);
    expect((await last([...en, "what's the difference"])).answer).toMatch(/19[.,]3/);
    const ru = ["сколько лекарств произведет альтинфарм", "а нобел?", "а вместе сколько?"];
    expect((await last(ru)).answer).toMatch(/\b107\b/);
    const kk = ["альтинфарм қанша инвестиция салады", "ал нобел ше?", "қайсысы көп?"];
    const compared = await last(kk);
    expect(compared.answer).toMatch(/58,5/);
    expect(compared.answer).toMatch(/39,2/);
    expect(compared.lang).toBe("kk");
  });

  it("'how many times' over two companies gives the ratio (en/ru/kk)", async () => {
    for (const turns of [
      ["how many jobs at msp rompharm", "and altinfarm?", "how many times more does the first have"],
      ["сколько рабочих мест у мсп ромфарм", "а у альтинфарм?", "во сколько раз больше?"],
      ["мсп ромфарм неше жұмыс орнын ашады", "ал альтинфарм ше?", "неше есе көп?"],
    ]) {
      expect((await last(turns)).answer, turns[2]).toMatch(/4[.,]4/);
    }
  });

  it("a follow-up's own attribute wins over the last operation ('where?' after a per-job answer)", async () => {
    const a = await last(["investment per job at altinfarm", "where is it?"]);
    expect(a.answer).toMatch(/Special Economic Zone|Almaty/);
    expect(a.answer).not.toMatch(/per job/i);
    const kk = await last(["альтинфарм бір жұмыс орнына қанша инвестиция", "қайда?"]);
    expect(kk.tool).not.toBe("last_sources");
    expect(kk.answer).toMatch(/Алматы/);
  });

  it("ordinals pick from the last list (en/ru/kk)", async () => {
    for (const [turns, figure] of [
      [["rank the companies by jobs", "how much does the second one invest"], /39[.,]2/],
      [["рейтинг компаний по рабочим местам", "а сколько инвестирует вторая?"], /39,2/],
      [["компаниялар жұмыс орны бойынша рейтинг", "екіншісі қанша инвестиция салады?"], /39,2/],
    ] as const) {
      const a = await last([...turns]);
      expect(ids(a), turns[1]).toEqual(["nobel-almaty"]);
      expect(a.answer).toMatch(figure);
    }
  });

  it("'there' is the last place (en/ru)", async () => {
    const a = await last(["how much is being invested in turkistan region", "how many jobs there"]);
    expect(ids(a)).toEqual(["turkistan-region"]);
    expect(a.answer).toMatch(/265/);
    const ru = await last(["сколько инвестиций в туркестанской области", "а рабочих мест там?"]);
    expect(ru.answer).toMatch(/265/);
  });

  it("corrections replace the place slot, by the gazetteer, both ways", async () => {
    const toRegion = await last([
      "how much is being invested in almaty",
      "no, I meant the region, not the city",
    ]);
    expect(ids(toRegion)).toEqual(["almaty-region"]);
    expect(toRegion.answer).not.toMatch(/58[.,]5/);
    const ru = await last(["сколько рабочих мест в алматы", "нет, я имел в виду область"]);
    expect(ids(ru)).toEqual(["almaty-region"]);
    const back = await last(["how many jobs in almaty region", "no, the city"]);
    expect(ids(back)).toEqual(["almaty"]);
  });

  it("'in dollars?' changes the unit, not the subject, and never answers the headline", async () => {
    for (const [turns, usd] of [
      [["how much is nobel investing", "how much is that in dollars?"], /78/],
      [["сколько инвестирует нобел", "а в долларах?"], /78/],
      [["нобел қанша инвестиция салады", "долларға шаққанда ше"], /78/],
    ] as const) {
      const a = await last([...turns]);
      expect(a.answer, turns[1]).toMatch(usd);
      expect(a.answer, turns[1]).not.toMatch(/\b370\b/);
    }
  });

  it("'source?' quotes the last answer, 'where?' asks where (en/ru/kk)", async () => {
    for (const q of ["source?", "где это сказано?", "дереккөзі қайда?"]) {
      const a = await last(["how many jobs will altinfarm create", q]);
      expect(a.tool, q).toBe("last_sources");
      expect(a.citations[0]?.quote, q).toMatch(/60 jobs/);
    }
    const where = await last(["how many jobs will altinfarm create", "қайда?"]);
    expect(where.tool).not.toBe("last_sources");
  });

  it("a switch of language answers in the new language with the same context", async () => {
    const [, ru] = await chat(["how many jobs will nobel create", "а инвестиции?"]);
    expect(ru?.lang).toBe("ru");
    expect(ru?.answer).toMatch(/39,2/);
  });

  it("an operation with no figure to work on asks which figure, and the figure completes it", async () => {
    const [, ask, done] = await chat(["which companies have projects in almaty", "which is bigger?", "jobs"]);
    expect(ask?.answer).toMatch(/Which figure/);
    expect(done?.answer).toMatch(/200/);
  });

  it("a question that names its own subject and attribute stands alone", async () => {
    const a = await last(["how many jobs will altinfarm create", "how much is msp rompharm investing"]);
    expect(a.understoodFrom).toBeUndefined();
    expect(ids(a)).toEqual(["msp-rompharm"]);
  });

  it("without context 'and Nobel?' is Nobel's own question and 'source?' has nothing to quote", async () => {
    const [a] = await chat(["and Nobel?"]);
    expect(a?.understoodFrom).toBeUndefined();
    const [s] = await chat(["source?"]);
    expect(s?.route).toBe("none");
  });

  it("the context is stored typed and reads back through its schema", async () => {
    const a = await last(["how many jobs will altinfarm create", "and nobel?"]);
    expect(a.context?.subjects.map((s) => s.id).sort()).toEqual(["altinfarm", "nobel-almaty"]);
    expect(JSON.parse(JSON.stringify(a.context))).toEqual(a.context);
  });
});

describe("arithmetic over a list of what companies make, and a set extended by 'with'", () => {
  it("'add them up' after the products of three companies sums their medicines; 'and with X' adds X (en/ru/kk)", async () => {
    const en = await chat(["meds at altinfarm, nobel and abdi?", "add them up", "and with msp?"]);
    expect(en[1]?.answer).toMatch(/\b183\b/);
    expect(en[2]?.answer).toMatch(/\b284\b/);
    const ru = await chat(["что производят альтинфарм и нобел", "сложи их", "а с абди?"]);
    expect(ru[1]?.answer).toMatch(/\b107\b/);
    expect(ru[2]?.answer).toMatch(/\b183\b/);
    const kk = await chat([
      "МСП-Ромфарм қайда салады",
      "қанша дәрі шығарады",
      "ал Абди Ибраһим ше?",
      "екеуі қосқанда",
    ]);
    expect(kk[2]?.answer).not.toMatch(/^Иә/);
    expect(kk[3]?.answer).toMatch(/\b177\b/);
  });

  it("the second of a ranking is the second shown", async () => {
    const a = await chat(["list the four companies by investment size", "the second one - how many meds?"]);
    expect(a[1]?.answer).toMatch(/Nobel[\s\S]*\b53\b/);
  });
});
