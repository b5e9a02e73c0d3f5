/**
 * What commands read besides their options: a file or stdin (`-`), and moments given
 * as `--now`. Commands import this lazily, inside their action.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { HearbackError } from "../core/errors.js";
import { decodeUtf8 } from "../core/utf8.js";
import {
  atWallTime,
  isIsoDate,
  isSupportedInstant,
  isValidZone,
  momentProblem,
  parseDateTime,
  readTypedDay,
  readTypedMoment,
} from "../time/index.js";

/** Everything on stdin, as bytes. */
export async function readStdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A file's text, or stdin's when `file` is `-`. */
export async function readText(file: string): Promise<string> {
  return file === "-" ? (await readStdinBytes()).toString("utf8") : readFile(file, "utf8");
}

/**
 * A file to import (or stdin), failing with a message that names it: when it cannot be
 * read, and when it is not UTF-8 (each line that is not, and how to save it as UTF-8).
 */
export async function readTextOrFail(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = file === "-" ? await readStdinBytes() : await readFile(file);
  } catch (err) {
    throw new HearbackError("bad-input", `cannot read ${file}: ${(err as Error).message}`);
  }
  return decodeUtf8(bytes, file === "-" ? "stdin" : file);
}

/** Why a file could not be read, in plain words. */
export function whyUnreadable(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder";
  return (err as Error).message;
}

/** A `--now`: a date-time (read in `zone` without an offset), or a day (its midnight); null when neither. */
export function parseMoment(given: string, zone: string): number | null {
  return isIsoDate(given) ? atWallTime(given, "00:00", zone) : parseDateTime(given, zone);
}

/**
 * `--tz` and `--now` of the commands that read a timeline file without stored data (plan,
 * draft --timeline): the zone times without an offset are read in (the machine's unless
 * given) and the moment to plan at (the clock's unless given: the edge of the program, the
 * only place it is read). Problems are added to `problems`, naming the option.
 */
export function zoneAndNow(
  opts: { readonly tz?: string | undefined; readonly now?: string | undefined },
  problems: string[],
): { readonly zone: string; readonly now: number } {
  const zone = opts.tz ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  const zoneOk = isValidZone(zone);
  if (!zoneOk) {
    problems.push(
      `--tz: unknown time zone: "${zone}" (expected an IANA name such as America/Denver)`,
    );
  }
  let now = Date.now();
  if (opts.now !== undefined) {
    const ms = parseMoment(opts.now, zoneOk ? zone : "UTC");
    if (ms === null || !isSupportedInstant(ms)) {
      problems.push(momentProblem("--now", opts.now, "2026-11-18T12:00"));
    } else now = ms;
  }
  return { zone, now };
}

/** Why a file could not be written, in plain words. */
function whyUnwritable(err: unknown, path: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `no such folder: ${dirname(path)}`;
  if (code === "ENOTDIR") return `${dirname(path)} is not a folder`;
  if (code === "EISDIR") return "it is a folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOSPC") return "the disk is full";
  return (err as Error).message;
}

/** Writes an `--out` file (or, with `folder`, makes that folder), failing with a message. */
export async function writeOut(
  path: string,
  data: string | Uint8Array,
  option = "--out",
): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (err) {
    throw new HearbackError(
      "failed",
      `${option}: cannot write ${path}: ${whyUnwritable(err, path)}`,
    );
  }
}

/** Makes an `--out` folder (and its parents), failing with a message. */
export async function makeOutFolder(path: string, option = "--out"): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (err) {
    throw new HearbackError(
      "failed",
      `${option}: cannot make the folder ${path}: ${whyUnwritable(err, path)}`,
    );
  }
}

/**
 * A moment typed as an option (`--at`, `--applied`), as ISO 8601 with the user's offset:
 * without an offset it is on the user's clock; with `dayOk`, a bare day is its start.
 * Fails naming the option as the user typed it.
 */
export function typedMoment(
  given: string | undefined,
  option: string,
  zone: string,
  dayOk = false,
): string | undefined {
  if (given === undefined || given === "now") return given;
  const read = readTypedMoment(given, zone, zone, dayOk);
  if (read === null) {
    throw new HearbackError(
      "bad-input",
      momentProblem(option, given, dayOk ? "2026-11-10" : "2026-11-25T17:00"),
    );
  }
  return read;
}

/**
 * A "by then" typed as an option (`--decision-by`, `--return-on`): a day stays a day; a
 * date-time is read on the user's clock. Fails naming the option.
 */
export function typedDay(
  given: string | undefined,
  option: string,
  zone: string,
): string | undefined {
  if (given === undefined) return undefined;
  const read = readTypedDay(given, zone, zone);
  if (read === null) {
    throw new HearbackError("bad-input", momentProblem(option, given, "2026-11-13"));
  }
  return read;
}
