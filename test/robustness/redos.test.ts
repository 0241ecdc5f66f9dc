// Bounded time: every regular expression of mail-lint's own code is checked with recheck, a
// ReDoS checker. Regex literals are collected from src/ and rules/ with the TypeScript parser;
// patterns built at run time with `new RegExp(...)` (from the rules' word lists, German
// weekday names, escaped phrases) are captured by wrapping the RegExp constructor while the
// code is loaded and run over the fixtures. A pattern must be safe; a polynomial one passes
// only when listed below with the reason why its input is short.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { check, type Diagnostics } from "recheck";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";
import { compileMarkers, fullPattern } from "../../rules/leaks/leaks-markers.js";
import { collectRegexSources } from "./regex-sources.js";

interface Pattern {
  source: string;
  flags: string;
  /** Where it stands ("file:line") or, for run-time patterns, the constructing call site. */
  where: string;
}

/**
 * Polynomial (never exponential) patterns whose input is bounded, so the worst case is
 * harmless: the file, how the pattern's source starts, and what the input is and how long.
 */
const BOUNDED_INPUT: { file: string; startsWith: string; why: string }[] = [
  { file: "src/reporters/stylish.ts", startsWith: "\\s*\\n\\s*", why: "a rule's message, a sentence or two written by mail-lint itself" },
  { file: "src/text/lexicon-file.ts", startsWith: "\\s*=>\\s*", why: "one line of mail-lint's own word lists (rules/<category>/data)" },
  { file: "src/text/lexicon-file.ts", startsWith: "^(.*)\\[", why: "one phrase of mail-lint's own word lists" },
  { file: "src/text/word-lists.ts", startsWith: "^(de|en):", why: "one line of mail-lint's own word lists" },
  { file: "rules/hygiene/sensitive-data.ts", startsWith: "(?:bestell|auftrag", why: "at most 40 characters before a card-like number" },
];

const allowance = (pattern: Pattern) =>
  BOUNDED_INPUT.find((a) => pattern.where.startsWith(`${a.file}:`) && pattern.source.startsWith(a.startsWith));

/**
 * Patterns compiled from a whole word list are one big alternation of escaped literal phrases
 * (thousands of characters): their risk lies in the structure around the list, not in the
 * words. They are checked as compiled by the same function from a short list with the same
 * shapes (multi-word phrases, a phrase that starts another), which the checker decides in
 * seconds instead of minutes.
 */
const LIST_COMPILERS: Record<string, (captured: Pattern) => RegExp | undefined> = {
  // Two patterns per list: the quick check (no flags) and the full one.
  "rules/leaks/leaks-markers.ts": (captured) => {
    const markers = compileMarkers(["intern", "nur intern", "internal only", "vertraulich", "not for the customer"]);
    return markers && (captured.flags === "" ? markers.mayMatch : fullPattern(markers));
  },
};

/** recheck, automaton first (exact, fast for plain patterns), fuzzing with a fixed seed where the automaton cannot decide. */
async function diagnose(pattern: Pattern): Promise<Diagnostics> {
  // "d" (match indices) changes what a match reports, not how it is found; recheck rejects it.
  const flags = pattern.flags.replace("d", "");
  const exact = await check(pattern.source, flags, { checker: "automaton", timeout: 5_000 });
  if (exact.status !== "unknown") return exact;
  // Lookarounds and back-references are outside the automaton checker, and big alternations
  // may exceed its time. The fuzzer then runs with a fixed seed and without its wall-clock
  // thresholds (which flag safe patterns on a busy machine): deterministic, bounded by steps.
  return check(pattern.source, flags, {
    checker: "fuzz",
    randomSeed: 20261125,
    timeout: 120_000,
    incubationTimeout: null,
    attackTimeout: null,
    maxIteration: 3,
    maxInitialGenerationSize: 100,
    maxGenerationSize: 50,
  });
}

/** Runs `task` over `items`, two at a time (recheck runs in its own process; CI has 2 cores). */
async function inPairs<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

const runtimePatterns = new Map<string, Pattern>();
const OriginalRegExp = globalThis.RegExp;
const OWN_CODE = new OriginalRegExp(`${path.join(ROOT, "(?:src|rules)").replace(/[\\.]/g, "\\$&")}[\\\\/][^:)]+:\\d+`);

/** Records `new RegExp(source, flags)` calls made from src/ or rules/. */
function recordingRegExp(): RegExpConstructor {
  const record = (args: unknown[]) => {
    // The frame that called the constructor: the first one outside this file. Only that one
    // counts (chrono-node builds its patterns lazily, below a frame of src/text/dates.ts).
    const caller = (new Error().stack ?? "").split("\n").slice(1).find((frame) => !frame.includes("redos.test.ts"));
    const call = OWN_CODE.exec(caller ?? "");
    if (!call) return;
    const [pattern, flags] = args;
    const source = pattern instanceof OriginalRegExp ? pattern.source : String(pattern);
    const allFlags = flags === undefined ? (pattern instanceof OriginalRegExp ? pattern.flags : "") : String(flags);
    runtimePatterns.set(`${source}/${allFlags}`, { source, flags: allFlags, where: path.relative(ROOT, call[0]) });
  };
  return new Proxy(OriginalRegExp, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
}

function fixtureFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(eml|txt|md)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe("ReDoS: every regular expression in src/ and rules/", () => {
  const { literals, constructorCalls } = collectRegexSources(ROOT);

  beforeAll(async () => {
    globalThis.RegExp = recordingRegExp();
    try {
      // Loaded here, after the wrapper is in place, so module-level patterns are seen too.
      const { lintText } = await import("../../src/index.js");
      const drafts = [...fixtureFiles(path.join(ROOT, "fixtures")), ...fixtureFiles(path.join(ROOT, "test/fixtures"))];
      for (const file of drafts) await lintText(readFileSync(file), { filePath: file, config: {}, now: new Date("2026-11-25") });
      // Code names (an internal-content option) are matched in the subject with built patterns.
      await lintText("From: a@shop.example\r\nTo: b@kunde.example\r\nSubject: Re: Projekt Falke (Stand)\r\n\r\nHallo\r\n", {
        filePath: "code-name.eml",
        config: { rules: { "internal-content": ["error", { codeNames: ["Projekt Falke", "Operation (Nord)"] }] } },
      });
    } finally {
      globalThis.RegExp = OriginalRegExp;
    }
  }, 120_000);

  afterAll(() => {
    globalThis.RegExp = OriginalRegExp;
  });

  it("finds the patterns: literals, and every `new RegExp` call site is exercised by the fixtures", () => {
    expect(literals.length).toBeGreaterThan(100);
    const exercised = new Set([...runtimePatterns.values()].map((p) => p.where.replace(/:\d+$/, "")));
    const files = new Set(constructorCalls.map((c) => c.replace(/:\d+$/, "")));
    // Each file that builds patterns at run time had at least one captured.
    expect([...files].filter((f) => !exercised.has(f))).toEqual([]);
  });

  it("no pattern is exponential, and polynomial ones only on bounded input", async () => {
    const unique = new Map<string, Pattern>();
    for (const l of literals) unique.set(`${l.source}/${l.flags}`, { source: l.source, flags: l.flags, where: `${l.file}:${l.line}` });
    for (const [key, p] of runtimePatterns) {
      const compiler = LIST_COMPILERS[p.where.replace(/:\d+$/, "")];
      const representative = compiler?.(p);
      if (representative) unique.set(`list:${p.where}`, { source: representative.source, flags: representative.flags, where: p.where });
      else unique.set(key, p);
    }
    const patterns = [...unique.entries()];
    const verdicts = await inPairs(patterns, async ([, pattern]) => ({ pattern, diagnostics: await diagnose(pattern) }));

    const problems: string[] = [];
    for (const { pattern, diagnostics: d } of verdicts) {
      if (d.status === "safe") continue;
      if (d.status === "vulnerable" && d.complexity.type === "polynomial" && allowance(pattern)) continue;
      const detail = d.status === "vulnerable" ? `${d.complexity.type}, attack ${d.attack.pattern.slice(0, 60)}` : `undecided: ${d.error.kind}`;
      problems.push(`${pattern.where} /${pattern.source}/${pattern.flags}: ${detail}`);
    }
    expect(problems).toEqual([]);
    // Every allowance is still needed: a fixed pattern takes its entry out.
    const vulnerable = verdicts.filter((v) => v.diagnostics.status === "vulnerable").map((v) => v.pattern);
    expect(BOUNDED_INPUT.filter((a) => !vulnerable.some((p) => allowance(p) === a)).map((a) => a.startsWith)).toEqual([]);
  }, 300_000);
});
