import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import type { TopLevelSpec } from "vega-lite";
import type { SourceMeta } from "../../knowledge/schema.js";
import { sourceTitle } from "../../knowledge/sources.js";
import { type ChartRow, type ChartTable, formatFigure, type RowStyle } from "../../tools/chart-data.js";
import { t } from "../../tools/locales/index.js";
import { escapeHtml } from "../render/html.js";
import { loadTextWidth } from "./font.js";

export interface RenderedChart {
  png: Buffer;
  svg: string;
  /** HTML (parse_mode HTML), under Telegram's 1024-character caption limit. */
  caption: string;
}

const FONT = "DejaVu Sans";
const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")),
  "ttf",
);
/** Fonts shipped by npm, so Latin, Cyrillic and Kazakh letters look the same on every machine. */
export const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"].map((f) =>
  join(FONT_DIR, f),
);
// Without its fonts resvg silently draws no text: fail loudly at start instead.
const missingFonts = FONT_FILES.filter((f) => !existsSync(f));
if (missingFonts.length) throw new Error(`Chart fonts not found (npm ci?): ${missingFonts.join(", ")}`);

const measure = loadTextWidth(FONT_FILES[0] as string, FONT_FILES[1] as string);
type TextItem = { fontSize?: number; fontWeight?: string | number };
/**
 * vega and vega-lite, loaded on the first chart only (they add about a second to start-up).
 * Headless vega has no canvas and guesses text widths; vega lets us plug real metrics in (as
 * vl-convert does) through its exported, untyped textMetrics object.
 */
let renderer:
  | Promise<{ vega: typeof import("vega"); compile: typeof import("vega-lite").compile }>
  | undefined;
function loadRenderer() {
  renderer ??= Promise.all([import("vega"), import("vega-lite")]).then(([vega, vegaLite]) => {
    const { textMetrics } = vega as unknown as {
      textMetrics: { width: (item: TextItem, text?: unknown) => number };
    };
    textMetrics.width = (item, text) =>
      measure(
        String(text ?? ""),
        item.fontSize ?? 11,
        item.fontWeight === "bold" || Number(item.fontWeight) >= 600,
      );
    return { vega, compile: vegaLite.compile };
  });
  return renderer;
}

/** Logical size; the PNG is drawn at 2x so text stays legible in Telegram's preview. */
const WIDTH = 500;
const SCALE = 2;
const LABEL_SIZE = 14;
const NOTE_SIZE = 12;
const NOTE_LINE = 16;
const CITE_SIZE = 12;
const LEGEND_SIZE = 12.5;
const BAR = 18;
const LINE = LABEL_SIZE + 3;
const TITLE_SIZE = 19;

const HATCH_ID = "chart-span-hatch";
const COLORS: Record<RowStyle, string> = {
  stated: "#2f6cb3",
  derived: "#8fb4e3",
  span: `url(#${HATCH_ID})`,
  total: "#9aa0a6",
};
// Diagonal stripes mark the bar that spans two regions; vega passes the url() fill through.
const HATCH = `<defs><pattern id="${HATCH_ID}" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8" fill="#f7d6a8"/><rect width="4" height="8" fill="#d9791a"/></pattern></defs>`;

/** Greedy word wrap to a width in pixels. */
export function wrap(text: string, fontSize: number, bold = false, maxWidth = WIDTH): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && measure(`${line} ${word}`, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** "≥260 (derived)", "~60", or "not stated": the qualifier always stays with the number. */
function valueText(row: ChartRow, table: ChartTable): string {
  const L = t(table.lang).charts;
  if (row.value === null) return L.notStated;
  const derived = row.style === "derived" ? ` (${L.derived})` : "";
  return `${formatFigure(row.value, row.qualifier, table.lang)}${derived}`;
}

/** One band's data: its wrapped label, the value text and citation marks, where they end. */
function bandRows(table: ChartTable) {
  const L = t(table.lang).charts;
  return table.rows.map((row, i) => {
    const text = valueText(row, table);
    // The caption's citation numbers follow the value, lighter, where the bold value ends.
    const citeDx = 6 + measure(text, LABEL_SIZE, true) + 5;
    const cite = row.cites.length ? `[${row.cites.join(", ")}]` : "";
    return {
      key: String(i),
      label: wrap(row.label, LABEL_SIZE),
      value: row.value,
      text,
      cite,
      citeDx,
      end: citeDx + measure(cite, CITE_SIZE),
      legend: L.legend[row.style],
    };
  });
}
type BandRow = ReturnType<typeof bandRows>[number];

/** Where things sit in a band (offsets from its middle), and the scale that leaves room for every value. */
function bandLayout(rows: BandRow[]) {
  const labelLines = Math.max(1, ...rows.map((r) => r.label.length));
  // Each band: padding, the label's lines, a small gap, the bar, padding.
  const step = 6 + labelLines * LINE + 3 + BAR + 7;
  const labelOffset = -step / 2 + 6;
  const barOffset = labelOffset + labelLines * LINE + 3 + BAR / 2;
  // The smallest scale at which every bar still has room for its value label at its end.
  const domainMax = Math.max(
    1,
    ...rows.map((r) => (r.value ?? 0) * (WIDTH / Math.max(WIDTH / 3, WIDTH - r.end - 4))),
  );
  return { labelLines, step, labelOffset, barOffset, domainMax };
}
type BandLayout = ReturnType<typeof bandLayout>;

/** The bars, coloured by kind; the legend names only the kinds drawn and wraps to two columns when too wide. */
function barLayer(table: ChartTable, layout: BandLayout) {
  const L = t(table.lang).charts;
  const drawn = new Set(table.rows.filter((r) => r.value !== null).map((r) => r.style));
  const styles = (Object.keys(COLORS) as RowStyle[]).filter((s) => drawn.has(s));
  const legendWidth = styles.reduce((w, s) => w + 22 + measure(L.legend[s], LEGEND_SIZE) + 14, 0);
  return {
    transform: [{ filter: "datum.value !== null" }],
    mark: { type: "bar", height: BAR, yOffset: layout.barOffset, cornerRadiusEnd: 2 },
    encoding: {
      x: {
        field: "value",
        type: "quantitative",
        scale: { domain: [0, layout.domainMax], nice: false },
        axis: { title: L.axis[table.metric], format: "d", tickCount: 5, domain: false, ticks: false },
      },
      fill: {
        field: "legend",
        type: "nominal",
        scale: { domain: styles.map((s) => L.legend[s]), range: styles.map((s) => COLORS[s]) },
        legend: {
          orient: "top",
          direction: "horizontal",
          title: null,
          symbolType: "square",
          symbolSize: 160,
          labelLimit: WIDTH,
          columnPadding: 14,
          ...(legendWidth > WIDTH ? { columns: 2 } : {}),
        },
      },
    },
  };
}

/** The texts of a band: its label, the value and citations at the bar's end, or "not stated". */
function textLayers({ labelLines, labelOffset, barOffset }: BandLayout) {
  const at = { yOffset: barOffset, baseline: "middle", align: "left" } as const;
  return {
    label: {
      // Labels with fewer lines move down to sit right above their bar.
      mark: {
        type: "text",
        align: "left",
        baseline: "top",
        yOffset: { expr: `${labelOffset} + (${labelLines} - length(datum.label)) * ${LINE}` },
        lineHeight: LINE,
      },
      encoding: { x: { value: 0 }, text: { field: "label" } },
    },
    others: [
      {
        transform: [{ filter: "datum.value !== null" }],
        mark: { type: "text", ...at, dx: 6, fontWeight: "bold" },
        encoding: { x: { field: "value", type: "quantitative" }, text: { field: "text" } },
      },
      {
        transform: [{ filter: "datum.value !== null && datum.cite !== ''" }],
        mark: { type: "text", ...at, dx: { expr: "datum.citeDx" }, fontSize: CITE_SIZE, color: "#666" },
        encoding: { x: { field: "value", type: "quantitative" }, text: { field: "cite" } },
      },
      {
        transform: [{ filter: "datum.value === null" }],
        mark: { type: "text", ...at, fontStyle: "italic", color: "#777" },
        encoding: { x: { value: 2 }, text: { field: "text" } },
      },
    ],
  };
}

/** The footnotes under the bars, one wrapped line each. */
function notesView(table: ChartTable) {
  const notes = table.notes.flatMap((n) => wrap(`• ${n}`, NOTE_SIZE));
  return {
    width: WIDTH,
    height: Math.max(1, notes.length * NOTE_LINE),
    data: { values: notes.map((text, i) => ({ text, y: i * NOTE_LINE })) },
    mark: { type: "text", align: "left", baseline: "top", fontSize: NOTE_SIZE, color: "#444" },
    encoding: {
      x: { value: 0 },
      y: { field: "y", type: "quantitative", scale: null },
      text: { field: "text" },
    },
  };
}

/** The vega-lite spec: one band per row, its label above a horizontal bar, the value at the bar's end. */
export function chartSpec(table: ChartTable): TopLevelSpec {
  const L = t(table.lang).charts;
  const rows = bandRows(table);
  const layout = bandLayout(rows);
  const texts = textLayers(layout);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    background: "white",
    padding: { left: 16, right: 16, top: 14, bottom: 12 },
    config: {
      font: FONT,
      view: { stroke: null },
      axis: {
        labelFontSize: 12,
        titleFontSize: 12,
        labelColor: "#444",
        titleColor: "#333",
        gridColor: "#e6e6e6",
      },
      legend: { labelFontSize: LEGEND_SIZE, labelColor: "#333" },
      text: { fontSize: LABEL_SIZE },
    },
    title: {
      text: wrap(L.title(L.metric[table.metric], table.groupBy), TITLE_SIZE, true),
      subtitle: L.subtitle,
      anchor: "start",
      fontSize: TITLE_SIZE,
      subtitleFontSize: 12,
      subtitleColor: "#555",
      offset: 10,
    },
    spacing: 12,
    vconcat: [
      {
        width: WIDTH,
        height: { step: layout.step },
        data: { values: rows },
        encoding: { y: { field: "key", type: "nominal", sort: null, axis: null } },
        layer: [texts.label, barLayer(table, layout), ...texts.others],
      },
      notesView(table),
    ],
  } as TopLevelSpec;
}

/** vega-lite → vega → SVG, headless (no canvas): the hatch pattern is added to the SVG's defs. */
export async function chartSvg(table: ChartTable): Promise<string> {
  const { vega, compile } = await loadRenderer();
  const view = new vega.View(vega.parse(compile(chartSpec(table)).spec), { renderer: "none" });
  try {
    const svg = await view.toSVG();
    return svg.replace(/^(<svg[^>]*>)/, `$1${HATCH}`);
  } finally {
    view.finalize();
  }
}

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: SCALE },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT },
  });
  return resvg.render().asPng();
}

const CAPTION_LIMIT = 1024;

/** A verbatim stretch of `quote` of at most `max` characters, kept around `figure`. */
export function excerpt(quote: string, figure: string, max: number): string {
  if (quote.length <= max) return quote;
  const at = Math.max(0, figure ? quote.indexOf(figure) : 0);
  let start = Math.max(0, Math.min(at - Math.floor((max - figure.length) / 2), quote.length - max));
  let end = start + max;
  if (start > 0) start = quote.indexOf(" ", start) + 1 || start;
  if (end < quote.length) end = Math.max(quote.lastIndexOf(" ", end), at + figure.length);
  return `${start > 0 ? "…" : ""}${quote.slice(start, end).trim()}${end < quote.length ? "…" : ""}`;
}

/**
 * The caption: the chart's title, each plotted figure's quote numbered as on the bars, and the
 * source titles. Quotes are shortened (verbatim, around the figure) only when needed to fit.
 */
export function chartCaption(table: ChartTable, sources: readonly SourceMeta[]): string {
  const L = t(table.lang).charts;
  const [open, close] = table.lang === "en" ? ["“", "”"] : ["«", "»"];
  const meta = new Map(sources.map((s) => [s.id, s]));
  const used = [...new Set(table.citations.map((c) => c.source))];
  const head = `<b>${escapeHtml(L.title(L.metric[table.metric], table.groupBy))}</b>`;
  const foot = `${used.length > 1 ? L.caption.sources : L.caption.source}: ${used
    .map((id) => {
      const s = meta.get(id);
      return `<i>${escapeHtml(s ? sourceTitle(s, table.lang) : id)}</i>${s?.date ? `, ${s.date}` : ""}`;
    })
    .join("; ")}`;
  const build = (max: number) =>
    [
      head,
      ...table.citations.map((c) => `[${c.n}] ${open}${escapeHtml(excerpt(c.quote, c.figure, max))}${close}`),
      foot,
    ].join("\n");
  const longest = Math.max(0, ...table.citations.map((c) => c.quote.length));
  for (let max = longest; max >= 60; max -= 10) {
    const caption = build(max);
    if (caption.length < CAPTION_LIMIT) return caption;
  }
  return [head, foot].join("\n");
}

/** Renders a chart table to a PNG (with its SVG) and a citing caption. */
export async function renderChart(table: ChartTable, sources: readonly SourceMeta[]): Promise<RenderedChart> {
  const svg = await chartSvg(table);
  return { svg, png: svgToPng(svg), caption: chartCaption(table, sources) };
}
