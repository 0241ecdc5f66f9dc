import { check } from "recheck";
const PAST_EN = /\b(?:was|were|had|did|spoke|met|sent|said|told|went|came|yesterday|last week|last month|ago)\b|\b(?:i|we|you|they|he|she)\s+\w+ed\b/i;
import * as sd from "../../rules/sensitive-data.ts";
for (const re of [PAST_EN]) { const d: any = await check(re.source, re.flags, { checker: "fuzz", randomSeed: 20261125, timeout: 20000 }); console.log(d.status, d.attack?.pattern, d.hotspot); }
