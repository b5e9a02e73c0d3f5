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

      const [{ withSession, out }, report] = await Promise.all([
        import("../tracker.js"),
        import("../../integrations/report.js"),
      ]);
      await withSession(opts, async (s) => {
        const events = await s.ctx.store.timeline();
        const built = report.buildReport({
          events,
          userZone: s.zone,
          ...(s.ctx.settings.weekEnds ? { weekEnd: s.ctx.settings.weekEnds } : {}),
          ...(opts.from ? { from: opts.from } : {}),
          ...(opts.to ? { to: opts.to } : {}),
        });
        const header = {
          ...(s.ctx.settings.name ? { name: s.ctx.settings.name } : {}),
          ...(s.ctx.settings.email ? { email: s.ctx.settings.email } : {}),
          generatedMs: s.ctx.now,
          zone: s.zone,
          paper: report.paperFor({ ...s.ctx.settings, zone: s.zone }),
          ...(s.ctx.settings.weekEnds ? { weekEnd: s.ctx.settings.weekEnds } : {}),
        };
        const body =
          opts.format === "pdf"
            ? await report.renderReportPdf(built, header)
            : opts.format === "csv"
              ? report.renderReportCsv(built)
              : report.renderReportHtml(built, header);
        if (opts.out === undefined || opts.out === "-") {
          process.stdout.write(body);
          return;
        }
        const { writeOut } = await import("../input.js");
        await writeOut(opts.out, body);
        const n = built.activities.length;
        out([
          `Wrote ${n} activit${n === 1 ? "y" : "ies"} of ${built.counts.applications} application${built.counts.applications === 1 ? "" : "s"} to ${opts.out}.`,
        ]);
      });
    });
}
