/**
 * `hearback drop APP [--kind K] [--to NAME]`: set a planned action aside: a missed one you
 * no longer want to do, or advice to let go that you have taken. `hearback undo` takes it back.
 */
import type { Command } from "commander";
import { APP_ARGUMENT, type TrackerOptions, withTrackerOptions } from "../options.js";

interface DropOptions extends TrackerOptions {
  readonly kind?: string;
  readonly to?: string;
  readonly note?: string;
}

export function registerDrop(program: Command): void {
  const cmd = program
    .command("drop")
    .alias("ack")
    .description("drop a missed action you no longer want to do, or acknowledge advice to let go")
    .argument("<app>", APP_ARGUMENT)
    .option("--kind <kind>", "which action (default: the one missed or let-go action)")
    .option("--to <name>", "whose action, when several people have one")
    .option("--note <text>", "why, for the record");
  withTrackerOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  hearback drop acme
  hearback drop acme --kind thank-you --to Sam
  hearback undo    (takes the last drop back)`,
    )
    .action(async (app: string, opts: DropOptions) => {
      const { withSession, out, changeLines } = await import("../tracker.js");
      const { printJson, paint } = await import("../io.js");
      await withSession(opts, async (s) => {
        const result = await s.run("dismissAction", {
          app,
          kind: opts.kind as never,
          to: opts.to,
          note: opts.note,
        });
        if (opts.json) return printJson(result);
        const e = result.event;
        out([
          `Set aside for ${paint.bold(result.app)}: ${e.kind}${e.to ? ` to ${e.to}` : ""} (undo with: hearback undo).`,
          ...changeLines(result.changes, s.zone, s.ctx.now),
        ]);
      });
    });
}
