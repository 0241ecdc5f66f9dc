// Where mail-lint keeps V8's compiled code between runs (load-bundle.ts): the user's own cache
// folder, where other tools keep theirs. MAIL_LINT_COMPILE_CACHE names another folder, or turns
// the cache off with "off" (also "0", "false", "no"). Only mail-lint's own compiled code goes
// there, never a draft or anything read from one.
import os from "node:os";
import path from "node:path";

const OFF = /^(?:off|0|false|no)$/i;

export function compileCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = safeHomedir()): string | undefined {
  const setting = env.MAIL_LINT_COMPILE_CACHE;
  if (setting !== undefined && OFF.test(setting.trim())) return undefined;
  if (setting) return path.resolve(setting);
  const base = userCacheBase(env, platform, home);
  return base === undefined ? undefined : path.join(base, "mail-lint", "compile-cache");
}

function userCacheBase(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string | undefined {
  if (platform === "win32") return env.LOCALAPPDATA || (home ? path.join(home, "AppData", "Local") : undefined);
  if (!home) return undefined; // no home folder (some service accounts): no cache rather than one in the working directory
  if (platform === "darwin") return path.join(home, "Library", "Caches");
  const xdg = env.XDG_CACHE_HOME;
  return xdg && path.isAbsolute(xdg) ? xdg : path.join(home, ".cache");
}

function safeHomedir(): string {
  try {
    return os.homedir();
  } catch {
    return "";
  }
}
