import type { Messages } from "../en/index.js";

export const subscriptions: Messages["subscriptions"] = {};
