/**
 * The spacing guardrail: a check-in or value-add never lands closer to another touch to the
 * same employer than the minimum spacing (and the value-add gap after a value-add).
 */
import type { Touch } from "../fold.js";
import type { Policy } from "../policy.js";
import { type Ctx, dayOf, plural } from "./context.js";

/**
 * The first day a new check-in or value-add may start, and why: the minimum spacing after
 * the latest touch (sent, or a thank-you still planned), and the value-add gap after the
 * latest value-add.
 */
export function spacingFloorDay(
  ctx: Ctx,
  touches: readonly Touch[],
  pendingThankYouBy: number | null,
): { day: number; why: SpacingCause | null } {
  const { policy, cal } = ctx;
  let floor = Number.NEGATIVE_INFINITY;
  let why: SpacingCause | null = null;
  let latest: number | null = null;
  let latestValueAdd: number | null = null;
  for (const t of touches) {
    if (latest === null || t.atMs > latest) latest = t.atMs;
    if (t.kind === "value-add" && (latestValueAdd === null || t.atMs > latestValueAdd)) {
      latestValueAdd = t.atMs;
    }
  }
  if (latest !== null) {
    floor = cal.addBusinessDaysToDay(dayOf(ctx, latest), policy.minSpacingBusinessDays);
    why = "your last message";
  }
  if (pendingThankYouBy !== null) {
    const d = cal.addBusinessDaysToDay(
      dayOf(ctx, pendingThankYouBy),
      policy.minSpacingBusinessDays,
    );
    if (d > floor) {
      floor = d;
      why = "the thank-you";
    }
  }
  if (latestValueAdd !== null) {
    const d = dayOf(ctx, latestValueAdd) + policy.valueAddMinGapDays;
    if (d > floor) {
      floor = d;
      why = "value-add";
    }
  }
  return { day: floor, why };
}

/** What sets the spacing floor: the latest touch, a thank-you still to send, a value-add. */
export type SpacingCause = "your last message" | "the thank-you" | "value-add";

/** "5 business days after the thank-you": the spacing floor's reason, for the action's. */
export function spacingReason(policy: Policy, why: SpacingCause): string {
  return why === "value-add"
    ? `${plural(policy.valueAddMinGapDays, "day")} after your last value-add email`
    : `${plural(policy.minSpacingBusinessDays, "business day")} after ${why}`;
}
