import { answers } from "./answers.js";
import { bot } from "./bot.js";
import { charts } from "./charts.js";
import { conversation } from "./conversation.js";
import { ingest } from "./ingest.js";
import { subscriptions } from "./subscriptions.js";

/** Every user-visible English text; ru and kk must have the same shape (checked by tsc). */
export const en = { answers, bot, subscriptions, charts, conversation, ingest };
export type Messages = typeof en;
