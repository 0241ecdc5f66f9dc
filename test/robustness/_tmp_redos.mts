import { check } from "recheck";
import { collectRegexSources } from "./regex-sources.ts";
const { literals } = collectRegexSources("/work/main");
const uniq = [...new Map(literals.map((l) => [l.source + "/" + l.flags, l])).values()];
const t0 = Date.now();
let next = 0;
const worker = async () => { while (next < uniq.length) { const l = uniq[next++]; const s = Date.now();
  let d: any = await check(l.source, l.flags, { checker: "automaton", timeout: 5000 }); const a = Date.now() - s; let how = "auto";
  if (d.status === "unknown") { how = "fuzz"; d = await check(l.source, l.flags, { checker: "fuzz", randomSeed: 20261125, timeout: 60000, incubationTimeout: null, attackTimeout: null, maxIteration: 3, maxInitialGenerationSize: 100, maxGenerationSize: 50 }); }
  const ms = Date.now() - s; if (ms > 1000 || d.status !== "safe") console.log(ms, a, how, d.status, d.complexity?.type ?? d.error?.kind ?? "", `${l.file}:${l.line}`, l.source.slice(0, 60)); } };
await Promise.all([worker(), worker()]);
console.log("total", Date.now() - t0, uniq.length);
