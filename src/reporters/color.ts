// Whether a report written to a stream gets colour: never with NO_COLOR (https://no-color.org),
// always with FORCE_COLOR set to anything but "0", else only on a terminal. The CLI (standard
// output) and the integrations (standard error) share it. chalk's own detection
// (supportsColor) is not used: it ignores NO_COLOR, takes FORCE_COLOR="" and "false" the other
// way round, and also reads TERM, CI variables and --color in process.argv.

export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}
