/** `hearback agenda`: what to do today and soon, planned over everything stored. */
import type { Command } from "commander";
import { paint, printJson, writeSafe } from "../io.js";
import { type TrackerOptions, withTrackerOptions } from "../options.js";

interface AgendaOptions extends TrackerOptions {
  readonly all?: boolean;
  readonly app?: string;
}

export function registerAgenda(program: Command): void {
  const cmd = program
    .command("agenda")
    .description("what to do today and soon: follow-ups due, with whom, and why")
    .option("--all", "everything planned, not only what is due within the next 7 days")
    .option("--app <app>", "only this application");
  withTrackerOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  hearback agenda
  hearback agenda --all --json
  hearback agenda --now 2026-11-16T09:00`,
    )
    .action(async (opts: AgendaOptions) => {
      const { withSession, out } = await import("../tracker.js");
      const { renderAgenda, agendaTitle } = await import("../agenda-text.js");
      await withSession(opts, async (s) => {
        // The read path, without the ops map's input checking (commander shaped the input),
        // so that the most used command loads the least code.
        const { agenda } = await import("../../ops/read.js");
        const result = await agenda(s.ctx, { all: Boolean(opts.all), app: opts.app });
        if (opts.json) return printJson(result.actions);
        const lines: string[] = [];
        if (result.actions.length === 0 && result.later > 0) {
          lines.push(
            agendaTitle(s.reader),
            "",
            `Nothing due in the next ${result.horizonDays} days.`,
          );
        } else {
          writeSafe(renderAgenda(result.actions, s.reader));
        }
        if (result.later > 0) {
          lines.push(
            "",
            paint.dim(
              `${result.later} more planned after the next ${result.horizonDays} days (see them with: hearback agenda --all).`,
            ),
          );
        }
        out(lines);
      });
    });
}
