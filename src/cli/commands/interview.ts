/** `hearback interview APP`: log a past or scheduled interview. */
import type { Command } from "commander";
import { APP_ARGUMENT, collect, type TrackerOptions, withTrackerOptions } from "../options.js";

interface InterviewOptions extends TrackerOptions {
  readonly at?: string;
  readonly duration?: string;
  readonly with?: readonly string[];
  readonly stage?: string;
  readonly topic?: readonly string[];
  readonly notes?: string;
  readonly decisionBy?: string;
}

export function registerInterview(program: Command): void {
  const cmd = program
    .command("interview")
    .description("log a past or scheduled interview")
    .argument("<app>", APP_ARGUMENT)
    .option(
      "--at <datetime>",
      "when it starts on your clock, e.g. 2026-11-02T12:00 (or with an offset: 2026-11-02T10:00-07:00)",
    )
    .option("--duration <minutes>", "how long it lasts, in minutes (default 60)")
    .option(
      "--with <interviewer>",
      'who interviewed you: "Dana Lee <dana@acme.example>, Hiring Manager" (repeatable)',
      collect,
    )
    .option("--stage <stage>", "e.g. phone screen, onsite, final")
    .option("--topic <topics>", "what you discussed (repeatable, or comma-separated)", collect)
    .option("--notes <text>", "anything worth remembering")
    .option("--decision-by <date>", "when they said you would hear back, e.g. 2026-11-13");
  withTrackerOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  hearback interview acme --at 2026-11-02T10:00 --with "Dana Lee <dana@acme.example>, Hiring Manager" \\
    --with "Sam Ortiz" --topic "pricing roadmap" --decision-by 2026-11-13`,
    )
    .action(recordInterview);
}

/** Records the interview and says what comes next. */
async function recordInterview(app: string, opts: InterviewOptions): Promise<void> {
  const { askRequired, ask } = await import("../prompts.js");
  const { withSession, parseContact, splitList, wholeNumber, out, actionLines, changeLines, when } =
    await import("../tracker.js");
  const { printJson, paint } = await import("../io.js");
  const { typedMoment, typedDay } = await import("../input.js");
  const at = await askRequired({
    value: opts.at,
    option: "--at (when the interview starts, e.g. 2026-11-02T10:00)",
    message: "When does (or did) it start?",
    placeholder: "2026-11-02T10:00",
  });
  // Asked, people are separated by ";": a comma may belong to a name ("Lee, Dana").
  const asked = opts.with
    ? undefined
    : await ask({
        value: undefined,
        option: "--with",
        message: 'Who interviewed you? (people separated by ";"; Enter to skip)',
        optional: true,
      });
  const withWhom = opts.with ?? asked?.split(";").filter((x) => x.trim() !== "");
  await withSession(opts, async (s) => {
    const result = await s.run("logInterview", {
      app,
      at: typedMoment(at, "--at", s.zone) ?? at,
      durationMinutes: wholeNumber(opts.duration, "--duration"),
      interviewers: withWhom?.map((x) => parseContact(x, "--with", "interviewer")),
      stage: opts.stage,
      topics: splitList(opts.topic),
      notes: opts.notes,
      decisionBy: typedDay(opts.decisionBy, "--decision-by", s.zone),
    });
    if (opts.json) return printJson(result);
    const names = result.event.interviewers?.map((c) => c.name).join(", ");
    const lines = [
      `Logged the interview for ${paint.bold(result.app)} on ${when(result.event.at, s.reader, result.zone, "beside")}${names ? ` with ${names}` : ""}.`,
    ];
    lines.push(...changeLines(result.changes, s.zone, s.ctx.now));
    if (result.actions.length > 0) {
      lines.push("", "Next:");
      for (const a of result.actions) lines.push(...actionLines(a, s.reader));
    }
    out(lines);
  });
}
