// .pre-commit-hooks.yaml: the manifest the pre-commit framework reads from this repository.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

interface ManifestHook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  types?: string[];
}

const manifest = parse(readFileSync(path.join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as ManifestHook[];
const packageJson = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };

describe(".pre-commit-hooks.yaml", () => {
  it("is a list with one mail-lint hook carrying the keys pre-commit requires", () => {
    expect(Array.isArray(manifest)).toBe(true);
    expect(manifest).toHaveLength(1);
    const [hook] = manifest;
    for (const key of ["id", "name", "entry", "language"] as const) expect(typeof hook[key]).toBe("string");
    expect(hook.id).toBe("mail-lint");
    expect(hook.language).toBe("node");
    expect(hook.types).toEqual(["text"]);
  });

  it("runs the executable the package installs", () => {
    expect(Object.keys(packageJson.bin)).toContain(manifest[0].entry.split(" ")[0]);
  });

  it("has a files pattern that is a valid regex for drafts and templates, and nothing else", () => {
    const files = new RegExp(manifest[0].files);
    for (const name of ["reply.eml", "templates/refund.md", "de/antwort.txt", "notes.markdown"]) expect(files.test(name)).toBe(true);
    for (const name of ["index.js", "reply.eml.bak", "README.mdx", "txt", "image.png"]) expect(files.test(name)).toBe(false);
  });
});
