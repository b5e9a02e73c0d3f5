/**
 * Runs the built CLI (`bin/hearback.js`) as a user does, asynchronously: the mail tests
 * keep their SMTP server in the test process, which must stay free to answer meanwhile.
 */
import { execFile, execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "../..");
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
    // Others rebuild dist/ while tests run; a half-written bundle fails before doing anything.
    if (attempt < 5 && /ERR_MODULE_NOT_FOUND[\s\S]*dist\/chunks/.test(r.stderr)) {
      execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs"), "--cli-only"]);
      continue;
    }
    return r;
  }
}
