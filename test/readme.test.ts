// The README documents every rule, flag and format the code has.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readmeTable, rulesTable } from "../scripts/rules-table.js";
import { buildProgram } from "../src/cli.js";
import { reporters } from "../src/reporters/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("starts with the two commands: run on the fixtures, run the tests", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1];
    expect(firstBlock).toContain("npm ci && npx mail-lint fixtures");
    expect(firstBlock).toContain("npm ci && npm test");
  });

  it("has the rules table generated from the rules' metadata", () => {
    expect(readmeTable(readme)).toBe(rulesTable());
  });

  it("documents every command-line flag and format", () => {
    for (const option of buildProgram().options) {
      expect(readme, option.flags).toContain(option.long!);
    }
    for (const format of Object.keys(reporters)) expect(readme).toContain(`\`${format}\``);
  });
});
