/** ask-timeline: before an interview, when no usable decision date is known, ask for one. */
import { epochDay, HOUR_MS } from "../../time/index.js";
import { type Ctx, day, dayOf, NO_CHANNEL } from "./context.js";
import { emit } from "./emit.js";

/** Hours before a scheduled interview from which the reminder to ask for a timeline shows. */
const ASK_TIMELINE_LEAD_HOURS = 24;

export function askTimeline(ctx: Ctx, nextAtMs: number): void {
  const { s } = ctx;
  const nextDay = dayOf(ctx, nextAtMs);
  const decision = ctx.decision;
  // A date that will have passed by the interview is as good as none.
  if (decision && epochDay(decision.date) >= nextDay) return;
  const round = s.rounds.find((r) => r.atMs === nextAtMs);
  const to =
    round?.interviewers.find((c) => c.role === "hiring-manager")?.name ??
    round?.interviewers[0]?.name;
  const known = decision
    ? `the date ${s.company} gave (${day(epochDay(decision.date))}) will have passed by then`
    : `${s.company} has not said when they will decide`;
  emit(ctx, {
    kind: "ask-timeline",
    rule: "ask-timeline",
    from: nextAtMs - ASK_TIMELINE_LEAD_HOURS * HOUR_MS,
    by: nextAtMs,
    to,
    channels: NO_CHANNEL,
    round: undefined,
    variant: undefined,
    assumption: false,
    floating: false,
    reason: `${known}; ask at your interview on ${day(nextDay)} when they expect to decide.`,
  });
}
