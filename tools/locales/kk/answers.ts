import type { Messages } from "../en/index.js";

export const answers: Messages["answers"] = {};
