/**
 * The spreadsheet side of `hearback import --from huntr|jobsync|teal|csv FILE` and
 * `hearback export --format csv`; import.ts and export.ts hand over to these when those
 * options are given (loaded lazily, like every command's work).
 */
import { HearbackError } from "../../core/errors.js";
import type { CommonOptions } from "../options.js";

export const CSV_SOURCE_NAMES = ["huntr", "jobsync", "teal", "csv"] as const;

export interface CsvImportOptions extends CommonOptions {
  readonly from: string;
  readonly map?: string;
}

export async function runCsvImport(file: string, opts: CsvImportOptions): Promise<void> {
  if (!(CSV_SOURCE_NAMES as readonly string[]).includes(opts.from)) {
    throw new HearbackError(
      "bad-input",
      `--from: "${opts.from}" is not one of ${CSV_SOURCE_NAMES.join(", ")} (leave it out for a timeline file)`,
    );
  }
  const [
    { readFile },
    { withSession, out },
    { printJson },
    { parseMapping },
    { importCsvIntoStore },
  ] = await Promise.all([
    import("node:fs/promises"),
    import("../tracker.js"),
    import("../io.js"),
    import("../../integrations/csv.js"),
    import("../../integrations/csv-store.js"),
  ]);
  const mapping = opts.map === undefined ? undefined : parseMapping(opts.map);
  let text: string;
  try {
    if (file === "-") {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      text = Buffer.concat(chunks).toString("utf8");
    } else {
      text = await readFile(file, "utf8");
    }
  } catch (err) {
    throw new HearbackError("bad-input", `cannot read ${file}: ${(err as Error).message}`);
  }
  await withSession(opts, async (s) => {
    const result = await importCsvIntoStore({
      ctx: s.ctx,
      text,
      file: file === "-" ? "stdin" : file,
      source: opts.from as (typeof CSV_SOURCE_NAMES)[number],
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
