import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { beforeAll, describe, expect, it } from "vitest";
import { fontMetrics } from "../../bot/charts/font.js";
import {
  chartCaption,
  excerpt,
  FONT_FILES,
  type RenderedChart,
  renderChart,
} from "../../bot/charts/render.js";
import { checkTelegramHtml, htmlToPlain } from "../../bot/render/html.js";
import { loadKnowledge } from "../../knowledge/load.js";
import type { Lang } from "../../knowledge/schema.js";
import { sourceTitle } from "../../knowledge/sources.js";
import { CHART_GROUPS, type ChartTable, chartTable } from "../../tools/chart-data.js";
import { METRICS } from "../../tools/findings.js";
import { t } from "../../tools/locales/index.js";

const knowledge = loadKnowledge();
const LANGS: Lang[] = ["en", "ru", "kk"];
const CASES = LANGS.flatMap((lang) =>
  METRICS.flatMap((metric) => CHART_GROUPS.map((groupBy) => ({ metric, groupBy, lang }))),
);
const rendered = new Map<string, { table: ChartTable; chart: RenderedChart }>();
const key = (c: { metric: string; groupBy: string; lang: string }) => `${c.metric}:${c.groupBy}:${c.lang}`;
const get = (metric: string, groupBy: string, lang: string) => {
  const r = rendered.get(key({ metric, groupBy, lang }));
  if (!r) throw new Error(`not rendered: ${metric} ${groupBy} ${lang}`);
  return r;
};

/** The SVG's visible text, with XML entities decoded. */
const svgText = (svg: string) =>
  [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]*)(?=<)/g)]
    .map((m) => (m[1] as string).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"))
    .join("\n");
/** Bar lengths in pixels by row key, from vega's bar paths ("M0,0h<width>v…"). */
const barWidths = (svg: string) =>
  new Map(
    [
      ...svg.matchAll(
        /<path aria-label="[^"]*key: (\d+);[^"]*" [^>]*aria-roledescription="bar" d="M0,0h([\d.]+)/g,
      ),
    ].map((m) => [Number(m[1]), Number(m[2])]),
  );

beforeAll(async () => {
  for (const c of CASES) {
    const table = chartTable(knowledge.dataset, c.metric, c.groupBy, c.lang);
    rendered.set(key(c), { table, chart: await renderChart(table, knowledge.sources) });
  }
});

describe("renderChart", () => {
  it.each(CASES)(
    "$metric by $groupBy in $lang: a PNG at preview size, drawn, with its texts",
    ({ metric, groupBy, lang }) => {
      const { table, chart } = get(metric, groupBy, lang);
      const L = t(lang).charts;
      const { png, svg } = chart;
      expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
      expect(png.toString("latin1", 12, 16)).toBe("IHDR");
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      expect(width).toBeGreaterThanOrEqual(1000);
      expect(width).toBeLessThanOrEqual(1120);
      expect(height).toBeGreaterThanOrEqual(500);
      expect(height).toBeLessThanOrEqual(1100);
      expect(png.length).toBeGreaterThan(30_000);

      const text = svgText(svg);
      expect(text).toContain(L.title(L.metric[metric], groupBy).split(" ")[0]);
      expect(text).toContain(L.axis[metric]);
      for (const r of table.rows) {
        for (const word of r.label.split(" ")) expect(text).toContain(word);
      }
      // One bar per stated row and none for the rest, which say "not stated" instead.
      const bars = barWidths(svg);
      const stated = table.rows.flatMap((r, i) => (r.value === null ? [] : [i]));
      expect([...bars.keys()].sort()).toEqual(stated);
      const notStated = table.rows.filter((r) => r.value === null).length;
      expect(text.split("\n").filter((s) => s === L.notStated).length).toBe(notStated);
    },
  );

  it("draws the bars to scale, so MSP-ROMPHARM's jobs are never halved", () => {
    for (const lang of LANGS) {
      const { table, chart } = get("jobs", "region", lang);
      const bars = barWidths(chart.svg);
      const span = table.rows.findIndex((r) => r.style === "span");
      const total = table.rows.findIndex((r) => r.style === "total");
      const ratio = (bars.get(span) as number) / (bars.get(total) as number);
      expect(ratio).toBeCloseTo(265 / 675, 3);
      expect(svgText(chart.svg)).toContain("~265");
      expect(svgText(chart.svg)).not.toMatch(/132/);
    }
  });

  it("puts the qualifiers, the derived mark and the citation numbers on the labels", () => {
    const lines = (svg: string) => svgText(svg).split("\n");
    const region = lines(get("jobs", "region", "en").chart.svg);
    for (const label of ["≥~260 (derived)", "[1, 2]", "≥150", "[3]", "~265", "[4]", "≈675", "[5]"]) {
      expect(region).toContain(label);
    }
    const company = lines(get("jobs", "company", "en").chart.svg);
    for (const label of ["~60", "≥200", "≥150", "~265", "≈675"]) expect(company).toContain(label);
    expect(lines(get("jobs", "region", "ru").chart.svg)).toContain("≥~260 (расчёт)");
    expect(lines(get("investmentKzt", "region", "kk").chart.svg)).toContain("97,7 (есептелген)");
  });

  it("shows Abdi Ibrahim's investment as not stated, never as 0", () => {
    const abdi = knowledge.dataset.organisations.find((o) => o.id === "abdi-ibrahim");
    for (const lang of LANGS) {
      for (const metric of ["investmentKzt", "investmentUsd"] as const) {
        const { table, chart } = get(metric, "company", lang);
        const at = table.rows.findIndex((r) => r.label === abdi?.name[lang]);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(barWidths(chart.svg).has(at)).toBe(false);
        // vega labels each text item with its row: Abdi Ibrahim's value label is "not stated".
        expect(chart.svg).toContain(`key: ${at}; text: ${t(lang).charts.notStated}"`);
      }
    }
  });

  it("writes Cyrillic and Kazakh labels with glyphs the shipped font has", () => {
    const kk = svgText(get("jobs", "region", "kk").chart.svg);
    expect(kk).toContain("Түркістан облысы + Алматы облысы (МСП-Ромфарм, бөлінбеген)");
    expect(kk).toContain("Жұмыс орындары — өңірлер бойынша");
    expect(svgText(get("medicines", "company", "ru").chart.svg)).toContain(
      "Нобел Алматинская Фармацевтическая Фабрика",
    );
    const faces = FONT_FILES.map((f) => fontMetrics(readFileSync(f)));
    const all = new Set([...CASES].flatMap((c) => [...svgText(get(c.metric, c.groupBy, c.lang).chart.svg)]));
    all.delete("\n");
    for (const ch of ["ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і", "≥", "≈", "−", "•"]) {
      for (const face of faces) expect(face.glyph(ch.codePointAt(0) as number), ch).toBeGreaterThan(0);
    }
    for (const ch of all)
      expect(faces[0]?.glyph(ch.codePointAt(0) as number), `glyph for "${ch}"`).toBeGreaterThan(0);
  });

  it("paints the span bar with its hatch and the text in ink: the PNG is not blank", () => {
    const { chart } = get("jobs", "region", "kk");
    const image = new Resvg(chart.svg, {
      font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    }).render();
    const px = image.pixels;
    let ink = 0;
    let hatch = 0;
    let blue = 0;
    for (let i = 0; i < px.length; i += 4) {
      const [r, g, b] = [px[i] as number, px[i + 1] as number, px[i + 2] as number];
      if (r < 80 && g < 80 && b < 80) ink++;
      if (Math.abs(r - 0xd9) < 12 && Math.abs(g - 0x79) < 12 && Math.abs(b - 0x1a) < 12) hatch++;
      if (Math.abs(r - 0x8f) < 12 && Math.abs(g - 0xb4) < 12 && Math.abs(b - 0xe3) < 12) blue++;
    }
    const pixels = px.length / 4;
    expect(ink / pixels).toBeGreaterThan(0.01);
    expect(hatch).toBeGreaterThan(200);
    expect(blue).toBeGreaterThan(1000);
  });
});

describe("chart caption", () => {
  it.each(CASES)(
    "$metric by $groupBy in $lang: valid HTML under 1024 characters citing verbatim quotes",
    ({ metric, groupBy, lang }) => {
      const { table, chart } = get(metric, groupBy, lang);
      expect(chart.caption.length).toBeLessThan(1024);
      expect(checkTelegramHtml(chart.caption)).toEqual([]);
      const plain = htmlToPlain(chart.caption);
      const body = knowledge.sources.find((s) => s.id === "pharma-investment-agreements")?.body as string;
      for (const c of table.citations) {
        const line = plain.split("\n").find((l) => l.startsWith(`[${c.n}] `));
        expect(line, `citation [${c.n}]`).toBeDefined();
        const quoted = (line as string).slice(`[${c.n}] `.length + 1, -1);
        for (const piece of quoted.split("…").filter(Boolean)) expect(body).toContain(piece.trim());
        if (c.figure) expect(quoted).toContain(c.figure);
      }
      const source = knowledge.sources.find((s) => s.id === "pharma-investment-agreements");
      expect(plain).toContain(source && sourceTitle(source, lang));
    },
  );

  it("escapes HTML in titles and shortens quotes verbatim around their figure when they do not fit", () => {
    const table = chartTable(knowledge.dataset, "jobs", "company", "en");
    const long = {
      ...table,
      citations: table.citations.map((c) => ({ ...c, quote: `${c.quote} `.repeat(3).trim() })),
    };
    const sources = knowledge.sources.map((s) => ({ ...s, title: `${s.title} <&>` }));
    const caption = chartCaption(long, sources);
    expect(caption.length).toBeLessThan(1024);
    expect(checkTelegramHtml(caption)).toEqual([]);
    expect(caption).toContain("&lt;&amp;&gt;");
    expect(caption).toContain("…");
    for (const c of long.citations) expect(caption).toContain(c.figure);
  });

  it("excerpt keeps the figure and a verbatim stretch", () => {
    const quote =
      "With total investments of 36.7 billion tenge (US$73 million), the project will enable the production of 101 medicines, including painkillers, anti-inflammatories, cold, and antimicrobial drugs, and will create around 265 jobs.";
    const short = excerpt(quote, "265", 60);
    expect(short.startsWith("…")).toBe(true);
    expect(short).toContain("265");
    expect(quote).toContain(short.replace(/^…/, "").replace(/…$/, ""));
    expect(short.length).toBeLessThanOrEqual(62);
    expect(excerpt(quote, "36.7", 60).endsWith("…")).toBe(true);
    expect(excerpt("short", "x", 60)).toBe("short");
  });
});
