/**
 * How a rule adds an action to the plan: dated in the application's zone, marked missed when
 * its window closed long ago (missed-window), left out when the user set it aside.
 */
import { DAY_MS, HOUR_MS, isoWithOffset } from "../../time/index.js";
import type { Dismissal } from "../fold.js";
import {
  ACTION_KIND_ORDER,
  type Action,
  type ActionKind,
  type Channel,
  type RuleId,
  type Variant,
} from "../types.js";
import { type Ctx, day, dayOf, flat, holdsUntil, NO_CHANNEL } from "./context.js";
import { missedDay } from "./missed-window.js";

/**
 * What `emit` is told of an action. Every call passes every field, in this order (`undefined`
 * or `false` where it does not apply): objects written with the same fields in the same order
 * share one hidden class, and `emit`, called a hundred thousand times on a large plan, then
 * reads them through one inline cache instead of a lookup per field.
 */
export interface Emit {
  readonly kind: ActionKind;
  readonly rule: RuleId;
  readonly from: number;
  readonly by: number;
  readonly to: string | undefined;
  readonly channels: readonly Channel[];
  readonly round: number | undefined;
  readonly variant: Variant | undefined;
  readonly assumption: boolean | undefined;
  /** Due "now": `by` is `now` and moves with it. */
  readonly floating: boolean;
  readonly reason: string;
}

export function emit(ctx: Ctx, a: Emit): void {
  if (ctx.s.dismissals !== undefined && dismissed(ctx, a)) return;
  const overdue = a.by < ctx.now;
  const missedOn = overdue ? missedDay(ctx, a.by) : null;
  // Not due yet: it cannot be missed before this many days pass (a business day is at least
  // a day; two hours spare a clock change), so the plan holds at most until then.
  if (!overdue && !a.floating) {
    holdsUntil(ctx, a.by + ctx.policy.missedAfterBusinessDays * DAY_MS - 2 * HOUR_MS);
  }
  const reason = flat(
    missedOn === null
      ? a.reason
      : `Missed: its window closed on ${day(dayOf(ctx, a.by))}; still want to? If not, drop it. ${a.reason}`,
  );
  // The fields in the order the JSON shows them, optional ones only when present.
  const { app, company } = ctx.s;
  const action: Record<string, unknown> = { app, company, kind: a.kind };
  if (a.to !== undefined) action.to = a.to;
  if (a.variant !== undefined) action.variant = a.variant;
  Object.assign(action, {
    channels: a.channels,
    dueFrom: isoWithOffset(a.from, ctx.zone),
    dueBy: isoWithOffset(a.by, ctx.zone),
    zone: ctx.zone,
    overdue,
    rule: a.rule,
    reason,
  });
  if (a.round !== undefined) action.round = a.round;
  if (a.assumption) action.assumption = true;
  if (missedOn !== null) action.missed = true;
  const out = ctx.out;
  out.actions.push(action as unknown as Action);
  out.dueBy.push(a.by);
  out.apps.push(ctx.s.app);
  out.kindRanks.push(ACTION_KIND_ORDER[a.kind]);
  out.tos.push(a.to ?? "");
  if (a.floating) out.floating.push(out.actions.length - 1);
}

/**
 * True when the user set this action aside: a dismissal of its kind and person, recorded
 * by now, after its window opened (or naming the window it set aside).
 */
function dismissed(ctx: Ctx, a: Emit): boolean {
  for (const d of ctx.s.dismissals as readonly Dismissal[]) {
    if (d.atMs > ctx.now || d.kind !== a.kind || d.to !== (a.to ?? null)) continue;
    if (a.from <= d.atMs || (d.dueFromMs !== null && a.from <= d.dueFromMs)) return true;
  }
  return false;
}

/**
 * An action due "now" from `from` on, for the user rather than the employer (letting go,
 * saying how to read a reply): its deadline moves with the clock, so it is never overdue.
 */
export function emitDueNow(
  ctx: Ctx,
  a: {
    readonly kind: ActionKind;
    readonly rule: RuleId;
    readonly from: number;
    readonly reason: string;
  },
): void {
  emit(ctx, {
    kind: a.kind,
    rule: a.rule,
    from: a.from,
    by: Math.max(a.from, ctx.now),
    to: undefined,
    channels: NO_CHANNEL,
    round: undefined,
    variant: undefined,
    assumption: false,
    floating: true,
    reason: a.reason,
  });
}
