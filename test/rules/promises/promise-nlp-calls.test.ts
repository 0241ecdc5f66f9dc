// The promise rules read sentences with their own clause reader (rules/promises/clauses.ts) and
// never load compromise, which took ~0.3 s to load and milliseconds per English sentence. Counted
// with a spy around the real compromise.
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

describe("promise rules read English without compromise", () => {
  it("leaves a promise with a full future date alone", async () => {
    expect(await promiseMessages("Hello Anna,\n\nour technician will call you on Friday, 27 November 2026.\n")).toEqual([]);
    expect(await promiseMessages("Hello Anna,\n\nwe will ship the parcel tomorrow at 3 pm.\n")).toEqual([]);
    expect(calls.nlp).toBe(0);
  });

  it("reports a plain vague promise", async () => {
    const messages = await promiseMessages("Hello Anna,\n\nyou will receive a confirmation shortly.\n");
    expect(messages).toMatchObject([{ ruleId: "unconfirmed-promise", line: 3 }]);
    expect(calls.nlp).toBe(0);
  });

  it("reports a deliverable in the passive", async () => {
    const messages = await promiseMessages("Hello Anna,\n\nyour parcel will be dispatched shortly.\n");
    expect(messages).toMatchObject([{ ruleId: "unconfirmed-promise", line: 3 }]);
    expect(calls.nlp).toBe(0);
  });

  it("reports each copy of a repeated sentence at its own place, from the acting-for subject", async () => {
    const text = "Hello Anna,\n\nOf course our team will get back to you.\n\nThanks again. Of course our team will get back to you.\n";
    const messages = await promiseMessages(text);
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ["unconfirmed-promise", 3, 11],
      ["unconfirmed-promise", 5, 25],
    ]);
    expect(calls.nlp).toBe(0);
  });

  it("leaves the past alone", async () => {
    expect(await promiseMessages("Hello Anna,\n\nwe sent the invoice on Friday, 20 November 2026.\n")).toEqual([]);
    expect(calls.nlp).toBe(0);
  });
});
