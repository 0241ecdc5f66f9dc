// compromise takes milliseconds per English sentence: the promise rules ask it only when a finding
// depends on the sentence being a commitment, and once per distinct sentence. Counted with a spy
// around the real compromise (the findings are its own).
import { beforeEach, describe, expect, it, vi } from "vitest";

const calls = vi.hoisted(() => ({ nlp: 0 }));

vi.mock("compromise", async (importOriginal) => {
  const real = (await importOriginal<typeof import("compromise")>()).default;
  const counted = (...args: Parameters<typeof real>) => (calls.nlp++, real(...args));
  return { default: Object.assign(counted, real) };
});

const { lintText } = await import("../../../src/index.js");
const now = new Date("2026-11-23T10:00:00+01:00");

async function promiseMessages(text: string) {
  const result = await lintText(text, { filePath: "reply.txt", now, config: { language: "en" } });
  return result.messages.filter((m) => m.ruleId === "unconfirmed-promise" || m.ruleId === "ambiguous-date");
}

beforeEach(() => {
  calls.nlp = 0;
});

describe("promise rules ask compromise only when the answer matters", () => {
  it("leaves a promise with a full future date alone, without compromise", async () => {
    expect(await promiseMessages("Hello Anna,\n\nour technician will call you on Friday, 27 November 2026.\n")).toEqual([]);
    expect(await promiseMessages("Hello Anna,\n\nwe will ship the parcel tomorrow at 3 pm.\n")).toEqual([]);
    expect(calls.nlp).toBe(0);
  });

  it("reads a plain vague promise without compromise and reports it", async () => {
    const messages = await promiseMessages("Hello Anna,\n\nyou will receive a confirmation shortly.\n");
    expect(messages).toMatchObject([{ ruleId: "unconfirmed-promise", line: 3 }]);
    expect(calls.nlp).toBe(0);
  });

  it("asks compromise for any other shape of a vague promise and reports it", async () => {
    const messages = await promiseMessages("Hello Anna,\n\nyour parcel will be dispatched shortly.\n");
    expect(messages).toMatchObject([{ ruleId: "unconfirmed-promise", line: 3 }]);
    expect(calls.nlp).toBe(1);
  });

  it("reads a repeated sentence once and reports each at its own place", async () => {
    const text = "Hello Anna,\n\nOf course our team will get back to you.\n\nThanks again. Of course our team will get back to you.\n";
    const messages = await promiseMessages(text);
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ["unconfirmed-promise", 3, 20],
      ["unconfirmed-promise", 5, 34],
    ]);
    expect(calls.nlp).toBe(1);
  });

  it("does not ask for sentences without a future form", async () => {
    expect(await promiseMessages("Hello Anna,\n\nwe sent the invoice on Friday, 20 November 2026.\n")).toEqual([]);
    expect(calls.nlp).toBe(0);
  });
});
