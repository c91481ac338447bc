import type { Messages } from "../en/index.js";

export const bot: Messages["bot"] = {};
