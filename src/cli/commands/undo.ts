/** `hearback undo`: take back the last thing recorded, or one entry by its number. */
import type { Command } from "commander";
import { type CommonOptions, withDataDir, withJson } from "../options.js";

interface UndoOptions extends CommonOptions {
  readonly entry?: string;
}

export function registerUndo(program: Command): void {
  const cmd = program
    .command("undo")
    .description("take back the last thing recorded (an event, a correction, or a whole import)")
    .option("--entry <number>", "take back this entry instead (its #number in hearback show)");
  withJson(withDataDir(cmd))
    .addHelpText("after", "\nExamples:\n  hearback undo\n  hearback undo --entry 12")
    .action(async (opts: UndoOptions) => {
      const { withSession, out, wholeNumber } = await import("../tracker.js");
      const { printJson, paint } = await import("../io.js");
      const id = wholeNumber(opts.entry?.replace(/^#/, ""), "--entry");
      await withSession(opts, async (s) => {
        if (id !== undefined) {
          const { entry } = await s.run("retractEvent", { id });
          if (opts.json) return printJson({ undone: [entry] });
          return out([`Took back entry ${entry.ref} of ${paint.bold(entry.app)}.`]);
        }
        const result = await s.run("undo", {});
        if (opts.json) return printJson(result);
        if (result.undone.length === 0) return out(["Nothing to undo."]);
        const [first] = result.undone;
        if (result.undone.length === 1 && first) {
          const what = first.type === "amend" ? "the correction of" : "the";
          const e = first.event as { type?: string; kind?: string };
          const label =
            first.type === "amend" ? `${e.type} entry ${first.ref}` : (e.kind ?? e.type);
          return out([
            `Took back ${what} ${label} of ${paint.bold(first.app)} (entry ${first.id}).`,
          ]);
        }
        const apps = [...new Set(result.undone.map((e) => e.app))];
        out([
          `Took back ${result.undone.length} entries (one import or batch) of ${apps.length} application${apps.length === 1 ? "" : "s"}.`,
        ]);
      });
    });
}
