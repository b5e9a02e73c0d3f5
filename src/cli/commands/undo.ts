/** `hearback undo`: take back the last thing recorded. */
import type { Command } from "commander";
import { type CommonOptions, withDataDir, withJson } from "../options.js";

export function registerUndo(program: Command): void {
  const cmd = program
    .command("undo")
    .description("take back the last thing recorded (an event, a correction, or a whole import)");
  withJson(withDataDir(cmd)).action(async (opts: CommonOptions) => {
    const { withSession, out } = await import("../tracker.js");
    const { printJson, paint } = await import("../io.js");
    await withSession(opts, async (s) => {
      const result = await s.run("undo", {});
      if (opts.json) return printJson(result);
      if (result.undone.length === 0) return out(["Nothing to undo."]);
      const [first] = result.undone;
      if (result.undone.length === 1 && first) {
        const what = first.type === "amend" ? "the correction of" : "the";
        const e = first.event as { type?: string; kind?: string };
        const label = first.type === "amend" ? `${e.type} entry ${first.ref}` : (e.kind ?? e.type);
        return out([`Took back ${what} ${label} of ${paint.bold(first.app)} (entry ${first.id}).`]);
      }
      const apps = [...new Set(result.undone.map((e) => e.app))];
      out([
        `Took back ${result.undone.length} entries (one import or batch) of ${apps.length} application${apps.length === 1 ? "" : "s"}.`,
      ]);
    });
  });
}
