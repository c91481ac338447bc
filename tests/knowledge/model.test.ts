/**
 * The optional extraction model, against a local stub of an OpenAI-compatible server that replays
 * a recorded chat-completions answer (a hosted model cannot run here). Proposals are accepted only
 * when their quote is verbatim and holds the value.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAIClaimModel, type Proposals } from "../../knowledge/extract/model.js";
import { planIngest } from "../../knowledge/ingest.js";
import { loadKnowledge } from "../../knowledge/load.js";

const body = readFileSync(new URL("../fixtures/articles/a3-ru-pavlodar-new.md", import.meta.url), "utf8");
const source = { id: "pavlodar", title: "Павлодар", date: "2026-05-20", body };

/** What a model answered for this article: one claim the offline reader missed, two it must refuse. */
const RECORDED: Proposals = {
  claims: [
    {
      company: "Павлодар Фарм Инвест",
      attribute: "jobs",
      value: 150,
      qualifier: "at least",
      quote: "На заводе планируется создать не менее ста пятидесяти рабочих мест.",
    },
    // Not verbatim: the model paraphrased.
    {
      company: "Павлодар Фарм Инвест",
      attribute: "medicines",
      value: 25,
      qualifier: "exact",
      quote: "Завод выпустит 25 препаратов.",
    },
    // Verbatim, but the value is not in the quote: an invented figure.
    {
      company: "Павлодар Фарм Инвест",
      attribute: "investmentKzt",
      value: 20,
      qualifier: "exact",
      quote: "Стоимость проекта составит около 12,3 млрд тенге.",
    },
    // A figure in the sentence the offline reader reads too, of a company it does not know: accepted as the model's.
    {
      company: "Irtysh Infusion",
      attribute: "sociallySignificant",
      value: 9,
      qualifier: "exact",
      quote:
        "Предприятие будет выпускать 25 наименований лекарственных препаратов, из них 9 социально значимых.",
    },
  ],
};

let server: Server;
let baseUrl: string;
const requests: { model: string; tools: string[] }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => {
      raw += c;
    });
    req.on("end", () => {
      const request = JSON.parse(raw) as { model: string; tools: { function: { name: string } }[] };
      const name = request.tools[0]?.function.name ?? "record_claims";
      requests.push({ model: request.model, tools: request.tools.map((t) => t.function.name) });
      res.setHeader("content-type", "application/json");
      res.end(
        JSON.stringify({
          id: "chatcmpl-recorded",
          object: "chat.completion",
          created: 1767225600,
          model: request.model,
          choices: [
            {
              index: 0,
              finish_reason: "tool_calls",
              message: {
                role: "assistant",
                content: null,
                tool_calls: [
                  { id: "call_1", type: "function", function: { name, arguments: JSON.stringify(RECORDED) } },
                ],
              },
            },
          ],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("the optional extraction model", () => {
  it("asks the configured endpoint with the claim schema and keeps only verified proposals", async () => {
    const model = await openAIClaimModel({ baseUrl, model: "recorded-model" });
    const proposals = await model.propose(source);
    expect(requests.at(-1)).toEqual({ model: "recorded-model", tools: ["record_claims"] });
    const plan = planIngest(loadKnowledge(), source, { proposals });
    expect(plan.modelRejected.map((r) => r.reason)).toEqual([
      "alreadyExtracted",
      "notVerbatim",
      "valueNotInQuote",
    ]);
    const byModel = plan.claims.filter((c) => c.method === "model");
    expect(byModel.map((c) => [c.attribute, c.value.kind === "figure" ? c.value.value : null])).toEqual([
      ["sociallySignificant", 9],
      ["company", null],
    ]);
    for (const c of plan.claims) expect(body.slice(c.start, c.end)).toBe(c.quote);
  });
});
