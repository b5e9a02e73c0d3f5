/**
 * Plans kept between runs: the agenda reads every application's kept plan and plans again
 * only the applications whose log changed, whose plan stopped holding (the clock passed its
 * `stableUntil`), or that were planned with other settings or another engine. The log stays
 * the only truth; the cache is derived, and deleting it only costs time.
 *
 * This module is light on purpose: with every plan fresh, `hearback agenda` loads neither
 * the planner, the fold, the policy's checks, zod nor the reply gauge; ./plan-fresh.ts,
 * loaded only when something needs planning, does.
 */
import { createHash } from "node:crypto";
import type { Action, ActionKind } from "../core/types.js";
import type { KeptPlan } from "../store/types.js";
import type { OpContext } from "./context.js";

/**
 * Bumped when fold or plan change what the same events plan, for runs from source. A
 * bundled hearback needs no bump: this module's chunk is named by a hash that covers the
 * chunks it imports (the planner's among them), and that name is part of the key.
 */
export const PLAN_ENGINE_VERSION = 1;

/** A planned action with its window as epoch milliseconds (for ordering and filtering). */
export interface PlannedEntry {
  readonly dueByMs: number;
  readonly dueFromMs: number;
  readonly action: Action;
  /** For an action due "now" (its dueBy moves with the clock): the zone to show it in. */
  readonly floatingZone?: string;
}

/** What a plan depends on besides the application's own log: hashed into the cache key. */
export function planKey(ctx: Pick<OpContext, "settings" | "fallbackZone">): string {
  const engine = `${PLAN_ENGINE_VERSION}:${import.meta.url.slice(import.meta.url.lastIndexOf("/") + 1)}`;
  const text = JSON.stringify([engine, ctx.fallbackZone, ctx.settings]);
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

/**
 * Every application's planned actions in the planner's order (by dueBy, app, kind, person),
 * with `overdue` as of `ctx.now`: kept plans where they hold, fresh ones where not (and
 * those kept for next time, if the store lets us write; if not, they are only used).
 */
export async function plannedEntries(ctx: OpContext): Promise<PlannedEntry[]> {
  const cache = ctx.store.plans;
  if (!cache) {
    const { planEntries } = await import("./plan-fresh.js");
    return orderEntries(await planEntries(ctx));
  }
  const key = planKey(ctx);
  const { actions, stale } = await cache.fresh({ key, now: ctx.now });
  const entries: PlannedEntry[] = [];
  let isoWithOffset: ((ms: number, zone: string) => string) | undefined;
  const outdated = new Set(stale.map((s) => s.app));
  for (const kept of JSON.parse(actions) as [number, number, Action, string?][][]) {
    // An application's kept actions all name it; one planned since is planned again below.
    if (outdated.size > 0 && kept.length > 0 && outdated.has(kept[0]![2].app)) continue;
    for (const [dueByMs, dueFromMs, action, floatingZone] of kept) {
      // The parsed objects are ours: overdue, and the dueBy of an action due "now", are
      // what moves with the clock (see planApplicationStable).
      const a = action as { overdue: boolean; dueBy: string };
      if (floatingZone === undefined) {
        a.overdue = dueByMs < ctx.now;
        entries.push({ dueByMs, dueFromMs, action });
      } else {
        isoWithOffset ??= (await import("../time/index.js")).isoWithOffset;
        a.overdue = false;
        a.dueBy = isoWithOffset(ctx.now, floatingZone);
        entries.push({ dueByMs: ctx.now, dueFromMs, action, floatingZone });
      }
    }
  }
  if (stale.length > 0) {
    const { planStale } = await import("./plan-fresh.js");
    const fresh = await planStale(ctx, stale);
    for (const e of fresh.entries) entries.push(e);
    await cache.keep(fresh.plans.map((p): KeptPlan => ({ ...p, key })));
  }
  return orderEntries(entries);
}

/** The kinds in the planner's order for actions due at the same moment (see core/plan). */
const KIND_ORDER: Readonly<Record<ActionKind, number>> = Object.freeze({
  "ask-timeline": 0,
  "check-in": 1,
  "final-thanks": 2,
  "keep-in-touch": 3,
  "let-go": 4,
  "thank-you": 5,
  "value-add": 6,
});

/**
 * Sorts as `plan` does. Each application's entries come in its own planned order and the
 * sort is stable, so ties within one application keep the planner's order.
 *
 * At 100,000 applications there are some 220,000 entries but far fewer distinct deadlines:
 * the deadlines are sorted natively as numbers and only the entries sharing one are
 * compared, which costs a third of one comparison sort over all of them.
 */
export function orderEntries(entries: PlannedEntry[]): PlannedEntry[] {
  const byDeadline = new Map<number, PlannedEntry[]>();
  for (const e of entries) {
    const same = byDeadline.get(e.dueByMs);
    if (same === undefined) byDeadline.set(e.dueByMs, [e]);
    else same.push(e);
  }
  const deadlines = Float64Array.from(byDeadline.keys()).sort();
  let i = 0;
  for (const deadline of deadlines) {
    const same = byDeadline.get(deadline)!;
    if (same.length > 1) same.sort(byAppKindPerson);
    for (const e of same) entries[i++] = e;
  }
  return entries;
}

/** The planner's order for entries due at the same moment. */
function byAppKindPerson(p: PlannedEntry, q: PlannedEntry): number {
  const x = p.action;
  const y = q.action;
  if (x.app !== y.app) return x.app < y.app ? -1 : 1;
  if (x.kind !== y.kind) return KIND_ORDER[x.kind] - KIND_ORDER[y.kind];
  const tx = x.to ?? "";
  const ty = y.to ?? "";
  return tx < ty ? -1 : tx > ty ? 1 : 0;
}
