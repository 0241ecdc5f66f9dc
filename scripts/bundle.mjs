// Bundles the CLI (src/cli.ts and everything it imports) into dist/bundle/mail-lint.mjs, the
// file bin/mail-lint.js starts. One file instead of ~100 small modules is what makes a single-
// draft run cheap: Node resolves, reads and links each ES module separately, and that costs
// more than the linting itself.
//
// - Code reached only through `await import()` (the MIME parser, the Markdown parser with
//   remark/micromark) becomes a separate chunk, loaded only when a draft needs it.
// - compromise and chrono-node stay external: they are loaded with `await import()` from
//   node_modules only when a sentence passes a rule's prefilter, and bundling would not make
//   them cheaper.
// - Every module keeps its own `import.meta.url`: rules find their word lists relative to their
//   compiled file (dist/rules/x.js -> ../../rules/data/), and the CLI its package.json. The
//   plugin below rewrites `import.meta.url` in each source file to the URL its compiled file has
//   under dist/ (rules/x.ts -> dist/rules/x.js), computed relative to the bundle, so the bundle
//   resolves data files exactly as the unbundled dist does.
//
// Run by `npm run build` before tsc: esbuild reads the TypeScript sources itself, so the bundle
// is fresh even while tsc reports a type error. Plain JavaScript, so it needs no TS loader.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
const OUT_DIR = path.join(ROOT, "dist", "bundle");
const ENTRY = path.join(ROOT, "src", "cli.ts");

/** Loaded lazily from node_modules at run time; see above. */
const EXTERNAL = ["typescript"];

/** Replaces `import.meta.url` in our own sources with the URL of their compiled file in dist/. */
const keepModuleUrls = {
  name: "keep-module-urls",
  setup(pluginBuild) {
    const ownSources = new RegExp(`^${escapeRegExp(ROOT)}[\\\\/](src|rules)[\\\\/].*\\.ts$`);
    pluginBuild.onLoad({ filter: ownSources }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return { contents: source, loader: "ts" };
      const compiled = path.join(ROOT, "dist", path.relative(ROOT, args.path)).replace(/\.ts$/, ".js");
      const relative = path.relative(OUT_DIR, compiled).split(path.sep).join("/");
      const ownUrl = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
      return { contents: source.replaceAll("import.meta.url", ownUrl), loader: "ts" };
    });
  },
};

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
  external: EXTERNAL,
  // CommonJS dependencies (cosmiconfig, picomatch, ignore) call require() for Node built-ins.
  banner: { js: 'import { createRequire as __mailLintRequire } from "node:module"; const require = __mailLintRequire(import.meta.url);' },
  plugins: [keepModuleUrls],
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
