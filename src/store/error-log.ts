/**
 * Where unexpected errors go. A user never sees a stack trace: the CLI and the server say
 * an unexpected error happened and name this file, which holds the details to send with a
 * bug report. It lives in the data folder (so it travels with the data it concerns), or,
 * when that cannot be written, in the system's temporary folder.
 */
import { appendFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ERROR_LOG_NAME = "errors.log";

/** Appends the error's details, with the time and what was being done; returns the file. */
export function logUnexpected(dataDir: string, doing: string, err: unknown): string {
  const details = err instanceof Error ? (err.stack ?? err.message) : String(err);
  const entry = `${new Date().toISOString()} ${doing}\n${details}\n\n`;
  for (const dir of [dataDir, tmpdir()]) {
    const file = join(dir, ERROR_LOG_NAME);
    try {
      mkdirSync(dir, { recursive: true });
      appendFileSync(file, entry, { mode: 0o600 });
      return file;
    } catch {
      // try the next place
    }
  }
  return "nowhere (neither the data folder nor the temporary folder can be written)";
}
