/**
 * Conversations: a follow-up's read, merge into the last query and execution (issue 17: <= 1 ms
 * median), and one chat's
 * session read + write per message on PGlite in a data folder, as the bot does for each question.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadKnowledge } from "../../knowledge/load.js";
import type { Dataset } from "../../knowledge/schema.js";
import { openStore } from "../../store/runtime.js";
import { sessionStorage } from "../../store/sessions.js";
import { Answerer } from "../../tools/answer.js";
import { placeInConversation } from "../../tools/context.js";
import type { ConversationContext } from "../../tools/conversation-state.js";
import { execute } from "../../tools/execute.js";
import { interpret } from "../../tools/interpret.js";
import { type Bench, type BenchRow, median, msRow, percentile } from "./types.js";

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

/** Read + place in the conversation + interpret + execute: a follow-up's merge and execution. */
async function timeFollowUps(answerer: Answerer, dataset: Dataset): Promise<BenchRow[]> {
  // The contexts real answers leave, so the merge sees what it sees in the bot.
  const cases: { text: string; context: ConversationContext | null }[] = [];
  for (const dialogue of DIALOGUES) {
    let context: ConversationContext | null = null;
    for (const text of dialogue) {
      cases.push({ text, context });
      context = (await answerer.answer(text, { context })).context ?? null;
    }
  }
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      const start = performance.now();
      const turn = placeInConversation(answerer.reader.read(c.text, c.context?.lang), c.context, dataset);
      if (turn.kind === "followup" || turn.kind === "standalone") {
        const read = interpret(turn.reading, dataset);
        if (read.route === "query") execute(read.query, dataset);
      }
      times.push(performance.now() - start);
    }
  }
  const m = median(times);
  return [
    msRow(
      AREA,
      "follow-up read + merge + execute, median",
      m,
      1,
      `p95 ${percentile(times, 95).toFixed(3)} ms over ${times.length} messages (${cases.length} distinct, en/ru/kk)`,
    ),
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
      query: {
        attributes: ["jobs"],
        subjects: [{ type: "organisation", id: "nobel-almaty" }],
        operation: "value",
        unparsed: [],
      },
      subjects: [{ type: "organisation", id: "nobel-almaty" }],
      list: [{ type: "organisation", id: "nobel-almaty" }],
      agreements: [],
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
      msRow(
        AREA,
        "session read + write per message (PGlite on disk)",
        m,
        2,
        `p95 ${percentile(warm, 95).toFixed(2)} ms; ${CHATS} chats, 8 turns kept each`,
      ),
    ];
  } finally {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const bench: Bench = async () => {
  const knowledge = loadKnowledge();
  const answerer = new Answerer(knowledge);
  return [...(await timeFollowUps(answerer, knowledge.dataset)), ...(await timeSessions())];
};
