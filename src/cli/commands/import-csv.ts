/**
 * The spreadsheet side of `hearback import --from huntr|jobsync|teal|csv FILE` and
 * `hearback export --format csv`; import.ts and export.ts hand over to these when those
 * options are given (loaded lazily, like every command's work).
 */
import { HearbackError } from "../../core/errors.js";
import { CSV_SOURCES, type CsvSource, parseMapping } from "../../integrations/csv.js";
import type { CommonOptions } from "../options.js";

export interface CsvImportOptions extends CommonOptions {
  readonly from: string;
  readonly map?: string;
}

export async function runCsvImport(file: string, opts: CsvImportOptions): Promise<void> {
  if (!(CSV_SOURCES as readonly string[]).includes(opts.from)) {
    throw new HearbackError(
      "bad-input",
      `--from: "${opts.from}" is not one of ${CSV_SOURCES.join(", ")} (leave it out for a timeline file)`,
    );
  }
  const [{ readTextOrFail }, { withSession, out }, { printJson }, { importCsvIntoStore }] =
    await Promise.all([
      import("../input.js"),
      import("../tracker.js"),
      import("../io.js"),
      import("../../integrations/csv-store.js"),
    ]);
  const mapping = opts.map === undefined ? undefined : parseMapping(opts.map);
  const text = await readTextOrFail(file);
  await withSession(opts, async (s) => {
    const result = await importCsvIntoStore({
      ctx: s.ctx,
      text,
      file: file === "-" ? "stdin" : file,
      source: opts.from as CsvSource,
      ...(mapping ? { mapping } : {}),
    });
    if (opts.json) return printJson(result);
    const n = result.applications.length;
    const lines = [
      `Imported ${n} application${n === 1 ? "" : "s"} (${result.imported} events) from ${file}.`,
    ];
    if (result.alreadyImported.length > 0) {
      const k = result.alreadyImported.length;
      lines.push(
        `${k} row${k === 1 ? " was" : "s were"} imported before and left out (lines ${result.alreadyImported.join(", ")}).`,
      );
    }
    if (n > 0)
      lines.push(
        "Add interviews and contacts to get follow-ups planned: hearback interview APP --help",
      );
    out(lines);
  });
}

export async function runCsvExport(opts: CommonOptions & { readonly app?: string }): Promise<void> {
  const { withSession } = await import("../tracker.js");
  const { exportCsvFromStore } = await import("../../integrations/csv-store.js");
  await withSession(opts, async (s) => {
    const app =
      opts.app === undefined ? undefined : (await s.run("resolveApp", { app: opts.app })).app;
    process.stdout.write(await exportCsvFromStore(s.ctx, app));
  });
}
