/**
 * The spreadsheet import and export against the store: `hearback import --from huntr|
 * jobsync|teal|csv FILE` and `hearback export --format csv`. One transaction per import:
 * all rows are stored, or none.
 */
import { HearbackError } from "../core/errors.js";
import {
  type CsvField,
  type CsvImportResult,
  type CsvSource,
  exportCsv,
  importCsv,
  importedApps,
} from "../integrations/csv.js";
import { isoWithOffset } from "../time/index.js";
import { type OpContext, userZone } from "./context.js";
import { eventProblems } from "./validate.js";

/** The spreadsheets read, and how a `--map FIELD=HEADER` list is read: the command checks its options with these. */
export { CSV_SOURCES, type CsvSource, parseMapping } from "../integrations/csv.js";

export type CsvImportSummary = Omit<CsvImportResult, "events" | "corrections"> & {
  /** Events appended. */
  readonly imported: number;
};

export async function importCsvIntoStore(opts: {
  readonly ctx: OpContext;
  readonly text: string;
  readonly file: string;
  readonly source: CsvSource;
  readonly mapping?: Readonly<Partial<Record<CsvField, string>>>;
}): Promise<CsvImportSummary> {
  const { ctx } = opts;
  return ctx.store.transaction(async (tx) => {
    const stored = await tx.events();
    const { events, corrections, ...result } = importCsv({
      text: opts.text,
      source: opts.source,
      file: opts.file,
      ...(opts.mapping ? { mapping: opts.mapping } : {}),
      existingApps: new Set(await tx.appIds()),
      imported: importedApps(stored.map((s) => s.event)),
      now: isoWithOffset(ctx.now, userZone(ctx)),
    });
    // The engine checks what the importer made, so stored data always reads back.
    const problems = [...events, ...corrections].flatMap((e) =>
      eventProblems(e).map((p) => `${opts.file}: ${e.app}: ${p}`),
    );
    if (problems.length > 0) {
      throw new HearbackError("bad-input", `${opts.file}: nothing was imported`, problems);
    }
    const meta = { recordedAt: ctx.now, source: "csv" } as const;
    for (const event of corrections) {
      const entry = stored.find((s) => s.event.type === "application" && s.event.app === event.app);
      if (entry) await tx.amend(entry.id, event, meta);
    }
    if (events.length > 0) await tx.append(events, meta);
    return { ...result, imported: events.length };
  });
}

/** `export --format csv`: one row per application. */
export async function exportCsvFromStore(ctx: OpContext, app?: string): Promise<string> {
  const events = await ctx.store.timeline(app === undefined ? {} : { app });
  return exportCsv(events, userZone(ctx));
}
