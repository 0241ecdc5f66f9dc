import { collectRegexSources } from "/work/main/test/robustness/regex-sources.ts";
import { check } from "recheck";
const r = collectRegexSources("/work/main");
const uniq = [...new Map(r.literals.map(l => [l.source + "/" + l.flags, l])).values()];
const params = JSON.parse(process.argv[2] ?? "{}");
const t0 = Date.now();
const out: any[] = []; for (const l of uniq) out.push(await (async () => { const s = Date.now(); const d = await check(l.source, l.flags, params); return { l, d, ms: Date.now() - s }; })());
const by: Record<string, number> = {};
for (const { l, d, ms } of out) { const k = `${d.status}/${d.checker}/${(d as any).error?.kind ?? ""}`; by[k] = (by[k] ?? 0) + 1; if (d.status !== "safe") console.log(d.status, (d as any).complexity?.type ?? (d as any).error?.kind, `${l.file}:${l.line}`, ms, "/" + l.source.slice(0, 100) + "/" + l.flags, (d as any).attack?.pattern?.slice(0, 60) ?? ""); }
console.log(by, "total", Date.now() - t0, "max", Math.max(...out.map(o => o.ms)));
