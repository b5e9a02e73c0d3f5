/**
 * `hearback inbox import PATH` and `hearback inbox sync`: replies from mail files or the
 * user's IMAP mailbox, logged under the right application, each once. Messages that match
 * no application are listed, never guessed.
 */
import type { Command } from "commander";
import { type CommonOptions, collect, withDataDir, withJson, withNow } from "../options.js";

interface InboxOptions extends CommonOptions {
  readonly now?: string;
  readonly folder?: readonly string[];
  readonly since?: string;
  readonly rescan?: boolean;
}

/** How far back the first sync of a folder reads, unless --since says otherwise. */
const FIRST_SYNC_DAYS = 60;
/** Unmatched messages listed in the text output; --json lists all. */
const MAX_UNMATCHED_SHOWN = 20;
/** The characters of a sender or subject shown in the text output (either can be 100 KB long). */
const MAX_SUBJECT_SHOWN = 80;

export function registerInbox(program: Command): void {
  const inbox = program
    .command("inbox")
    .description("pull employers' replies from mail files or your mailbox (IMAP) into hearback");

  withNow(
    withJson(
      withDataDir(
        inbox
          .command("import")
          .description("log the replies in .eml or mbox files, or a folder of them")
          .argument(
            "<path>",
            "a .eml file, an mbox file, a folder of them, or - for a message on stdin",
          ),
      ),
    ),
  )
    .addHelpText(
      "after",
      `
Examples:
  hearback inbox import ~/Downloads/reply-from-acme.eml
  hearback inbox import ~/mail/jobs.mbox
  hearback inbox import -        (from a mail program's "pipe message" command, e.g. mutt's |)`,
    )
    .action(importMail);

  withNow(
    withJson(
      withDataDir(
        inbox
          .command("sync")
          .description(
            "log new replies from your IMAP mailbox (read-only: nothing is changed there)",
          )
          .option(
            "--folder <name>",
            "a folder to read (repeatable; default: your settings, else INBOX)",
            collect,
          )
          .option(
            "--since <date>",
            `on a folder's first sync, read from this day (default: ${FIRST_SYNC_DAYS} days ago)`,
          )
          .option(
            "--rescan",
            "read the folders again from --since (after adding a contact; nothing is logged twice)",
          ),
      ),
    ),
  )
    .addHelpText(
      "after",
      `
The account comes from the environment or mail.json in the data folder (mode 600):
  HEARBACK_IMAP_URL=imaps://you%40example.net:APP-PASSWORD@imap.example.net
  HEARBACK_IMAP_FOLDERS=INBOX,Jobs

Examples:
  hearback inbox sync
  hearback inbox sync --folder Jobs --since 2026-10-01`,
    )
    .action(syncMail);
}

/** `inbox sync`: new replies fetched from the IMAP server, logged. */
async function syncMail(opts: InboxOptions): Promise<void> {
  const [{ withSession }, { syncInbox }] = await Promise.all([
    import("../tracker.js"),
    import("../../ops/inbox.js"),
  ]);
  await withSession(opts, async (s) => {
    const result = await syncInbox(s.ctx, {
      env: process.env,
      folders: opts.folder,
      since: opts.since,
      rescan: opts.rescan,
      firstSyncDays: FIRST_SYNC_DAYS,
      announce: (line) => process.stderr.write(`${line}\n`),
    });
    await report(result, opts, s.zone, s.ctx.now);
  });
}

/** `inbox import`: the replies in a message or mailbox file, logged. */
async function importMail(path: string, opts: InboxOptions): Promise<void> {
  const [{ withSession }, { readMailPath, logMessages }] = await Promise.all([
    import("../tracker.js"),
    import("../../ops/inbox.js"),
  ]);
  const messages = await readMailPath(path);
  await withSession(opts, async (s) => {
    const result = await logMessages({ ctx: s.ctx, messages });
    await report(result, opts, s.zone, s.ctx.now);
  });
}

async function report(
  result: import("../../ops/inbox.js").InboxResult,
  opts: InboxOptions,
  zone: string,
  now: number,
): Promise<void> {
  const [{ printJson, paint }, { out, when }, { abridge }] = await Promise.all([
    import("../io.js"),
    import("../tracker.js"),
    import("../../core/abridge.js"),
  ]);
  if (opts.json) return printJson(result);
  const lines: string[] = [];
  const n = result.logged.length;
  lines.push(n === 0 ? "No new replies to log." : `Logged ${n} repl${n === 1 ? "y" : "ies"}:`);
  for (const r of result.logged) {
    const e = r.event;
    const date = r.reading.decisionBy
      ? `, decision by ${r.reading.decisionBy}`
      : r.reading.returnOn
        ? `, back on ${r.reading.returnOn}`
        : "";
    lines.push(
      `  ${paint.bold(e.app)}  ${e.from ?? ""}, ${when(e.at, { zone, now })}: reads as ${paint.bold(r.reading.signal)}${date}${r.automatic ? paint.dim(" (sent automatically)") : ""}`,
    );
  }
  for (const w of result.warnings) lines.push(paint.dim(`  Note: ${w}`));
  const show = (m: { from: string; subject: string; date: string | null; origin: string }) =>
    `  ${abridge(m.from, MAX_SUBJECT_SHOWN)}: "${abridge(m.subject, MAX_SUBJECT_SHOWN)}"${m.date ? `, ${when(m.date, { zone, now })}` : ""} ${paint.dim(`(${m.origin})`)}`;
  if (result.ambiguous.length > 0) {
    lines.push(
      "",
      "Could belong to more than one application (log them with: hearback reply APP):",
    );
    for (const a of result.ambiguous)
      lines.push(`${show(a)} ${paint.dim(`could be ${a.apps.join(" or ")}`)}`);
  }
  if (result.unmatched.length > 0) {
    lines.push(
      "",
      "Not matched to any application (add the sender as a contact, or log with: hearback reply APP):",
    );
    // A first sync of a busy inbox can hold hundreds of newsletters: show the latest few.
    const shown = result.unmatched.slice(-MAX_UNMATCHED_SHOWN);
    for (const m of shown) lines.push(show(m));
    const more = result.unmatched.length - shown.length;
    if (more > 0) lines.push(paint.dim(`  and ${more} more (see them all with --json)`));
  }
  const skipped = [
    result.duplicates > 0 ? `${result.duplicates} already logged` : "",
    result.fromYou > 0 ? `${result.fromYou} sent by you` : "",
  ].filter((s) => s !== "");
  if (skipped.length > 0) lines.push("", paint.dim(`Skipped: ${skipped.join(", ")}.`));
  out(lines);
}
