/** `hearback status APP STATUS`: record where an application stands. */
import type { Command } from "commander";
import { APP_ARGUMENT, type TrackerOptions, withTrackerOptions } from "../options.js";

interface StatusOptions extends TrackerOptions {
  readonly note?: string;
  readonly at?: string;
}

const STATUS_CHOICES = [
  { value: "still-open", label: "still-open", hint: "the posting is still up" },
  { value: "on-hold", label: "on-hold" },
  { value: "rejected", label: "rejected" },
  { value: "offer", label: "offer" },
  { value: "accepted", label: "accepted" },
  { value: "withdrawn", label: "withdrawn", hint: "you pulled out" },
  { value: "filled", label: "filled", hint: "someone else got it" },
] as const;

export function registerStatus(program: Command): void {
  const cmd = program
    .command("status")
    .description("record where an application stands")
    .argument("<app>", APP_ARGUMENT)
    .argument("[status]", "still-open, on-hold, rejected, offer, accepted, withdrawn or filled")
    .option("--note <text>", "a note about it")
    .option("--at <datetime>", "when, on your clock (default: now)");
  withTrackerOptions(cmd)
    .addHelpText(
      "after",
      '\nExample:\n  hearback status acme rejected --note "went with an internal candidate"',
    )
    .action(async (app: string, status: string | undefined, opts: StatusOptions) => {
      const { choose } = await import("../prompts.js");
      const { withSession, out, actionLines, changeLines } = await import("../tracker.js");
      const { printJson, paint } = await import("../io.js");
      const { typedMoment } = await import("../input.js");
      const chosen = await choose({
        value: status,
        option: "the status (hearback status APP STATUS)",
        message: "Where does it stand?",
        choices: STATUS_CHOICES,
      });
      await withSession(opts, async (s) => {
        const result = await s.run("setStatus", {
          app,
          status: chosen as never,
          note: opts.note,
          at: typedMoment(opts.at, "--at", s.zone),
        });
        if (opts.json) return printJson(result);
        const lines = [`${paint.bold(result.app)} is now ${result.event.status}.`];
        lines.push(...changeLines(result.changes, s.zone, s.ctx.now));
        lines.push("", result.actions.length > 0 ? "Next:" : "Nothing else planned for it.");
        for (const a of result.actions) lines.push(...actionLines(a, s.reader));
        out(lines);
      });
    });
}
