/**
 * Runs the built CLI (`bin/hearback.js`) in a child process as a user or a script does (no
 * terminal; test/terminal.ts gives it one). `hearback` is asynchronous, for tests that keep
 * a server (SMTP, IMAP, CalDAV) in the test process, which must stay free to answer
 * meanwhile; `hearbackSync` is for the rest.
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin/hearback.js");

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

function once(
  args: readonly string[],
  env: Record<string, string>,
  input: string,
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, NO_COLOR: "1", ...env }, encoding: "utf8", timeout: 60_000 },
      (err, stdout, stderr) => {
        const status = err ? (typeof err.code === "number" ? err.code : 1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
    child.stdin?.end(input);
  });
}

/** `hearback ...` with a data folder and environment of the test's choosing (no terminal). */
export async function hearback(
  args: readonly string[],
  opts: { readonly env?: Record<string, string>; readonly input?: string } = {},
): Promise<CliRun> {
  for (let attempt = 1; ; attempt++) {
    const r = await once(args, opts.env ?? {}, opts.input ?? "");
    if (attempt < 5 && halfBuilt(r)) continue;
    return r;
  }
}

/** `hearback ...` as `hearback` runs it, waiting for it to end. */
export function hearbackSync(
  args: readonly string[],
  opts: {
    readonly env?: Record<string, string>;
    readonly input?: string;
    readonly cwd?: string;
  } = {},
): CliRun {
  for (let attempt = 1; ; attempt++) {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      input: opts.input ?? "",
      encoding: "utf8",
      // Room for what a large store prints (an agenda of thousands of applications).
      maxBuffer: 1 << 28,
      env: { ...process.env, NO_COLOR: "1", ...opts.env },
      ...(opts.cwd ? { cwd: opts.cwd } : {}),
    });
    const run = { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
    if (attempt < 5 && halfBuilt(run)) continue;
    return run;
  }
}

/**
 * True (after rebuilding it) when the run failed on a bundle caught half-written: others
 * rebuild dist/ while tests run, and such a bundle fails before doing anything.
 */
function halfBuilt(r: CliRun): boolean {
  if (!/ERR_MODULE_NOT_FOUND[\s\S]*dist\/chunks/.test(r.stderr)) return false;
  execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs"), "--cli-only"]);
  return true;
}

/** A run that must succeed quietly: its output. */
export function succeeded(r: CliRun): string {
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

/** Keeps a run off the developer's own data: hearback's homes inside `dir`. */
export function homesIn(dir: string): Record<string, string> {
  return { HEARBACK_HOME: join(dir, "home"), XDG_DATA_HOME: join(dir, "xdg") };
}
