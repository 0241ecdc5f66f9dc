// Markdown templates: unified + remark-parse find what is not prose (code, raw HTML and
// comments, link targets, images, front matter) so it can be blanked; blockquotes stay in
// the text and become quoted zones like ">" lines in a mail.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkFrontmatter from "remark-frontmatter";
import type { Root, RootContent } from "mdast";
import type { Span } from "../types.js";

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);

/** Non-prose spans of a Markdown source ("\n" line ends), as body offsets. */
export function markdownNonProse(source: string): Span[] {
  const tree = parser.parse(source) as Root;
  const spans: Span[] = [];
  const visit = (node: Root | RootContent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case "code":
      case "inlineCode":
        spans.push({ kind: "code", start, end });
        return;
      case "html":
        spans.push({ kind: node.value.trimStart().startsWith("<!--") ? "comment" : "html", start, end });
        return;
      case "yaml":
        spans.push({ kind: "front-matter", start, end });
        return;
      case "image":
      case "imageReference":
      case "definition":
        spans.push({ kind: "url", start, end });
        return;
      case "link": {
        // "[text](url)": keep the text, blank "](url)". An autolink "<url>" is all URL.
        const last = node.children.at(-1)?.position?.end.offset;
        const isAutolink = node.children.length === 1 && node.children[0].type === "text" && node.children[0].value === node.url;
        if (last === undefined || isAutolink) spans.push({ kind: "url", start, end });
        else spans.push({ kind: "url", start: last, end });
        break;
      }
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return spans;
}
