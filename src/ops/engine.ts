/**
 * The operations' one doorway to the engine (src/core) and the gauge: validating,
 * parsing, folding and planning, with the user's settings turned into the engine's
 * arguments in one place.
 */

import { type AppState, fold } from "../core/fold.js";
import { plan } from "../core/plan.js";
import {
  type ParsedTimeline as CoreParsedTimeline,
  parseTimeline as coreParseTimeline,
  validateEvent as coreValidateEvent,
} from "../core/timeline.js";
import type { Action, Settings, TimelineEvent } from "../core/types.js";
import { readReply } from "../gauge/index.js";
import { isoWithOffset } from "../time/index.js";

export interface ParsedTimeline {
  readonly events: readonly TimelineEvent[];
  readonly problems: readonly string[];
}

/** One application as `listApplications` shows it. */
export interface AppSummary {
  readonly app: string;
  readonly company: string;
  readonly role: string;
  /** Where it stands: "applied", "interviewing", "waiting", "offer", "rejected", ... */
  readonly stage: string;
  /** The last thing either side did, ISO 8601, or null. */
  readonly lastTouch: string | null;
  /** The next planned action, or null. */
  readonly next: Action | null;
}

export interface PlanInput {
  readonly events: readonly TimelineEvent[];
  readonly settings: Settings;
  readonly now: number;
  readonly fallbackZone: string;
}

export const engine = Object.freeze({
  /** Problems with one event, each `field: message`; empty when it is valid. */
  validateEvent(event: TimelineEvent, _opts: { readonly zone: string }): readonly string[] {
    return coreValidateEvent(event).problems.map((p) => `${p.field}: ${p.message}`);
  },

  /**
   * Parses a timeline file. Applications already stored (`knownApps`) may not be defined
   * again: an import adds new applications.
   */
  parseTimeline(
    text: string,
    opts: { readonly name: string; readonly zone: string; readonly knownApps: readonly string[] },
  ): ParsedTimeline {
    const parsed: CoreParsedTimeline = coreParseTimeline(text, {
      file: opts.name,
      defaultZone: opts.zone,
    });
    const known = new Set(opts.knownApps);
    const problems = [...parsed.problems];
    parsed.events.forEach((event, i) => {
      if (event.type === "application" && known.has(event.app)) {
        problems.push(
          `${opts.name}:${parsed.lines[i]}: application.app: ${JSON.stringify(event.app)} is already stored (import adds new applications)`,
        );
      }
    });
    problems.sort((a, b) => lineOf(a) - lineOf(b));
    return { events: parsed.events, problems };
  },

  readReply,

  /** Every application's state. */
  fold(input: Omit<PlanInput, "now">): readonly AppState[] {
    return fold(input.events, foldOptions(input));
  },

  /** The planned actions of every application in `events`, ordered by due time. */
  plan(input: PlanInput): readonly Action[] {
    return planStates(engine.fold(input), input);
  },

  /** One line per application: stage, last touch, next action. */
  summarize(input: PlanInput): readonly AppSummary[] {
    const states = engine.fold(input);
    const actions = planStates(states, input);
    const next = new Map<string, Action>();
    for (const a of actions) if (!next.has(a.app)) next.set(a.app, a);
    return states.map((s) => ({
      app: s.app,
      company: s.company,
      role: s.role,
      stage: stageOf(s, input.now),
      lastTouch: lastTouchOf(s, input.now),
      next: next.get(s.app) ?? null,
    }));
  },
});

function foldOptions(input: Omit<PlanInput, "now">) {
  return {
    defaultZone: input.settings.timezone ?? input.fallbackZone,
    ...(input.settings.region === undefined ? {} : { defaultRegion: input.settings.region }),
    readReply,
  };
}

function planStates(states: readonly AppState[], input: PlanInput): readonly Action[] {
  return plan({ states, now: input.now, settings: input.settings });
}

/**
 * Where an application stands, in a word: its outcome when the thread ended, else
 * on-hold, interview-scheduled, waiting (interviewed, waiting to hear) or applied.
 */
export function stageOf(state: AppState, now: number): string {
  if (state.outcome) return state.outcome.kind;
  if (state.status === "on-hold") return "on-hold";
  if (state.rounds.some((r) => r.atMs > now)) return "interview-scheduled";
  if (state.rounds.length > 0) return state.signal === "next-step" ? "next-step" : "waiting";
  return "applied";
}

/** The latest moment either side did something (up to now), ISO 8601 in the app's zone. */
function lastTouchOf(state: AppState, now: number): string | null {
  let last = -Infinity;
  for (const r of state.rounds) if (r.endMs <= now && r.endMs > last) last = r.atMs;
  for (const t of state.touches) if (t.atMs <= now && t.atMs > last) last = t.atMs;
  for (const r of state.replies) if (r.atMs <= now && r.atMs > last) last = r.atMs;
  if (last === -Infinity) return null;
  return isoWithOffset(last, state.zone);
}

function lineOf(problem: string): number {
  const m = /:(\d+): /.exec(problem);
  return m ? Number(m[1]) : 0;
}
