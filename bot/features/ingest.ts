import { Composer } from "grammy";
import type { Message } from "grammy/types";
import { IngestError, ingestDocument, ingestErrorText, MAX_DOCUMENT_BYTES } from "../../store/ingest.js";
import type { BotContext, FeatureDeps } from "../context.js";
import { escapeHtml } from "../html.js";
import { sendMessages } from "../reply.js";

const DEFAULT_API_ROOT = "https://api.telegram.org";

/** Downloads a file the bot received, through the configured Bot API server. */
async function download(ctx: BotContext, fileId: string, apiRoot: string): Promise<Uint8Array> {
  const file = await ctx.api.getFile(fileId);
  if (!file.file_path) throw new Error("no file_path");
  const res = await fetch(`${apiRoot}/file/bot${ctx.api.token}/${file.file_path}`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/**
 * Admin-only /ingest: the attached document (caption "/ingest [title]"), or the text or document
 * of the message it replies to, becomes a source: stored, searchable at once, and announced to
 * subscribers. Admins are the user ids in ADMIN_IDS; everyone else is refused politely.
 */
export function ingestFeature(deps: FeatureDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const store = deps.store;
  if (!store) return c;
  const admins = new Set(deps.config.adminIds);
  const apiRoot = deps.config.apiRoot ?? DEFAULT_API_ROOT;

  const handle = async (ctx: BotContext & { msg: Message }, args: string) => {
    const tx = ctx.t.subscriptions;
    const say = (html: string) => sendMessages(ctx, [html], { replyTo: ctx.msg.message_id });
    if (!ctx.from || !admins.has(ctx.from.id)) return say(tx.ingestRefused);

    const source: Message | undefined = ctx.msg.document ? ctx.msg : ctx.msg.reply_to_message;
    const title = args.trim() || undefined;
    let content: Uint8Array | string;
    if (source?.document) {
      if ((source.document.file_size ?? 0) > MAX_DOCUMENT_BYTES)
        return say(ingestErrorText("tooLarge", "", ctx.lang));
      try {
        content = await download(ctx, source.document.file_id, apiRoot);
      } catch (err) {
        ctx.log.warn({ err }, "could not download a document to ingest");
        return say(tx.ingestErrors.download);
      }
    } else if (source?.text) {
      content = source.text;
    } else {
      return say(tx.ingestUsage);
    }

    try {
      const { source: added, published } = await ingestDocument(store.db, ctx.engine, { content, title });
      store.wake();
      ctx.log.info({ source: added.id, version: published?.version }, "document ingested");
      const name = escapeHtml(added.title);
      return say(
        published ? tx.ingested(name, published.version, published.notified) : tx.ingestedNoVersion(name),
      );
    } catch (err) {
      if (err instanceof IngestError) return say(ingestErrorText(err.code, err.detail, ctx.lang, true));
      throw err;
    }
  };

  c.command("ingest", (ctx) => handle(ctx, ctx.match));
  // grammY's command() reads only message text; a document carries "/ingest …" in its caption.
  c.on("message:document", (ctx, next) => {
    const m = /^\/ingest(?:@(\w+))?(?:\s+([\s\S]*))?$/.exec(ctx.msg.caption ?? "");
    if (!m || (m[1] && m[1] !== ctx.me.username)) return next();
    return handle(ctx, m[2] ?? "");
  });

  return c;
}
