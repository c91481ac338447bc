import type { Messages } from "../en/index.js";

export const ingest: Messages["ingest"] = {
  header: (title, date, n) => `Утверждений из «${title}»${date ? ` (${date})` : " (без даты)"}: ${n}.`,
  none: (title) => `В «${title}» не нашлось ни одной цифры, площадки или партнёра, относящихся к проекту.`,
  dryRun: "Пробный запуск: ничего не сохранено.",
  columns: {
    subject: "субъект",
    attribute: "показатель",
    change: "было → стало",
    qualifier: "оговорка",
    quote: "цитата",
  },
  attribute: {
    investmentKzt: "инвестиции (тенге)",
    investmentUsd: "инвестиции (доллары)",
    jobs: "рабочие места",
    medicines: "препараты",
    sociallySignificant: "социально значимые",
    site: "площадка",
    partner: "партнёр",
    company: "компания",
    stage: "стадия",
  },
  stage: { talks: "только переговоры или намерение", planned: "планируется", signed: "соглашение подписано" },
  change: {
    added: "новое",
    changed: "изменилось",
    same: "без изменений",
    disputed: "спорно: источник той же даты говорит иное",
    held: "на проверке: сильно расходится с текущим значением",
  },
  newOrganisations: (names) => `Новые организации: ${names}.`,
  leftOutHeader: "Не извлечено (доступно для поиска по тексту):",
  leftOut: {
    noSubject: "в предложении и абзаце не назван проект",
    severalSubjects: "названо несколько компаний: не отнесено ни к одной",
    noUnit: "единица, которую бот не отслеживает",
    notInvestment: "сумма, не названная инвестицией",
  },
  approve: "Подтвердить",
  reject: "Отклонить",
  heldPrompt: "Цифры на проверке не используются, пока администратор их не подтвердит:",
  reviewed: (what, approved) =>
    approved
      ? `Подтверждено: ${what}. Знания опубликованы заново.`
      : `Отклонено: ${what}. Запись сохранена, но не используется.`,
  reviewUnknown: "Это утверждение больше не ждёт проверки.",
  reviewRefused: "Проверять цифры могут только администраторы бота.",
};
