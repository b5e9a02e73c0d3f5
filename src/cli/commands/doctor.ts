/** `hearback doctor`: checks that the stored data reads back, and says what to do if not. */
import type { Command } from "commander";
import { type TrackerOptions, withTrackerOptions } from "../options.js";

interface DoctorOptions extends TrackerOptions {}

export function registerDoctor(program: Command): void {
  const cmd = program
    .command("doctor")
    .description("check that every stored entry reads and plans; name any that do not");
  withTrackerOptions(cmd).action(async (opts: DoctorOptions) => {
    const { withSession, out } = await import("../tracker.js");
    const { printJson, paint } = await import("../io.js");
    const { checkStore } = await import("../../ops/doctor.js");
    const { HearbackError } = await import("../../core/errors.js");
    const report = await withSession(opts, (s) => checkStore(s.ctx));
    if (opts.json) printJson(report);
    else if (report.findings.length === 0) {
      out([`All ${report.entries} entries of ${report.applications} applications read and plan.`]);
    } else {
      out([
        ...report.findings.map(
          (f) =>
            `${paint.bold(f.app)}: ${f.entry === null ? "" : `entry ${f.entry}: `}${f.problem}`,
        ),
        "",
        "To repair: take an entry back with `hearback undo --entry N` and record it again, or",
        "`hearback export` the application, fix the line, `undo` it and import it again.",
      ]);
    }
    if (report.findings.length > 0) {
      throw new HearbackError(
        "failed",
        `${report.findings.length} problem(s) in the stored data (listed above)`,
      );
    }
  });
}
