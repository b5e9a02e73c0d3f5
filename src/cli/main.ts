/**
 * The `hearback` command. Each command lives in its own file under ./commands and is
 * registered here. Command files import only light modules at the top (commander, ./io)
 * and load the engine, the store and other heavy modules inside their action with
 * `await import(...)`, so that `hearback --help` starts fast.
 */
import { Command, CommanderError } from "commander";
import { registerAdd } from "./commands/add.js";
import { registerAgenda } from "./commands/agenda.js";
import { registerCalendar } from "./commands/calendar.js";
import { registerContacts } from "./commands/contacts.js";
import { registerDraft } from "./commands/draft.js";
import { registerExport } from "./commands/export.js";
// Command registrations (one import per file in ./commands):
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
import { registerStatus } from "./commands/status.js";
import { registerTemplates } from "./commands/templates.js";
import { registerUndo } from "./commands/undo.js";
import { reportError } from "./io.js";

const program = new Command()
  .name("hearback")
  .description("When to follow up after a job interview, with whom, saying what, and when to stop.")
  .version(process.env.npm_package_version ?? "0.1.0")
  .showHelpAfterError("(run with --help for usage)")
  .exitOverride();

// (each command file adds its register call here)
registerGauge(program);
registerServe(program);
registerAdd(program);
registerInterview(program);
registerSent(program);
registerReply(program);
registerStatus(program);
registerAgenda(program);
registerShow(program);
registerList(program);
registerImport(program);
registerExport(program);
registerPolicy(program);
registerUndo(program);
registerPlan(program);
registerDraft(program);
registerTemplates(program);
registerCalendar(program);
registerSend(program);
registerInbox(program);
registerReport(program);
registerContacts(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version end here with code 0; usage errors with 1, which are ours to map to 2.
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else {
    process.exitCode = reportError(err);
  }
}
