/**
 * final-thanks-after-rejection: after a no, one last thank-you for their time within a
 * couple of business days keeps the door open.
 */
import { atWallMinutes } from "../../time/index.js";
import type { Outcome, Touch } from "../fold.js";
import {
  type Ctx,
  checkInContact,
  day,
  dayOf,
  describeReply,
  EMAIL_OR_CARD,
  plural,
  upTo,
} from "./context.js";
import { emit } from "./emit.js";
import { keepInTouch } from "./keep-in-touch.js";

/**
 * After a rejection: the final thank-you, once; when it has gone out, keep-in-touch.
 */
export function finalThanksAfterRejection(ctx: Ctx, outcome: Outcome): void {
  const { s, policy, cal } = ctx;
  const outcomeDay = dayOf(ctx, outcome.atMs);
  // The latest final thank-you sent since the last round before the outcome began.
  let after = Number.NEGATIVE_INFINITY;
  for (const r of s.rounds) if (r.atMs <= outcome.atMs) after = r.atMs;
  const touches = upTo(s.touches, ctx.now);
  let finalThanks: Touch | undefined;
  for (const t of touches) if (t.kind === "final-thanks" && t.atMs >= after) finalThanks = t;
  const rejectedBy = s.replies.find((r) => r.atMs === outcome.atMs && r.signal === "rejection");
  const to = rejectedBy?.from ?? checkInContact(s, ctx.decision, s.rounds.length - 1, ctx.now);
  if (!finalThanks) {
    const how =
      outcome.source === "status"
        ? `${s.company} turned you down (recorded on ${day(outcomeDay)})`
        : rejectedBy
          ? describeReply(ctx, rejectedBy)
          : `${s.company} turned you down on ${day(outcomeDay)}`;
    emit(ctx, {
      kind: "final-thanks",
      rule: "final-thanks-after-rejection",
      from: outcome.atMs,
      by: atWallMinutes(
        cal.addBusinessDaysToDay(outcomeDay, policy.finalThanksBusinessDays),
        ctx.workEnd,
        ctx.zone,
      ),
      to,
      channels: EMAIL_OR_CARD,
      round: undefined,
      variant: undefined,
      assumption: false,
      floating: false,
      reason: `${how}; one last thank-you for their time within ${plural(policy.finalThanksBusinessDays, "business day")} keeps the door open for future roles.`,
    });
    return;
  }
  keepInTouch(ctx, { finalThanks, touches, to });
}
