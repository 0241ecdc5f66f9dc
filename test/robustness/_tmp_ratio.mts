import fc from "fast-check";
import { lintText } from "../../src/index.ts";
import { mimeDraft, templateDraft } from "./hostile-drafts.ts";
for (const [name, arb] of [["mime", mimeDraft], ["tpl", templateDraft]] as const) {
  const reasons = new Map<string, number>();
  for (const d of fc.sample(arb, { numRuns: 200, seed: 3 })) {
    const r = await lintText(d.bytes, { filePath: d.filePath, config: {} });
    const f = r.messages.find((m) => m.fatal);
    const k = f ? f.message.slice(0, 70) : "ok";
    reasons.set(k, (reasons.get(k) ?? 0) + 1);
  }
  console.log(name, [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 8));
}
