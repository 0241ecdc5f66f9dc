import fc from "fast-check";
import { lintText } from "/work/main/src/index.ts";
import { anyHostileDraft, mimeDraft, templateDraft, resultProblems } from "/work/main/test/robustness/hostile-drafts.ts";
const arb = { any: anyHostileDraft, mime: mimeDraft, tpl: templateDraft }[process.argv[2] ?? "any"]!;
const n = Number(process.argv[3] ?? 200);
let max = 0, slow: any;
const t0 = performance.now();
const out = await fc.check(fc.asyncProperty(arb, async (d) => {
  const s = performance.now();
  let r; try { r = await lintText(d.bytes, { filePath: d.filePath, config: {}, now: new Date("2026-11-25") }); } catch (e) { throw new Error("threw: " + (e as Error).stack); }
  const ms = performance.now() - s; if (ms > max) { max = ms; slow = d; }
  const p = resultProblems(r);
  if (p.length) throw new Error(p.join("\n"));
}), { numRuns: n, seed: Number(process.argv[4] ?? Date.now() % 100000) });
console.log(out.failed ? fc.defaultReportMessage(out) : "ok", "total", (performance.now() - t0).toFixed(0), "max", max.toFixed(0), slow?.filePath, slow?.bytes.length);
