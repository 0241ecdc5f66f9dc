// Bundles the CLI (src/cli.ts and everything it imports) into dist/bundle/mail-lint.cjs, the
// file bin/mail-lint.js runs. One file instead of ~100 small modules is what makes a single-
// draft run cheap: Node resolves, reads and links each ES module separately, and that costs
// more than the linting itself.
//
// - CommonJS, so that the launcher can run it through vm.Script with V8's code cache kept
//   between runs (src/launch/load-bundle.ts): Node 20 has no compile cache for ES modules.
// - The libraries few drafts need (OWN_BUNDLES below: the MIME parser, the YAML
//   parser, remark, cosmiconfig; the language server's, for `mail-lint lsp` only) are bundles
//   of their own, dist/bundle/<name>.cjs, loaded with `require("./<name>.cjs")` the same way
//   when a draft (or the command) needs them: a bundle's code cache grows
//   with the bundle, used or not, and all of it is read back on every start (docs/performance.md).
//   The rest reached through `await import()` (chrono-node, our parsers) is in the main bundle
//   and runs only when needed. Bundled, chrono-node loads several times faster
//   than its hundreds of small ES modules in node_modules.
// - The tone word lists are parsed here, once, and defined in the bundle (see below).
// - Relative file lookups keep working: rules find their word lists with
//   `new URL("./data/x.txt", import.meta.url)` relative to their compiled file
//   (dist/rules/<category>/x.js; the lists are copied there first), src/package-info.ts its package.json. The plugin below rewrites the base of every
//   `new URL(path, import.meta.url)` in our sources to the URL that source's compiled file has
//   under dist/ (rules/x.ts -> dist/rules/x.js), so the bundle finds the same files as the
//   unbundled dist. A bare `import.meta.url` becomes the bundle's URL, which the launcher passes.
//
// Run by `npm run build` before tsc: esbuild reads the TypeScript sources itself, so the bundle
// is fresh even while tsc reports a type error. Plain JavaScript, so it needs no TS loader.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "acorn";
import { build } from "esbuild";

const ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
const OUT_DIR = path.join(ROOT, "dist", "bundle");
const ENTRY = path.join(ROOT, "src", "cli.ts");

/** Loaded from node_modules at run time, by cosmiconfig for TypeScript configs only. */
const EXTERNAL = ["typescript"];
/**
 * Libraries bundled on their own (see above), by the name the sources import them with: those
 * that only some drafts need (postal-mime:
 * .eml files; yaml: front matter; unified and the remark plugins: Markdown syntax) or only some
 * projects (cosmiconfig: a config file).
 */
const OWN_BUNDLES = [
  "cosmiconfig",
  "postal-mime",
  "yaml",
  "unified",
  "remark-parse",
  "remark-frontmatter",
  // `mail-lint lsp` only (src/lsp/): the language server library and its text documents.
  "vscode-languageserver/node",
  "vscode-languageserver-textdocument",
];
/** A library's bundle file name: "vscode-languageserver/node" -> "vscode-languageserver-node". */
const bundleName = (library) => library.replaceAll("/", "-");

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

// Start from an empty folder, so that files of an earlier build (or layout) do not linger.
rmSync(OUT_DIR, { recursive: true, force: true });

// The rules' word lists (rules/<category>/data/) go next to the compiled rules, where the rules
// look for them relative to their own module (src/text/word-lists.ts); tsc copies no data files.
for (const category of readdirSync(path.join(ROOT, "rules"), { withFileTypes: true })) {
  if (!category.isDirectory()) continue;
  const data = path.join(ROOT, "rules", category.name, "data");
  const target = path.join(ROOT, "dist", "rules", category.name, "data");
  rmSync(target, { recursive: true, force: true });
  try {
    cpSync(data, target, { recursive: true });
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
}

// The tone lists, parsed once here instead of on every start (rules/tone/tone-data.ts): esbuild
// compiles the list loader to a scratch file in the bundle folder, which finds the copied lists
// from there as the bundle does.
async function packedToneEntries() {
  const scratch = path.join(OUT_DIR, ".tone-lists.mjs");
  await build({ entryPoints: [path.join(ROOT, "rules", "tone", "tone-data.ts")], outfile: scratch, bundle: true, format: "esm", platform: "node", logLevel: "warning", plugins: [keepModuleUrls] });
  try {
    return (await import(pathToFileURL(scratch).href)).packToneEntries();
  } finally {
    rmSync(scratch, { force: true });
  }
}

/**
 * An import of a library in OWN_BUNDLES becomes `require("./<library>.cjs")`, its own bundle, with
 * the library's exports passed on by name; the module doing it runs only when first imported.
 */
const ownBundleImports = {
  name: "own-bundle-imports",
  setup(pluginBuild) {
    const names = new RegExp(`^(?:${OWN_BUNDLES.map(escapeRegExp).join("|")})$`);
    pluginBuild.onResolve({ filter: names }, (args) => ({ path: args.path, namespace: "own-bundle" }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "own-bundle" }, async (args) => {
      const named = Object.keys(await import(args.path)).filter((name) => name !== "default");
      return {
        contents: [
          `const library = require(${JSON.stringify(`./${bundleName(args.path)}.cjs`)});`,
          "export default library.default;",
          named.length > 0 ? `export const { ${named.join(", ")} } = library;` : "",
        ].join("\n"),
        loader: "js",
      };
    });
    pluginBuild.onResolve({ filter: /^\.\/[\w-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

const shared = {
  outdir: OUT_DIR,
  outExtension: { ".js": ".cjs" },
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  // esbuild's Node 20 table lacks Unicode property escapes, so it would rewrite every /\p{L}/
  // literal into a `new RegExp(...)` where it is written: a fresh regexp on every call inside a
  // function. Node 20 has them natively.
  supported: { "regexp-unicode-property-escapes": true },
  // Each bundle is one function expression that the launcher calls with the CommonJS module
  // arguments, its URL and an import function (src/launch/load-bundle.ts): the file is the exact
  // source V8 compiles, so no wrapped copy of it is made on every start.
  banner: { js: "(function (exports, require, module, __filename, __dirname, __mailLintBundleUrl, __mailLintImport) {" },
  footer: { js: "})" },
  legalComments: "none",
  // Shorter source parses faster; identifiers keep their names for readable stack traces and profiles.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: "warning",
};

const cli = await build({
  ...shared,
  entryPoints: { "mail-lint": ENTRY },
  external: EXTERNAL,
  plugins: [keepModuleUrls, skipFdirPicomatchLookup, ownBundleImports],
  define: {
    MAIL_LINT_BUILT_TONE_ENTRIES: JSON.stringify(await packedToneEntries()),
    // The launcher passes each bundle its own URL (src/launch/load-bundle.ts).
    "import.meta.url": "__mailLintBundleUrl",
    // Worker threads start at the launcher, which loads this bundle (src/engine/workers.ts; like
    // every `new URL(path, import.meta.url)` there, relative to its compiled file).
    MAIL_LINT_WORKER_ENTRY: JSON.stringify(path.relative(path.join(ROOT, "dist", "src", "engine"), path.join(ROOT, "bin", "mail-lint.js")).split(path.sep).join("/")),
  },
});
// vscode-jsonrpc can also talk over sockets and named pipes (node:net), which `mail-lint lsp` never
// does: it speaks over stdio only (src/lsp/server.ts). Its bundle gets a node:net that refuses, so
// mail-lint's built code holds no network module (test/robustness/privacy.test.ts).
const stdioOnly = {
  name: "stdio-only",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(?:node:)?net$/ }, () => ({ path: "net", namespace: "stdio-only" }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "stdio-only" }, () => ({
      contents: [
        "const refuse = () => { throw new Error(\"mail-lint's language server talks over stdio only, never over a socket or pipe\"); };",
        "module.exports = { createServer: refuse, createConnection: refuse, connect: refuse };",
      ].join("\n"),
      loader: "js",
    }));
  },
};
const libraries = await build({
  ...shared,
  entryPoints: Object.fromEntries(OWN_BUNDLES.map((name) => [bundleName(name), name])),
  external: EXTERNAL,
  plugins: [stdioOnly],
});

// Two last touches to each bundle file, where acorn finds them:
// - import() becomes __mailLintImport(), which the launcher passes in (src/launch/load-bundle.ts).
//   Code run by vm.Script can only import() through a vm option that Node 20 marks experimental
//   (a warning on every use) and that does not survive V8's code cache. Only imports of files
//   outside the bundles are left by then: a user's plugin, an ES-module config file.
// - V8 keeps a source that is pure ASCII at one byte per character and any other at two: for the
//   main bundle half a megabyte more to fill on every start. esbuild escapes non-ASCII characters
//   everywhere but in regular-expression literals, where \uXXXX means the same character, so
//   those are escaped here; a non-ASCII character anywhere else stops the build.
function finishBundle(file) {
  const source = readFileSync(file, "utf8");
  const edits = [];
  const ast = parse(source, {
    ecmaVersion: "latest",
    onToken: (token) => {
      const text = source.slice(token.start, token.end);
      if (token.type.label === "regexp" && /[^\x00-\x7f]/.test(text)) edits.push({ start: token.start, end: token.end, text: escapeNonAscii(text) });
    },
  });
  visit(ast, (node) => {
    if (node.type === "ImportExpression") edits.push({ start: node.start, end: node.start + "import".length, text: "__mailLintImport" });
  });
  let finished = "";
  let done = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    finished += source.slice(done, edit.start) + edit.text;
    done = edit.end;
  }
  finished += source.slice(done);
  const left = /[^\x00-\x7f]/.exec(finished);
  if (left) throw new Error(`${file}: non-ASCII outside a regular expression near ${JSON.stringify(finished.slice(left.index - 40, left.index + 10))}; update scripts/bundle.mjs`);
  writeFileSync(file, finished);
}

function escapeNonAscii(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function visit(node, callback) {
  callback(node);
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) if (child && typeof child.type === "string") visit(child, callback);
  }
}

for (const file of [cli, libraries].flatMap((result) => Object.keys(result.metafile.outputs))) finishBundle(path.resolve(ROOT, file));

if (process.argv.includes("--sizes")) {
  for (const [file, output] of [cli, libraries].flatMap((result) => Object.entries(result.metafile.outputs))) {
    console.log(`${path.relative(ROOT, path.resolve(file)).padEnd(48)} ${(output.bytes / 1024).toFixed(0).padStart(6)} KiB`);
  }
  // What takes the room in the main bundle: its largest sources, by the bytes they left in it.
  const inputs = Object.entries(cli.metafile.outputs).find(([file]) => file.endsWith("mail-lint.cjs"))[1].inputs;
  const bySource = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
    const source = input.includes("node_modules/") ? `npm:${input.split("node_modules/").pop().split("/").slice(0, input.split("node_modules/").pop().startsWith("@") ? 2 : 1).join("/")}` : input;
    bySource.set(source, (bySource.get(source) ?? 0) + bytesInOutput);
  }
  for (const [source, bytes] of [...bySource].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${source.padEnd(46)} ${(bytes / 1024).toFixed(0).padStart(6)} KiB`);
}
