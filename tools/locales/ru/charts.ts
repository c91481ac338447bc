import type { Messages } from "../en/index.js";

export const charts: Messages["charts"] = {
  metric: {
    jobs: "Рабочие места",
    investmentKzt: "Инвестиции (тенге)",
    investmentUsd: "Инвестиции (доллары США)",
    medicines: "Лекарственные препараты",
    sociallySignificant: "Социально значимые препараты",
  },
  axis: {
    jobs: "рабочих мест",
    investmentKzt: "млрд тенге",
    investmentUsd: "млн долларов США",
    medicines: "препаратов к выпуску",
    sociallySignificant: "социально значимых препаратов",
  },
  title: (metric, groupBy) => `${metric} ${groupBy === "company" ? "по компаниям" : "по регионам"}`,
  subtitle: "По данным источников · ~ около · ≈ приблизительно · ≥ не менее",
  city: (name) => `г. ${name}`,
  span: (regions, company) => `${regions.join(" + ")} (${company}, без разбивки)`,
  spanNote: (regions) => `Общая цифра для регионов: ${regions.join(" и ")}; источник не даёт разбивки`,
  total: "Всего по данным статьи",
  notStated: "не указано",
  derived: "расчёт",
  legend: {
    stated: "указано в источнике",
    derived: "расчёт (сумма)",
    span: "два региона без разбивки",
    total: "общий итог из статьи",
  },
  notes: {
    remainder: (company, value, arithmetic) =>
      `${company}: не указано; итог минус остальные дал бы ${value} (расчёт: ${arithmetic}).`,
    excludesSpan: (region, company) =>
      `${region}: без доли ${company}, которая может приходиться на этот регион (разбивки нет).`,
    gap: (arithmetic, total, difference) =>
      `Сумма по проектам: ${arithmetic}; в статье указан итог ${total} (${difference} не отнесены к проектам).`,
    matches: (arithmetic, total) => `Сумма по проектам: ${arithmetic}, что согласуется с итогом ${total}.`,
    noTotal: "В статье нет итогового числа, только «широкий спектр социально значимых препаратов».",
  },
  caption: {
    source: "Источник",
    sources: "Источники",
  },
  commands: { chart: "График: рабочие места, инвестиции, препараты по компаниям или регионам" },
  bot: {
    button: "📊 График",
    byCompany: "По компаниям",
    byRegion: "По регионам",
    pick: "Какой показатель показать на графике?",
    unknown: (text) =>
      `Не могу построить график «${text}». Попробуйте /chart рабочие места, /chart инвестиции по регионам, /chart препараты или /chart социально значимые — или выберите ниже.`,
    failed: "Не удалось построить график. Попробуйте ещё раз чуть позже.",
    outdated: "Эта кнопка устарела; выберите график ниже.",
  },
};
