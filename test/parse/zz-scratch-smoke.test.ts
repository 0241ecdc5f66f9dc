import { readFileSync } from "node:fs";
import { parseEml } from "../../src/parse/eml.ts";
test("html", async () => {
  for (const f of ["mail-mime-parser__m2003.eml", "mailparser__spam.eml", "enmime__html-only-inline.eml"]) {
  const bytes = readFileSync("/work/shared/data/eml_fixtures/files/" + f);
  const lines = bytes.toString("latin1").split("\n");
  const r = await parseEml(bytes);
  let off = 0;
  for (const line of r.body.split("\n").slice(0, 12)) {
    const p = r.position(off);
    console.log(JSON.stringify(line.slice(0, 50)), `${p.line}:${p.column}`, JSON.stringify(lines[p.line - 1].slice(p.column - 1, p.column + 40)));
    off += line.length + 1;
  }}
});
