/**
 * let-go-unanswered: after `maxCheckInsUnanswered` check-ins in a row with no reply since
 * (automatic replies do not count), let the opportunity go rather than keep calling.
 */
import { atWallMinutes } from "../../time/index.js";
import type { Touch } from "../fold.js";
import { type Ctx, day, dayOf, holdsUntil, NO_CHANNEL, plural } from "./context.js";
import { emit } from "./emit.js";

/**
 * Plans letting go when `unanswered` check-ins since `answeredAt` reach the policy's
 * number; true when it did.
 */
export function letGoUnanswered(
  ctx: Ctx,
  touches: readonly Touch[],
  since: number,
  answeredAt: number,
  unanswered: number,
): boolean {
  const { policy, cal } = ctx;
  if (unanswered < policy.maxCheckInsUnanswered) return false;
  const dated: string[] = [];
  let lastCheckIn = since;
  for (const t of touches) {
    if (t.kind !== "check-in" || t.atMs <= answeredAt) continue;
    dated.push(day(dayOf(ctx, t.atMs)));
    lastCheckIn = t.atMs;
  }
  const giveUp = atWallMinutes(
    cal.addBusinessDaysToDay(dayOf(ctx, lastCheckIn), policy.defaultWaitBusinessDays),
    ctx.workStart,
    ctx.zone,
  );
  const dates = dated.join(", ");
  // Before giveUp the reason waits for it; from then on the deadline is "now".
  if (giveUp > ctx.now) holdsUntil(ctx, giveUp);
  emit(ctx, {
    kind: "let-go",
    rule: "let-go-unanswered",
    from: giveUp,
    by: Math.max(giveUp, ctx.now),
    to: undefined,
    channels: NO_CHANNEL,
    round: undefined,
    variant: undefined,
    assumption: false,
    floating: giveUp <= ctx.now,
    reason:
      giveUp <= ctx.now
        ? `Your last ${plural(unanswered, "check-in")} (${dates}) got no reply; let this one go rather than keep calling.`
        : `Your last ${plural(unanswered, "check-in")} (${dates}) got no reply yet; if none comes by ${day(dayOf(ctx, giveUp))}, let this one go rather than keep calling.`,
  });
  return true;
}
