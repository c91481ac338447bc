import { Composer } from "grammy";
import type { Message } from "grammy/types";
import type { ClaimModelSettings } from "../../knowledge/extract/model.js";
import type { IngestPlan } from "../../knowledge/ingest.js";
import { IngestError, ingestDocument, MAX_DOCUMENT_BYTES, reviewAndPublish } from "../../store/ingest.js";
import type { Store } from "../../store/runtime.js";
import { configuredClaimModel } from "../claim-model.js";
import type { BotContext, FeatureDeps } from "../context.js";
import { type ButtonContext, inlineButton, onButton } from "../render/buttons.js";
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

/** Who may ingest and decide, where files are fetched from, the store, and the claim model's settings. */
interface IngestDeps {
  store: Store;
  admins: ReadonlySet<number>;
  apiRoot: string;
  /** BotConfig.models.claims (EXTRACT_*): null, offline extraction only. */
  claims: ClaimModelSettings | null;
}

type MessageContext = BotContext & { msg: Message };

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
  if (!deps.store) return c;
  const ingest: IngestDeps = {
    store: deps.store,
    admins: new Set(deps.config.adminIds),
    apiRoot: deps.config.apiRoot ?? DEFAULT_API_ROOT,
    claims: deps.config.models.claims,
  };

  c.command("ingest", (ctx) => ingestMessage(ctx, ingest, ctx.match));
  // grammY's command() reads only message text; a document carries "/ingest …" in its caption.
  c.on("message:document", (ctx, next) => {
    const m = /^\/ingest(?:@(\w+))?(?:\s+([\s\S]*))?$/.exec(ctx.msg.caption ?? "");
    if (!m || (m[1] && m[1] !== ctx.me.username)) return next();
    return ingestMessage(ctx, ingest, m[2] ?? "");
  });
  // The held claim is in the store: any instance can take the decision, after a restart too.
  onButton(c, "review", (ctx) => review(ctx, ingest));
  return c;
}

/** What to ingest: the message's document, or the document or text of the message it replies to. */
async function contentOf(
  ctx: MessageContext,
  apiRoot: string,
): Promise<{ content: Uint8Array | string } | string> {
  const tx = ctx.t.subscriptions;
  const source: Message | undefined = ctx.msg.document ? ctx.msg : ctx.msg.reply_to_message;
  if (source?.document) {
    if ((source.document.file_size ?? 0) > MAX_DOCUMENT_BYTES)
      return ingestErrorText("tooLarge", "", ctx.lang);
    try {
      return { content: await download(ctx, source.document.file_id, apiRoot) };
    } catch (err) {
      ctx.log.warn({ err }, "could not download a document to ingest");
      return tx.ingestErrors.download;
    }
  }
  return source?.text ? { content: source.text } : tx.ingestUsage;
}

/** An admin's /ingest: stores, extracts and publishes, then replies with the report and the held claims. */
async function ingestMessage(ctx: MessageContext, deps: IngestDeps, args: string) {
  const tx = ctx.t.subscriptions;
  const say = (html: string) => sendMessages(ctx, [html], { replyTo: ctx.msg.message_id });
  if (!ctx.from || !deps.admins.has(ctx.from.id)) return say(tx.ingestRefused);
  const input = await contentOf(ctx, deps.apiRoot);
  if (typeof input === "string") return say(input);
  try {
    const { source, published, report } = await ingestDocument(
      deps.store.db,
      ctx.engine,
      { ...input, title: args.trim() || undefined },
      {
        model: await configuredClaimModel(deps.claims),
        onModelError: (err) =>
          ctx.log.warn({ err }, "the extraction model did not answer: offline claims only"),
      },
    );
    deps.store.wake();
    const counts = { claims: report.claims.length, leftOut: report.leftOut.length };
    ctx.log.info({ source: source.id, version: published?.version, ...counts }, "document ingested");
    const name = escapeHtml(source.title);
    await say(
      published ? tx.ingested(name, published.version, published.notified) : tx.ingestedNoVersion(name),
    );
    await sendMessages(ctx, [reportHtml(report, ctx.lang)]);
    await offerReviews(ctx, report);
  } catch (err) {
    if (err instanceof IngestError) return say(ingestErrorText(err.code, err.detail, ctx.lang, true));
    throw err;
  }
}

/**
 * One message per held claim: Approve and Reject, or for a claim whose subject is uncertain one
 * button per candidate subject (the approval names it) and Reject.
 */
async function offerReviews(ctx: BotContext, report: IngestPlan): Promise<void> {
  for (const row of report.rows.filter((r) => r.claim.status === "held")) {
    const claim = row.claim.id;
    const reject = inlineButton(ctx.t.ingest.reject, { kind: "review", decision: "reject", claim });
    const approve = inlineButton(ctx.t.ingest.approve, { kind: "review", decision: "approve", claim });
    const choices =
      row.claim.hold === "subject" && row.candidates.length > 1
        ? row.candidates.map((names, pick) =>
            inlineButton(names[ctx.lang] ?? names.en, { kind: "review", decision: "approve", claim, pick }),
          )
        : null;
    await ctx.reply(
      `${escapeHtml(ctx.t.ingest.heldPrompt)}\n${escapeHtml(heldLabel(row, report, ctx.lang))}`,
      {
        parse_mode: "HTML",
        reply_markup: { inline_keyboard: choices ? [...choices, reject] : [[...approve, ...reject]] },
      },
    );
  }
}

/** An admin's Approve or Reject: a dated review record, and a new knowledge version. */
async function review(ctx: ButtonContext<"review">, deps: IngestDeps) {
  const tx = ctx.t.ingest;
  if (!deps.admins.has(ctx.from.id))
    return ctx.answerCallbackQuery({ text: tx.reviewRefused, show_alert: true });
  const action = ctx.button.decision;
  const outcome = await reviewAndPublish(deps.store.db, ctx.engine, ctx.button.claim, action, ctx.from.id, {
    candidate: ctx.button.pick,
  });
  if (!outcome.ok) return ctx.answerCallbackQuery({ text: tx.reviewUnknown });
  deps.store.wake();
  ctx.log.info({ claim: outcome.claim.id, action, version: outcome.published?.version }, "claim reviewed");
  const { subject, attribute, value } = outcome.claim;
  const what = `${subject.id}.${attribute} = ${value.kind === "figure" ? value.text : ""}`;
  await ctx.answerCallbackQuery();
  return ctx.editMessageText(escapeHtml(tx.reviewed(what, action === "approve")), { parse_mode: "HTML" });
}
