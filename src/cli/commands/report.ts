/** `hearback report`: the job-search record of a period, as printable HTML, PDF or CSV. */
import type { Command } from "commander";
import { HearbackError } from "../../core/errors.js";
import { type CommonOptions, withDataDir, withNow } from "../options.js";

interface ReportOptions extends CommonOptions {
  readonly from?: string;
  readonly to?: string;
  readonly format: string;
  readonly out?: string;
  readonly now?: string;
}

const FORMATS = ["html", "pdf", "csv"] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function registerReport(program: Command): void {
  const cmd = program
    .command("report")
    .description(
      "your job-search record (applications, interviews, follow-ups) as HTML, PDF or CSV",
    )
    .option("--from <date>", "from this day (YYYY-MM-DD, in your zone)")
    .option("--to <date>", "up to and including this day")
    .option("--format <format>", "html (print it from a browser), pdf or csv", "html")
    .option("-o, --out <file>", "write to this file (default: stdout; a PDF needs --out)");
  withNow(withDataDir(cmd))
    .addHelpText(
      "after",
      `
Some unemployment offices ask for a record like this as proof of a job search: each row
gives the date and time with its zone, the employer with its contact details, the position,
the person, the method and the result, grouped by week (weeks end on Saturday; change it
with "hearback policy set week-ends friday"). The PDF is on Letter paper in the US and A4
elsewhere ("hearback policy set paper a4" to choose).

Examples:
  hearback report --from 2026-11-01 --to 2026-11-30 --format pdf --out november.pdf
  hearback report --format html --out record.html
  hearback report --format csv > record.csv`,
    )
    .action(async (opts: ReportOptions) => {
      const problems: string[] = [];
      if (!(FORMATS as readonly string[]).includes(opts.format)) {
        problems.push(`--format: "${opts.format}" is not one of ${FORMATS.join(", ")}`);
      }
      for (const [flag, v] of [
        ["--from", opts.from],
        ["--to", opts.to],
      ] as const) {
        if (v !== undefined && !DAY.test(v))
          problems.push(`${flag}: not a date: "${v}" (write it like 2026-11-01)`);
      }
      if (opts.from && opts.to && opts.from > opts.to)
        problems.push(`--from ${opts.from} is after --to ${opts.to}`);
      if (
        opts.format === "pdf" &&
        (opts.out === undefined || opts.out === "-") &&
        process.stdout.isTTY
      ) {
        problems.push("--format pdf: give --out FILE.pdf (a PDF on a terminal is unreadable)");
      }
      if (problems.length > 0)
        throw new HearbackError("bad-input", problems[0] as string, problems);

      const [{ withSession, out }, { workSearchReport }] = await Promise.all([
        import("../tracker.js"),
        import("../../ops/report.js"),
      ]);
      await withSession(opts, async (s) => {
        const {
          body,
          activities: n,
          applications,
        } = await workSearchReport(s.ctx, {
          format: opts.format as (typeof FORMATS)[number],
          from: opts.from,
          to: opts.to,
        });
        if (opts.out === undefined || opts.out === "-") {
          process.stdout.write(body);
          return;
        }
        const { writeOut } = await import("../input.js");
        await writeOut(opts.out, body);
        out([
          `Wrote ${n} activit${n === 1 ? "y" : "ies"} of ${applications} application${applications === 1 ? "" : "s"} to ${opts.out}.`,
        ]);
      });
    });
}
