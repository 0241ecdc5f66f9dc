import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildDraft, formatOf } from "../src/draft.js";
const dir = process.argv[2];
const files: string[] = [];
const walk = (d: string) => { for (const e of readdirSync(d)) { const p = path.join(d, e); statSync(p).isDirectory() ? walk(p) : files.push(p); } };
walk(dir);
const times: Record<string, [number, number]> = {};
for (let round = 0; round < 2; round++) for (const file of files) {
  const bytes = readFileSync(file);
  const t = performance.now();
  await buildDraft(file, bytes, { internalDomains: [], internalOnlyRecipients: [] });
  const f = formatOf(file) + (round ? "" : "-cold");
  times[f] ??= [0, 0]; times[f][0] += performance.now() - t; times[f][1]++;
}
for (const [k, [t, n]] of Object.entries(times)) console.log(k, n, (t / n).toFixed(2), "ms/file");
