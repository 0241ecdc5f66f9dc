// Where the CLI's report goes while files are linted: standard output, or the file of -o.
// Text is gathered into pieces of 64 KB before it is written, so that streaming a report
// (src/reporters/types.ts, ReportWriter) costs no more writes than printing it at the end did.
// The report file is created at the first write or at the end, so that a run that fails before
// any result (a path that does not exist) leaves no file behind, as before.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";
import { UsageError, fileProblem } from "./engine/config-errors.js";

const PIECE = 64 * 1024;

export class ReportOutput {
  private pending = "";
  private fd: number | undefined;

  /** `file` as the user wrote it (for messages), resolved against `cwd`; no file: `stdout`. */
  constructor(
    private readonly stdout: NodeJS.WritableStream,
    private readonly file?: { given: string; cwd: string },
  ) {}

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= PIECE) this.flush();
  }

  /** Writes what is left; the report file exists afterwards, even when the report is empty. */
  end(): void {
    this.flush();
    if (this.file) this.tryFile(() => closeSync(this.open()));
    this.fd = undefined;
  }

  private flush(): void {
    const text = this.pending;
    this.pending = "";
    if (text === "") return;
    if (!this.file) {
      this.stdout.write(text);
      return;
    }
    this.tryFile(() => {
      const fd = this.open();
      const bytes = Buffer.from(text);
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    });
  }

  private open(): number {
    if (this.fd === undefined) {
      const target = path.resolve(this.file!.cwd, this.file!.given);
      mkdirSync(path.dirname(target), { recursive: true });
      this.fd = openSync(target, "w");
    }
    return this.fd;
  }

  /** The user's path (a directory, a full disk, no permission): their problem to fix, not an internal error. */
  private tryFile(action: () => void): void {
    try {
      action();
    } catch (error) {
      throw new UsageError(`Cannot write the report to "${this.file!.given}": ${fileProblem(error)}.`);
    }
  }
}
