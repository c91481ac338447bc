import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../bot/config.js";

describe("CONVERSATION_TTL_MINUTES", () => {
  it("defaults to 30 minutes and takes whole minutes up to a week", () => {
    expect(loadConfig({}).conversationTtlMs).toBe(30 * 60_000);
    expect(loadConfig({ CONVERSATION_TTL_MINUTES: "5" }).conversationTtlMs).toBe(5 * 60_000);
  });

  it.each(["0", "1.5", "ten", "20000"])("rejects %s with a message naming the setting", (value) => {
    expect(() => loadConfig({ CONVERSATION_TTL_MINUTES: value })).toThrow(ConfigError);
    expect(() => loadConfig({ CONVERSATION_TTL_MINUTES: value })).toThrow(
      /CONVERSATION_TTL_MINUTES.*minutes/,
    );
  });
});
