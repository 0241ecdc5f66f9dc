// Errors the CLI turns into one clear line and exit code 2: bad usage, a broken or invalid
// config, a plugin that cannot be loaded, a path that does not exist.

export class UsageError extends Error {
  override name = "UsageError";
}

export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(
    message: string,
    /** The config file the problem is in, when there is one. */
    readonly filePath?: string,
  ) {
    super(filePath ? `${filePath}: ${message}` : message);
  }
}

/**
 * What went wrong with a path the user gave, in words, from a file system error: "permission
 * denied" rather than "EACCES: ..., stat '/abs/path'" (the caller names the path as given).
 */
export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many symbolic links (a link loop)";
    case "ENAMETOOLONG":
      return "the name is too long";
    case "ENOENT":
    case "ENOTDIR":
      return "no such file or directory";
    case "EISDIR":
      return "it is a directory";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "read-only file system";
    case "EDQUOT":
      return "disk quota exceeded";
    default:
      return (error as Error | null)?.message ?? String(error);
  }
}

/** What kind of thing a path that is neither a file nor a directory is. */
export function specialFileKind(stats: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}
