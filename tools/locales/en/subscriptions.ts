import { plural } from "./plural.js";
/**
 * Subscriptions, update notifications and ingestion (English). Arguments are already
 * HTML-escaped by the caller; the texts may use Telegram's HTML tags.
 */
export const subscriptions = {
  commands: {
    subscribe: "Get updates when the knowledge changes (optionally: a topic)",
    unsubscribe: "Stop updates (one topic or all)",
    subscriptions: "What you follow",
    forget: "Delete everything stored about this chat",
  },

  // Subscribing
  subscribedAll:
    "Subscribed ✅ I'll send you a short message whenever what I know changes: a new article, a corrected figure.",
  pickInstead: "Rather follow only some topics? Pick one:",
  alreadyAll: "You already get every update.",
  subscribedTopic: (name: string) =>
    `Subscribed to <b>${name}</b> ✅ I'll tell you when anything about it changes.`,
  alreadyTopic: (name: string) => `You already follow <b>${name}</b>.`,
  narrowed:
    "You were getting every update; now you get only the topics you pick. /subscribe brings everything back.",
  widened: (names: string) => `This replaces your topics (${names}): everything includes them.`,
  pickTopic: "Which topic do you want to follow?",
  everything: "🌐 Everything",
  unknownTopic: (text: string) => `I don't know a company, place or partnership called “${text}”.`,
  suggestions: "Maybe one of these?",
  noSuggestions: "Send /subscribe to see every topic you can follow.",

  // Unsubscribing
  unsubscribedAll: "Unsubscribed: I won't send you updates any more. /subscribe to start again.",
  unsubscribedTopic: (name: string) => `You no longer follow <b>${name}</b>.`,
  notSubscribed: "You aren't subscribed to anything. /subscribe to get updates.",
  notFollowing: (name: string) => `You don't follow <b>${name}</b>.`,
  coveredByAll: (name: string) =>
    `You get every update, which includes <b>${name}</b>. Send /unsubscribe to stop all of them, or /subscribe ${name} to follow only that.`,
  pickUnsubscribe: "Which subscription should I stop?",

  // Listing
  listAll: "You get every update.",
  listTopics: (names: string) => `You follow: ${names}.`,
  listEmpty: "You aren't subscribed. /subscribe to get a message when what I know changes.",
  listHint: "/unsubscribe to stop, /subscribe &lt;topic&gt; to add a topic.",
  stopButton: (name: string) => `✖ ${name}`,

  // Forgetting
  forgetConfirm:
    "Delete everything I store about this chat (subscriptions and language)? This cannot be undone.",
  forgetYes: "🗑 Delete",
  forgetNo: "Cancel",
  forgotten: "Done: I've deleted everything I stored about this chat.",
  nothingToForget: "I don't store anything about this chat.",
  forgetCancelled: "Nothing was deleted.",

  welcomeBack: (list: string) => `Welcome back! Your subscriptions are intact: ${list}`,
  buttonExpired: "This button has expired. Please send the command again.",
  failed: "Sorry, I couldn't save that just now. Please try again in a moment.",

  // Notifications
  noticeTitle: "🔔 What I know has changed",
  sourceAdded: (title: string) => `New source: <b>${title}</b>`,
  sourceRemoved: (title: string) => `Source withdrawn: <b>${title}</b>`,
  sourceUpdated: (title: string) => `Source revised: <b>${title}</b>`,
  projectAdded: (company: string, places: string, figures: string) =>
    `New project: ${company}${places ? `, ${places}` : ""}${figures ? `: ${figures}` : ""}`,
  factAdded: (label: string, value: string) => `${label}: ${value} <i>(new)</i>`,
  factChanged: (label: string, before: string, after: string) => `${label}: ${before} → <b>${after}</b>`,
  factRemoved: (label: string, value: string) => `${label}: <s>${value}</s> <i>(no longer stated)</i>`,
  more: (n: number) => `…and ${n} more ${plural(n, "change", "changes")}.`,
  noticeFooter: "/subscriptions to change what you follow.",
  overall: "All projects",
  fields: {
    jobs: "jobs",
    investmentKzt: "investment",
    investmentUsd: "investment in US dollars",
    medicines: "medicines",
    sociallySignificant: "socially significant medicines",
    companies: "companies",
    products: "products",
    partners: "partner",
    sites: "site",
    facility: "facility",
    standard: "standard",
    description: "description",
    role: "role",
    statements: "statement",
    summary: "summary",
    date: "date",
    place: "place",
    items: "focus area",
    therapyAreas: "therapy areas",
    places: "places",
    announcement: "announcement",
    outcomes: "expected outcomes",
    target: "target",
  } as Record<string, string>,

  // Ingestion
  ingestUsage:
    "Send /ingest as a reply to a message (its text) or with a .txt/.md document attached. Optional: /ingest Title of the article.",
  ingestRefused: "Sorry, only the bot's administrators can add documents.",
  ingested: (title: string, version: number, notified: number) =>
    `Added <b>${title}</b>: it is searchable now. Knowledge version ${version}; ${notified} ${plural(notified, "subscriber", "subscribers")} will be notified.`,
  ingestedNoVersion: (title: string) => `Added <b>${title}</b>: it is searchable now.`,
  ingestErrors: {
    empty: "The document is empty: there is no text to add.",
    binary:
      "That doesn't look like a text document (it has binary data or isn't valid UTF-8). Send plain text or Markdown.",
    tooLarge: (kb: number) => `The document is too large: the limit is ${kb} KB.`,
    duplicate: (title: string) => `I already have this document (“${title}”): nothing was changed.`,
    duplicateId: (id: string) => `A document with the id “${id}” already exists: nothing was changed.`,
    badDate: (date: string) => `The date “${date}” isn't valid: use YYYY-MM-DD, for example 2026-02-01.`,
    badId: (id: string) => `The id “${id}” isn't valid: use lower-case words joined by hyphens.`,
    badFrontMatter: (why: string) => `The front matter isn't valid: ${why}.`,
    download: "I couldn't download that file from Telegram. Please try again.",
  },
};
