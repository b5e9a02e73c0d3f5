/** `hearback reply APP`: record an employer's reply and see what the gauge read in it. */
import type { Command } from "commander";
import { APP_ARGUMENT, type TrackerOptions, withTrackerOptions } from "../options.js";

interface ReplyOptions extends TrackerOptions {
  readonly text?: string;
  readonly from?: string;
  readonly at?: string;
  readonly signal?: string;
  readonly decisionBy?: string;
  readonly returnOn?: string;
  readonly newContact?: boolean;
}

export function registerReply(program: Command): void {
  const cmd = program
    .command("reply")
    .description("record a reply (its text on stdin or --text) and see what it says")
    .argument("<app>", APP_ARGUMENT)
    .option("--text <text>", "the reply's text (default: read from stdin)")
    .option("--from <name>", "who wrote it")
    .option("--at <datetime>", "when it arrived, on your clock (default: now)")
    .option(
      "--signal <signal>",
      "say what it was, over the gauge: offer, next-step, encouraging, still-deciding, brush-off, rejection, out-of-office",
    )
    .option("--decision-by <date>", "a new decision date, over the gauge's reading")
    .option("--return-on <date>", "for an out-of-office reply: the day they are back")
    .option("--new-contact", "--from names someone not recorded yet: add them");
  withTrackerOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  pbpaste | hearback reply acme --from "Dana Lee"
  hearback reply acme --text "We're still interviewing and hope to decide by December 1."
  hearback reply acme --signal rejection --at 2026-11-20T15:00`,
    )
    .action(recordReply);
}

/** Records the reply, says how the gauge read it and what comes next. */
async function recordReply(app: string, opts: ReplyOptions): Promise<void> {
  const { withSession, out, actionLines, changeLines, when } = await import("../tracker.js");
  const { printJson, paint } = await import("../io.js");
  const { typedMoment, typedDay } = await import("../input.js");
  const text = opts.text ?? (await readReplyText(opts.signal !== undefined));
  await withSession(opts, async (s) => {
    const result = await s.run("logReply", {
      app,
      text,
      from: opts.from,
      at: typedMoment(opts.at, "--at", s.zone),
      signal: opts.signal as never,
      decisionBy: typedDay(opts.decisionBy, "--decision-by", s.zone),
      returnOn: typedDay(opts.returnOn, "--return-on", s.zone),
      newContact: opts.newContact,
    });
    if (opts.json) return printJson(result);
    const lines = [
      `Recorded the reply for ${paint.bold(result.app)} (${when(result.event.at, s.reader, result.zone)}).`,
    ];
    const r = result.reading;
    if (r?.cantTell && !opts.signal) {
      const [a, b] = r.cantTell;
      lines.push(
        paint.yellow(
          `The gauge can't tell whether this is ${paint.bold(a)} or ${paint.bold(b)}: read it, then tell hearback which (hearback undo, then record it again with --signal ${a} or --signal ${b}). Until then the plan waits.`,
        ),
      );
    } else if (r) {
      lines.push(
        `The gauge reads it as ${paint.bold(r.signal)} (confidence ${r.confidence.toFixed(2)})${r.evidence.length > 0 ? `: ${r.evidence.map((e) => `"${e}"`).join(", ")}` : ""}.`,
      );
      if (r.decisionBy) {
        lines.push(
          `Decision date read: ${r.decisionBy}${r.decisionPhrase ? ` ("${r.decisionPhrase}")` : ""}.`,
        );
      }
      if (r.returnOn) lines.push(`Back on: ${r.returnOn}.`);
    }
    const e = result.effective;
    if (opts.signal || opts.decisionBy || opts.returnOn) {
      lines.push(
        `Your word counts: ${[
          opts.signal && `signal ${e.signal}`,
          opts.decisionBy && `decision by ${e.decisionBy}`,
          opts.returnOn && `back on ${e.returnOn}`,
        ]
          .filter(Boolean)
          .join(", ")}.`,
      );
    } else if (r && !r.cantTell) {
      lines.push(
        paint.dim(
          `Not right? Undo with: hearback undo, then record it again with --signal or --decision-by.`,
        ),
      );
    }
    lines.push(...changeLines(result.changes, s.zone, s.ctx.now));
    lines.push("", result.actions.length > 0 ? "Next:" : "Nothing else planned for it.");
    for (const a of result.actions) lines.push(...actionLines(a, s.reader));
    out(lines);
  });
}

/** The reply's text from stdin; on a terminal, asks for it to be pasted. */
async function readReplyText(optional: boolean): Promise<string | undefined> {
  const { HearbackError } = await import("../../core/errors.js");
  // On a terminal with --signal given, the text is optional: don't wait for a paste.
  if (process.stdin.isTTY && optional) return undefined;
  if (process.stdin.isTTY) {
    process.stderr.write(
      "Paste the reply, then press Ctrl-D on a new line (Ctrl-Z, Enter on Windows).\n",
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (text === "" && !optional) {
    throw new HearbackError(
      "bad-input",
      "missing the reply's text: give it with --text or on stdin (or say what it was with --signal)",
    );
  }
  return text === "" ? undefined : text;
}
