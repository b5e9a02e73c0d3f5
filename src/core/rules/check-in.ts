/**
 * A check-in: the first of the three check-in rules that applies (check-in-on-new-date,
 * check-in-after-decision-date, check-in-default-wait) says from when and why; an
 * out-of-office reply (wait-out-of-office) and the spacing guardrail may move it later; its
 * window then follows the employer's working hours.
 */
import { checkInAfterDecisionDate } from "./check-in-after-decision-date.js";
import { checkInDefaultWait } from "./check-in-default-wait.js";
import { checkInOnNewDate } from "./check-in-on-new-date.js";
import { type Ctx, day, EMAIL_OR_PHONE, type FollowUpFacts, touchWindow } from "./context.js";
import { emit } from "./emit.js";
import { spacingFloorDay, spacingReason } from "./spacing.js";
import { outOfOfficeDue } from "./wait-out-of-office.js";

export function planCheckIn(ctx: Ctx, facts: FollowUpFacts): void {
  const { cal } = ctx;
  const { latestReply, latestReal, touches, pendingThankYouBy, to } = facts;
  let due =
    checkInOnNewDate(ctx, facts) ??
    checkInAfterDecisionDate(ctx, facts) ??
    checkInDefaultWait(ctx, facts);
  due = outOfOfficeDue(ctx, due, latestReply, latestReal);
  const floor = spacingFloorDay(ctx, touches, pendingThankYouBy);
  const w = touchWindow(ctx, Math.max(due.startDay, floor.day));
  const moved =
    w.day > cal.onOrAfterDay(due.startDay) && floor.why
      ? `, moved to ${day(w.day)} to leave ${spacingReason(ctx.policy, floor.why)}`
      : "";
  emit(ctx, {
    kind: "check-in",
    rule: due.rule,
    from: w.from,
    by: w.by,
    to,
    channels: EMAIL_OR_PHONE,
    round: undefined,
    variant: undefined,
    assumption: due.assumption,
    floating: false,
    reason: `${due.reason}${moved}.`,
  });
}
