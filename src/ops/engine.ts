/**
 * The operations' doorway to the engine (src/core) for reading: folding and planning,
 * with the user's settings turned into the engine's arguments in one place.
 *
 * The reply gauge (and chrono-node with it) is loaded only when some reply has no signal
 * the user gave, so that planning an agenda starts fast; see bench/store.
 */
import { type AppState, fold, needsGauge } from "../core/fold.js";
import { type ReplyHistory, replyHistory } from "../core/insights.js";
import { plan } from "../core/plan.js";
import type { Action, ReadReply, Settings, TimelineEvent } from "../core/types.js";
import { businessCalendar } from "../time/business-days.js";
import { isoWithOffset } from "../time/index.js";

/** One application as `listApplications` shows it. */
export interface AppSummary {
  readonly app: string;
  readonly company: string;
  readonly role: string;
  /** Where it stands: applied, interview-scheduled, waiting, next-step, on-hold, or its outcome. */
  readonly stage: string;
  /** The last thing either side did (up to now), ISO 8601, or null. */
  readonly lastTouch: string | null;
  /** The next planned action, or null. */
  readonly next: Action | null;
}

export interface PlanInput {
  readonly events: readonly TimelineEvent[];
  readonly settings: Settings;
  readonly now: number;
  readonly fallbackZone: string;
  /**
   * The user's whole log, when `events` are only part of it: the replies they labelled
   * anywhere teach the gauge (src/gauge/learn.ts). Read only when a reply needs the gauge.
   */
  readonly log?: () => Promise<readonly TimelineEvent[]>;
  /**
   * The user's replies after interviews across all applications (./history.ts), or
   * "events" when `events` is the whole log: worked out from their states.
   */
  readonly history?: ReplyHistory | null | "events";
}

/**
 * The gauge's `readReply`, loaded on first use, taught by the replies the user labelled in
 * `log` (their whole log): a reply nearly the same as one of those reads as they said.
 */
export async function loadReadReply(
  log: readonly TimelineEvent[],
  defaultZone: string,
): Promise<ReadReply> {
  const { labelledReplies, learningReader } = await import("../gauge/learn.js");
  return learningReader(labelledReplies(log, defaultZone));
}

/** Every application's state. */
export async function foldAll(input: Omit<PlanInput, "now">): Promise<readonly AppState[]> {
  const zone = input.settings.timezone ?? input.fallbackZone;
  const readReply = input.events.some(needsGauge)
    ? await loadReadReply(input.log ? await input.log() : input.events, zone)
    : undefined;
  return fold(input.events, {
    defaultZone: zone,
    ...(input.settings.region === undefined ? {} : { defaultRegion: input.settings.region }),
    ...(readReply ? { readReply } : {}),
  });
}

/** The planned actions of every application in `events`, ordered by due time. */
export async function planAll(input: PlanInput): Promise<readonly Action[]> {
  return planStates(await foldAll(input), input);
}

function planStates(states: readonly AppState[], input: PlanInput): Action[] {
  const history =
    input.history === "events"
      ? replyHistory(states, input.now, businessCalendar).history
      : input.history;
  return plan({
    states,
    now: input.now,
    settings: input.settings,
    calendars: businessCalendar,
    history,
  });
}

/**
 * One line per application (stage, last touch, next action), and the planned actions
 * themselves (planAll's), from one fold.
 */
export async function summarize(input: PlanInput): Promise<{
  readonly summaries: readonly AppSummary[];
  readonly actions: readonly Action[];
}> {
  const states = await foldAll(input);
  const actions = planStates(states, input);
  const next = new Map<string, Action>();
  for (const a of actions) if (!next.has(a.app)) next.set(a.app, a);
  const summaries = states.map((s) => ({
    app: s.app,
    company: s.company,
    role: s.role,
    stage: stageOf(s, input.now),
    lastTouch: lastTouchOf(s, input.now),
    next: next.get(s.app) ?? null,
  }));
  return { summaries, actions };
}

/**
 * Where an application stands, in a word: its outcome when the thread ended, else
 * on-hold, interview-scheduled, next-step, waiting (interviewed, waiting to hear), saved
 * (not applied to yet) or applied.
 */
export function stageOf(state: AppState, now: number): string {
  if (state.outcome) return state.outcome.kind;
  if (state.status === "on-hold") return "on-hold";
  if (state.rounds.some((r) => r.atMs > now)) return "interview-scheduled";
  if (state.rounds.length > 0) return state.signal === "next-step" ? "next-step" : "waiting";
  return state.saved ? "saved" : "applied";
}

/** The latest moment either side did something (up to now), ISO 8601 in the app's zone. */
function lastTouchOf(state: AppState, now: number): string | null {
  let last = Number.NEGATIVE_INFINITY;
  for (const r of state.rounds) if (r.endMs <= now && r.atMs > last) last = r.atMs;
  for (const t of state.touches) if (t.atMs <= now && t.atMs > last) last = t.atMs;
  for (const r of state.replies) if (r.atMs <= now && r.atMs > last) last = r.atMs;
  if (last === Number.NEGATIVE_INFINITY) return null;
  return isoWithOffset(last, state.zone);
}
