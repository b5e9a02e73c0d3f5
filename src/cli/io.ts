/** Terminal output shared by the commands: colour rules, JSON output, error reporting. */
import { EXIT_STATUS, HearbackError } from "../core/errors.js";

/** Colours only on a TTY, and never when NO_COLOR is set (https://no-color.org). */
export const useColor = colorOn;

function colorOn(stream: NodeJS.WriteStream = process.stdout): boolean {
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

/**
 * Characters that would act on the terminal instead of being shown: C0 and C1 controls
 * (but newline and tab), which start escape sequences (clear the screen, set the title,
 * hide text), and the bidirectional overrides that reorder what is shown. With colour on,
 * our own colour codes (ESC [ digits m) are matched whole, to be kept. One regular
 * expression: at 100,000 applications the agenda is 20 MB of text, which a loop over its
 * characters in JavaScript took a tenth of the command's time to read.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are what it finds
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_OR_COLOUR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are what it finds
  /\u001b\[[\d;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A control written out as `\u001b`; a colour code (longer) kept. */
const writtenOut = (match: string) =>
  match.length > 1 ? match : `\\u${match.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * Text as it may be printed on a terminal: the controls above written out as `\u001b`,
 * so that a company name or a reply cannot steer the user's terminal.
 */
export function terminalSafe(text: string, keepColor: boolean): string {
  return text.replace(keepColor ? CONTROLS_OR_COLOUR : CONTROLS, writtenOut);
}

/** Writes text on stdout, terminal-safe (see `terminalSafe`), in colour if the terminal takes it. */
export function writeSafe(text: string): void {
  process.stdout.write(terminalSafe(text, colorOn()));
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Reports an error on stderr and returns the exit status: 2 for bad usage or input,
 * 1 for other expected failures. An unexpected error (a bug) is logged with its details
 * by `log`, which returns where; the user sees one line naming that place.
 */
export function reportError(err: unknown, log: (err: unknown) => string): number {
  if (err instanceof HearbackError) {
    if (err.problems.length > 0) {
      for (const p of err.problems) process.stderr.write(`${terminalSafe(p, false)}\n`);
    } else {
      process.stderr.write(`hearback: ${terminalSafe(err.message, false)}\n`);
    }
    return EXIT_STATUS[err.code];
  }
  const system = systemError(err);
  if (system) {
    process.stderr.write(`hearback: ${system}\n`);
    return 1;
  }
  const where = log(err);
  process.stderr.write(
    `hearback: unexpected error (a bug in hearback): ${oneLine(err)}\nThe details are in ${where}; please include them if you report it.\n`,
  );
  return 1;
}

/** An error's message on one line, short enough to read. */
function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const line = text.split("\n")[0] ?? "";
  return line.length > 200 ? `${line.slice(0, 200)}...` : line;
}

/**
 * A failure of the world outside (a file that is missing, a disk that is full) that no
 * command turned into a message of its own: said plainly, as it is not a bug.
 */
function systemError(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException;
  if (!(err instanceof Error) || typeof e.code !== "string" || typeof e.syscall !== "string") {
    return undefined;
  }
  const why: Record<string, string> = {
    ENOENT: "no such file or folder",
    EACCES: "permission denied",
    EPERM: "permission denied",
    ENOSPC: "the disk is full",
    EISDIR: "it is a folder",
    ENOTDIR: "a part of the path is not a folder",
    EROFS: "the disk is read-only",
  };
  const reason = why[e.code];
  if (reason === undefined) return undefined;
  return `cannot ${e.syscall}${e.path ? ` ${e.path}` : ""}: ${reason}`;
}
