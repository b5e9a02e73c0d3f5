/**
 * The spreadsheet side of `hearback import --from huntr|jobsync|teal|csv FILE` and
 * `hearback export --format csv`; import.ts and export.ts hand over to these when those
 * options are given (loaded lazily, like every command's work).
 */
import { HearbackError } from "../../core/errors.js";
import { CSV_SOURCES, type CsvImportSummary, type CsvSource, parseMapping } from "../../ops/csv.js";
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
      import("../../ops/csv.js"),
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
    out(importSummary(result, file));
  });
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What an import did, in a few lines: added, updated, unchanged, left out, not kept. */
function importSummary(r: CsvImportSummary, file: string): string[] {
  const applied = r.added.length - r.saved.length;
  const lines = [
    r.added.length === 0
      ? `No new jobs in ${file}.`
      : `Imported ${plural(applied, "application")}${r.saved.length > 0 ? ` and ${plural(r.saved.length, "saved job")} (not applied to yet)` : ""} from ${file}.`,
  ];
  if (r.updated.length > 0) {
    lines.push(
      `Updated ${plural(r.updated.length, "application")} that changed since the last import: ${r.updated.join(", ")}.`,
    );
  }
  if (r.unchanged > 0) lines.push(`${plural(r.unchanged, "row")} imported before, unchanged.`);
  if (r.skipped.length > 0) {
    lines.push(
      `Left out ${plural(r.skipped.length, "row")}: ${r.skipped.map((s) => `line ${s.line} (${s.why})`).join("; ")}.`,
    );
  }
  if (r.dropped.length > 0) lines.push(`Columns not kept: ${r.dropped.join(", ")}.`);
  if (applied > 0) {
    lines.push(
      "Add interviews and contacts to get follow-ups planned: hearback interview APP --help",
    );
  }
  return lines;
}

export async function runCsvExport(opts: CommonOptions & { readonly app?: string }): Promise<void> {
  const { withSession } = await import("../tracker.js");
  const { exportCsvFromStore } = await import("../../ops/csv.js");
  await withSession(opts, async (s) => {
    const app =
      opts.app === undefined ? undefined : (await s.run("resolveApp", { app: opts.app })).app;
    process.stdout.write(await exportCsvFromStore(s.ctx, app));
  });
}
