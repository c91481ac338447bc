/**
 * The one callback protocol (bot/render/buttons.ts): every kind of button written and read back,
 * the formats earlier versions sent still read, and anything forged or too long refused.
 */
import { describe, expect, it } from "vitest";
import { type Button, buttonData, claimedKind, inlineButton, readButton } from "../../bot/render/buttons.js";

const EVERY_KIND: [Button, string][] = [
  [{ kind: "sources", answer: "Kx0_-9aZ3bQ" }, "src:Kx0_-9aZ3bQ"],
  [{ kind: "followUp", action: "perJob", answer: "Kx0_-9aZ3bQ" }, "fu:perJob:Kx0_-9aZ3bQ"],
  [{ kind: "followUp", action: "compare.nobel-almaty", answer: "abc" }, "fu:compare.nobel-almaty:abc"],
  [{ kind: "chart", metric: "jobs", groupBy: "region", lang: "kk" }, "chart:jobs:region:kk"],
  [{ kind: "review", decision: "approve", claim: "0123456789abcdef" }, "review:approve:0123456789abcdef"],
  [
    { kind: "review", decision: "approve", claim: "0123456789abcdef", pick: 1 },
    "review:approve:0123456789abcdef:1",
  ],
  [{ kind: "forget", choice: "yes", asker: 501 }, "forget:yes:501"],
  [{ kind: "subscribe", topic: "almaty-region" }, "sub:almaty-region"],
  [{ kind: "unsubscribe", topic: "*" }, "unsub:*"],
  [{ kind: "language", lang: "ru" }, "lang:ru"],
  [{ kind: "example", lang: "en", index: 2 }, "ex:en:2"],
];

describe("the callback protocol", () => {
  it.each(EVERY_KIND)("writes %j as %s and reads it back", (button, data) => {
    expect(buttonData(button)).toBe(data);
    expect(readButton(data)).toEqual(button);
    expect(claimedKind(data)).toBe(button.kind);
  });

  it("reads a /forget confirmation from before it named its asker", () => {
    expect(readButton("forget:no")).toEqual({ kind: "forget", choice: "no" });
    expect(buttonData({ kind: "forget", choice: "no" })).toBe("forget:no");
  });

  it("keeps a topic's own colons in its last field", () => {
    expect(readButton("sub:place:almaty")).toEqual({ kind: "subscribe", topic: "place:almaty" });
  });

  it.each([
    "",
    "src",
    "src:",
    "src:../../etc",
    "fu:deleteAll:abc",
    "fu:compare.Nobel Almaty:abc",
    "chart:profits:company:en",
    "chart:jobs:planet:en",
    "review:approve:DROP TABLE",
    "forget:maybe:501",
    "forget:yes:-5",
    "forget:yes:1e3",
    "lang:de",
    "ex:en:-1",
    "sub:",
    "unknown:thing",
  ])("refuses %j", (data) => {
    expect(readButton(data)).toBeNull();
  });

  it("offers no button whose data would pass Telegram's 64 bytes", () => {
    const topic = "t".repeat(70);
    expect(buttonData({ kind: "subscribe", topic })).toBeNull();
    expect(inlineButton("Too long", { kind: "subscribe", topic })).toEqual([]);
    expect(inlineButton("Russian", { kind: "language", lang: "ru" })).toEqual([
      { text: "Russian", callback_data: "lang:ru" },
    ]);
  });

  it("refuses to write a button that breaks its own schema", () => {
    expect(() => buttonData({ kind: "language", lang: "de" } as never)).toThrow();
  });
});
