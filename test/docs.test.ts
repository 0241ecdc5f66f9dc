// docs/architecture.md describes the tree as it is: every folder it names exists, and every
// folder of src/ and rules/ is named.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const page = readFileSync(path.join(ROOT, "docs/architecture.md"), "utf8");

function folders(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => [`${dir}/${entry.name}/`, ...folders(`${dir}/${entry.name}`)]);
}

describe("docs/architecture.md", () => {
  const named = [...page.matchAll(/`([a-z][\w-]*(?:\/[\w<>-]+)*\/)`/g)].map((m) => m[1]);

  it("names folders that exist", () => {
    expect(named.length).toBeGreaterThan(10);
    for (const folder of named) {
      if (folder.includes("<category>")) {
        for (const category of ["tone", "leaks", "promises", "hygiene"]) expect(existsSync(path.join(ROOT, folder.replace("<category>", category))), folder).toBe(true);
      } else expect(existsSync(path.join(ROOT, folder)), folder).toBe(true);
    }
  });

  it("names every folder of src/ and rules/", () => {
    const generic = named.map((folder) => folder.replace("<category>", "[^/]+"));
    for (const folder of [...folders("src"), ...folders("rules")]) {
      if (folder.includes("/generated/")) continue;
      expect(generic.some((pattern) => new RegExp(`^${pattern}$`).test(folder)), folder).toBe(true);
    }
  });

  it("names every file at the top of src/", () => {
    for (const file of readdirSync(path.join(ROOT, "src")).filter((name) => name.endsWith(".ts"))) expect(page, file).toContain(file);
  });
});
