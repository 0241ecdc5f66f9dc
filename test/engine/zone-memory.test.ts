// A very large draft keeps the caches of its zones within a budget (src/zone-memory.ts): zones
// used long ago drop their tokens, sentences and sentence views and make them again when asked.
// What a rule gets must not depend on it: the same values, the same findings.

import { buildDraft } from "../../src/draft.js";
import { defaultConfig, resolveFileConfig } from "../../src/engine/config.js";
import { runRules } from "../../src/engine/run-rules.js";
import { ZoneMemory } from "../../src/zone-memory.js";

const NOW = new Date("2026-11-25T10:00:00Z");

/** A reply thread: each block an authored part (promises, a date, tone) and the quoted history before it. */
function thread(blocks: number): string {
  const parts = ["From: Support <support@shop.example>", "To: Anna Berg <anna@kunde.example>", "Cc: team-intern@shop.example", "Subject: Re: Bestellung 48213", "Date: Wed, 25 Nov 2026 09:00:00 +0100", ""];
  for (let i = 0; i < blocks; i++) {
    parts.push(
      i % 2 === 0
        ? `Hallo Frau Berg,\n\nwir schicken Ihnen die Ersatzteile zeitnah. Die Rechnung folgt am Mittwoch, sagt unsere Buchhaltung. Block ${i}.\nIntern: Kundin hat schon zweimal storniert.\n`
        : `Hi Tom,\n\nwe will send the replacement next week, and I'll call you on Wednesday. Stop asking the SAME question!!! Block ${i}.\n`,
      `> Am 24.11.2026 um 10:12 schrieb Anna Berg <anna@kunde.example>:\n> Die Lieferung ist unvollständig angekommen, ihr Idioten. Bitte melden Sie sich.\n> > On Mon, Nov 23, 2026 at 9:00 AM Support <support@shop.example> wrote:\n> > Your order #48213 will arrive in about two weeks.\n`,
    );
  }
  return parts.join("\n");
}

async function lint(text: string, zoneMemoryChars?: number) {
  const bytes = new TextEncoder().encode(text);
  const draft = await buildDraft("thread.eml", bytes, { internalDomains: [], internalOnlyRecipients: [], ...(zoneMemoryChars === undefined ? {} : { zoneMemoryChars }) });
  const config = resolveFileConfig(await defaultConfig(), "thread.eml", "eml");
  return { draft, messages: await runRules(draft, config, { allowInlineConfig: true, now: NOW }) };
}

describe("zone memory", () => {
  it("drops the caches of the zones used longest ago once past its budget, keeping the last eight", () => {
    const memory = new ZoneMemory(100);
    const dropped: number[] = [];
    const zones = Array.from({ length: 12 }, (_, i) => ({ i }));
    for (const zone of zones) memory.hold(zone, 20, () => dropped.push(zone.i));
    expect(dropped).toEqual([0, 1, 2, 3]); // 12 x 20 characters against 100: only the 8 most recent stay
    memory.use(zones[4]);
    memory.hold({ i: 12 }, 20, () => dropped.push(12));
    expect(dropped).toEqual([0, 1, 2, 3, 5]); // zone 4 was used again, so zone 5 went first
  });

  it("gives a zone's tokens and sentences again, equal, after dropping them", async () => {
    const { draft } = await lint(thread(30), 1);
    const first = draft.zones[0];
    const tokens = first.tokens;
    const sentences = first.sentences;
    for (const zone of draft.zones) void zone.tokens;
    expect(first.tokens).not.toBe(tokens); // made again
    expect(first.tokens).toEqual(tokens);
    expect(first.sentences).toEqual(sentences);
  });

  it("keeps everything in a draft within the budget", async () => {
    const { draft } = await lint(thread(30));
    const tokens = draft.zones[0].tokens;
    for (const zone of draft.zones) void zone.tokens;
    expect(draft.zones[0].tokens).toBe(tokens);
  });

  it("gives the same findings with the smallest budget as with none", async () => {
    const text = thread(40);
    const unbounded = await lint(text);
    const bounded = await lint(text, 1);
    expect(unbounded.messages.length).toBeGreaterThan(40);
    // findings of the rules that read tokens, sentences, dates and readings shared between rules
    expect(new Set(unbounded.messages.map((m) => m.ruleId))).toEqual(new Set(["no-shouting", "unconfirmed-promise", "ambiguous-date", "internal-recipients", "internal-content"]));
    expect(bounded.messages).toEqual(unbounded.messages);
  });
});
