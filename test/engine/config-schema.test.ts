// The published JSON schema (for editors) and the config validator must agree.
import { readFileSync } from "node:fs";
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
];
const invalid = [{ rulez: {} }, { language: "fr" }, { internalDomains: "shop.example" }, { overrides: [{ language: "de" }] }, { rules: { "unconfirmed-promise": "loud" } }];

describe("config JSON schema", () => {
  it.each(valid)("accepts what the validator accepts: %j", async (config) => {
    expect(validate(config)).toBe(true);
    await expect(prepare(config, "cfg.json")).resolves.toBeDefined();
  });

  it.each(invalid)("rejects what the validator rejects: %j", async (config) => {
    expect(validate(config)).toBe(false);
    await expect(prepare(config, "cfg.json")).rejects.toThrow(/^cfg\.json: /);
  });
});
