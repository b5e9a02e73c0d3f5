/**
 * The `hearback` command as a process: its arguments run through `runCli` (./program.ts),
 * whose result is the exit status.
 */
import { runCli } from "./program.js";

// `hearback export | head` and the like close the pipe early: that is the reader's
// choice, not a failure, so end quietly instead of with a stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

process.exitCode = await runCli(process.argv);
