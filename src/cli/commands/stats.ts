/** `hearback stats`: the job search in numbers (docs/cli.md says what each counts). */
import type { Command } from "commander";
import type { Rate, Spread } from "../../core/insights.js";
import { type TrackerOptions, withTrackerOptions } from "../options.js";

interface StatsOptions extends TrackerOptions {}

const percent = (r: Rate) =>
  r.rate === null ? "none yet" : `${r.answered} of ${r.count} (${Math.round(r.rate * 100)}%)`;

const days = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)}`;

const spread = (s: Spread | null) =>
  s === null
    ? "no replies yet"
    : `median ${days(s.median)} business days (middle half ${days(s.p25)}-${days(s.p75)}, ` +
      `range ${days(s.min)}-${days(s.max)}, ${s.count} repl${s.count === 1 ? "y" : "ies"})`;

export function registerStats(program: Command): void {
  const cmd = program
    .command("stats")
    .description("your job search in numbers: weeks, funnel, reply rates, time to reply");
  withTrackerOptions(cmd).action(async (opts: StatsOptions) => {
    const { withSession, out } = await import("../tracker.js");
    const { printJson } = await import("../io.js");
    await withSession(opts, async (s) => {
      const { jobSearchInsights } = await import("../../ops/insights.js");
      const r = await jobSearchInsights(s.ctx);
      if (opts.json) return printJson(r);
      if (r.funnel.applied === 0) {
        return out(["No applications yet. Add one with: hearback add COMPANY ROLE"]);
      }
      const f = r.funnel;
      out([
        `Funnel: ${f.applied} applied, ${f.heardBack} heard back, ${f.interviewed} interviewed, ${f.offer} offer${f.offer === 1 ? "" : "s"}, ${f.accepted} accepted`,
        `Heard back after applying: ${percent(r.afterApplying)}`,
        "Replies to what you sent (before your next message):",
        ...(r.followUps.length === 0
          ? ["  nothing sent yet"]
          : r.followUps.map((k) => `  ${k.kind}: ${percent(k)}`)),
        `First reply after applying: ${spread(r.firstReply.afterApplying)}`,
        `First reply after an interview: ${spread(r.firstReply.afterInterview)}`,
        ...r.firstReply.byCompany.map(
          (c) =>
            `  ${c.company}: ${[
              c.afterApplying === null ? "" : `${days(c.afterApplying)} after applying`,
              c.afterInterview === null ? "" : `${days(c.afterInterview)} after an interview`,
            ]
              .filter(Boolean)
              .join(", ")} (median business days)`,
        ),
        `Week by week (${r.zone}):`,
        ...r.weeks.map(
          (w) =>
            `  ${w.from} to ${w.to}: ${w.applications} application${w.applications === 1 ? "" : "s"}, ${w.interviews} interview${w.interviews === 1 ? "" : "s"}`,
        ),
      ]);
    });
  });
}
