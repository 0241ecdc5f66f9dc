// mail-lint finds its own package.json from the sources, the compiled dist/ and the bundle alike.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { packageRoot, packageVersion } from "../src/package-info.js";
import { ROOT, runCli } from "./helpers/run-cli.js";

const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };

describe("package info", () => {
  it("finds mail-lint's folder and version from the sources", () => {
    expect(packageRoot()).toBe(path.resolve(ROOT));
    expect(packageVersion()).toBe(manifest.version);
  });

  it("finds them from the compiled module and the bundle", async () => {
    const compiled = (await import(pathToFileURL(path.join(ROOT, "dist/src/package-info.js")).href)) as typeof import("../src/package-info.js");
    expect(compiled.packageRoot()).toBe(path.resolve(ROOT));
    expect(runCli(["--version"]).stdout).toBe(`${manifest.version}\n`);
  });
});
