import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endsAfter, firstIndexWhere, startsAfter } from "../../src/text/binary-search.js";

const isAtLeast = (value: number, key: number) => value >= key;

/** Sorted, disjoint, non-empty ranges with gaps of 0 or more between them. */
const ranges = fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 5 })), { maxLength: 30 }).map((steps) => {
  let at = 0;
  return steps.map(([gap, length]) => {
    const range = { start: at + gap, end: at + gap + length };
    at = range.end;
    return range;
  });
});

describe("firstIndexWhere", () => {
  it("finds the first item for which the test holds, or the length", () => {
    expect(firstIndexWhere([], isAtLeast, 3)).toBe(0);
    expect(firstIndexWhere([1, 3, 3, 7], isAtLeast, 0)).toBe(0);
    expect(firstIndexWhere([1, 3, 3, 7], isAtLeast, 3)).toBe(1);
    expect(firstIndexWhere([1, 3, 3, 7], isAtLeast, 4)).toBe(3);
    expect(firstIndexWhere([1, 3, 3, 7], isAtLeast, 8)).toBe(4);
  });

  it("agrees with a linear search on sorted numbers", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 })), fc.integer({ min: -25, max: 25 }), (values, key) => {
        const sorted = values.sort((a, b) => a - b);
        const expected = sorted.findIndex((value) => value >= key);
        expect(firstIndexWhere(sorted, isAtLeast, key)).toBe(expected < 0 ? sorted.length : expected);
      }),
    );
  });

  it("finds the range holding an offset, the line starting before it, and the range after a gap", () => {
    fc.assert(
      fc.property(ranges, fc.integer({ min: -2, max: 200 }), (sorted, offset) => {
        const holding = sorted.findIndex((r) => r.start <= offset && offset < r.end);
        const next = sorted.findIndex((r) => r.start > offset);
        expect(firstIndexWhere(sorted, endsAfter, offset)).toBe(holding >= 0 ? holding : next >= 0 ? next : sorted.length);
        const started = sorted.filter((r) => r.start <= offset).length;
        expect(firstIndexWhere(sorted, startsAfter, offset)).toBe(started);
      }),
    );
  });
});
