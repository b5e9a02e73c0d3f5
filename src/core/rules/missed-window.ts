/**
 * missed-window: not an action of its own, but a mark on any action whose window closed more
 * than `missedAfterBusinessDays` business days ago (see `emit`).
 */
import { atWallMinutes } from "../../time/index.js";
import { type Ctx, dayOf, holdsUntil } from "./context.js";

/**
 * missed-window: the day an action overdue since `by` counts as missed (the day after
 * `missedAfterBusinessDays` business days have passed since its deadline's day), when that
 * day has come; else null, and the plan holds only until that day.
 */
export function missedDay(ctx: Ctx, by: number): number | null {
  const missed =
    ctx.cal.addBusinessDaysToDay(dayOf(ctx, by), ctx.policy.missedAfterBusinessDays) + 1;
  if (ctx.nowDay >= missed) return missed;
  holdsUntil(ctx, atWallMinutes(missed, 0, ctx.zone));
  return null;
}
