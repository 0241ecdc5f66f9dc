// The launcher's bundle loader: a bundle runs once with its own URL and a require() that loads
// sibling bundles the same way; V8's compiled code is kept in the cache folder and taken back on
// the next start, never reused for a changed bundle, and trouble with the cache never fails a run.
//
// Whether V8 takes a cache shows only in a new process: within one, V8 finds the script in its
// own memory and never looks at the file. Those tests start Node with the built loader.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleLoader } from "../../src/launch/load-bundle.js";
import { ROOT } from "../helpers/run-cli.js";

const BUILT_LOADER = path.join(ROOT, "dist", "src", "launch", "load-bundle.js");

const HEAD = "(function (exports, require, module, __filename, __dirname, __mailLintBundleUrl, __mailLintImport) {";

function bundles(): { dir: string; main: string; cache: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "mail-lint-bundles-"));
  const main = path.join(dir, "main.cjs");
  writeFileSync(
    main,
    `${HEAD}
exports.answer = function answer() { return 6 * 7; };
exports.url = __mailLintBundleUrl;
exports.file = __filename;
exports.sibling = () => require("./sibling.cjs");
exports.separator = require("node:path").sep;
exports.importPath = () => __mailLintImport("node:path");
})`,
  );
  writeFileSync(path.join(dir, "sibling.cjs"), `${HEAD} exports.loads = (exports.loads ?? 0) + 1; globalThis.__siblingRuns = (globalThis.__siblingRuns ?? 0) + 1; })`);
  return { dir, main, cache: path.join(dir, "cache") };
}

type Main = { answer(): number; url: string; file: string; sibling(): unknown; separator: string; importPath(): Promise<typeof path> };

describe("bundleLoader", () => {
  it("runs a bundle with its URL, Node's require and import, and sibling bundles, each once", async () => {
    const { main } = bundles();
    const loader = bundleLoader(undefined);
    const exports = loader.load(main) as Main;
    expect(exports.answer()).toBe(42);
    expect(exports.url).toBe(pathToFileURL(main).href);
    expect(exports.file).toBe(main);
    expect(exports.separator).toBe(path.sep);
    expect((await exports.importPath()).sep).toBe(path.sep);
    expect(exports.sibling()).toBe(exports.sibling());
    expect(loader.load(main)).toBe(exports);
    expect(loader.cacheFiles).toEqual([]);
  });

  it("writes the compiled code of a bundle, named after it, the Node version and the CPU", () => {
    const { main, cache } = bundles();
    const loader = bundleLoader(cache);
    (loader.load(main) as Main).answer();
    expect(loader.cacheFiles).toEqual([{ file: expect.stringMatching(/main-\d+-\d+-v[\d.]+-\w+\.v8cache$/), accepted: false }]);
    loader.writeCaches();
    expect(readdirSync(cache)).toEqual([path.basename(loader.cacheFiles[0].file)]);
    expect(statSync(loader.cacheFiles[0].file).size).toBeGreaterThan(0);
    expect(statSync(cache).mode & 0o777).toBe(0o700);
  });

  it("keeps a cache per bundle, sibling bundles included", () => {
    const { main, cache } = bundles();
    const loader = bundleLoader(cache);
    (loader.load(main) as Main).sibling();
    loader.writeCaches();
    expect(readdirSync(cache).map((f) => f.split("-")[0]).sort()).toEqual(["main", "sibling"]);
  });

  it("keeps the four newest caches of a bundle, for installations or Node versions taking turns", () => {
    const { main, cache } = bundles();
    mkdirSync(cache);
    const older = [1, 2, 3, 4].map((age) => {
      const file = path.join(cache, `main-${age}-${age}-v18.0.${age}-x64.v8cache`);
      writeFileSync(file, "");
      utimesSync(file, new Date(), new Date(Date.now() - age * 60_000));
      return path.basename(file);
    });
    writeFileSync(path.join(cache, "main2-1-1-v20.0.0-x64.v8cache"), "");
    const loader = bundleLoader(cache);
    loader.load(main);
    loader.writeCaches();
    expect(readdirSync(cache).sort()).toEqual([path.basename(loader.cacheFiles[0].file), ...older.slice(0, 3), "main2-1-1-v20.0.0-x64.v8cache"].sort());
  });

  it("never fails a run over a cache folder it cannot create", () => {
    const { dir, main } = bundles();
    const blocked = path.join(dir, "a-file");
    writeFileSync(blocked, "");
    const loader = bundleLoader(path.join(blocked, "cache"));
    expect((loader.load(main) as Main).answer()).toBe(42);
    expect(() => loader.writeCaches()).not.toThrow();
    expect(readdirSync(dir).sort()).toEqual(["a-file", "main.cjs", "sibling.cjs"]);
  });
});

/** Starts Node, loads `main` with the built loader and writes caches as the launcher does. */
function startNode(cache: string, main: string): { answer: number; cacheFiles: { file: string; accepted: boolean }[] } {
  const script = `import { bundleLoader } from ${JSON.stringify(pathToFileURL(BUILT_LOADER).href)};
const loader = bundleLoader(process.argv[1]);
const answer = loader.load(process.argv[2]).answer();
loader.writeCaches();
console.log(JSON.stringify({ answer, cacheFiles: loader.cacheFiles }));`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script, cache, main], { encoding: "utf8" });
  expect(child.stderr).toBe("");
  return JSON.parse(child.stdout);
}

describe.skipIf(!existsSync(BUILT_LOADER))("bundleLoader across starts of Node", () => {
  it.skipIf(process.platform === "win32")("does not read a cache that others could have written", () => {
    const { main, cache } = bundles();
    const [{ file }] = startNode(cache, main).cacheFiles;
    chmodSync(file, 0o666);
    expect(startNode(cache, main).cacheFiles).toEqual([{ file, accepted: false }]);
    // Not taken, so written anew, with the owner's rights only; then taken again.
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(startNode(cache, main).cacheFiles).toEqual([{ file, accepted: true }]);
  });

  it("takes the compiled code back on the next start and leaves the cache as it is", () => {
    const { main, cache } = bundles();
    const first = startNode(cache, main);
    expect(first.cacheFiles).toEqual([{ file: expect.any(String), accepted: false }]);
    const written = statSync(first.cacheFiles[0].file).mtimeMs;

    const second = startNode(cache, main);
    expect(second).toEqual({ answer: 42, cacheFiles: [{ file: first.cacheFiles[0].file, accepted: true }] });
    expect(statSync(first.cacheFiles[0].file).mtimeMs).toBe(written);
  });

  it("does not reuse the code of a changed bundle of the same length", () => {
    const { main, cache } = bundles();
    const first = startNode(cache, main);
    writeFileSync(main, readFileSync(main, "utf8").replace("6 * 7", "7 * 7"));
    utimesSync(main, new Date(), new Date(Date.now() + 5_000));

    const second = startNode(cache, main);
    expect(second.answer).toBe(49);
    expect(second.cacheFiles[0].accepted).toBe(false);
    expect(second.cacheFiles[0].file).not.toBe(first.cacheFiles[0].file);
    expect(readdirSync(cache).sort()).toEqual([first, second].map((run) => path.basename(run.cacheFiles[0].file)).sort());
  });

  it("compiles as usual when the cache file is garbage, and replaces it", () => {
    const { main, cache } = bundles();
    const [{ file }] = startNode(cache, main).cacheFiles;
    writeFileSync(file, "not a code cache");

    const second = startNode(cache, main);
    expect(second).toEqual({ answer: 42, cacheFiles: [{ file, accepted: false }] });
    expect(readFileSync(file, "utf8")).not.toBe("not a code cache");
    expect(startNode(cache, main).cacheFiles).toEqual([{ file, accepted: true }]);
  });
});
