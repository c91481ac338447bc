import { describe, expect, it } from "vitest";
import { chartButton, parseChartArgs, pickerKeyboard } from "../../bot/features/chart.js";
import { buttonData } from "../../bot/render/buttons.js";
import { checkKeyboard } from "../../bot/render/html.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { Answerer } from "../../tools/answer.js";
import { CHART_GROUPS } from "../../tools/chart-data.js";
import { METRICS } from "../../tools/findings.js";
import { t } from "../../tools/locales/index.js";
import { termsOf } from "../../tools/terms.js";
import type { Answer, FigureTable } from "../../tools/types.js";

/** The arguments read as the engine reads them (Engine.terms). */
const answerer = new Answerer(loadKnowledge());
const terms = (text: string) => termsOf(answerer.reader.read(text));

describe("/chart arguments", () => {
  it.each([
    ["jobs", "jobs", "company"],
    ["jobs by region", "jobs", "region"],
    ["investment by company", "investmentKzt", "company"],
    ["investment usd by region", "investmentUsd", "region"],
    ["US$ investment", "investmentUsd", "company"],
    ["medicines", "medicines", "company"],
    ["socially significant medicines by region", "sociallySignificant", "region"],
    ["рабочие места по регионам", "jobs", "region"],
    ["инвестиции в долларах", "investmentUsd", "company"],
    ["инвестиции по компаниям", "investmentKzt", "company"],
    ["Социально значимые препараты", "sociallySignificant", "company"],
    ["лекарства по областям", "medicines", "region"],
    ["жұмыс орындары өңірлер бойынша", "jobs", "region"],
    ["инвестиция облыстар бойынша", "investmentKzt", "region"],
    ["әлеуметтік маңызы бар дәрілер", "sociallySignificant", "company"],
    ["дәрілер", "medicines", "company"],
  ])("%s → %s by %s", (text, metric, groupBy) => {
    expect(parseChartArgs(terms(text))).toEqual({ metric, groupBy });
  });

  it("finds no metric in text about something else", () => {
    expect(parseChartArgs(terms("bananas by region")).metric).toBeNull();
    expect(parseChartArgs(terms("AstraZeneca")).metric).toBeNull();
  });

  it("follows the arguments' language, even one Cyrillic word in an English chat", () => {
    const lang = (text: string, chat: "en" | "ru" | "kk") => termsOf(answerer.reader.read(text, chat)).lang;
    expect(lang("рабочие места", "en")).toBe("ru");
    expect(lang("инвестиции", "en")).toBe("ru");
    expect(lang("дәрілер", "ru")).toBe("kk");
    expect(lang("jobs", "ru")).toBe("ru");
    expect(lang("jobs by region", "kk")).toBe("en");
  });
});

describe("chart buttons", () => {
  const table: FigureTable = {
    metric: "jobs",
    groupBy: "company",
    rows: [
      { label: "AltINFARM", value: 60, unit: "jobs", qualifier: "around", cites: [1] },
      {
        label: "Nobel Almaty Pharmaceutical Factory",
        value: 200,
        unit: "jobs",
        qualifier: "at least",
        cites: [2],
      },
    ],
  };
  const answer: Answer = {
    question: "Сравните рабочие места",
    lang: "ru",
    route: "tool",
    tool: "compare_companies",
    answer: "…",
    citations: [],
    table,
  };

  it("offers a chart under answers comparing several values of a chartable metric, in the answer's language", () => {
    expect(chartButton(answer, "k", t("ru"))).toEqual({
      text: "📊 График",
      callback_data: "chart:jobs:company:ru",
    });
    expect(chartButton({ ...answer, table: undefined }, "k", t("ru"))).toBeNull();
    expect(
      chartButton({ ...answer, table: { ...table, rows: table.rows.slice(0, 1) } }, "k", t("ru")),
    ).toBeNull();
    expect(
      chartButton({ ...answer, table: { ...table, metric: "investmentPerJob" } }, "k", t("ru")),
    ).toBeNull();
  });

  it("keeps every callback under Telegram's 64 bytes", () => {
    for (const lang of ["en", "ru", "kk"] as const) {
      expect(checkKeyboard(pickerKeyboard(lang))).toEqual([]);
      for (const m of METRICS) {
        for (const g of CHART_GROUPS)
          expect(buttonData({ kind: "chart", metric: m, groupBy: g, lang })).toBe(`chart:${m}:${g}:${lang}`);
      }
    }
  });
});
