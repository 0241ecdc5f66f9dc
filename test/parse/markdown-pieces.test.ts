// Markdown is parsed in pieces (src/parse/markdown.ts, `pieces`) so that long reply threads stay
// linear; every piece must give exactly the spans the whole document gives. Checked with pieces
// as small as they go (a cut at every place allowed), on the fixtures and on generated Markdown
// that mixes what can stay open across a blank line: fences (closed, unclosed, inside lists and
// quotes), HTML blocks of every kind, front matter, definitions and the references that need them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownNonProse } from "../../src/parse/markdown.js";

const whole = (source: string) => markdownNonProse(source, Number.POSITIVE_INFINITY);
const inPieces = (source: string) => markdownNonProse(source, 1);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(file);
    return entry.name.endsWith(".md") ? [file] : [];
  });
}

const BLOCKS = [
  "Hallo Anna,",
  "plain text with `code` and a [link](https://x.example) and <b>html</b>",
  "> quoted line with [a link](https://y.example)\n> > deeper `code`",
  "> quoted\nlazy line",
  "- item\n\n  ```\n  code in a list",
  "- item\n  ```\n  code\n  ```",
  "```\nopen fence\n\nstill code",
  "```js\nclosed\n```",
  "~~~~\ntilde\n~~~\n~~~~",
  "``` not a fence ` here",
  "    indented code\n\n    more",
  "<!-- a comment\n\nstill comment -->",
  "<!-- open comment",
  "<script>\nx\n\n</script>",
  "<pre>\n\ntext",
  "<?php\n\n?>",
  "<!DOCTYPE\n\nhtml>",
  "<![CDATA[\n\n]]>",
  "<div>\nblock\n</div>",
  "[ref]: https://ref.example",
  "[Other Ref]:\n  https://other.example 'title'",
  "see [ref] and ![ref] and [other ref][] and ![img][Other  ref]",
  "![image](https://img.example/x.png) [undefined] ![undefined]",
  "> [inquote]: https://q.example\n> [inquote]",
  "use [inquote] here",
  "Heading\n=======",
  "---",
  "* * *",
  "  - nested\n    - deeper\n\n      para in item",
  "1. one\n2. two",
  "-->",
  "```",
  "</script>",
  "text\n```\nfence after text",
  "<https://auto.example> and <me@mail.example>",
];

const document = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(fc.constantFrom(...BLOCKS), fc.constantFrom("\n\n", "\n\n\n", "\n", "\n \n", "\n\t\n")), { maxLength: 30 }),
  )
  .map(([front, blocks]) => (front ? "---\nsubject: x\n\nto: a@b.example\n---\n" : "") + blocks.map(([b, sep]) => b + sep).join(""));

describe("Markdown parsed in pieces", () => {
  it("gives the whole parse's spans on every fixture", () => {
    const files = markdownFiles(path.resolve("fixtures"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const source = readFileSync(file, "utf8").replace(/\r\n?/g, "\n");
      expect(inPieces(source), file).toEqual(whole(source));
    }
  });

  it("gives the whole parse's spans on generated Markdown", () => {
    fc.assert(
      fc.property(document, (source) => {
        expect(inPieces(source)).toEqual(whole(source));
      }),
      { numRuns: 400 },
    );
  });

  it("cuts a reply thread into pieces of the given size and keeps every position", () => {
    const block = "Hallo,\n\nsiehe [Anleitung][a] und `code`.\n\n> Am 24.11.2026 schrieb Anna <anna@kunde.example>:\n> > alt <b>x</b>\n\n";
    const source = block.repeat(400) + "[a]: https://wiki.example/a\n";
    const spans = markdownNonProse(source, 4096);
    expect(spans).toEqual(whole(source));
    expect(spans.filter((s) => s.kind === "code")).toHaveLength(400);
  });
});

describe("Markdown block quotes without a place to cut", () => {
  // Quote depth that changes every line, no blank line: one block quote for micromark, which is
  // quadratic inside it; past `forcedPiece` it is cut between two quoted lines.
  const thread = (lines: number) =>
    Array.from({ length: lines }, (_, i) => `${"> ".repeat(1 + (i % 7))}line ${i}: <anna@kunde.example> and ${i % 5 === 0 ? `[docs](https://wiki.example/${i})` : "docs"} \`x\`\n`).join("");

  it("is cut between quoted lines, and keeps the spans of what lies within a line", () => {
    const source = thread(1200);
    const forced = markdownNonProse(source, 4096, 8 * 1024);
    expect(forced).toEqual(whole(source));
    expect(forced.filter((s) => s.kind === "code")).toHaveLength(1200);
  });

  it("is not cut inside quoted fenced code", () => {
    const fence = "> ```\n" + "> > code line <b>not html</b>\n".repeat(2000) + "> ```\n";
    const source = fence + thread(200);
    expect(markdownNonProse(source, 4096, 8 * 1024)).toEqual(whole(source));
  });
});
