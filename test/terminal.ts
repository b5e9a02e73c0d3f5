/**
 * Runs the built CLI on a real terminal: util-linux `script` gives it a pty on Linux (tests
 * that use it run through `describeWith(PROGRAMS.script, ...)`).
 * Each answer is typed when its question appears; `early` is typed at once, before
 * anything is shown, as a user typing ahead does.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { PROGRAMS } from "./system-programs.js";

const BIN = join(import.meta.dirname, "../bin/hearback.js");

export function onTerminal(
  args: readonly string[],
  answers: readonly [RegExp, string][],
  env: Record<string, string | undefined>,
  early = "",
): Promise<{ code: number | null; output: string }> {
  const cmd = [process.execPath, BIN, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`);
  // A new pty has no size, and a prompt drawn on zero columns wraps every character.
  const line = `stty cols 100 rows 40; ${cmd.join(" ")}`;
  const child = spawn(PROGRAMS.script.path, ["-q", "-e", "-c", line, "/dev/null"], {
    env: { ...process.env, TERM: "xterm", ...env },
  });
  if (early !== "") child.stdin.write(early);
  let seen = "";
  let output = "";
  let next = 0;
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    seen += chunk;
    output += chunk;
    const answer = answers[next];
    if (answer?.[0].test(seen)) {
      next++;
      seen = "";
      child.stdin.write(answer[1]);
    }
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })));
}
