import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A tiny stand-in for Telegram's Bot API (sendMessage, plus the calls `npm start` makes before it
 * serves: getMe, setWebhook, setMyCommands…), for the broadcaster's tests and the benches: it enforces the overall limit as a sliding window (at most `perSecond` messages in any
 * 1,000 ms, else 429 with retry_after) and one message a second per chat, and answers 403 or 500
 * for chats the test picks. Telegram's servers cannot be reached from here, hence the stub.
 */
export interface StubOptions {
  perSecond?: number;
  perChatGapMs?: number;
  retryAfter?: number;
}

/** Who the stub says the bot is (getMe). */
export const STUB_BOT = {
  id: 4242,
  is_bot: true,
  first_name: "Stub",
  username: "stub_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
};
/** Calls a running bot makes besides sending messages; the stub accepts them all. */
const ANSWERED_TRUE = new Set([
  "setWebhook",
  "deleteWebhook",
  "setMyCommands",
  "sendChatAction",
  "answerCallbackQuery",
  "answerInlineQuery",
]);

export interface Delivery {
  chatId: number;
  text: string;
  at: number;
}

export class StubBotApi {
  readonly deliveries: Delivery[] = [];
  /** Chats that blocked the bot (403). */
  readonly blocked = new Set<number>();
  /** Chats whose next N sends fail with 500. */
  readonly failing = new Map<number, number>();
  /** Chats always answered with this error (e.g. 400 "chat not found"). */
  readonly answers = new Map<number, { status: number; description: string }>();
  /** Every sendMessage request: when, for which chat, and the HTTP status answered. */
  readonly log: { at: number; chatId: number; status: number }[] = [];
  /** Files the bot may download (getFile, then GET /file/bot<token>/<path>), by file_id. */
  readonly files = new Map<string, Buffer>();
  /** Called for each accepted message before the stub answers (a test may kill the sender here). */
  onDelivery: ((delivery: Delivery) => void) | null = null;
  tooMany = 0;
  requests = 0;
  private readonly accepted: number[] = [];
  private readonly lastByChat = new Map<number, number>();
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private readonly perSecond: number;
  /** Tests may lower it to look at other timings. */
  perChatGapMs: number;
  private readonly retryAfter: number;

  constructor(options: StubOptions = {}) {
    this.perSecond = options.perSecond ?? 30;
    this.perChatGapMs = options.perChatGapMs ?? 1000;
    this.retryAfter = options.retryAfter ?? 1;
  }

  private port = 0;

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return `http://127.0.0.1:${this.port}`;
  }

  /** An outage: the port refuses connections (and open ones are cut) until up(). */
  async down(): Promise<void> {
    await this.close();
  }

  /** The outage ends: listening again on the same port. */
  async up(): Promise<void> {
    await this.listen();
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The most messages accepted within any 1,000 ms window. */
  peakPerSecond(): number {
    let peak = 0;
    let start = 0;
    for (let end = 0; end < this.accepted.length; end++) {
      while ((this.accepted[end] as number) - (this.accepted[start] as number) >= 1000) start++;
      peak = Math.max(peak, end - start + 1);
    }
    return peak;
  }

  countFor(chatId: number): number {
    return this.deliveries.filter((d) => d.chatId === chatId).length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    this.requests++;
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as {
      chat_id: number;
      text: string;
    };
    const chatId = Number(body.chat_id);
    const reply = (status: number, answer: unknown) => {
      this.log.push({ at: performance.now(), chatId, status });
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(answer));
    };
    const fileId = /\/file\/bot[^/]+\/documents\/(.+)$/.exec(req.url ?? "")?.[1];
    if (fileId !== undefined) {
      const bytes = this.files.get(decodeURIComponent(fileId));
      res.writeHead(bytes ? 200 : 404);
      res.end(bytes ?? "");
      return;
    }
    if (req.url?.endsWith("/getFile")) {
      const id = String((body as { file_id?: string }).file_id);
      const bytes = this.files.get(id);
      reply(bytes ? 200 : 400, {
        ok: !!bytes,
        ...(bytes
          ? {
              result: {
                file_id: id,
                file_unique_id: id,
                file_size: bytes.length,
                file_path: `documents/${id}`,
              },
            }
          : { error_code: 400, description: "Bad Request: invalid file_id" }),
      });
      return;
    }
    const method = /\/bot[^/]+\/(\w+)$/.exec(req.url ?? "")?.[1] ?? "";
    if (method === "getMe") {
      reply(200, { ok: true, result: STUB_BOT });
      return;
    }
    if (ANSWERED_TRUE.has(method)) {
      reply(200, { ok: true, result: true });
      return;
    }
    if (method !== "sendMessage") {
      reply(404, { ok: false, error_code: 404, description: "Not Found: method not found" });
      return;
    }
    const now = performance.now();
    const windowStart = now - 1000;
    const recent = this.accepted.filter((t) => t > windowStart).length;
    const last = this.lastByChat.get(chatId);
    if (recent >= this.perSecond || (last !== undefined && now - last < this.perChatGapMs)) {
      this.tooMany++;
      reply(429, {
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${this.retryAfter}`,
        parameters: { retry_after: this.retryAfter },
      });
      return;
    }
    if (this.blocked.has(chatId)) {
      reply(403, { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" });
      return;
    }
    const fixed = this.answers.get(chatId);
    if (fixed) {
      reply(fixed.status, { ok: false, error_code: fixed.status, description: fixed.description });
      return;
    }
    const failures = this.failing.get(chatId) ?? 0;
    if (failures > 0) {
      this.failing.set(chatId, failures - 1);
      reply(500, { ok: false, error_code: 500, description: "Internal Server Error" });
      return;
    }
    this.accepted.push(now);
    this.lastByChat.set(chatId, now);
    const delivery = { chatId, text: body.text, at: now };
    this.deliveries.push(delivery);
    this.onDelivery?.(delivery);
    reply(200, {
      ok: true,
      result: {
        message_id: this.deliveries.length,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: "private" },
        text: body.text,
      },
    });
  }
}
