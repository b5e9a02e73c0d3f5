/**
 * check-in-default-wait: no date to go by (or its check-in is done): wait a number of
 * business days after the interview, their reply or your last message, then check in.
 */
import {
  type Ctx,
  type Due,
  day,
  dayOf,
  describeReply,
  type FollowUpFacts,
  plural,
} from "./context.js";

export function checkInDefaultWait(ctx: Ctx, a: FollowUpFacts): Due {
  const { policy, cal } = ctx;
  const wait = policy.defaultWaitBusinessDays;
  const waitText = plural(wait, "business day");
  if (!a.lastFollowUp) {
    const latest = a.latestReal;
    if (latest) {
      return {
        rule: "check-in-default-wait",
        startDay: cal.addBusinessDaysToDay(dayOf(ctx, latest.atMs), wait),
        reason: `${describeReply(ctx, latest)} and gives no date; check in ${waitText} later (an assumption, not a date they gave)`,
        assumption: true,
      };
    }
    return {
      rule: "check-in-default-wait",
      startDay: cal.addBusinessDaysToDay(a.lastEndDay, wait),
      reason: `No decision date was given at your interview on ${day(a.lastEndDay)}; check in ${waitText} after it (an assumption, not a date they gave)`,
      assumption: true,
    };
  }
  const fu = a.lastFollowUp;
  const fuDay = dayOf(ctx, fu.atMs);
  const latest = a.latestReal;
  if (latest && latest.atMs > fu.atMs) {
    return {
      rule: "check-in-default-wait",
      startDay: cal.addBusinessDaysToDay(dayOf(ctx, latest.atMs), wait),
      reason: `${describeReply(ctx, latest)} but names no new date; check in again ${waitText} later (an assumption, not a date they gave)`,
      assumption: true,
    };
  }
  return {
    rule: "check-in-default-wait",
    startDay: cal.addBusinessDaysToDay(fuDay, wait),
    reason: `Your ${fu.kind === "value-add" ? "email" : "check-in"} of ${day(fuDay)} has had no answer; one more check-in ${waitText} later is fair (an assumption, not a date they gave)`,
    assumption: true,
  };
}
