/**
 * The job-search record of a period (`hearback report`): the stored log turned into the
 * activities an unemployment office asks for, written as HTML, PDF or CSV by
 * src/integrations/report.ts, headed with the user's name, zone and paper.
 */
import { type OpContext, userZone } from "./context.js";

export type ReportFormat = "html" | "pdf" | "csv";

export async function workSearchReport(
  ctx: OpContext,
  input: {
    readonly format: ReportFormat;
    /** The first and last day (YYYY-MM-DD) to include; default: everything. */
    readonly from?: string | undefined;
    readonly to?: string | undefined;
  },
): Promise<{
  readonly body: string | Buffer;
  readonly activities: number;
  readonly applications: number;
}> {
  const report = await import("../integrations/report.js");
  const { settings } = ctx;
  const zone = userZone(ctx);
  const weekEnd = settings.weekEnds ? { weekEnd: settings.weekEnds } : {};
  const built = report.buildReport({
    events: await ctx.store.timeline(),
    userZone: zone,
    now: ctx.now,
    ...weekEnd,
    ...(input.from ? { from: input.from } : {}),
    ...(input.to ? { to: input.to } : {}),
  });
  const header = {
    ...(settings.name ? { name: settings.name } : {}),
    ...(settings.email ? { email: settings.email } : {}),
    generatedMs: ctx.now,
    zone,
    paper: report.paperFor({ ...settings, zone }),
    ...weekEnd,
  };
  const body =
    input.format === "pdf"
      ? await report.renderReportPdf(built, header)
      : input.format === "csv"
        ? report.renderReportCsv(built)
        : report.renderReportHtml(built, header);
  return { body, activities: built.activities.length, applications: built.counts.applications };
}
