/**
 * check-in-after-decision-date: they said when you would hear (at an interview); a few
 * business days after that date, check in.
 */
import { atWallMinutes, epochDay } from "../../time/index.js";
import {
  type Ctx,
  type Due,
  day,
  type FollowUpFacts,
  heardText,
  holdsUntil,
  lastFollowUpDay,
  plural,
  replySince,
} from "./context.js";

export function checkInAfterDecisionDate(ctx: Ctx, a: FollowUpFacts): Due | null {
  const d = ctx.decision;
  if (!d || d.source === "reply") return null;
  const { policy, cal } = ctx;
  const dateDay = epochDay(d.date);
  const who = d.by ?? ctx.s.company;
  const since = replySince(d, a);
  const heard = heardText(ctx, since);
  const n = policy.checkInAfterDecisionBusinessDays;
  const start = cal.addBusinessDaysToDay(dateDay, n);
  const lastDay = lastFollowUpDay(ctx, a);
  if (lastDay !== null && lastDay > dateDay) return null;
  const passed = cal.businessDaysBetweenDays(dateDay, ctx.nowDay);
  // The reason changes on the day `start` comes, and then counts the days as they pass.
  holdsUntil(ctx, atWallMinutes(ctx.nowDay >= start ? ctx.nowDay + 1 : start, 0, ctx.zone));
  const tail =
    ctx.nowDay >= start
      ? since
        ? `it is now ${plural(passed, "business day")} past that date`
        : `it is now ${plural(passed, "business day")} later with no news`
      : since
        ? `check in ${plural(n, "business day")} after that date if nothing more comes`
        : `if there is no news, check in ${plural(n, "business day")} after that`;
  return {
    rule: "check-in-after-decision-date",
    startDay: start,
    reason: `${who} said you'd hear by ${day(dateDay)}${heard}; ${tail}`,
  };
}
