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
import type { ReplyHistory } from "../core/insights.js";
import { ACTION_KIND_ORDER, type Action } from "../core/types.js";
import { isoWithOffset } from "../time/index.js";
import type { OpContext } from "./context.js";

/**
 * Bumped when fold or plan change what the same events plan, for runs from source. A
 * bundled hearback needs no bump: this module's chunk is named by a hash that covers the
 * chunks it imports (the planner's among them), and that name is part of the key.
 */
// 2: the gauge's model retrained (replies read anew); 3: each action carries its application's
// zone; 4: follow-up-after-application; 5: check-in-default-wait adapts to the user's replies
const PLAN_ENGINE_VERSION = 5;

/** A planned action with its window as epoch milliseconds (for ordering and filtering). */
export interface PlannedEntry {
  readonly dueByMs: number;
  readonly dueFromMs: number;
  readonly action: Action;
  /** For an action due "now" (its dueBy moves with the clock): the zone to show it in. */
  readonly floatingZone?: string;
}

/**
 * What a plan depends on besides the application's own log: hashed into the cache key.
 * `history`: the user's replies across applications (./history.ts), when the plans adapt to them.
 */
export function planKey(
  ctx: Pick<OpContext, "settings" | "fallbackZone">,
  history: ReplyHistory | null = null,
): string {
  const engine = `${PLAN_ENGINE_VERSION}:${import.meta.url.slice(import.meta.url.lastIndexOf("/") + 1)}`;
  return hash128(
    // Plans differ only by the median (./history.ts gives none below the minimum of replies).
    JSON.stringify([
      engine,
      ctx.fallbackZone,
      ctx.settings,
      ...(history ? [history.medianBusinessDays] : []),
    ]),
  );
}

/**
 * A 128-bit hash of a text: the first 32 hex digits of its SHA-256. The key needs no
 * secrecy, only that different settings practically never share one. (A hand-written hash
 * spared loading node:crypto, about 3.5 ms of CPU, under 3% of the agenda's start at 1,000
 * applications: not worth its own code.)
 */
export function hash128(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

/** Which planned actions the agenda shows. */
export interface Shown {
  /** Epoch ms: only the actions overdue or opening by then; null: every action. */
  readonly horizon: number | null;
}

/** The shown actions in the planner's order, and how many planned actions are not shown. */
export interface PlannedAgenda {
  readonly entries: PlannedEntry[];
  readonly later: number;
}

/** The agenda's rule: an action is shown when overdue or when its window opens by the horizon. */
function isShown(e: PlannedEntry, shown: Shown): boolean {
  return shown.horizon === null || e.action.overdue || e.dueFromMs <= shown.horizon;
}

/**
 * Every application's planned actions that are `shown`, in the planner's order (by dueBy,
 * app, kind, person), with `overdue` as of `ctx.now`: kept plans where they hold, fresh
 * ones where not (and those kept for next time, if the store lets us write; if not, they
 * are only used). `history`: the user's replies the waits adapt to (./history.ts).
 */
export async function plannedEntries(
  ctx: OpContext,
  shown: Shown,
  history: ReplyHistory | null,
): Promise<PlannedAgenda> {
  const cache = ctx.store.plans;
  if (!cache) {
    const { planEntries } = await import("./plan-fresh.js");
    const all = orderEntries(await planEntries(ctx, history));
    const entries = all.filter((e) => isShown(e, shown));
    return { entries, later: all.length - entries.length };
  }
  const key = planKey(ctx, history);
  const kept = await cache.fresh({ key, now: ctx.now, horizon: shown.horizon });
  const entries = keptEntries(ctx, kept.shown);
  if (kept.stale.length === 0) {
    await cache.keep([], kept.log);
    return { entries, later: kept.later };
  }
  const { planStale } = await import("./plan-fresh.js");
  const fresh = await planStale(ctx, kept.stale, history);
  await cache.keep(
    fresh.plans.map((p) => ({ ...p, key })),
    kept.log,
  );
  const planned = orderEntries(fresh.entries);
  const add = planned.filter((e) => isShown(e, shown));
  return {
    entries: mergeOrdered(entries, add),
    later: kept.later + planned.length - add.length,
  };
}

/** A kept entry with its place in its application's plan (ties are left in that order). */
interface KeptEntry extends PlannedEntry {
  readonly seq: number;
}

/**
 * The kept actions of `shown` (see PlanCache.fresh) as entries in the planner's order.
 * The store gives them in order, those due "now" first: they go where the moment asked
 * about falls. A last pass checks the order with the planner's comparison (SQLite compares
 * text by its bytes, JavaScript by UTF-16 units, which differ for a few characters) and
 * sorts if it is not so.
 */
function keptEntries(ctx: OpContext, shown: string): PlannedEntry[] {
  const flat = JSON.parse(shown) as (number | string | null | Action)[];
  const floating: KeptEntry[] = [];
  const timed: KeptEntry[] = [];
  for (let i = 0; i < flat.length; i += 5) {
    const action = flat[i + 4] as Action;
    const dueFromMs = flat[i + 1] as number;
    const floatingZone = flat[i + 2] as string | null;
    const seq = flat[i + 3] as number;
    // The parsed objects are ours: overdue, and the dueBy of an action due "now", are
    // what moves with the clock (see planApplicationStable).
    const a = action as { overdue: boolean; dueBy: string };
    if (floatingZone === null) {
      const dueByMs = flat[i] as number;
      a.overdue = dueByMs < ctx.now;
      timed.push({ dueByMs, dueFromMs, action, seq });
    } else {
      a.overdue = false;
      a.dueBy = isoWithOffset(ctx.now, floatingZone);
      floating.push({ dueByMs: ctx.now, dueFromMs, action, floatingZone, seq });
    }
  }
  let entries: KeptEntry[] = timed;
  if (floating.length > 0) {
    let at = 0;
    while (at < timed.length && timed[at]!.dueByMs < ctx.now) at++;
    entries = timed.slice(0, at).concat(floating, timed.slice(at));
  }
  for (let i = 1; i < entries.length; i++) {
    if (compareKept(entries[i - 1]!, entries[i]!) > 0) return entries.sort(compareKept);
  }
  return entries;
}

/** The planner's order, and within one application's ties, its plan's. */
function compareKept(p: KeptEntry, q: KeptEntry): number {
  return p.dueByMs - q.dueByMs || byAppKindPerson(p, q) || p.seq - q.seq;
}

/**
 * Merges two lists in the planner's order whose applications differ (kept plans and
 * plans made now for the others).
 */
function mergeOrdered(xs: PlannedEntry[], ys: PlannedEntry[]): PlannedEntry[] {
  if (ys.length === 0) return xs;
  if (xs.length === 0) return ys;
  const out: PlannedEntry[] = new Array(xs.length + ys.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < xs.length && j < ys.length) {
    const x = xs[i]!;
    const y = ys[j]!;
    if ((x.dueByMs - y.dueByMs || byAppKindPerson(x, y)) <= 0) {
      out[k++] = x;
      i++;
    } else {
      out[k++] = y;
      j++;
    }
  }
  while (i < xs.length) out[k++] = xs[i++]!;
  while (j < ys.length) out[k++] = ys[j++]!;
  return out;
}

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
  return sameMomentOrder(p.action, q.action);
}

/** The planner's order for actions due at the same moment: by application, kind, person. */
export function sameMomentOrder(
  x: Pick<Action, "app" | "kind" | "to">,
  y: Pick<Action, "app" | "kind" | "to">,
): number {
  if (x.app !== y.app) return x.app < y.app ? -1 : 1;
  if (x.kind !== y.kind) return ACTION_KIND_ORDER[x.kind] - ACTION_KIND_ORDER[y.kind];
  const tx = x.to ?? "";
  const ty = y.to ?? "";
  return tx < ty ? -1 : tx > ty ? 1 : 0;
}
