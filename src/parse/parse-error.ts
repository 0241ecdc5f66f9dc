/** A draft that cannot be read as its format: reported as one fatal message for that file. */
export class ParseError extends Error {
  override name = "ParseError";
  constructor(
    message: string,
    /** Where the problem is, when known (1-based). */
    readonly line = 1,
    readonly column = 1,
  ) {
    super(message);
  }
}
