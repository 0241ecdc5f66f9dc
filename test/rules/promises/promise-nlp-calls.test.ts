// The promise rules read sentences with their own clause reader (rules/promises/clauses.ts), so
// compromise (~0.3 s to load, milliseconds per English sentence) is no longer a dependency at all.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintText } from "../../../src/index.js";
const now = new Date("2026-11-23T10:00:00+01:00");

async function promiseMessages(text: string) {
  const result = await lintText(text, { filePath: "reply.txt", now, config: { language: "en" } });
  return result.messages.filter((m) => m.ruleId === "unconfirmed-promise" || m.ruleId === "ambiguous-date");
}

describe("promise rules read English without compromise", () => {
  it("no part of mail-lint depends on compromise", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as Record<string, Record<string, string>>;
    expect(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })).not.toContain("compromise");
  });

  it("leaves a promise with a full future date alone", async () => {
    expect(await promiseMessages("Hello Anna,\n\nour technician will call you on Friday, 27 November 2026.\n")).toEqual([]);
    expect(await promiseMessages("Hello Anna,\n\nwe will ship the parcel tomorrow at 3 pm.\n")).toEqual([]);
  });

  it("reports a plain vague promise", async () => {
    const messages = await promiseMessages("Hello Anna,\n\nyou will receive a confirmation shortly.\n");
    expect(messages).toMatchObject([{ ruleId: "unconfirmed-promise", line: 3 }]);
  });

  it("reports a deliverable in the passive", async () => {
    const messages = await promiseMessages("Hello Anna,\n\nyour parcel will be dispatched shortly.\n");
    expect(messages).toMatchObject([{ ruleId: "unconfirmed-promise", line: 3 }]);
  });

  it("reports each copy of a repeated sentence at its own place, from the acting-for subject", async () => {
    const text = "Hello Anna,\n\nOf course our team will get back to you.\n\nThanks again. Of course our team will get back to you.\n";
    const messages = await promiseMessages(text);
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ["unconfirmed-promise", 3, 11],
      ["unconfirmed-promise", 5, 25],
    ]);
  });

  it("leaves the past alone", async () => {
    expect(await promiseMessages("Hello Anna,\n\nwe sent the invoice on Friday, 20 November 2026.\n")).toEqual([]);
  });
});
