// A draft too large to read at once is linted one window of its body at a time
// (src/engine/windows.ts, cuts in src/parse/window-cuts.ts). Within a window a rule reads what it
// would read in the whole draft, so a reply thread cut before the sender's own paragraphs gives
// the same findings, at the same positions, as read whole; rules of the whole mail (meta.scope
// "mail") and findings outside the body come from the first window only, once.
import { defaultConfig, resolveFileConfig } from "../../src/engine/config.js";
import { lintSource } from "../../src/engine/lint-source.js";
import { windowCuts } from "../../src/parse/window-cuts.js";
import { builtinRules } from "../../rules/index.js";

const NOW = new Date("2026-11-25T10:00:00Z");

const BLOCKS = [
  "Hallo Frau Berg,\n\nwir schicken Ihnen die Ersatzteile zeitnah. Die Rechnung folgt am Mittwoch, sagt unsere Buchhaltung. Sie sind ein Idiot.\n\n> Am 24.11.2026 um 10:12 schrieb Anna Berg <anna@kunde.example>:\n> Die Lieferung ist unvollständig angekommen. Bitte melden Sie sich.\n",
  "Hi Tom,\n\nwe will send the replacement soon and I'll call you on Wednesday. THIS IS NOT OUR FAULT!!!\n\n> On Mon, Nov 23, 2026 at 9:00 AM Support <support@shop.example> wrote:\n> Your order #48213 will arrive in about two weeks. See http://wiki.intranet.local/kunden/berg\n",
];

function thread(blocks: number): string {
  return Array.from({ length: blocks }, (_, i) => BLOCKS[i % BLOCKS.length]).join("\n");
}

const HEADERS = "From: Tom <tom@shop.example>\nTo: Anna Berg <anna@kunde.example>, Team <team@shop.example>\nSubject: \nDate: Tue, 24 Nov 2026 10:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n";

async function lint(file: string, text: string, windows?: { windowedBodyChars: number; windowChars: number }) {
  const format = file.endsWith(".eml") ? "eml" : file.endsWith(".md") ? "markdown" : "text";
  const config = resolveFileConfig(await defaultConfig(), file, format);
  return (await lintSource(file, new TextEncoder().encode(text), config, { allowInlineConfig: true, now: NOW, ...windows })).messages;
}

const SMALL = { windowedBodyChars: 0, windowChars: 600 };

describe("cutting a body into windows", () => {
  it("cuts before a paragraph of the sender's own, not in quoted text", () => {
    const body = thread(40);
    const cuts = windowCuts(body, 600, []);
    expect(cuts.length).toBeGreaterThan(10);
    expect(cuts[0]).toBe(0);
    expect(cuts.at(-1)).toBe(body.length);
    for (const cut of cuts.slice(1, -1)) {
      expect(body.slice(cut - 2, cut)).toBe("\n\n");
      expect(body[cut]).not.toBe(">");
    }
  });

  it("cuts a single long line after a sentence, a run of one word anywhere but inside a surrogate pair", () => {
    const line = "We will send it next week. ".repeat(200);
    for (const cut of windowCuts(line, 500, []).slice(1, -1)) expect(line.slice(cut - 2, cut)).toBe(". ");
    const word = "😀".repeat(2000);
    for (const cut of windowCuts(word, 501, []).slice(1, -1)) expect(word.charCodeAt(cut) & 0xfc00).not.toBe(0xdc00);
  });

  it("never cuts inside a span (a code block) when a place outside one is in reach", () => {
    const body = "Intro.\n\n```\n" + "code line\n\n".repeat(20) + "```\n\nAfter the code.\n\n" + "Text.\n\n".repeat(200);
    const code = { kind: "code" as const, start: body.indexOf("```"), end: body.lastIndexOf("```") + 3 };
    for (const cut of windowCuts(body, 400, [code]).slice(1, -1)) expect(cut <= code.start || cut >= code.end).toBe(true);
  });

  it("leaves a body of ordinary size whole", () => {
    const body = "Hallo Anna,\n\nwir melden uns.\n";
    expect(windowCuts(body, 128 * 1024, [])).toEqual([0, body.length]);
  });
});

describe("linting in windows", () => {
  it("gives a reply thread the same findings at the same positions as read whole (.txt, .md)", async () => {
    for (const [file, text] of [["thread.txt", thread(30)], ["thread.md", thread(30)]]) {
      const whole = await lint(file, text);
      const windowed = await lint(file, text, SMALL);
      expect(whole.length).toBeGreaterThan(60);
      expect(windowed).toEqual(whole);
    }
  });

  it("gives an .eml thread the same findings, but reads the quoted history under each window's reply", async () => {
    const quotedLeak = (m: { ruleId: string | null; message: string }) => m.ruleId === "internal-content" && m.message.startsWith("The quoted history");
    const whole = await lint("thread.eml", HEADERS + thread(30));
    const windowed = await lint("thread.eml", HEADERS + thread(30), SMALL);
    expect(windowed.filter((m) => !quotedLeak(m))).toEqual(whole.filter((m) => !quotedLeak(m)));
    // internal-content reads the quoted history under the sender's reply, once per mail: read whole,
    // that is the customer's mail (no leak); a later window starts in older history, where our own
    // quoted mail links to the intranet, and reports that (a leak indeed, which the whole read passes).
    expect(whole.filter(quotedLeak)).toHaveLength(0);
    expect(windowed.filter(quotedLeak).length).toBeGreaterThan(0);
  });

  it("runs the rules of the whole mail once: one empty subject, one internal recipient, however many windows", async () => {
    const windowed = await lint("thread.eml", HEADERS + thread(30), SMALL);
    for (const rule of builtinRules.filter((r) => r.meta.scope === "mail")) {
      const ids = windowed.filter((m) => m.ruleId === rule.meta.id);
      expect(ids.length, rule.meta.id).toBeLessThanOrEqual(1);
    }
    expect(windowed.filter((m) => m.ruleId === "empty-subject")).toHaveLength(1);
    expect(windowed.filter((m) => m.ruleId === "internal-recipients").length).toBeLessThanOrEqual(1);
  });

  it("applies a directive of one window to the findings of the others", async () => {
    const text = "<!-- mail-lint-disable no-insult -- quoted abuse for the legal team -->\n\n" + thread(30);
    const windowed = await lint("thread.md", text, SMALL);
    expect(windowed.some((m) => m.ruleId === "no-insult")).toBe(false);
    expect(windowed.some((m) => m.ruleId === "no-shouting")).toBe(true);
  });
});
