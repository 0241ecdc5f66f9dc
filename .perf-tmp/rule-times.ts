import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildDraft } from "../src/draft.js";
import { defaultConfig, resolveFileConfig } from "../src/engine/config.js";
import { formatOf } from "../src/draft.js";
import type { RuleContext } from "../src/types.js";

const dir = process.argv[2];
const files: string[] = [];
const walk = (d: string) => { for (const e of readdirSync(d)) { const p = path.join(d, e); statSync(p).isDirectory() ? walk(p) : files.push(p); } };
walk(dir);
const loaded = await defaultConfig();
const times = new Map<string, number>();
const add = (k: string, t: number) => times.set(k, (times.get(k) ?? 0) + t);
const t0 = performance.now();
for (const file of files) {
  const bytes = readFileSync(file);
  const cfg = resolveFileConfig(loaded, file, formatOf(file));
  let t = performance.now();
  const draft = await buildDraft(file, bytes, { internalDomains: [], internalOnlyRecipients: [] });
  add("buildDraft", performance.now() - t);
  t = performance.now();
  for (const z of draft.zones) { z.sentences; z.tokens; }
  add("sentences+tokens", performance.now() - t);
  for (const [id, { rule, options }] of cfg.rules) {
    const context = { id, draft, options, settings: { internalDomains: [], internalOnlyRecipients: [], now: new Date() }, zones: (k = ["authored"]) => draft.zones.filter((z) => k.includes(z.kind)), languageAt: draft.languageAt, report: () => {} } as unknown as RuleContext;
    t = performance.now();
    await rule.create(context);
    add(id, performance.now() - t);
  }
}
const total = performance.now() - t0;
console.log("files", files.length, "total ms", total.toFixed(0));
for (const [k, v] of [...times].sort((a, b) => b[1] - a[1])) console.log(k.padEnd(28), v.toFixed(0).padStart(7), (100 * v / total).toFixed(1) + "%");
