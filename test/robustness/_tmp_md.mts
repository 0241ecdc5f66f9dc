import { markdownNonProse } from "../../src/parse/markdown.ts";
for (const n of [20000, 80000, 320000]) for (const [k, g] of Object.entries({ open: (n: number) => "[".repeat(n), brk: (n: number) => "[".repeat(n / 2) + "](".repeat(n / 4), emph: (n: number) => "*a **b ".repeat(n / 7), list: (n: number) => Array.from({length:n/20},(_, i)=>"  ".repeat(i%50)+"- item soon").join("\n"), quote: (n: number) => Array.from({length: Math.sqrt(n)|0}, (_, i) => ">".repeat(i) + " x").join("\n") })) {
  const t = g(n); const t0 = performance.now(); markdownNonProse(t); console.log(k, n, (performance.now() - t0).toFixed(0));
}
