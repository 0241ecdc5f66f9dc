// The published JSON schema (for editors) is the one definition of a valid config: the build
// compiles it into the validator (scripts/build-config-validator.mjs), and the two must agree.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Ajv } from "ajv";
import { prepare } from "../../src/engine/config.js";

const schema = JSON.parse(readFileSync(new URL("../../schema/maillintrc.schema.json", import.meta.url), "utf8"));
const validate = new Ajv({ strict: false }).compile(schema);

const valid = [
  {},
  { language: "de", internalDomains: ["shop.example"], internalOnlyRecipients: ["*-internal@shop.example"] },
  { rules: { "unconfirmed-promise": "error", "ambiguous-date": ["warn", {}] }, reportUnusedDisableDirectives: "error" },
  { overrides: [{ files: ["de/**"], language: "de", rules: { "unconfirmed-promise": 0 } }], ignorePatterns: ["old/"], extensions: [".eml"] },
  { $schema: "./node_modules/mail-lint/schema/maillintrc.schema.json", plugins: [], rules: { "no-shouting": ["off"] } },
  { overrides: [{ files: "*.md", excludedFiles: ["drafts/**"], internalDomains: [], internalOnlyRecipients: ["team@shop.example"] }] },
  { internalHosts: ["jira.shop.example", "*.atlassian.net/wiki/spaces/SUP*"] },
  { overrides: [{ files: "*.eml", internalHosts: [] }] },
];
const invalid = [
  { rulez: {} },
  { language: "fr" },
  { internalDomains: "shop.example" },
  { internalOnlyRecipients: ["a", 1] },
  { internalHosts: "jira.shop.example" },
  { internalHosts: [""] },
  { internalHosts: ["jira shop"] },
  { overrides: [{ files: "*.md", internalHosts: [1] }] },
  { overrides: [{ language: "de" }] },
  { overrides: [{ files: "*.md", rulez: {} }] },
  { overrides: [[]] },
  { overrides: { files: "*.md" } },
  { overrides: [{ files: 3 }] },
  { overrides: [{ files: "*.md", excludedFiles: [3] }] },
  { rules: { "unconfirmed-promise": "loud" } },
  { rules: { "unconfirmed-promise": [] } },
  { rules: { "unconfirmed-promise": ["warn", "strict"] } },
  { rules: { "unconfirmed-promise": ["warn", {}, {}] } },
  { rules: ["unconfirmed-promise"] },
  { reportUnusedDisableDirectives: 2 },
  { extensions: [".eml", null] },
  { $schema: 1 },
  [],
  "rules",
];

describe("config JSON schema", () => {
  it("is what the build compiled into the validator (run `npm run build` after changing the schema)", () => {
    const generated = fileURLToPath(new URL("../../src/engine/generated/config-validator.ts", import.meta.url));
    const fresh = execFileSync(process.execPath, [fileURLToPath(new URL("../../scripts/build-config-validator.mjs", import.meta.url)), "--stdout"], { encoding: "utf8" });
    expect(readFileSync(generated, "utf8")).toBe(fresh);
  });

  it.each(valid)("accepts what the validator accepts: %j", async (config) => {
    expect(validate(config)).toBe(true);
    await expect(prepare(config, "cfg.json")).resolves.toBeDefined();
  });

  it.each(invalid)("rejects what the validator rejects: %j", async (config) => {
    expect(validate(config)).toBe(false);
    await expect(prepare(config, "cfg.json")).rejects.toThrow(/^cfg\.json: /);
  });

  it("names the key path and the problem", async () => {
    const message = (config: unknown) => prepare(config, "cfg.json").then(() => "", (error: Error) => error.message);
    expect(await message({ overrides: [{ files: "*.md", rulez: {} }] })).toMatch(/^cfg\.json: unknown key "overrides\[0\]\.rulez" \(valid keys: files, excludedFiles, rules, /);
    expect(await message({ overrides: [{ files: "*.md", rules: { "unconfirmed-promise": "loud" } }] })).toBe(
      'cfg.json: overrides[0].rules.unconfirmed-promise: severity must be "off", "warn" or "error" (or [severity, options]), got "loud"',
    );
    expect(await message({ rules: { "unconfirmed-promise": ["warn", "strict"] } })).toBe(
      'cfg.json: rules.unconfirmed-promise must be a severity or [severity, options] with options an object, got ["warn","strict"]',
    );
    expect(await message({ internalOnlyRecipients: ["a", 1] })).toBe("cfg.json: internalOnlyRecipients[1] must be a string");
    expect(await message({ overrides: [{ files: "*.md", excludedFiles: [3] }] })).toBe("cfg.json: overrides[0].excludedFiles must be a glob or a list of globs");
    expect(await message({ reportUnusedDisableDirectives: 2 })).toBe('cfg.json: reportUnusedDisableDirectives must be one of "off", "warn", "error"');
    expect(await message([])).toBe("cfg.json: the config must be an object");
  });
});
