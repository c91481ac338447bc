import type { Messages } from "../en/index.js";
import { answers } from "./answers.js";
import { bot } from "./bot.js";
import { charts } from "./charts.js";
import { conversation } from "./conversation.js";
import { ingest } from "./ingest.js";
import { subscriptions } from "./subscriptions.js";

export const kk: Messages = { answers, bot, subscriptions, charts, conversation, ingest };
