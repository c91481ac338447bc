import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { Answerer } from "../../tools/answer.js";
import { modelParser, modelParserConfig } from "../../tools/model-parse.js";

// The hosted model cannot run here: a local stub server replays a recorded chat-completions
// response, so the real @langchain/openai client, the zod schema and the executor all run.
const recorded = readFileSync(new URL("./fixtures/parse-completion.json", import.meta.url), "utf8");
const knowledge = loadKnowledge();
const requests: { url: string; body: Record<string, unknown> }[] = [];
let server: Server;
let baseURL = "";

const bodyOf = async (req: IncomingMessage) => {
  let text = "";
  for await (const chunk of req) text += chunk;
  return JSON.parse(text) as Record<string, unknown>;
};

beforeAll(async () => {
  server = createServer(async (req, res) => {
    requests.push({ url: req.url ?? "", body: await bodyOf(req) });
    res.writeHead(200, { "content-type": "application/json" }).end(recorded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the optional model parser", () => {
  it("is off unless PARSE_BASE_URL and PARSE_MODEL are both set", () => {
    expect(modelParserConfig({})).toBeUndefined();
    expect(modelParserConfig({ PARSE_BASE_URL: "http://x/v1" })).toBeUndefined();
    expect(modelParserConfig({ PARSE_BASE_URL: "http://x/v1", PARSE_MODEL: "m" })).toMatchObject({
      model: "m",
    });
  });

  it("reads a question the rules did not understand into a Query; the executor computes the figure", async () => {
    const model = modelParser({ baseURL, model: "local-parser" }, knowledge.dataset);
    const answerer = new Answerer(knowledge, undefined, { model });
    const a = await answerer.answer("what manpower do the plants in the southern metropolis bring combined");
    expect(a.route).toBe("tool");
    // The model named the place and the operation; the sum and its arithmetic are the executor's.
    expect(a.answer).toMatch(/at least about 260 jobs \(derived: 60 \+ 200 = 260\)/);
    expect(a.understood).toBe("jobs · sum · Almaty");
    expect(a.citations.map((c) => c.quote).join(" ")).toContain("around 60 jobs");
    // A subject the dataset does not know ("made-up-corp") never reaches the executor.
    expect(a.answer).not.toMatch(/made-up-corp/);
    const sent = requests.at(-1);
    expect(sent?.url).toBe("/v1/chat/completions");
    expect(JSON.stringify(sent?.body.messages)).toContain("southern metropolis");
    expect(JSON.stringify(sent?.body.response_format)).toContain("attributes");
  });

  it("is not asked when the rules read the question, and a broken reply reads as not understood", async () => {
    const before = requests.length;
    const answerer = new Answerer(knowledge, undefined, {
      model: modelParser({ baseURL: "http://127.0.0.1:9/v1", model: "none" }, knowledge.dataset),
    });
    expect((await answerer.answer("how many jobs will altinfarm create")).answer).toMatch(/around 60 jobs/);
    expect(requests.length).toBe(before);
    expect(
      (await answerer.answer("what manpower do the plants in the southern metropolis bring combined")).route,
    ).toBe("none");
  });
});
