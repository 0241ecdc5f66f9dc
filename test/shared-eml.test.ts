// Every real .eml file in ../shared/data/eml_fixtures lints through the CLI with exit 0 or 1,
// no stack trace, and every reported line inside its file. Skips on a clone without ../shared.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers/run-cli.js";

const SHARED = path.resolve(ROOT, "../shared/data/eml_fixtures/files");

describe.skipIf(!existsSync(SHARED))("real-world .eml files (../shared/data/eml_fixtures)", () => {
  it("lints all 41 files: exit 0 or 1, no stack trace, positions inside each file", () => {
    const files = readdirSync(SHARED).filter((f) => f.endsWith(".eml")).map((f) => path.join(SHARED, f));
    expect(files.length).toBeGreaterThanOrEqual(41);
    const { code, stdout, stderr } = runCli([...files, "-f", "json"]);
    expect([0, 1]).toContain(code);
    expect(stderr).toBe("");
    expect(stdout + stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const results = JSON.parse(stdout) as { filePath: string; messages: { line: number; column: number; endLine?: number; fatal?: boolean; message: string }[] }[];
    expect(results).toHaveLength(files.length);
    for (const result of results) {
      const lines = readFileSync(result.filePath, "latin1").split(/\r?\n/);
      for (const m of result.messages) {
        expect(m.fatal, `${result.filePath}: ${m.message}`).not.toBe(true);
        expect(m.line, result.filePath).toBeGreaterThanOrEqual(1);
        expect(m.line, result.filePath).toBeLessThanOrEqual(lines.length);
        expect(m.endLine ?? m.line, result.filePath).toBeLessThanOrEqual(lines.length);
        expect(m.column, result.filePath).toBeLessThanOrEqual(lines[m.line - 1].length + 1);
      }
    }
  });
});
