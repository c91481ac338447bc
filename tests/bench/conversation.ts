/**
 * Conversations: the time follow-up resolution adds to an answer (the resolver alone, and the
 * whole conversational layer against the bare answerer on the same questions), and one chat's
 * session read + write per message on PGlite in a data folder, as the bot does for each question.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadKnowledge } from "../../knowledge/load.js";
import { openStore } from "../../store/runtime.js";
import { sessionStorage } from "../../store/sessions.js";
import { Answerer } from "../../tools/answer.js";
import { buildVocabulary, conversational, type ResolverDeps, resolveFollowUp } from "../../tools/followup.js";
import type { ConversationContext } from "../../tools/types.js";
import { type Bench, type BenchRow, median, percentile } from "./types.js";

const AREA = "conversation";
const ROUNDS = 400;

/** A first question and its follow-ups, in three languages. */
const DIALOGUES = [
  [
    "How many jobs will AltINFARM create?",
    "and Nobel?",
    "how much are they investing?",
    "in dollars?",
    "source?",
  ],
  ["How many jobs will AltINFARM and Nobel create?", "sum them up", "which is bigger?", "per job?"],
  ["Which companies are in Almaty?", "no, I meant the region", "how many jobs will they create?"],
  ["Сколько рабочих мест создаст АльтИнФарм?", "а у Нобель?", "сколько они инвестируют?", "в долларах"],
  ["АльтИнФарм неше жұмыс орнын ашады?", "ал Нобельде ше?", "олар қанша инвестиция салады?", "дереккөзі?"],
  ["How many medicines will MSP-ROMPHARM produce?", "What is the Young Health Program about?"],
];

async function timeResolver(answerer: Answerer, deps: ResolverDeps): Promise<BenchRow[]> {
  const answer = conversational(
    () => answerer,
    () => deps.dataset,
  );
  // The contexts real answers leave, so the resolver sees what it sees in the bot.
  const cases: { text: string; context: ConversationContext | null }[] = [];
  for (const dialogue of DIALOGUES) {
    let context: ConversationContext | null = null;
    for (const text of dialogue) {
      cases.push({ text, context });
      context = (await answer(text, { context })).context ?? null;
    }
  }
  for (const c of cases) resolveFollowUp(c.text, c.context, deps);
  const resolver: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      const start = performance.now();
      resolveFollowUp(c.text, c.context, deps);
      resolver.push(performance.now() - start);
    }
  }

  // The whole layer (resolution plus the context it records) against the bare answerer answering
  // the already-resolved question: the difference is what conversations add to an answer.
  const resolved = await Promise.all(
    cases.map(async (c) => (await answer(c.text, { context: c.context })).question),
  );
  const added: number[] = [];
  for (let round = 0; round < ROUNDS / 4; round++) {
    for (const [i, c] of cases.entries()) {
      let start = performance.now();
      await answer(c.text, { context: c.context });
      const layered = performance.now() - start;
      start = performance.now();
      await answerer.answer(resolved[i] as string);
      added.push(layered - (performance.now() - start));
    }
  }
  const m = median(resolver);
  const a = median(added);
  return [
    {
      area: AREA,
      metric: "follow-up resolution, median",
      value: m,
      unit: "ms",
      target: "<= 0.2 ms",
      ok: m <= 0.2,
      note: `p95 ${percentile(resolver, 95).toFixed(3)} ms over ${resolver.length} messages (${cases.length} distinct, en/ru/kk)`,
    },
    {
      area: AREA,
      metric: "added to an answer by the conversation layer, median",
      value: a,
      unit: "ms",
      target: "<= 0.2 ms",
      ok: a <= 0.2,
      note: "resolution + recorded context, vs the bare answerer on the resolved question",
    },
  ];
}

async function timeSessions(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-sessions-"));
  const db = (await openStore({ dataDir })).db;
  try {
    const storage = sessionStorage<{ turns: { messageId: number; context: ConversationContext }[] }>(db, {
      ttlMs: 30 * 60_000,
    });
    const context: ConversationContext = {
      question: "How many jobs will Nobel Almaty Pharmaceutical Factory create?",
      lang: "en",
      subjects: [{ type: "organisation", id: "nobel-almaty" }],
      attributes: ["jobs"],
      mentioned: [{ type: "organisation", id: "nobel-almaty" }],
      citations: [
        {
          n: 1,
          source: "pharma-investment-agreements",
          title: "Government approves investment agreements with four pharmaceutical companies",
          quote:
            "The factory will manufacture 53 medicines, 17 of which are socially significant, and create at least 200 jobs, with Nobel İlaç as the strategic partner.",
        },
      ],
      at: new Date(0).toISOString(),
    };
    const CHATS = 1000;
    const times: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const key = String(1 + (i % CHATS));
      const start = performance.now();
      const session = (await storage.read(key)) ?? { turns: [] };
      session.turns = [...session.turns, { messageId: i, context }].slice(-8);
      await storage.write(key, session);
      times.push(performance.now() - start);
    }
    const warm = times.slice(CHATS);
    const m = median(warm);
    return [
      {
        area: AREA,
        metric: "session read + write per message (PGlite on disk)",
        value: m,
        unit: "ms",
        target: "<= 2 ms",
        ok: m <= 2,
        note: `p95 ${percentile(warm, 95).toFixed(2)} ms; ${CHATS} chats, 8 turns kept each`,
      },
    ];
  } finally {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const bench: Bench = async () => {
  const knowledge = loadKnowledge();
  const answerer = new Answerer(knowledge);
  const deps: ResolverDeps = {
    entities: answerer.entities,
    dataset: knowledge.dataset,
    vocabulary: buildVocabulary(),
  };
  return [...(await timeResolver(answerer, deps)), ...(await timeSessions())];
};
