/** Terminal output shared by the commands: colour rules, JSON output, error reporting. */
import { EXIT_STATUS, HearbackError } from "../core/errors.js";

/** Colours only on a TTY, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  return Boolean(stream.isTTY) && !("NO_COLOR" in process.env && process.env.NO_COLOR !== "");
}

type Paint = (s: string) => string;
const sgr =
  (open: number, close: number): Paint =>
  (s) =>
    useColor() ? `\u001b[${open}m${s}\u001b[${close}m` : s;

export const paint = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  green: sgr(32, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
} as const;

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Reports an error on stderr and returns the exit status: 2 for bad usage or input,
 * 1 for other expected failures; an unexpected error prints its stack.
 */
export function reportError(err: unknown): number {
  if (err instanceof HearbackError) {
    if (err.problems.length > 0) {
      for (const p of err.problems) process.stderr.write(`${p}\n`);
    } else {
      process.stderr.write(`hearback: ${err.message}\n`);
    }
    return EXIT_STATUS[err.code];
  }
  process.stderr.write(
    `hearback: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  return 1;
}
