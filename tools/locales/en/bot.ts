import { plural } from "./plural.js";
/** Everything the Telegram bot says in English (answers themselves come from the engine). */
export const bot = {
  /** Descriptions registered with setMyCommands (max 256 characters each). */
  /** Printed once when `npm start` opens the terminal chat. */
  localChatBanner:
    "Local chat (no BOT_TOKEN set): type a question or /help; type a button's label (e.g. Sources) to press it; Ctrl+D quits.",
  commands: {
    start: "Welcome and example questions",
    help: "What I know and how to ask",
    ask: "Ask a question (works in groups too)",
    sources: "The source articles I rely on",
    source: "Show cited passage N of my last answer in context",
    language: "Choose the reply language",
  },
  welcome: (name: string) =>
    `Hello, ${name}! I answer questions about Kazakhstan's pharmaceutical partnerships and investment projects, and every answer cites the exact sentence it rests on.`,
  help: (username: string) =>
    [
      "What I know:",
      "• the four pharmaceutical investment projects approved in January 2026 (AltINFARM, Nobel Almaty Pharmaceutical Factory, Abdi Ibrahim Global Pharm, MSP-ROMPHARM): jobs, investment, medicines, places, partners;",
      "• Kazakhstan's partnership with AstraZeneca: agreements, focus areas, people.",
      "",
      "How to ask:",
      "• in a private chat, just write your question;",
      "• in a group, mention me, reply to my message or use /ask <question>;",
      `• in any chat, type @${username} and your question.`,
      "",
      "/sources lists the articles, /source N shows passage N of my last answer in context, /language sets the reply language.",
      "/chart jobs by region draws a chart; /subscribe (or /subscribe AltINFARM) tells you when the knowledge changes, /subscriptions lists your topics, /unsubscribe stops, /forget deletes what I store about this chat.",
    ].join("\n"),
  examplesTitle: "Tap an example to try it:",
  examples: [
    "How many jobs in Almaty Region?",
    "How much will AltINFARM invest?",
    "Which company will produce the most medicines?",
    "What is the Young Health Program about?",
    "When did AstraZeneca sign its agreement with SK-Pharmacy?",
  ],
  buttons: {
    sources: "📚 Sources",
  },
  writtenIn: { en: "in English", ru: "in Russian", kk: "in Kazakh" },
  sourcesHeading: "Sources",
  passagesHeading: "Cited passages in context",
  undated: "no date given",
  sourcesList: (n: number) => `I answer from ${n} source ${plural(n, "article", "articles")}:`,
  sourcesHint:
    "Every answer cites them by number; tap “Sources” under an answer, or send /source N, to read a passage in context.",
  askUsage: "Add your question after /ask, for example: /ask How many jobs in Almaty Region?",
  emptyQuestion: "Please write your question in words, for example: How many jobs in Almaty Region?",
  tooLong: (max: number) =>
    `That message is too long for me. Please ask one question of up to ${max} characters.`,
  notText:
    "I can only read text questions, not stickers, photos, voice messages or files. Try writing, for example: How many jobs in Almaty Region?",
  unknownCommand: (command: string) =>
    `I don't know the command ${command}. Send /help to see what I can do.`,
  rateLimited: "You're sending messages faster than I can answer. Please wait a few seconds and try again.",
  error: "Sorry, something went wrong on my side. Please try again in a moment.",
  /** A command that needs the database while it is unreachable (answers still work). */
  storeUnavailable:
    "I can't reach my database right now, so subscriptions and settings are unavailable for a moment. Questions still work. Please try again shortly.",
  sourceUsage: "Send /source N, where N is a citation number from my last answer, for example: /source 1",
  noLastAnswer: "Ask me a question first; then /source 1 shows its first cited passage in context.",
  noCitations: "My last answer cites no sources.",
  noSuchCitation: (n: number, max: number) =>
    `My last answer has no citation [${n}]; it has [1] to [${max}].`,
  // Group settings (subscriptions, language, /forget) belong to the group's admins.
  adminsOnly:
    "Only this group's admins can change its settings (subscriptions, language, forgetting). Please ask an admin.",
  notYourButton: "This button is for the person who asked for it.",
  adminCheckFailed: "I couldn't check who this group's admins are just now. Please try again in a moment.",
  buttonExpired: "This button has expired. Please ask the question again.",
  languagePrompt: "Choose the language I reply in:",
  languageSet:
    "Done: I'll reply in English. A question clearly written in another language is still answered in that language.",
  languageNames: { en: "English", ru: "Русский", kk: "Қазақша" },
  inlineHelpTitle: "Ask about Kazakhstan's pharma partnerships",
  inlineMore: "The full answer is longer: ask me in a private chat to read all of it.",
};
