/**
 * Planning applications afresh for the plan cache (./plan-cache.ts): loaded only when some
 * application's kept plan does not hold, as it brings in the fold, the planner and, for
 * replies nobody labelled, the reply gauge.
 */
import { HearbackError } from "../core/errors.js";
import { foldEach, needsGauge } from "../core/fold.js";
import type { ReplyHistory } from "../core/insights.js";
import { planApplicationStable } from "../core/plan.js";
import type { Policy } from "../core/policy.js";
import { resolvePolicy } from "../core/policy.js";
import type { TimelineEvent } from "../core/types.js";
import { ACTION_KIND_ORDER } from "../core/types.js";
import type { KeptAction } from "../store/types.js";
import { businessCalendar } from "../time/business-days.js";
import { type OpContext, TO_PLAN } from "./context.js";
import { loadReadReply } from "./engine.js";
import type { PlannedEntry } from "./plan-cache.js";
import { unreadableOf } from "./screen.js";

/** Above this many applications to plan, one read of the whole log beats one read each. */
const READ_ALL_ABOVE = 200;

/** A fresh plan to keep, without its key (the caller adds it). */
export interface FreshPlan {
  readonly app: string;
  readonly lastEntry: number;
  readonly plannedAt: number;
  readonly stableUntil: number | null;
  readonly actions: readonly KeptAction[];
}

/** The policy in force, or the same error `plan` gives for bad policy settings. */
export function policyOf(ctx: OpContext): Policy {
  const resolved = resolvePolicy(ctx.settings.policy);
  if (resolved.problems.length > 0) {
    throw new HearbackError(
      "bad-input",
      "the policy settings have problems",
      resolved.problems.map((p) => `policy.${p.field}: ${p.message}`),
    );
  }
  return resolved.policy;
}

/**
 * Plans `events` (whole applications), folded and planned one application at a time as
 * `plan` does (with the fold's options of `foldAll`): no state outlives its planning, which
 * keeps the garbage collector's work small when everything is planned.
 */
async function plan(
  ctx: OpContext,
  events: readonly TimelineEvent[],
  history: ReplyHistory | null,
): Promise<{ app: string; entries: PlannedEntry[]; stableUntil: number | null }[]> {
  const policy = policyOf(ctx);
  const zone = ctx.settings.timezone ?? ctx.fallbackZone;
  // Only these events' labelled replies teach the gauge here: kept plans are made afresh
  // when their own application changes, not when another's does.
  const readReply = events.some(needsGauge) ? await loadReadReply(events, zone) : undefined;
  const options = {
    defaultZone: zone,
    ...(ctx.settings.region === undefined ? {} : { defaultRegion: ctx.settings.region }),
    ...(readReply ? { readReply } : {}),
  };
  const planned: { app: string; entries: PlannedEntry[]; stableUntil: number | null }[] = [];
  foldEach(events, options, (state) => {
    const p = planApplicationStable(state, {
      policy,
      now: ctx.now,
      calendars: businessCalendar,
      history,
    });
    planned.push({
      app: state.app,
      stableUntil: p.stableUntil,
      entries: p.actions.map((action, i) => ({
        dueByMs: p.dueByMs[i]!,
        dueFromMs: Date.parse(action.dueFrom),
        action,
        ...(p.floating[i] ? { floatingZone: state.zone } : {}),
      })),
    });
  });
  return planned;
}

/** Every application planned now, without the cache (a store that keeps none). */
export async function planEntries(
  ctx: OpContext,
  history: ReplyHistory | null,
): Promise<PlannedEntry[]> {
  const planned = await plan(ctx, await ctx.store.timeline(TO_PLAN), history);
  return planned.flatMap((p) => p.entries);
}

/** Plans the applications whose kept plans do not hold, and what to keep of them. */
export async function planStale(
  ctx: OpContext,
  stale: readonly { readonly app: string; readonly lastEntry: number }[],
  history: ReplyHistory | null,
): Promise<{ entries: PlannedEntry[]; plans: FreshPlan[] }> {
  let events: readonly TimelineEvent[];
  if (stale.length > READ_ALL_ABOVE) {
    const wanted = new Set(stale.map((s) => s.app));
    events = (await ctx.store.timeline(TO_PLAN)).filter((e) => wanted.has(e.app));
  } else {
    events = [];
    for (const s of stale)
      events = events.concat(await ctx.store.timeline({ ...TO_PLAN, app: s.app }));
  }
  const byApp = new Map((await plan(ctx, events, history)).map((p) => [p.app, p]));
  const unreadable = unreadableOf(ctx.store);
  const entries: PlannedEntry[] = [];
  const plans: FreshPlan[] = [];
  for (const { app, lastEntry } of stale) {
    // An application whose every event was taken back plans nothing, and is kept so.
    const p = byApp.get(app);
    for (const e of p?.entries ?? []) entries.push(e);
    plans.push({
      app,
      lastEntry,
      plannedAt: ctx.now,
      // An application that cannot be read is kept with a plan that stops holding at
      // once, so that every agenda reads it again and names it.
      stableUntil: unreadable.has(app) ? ctx.now : p ? p.stableUntil : null,
      actions: (p?.entries ?? []).map(
        (e): KeptAction => ({
          dueByMs: e.dueByMs,
          dueFromMs: e.dueFromMs,
          kindOrder: ACTION_KIND_ORDER[e.action.kind],
          person: e.action.to ?? "",
          floatingZone: e.floatingZone ?? null,
          json: JSON.stringify(e.action),
        }),
      ),
    });
  }
  return { entries, plans };
}
