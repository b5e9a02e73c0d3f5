/**
 * check-in-default-wait: no date to go by (or its check-in is done): wait a number of
 * business days after the interview, their reply or your last message, then check in.
 */
import { MIN_REPLIES_TO_ADAPT, POLICY_LIMITS } from "../policy.js";
import {
  type Ctx,
  type Due,
  day,
  dayOf,
  describeReply,
  type FollowUpFacts,
  plural,
} from "./context.js";

/**
 * The wait after an interview learned from the user's own replies, within the guardrails:
 * their median rounded up (waiting longer is the polite side of a half day), no shorter than
 * the spacing kept between two messages, within the setting's range. Undefined when it is
 * off, there are too few replies, or it comes out as the setting.
 */
function learnedWait(ctx: Ctx): { wait: number; why: string } | undefined {
  const { policy, history } = ctx;
  if (!policy.adaptDefaultWait) return;
  ctx.out.restsOnHistory = true;
  if (!history || history.replies < MIN_REPLIES_TO_ADAPT) return;
  const [lo, hi] = POLICY_LIMITS.defaultWaitBusinessDays;
  const floor = Math.max(lo, policy.minSpacingBusinessDays);
  const median = history.medianBusinessDays;
  const wait = Math.min(hi, Math.max(floor, Math.ceil(median)));
  if (wait === policy.defaultWaitBusinessDays) return;
  const kept =
    Math.ceil(median) < floor
      ? ", the least hearback leaves between two messages,"
      : Math.ceil(median) > hi
        ? ", the longest it waits,"
        : "";
  return {
    wait,
    why: `your replies came a median of ${plural(median, "business day")} after an interview; checking in after ${wait}${kept} instead of ${policy.defaultWaitBusinessDays}`,
  };
}

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
    const learned = learnedWait(ctx);
    return {
      rule: "check-in-default-wait",
      startDay: cal.addBusinessDaysToDay(a.lastEndDay, learned?.wait ?? wait),
      reason: learned
        ? `No decision date was given at your interview on ${day(a.lastEndDay)}; ${learned.why} (an assumption, not a date they gave)`
        : `No decision date was given at your interview on ${day(a.lastEndDay)}; check in ${waitText} after it (an assumption, not a date they gave)`,
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
