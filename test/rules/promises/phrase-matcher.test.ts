// The phrase patterns of the promise lists (rules/promises/data/*.txt), matched on tokens.
import { describe, expect, it } from "vitest";
import { compilePattern, findPhrases } from "../../../rules/promises/phrase-matcher.js";
import { tokenize } from "../../../src/text/tokens.js";

const sources = (patterns: string[], text: string) => findPhrases(patterns.map(compilePattern), tokenize(text)).map((m) => m.pattern);

describe("findPhrases", () => {
  it("takes the longest match at a start, also when it starts with a number", () => {
    expect(sources(["in", "in {n} wochen"], "Wir liefern in 2 Wochen.")).toEqual(["in {n} wochen"]);
    expect(sources(["zwei wochen", "{n} wochen"], "in zwei Wochen")).toEqual(["zwei wochen"]);
    expect(sources(["{n} tagen", "ca. {n} tagen|wochen"], "in 3 Tagen")).toEqual(["{n} tagen"]);
  });

  it("prefers the earlier of two patterns of equal length", () => {
    expect(sources(["zwei wochen", "{n} wochen"], "zwei Wochen")).toEqual(["zwei wochen"]);
    expect(sources(["{n} wochen", "zwei wochen"], "zwei Wochen")).toEqual(["{n} wochen"]);
    expect(sources(["in kürze|bälde", "in kürze"], "in Kürze")).toEqual(["in kürze|bälde"]);
  });

  it("matches separable verbs across a gap, and a second phrase only after the first", () => {
    expect(sources(["wir rufen … an"], "Wir rufen Sie morgen früh an.")).toEqual(["wir rufen … an"]);
    expect(sources(["bald", "soon"], "bald und soon")).toEqual(["bald", "soon"]);
    expect(sources(["so bald", "bald"], "so bald")).toEqual(["so bald"]);
  });

  it("finds nothing where no pattern starts", () => {
    expect(sources(["wir rufen … an"], "Sie rufen uns an.")).toEqual([]);
    expect(sources(["in {n} wochen"], "in wenigen Wochen")).toEqual([]);
    expect(sources([], "bald")).toEqual([]);
  });
});
