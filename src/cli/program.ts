/**
 * The `hearback` program: each command lives in its own file under ./commands and is
 * registered here. Command files import only light modules at the top (commander, ./io)
 * and load the engine, the store and other heavy modules inside their action with
 * `await import(...)`, so that `hearback --help` starts fast.
 *
 * `runCli` is the whole command line as one call, returning the exit status: `bin/hearback.js`
 * runs it on the process's arguments (./main.ts), and the fuzz harness runs it in process
 * (thousands of command lines where starting a process each would allow a few hundred).
 */

import { homedir } from "node:os";
import { Command, CommanderError } from "commander";
import pkg from "../../package.json" with { type: "json" };
import { logUnexpected, resolveDataDir } from "../ops/data-folder.js";
import { registerAdd } from "./commands/add.js";
import { registerAgenda } from "./commands/agenda.js";
import { registerCalendar } from "./commands/calendar.js";
import { registerContacts } from "./commands/contacts.js";
import { registerDigest } from "./commands/digest.js";
import { registerDoctor } from "./commands/doctor.js";
import { registerDraft } from "./commands/draft.js";
import { registerDrop } from "./commands/drop.js";
import { registerExport } from "./commands/export.js";
import { registerGauge } from "./commands/gauge.js";
import { registerImport } from "./commands/import.js";
import { registerInbox } from "./commands/inbox.js";
import { registerInterview } from "./commands/interview.js";
import { registerList } from "./commands/list.js";
import { registerPlan } from "./commands/plan.js";
import { registerPolicy } from "./commands/policy.js";
import { registerReply } from "./commands/reply.js";
import { registerReport } from "./commands/report.js";
import { registerSend } from "./commands/send.js";
import { registerSent } from "./commands/sent.js";
import { registerServe } from "./commands/serve.js";
import { registerShow } from "./commands/show.js";
import { registerStats } from "./commands/stats.js";
import { registerStatus } from "./commands/status.js";
import { registerTeam } from "./commands/team.js";
import { registerTemplates } from "./commands/templates.js";
import { registerUndo } from "./commands/undo.js";
import { reportError } from "./io.js";

/**
 * Every command by the name it is run by (`ack` is `drop`'s other name), in the order a job
 * seeker meets them and help lists them: record, see what to do, write, then the rest.
 */
const COMMANDS: Readonly<Record<string, (program: Command) => void>> = {
  add: registerAdd,
  interview: registerInterview,
  sent: registerSent,
  reply: registerReply,
  status: registerStatus,
  drop: registerDrop,
  ack: registerDrop,
  agenda: registerAgenda,
  list: registerList,
  show: registerShow,
  draft: registerDraft,
  send: registerSend,
  digest: registerDigest,
  templates: registerTemplates,
  plan: registerPlan,
  gauge: registerGauge,
  import: registerImport,
  export: registerExport,
  calendar: registerCalendar,
  inbox: registerInbox,
  report: registerReport,
  stats: registerStats,
  contacts: registerContacts,
  policy: registerPolicy,
  undo: registerUndo,
  doctor: registerDoctor,
  serve: registerServe,
  team: registerTeam,
};

/**
 * A new program each time: commander keeps what one parse read for the next. A command
 * line that names a command sets up that command alone (setting up all of them cost the
 * agenda about 5 ms of its start); any other (help, a mistyped name) sets up all of them.
 */
function createProgram(argv: readonly string[]): Command {
  const program = new Command()
    .name("hearback")
    .description(
      "When to follow up after a job interview, with whom, saying what, and when to stop.",
    )
    .version(pkg.version)
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  const name = commandName(argv);
  const named = Object.hasOwn(COMMANDS, name)
    ? [COMMANDS[name]!]
    : new Set(Object.values(COMMANDS));
  for (const register of named) register(program);
  return program;
}

/** The data folder the command line names, as the commands resolve it (for the error log). */
function dataDirOf(argv: readonly string[]): string {
  const i = argv.findIndex((a) => a === "--data-dir" || a.startsWith("--data-dir="));
  const arg = argv[i];
  const flag = arg === undefined ? undefined : arg.includes("=") ? arg.slice(11) : argv[i + 1];
  return resolveDataDir({ flag, env: process.env, home: homedir() });
}

/** The command a command line names (its first argument), or "" for none. */
function commandName(argv: readonly string[]): string {
  return argv[2] ?? "";
}

/** What was being done, for the log: the command's name only (its options may hold secrets). */
function commandOf(argv: readonly string[]): string {
  return `hearback ${commandName(argv)}`.trim();
}

/**
 * Runs one command line (`argv` as in `process.argv`: the program, the script, then the
 * arguments) and returns its exit status: 0, 2 for bad usage or input, 1 otherwise.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    await createProgram(argv).parseAsync([...argv]);
    return 0;
  } catch (err) {
    // --help and --version end here with code 0; usage errors with 1, which are ours to map to 2.
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    return reportError(err, (e) => logUnexpected(dataDirOf(argv), commandOf(argv), e));
  }
}
