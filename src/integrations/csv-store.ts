/**
 * The spreadsheet import and export against the store: `hearback import --from huntr|
 * jobsync|teal|csv FILE` and `hearback export --format csv`. One transaction per import:
 * all rows are stored, or none.
 */
import { HearbackError } from "../core/errors.js";
import { type OpContext, userZone } from "../ops/index.js";
import { eventProblems } from "../ops/validate.js";
import { type CsvField, type CsvSource, exportCsv, importCsv } from "./csv.js";

export interface CsvImportSummary {
  readonly imported: number;
  readonly applications: readonly string[];
  /** Lines of rows left out because an earlier import stored them. */
  readonly alreadyImported: readonly number[];
}

export async function importCsvIntoStore(opts: {
  readonly ctx: OpContext;
  readonly text: string;
  readonly file: string;
  readonly source: CsvSource;
  readonly mapping?: Readonly<Partial<Record<CsvField, string>>>;
}): Promise<CsvImportSummary> {
  const { ctx } = opts;
  return ctx.store.transaction(async (tx) => {
    const events = await tx.timeline();
    const importedKeys = new Set(
      events.flatMap((e) =>
        e.type === "application" && typeof e.importKey === "string" ? [e.importKey] : [],
      ),
    );
    const result = importCsv({
      text: opts.text,
      source: opts.source,
      file: opts.file,
      ...(opts.mapping ? { mapping: opts.mapping } : {}),
      existingApps: new Set(await tx.appIds()),
      importedKeys,
      now: new Date(ctx.now).toISOString(),
    });
    // The engine checks what the importer made, so stored data always reads back.
    const problems = result.events.flatMap((e) =>
      eventProblems(e).map((p) => `${opts.file}: ${e.app}: ${p}`),
    );
    if (problems.length > 0) {
      throw new HearbackError("bad-input", `${opts.file}: nothing was imported`, problems);
    }
    if (result.events.length > 0)
      await tx.append(result.events, { recordedAt: ctx.now, source: "csv" });
    return {
      imported: result.events.length,
      applications: result.events.filter((e) => e.type === "application").map((e) => e.app),
      alreadyImported: result.alreadyImported,
    };
  });
}

/** `export --format csv`: one row per application. */
export async function exportCsvFromStore(ctx: OpContext, app?: string): Promise<string> {
  const events = await ctx.store.timeline(app === undefined ? {} : { app });
  return exportCsv(events, userZone(ctx));
}
