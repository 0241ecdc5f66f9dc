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
