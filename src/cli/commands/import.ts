/** `hearback import FILE`: add a timeline (JSON Lines) to the store, all or nothing. */
import type { Command } from "commander";
import { type CommonOptions, withDataDir, withJson } from "../options.js";

export function registerImport(program: Command): void {
  const cmd = program
    .command("import")
    .description("import a timeline file (JSON Lines), all or nothing; - reads stdin")
    .argument("<file>", "the timeline file, e.g. timeline.jsonl")
    .option("--from <tracker>", "import another tracker's CSV export: huntr, jobsync, teal, or csv")
    .option(
      "--map <mapping>",
      "with --from: which columns hold what, e.g. company=Employer,role=Position",
    );
  withJson(withDataDir(cmd))
    .addHelpText(
      "after",
      "\nEvery bad line is reported as FILE:LINE: field: message, and then nothing is stored.",
    )
    .action(async (file: string, opts: CommonOptions & { from?: string; map?: string }) => {
      if (opts.from !== undefined) {
        const { runCsvImport } = await import("./import-csv.js");
        return runCsvImport(file, { ...opts, from: opts.from });
      }
      const { readTextOrFail } = await import("../input.js");
      const { withSession, out } = await import("../tracker.js");
      const { printJson } = await import("../io.js");
      const text = await readTextOrFail(file);
      await withSession(opts, async (s) => {
        const result = await s.run("importTimeline", {
          text,
          name: file === "-" ? "stdin" : file,
        });
        if (opts.json) return printJson(result);
        out([
          `Imported ${result.imported} event${result.imported === 1 ? "" : "s"} (${result.applications.length} new application${result.applications.length === 1 ? "" : "s"}) from ${file}.`,
        ]);
      });
    });
}
