/**
 * value-add-still-open: while the role is still open and they have sounded interested, send
 * something useful (an article, now and then a recent success) instead of another check-in.
 */
import type { ReplyState } from "../fold.js";
import type { Signal, Variant } from "../types.js";
import { type Ctx, dayOf, EMAIL, type FollowUpFacts, plural, touchWindow } from "./context.js";
import { emit } from "./emit.js";
import { spacingFloorDay, spacingReason } from "./spacing.js";

/** Days added to the value-add gap for each value-add already sent ("spread them out"). */
const VALUE_ADD_GAP_GROWTH_DAYS = 7;

const WARM_SIGNALS: ReadonlySet<Signal> = new Set<Signal>(["encouraging", "next-step"]);

/** Warm: a reply read as encouraging or a next step, with no brush-off after it. */
function isWarm(replies: readonly ReplyState[], now: number): boolean {
  let warm = false;
  for (const r of replies) {
    if (r.atMs > now) break;
    if (WARM_SIGNALS.has(r.signal)) warm = true;
    else if (r.signal === "brush-off") warm = false;
  }
  return warm;
}

/**
 * Plans a value-add when the role is still open (the latest status says so), they have
 * sounded interested, and fewer than `maxValueAdds` were sent; true when it did.
 */
export function valueAddStillOpen(ctx: Ctx, a: FollowUpFacts): boolean {
  let statusNow: string | null = null;
  for (const st of ctx.s.statuses) if (st.atMs <= ctx.now) statusNow = st.status;
  if (statusNow !== "still-open" || a.valueAdds >= ctx.policy.maxValueAdds) return false;
  if (!isWarm(ctx.s.replies, ctx.now)) return false;
  valueAdd(ctx, a);
  return true;
}

function valueAdd(ctx: Ctx, a: FollowUpFacts): void {
  const { policy } = ctx;
  const sent = a.valueAdds;
  const achievements = a.achievements;
  // "Toot your own horn once or twice": every other value-add, up to the cap.
  const variant: Variant =
    sent % 2 === 1 && achievements < policy.maxAchievementMentions ? "achievement" : "article";
  let start = a.lastEndDay + policy.valueAddAfterDays;
  let why = `${plural(policy.valueAddAfterDays, "day")} after your last interview`;
  const floor = spacingFloorDay(ctx, a.touches, a.pendingThankYouBy);
  if (floor.day > start) {
    start = floor.day;
    if (floor.why !== null) why = spacingReason(policy, floor.why);
  }
  const anchor = Math.max(
    a.touches[a.touches.length - 1]?.atMs ?? Number.NEGATIVE_INFINITY,
    a.pendingThankYouBy ?? Number.NEGATIVE_INFINITY,
  );
  if (anchor > Number.NEGATIVE_INFINITY) {
    // Spread them out: the gap grows with each one sent.
    const gap = policy.valueAddMinGapDays + VALUE_ADD_GAP_GROWTH_DAYS * sent;
    const d = dayOf(ctx, anchor) + gap;
    if (d > start) {
      start = d;
      why = `${plural(gap, "day")} after your last message`;
    }
  }
  const w = touchWindow(ctx, start);
  const what =
    variant === "achievement"
      ? "a short note on a recent success of yours"
      : "a link to an article relevant to the role";
  emit(ctx, {
    kind: "value-add",
    rule: "value-add-still-open",
    from: w.from,
    by: w.by,
    to: a.to,
    channels: EMAIL,
    round: undefined,
    variant,
    assumption: false,
    floating: false,
    reason: `The role is still open and ${ctx.s.company} has sounded interested; send ${what} (value-add ${sent + 1} of at most ${policy.maxValueAdds}), ${why}.`,
  });
}
