import { Composer } from "grammy";
import type { Message } from "grammy/types";
import { IngestError, ingestDocument, MAX_DOCUMENT_BYTES, reviewAndPublish } from "../../store/ingest.js";
import { configuredClaimModel } from "../claim-model.js";
import type { BotContext, FeatureDeps } from "../context.js";
import { inlineButton, onButton } from "../render/buttons.js";
import { escapeHtml } from "../render/html.js";
import { heldLabel, ingestErrorText, reportHtml } from "../render/ingest-report.js";
import { sendMessages } from "../render/reply.js";

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
 * of the message it replies to, becomes a source: stored, its claims extracted, searchable and
 * answerable at once, and announced to subscribers. The reply is the ingest report. Figures are
 * published at once (the default), except one far out of line with the current value, which is
 * held with Approve / Reject buttons; a decision is a dated review record, never an edit in place.
 * Admins are the user ids in ADMIN_IDS; everyone else is refused politely.
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
      const {
        source: added,
        published,
        report,
      } = await ingestDocument(
        store.db,
        ctx.engine,
        { content, title },
        {
          model: await configuredClaimModel(),
          onModelError: (err) =>
            ctx.log.warn({ err }, "the extraction model did not answer: offline claims only"),
        },
      );
      store.wake();
      ctx.log.info(
        {
          source: added.id,
          version: published?.version,
          claims: report.claims.length,
          leftOut: report.leftOut.length,
        },
        "document ingested",
      );
      const name = escapeHtml(added.title);
      const status = published
        ? tx.ingested(name, published.version, published.notified)
        : tx.ingestedNoVersion(name);
      await say(status);
      await sendMessages(ctx, [reportHtml(report, ctx.lang)]);
      const held = report.rows.filter((r) => r.claim.status === "held");
      for (const row of held) {
        const claim = row.claim.id;
        const keyboard = {
          inline_keyboard: [
            [
              ...inlineButton(ctx.t.ingest.approve, { kind: "review", decision: "approve", claim }),
              ...inlineButton(ctx.t.ingest.reject, { kind: "review", decision: "reject", claim }),
            ],
          ],
        };
        await ctx.reply(
          `${escapeHtml(ctx.t.ingest.heldPrompt)}\n${escapeHtml(heldLabel(row, report, ctx.lang))}`,
          {
            parse_mode: "HTML",
            reply_markup: keyboard,
          },
        );
      }
      return;
    } catch (err) {
      if (err instanceof IngestError) return say(ingestErrorText(err.code, err.detail, ctx.lang, true));
      throw err;
    }
  };

  c.command("ingest", (ctx) => handle(ctx, ctx.match));
  // The held claim is in the store: any instance can take the decision, after a restart too.
  onButton(c, "review", async (ctx) => {
    const tx = ctx.t.ingest;
    if (!admins.has(ctx.from.id))
      return ctx.answerCallbackQuery({ text: tx.reviewRefused, show_alert: true });
    const action = ctx.button.decision;
    const outcome = await reviewAndPublish(store.db, ctx.engine, ctx.button.claim, action, ctx.from.id);
    if (!outcome.ok) return ctx.answerCallbackQuery({ text: tx.reviewUnknown });
    store.wake();
    ctx.log.info({ claim: outcome.claim.id, action, version: outcome.published?.version }, "claim reviewed");
    const what = `${outcome.claim.subject.id}.${outcome.claim.attribute} = ${outcome.claim.value.kind === "figure" ? outcome.claim.value.text : ""}`;
    await ctx.answerCallbackQuery();
    return ctx.editMessageText(escapeHtml(tx.reviewed(what, action === "approve")), { parse_mode: "HTML" });
  });
  // grammY's command() reads only message text; a document carries "/ingest …" in its caption.
  c.on("message:document", (ctx, next) => {
    const m = /^\/ingest(?:@(\w+))?(?:\s+([\s\S]*))?$/.exec(ctx.msg.caption ?? "");
    if (!m || (m[1] && m[1] !== ctx.me.username)) return next();
    return handle(ctx, m[2] ?? "");
  });

  return c;
}
