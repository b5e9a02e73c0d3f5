/** `hearback sent APP`: log a message, card or call you sent. */
import type { Command } from "commander";
import { APP_ARGUMENT, collect, type TrackerOptions, withTrackerOptions } from "../options.js";

interface SentOptions extends TrackerOptions {
  readonly kind?: string;
  readonly to?: readonly string[];
  readonly channel?: string;
  readonly variant?: string;
  readonly subject?: string;
  readonly text?: string;
  readonly at?: string;
  readonly newContact?: boolean;
}

const KINDS = [
  { value: "thank-you", label: "thank-you", hint: "after an interview" },
  { value: "check-in", label: "check-in", hint: "asking how things stand (a call counts)" },
  { value: "value-add", label: "value-add", hint: "an article or a recent success" },
  { value: "final-thanks", label: "final-thanks", hint: "after a no" },
  { value: "keep-in-touch", label: "keep-in-touch", hint: "months later" },
  { value: "other", label: "other" },
] as const;

export function registerSent(program: Command): void {
  const cmd = program
    .command("sent")
    .description("log a message, card or call you sent")
    .argument("<app>", APP_ARGUMENT)
    .option("--kind <kind>", "thank-you, check-in, value-add, final-thanks, keep-in-touch or other")
    .option("--to <name>", "whom to (repeatable)", collect)
    .option("--channel <channel>", "email, card, phone, linkedin or other")
    .option("--variant <variant>", "for a value-add: article or achievement")
    .option("--subject <text>", "the subject line")
    .option("--text <text>", "what you wrote")
    .option(
      "--at <datetime>",
      "when you sent it, on your clock, e.g. 2026-11-25T17:00 (default: now)",
    )
    .option("--new-contact", "--to names someone not recorded yet: add them");
  withTrackerOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  hearback sent acme --kind thank-you --to "Dana Lee" --channel email
  hearback sent acme --kind check-in --channel phone --at 2026-11-18T11:00`,
    )
    .action(async (app: string, opts: SentOptions) => {
      const { choose, pickSome, interactive } = await import("../prompts.js");
      const { withSession, out, actionLines, changeLines, when } = await import("../tracker.js");
      const { printJson, paint } = await import("../io.js");
      const { typedMoment } = await import("../input.js");
      const kind = await choose({
        value: opts.kind,
        option: "--kind",
        message: "What did you send?",
        choices: KINDS,
      });
      await withSession(opts, async (s) => {
        let recipients = opts.to ? [...opts.to] : [];
        if (opts.to === undefined && interactive()) {
          // Offer the people hearback knows at this employer.
          const { showApplication } = await import("../../ops/read.js");
          const { contacts } = await showApplication(s.ctx, { app });
          recipients = await pickSome({
            message: "To whom? (space to pick, Enter when done; none is fine)",
            names: contacts.map((c) => c.name),
          });
        }
        const result = await s.run("logSent", {
          app,
          kind: kind as never,
          to:
            recipients.length === 0
              ? undefined
              : recipients.length === 1
                ? recipients[0]
                : recipients,
          channel: opts.channel as never,
          variant: opts.variant as never,
          subject: opts.subject,
          text: opts.text,
          at: typedMoment(opts.at, "--at", s.zone),
          newContact: opts.newContact,
        });
        if (opts.json) return printJson(result);
        const to =
          result.event.to === undefined ? "" : ` to ${[result.event.to].flat().join(", ")}`;
        const lines = [
          `Logged a ${result.event.kind}${to} for ${paint.bold(result.app)} on ${when(result.event.at, s.reader, result.zone)}.`,
        ];
        lines.push(...changeLines(result.changes, s.zone, s.ctx.now));
        lines.push("", result.actions.length > 0 ? "Next:" : "Nothing else planned for it.");
        for (const a of result.actions) lines.push(...actionLines(a, s.reader));
        out(lines);
      });
    });
}
