import { lintText, builtinRules } from "../../src/index.ts";
const gens: Record<string, (n: number) => string> = { urls: (n) => "http://".repeat(n / 7), dotsx: (n) => ".".repeat(n) + "x", brackets: (n) => "[".repeat(n / 2) + "](".repeat(n / 4), mdlist: (n) => Array.from({length:n/20},(_, i)=>"  ".repeat(i%50)+"- item soon").join("\n") };
const [kind, size, file] = [process.argv[2], Number(process.argv[3]), process.argv[4] ?? "a.txt"];
const text = gens[kind](size);
const ids = builtinRules.map((r) => r.meta.id);
{ const t0 = performance.now(); await lintText(text, { filePath: file, config: { rules: Object.fromEntries(ids.map((i) => [i, "off"])) } }); console.log("none", (performance.now() - t0).toFixed(0)); }
for (const id of ids) { const t0 = performance.now(); await lintText(text, { filePath: file, config: { rules: Object.fromEntries(ids.map((i) => [i, i === id ? "warn" : "off"])) } }); const ms = performance.now() - t0; if (ms > 200) console.log(id, ms.toFixed(0)); }
