/** `hearback export`: the stored timeline as JSON Lines on stdout (what `import` reads). */
import type { Command } from "commander";
import { type CommonOptions, withDataDir } from "../options.js";

interface ExportOptions extends CommonOptions {
  readonly app?: string;
}

export function registerExport(program: Command): void {
  const cmd = program
    .command("export")
    .description(
      "write the stored timeline as JSON Lines on stdout (lossless; import reads it back)",
    )
    .option("--app <app>", "only this application")
    .option(
      "--format <format>",
      "jsonl (the timeline, lossless) or csv (one row per application)",
      "jsonl",
    );
  withDataDir(cmd)
    .addHelpText("after", "\nExample:\n  hearback export > hearback-backup.jsonl")
    .action(async (opts: ExportOptions & { format?: string }) => {
      if (opts.format === "csv") {
        const { runCsvExport } = await import("./import-csv.js");
        return runCsvExport(opts);
      }
      if (opts.format !== undefined && opts.format !== "jsonl") {
        const { HearbackError } = await import("../../core/errors.js");
        throw new HearbackError("bad-input", `--format: "${opts.format}" is not one of jsonl, csv`);
      }
      const { withSession } = await import("../tracker.js");
      await withSession(opts, async (s) => {
        const { exportTimeline } = await import("../../ops/read.js");
        const { events } = await exportTimeline(s.ctx, { app: opts.app });
        // One write for the whole file: many small writes to a pipe are slow.
        const text = events.map((e) => JSON.stringify(e)).join("\n");
        if (text) process.stdout.write(`${text}\n`);
      });
    });
}
