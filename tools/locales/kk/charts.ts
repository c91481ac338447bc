import type { Messages } from "../en/index.js";

export const charts: Messages["charts"] = {};
