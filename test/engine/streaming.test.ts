// Results are handed on one file at a time, in file order, while the run goes on (issue 18,
// defect 5): a run of 100,000 drafts held every result until the report and peaked at
// 462-774 MB. The memory figures are in docs/performance.md; these tests check the order and
// that results leave before the run ends.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { vi } from "vitest";
import { InOrder } from "../../src/engine/in-order.js";
import { lintEachFile, lintFiles } from "../../src/engine/lint-files.js";
import { reporters, streamingReporters } from "../../src/reporters/index.js";
import type { LintResult } from "../../src/types.js";

// Every draft the engine starts to lint is logged, beside the results as they arrive.
const events: string[] = [];
vi.mock("../../src/engine/lint-source.js", async (original) => {
  const actual = await original<typeof import("../../src/engine/lint-source.js")>();
  return {
    ...actual,
    lintSource: (...args: Parameters<typeof actual.lintSource>) => {
      events.push(`lint ${path.basename(args[0])}`);
      return actual.lintSource(...args);
    },
  };
});

const NOW = new Date("2026-11-25T10:00:00Z");
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "mail-lint-stream-"));
  events.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("lintEachFile", () => {
  it("hands on the first results before the last draft is linted, in the order lintFiles returns", async () => {
    const names = Array.from({ length: 60 }, (_, i) => `d${String(i).padStart(2, "0")}.txt`);
    for (const name of names) writeFileSync(path.join(dir, name), `Hello Anna,\n\nWE WILL CALL YOU SOON ${name}!!\n\nBest,\nTom\n`);
    const streamed: LintResult[] = [];
    await lintEachFile(["."], { cwd: dir, now: NOW, concurrency: "off" }, (result) => {
      events.push(`result ${path.basename(result.filePath)}`);
      streamed.push(result);
    });
    expect(events.indexOf("result d00.txt")).toBeLessThan(events.indexOf("lint d59.txt"));
    expect(streamed.map((r) => path.basename(r.filePath))).toEqual(names);
    expect(streamed).toEqual(await lintFiles(["."], { cwd: dir, now: NOW, concurrency: "off" }));
  });
});

describe("InOrder", () => {
  it("delivers each item once all before it are done, holding only those that ran ahead", () => {
    const delivered: string[] = [];
    const inOrder = new InOrder<string>((item) => delivered.push(item));
    inOrder.put(2, "c");
    inOrder.put(1, "b");
    expect(delivered).toEqual([]);
    inOrder.put(0, "a");
    expect(delivered).toEqual(["a", "b", "c"]);
    inOrder.put(4, "e");
    inOrder.put(3, "d");
    expect(delivered).toEqual(["a", "b", "c", "d", "e"]);
    expect(inOrder.delivered).toBe(5);
  });
});

describe("streamed reports", () => {
  const context = { cwd: "/p", rules: new Map(), color: false, version: "1.0.0" };
  const result = (file: string, messages: LintResult["messages"]): LintResult => ({
    filePath: `/p/${file}`,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: 0,
  });
  const results = [
    result("a.txt", [{ ruleId: "no-shouting", severity: 1, message: "Shouting.", line: 3, column: 1, endLine: 3, endColumn: 9 }]),
    result("b.txt", []),
    result("c.eml", [{ ruleId: "no-insult", severity: 2, message: "Insult.", line: 5, column: 2, suggestions: [{ desc: "Say it" }] }]),
  ];

  it("are, piece by piece, the text the whole report was before (JSON is still one array)", () => {
    for (const [format, start] of Object.entries(streamingReporters)) {
      const writer = start(context);
      const pieces = results.map((r) => writer.file(r));
      const text = pieces.join("") + writer.end();
      expect(text, format).toBe(reporters[format](results, context));
      expect(pieces[0], format).not.toBe(""); // the first file is written before the others come
    }
    expect(JSON.parse(reporters.json(results, context))).toHaveLength(3);
    expect(reporters.json([], context)).toBe("[]\n");
    expect(reporters.stylish([results[1]], context)).toBe("");
  });
});
