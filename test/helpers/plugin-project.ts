// A user's project with mail-lint and a plugin installed: node_modules/mail-lint links to this
// checkout (its package.json "exports", so dist/ as published) and the plugin is copied into
// node_modules, so that the plugin's `import ... from "mail-lint"` resolves as it does for users.
import { cpSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A temporary project folder with the plugin installed as node_modules/<packageName>. */
export function projectWithPlugin(pluginDir: string, packageName: string, files: Record<string, string> = {}): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "mail-lint-plugin-")));
  mkdirSync(path.join(dir, "node_modules"));
  symlinkSync(ROOT, path.join(dir, "node_modules", "mail-lint"), "dir");
  cpSync(pluginDir, path.join(dir, "node_modules", packageName), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
