/** `hearback list`: every application with its stage, last touch and next action. */
import type { Command } from "commander";
import { type TrackerOptions, withTrackerOptions } from "../options.js";

type ListOptions = TrackerOptions;

export function registerList(program: Command): void {
  const cmd = program
    .command("list")
    .description("every application with its stage, last touch and next action");
  withTrackerOptions(cmd).action(async (opts: ListOptions) => {
    const { withSession, out, when } = await import("../tracker.js");
    const { printJson, paint } = await import("../io.js");
    await withSession(opts, async (s) => {
      const { listApplications } = await import("../../ops/read.js");
      const { applications } = await listApplications(s.ctx);
      if (opts.json) return printJson({ applications });
      if (applications.length === 0) {
        return out(["No applications yet. Add one with: hearback add COMPANY ROLE"]);
      }
      const rows = applications.map((a) => [
        a.app,
        `${a.company}: ${a.role}`,
        a.stage,
        a.lastTouch ? when(a.lastTouch, s.reader) : "",
        a.next
          ? `${a.next.kind}${a.next.to ? ` to ${a.next.to}` : ""}${a.next.kind === "let-go" ? "" : ` by ${when(a.next.dueBy, s.reader)}`}${a.next.overdue ? " (overdue)" : ""}`
          : "",
      ]);
      const head = ["ID", "APPLICATION", "STAGE", "LAST TOUCH", "NEXT"];
      const widths = head.map((h, i) =>
        Math.min(40, Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length))),
      );
      const row = (cells: readonly string[]) =>
        cells
          .map((c, i) => {
            const w = widths[i]!;
            const cut = c.length > w ? `${c.slice(0, w - 1)}…` : c;
            return i === cells.length - 1 ? cut : cut.padEnd(w);
          })
          .join("  ");
      out([paint.dim(row(head)), ...rows.map(row)]);
    });
  });
}
