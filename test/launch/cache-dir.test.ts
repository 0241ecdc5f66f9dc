import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileCacheDir } from "../../src/launch/cache-dir.js";

describe("compileCacheDir", () => {
  it("is in the user's cache folder of each platform", () => {
    expect(compileCacheDir({}, "linux", "/home/ada")).toBe("/home/ada/.cache/mail-lint/compile-cache");
    expect(compileCacheDir({ XDG_CACHE_HOME: "/var/cache/ada" }, "linux", "/home/ada")).toBe("/var/cache/ada/mail-lint/compile-cache");
    expect(compileCacheDir({}, "darwin", "/Users/ada")).toBe("/Users/ada/Library/Caches/mail-lint/compile-cache");
    expect(compileCacheDir({ LOCALAPPDATA: "C:\\Users\\ada\\AppData\\Local" }, "win32", "C:\\Users\\ada")).toBe(
      path.join("C:\\Users\\ada\\AppData\\Local", "mail-lint", "compile-cache"),
    );
  });

  it("ignores a relative XDG_CACHE_HOME, as the XDG specification asks", () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: "cache" }, "linux", "/home/ada")).toBe("/home/ada/.cache/mail-lint/compile-cache");
  });

  it("follows MAIL_LINT_COMPILE_CACHE: a folder, or off", () => {
    expect(compileCacheDir({ MAIL_LINT_COMPILE_CACHE: "/tmp/ml" }, "linux", "/home/ada")).toBe("/tmp/ml");
    for (const off of ["off", "0", "false", "NO", " off "]) expect(compileCacheDir({ MAIL_LINT_COMPILE_CACHE: off }, "linux", "/home/ada")).toBeUndefined();
  });

  it("has no folder without a home folder, rather than one in the working directory", () => {
    expect(compileCacheDir({}, "linux", "")).toBeUndefined();
    expect(compileCacheDir({}, "darwin", "")).toBeUndefined();
  });
});
