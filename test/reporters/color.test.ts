import { describe, expect, it } from "vitest";
import { wantsColor } from "../../src/reporters/color.js";

const terminal = { isTTY: true };
const pipe = { isTTY: false };

describe("wantsColor", () => {
  it("colours a terminal and not a pipe", () => {
    expect(wantsColor(terminal, {})).toBe(true);
    expect(wantsColor(pipe, {})).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
  });

  it("never colours with NO_COLOR, even with FORCE_COLOR", () => {
    expect(wantsColor(terminal, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor(terminal, { NO_COLOR: "1", FORCE_COLOR: "1" })).toBe(false);
    // An empty NO_COLOR is not set (https://no-color.org).
    expect(wantsColor(terminal, { NO_COLOR: "" })).toBe(true);
  });

  it("colours a pipe with FORCE_COLOR, except FORCE_COLOR=0 or empty", () => {
    expect(wantsColor(pipe, { FORCE_COLOR: "1" })).toBe(true);
    expect(wantsColor(pipe, { FORCE_COLOR: "3" })).toBe(true);
    expect(wantsColor(pipe, { FORCE_COLOR: "0" })).toBe(false);
    expect(wantsColor(pipe, { FORCE_COLOR: "" })).toBe(false);
  });
});
