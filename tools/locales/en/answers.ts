export const answers = {};
