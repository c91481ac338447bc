import { answers as english } from "../en/answers.js";
import type { Messages } from "../en/index.js";

// Placeholder until the translation lands in the next commit.
export const answers: Messages["answers"] = { ...english };
