// Bundles the CLI (src/cli.ts and everything it imports) into dist/bundle/mail-lint.mjs, the
// file bin/mail-lint.js starts. One file instead of ~100 small modules is what makes a single-
// draft run cheap: Node resolves, reads and links each ES module separately, and that costs
// more than the linting itself.
//
// - Code reached only through `await import()` (the MIME parser, the Markdown parser with
//   remark/micromark, the YAML parser, chrono-node, compromise) becomes a separate chunk, loaded
//   only when a draft needs it. Bundled, compromise and chrono-node load several times faster
//   than their hundreds of small ES modules in node_modules.
// - The tone word lists are parsed here, once, and defined in the bundle (see below).
// - Relative file lookups keep working: rules find their word lists with
//   `new URL("../../rules/data/x.txt", import.meta.url)` relative to their compiled file
//   (dist/rules/x.js), the CLI its package.json. The plugin below rewrites the base of every
//   `new URL(path, import.meta.url)` in our sources to the URL that source's compiled file has
//   under dist/ (rules/x.ts -> dist/rules/x.js), so the bundle finds the same files as the
//   unbundled dist. A bare `import.meta.url` stays the URL of the bundle file that holds it
//   (workers.ts starts worker threads on its own chunk that way).
//
// Run by `npm run build` before tsc: esbuild reads the TypeScript sources itself, so the bundle
// is fresh even while tsc reports a type error. Plain JavaScript, so it needs no TS loader.
import { rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
const OUT_DIR = path.join(ROOT, "dist", "bundle");
const ENTRY = path.join(ROOT, "src", "cli.ts");

/** Loaded lazily from node_modules at run time; see above. */
const EXTERNAL = ["typescript"];

/** Resolves `new URL(path, import.meta.url)` in our sources against their compiled file in dist/. */
const keepModuleUrls = {
  name: "keep-module-urls",
  setup(pluginBuild) {
    const ownSources = new RegExp(`^${escapeRegExp(ROOT)}[\\\\/](src|rules)[\\\\/].*\\.ts$`);
    pluginBuild.onLoad({ filter: ownSources }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const compiled = path.join(ROOT, "dist", path.relative(ROOT, args.path)).replace(/\.ts$/, ".js");
      const relative = path.relative(OUT_DIR, compiled).split(path.sep).join("/");
      const ownUrl = `new URL(${JSON.stringify(relative)}, import.meta.url)`;
      const contents = source.replace(RELATIVE_URL, (_, target) => `new URL(${target}, ${ownUrl})`);
      return { contents, loader: "ts" };
    });
  },
};

// fdir (tinyglobby's directory walker) looks for picomatch with require() when it loads, for
// its own glob API, which tinyglobby does not use (it brings its own matcher). From a bundle that
// lookup goes to node_modules and loads a second, unbundled picomatch on every start (about 2 %
// of a one-draft run), so the bundle leaves it out.
const skipFdirPicomatchLookup = {
  name: "skip-fdir-picomatch-lookup",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]node_modules[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const lookup = /__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/;
      if (!lookup.test(source)) throw new Error(`${args.path}: fdir's picomatch lookup changed; update scripts/bundle.mjs`);
      return { contents: source.replace(lookup, ""), loader: "js" };
    });
  },
};

// `new URL(<path expression>, import.meta.url)`; the path may hold one level of parentheses.
const RELATIVE_URL = /new URL\(((?:[^()]|\([^()]*\))+?),\s*import\.meta\.url\s*\)/g;

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Chunk names carry content hashes: clear the folder so that old chunks do not pile up.
rmSync(OUT_DIR, { recursive: true, force: true });

// The tone lists, parsed once here instead of on every start (rules/tone/tone-data.ts): esbuild
// compiles the list loader to a scratch file under dist/, which finds rules/data/ from there.
async function packedToneEntries() {
  const scratch = path.join(ROOT, "dist", ".tone-lists.mjs");
  await build({ entryPoints: [path.join(ROOT, "rules", "tone", "tone-data.ts")], outfile: scratch, bundle: true, format: "esm", platform: "node", logLevel: "warning" });
  try {
    return (await import(pathToFileURL(scratch).href)).packToneEntries();
  } finally {
    rmSync(scratch, { force: true });
  }
}

const result = await build({
  entryPoints: { "mail-lint": ENTRY },
  outdir: OUT_DIR,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // esbuild's Node 20 table lacks Unicode property escapes, so it would rewrite every /\p{L}/
  // literal into a `new RegExp(...)` where it is written: a fresh regexp on every call inside a
  // function. Node 20 has them natively.
  supported: { "regexp-unicode-property-escapes": true },
  external: EXTERNAL,
  // CommonJS dependencies (cosmiconfig, picomatch, ignore) call require() for Node built-ins.
  banner: { js: 'import { createRequire as __mailLintRequire } from "node:module"; const require = __mailLintRequire(import.meta.url);' },
  plugins: [keepModuleUrls, skipFdirPicomatchLookup],
  define: { MAIL_LINT_BUILT_TONE_ENTRIES: JSON.stringify(await packedToneEntries()) },
  legalComments: "none",
  // Shorter source parses faster; identifiers keep their names for readable stack traces and profiles.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: "warning",
});

if (process.argv.includes("--sizes")) {
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    console.log(`${path.relative(ROOT, path.resolve(file)).padEnd(48)} ${(output.bytes / 1024).toFixed(0).padStart(6)} KiB`);
  }
}
