import { Composer, InputFile } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Dataset, Lang } from "../../knowledge/schema.js";
import { type ChartGroup, chartTable, isMetric } from "../../tools/chart-data.js";
import { METRICS, type Metric } from "../../tools/findings.js";
import { t } from "../../tools/locales/index.js";
import type { MetricTerm, Terms } from "../../tools/terms.js";
import { type RenderedChart, renderChart } from "../charts/render.js";
import type { AnswerButton, BotContext, FeatureDeps } from "../context.js";
import { inlineButton, onButton, onStaleButton } from "../render/buttons.js";
import { ECHO_CHARS } from "../render/html.js";

/** The one vocabulary's figure words for each metric; socially significant and US$ come first as they are narrower. */
const METRIC_TERMS: [Metric, MetricTerm[]][] = [
  ["sociallySignificant", ["social"]],
  ["investmentUsd", ["usd"]],
  ["investmentKzt", ["investment", "kzt"]],
  ["jobs", ["jobs"]],
  ["medicines", ["medicines"]],
];

export interface ChartRequest {
  metric: Metric | null;
  groupBy: ChartGroup;
}

/** "/chart jobs by region", "/chart инвестиции по регионам", "/chart дәрілер": metric and grouping. */
export function parseChartArgs(terms: Terms): ChartRequest {
  const metric = METRIC_TERMS.find(([, words]) => words.some((w) => terms.metrics.includes(w)))?.[0] ?? null;
  return { metric, groupBy: terms.groupBy === "region" || terms.groupBy === "city" ? "region" : "company" };
}

/** A chart button: names only, the chart is drawn from the knowledge current when it is pressed. */
const chartButtonOf = (text: string, metric: Metric, groupBy: ChartGroup, lang: Lang) =>
  inlineButton(text, { kind: "chart", metric, groupBy, lang });

export function pickerKeyboard(lang: Lang): InlineKeyboardMarkup {
  const L = t(lang).charts;
  return { inline_keyboard: METRICS.map((m) => chartButtonOf(L.metric[m], m, "company", lang)) };
}

/** Under a chart: switch between the company and the region view. */
function toggleKeyboard(metric: Metric, groupBy: ChartGroup, lang: Lang): InlineKeyboardMarkup {
  const L = t(lang).charts.bot;
  const other: ChartGroup = groupBy === "company" ? "region" : "company";
  return {
    inline_keyboard: [chartButtonOf(other === "region" ? L.byRegion : L.byCompany, metric, other, lang)],
  };
}

/** "Chart" under an answer that compares or lists several values of a chartable metric. */
export const chartButton: AnswerButton = (answer, _key, texts) => {
  const table = answer.table;
  if (!table || table.rows.length < 2 || !isMetric(table.metric)) return null;
  return chartButtonOf(texts.charts.bot.button, table.metric, table.groupBy, answer.lang)[0] ?? null;
};

/**
 * /chart with a metric (and "by region"/"by company"), a metric picker when none is given, and
 * the "Chart" button under figure answers. Charts are cached per dataset version: a knowledge
 * reload brings a new dataset object and so fresh charts.
 */
export function chartFeature(deps: FeatureDeps): Composer<BotContext> {
  deps.answerButtons.push(chartButton);
  const cache = new WeakMap<Dataset, Map<string, Promise<RenderedChart>>>();

  const render = (ctx: BotContext, metric: Metric, groupBy: ChartGroup, lang: Lang) => {
    const { dataset, sources } = ctx.engine.knowledge;
    const charts = cache.get(dataset) ?? new Map<string, Promise<RenderedChart>>();
    cache.set(dataset, charts);
    const key = `${metric}:${groupBy}:${lang}`;
    let chart = charts.get(key);
    if (!chart) {
      chart = renderChart(chartTable(dataset, metric, groupBy, lang), sources);
      charts.set(key, chart);
      chart.catch(() => charts.delete(key));
    }
    return chart;
  };

  const sendChart = async (ctx: BotContext, metric: Metric, groupBy: ChartGroup, lang: Lang) => {
    const uploading = ctx
      .replyWithChatAction("upload_photo")
      .catch((err) => ctx.log.debug({ err }, "upload_photo indicator failed"));
    let chart: RenderedChart;
    try {
      chart = await render(ctx, metric, groupBy, lang);
    } catch (err) {
      ctx.log.error({ err, metric, groupBy }, "chart rendering failed");
      await ctx.reply(t(lang).charts.bot.failed);
      return;
    } finally {
      await uploading;
    }
    await ctx.replyWithPhoto(new InputFile(chart.png, "chart.png"), {
      caption: chart.caption,
      parse_mode: "HTML",
      reply_markup: toggleKeyboard(metric, groupBy, lang),
    });
  };

  const composer = new Composer<BotContext>();

  composer.command("chart", async (ctx) => {
    const args = ctx.match.trim();
    if (!args)
      return void (await ctx.reply(ctx.t.charts.bot.pick, { reply_markup: pickerKeyboard(ctx.lang) }));
    // The arguments' own language when clear; the chat's decides a lone word ("jobs").
    const terms = ctx.engine.terms(args, ctx.lang);
    const lang = terms.lang;
    const L = t(lang).charts.bot;
    const { metric, groupBy } = parseChartArgs(terms);
    if (!metric)
      return void (await ctx.reply(L.unknown(args.slice(0, ECHO_CHARS)), {
        reply_markup: pickerKeyboard(lang),
      }));
    await sendChart(ctx, metric, groupBy, lang);
  });

  onButton(composer, "chart", async (ctx) => {
    const { metric, groupBy, lang } = ctx.button;
    await ctx.answerCallbackQuery();
    // A button under an inline message has no chat to send the photo to.
    if (ctx.chat) await sendChart(ctx, metric, groupBy, lang);
  });

  // A chart button that no longer reads (a metric since renamed) comes from an older version.
  onStaleButton(composer, "chart", async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t.charts.bot.outdated });
    await ctx.reply(ctx.t.charts.bot.pick, { reply_markup: pickerKeyboard(ctx.lang) });
  });

  return composer;
}
