/**
 * The planner: an application's state, the policy and "now" in, the next actions out.
 * Pure: no clock, no I/O; the same input gives the same actions.
 *
 * Each rule of the policy (docs/policy.md) is a module of ./rules/ named by its id; this file
 * only says in which order they are asked. For one application:
 * 1. stop-on-outcome: an ending outcome closes the thread (after a rejection:
 *    final-thanks-after-rejection, then keep-in-touch);
 * 2. thank-you-24h for the last interview, ask-timeline before the next one;
 * 3. once the last interview is over and none is scheduled, the follow-up: gauge-reply,
 *    let-go-brush-off, answer-their-question, let-go-unanswered, value-add-still-open, else a
 *    check-in (./rules/check-in.ts: check-in-on-new-date, check-in-after-decision-date,
 *    check-in-default-wait, moved by wait-out-of-office and the spacing guardrail).
 * Every action goes through ./rules/emit.ts (missed-window, actions set aside) and the plan
 * is ordered by ./rules/order.ts. The guardrails: spacing (./rules/spacing.ts), one check-in
 * or value-add at a time (the follow-up plans one), working hours (`touchWindow`), endings
 * (step 1), and a one-sentence `reason` on every action.
 */
import type { BusinessCalendar } from "../time/business-days.js";
import { dayInZone, minutesOfDay } from "../time/index.js";
import { HearbackError } from "./errors.js";
import { type AppState, type FoldOptions, foldEach, type ReplyState, type Touch } from "./fold.js";
import type { ReplyHistory } from "./insights.js";
import { DEFAULT_POLICY, type Policy, resolvePolicy } from "./policy.js";
import { answerTheirQuestion } from "./rules/answer-their-question.js";
import { askTimeline } from "./rules/ask-timeline.js";
import { planCheckIn } from "./rules/check-in.js";
import {
  type Ctx,
  checkInContact,
  dayOf,
  decisionAt,
  type FollowUpFacts,
  newPlanned,
  type Planned,
  upTo,
} from "./rules/context.js";
import { finalThanksAfterRejection } from "./rules/final-thanks-after-rejection.js";
import { followUpAfterApplication } from "./rules/follow-up-after-application.js";
import { gaugeReply } from "./rules/gauge-reply.js";
import { letGoBrushOff } from "./rules/let-go-brush-off.js";
import { letGoUnanswered } from "./rules/let-go-unanswered.js";
import { ordered, orderOf } from "./rules/order.js";
import { outcomeAt } from "./rules/stop-on-outcome.js";
import { thankYous } from "./rules/thank-you-24h.js";
import { valueAddStillOpen } from "./rules/value-add-still-open.js";
import type { Action, ReadReply, Settings, TimelineEvent } from "./types.js";

/** The zone of applications that name none, when the settings name none either. */
const FALLBACK_ZONE = "UTC";

/** The business calendar of a holiday region (date-holidays code: "US", "US-CO", "GB"). */
export type Calendars = (region: string) => BusinessCalendar;

/** What `plan` needs: the timeline's events (or states already folded), policy and now. */
export interface PlanInput {
  /** The timeline's events; folded with `readReply` and the settings' zone and region. */
  readonly events?: readonly TimelineEvent[];
  /** States already folded (used as they are: `readReply` applies only to `events`). */
  readonly states?: readonly AppState[];
  /** The policy; default: the defaults with the settings' overrides. */
  readonly policy?: Policy;
  /** The moment to plan from, epoch milliseconds. */
  readonly now: number;
  readonly settings?: Settings;
  /** Reads replies the user did not label; without it they are taken as still deciding. */
  readonly readReply?: ReadReply;
  /** Business calendars by region (the built-in holiday table is `businessCalendar`). */
  readonly calendars: Calendars;
  /**
   * The user's replies after interviews across all their applications (`replyHistory`),
   * which check-in-default-wait adapts to; without it, the setting's wait.
   */
  readonly history?: ReplyHistory | null;
}

/**
 * Plans the next actions of every open thread, ordered by `dueBy`, then `app`, then `kind`.
 *
 * @example
 * const actions = plan({ events, now: Date.parse("2026-11-18T12:00:00Z"), settings: { timezone: "America/Denver" }, calendars: businessCalendar });
 * actions[0].rule   // "check-in-after-decision-date"
 * actions[0].reason // "Dana Lee said you'd hear by Fri 13 Nov; it is now 3 business days later with no news."
 */
export function plan(input: PlanInput): Action[] {
  const { now, settings } = input;
  if (!Number.isFinite(now)) throw new Error("plan: now must be epoch milliseconds");
  let policy = input.policy;
  if (!policy) {
    const resolved = resolvePolicy(settings?.policy);
    if (resolved.problems.length > 0) {
      throw new HearbackError(
        "bad-input",
        "the policy settings have problems",
        resolved.problems.map((p) => `policy.${p.field}: ${p.message}`),
      );
    }
    policy = resolved.policy;
  }
  const planned = newPlanned();
  const run = newRun(policy, now, planned, input);
  if (input.states) {
    for (const state of input.states) planInto(run, state);
  } else {
    const options: FoldOptions = {
      defaultZone: settings?.timezone ?? FALLBACK_ZONE,
      ...(settings?.region ? { defaultRegion: settings.region } : {}),
      ...(input.readReply ? { readReply: input.readReply } : {}),
    };
    // Folded and planned one application at a time: no state outlives its planning, which
    // keeps the garbage collector's work small on large timelines.
    foldEach(input.events ?? [], options, (state) => planInto(run, state));
  }
  return ordered(planned);
}

/** What planning one application at a time needs besides the states. */
export interface PlanOptions {
  readonly policy?: Policy;
  readonly now: number;
  /** Business calendars by region (the built-in holiday table is `businessCalendar`). */
  readonly calendars: Calendars;
  /** As in `PlanInput`. */
  readonly history?: ReplyHistory | null;
}

/**
 * Plans application by application, for callers that fold as they go (a large timeline
 * read in one pass, a store walked row by row): `add` each state, then take `actions()`,
 * ordered as `plan` orders them.
 *
 * @example
 * const p = planner({ policy, now, calendars: businessCalendar });
 * for (const state of states) p.add(state);
 * p.actions();
 */
export function planner(
  options: Omit<PlanOptions, "history"> & {
    /**
     * As in `PlanInput`; "later" when it is not known yet (it is learned from the very
     * states being planned): applications whose plan rests on it are set aside until `learn`.
     */
    readonly history?: ReplyHistory | null | "later";
  },
): {
  add(state: AppState): void;
  /**
   * With `history: "later"`: plans the applications set aside, with the history now known.
   * Only their states are kept meanwhile (a plan that rests on the history is dropped as
   * soon as it is made), so folding is never done twice.
   */
  learn(history: ReplyHistory | null): void;
  actions(): Action[];
  /**
   * The actions as `actions()` orders them, with each one's `dueBy` as epoch milliseconds
   * beside it: what a caller needs to merge the plans of disjoint sets of applications
   * (made on several threads) into the order of `plan`.
   */
  actionsWithDueBy(): { readonly actions: Action[]; readonly dueByMs: number[] };
} {
  const planned = newPlanned();
  const later = options.history === "later";
  const run = newRun(options.policy ?? DEFAULT_POLICY, options.now, planned, {
    calendars: options.calendars,
    history: later ? null : options.history,
  });
  const aside: AppState[] = [];
  return {
    add: later ? (state) => planOrSetAside(run, state, aside) : (state) => planInto(run, state),
    learn: (history) => {
      // Handed to each planning, not stored in the run: a field written a second time makes
      // V8 throw away the planner's optimised code and compile it again (74-188 ms of
      // compiling on a shard of 50,000 applications, just when the plans set aside are made).
      for (const state of aside.splice(0)) planInto(run, state, history);
    },
    actions: () => {
      return ordered(planned);
    },
    actionsWithDueBy: () => {
      const order = orderOf(planned);
      return {
        actions: order.map((i) => planned.actions[i]!),
        dueByMs: order.map((i) => planned.dueBy[i]!),
      };
    },
  };
}

/**
 * The next actions of one application, in the same order as `plan`.
 *
 * @example
 * planApplication(state, { now, calendars: businessCalendar }).map((a) => a.kind) // ["thank-you", "thank-you"]
 */
export function planApplication(state: AppState, options: PlanOptions): Action[] {
  const planned = newPlanned();
  planInto(newRun(options.policy ?? DEFAULT_POLICY, options.now, planned, options), state);
  return ordered(planned);
}

/** One application's plan, and until when it holds (see `planApplicationStable`). */
export interface StablePlan {
  /** In the order of `plan`. */
  readonly actions: Action[];
  /** Each action's `dueBy` as epoch milliseconds, in the same order. */
  readonly dueByMs: number[];
  /**
   * Per action: true when it is due "now" (letting go of a thread): its `dueBy` is the
   * moment planned at, and at a later `now'` it is `now'` (so it is never overdue).
   */
  readonly floating: boolean[];
  /**
   * Epoch milliseconds: for every `now'` from `now` up to (not including) this instant, the
   * same state plans the same actions, `overdue` aside (it is `dueBy < now'`, for the reader
   * to recompute) and the `dueBy` of the floating actions (`now'` itself, in the
   * application's zone; the order of `plan` then follows the new dueBy). null: the plan
   * never changes with time alone.
   */
  readonly stableUntil: number | null;
}

/**
 * Plans one application, like `planApplication`, and says until when that plan holds with
 * the clock alone moving: the earliest future instant of any event of the state (an
 * interview starting or ending, a reply, a message, a status or a decision date stated
 * "later" in the timeline) or of a rule's own threshold (a day turning over in the
 * application's zone where a reason counts days, a give-up time). This lets a caller keep
 * plans between runs and plan again only what changed.
 *
 * @example
 * const { actions, stableUntil } = planApplicationStable(state, { now, calendars: businessCalendar });
 * // until stableUntil, planApplication(state, { now: later }) gives the same actions
 */
export function planApplicationStable(state: AppState, options: PlanOptions): StablePlan {
  const { now } = options;
  const planned = newPlanned();
  planInto(newRun(options.policy ?? DEFAULT_POLICY, now, planned, options), state);
  let until = planned.until;
  const later = (ms: number) => {
    if (ms > now && ms < until) until = ms;
  };
  for (const r of state.rounds) {
    later(r.atMs);
    later(r.endMs);
  }
  for (const t of state.touches) later(t.atMs);
  for (const r of state.replies) later(r.atMs);
  for (const st of state.statuses) later(st.atMs);
  for (const n of state.notes) later(n.atMs);
  for (const d of state.dismissals ?? []) later(d.atMs);
  if (state.decision) later(state.decision.statedMs);
  if (state.outcome) later(state.outcome.atMs);
  if (state.lastEventMs !== null) later(state.lastEventMs);
  const order = orderOf(planned);
  return {
    actions: order.map((i) => planned.actions[i]!),
    dueByMs: order.map((i) => planned.dueBy[i]!),
    floating: order.map((i) => planned.floating.includes(i)),
    stableUntil: until === Number.POSITIVE_INFINITY ? null : until,
  };
}

/* ------------------------------------------------------------ internals */

/** What stays the same for every application of one plan. */
interface Run {
  readonly policy: Policy;
  readonly now: number;
  readonly workStart: number;
  readonly workEnd: number;
  readonly out: Planned;
  readonly calendars: Calendars;
  readonly history: ReplyHistory | null;
  region: string | undefined;
  cal: BusinessCalendar | undefined;
}

function newRun(
  policy: Policy,
  now: number,
  out: Planned,
  given: { readonly calendars: Calendars; readonly history?: ReplyHistory | null },
): Run {
  return {
    policy,
    now,
    workStart: minutesOfDay(policy.workingHours.start),
    workEnd: minutesOfDay(policy.workingHours.end),
    out,
    calendars: given.calendars,
    history: given.history ?? null,
    region: undefined,
    cal: undefined,
  };
}

/**
 * Plans `s`, unless its plan rests on the history (not known yet): then its actions are
 * taken back and it is set aside in `aside`.
 */
function planOrSetAside(run: Run, s: AppState, aside: AppState[]): void {
  const { out } = run;
  const count = out.actions.length;
  const floating = out.floating.length;
  out.restsOnHistory = false;
  planInto(run, s);
  if (!out.restsOnHistory) return;
  for (const column of [out.actions, out.dueBy, out.apps, out.kindRanks, out.tos]) {
    column.length = count;
  }
  out.floating.length = floating;
  aside.push(s);
}

function planInto(run: Run, s: AppState, history = run.history): void {
  const { policy, now, out } = run;
  if (s.region !== run.region) {
    run.cal = run.calendars(s.region);
    run.region = s.region;
  }
  const ctx: Ctx = {
    s,
    policy,
    now,
    cal: run.cal!,
    zone: s.zone,
    workStart: run.workStart,
    workEnd: run.workEnd,
    nowDay: dayInZone(now, s.zone),
    decision: decisionAt(s, now),
    history,
    out,
  };

  // stop-on-outcome: an ending outcome closes the thread. Only a rejection leaves
  // something to do: the final thank-you, then keep-in-touch.
  const outcome = outcomeAt(s, now);
  if (outcome !== null) {
    if (outcome.kind === "rejected") finalThanksAfterRejection(ctx, outcome);
    return;
  }

  // Rounds begun by now; the last of them is the one follow-ups are about.
  let begun = 0;
  while (begun < s.rounds.length && s.rounds[begun]!.atMs <= now) begun++;
  const last = begun > 0 ? s.rounds[begun - 1]! : undefined;
  const next = s.rounds[begun];

  const pendingThankYouBy = last && last.endMs <= now ? thankYous(ctx, begun - 1) : null;
  if (next) askTimeline(ctx, next.atMs);
  if (!last && !next) {
    followUpAfterApplication(ctx);
    return;
  }
  // While an interview is on, or another is scheduled, the next talk is the follow-up.
  if (!last || last.endMs > now || next) return;
  followUp(ctx, begun - 1, pendingThankYouBy);
}

/**
 * The follow-up after the last interview: the first rule that applies plans it (at most one
 * check-in or value-add per application).
 */
function followUp(ctx: Ctx, lastIndex: number, pendingThankYouBy: number | null): void {
  const { s } = ctx;
  const last = s.rounds[lastIndex]!;
  const since = last.atMs;
  const lastEndDay = dayOf(ctx, last.endMs);

  let latestReal: ReplyState | undefined;
  let latestReply: ReplyState | undefined;
  for (const r of s.replies) {
    if (r.atMs < since || r.atMs > ctx.now) continue;
    latestReply = r;
    if (r.signal !== "out-of-office") latestReal = r;
  }
  if (gaugeReply(ctx, latestReal) || letGoBrushOff(ctx, latestReal)) return;

  const touches = upTo(s.touches, ctx.now);
  if (latestReal && answerTheirQuestion(ctx, latestReal, touches, lastIndex)) return;
  // Check-ins in a row with no reply since (auto-replies do not count), and value-adds sent.
  const answeredAt = Math.max(since, latestReal?.atMs ?? since);
  let lastFollowUp: Touch | undefined;
  let unanswered = 0;
  let valueAdds = 0;
  let achievements = 0;
  for (const t of touches) {
    if (t.kind === "value-add") {
      valueAdds++;
      if (t.variant === "achievement") achievements++;
    }
    if (t.atMs < since || (t.kind !== "check-in" && t.kind !== "value-add")) continue;
    lastFollowUp = t;
    if (t.kind === "check-in" && t.atMs > answeredAt) unanswered++;
  }
  if (letGoUnanswered(ctx, touches, since, answeredAt, unanswered)) return;

  const facts: FollowUpFacts = {
    lastEndDay,
    since,
    latestReply,
    latestReal,
    touches,
    lastFollowUp,
    valueAdds,
    achievements,
    pendingThankYouBy,
    to: checkInContact(s, ctx.decision, lastIndex, ctx.now),
  };
  if (!valueAddStillOpen(ctx, facts)) planCheckIn(ctx, facts);
}
