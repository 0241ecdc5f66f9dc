// Collects the regular expressions of mail-lint's own code (src/ and rules/) for the ReDoS
// check: every regex literal, found with the TypeScript parser (so a "/" in a string or a
// comment is never mistaken for one), and every `new RegExp(...)` call site, whose pattern is
// only known at run time (captured separately, see redos.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface RegexLiteral {
  file: string;
  line: number;
  source: string;
  flags: string;
}

export interface RegexSources {
  literals: RegexLiteral[];
  /** `new RegExp(...)` / `RegExp(...)` call sites, as "file:line". */
  constructorCalls: string[];
}

function typeScriptFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export function collectRegexSources(root: string, directories: readonly string[] = ["src", "rules"]): RegexSources {
  const literals: RegexLiteral[] = [];
  const constructorCalls: string[] = [];
  for (const file of directories.flatMap((d) => typeScriptFiles(path.join(root, d)))) {
    const text = readFileSync(file, "utf8");
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const relative = path.relative(root, file);
    const lineOf = (node: ts.Node) => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sourceFile);
        const lastSlash = literal.lastIndexOf("/");
        literals.push({ file: relative, line: lineOf(node), source: literal.slice(1, lastSlash), flags: literal.slice(lastSlash + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "RegExp"
      ) {
        constructorCalls.push(`${relative}:${lineOf(node)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { literals, constructorCalls };
}
