/**
 * Telegram's limits in one place (store/pacing.ts): answers may burst a little, overall and per
 * chat; notifications never burst and wait for an answers' burst to be paid back; a group gets at
 * most 20 messages a minute; a pause holds answers too.
 */
import { describe, expect, it } from "vitest";
import { ANSWER_OVERDRAFT, Pacer } from "../../store/pacing.js";

describe("the pacer", () => {
  it("lets answers to one chat burst by the overdraft, then one a second; a notification waits it out", () => {
    const pacer = new Pacer(29, 1000);
    const chat = 101;
    for (let i = 0; i <= ANSWER_OVERDRAFT.chat; i++) {
      expect(pacer.answerWait(chat)).toBe(0);
      pacer.take(chat);
    }
    expect(pacer.answerWait(chat)).toBeGreaterThan(900);
    // A notification needs the chat's whole debt paid back, and a full token.
    expect(pacer.chatWait(chat)).toBeGreaterThan(2900);
    // Another chat is not affected.
    expect(pacer.answerWait(102)).toBe(0);
  });

  it("lets about a second's worth of answers to many chats out at once, and holds notifications behind them", () => {
    const pacer = new Pacer(29, 1000);
    let sent = 0;
    for (let chat = 1; pacer.answerWait(chat) === 0; chat++, sent++) pacer.take(chat);
    expect(sent).toBeGreaterThanOrEqual(ANSWER_OVERDRAFT.overall);
    expect(sent).toBeLessThanOrEqual(ANSWER_OVERDRAFT.overall + 2);
    // The next answer waits about one message's share of a second; a notification about a second.
    expect(pacer.answerWait(10_000)).toBeLessThan(100);
    expect(pacer.overallWait()).toBeGreaterThan(900);
  });

  it("gives a group at most 20 messages a minute, answers and notifications together", () => {
    const pacer = new Pacer(29, 1000);
    const group = -100_123;
    for (let i = 0; i < 20; i++) pacer.take(group);
    expect(pacer.answerWait(group)).toBeGreaterThan(2000);
    expect(pacer.chatWait(group)).toBeGreaterThan(2000);
    // A private chat's id is positive: no minute limit, only its own second.
    for (let i = 0; i < 20; i++) pacer.take(55);
    expect(pacer.chatWait(55)).toBeLessThan(25_000);
  });

  it("holds answers during a pause (a 429's retry_after)", () => {
    const pacer = new Pacer(29, 1000);
    pacer.pause(1500);
    expect(pacer.answerWait(7)).toBeGreaterThan(1000);
    expect(pacer.overallWait()).toBeGreaterThan(1000);
  });
});
