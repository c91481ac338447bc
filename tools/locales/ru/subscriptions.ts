import type { Messages } from "../en/index.js";
import { plural } from "./plural.js";

export const subscriptions: Messages["subscriptions"] = {
  commands: {
    subscribe: "Получать сообщения об изменениях (можно указать тему)",
    unsubscribe: "Отписаться (от одной темы или от всего)",
    subscriptions: "На что вы подписаны",
    forget: "Удалить всё, что хранится об этом чате",
  },

  subscribedAll:
    "Подписка оформлена ✅ Я пришлю короткое сообщение, когда мои знания изменятся: новая статья, исправленная цифра.",
  pickInstead: "Хотите следить только за некоторыми темами? Выберите:",
  alreadyAll: "Вы уже получаете все обновления.",
  subscribedTopic: (name: string) =>
    `Вы подписаны на тему <b>${name}</b> ✅ Сообщу, когда по ней что-то изменится.`,
  alreadyTopic: (name: string) => `Вы уже следите за темой <b>${name}</b>.`,
  narrowed: "Раньше вы получали все обновления, теперь — только по выбранным темам. /subscribe вернёт всё.",
  widened: (names: string) => `Это заменяет ваши темы (${names}): «всё» их включает.`,
  pickTopic: "За какой темой вы хотите следить?",
  everything: "🌐 Всё",
  unknownTopic: (text: string) => `Я не знаю компании, места или партнёрства «${text}».`,
  suggestions: "Может быть, одно из этого?",
  noSuggestions: "Отправьте /subscribe, чтобы увидеть все темы.",

  unsubscribedAll: "Вы отписались: больше не буду присылать обновления. /subscribe — подписаться снова.",
  unsubscribedTopic: (name: string) => `Вы больше не следите за темой <b>${name}</b>.`,
  notSubscribed: "У вас нет подписок. /subscribe — получать обновления.",
  notFollowing: (name: string) => `Вы не подписаны на тему <b>${name}</b>.`,
  coveredByAll: (name: string) =>
    `Вы получаете все обновления, включая <b>${name}</b>. Отправьте /unsubscribe, чтобы отключить всё, или /subscribe ${name}, чтобы следить только за этой темой.`,
  pickUnsubscribe: "Какую подписку отключить?",

  listAll: "Вы получаете все обновления.",
  listTopics: (names: string) => `Вы следите за: ${names}.`,
  listEmpty: "У вас нет подписок. /subscribe — и я сообщу, когда мои знания изменятся.",
  listHint: "/unsubscribe — отписаться, /subscribe &lt;тема&gt; — добавить тему.",
  stopButton: (name: string) => `✖ ${name}`,

  forgetConfirm: "Удалить всё, что я храню об этом чате (подписки и язык)? Это действие нельзя отменить.",
  forgetYes: "🗑 Удалить",
  forgetNo: "Отмена",
  forgotten: "Готово: я удалил всё, что хранил об этом чате.",
  nothingToForget: "Я ничего не храню об этом чате.",
  forgetCancelled: "Ничего не удалено.",

  welcomeBack: (list: string) => `С возвращением! Ваши подписки сохранены: ${list}`,
  buttonExpired: "Эта кнопка устарела. Отправьте команду ещё раз.",
  failed: "Не удалось сохранить изменения. Попробуйте ещё раз чуть позже.",

  noticeTitle: "🔔 Мои знания обновились",
  sourceAdded: (title: string) => `Новый источник: <b>${title}</b>`,
  sourceRemoved: (title: string) => `Источник отозван: <b>${title}</b>`,
  sourceUpdated: (title: string) => `Источник исправлен: <b>${title}</b>`,
  projectAdded: (company: string, places: string, figures: string) =>
    `Новый проект: ${company}${places ? `, ${places}` : ""}${figures ? `: ${figures}` : ""}`,
  factAdded: (label: string, value: string) => `${label}: ${value} <i>(новое)</i>`,
  factChanged: (label: string, before: string, after: string) => `${label}: ${before} → <b>${after}</b>`,
  factRemoved: (label: string, value: string) => `${label}: <s>${value}</s> <i>(больше не указано)</i>`,
  more: (n: number) => `…и ещё ${n} ${plural(n, "изменение", "изменения", "изменений")}.`,
  noticeFooter: "/subscriptions — изменить подписки.",
  overall: "Все проекты",
  fields: {
    jobs: "рабочие места",
    investmentKzt: "инвестиции",
    investmentUsd: "инвестиции в долларах США",
    medicines: "препараты",
    sociallySignificant: "социально значимые препараты",
    companies: "компании",
    products: "продукция",
    partners: "партнёр",
    sites: "площадка",
    facility: "объект",
    standard: "стандарт",
    description: "описание",
    role: "должность",
    statements: "заявление",
    summary: "суть",
    date: "дата",
    place: "место",
    items: "направление",
    therapyAreas: "терапевтические области",
    places: "места",
    announcement: "объявление",
    outcomes: "ожидаемые результаты",
    target: "цель",
  },

  ingestUsage:
    "Отправьте /ingest в ответ на сообщение (его текст) или приложите документ .txt/.md. Можно указать заголовок: /ingest Заголовок статьи.",
  ingestRefused: "Извините, добавлять документы могут только администраторы бота.",
  ingested: (title: string, version: number, notified: number) =>
    `Добавлено: <b>${title}</b>, уже доступно для поиска. Версия знаний ${version}; уведомление получат ${notified} ${plural(notified, "подписчик", "подписчика", "подписчиков")}.`,
  ingestedNoVersion: (title: string) => `Добавлено: <b>${title}</b>, уже доступно для поиска.`,
  ingestErrors: {
    empty: "Документ пуст: в нём нет текста.",
    binary:
      "Это не похоже на текстовый документ (двоичные данные или не UTF-8). Пришлите обычный текст или Markdown.",
    tooLarge: (kb: number) => `Документ слишком большой: предел — ${kb} КБ.`,
    duplicate: (title: string) => `Этот документ у меня уже есть («${title}»): ничего не изменено.`,
    duplicateId: (id: string) => `Документ с идентификатором «${id}» уже есть: ничего не изменено.`,
    badDate: (date: string) =>
      `Дата «${date}» некорректна: используйте формат ГГГГ-ММ-ДД, например 2026-02-01.`,
    badId: (id: string) =>
      `Идентификатор «${id}» некорректен: используйте латинские слова в нижнем регистре через дефис.`,
    badFrontMatter: (why: string) => `Заголовок документа (front matter) некорректен: ${why}.`,
    download: "Не удалось скачать файл из Telegram. Попробуйте ещё раз.",
  },
};
