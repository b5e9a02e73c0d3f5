/**
 * The reading operations' work, free of zod and of the gauge until needed, so that the
 * commands people run most (`hearback agenda`, `list`, `show`) start fast; the engine
 * itself (./engine.js) is loaded only by the operations that plan, and the agenda plans
 * only what its kept plans do not cover (./plan-cache.ts). The ops map
 * (./index.ts) offers each of these with a checked input; the CLI may call them directly
 * with input commander has already shaped.
 */

import { HearbackError } from "../core/errors.js";
import type { AppState } from "../core/fold.js";
import { matchApp } from "../core/ids.js";
import type { Action, ApplicationEvent, Contact, TimelineEvent } from "../core/types.js";
import type { StoredEvent, StoreReader, StoreWriter } from "../store/types.js";
import { isoWithOffset } from "../time/index.js";
import { type OpContext, TO_PLAN, userZone } from "./context.js";
import type { AppSummary } from "./engine.js";
import { plannedEntries } from "./plan-cache.js";
import { unreadableMessage, unreadableOf } from "./screen.js";

/** Days ahead the agenda shows unless asked for everything. */
const AGENDA_HORIZON_DAYS = 7;

/** The application an id or prefix names, with its application event (amendments applied). */
export async function findApp(
  ctx: Pick<OpContext, "store">,
  given: string,
  store: StoreReader = ctx.store,
): Promise<{ readonly app: string; readonly application: ApplicationEvent }> {
  const app = matchApp(given, await store.appIds());
  const [first] = await store.timeline({ ...TO_PLAN, app });
  const problem = unreadableOf(ctx.store).get(app);
  if (problem !== undefined) throw new HearbackError("failed", unreadableMessage(app, problem));
  if (first?.type !== "application") {
    throw new Error(`store: the first event of ${app} is not its application`);
  }
  return { app, application: first };
}

/** The zone an application's times are read and shown in. */
export function appZone(ctx: OpContext, application: ApplicationEvent): string {
  return application.timezone ?? userZone(ctx);
}

/** The plan of one application, or of all of them. */
export async function planFor(ctx: OpContext, app?: string): Promise<readonly Action[]> {
  return planEvents(
    ctx,
    await ctx.store.timeline({ ...TO_PLAN, ...(app === undefined ? {} : { app }) }),
    ctx.store,
    app === undefined,
  );
}

/**
 * The plan of these events, with the context's settings and moment; `store`'s whole log
 * teaches the gauge (its labelled replies) and the waits (./history.ts): inside a
 * transaction, the transaction's. `whole`: the events are the whole log.
 */
export async function planEvents(
  ctx: OpContext,
  events: readonly TimelineEvent[],
  store: StoreWriter = ctx.store,
  whole = false,
): Promise<readonly Action[]> {
  const { planAll } = await import("./engine.js");
  const { replyHistoryFor } = await import("./history.js");
  return planAll({
    events,
    log: () => store.timeline(TO_PLAN),
    settings: ctx.settings,
    now: ctx.now,
    fallbackZone: ctx.fallbackZone,
    history: whole ? "events" : await replyHistoryFor(ctx, store),
  });
}

export interface AgendaResult {
  /** The moment planned from, ISO 8601 in the user's zone. */
  readonly now: string;
  readonly zone: string;
  /** null with `all`. */
  readonly horizonDays: number | null;
  readonly actions: readonly Action[];
  /** Planned actions left out because their window opens after the horizon. */
  readonly later: number;
  /** Applications left out because their stored data cannot be read, and why. */
  readonly unreadable: readonly Unreadable[];
}

/** An application left out of a read, with what is wrong (see ./screen.ts). */
export interface Unreadable {
  readonly app: string;
  /** A sentence naming what is wrong and what to do (`hearback doctor`). */
  readonly problem: string;
}

/** The applications the context's store has left out so far. */
function unreadableApps(ctx: Pick<OpContext, "store">): Unreadable[] {
  return [...unreadableOf(ctx.store)].map(([app, problem]) => ({
    app,
    problem: unreadableMessage(app, problem),
  }));
}

/** What to do: overdue or opening within AGENDA_HORIZON_DAYS, or everything with `all`. */
export async function agenda(
  ctx: OpContext,
  input: { readonly all?: boolean; readonly app?: string | undefined },
): Promise<AgendaResult> {
  const app = input.app === undefined ? undefined : matchApp(input.app, await ctx.store.appIds());
  const horizon = input.all ? null : ctx.now + AGENDA_HORIZON_DAYS * 86_400_000;
  let actions: Action[];
  let later: number;
  if (app === undefined) {
    // All applications come mostly from the kept plans, read only as far as shown.
    const { replyHistoryFor } = await import("./history.js");
    const planned = await plannedEntries(ctx, { horizon }, await replyHistoryFor(ctx));
    actions = planned.entries.map((e) => e.action);
    later = planned.later;
  } else {
    // One application is planned afresh.
    const planned = await planFor(ctx, app);
    actions = planned.filter(
      (a) => horizon === null || a.overdue || Date.parse(a.dueFrom) <= horizon,
    );
    later = planned.length - actions.length;
  }
  return {
    now: isoWithOffset(ctx.now, userZone(ctx)),
    zone: userZone(ctx),
    horizonDays: input.all ? null : AGENDA_HORIZON_DAYS,
    actions,
    later,
    unreadable: unreadableApps(ctx),
  };
}

export interface ShowResult {
  readonly app: string;
  readonly application: ApplicationEvent;
  readonly zone: string;
  readonly contacts: readonly Contact[];
  /** The live events with their entry ids (for corrections), oldest first. */
  readonly events: readonly StoredEvent[];
  readonly summary: AppSummary | null;
  readonly actions: readonly Action[];
}

/** One application: its timeline, contacts, state and next actions. */
export async function showApplication(
  ctx: OpContext,
  input: { readonly app: string },
): Promise<ShowResult> {
  const { app, application } = await findApp(ctx, input.app);
  const events = await ctx.store.events({ app });
  const timeline = events.map((e) => e.event);
  const { summarize } = await import("./engine.js");
  const { replyHistoryFor } = await import("./history.js");
  // One fold for the summary and the actions: it gauges every reply of the application.
  const {
    summaries: [summary],
    actions,
  } = await summarize({
    events: timeline,
    log: () => ctx.store.timeline(TO_PLAN),
    settings: ctx.settings,
    now: ctx.now,
    fallbackZone: ctx.fallbackZone,
    history: await replyHistoryFor(ctx),
  });
  return {
    app,
    application,
    zone: appZone(ctx, application),
    contacts: contactsOf(timeline),
    events,
    summary: summary ?? null,
    actions,
  };
}

/** Every application with its stage, last touch and next action. */
export async function listApplications(ctx: OpContext): Promise<{
  readonly applications: readonly (AppSummary & { readonly tags: readonly string[] })[];
}> {
  const events = await ctx.store.timeline(TO_PLAN);
  const { summarize } = await import("./engine.js");
  const tags = new Map<string, readonly string[]>();
  for (const e of events) if (e.type === "application" && e.tags) tags.set(e.app, e.tags);
  const { summaries } = await summarize({
    events,
    history: "events",
    settings: ctx.settings,
    now: ctx.now,
    fallbackZone: ctx.fallbackZone,
  });
  return { applications: summaries.map((s) => ({ ...s, tags: tags.get(s.app) ?? [] })) };
}

/** The stored timeline, corrections applied, of one application or all. */
export async function exportTimeline(
  ctx: OpContext,
  input: { readonly app?: string | undefined },
): Promise<{ readonly events: readonly TimelineEvent[] }> {
  const app = input.app === undefined ? undefined : matchApp(input.app, await ctx.store.appIds());
  const events = await ctx.store.timeline(app === undefined ? {} : { app });
  // A copy that quietly lacks an application is worse than none.
  const left = unreadableApps(ctx);
  if (left.length > 0) {
    throw new HearbackError("failed", left.map((u) => u.problem).join("\n"));
  }
  return { events };
}

/** Everyone the events name, merged by name, in the order first named. */
export function contactsOf(events: readonly TimelineEvent[]): readonly Contact[] {
  const byName = new Map<string, Contact>();
  const add = (c: Contact) => byName.set(c.name, { ...byName.get(c.name), ...c });
  for (const e of events) {
    if (e.type === "application") for (const c of e.contacts ?? []) add(c);
    if (e.type === "interview") {
      for (const c of e.interviewers ?? []) add({ role: "interviewer", ...c });
    }
  }
  return [...byName.values()];
}

/** One application's folded state from its stored events, folded as the operations fold. */
export async function appState(ctx: OpContext, events: readonly StoredEvent[]): Promise<AppState> {
  const { foldAll } = await import("./engine.js");
  const [state] = await foldAll({
    events: events.map((e) => e.event),
    log: () => ctx.store.timeline(),
    settings: ctx.settings,
    fallbackZone: ctx.fallbackZone,
  });
  if (!state) throw new Error("appState: no application event");
  return state;
}

/** How many applications are stored. */
export async function applicationCount(ctx: OpContext): Promise<number> {
  return (await ctx.store.appIds()).length;
}
