/**
 * The planner: an application's state, the policy and "now" in, the next actions out.
 * Pure: no clock, no I/O; the same input gives the same actions.
 *
 * Every rule of the policy (docs/policy.md) is a section below, named by its id. The
 * guardrails are applied in one place each:
 * - spacing (`spacingFloorDay`): a check-in or value-add never lands closer to another touch
 *   to the same employer than the minimum spacing (5 business days; 14 days and growing
 *   around value-adds). Thank-yous, the final thank-you and keep-in-touch run on their own
 *   clocks: they answer an interview or a decision, they do not chase one;
 * - one check-in per employer at a time: at most one check-in or value-add per application;
 * - working hours: check-ins and value-adds start at the start of working hours on a
 *   business day in the application's zone (`touchWindow`);
 * - after an ending outcome only the final thank-you and keep-in-touch are planned;
 * - every action has a one-sentence `reason` naming the facts it rests on.
 */
import {
  addMonths,
  atWallMinutes,
  type BusinessCalendar,
  businessCalendar,
  DAY_MS,
  dayInZone,
  epochDay,
  formatDayNumber,
  fromEpochDay,
  HOUR_MS,
  isoWithOffset,
  minutesOfDay,
} from "../time/index.js";
import { whatTheyAsk } from "./asks.js";
import { HearbackError } from "./errors.js";
import {
  type AppState,
  type DecisionDate,
  type Dismissal,
  ENDING_STATUSES,
  type FoldOptions,
  foldEach,
  type Outcome,
  type OutcomeKind,
  type ReplyState,
  type Touch,
} from "./fold.js";
import { DEFAULT_POLICY, type Policy, resolvePolicy } from "./policy.js";
import {
  ACTION_KIND_ORDER,
  type Action,
  type ActionKind,
  type Channel,
  type ReadReply,
  type RuleId,
  type Settings,
  type Signal,
  type TimelineEvent,
  type Variant,
} from "./types.js";

/** Business days a check-in's or value-add's window stays open after it starts. */
export const TOUCH_WINDOW_BUSINESS_DAYS = 2;
/** Business days the keep-in-touch reminder's window stays open (it is low priority). */
export const KEEP_IN_TOUCH_WINDOW_BUSINESS_DAYS = 10;
/** Days added to the value-add gap for each value-add already sent ("spread them out"). */
export const VALUE_ADD_GAP_GROWTH_DAYS = 7;
/** Hours before a scheduled interview from which the reminder to ask for a timeline shows. */
export const ASK_TIMELINE_LEAD_HOURS = 24;
/** The zone of applications that name none, when the settings name none either. */
export const FALLBACK_ZONE = "UTC";

// Suggested channels, best first; shared (and frozen) by every action that suggests them.
const EMAIL_OR_CARD: readonly Channel[] = Object.freeze(["email", "card"]);
const EMAIL_OR_PHONE: readonly Channel[] = Object.freeze(["email", "phone"]);
const EMAIL_OR_LINKEDIN: readonly Channel[] = Object.freeze(["email", "linkedin"]);
const EMAIL: readonly Channel[] = Object.freeze(["email"]);
const NO_CHANNEL: readonly Channel[] = Object.freeze([]);

const WARM_SIGNALS: ReadonlySet<Signal> = new Set<Signal>(["encouraging", "next-step"]);

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
}

/**
 * Plans the next actions of every open thread, ordered by `dueBy`, then `app`, then `kind`.
 *
 * @example
 * const actions = plan({ events, now: Date.parse("2026-11-18T12:00:00Z"), settings: { timezone: "America/Denver" } });
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
  const run = newRun(policy, now, planned);
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

/**
 * Plans application by application, for callers that fold as they go (a large timeline
 * read in one pass, a store walked row by row): `add` each state, then take `actions()`,
 * ordered as `plan` orders them.
 *
 * @example
 * const p = planner({ policy, now });
 * for (const state of states) p.add(state);
 * p.actions();
 */
export function planner(options: { readonly policy?: Policy; readonly now: number }): {
  add(state: AppState): void;
  actions(): Action[];
  /**
   * The actions as `actions()` orders them, with each one's `dueBy` as epoch milliseconds
   * beside it: what a caller needs to merge the plans of disjoint sets of applications
   * (made on several threads) into the order of `plan`.
   */
  actionsWithDueBy(): { readonly actions: Action[]; readonly dueByMs: number[] };
} {
  const planned = newPlanned();
  const run = newRun(options.policy ?? DEFAULT_POLICY, options.now, planned);
  return {
    add: (state) => planInto(run, state),
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
 * planApplication(state, { now }).map((a) => a.kind) // ["thank-you", "thank-you"]
 */
export function planApplication(
  state: AppState,
  options: { readonly policy?: Policy; readonly now: number },
): Action[] {
  const planned = newPlanned();
  planInto(newRun(options.policy ?? DEFAULT_POLICY, options.now, planned), state);
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
 * const { actions, stableUntil } = planApplicationStable(state, { now });
 * // until stableUntil, planApplication(state, { now: later }) gives the same actions
 */
export function planApplicationStable(
  state: AppState,
  options: { readonly policy?: Policy; readonly now: number },
): StablePlan {
  const { now } = options;
  const planned = newPlanned();
  planInto(newRun(options.policy ?? DEFAULT_POLICY, now, planned), state);
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

/**
 * The actions planned so far, with their deadlines as numbers beside them (an array of
 * plain numbers, not one wrapper object per action: a large plan keeps hundreds of
 * thousands of actions alive, and every object kept alive costs garbage-collector time).
 */
interface Planned {
  readonly actions: Action[];
  readonly dueBy: number[];
  /**
   * What orders actions due at the same instant (app, kind's rank, person), beside them:
   * read from arrays of one type each, the comparator runs several times faster than on
   * the actions, whose shapes vary with their optional fields.
   */
  readonly apps: string[];
  /** Each app's `appKey`, which orders most pairs of apps without reading their strings. */
  readonly appKeys: number[];
  readonly kindRanks: number[];
  readonly tos: string[];
  /**
   * The earliest instant after `now` at which a rule's own use of the clock (a day turning,
   * a give-up time) would change these actions; the times of the events themselves are
   * added by `planApplicationStable`.
   */
  until: number;
  /** The indexes of the actions due "now": their dueBy is the moment planned at, and moves with it. */
  readonly floating: number[];
}

function newPlanned(): Planned {
  return {
    actions: [],
    dueBy: [],
    apps: [],
    appKeys: [],
    kindRanks: [],
    tos: [],
    until: Number.POSITIVE_INFINITY,
    floating: [],
  };
}

/** Notes that the plan holds at most until `ms` (an instant after `now`). */
function holdsUntil(ctx: Ctx, ms: number): void {
  if (ms < ctx.out.until) ctx.out.until = ms;
}

/** The actions in the order of `plan`: by dueBy, then app, then kind (then person). */
function ordered(p: Planned): Action[] {
  const order = orderOf(p);
  const actions = new Array<Action>(order.length);
  for (let k = 0; k < order.length; k++) actions[k] = p.actions[order[k]!]!;
  return actions;
}

/** The indexes of the actions in the order of `plan`. */
function orderOf(p: Planned): number[] {
  const { dueBy, apps, appKeys, kindRanks, tos } = p;
  /** Negative when action i comes before action j of the same dueBy. */
  const compare = (i: number, j: number): number => {
    const kx = appKeys[i]!;
    const ky = appKeys[j]!;
    if (kx !== ky && kx >= 0 && ky >= 0) return kx - ky;
    const x = apps[i]!;
    const y = apps[j]!;
    if (x !== y) return x < y ? -1 : 1;
    const k = kindRanks[i]! - kindRanks[j]!;
    if (k !== 0) return k;
    const tx = tos[i]!;
    const ty = tos[j]!;
    return tx < ty ? -1 : tx > ty ? 1 : i - j;
  };
  const order = byDueBy(dueBy);
  if (order === undefined) {
    return dueBy.map((_, i) => i).sort((i, j) => dueBy[i]! - dueBy[j]! || compare(i, j));
  }
  // Only actions due at the same instant need the rest of the order: most such runs are a
  // handful of actions (deadlines fall on the end of working hours), sorted in place.
  for (let k = 0; k < order.length; ) {
    const due = dueBy[order[k]!]!;
    let m = k + 1;
    while (m < order.length && dueBy[order[m]!] === due) m++;
    if (m - k > 16) {
      const run = order.slice(k, m).sort(compare);
      for (let r = 0; r < run.length; r++) order[k + r] = run[r]!;
    } else {
      for (let r = k + 1; r < m; r++) {
        const i = order[r]!;
        let q = r;
        for (; q > k && compare(order[q - 1]!, i) > 0; q--) order[q] = order[q - 1]!;
        order[q] = i;
      }
    }
    k = m;
  }
  return order;
}

/**
 * A number that orders app ids as their strings order, as far as their first seven
 * characters tell (a tie says nothing), or -1 when those are not all ASCII. Read once per
 * application, it spares sorting the actions due at one instant (most of them: deadlines fall
 * on the end of working hours) from reading two strings, scattered in memory, per comparison.
 */
function appKey(app: string): number {
  let key = 0;
  for (let k = 0; k < 7; k++) {
    const c = k < app.length ? app.charCodeAt(k) : 0;
    if (c > 127) return -1;
    key = key * 128 + c;
  }
  return key;
}

/**
 * The indexes sorted by deadline (ties in index order), or undefined when the deadlines do
 * not fit the trick: each index is packed into the low bits of its deadline's offset from
 * the earliest, so that a typed array sorts them natively, several times faster than a
 * comparator called a million times on a large plan.
 */
function byDueBy(dueBy: readonly number[]): number[] | undefined {
  const n = dueBy.length;
  if (n < 2) return dueBy.map((_, i) => i);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const d = dueBy[i]!;
    if (!Number.isInteger(d)) return undefined;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const scale = 2 ** Math.ceil(Math.log2(n));
  if ((max - min + 1) * scale > Number.MAX_SAFE_INTEGER) return undefined;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (dueBy[i]! - min) * scale + i;
  keys.sort();
  const order = new Array<number>(n);
  // The low bits, without a floating-point remainder (slow): the division by a power of two
  // is exact.
  for (let k = 0; k < n; k++) {
    const key = keys[k]!;
    order[k] = key - Math.floor(key / scale) * scale;
  }
  return order;
}

/**
 * The same string, made flat. Strings built by concatenation are trees of pieces until
 * something reads them; reading one character joins them into one string, so that a kept
 * reason is one object for the garbage collector to move rather than a dozen.
 */
function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}

/** Everything the rules of one application share. */
interface Ctx {
  readonly s: AppState;
  readonly policy: Policy;
  readonly now: number;
  readonly cal: BusinessCalendar;
  readonly zone: string;
  readonly workStart: number;
  readonly workEnd: number;
  readonly nowDay: number;
  /** The decision date as stated by now. */
  readonly decision: DecisionDate | null;
  readonly out: Planned;
  /** See `appKey`. */
  readonly appKey: number;
}

function dayOf(ctx: Ctx, ms: number): number {
  return dayInZone(ms, ctx.zone);
}

/** "Fri 13 Nov" for a day number. */
const day = formatDayNumber;

/**
 * What `emit` is told of an action. Every call passes every field, in this order (`undefined`
 * or `false` where it does not apply): objects written with the same fields in the same order
 * share one hidden class, and `emit`, called a hundred thousand times on a large plan, then
 * reads them through one inline cache instead of a lookup per field.
 */
interface Emit {
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

function emit(ctx: Ctx, a: Emit): void {
  if (ctx.s.dismissals !== undefined && dismissed(ctx, a)) return;
  // The fields in the order the JSON shows them, optional ones only when present. The
  // common shapes are whole literals: a large plan makes hundreds of thousands of these,
  // and an object made whole is allocated once, in one piece.
  const { app, company } = ctx.s;
  const { kind, to, variant, channels, rule, round } = a;
  const dueFrom = isoWithOffset(a.from, ctx.zone);
  const dueBy = isoWithOffset(a.by, ctx.zone);
  const zone = ctx.zone;
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
  let action: Record<string, unknown>;
  if (missedOn !== null) {
    action = { app, company, kind };
    if (to !== undefined) action.to = to;
    if (variant !== undefined) action.variant = variant;
    Object.assign(action, { channels, dueFrom, dueBy, zone, overdue, rule, reason });
    if (round !== undefined) action.round = round;
    if (a.assumption) action.assumption = true;
    action.missed = true;
  } else if (variant === undefined && round === undefined && !a.assumption) {
    action =
      to === undefined
        ? { app, company, kind, channels, dueFrom, dueBy, zone, overdue, rule, reason }
        : { app, company, kind, to, channels, dueFrom, dueBy, zone, overdue, rule, reason };
  } else if (variant === undefined && round === undefined) {
    action =
      to === undefined
        ? {
            app,
            company,
            kind,
            channels,
            dueFrom,
            dueBy,
            zone,
            overdue,
            rule,
            reason,
            assumption: true,
          }
        : {
            app,
            company,
            kind,
            to,
            channels,
            dueFrom,
            dueBy,
            zone,
            overdue,
            rule,
            reason,
            assumption: true,
          };
  } else if (variant === undefined && !a.assumption) {
    action =
      to === undefined
        ? { app, company, kind, channels, dueFrom, dueBy, zone, overdue, rule, reason, round }
        : { app, company, kind, to, channels, dueFrom, dueBy, zone, overdue, rule, reason, round };
  } else {
    action = { app, company, kind };
    if (to !== undefined) action.to = to;
    if (variant !== undefined) action.variant = variant;
    Object.assign(action, { channels, dueFrom, dueBy, zone, overdue, rule, reason });
    if (round !== undefined) action.round = round;
    if (a.assumption) action.assumption = true;
  }
  const out = ctx.out;
  out.actions.push(action as unknown as Action);
  out.dueBy.push(a.by);
  out.apps.push(ctx.s.app);
  out.appKeys.push(ctx.appKey);
  out.kindRanks.push(ACTION_KIND_ORDER[a.kind]);
  out.tos.push(a.to ?? "");
  if (a.floating) out.floating.push(out.actions.length - 1);
}

/**
 * missed-window: the day an action overdue since `by` counts as missed (the day after
 * `missedAfterBusinessDays` business days have passed since its deadline's day), when that
 * day has come; else null, and the plan holds only until that day.
 */
function missedDay(ctx: Ctx, by: number): number | null {
  const missed =
    ctx.cal.addBusinessDaysToDay(dayOf(ctx, by), ctx.policy.missedAfterBusinessDays) + 1;
  if (ctx.nowDay >= missed) return missed;
  holdsUntil(ctx, atWallMinutes(missed, 0, ctx.zone));
  return null;
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

/** A check-in's or value-add's window: from working hours' start on a business day. */
function touchWindow(ctx: Ctx, startDay: number): { from: number; by: number; day: number } {
  const d = ctx.cal.onOrAfterDay(startDay);
  return {
    day: d,
    from: atWallMinutes(d, ctx.workStart, ctx.zone),
    by: atWallMinutes(
      ctx.cal.addBusinessDaysToDay(d, TOUCH_WINDOW_BUSINESS_DAYS),
      ctx.workEnd,
      ctx.zone,
    ),
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const SIGNAL_WORDS: Readonly<Record<Signal, string>> = Object.freeze({
  offer: "makes an offer",
  "next-step": "talks of a next step",
  encouraging: "sounds encouraging",
  "still-deciding": "says they are still deciding",
  "brush-off": "reads as a brush-off",
  rejection: "turns you down",
  "out-of-office": "is an automatic out-of-office reply",
});

/** "Dana Lee's reply of Wed 18 Nov sounds encouraging (as read from its text)". */
function describeReply(ctx: Ctx, r: ReplyState): string {
  const who = r.from ? `${r.from}'s` : `${ctx.s.company}'s`;
  const how =
    r.source === "gauge"
      ? " (as read from its text)"
      : r.source === "assumed"
        ? " (it is not read yet, so it is taken as still deciding)"
        : "";
  // A gauged reading quotes the words it rests on, when they stand in the reply's text.
  const words = r.source === "gauge" ? r.evidence?.[0] : undefined;
  const quote = words && r.text?.includes(words) ? `: "${words}"` : "";
  return `${who} reply of ${day(dayOf(ctx, r.atMs))} ${SIGNAL_WORDS[r.signal]}${quote}${how}`;
}

/** The person to check in with: who gave the date, who last replied, the hiring manager. */
function checkInContact(
  s: AppState,
  decision: DecisionDate | null,
  lastRoundIndex: number,
  now: number,
): string | undefined {
  if (decision?.by) return decision.by;
  for (let i = s.replies.length - 1; i >= 0; i--) {
    if (s.replies[i]!.atMs > now) continue;
    const from = s.replies[i]!.from;
    if (from && s.contacts.some((c) => c.name === from)) return from;
  }
  let recruiter: string | undefined;
  for (const c of s.contacts) {
    if (c.role === "hiring-manager") return c.name;
    if (c.role === "recruiter") recruiter ??= c.name;
  }
  if (recruiter !== undefined) return recruiter;
  return s.rounds[lastRoundIndex]?.interviewers[0]?.name ?? s.contacts[0]?.name;
}

/** What stays the same for every application of one plan. */
interface Run {
  readonly policy: Policy;
  readonly now: number;
  readonly workStart: number;
  readonly workEnd: number;
  readonly out: Planned;
  region: string | undefined;
  cal: BusinessCalendar | undefined;
}

function newRun(policy: Policy, now: number, out: Planned): Run {
  return {
    policy,
    now,
    workStart: minutesOfDay(policy.workingHours.start),
    workEnd: minutesOfDay(policy.workingHours.end),
    out,
    region: undefined,
    cal: undefined,
  };
}

function planInto(run: Run, s: AppState): void {
  const { policy, now, out } = run;
  if (s.region !== run.region) {
    run.cal = businessCalendar(s.region);
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
    out,
    appKey: appKey(s.app),
  };

  // stop-on-outcome: an ending outcome closes the thread. Only a rejection leaves
  // something to do: the final thank-you, then keep-in-touch.
  const outcome = outcomeAt(s, now);
  if (outcome !== null) {
    if (outcome.kind === "rejected") finalThanksAndKeepInTouch(ctx, outcome);
    return;
  }

  // Rounds begun by now; the last of them is the one follow-ups are about.
  let begun = 0;
  while (begun < s.rounds.length && s.rounds[begun]!.atMs <= now) begun++;
  const last = begun > 0 ? s.rounds[begun - 1]! : undefined;
  const next = s.rounds[begun];

  const pendingThankYouBy = last && last.endMs <= now ? thankYous(ctx, begun - 1) : null;
  if (next) askTimeline(ctx, next.atMs);
  // While an interview is on, or another is scheduled, the next talk is the follow-up.
  if (!last || last.endMs > now || next) return;
  followUp(ctx, begun - 1, pendingThankYouBy);
}

/**
 * The outcome as of `now`: the state's own outcome when it is not in the future (the
 * common case), else the same reading of statuses and replies up to `now`.
 */
function outcomeAt(s: AppState, now: number): Outcome | null {
  if (s.lastEventMs === null || s.lastEventMs <= now) return s.outcome;
  let outcome: Outcome | null = null;
  let i = 0;
  let j = 0;
  // Statuses and replies merged in time order, as `fold` read them (statuses first on ties).
  while (i < s.statuses.length || j < s.replies.length) {
    const st = s.statuses[i];
    const r = s.replies[j];
    if (st && (!r || st.atMs <= r.atMs)) {
      i++;
      if (st.atMs > now) continue;
      outcome = ENDING_STATUSES.has(st.status)
        ? { kind: st.status as OutcomeKind, atMs: st.atMs, source: "status", gauged: false }
        : null;
    } else if (r) {
      j++;
      if (r.atMs > now) continue;
      if ((r.signal === "rejection" || r.signal === "offer") && !r.cantTell) {
        outcome = {
          kind: r.signal === "rejection" ? "rejected" : "offer",
          atMs: r.atMs,
          source: "reply",
          gauged: r.source !== "user",
        };
      }
    }
  }
  return outcome;
}

/** The decision date as stated by `now` (the state's own, unless it was stated later). */
function decisionAt(s: AppState, now: number): DecisionDate | null {
  if (s.decision === null || s.decision.statedMs <= now) return s.decision;
  let best: DecisionDate | null = null;
  for (const r of s.rounds) {
    if (r.atMs > now || r.decisionBy === null) continue;
    const by = r.interviewers.find((c) => c.role === "hiring-manager") ?? r.interviewers[0];
    best = {
      date: r.decisionBy,
      statedMs: r.atMs,
      by: by?.name ?? null,
      source: "interview",
      gauged: false,
    };
  }
  for (const r of s.replies) {
    if (r.atMs > now || r.decisionBy === null || r.signal === "out-of-office") continue;
    if (best && best.statedMs > r.atMs) continue;
    best = {
      date: r.decisionBy,
      statedMs: r.atMs,
      by: r.from,
      source: "reply",
      gauged: r.source === "gauge",
    };
  }
  return best;
}

/* ---------------------------------------------------------- thank-you-24h */

/**
 * One thank-you per interviewer of the last round, due within `thankYouHours` elapsed
 * hours of its end. Returns the latest dueBy planned (a touch for spacing), or null.
 */
function thankYous(ctx: Ctx, roundIndex: number): number | null {
  const { s, policy } = ctx;
  const round = s.rounds[roundIndex]!;
  // A follow-up sent since the round began means the user moved on: no late thank-you.
  let thankedAny = false;
  for (const t of s.touches) {
    if (t.atMs < round.atMs || t.atMs > ctx.now) continue;
    if (t.kind === "check-in" || t.kind === "value-add") return null;
    if (t.kind !== "thank-you") continue;
    if (t.to.length === 0) return null; // one note to the whole panel
    thankedAny = true;
  }
  const from = round.endMs;
  // Elapsed hours: 24 hours is 24 hours even on the night the clocks change.
  const by = round.endMs + policy.thankYouHours * HOUR_MS;
  const when = day(dayOf(ctx, round.atMs));
  const hours = plural(policy.thankYouHours, "hour");
  const stage = round.stage ? ` (${round.stage})` : "";
  let planned: number | null = null;
  if (round.interviewers.length === 0) {
    if (thankedAny) return null;
    emit(ctx, {
      kind: "thank-you",
      rule: "thank-you-24h",
      from,
      by,
      to: undefined,
      channels: EMAIL_OR_CARD,
      round: round.round,
      variant: undefined,
      assumption: false,
      floating: false,
      reason: `Your interview${stage} on ${when} ended without a thank-you sent; it is due within ${hours} of the end (no interviewer's name is recorded).`,
    });
    return by;
  }
  for (const person of round.interviewers) {
    if (thankedAny && thanked(s.touches, round.atMs, ctx.now, person.name)) continue;
    emit(ctx, {
      kind: "thank-you",
      rule: "thank-you-24h",
      from,
      by,
      to: person.name,
      channels: EMAIL_OR_CARD,
      round: round.round,
      variant: undefined,
      assumption: false,
      floating: false,
      reason: `${person.name} interviewed you${stage} on ${when}; a thank-you to each interviewer is due within ${hours} of the end.`,
    });
    planned = by;
  }
  return planned;
}

/** True when a thank-you sent from `since` up to `now` names `name`. */
function thanked(touches: readonly Touch[], since: number, now: number, name: string): boolean {
  for (const t of touches) {
    if (t.kind === "thank-you" && t.atMs >= since && t.atMs <= now && t.to.includes(name)) {
      return true;
    }
  }
  return false;
}

/* ------------------------------------------------------------ ask-timeline */

function askTimeline(ctx: Ctx, nextAtMs: number): void {
  const { s } = ctx;
  const nextDay = dayOf(ctx, nextAtMs);
  const decision = ctx.decision;
  // A date that will have passed by the interview is as good as none.
  if (decision && epochDay(decision.date) >= nextDay) return;
  const round = s.rounds.find((r) => r.atMs === nextAtMs);
  const to =
    round?.interviewers.find((c) => c.role === "hiring-manager")?.name ??
    round?.interviewers[0]?.name;
  const known = decision
    ? `the date ${s.company} gave (${day(epochDay(decision.date))}) will have passed by then`
    : `${s.company} has not said when they will decide`;
  emit(ctx, {
    kind: "ask-timeline",
    rule: "ask-timeline",
    from: nextAtMs - ASK_TIMELINE_LEAD_HOURS * HOUR_MS,
    by: nextAtMs,
    to,
    channels: NO_CHANNEL,
    round: undefined,
    variant: undefined,
    assumption: false,
    floating: false,
    reason: `${known}; ask at your interview on ${day(nextDay)} when they expect to decide.`,
  });
}

/* ----------------------------------------------- check-ins and value-adds */

interface Due {
  readonly rule: RuleId;
  readonly startDay: number;
  readonly reason: string;
  readonly assumption?: boolean;
}

function followUp(ctx: Ctx, lastIndex: number, pendingThankYouBy: number | null): void {
  const { s, policy, cal } = ctx;
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

  // gauge-reply: the gauge can't tell how the latest reply reads. Acting on a guess could
  // mean chasing a no, so the plan waits for the user's word.
  if (latestReal?.cantTell) {
    const [a, b] = latestReal.cantTell;
    const who = latestReal.from ?? s.company;
    emit(ctx, {
      kind: "read-reply",
      rule: "gauge-reply",
      from: latestReal.atMs,
      by: Math.max(latestReal.atMs, ctx.now),
      to: undefined,
      channels: NO_CHANNEL,
      round: undefined,
      variant: undefined,
      assumption: false,
      floating: true,
      reason: `hearback can't tell how to read ${who}'s reply of ${day(dayOf(ctx, latestReal.atMs))}: it ${SIGNAL_WORDS[a]}, or it ${SIGNAL_WORDS[b]}; tell hearback which, and the plan goes on from there.`,
    });
    return;
  }

  // let-go-brush-off: the latest reply reads as a brush-off.
  if (latestReal?.signal === "brush-off") {
    // Due "now" (the reply is never later than now): the deadline moves with the clock.
    emit(ctx, {
      kind: "let-go",
      rule: "let-go-brush-off",
      from: latestReal.atMs,
      by: Math.max(latestReal.atMs, ctx.now),
      to: undefined,
      channels: NO_CHANNEL,
      round: undefined,
      variant: undefined,
      assumption: false,
      floating: true,
      reason: `${describeReply(ctx, latestReal)}; let this opportunity go rather than check in again.`,
    });
    return;
  }

  const touches = upTo(s.touches, ctx.now);
  // answer-their-question: a reply that asks something is answered, not chased.
  if (latestReal && answerTheirQuestion(ctx, latestReal, touches, lastIndex)) return;
  // let-go-unanswered: check-ins in a row with no reply since (auto-replies do not count).
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
  if (unanswered >= policy.maxCheckInsUnanswered) {
    const dated: string[] = [];
    let lastCheckIn = since;
    for (const t of touches) {
      if (t.kind !== "check-in" || t.atMs <= answeredAt) continue;
      dated.push(day(dayOf(ctx, t.atMs)));
      lastCheckIn = t.atMs;
    }
    const giveUp = atWallMinutes(
      cal.addBusinessDaysToDay(dayOf(ctx, lastCheckIn), policy.defaultWaitBusinessDays),
      ctx.workStart,
      ctx.zone,
    );
    const dates = dated.join(", ");
    // Before giveUp the reason waits for it; from then on the deadline is "now".
    if (giveUp > ctx.now) holdsUntil(ctx, giveUp);
    emit(ctx, {
      kind: "let-go",
      rule: "let-go-unanswered",
      from: giveUp,
      by: Math.max(giveUp, ctx.now),
      to: undefined,
      channels: NO_CHANNEL,
      round: undefined,
      variant: undefined,
      assumption: false,
      floating: giveUp <= ctx.now,
      reason:
        giveUp <= ctx.now
          ? `Your last ${plural(unanswered, "check-in")} (${dates}) got no reply; let this one go rather than keep calling.`
          : `Your last ${plural(unanswered, "check-in")} (${dates}) got no reply yet; if none comes by ${day(dayOf(ctx, giveUp))}, let this one go rather than keep calling.`,
    });
    return;
  }

  const to = checkInContact(s, ctx.decision, lastIndex, ctx.now);

  // value-add-still-open: the job is still open and they are warm.
  let statusNow: string | null = null;
  for (const st of s.statuses) if (st.atMs <= ctx.now) statusNow = st.status;
  if (statusNow === "still-open" && valueAdds < policy.maxValueAdds && isWarm(s.replies, ctx.now)) {
    valueAdd(ctx, { lastEndDay, touches, valueAdds, achievements, pendingThankYouBy, to });
    return;
  }

  let due = checkInDue(ctx, { lastEndDay, lastFollowUp, latestReal, since });
  due = outOfOfficeDue(ctx, due, latestReply, latestReal);
  const floor = spacingFloorDay(ctx, touches, pendingThankYouBy);
  const w = touchWindow(ctx, Math.max(due.startDay, floor.day));
  const moved =
    w.day > cal.onOrAfterDay(due.startDay) && floor.why
      ? `, moved to ${day(w.day)} to leave ${spacingReason(ctx.policy, floor.why)}`
      : "";
  emit(ctx, {
    kind: "check-in",
    rule: due.rule,
    from: w.from,
    by: w.by,
    to,
    channels: EMAIL_OR_PHONE,
    round: undefined,
    variant: undefined,
    assumption: due.assumption,
    floating: false,
    reason: `${due.reason}${moved}.`,
  });
}

/** Replies that may ask something of you and wait for your answer. */
const ASKING_SIGNALS: ReadonlySet<Signal> = new Set<Signal>([
  "next-step",
  "encouraging",
  "still-deciding",
]);

/**
 * answer-their-question: when their latest reply asks something (availability, references,
 * documents) and nothing was sent since, plans your answer, due within
 * `answerWithinBusinessDays` business days, instead of a check-in. Returns true when it did.
 */
function answerTheirQuestion(
  ctx: Ctx,
  reply: ReplyState,
  touches: readonly Touch[],
  lastIndex: number,
): boolean {
  if (!ASKING_SIGNALS.has(reply.signal)) return false;
  const n = touches.length;
  if (n > 0 && touches[n - 1]!.atMs >= reply.atMs) return false;
  const asked = whatTheyAsk(reply.text);
  if (asked === null) return false;
  const { policy, cal } = ctx;
  const within = policy.answerWithinBusinessDays;
  const replyDay = dayOf(ctx, reply.atMs);
  emit(ctx, {
    kind: "reply",
    rule: "answer-their-question",
    from: reply.atMs,
    by: atWallMinutes(cal.addBusinessDaysToDay(replyDay, within), ctx.workEnd, ctx.zone),
    to: reply.from ?? checkInContact(ctx.s, ctx.decision, lastIndex, ctx.now),
    channels: EMAIL,
    round: undefined,
    variant: undefined,
    assumption: false,
    floating: false,
    reason: `${describeReply(ctx, reply)} and asks for ${asked}; answer within ${plural(within, "business day")}, before any check-in.`,
  });
  return true;
}

/** The items of a time-ordered list up to `now`: the list itself when all are (the usual case). */
function upTo<T extends { readonly atMs: number }>(list: readonly T[], now: number): readonly T[] {
  const n = list.length;
  if (n === 0 || list[n - 1]!.atMs <= now) return list;
  return list.filter((x) => x.atMs <= now);
}

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
 * The first day a new check-in or value-add may start, and why: the minimum spacing after
 * the latest touch (sent, or a thank-you still planned), and the value-add gap after the
 * latest value-add.
 */
function spacingFloorDay(
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
type SpacingCause = "your last message" | "the thank-you" | "value-add";

/** "5 business days after the thank-you": the spacing floor's reason, for the action's. */
function spacingReason(policy: Policy, why: SpacingCause): string {
  return why === "value-add"
    ? `${plural(policy.valueAddMinGapDays, "day")} after your last value-add email`
    : `${plural(policy.minSpacingBusinessDays, "business day")} after ${why}`;
}

function checkInDue(
  ctx: Ctx,
  a: {
    lastEndDay: number;
    lastFollowUp: Touch | undefined;
    latestReal: ReplyState | undefined;
    since: number;
  },
): Due {
  const { s, policy, cal } = ctx;
  const d = ctx.decision;
  const lastFollowUpDay = a.lastFollowUp ? dayOf(ctx, a.lastFollowUp.atMs) : null;
  if (d) {
    const dateDay = epochDay(d.date);
    const who = d.by ?? s.company;
    const gauged = d.gauged ? " (as read from their reply)" : "";
    // A reply since the date was given is what the reason speaks of: never "no news".
    const since = a.latestReal && a.latestReal.atMs > d.statedMs ? a.latestReal : undefined;
    const heard = since ? `; ${describeReply(ctx, since)} but names no new date` : "";
    if (d.source === "reply") {
      // check-in-on-new-date: on that date, not before; spent once a check-in went out on it.
      const onDay = cal.onOrAfterDay(dateDay);
      if (lastFollowUpDay === null || lastFollowUpDay < onDay) {
        return {
          rule: "check-in-on-new-date",
          startDay: onDay,
          reason: `${who} wrote on ${day(dayOf(ctx, d.statedMs))} that they hope to decide by ${day(dateDay)}${gauged}${heard}; check in again on that date if you have not heard`,
        };
      }
    } else {
      // check-in-after-decision-date: a few business days after the promised date.
      const n = policy.checkInAfterDecisionBusinessDays;
      const start = cal.addBusinessDaysToDay(dateDay, n);
      if (lastFollowUpDay === null || lastFollowUpDay <= dateDay) {
        const passed = cal.businessDaysBetweenDays(dateDay, ctx.nowDay);
        // The reason changes on the day `start` comes, and then counts the days as they pass.
        holdsUntil(ctx, atWallMinutes(ctx.nowDay >= start ? ctx.nowDay + 1 : start, 0, ctx.zone));
        const tail =
          ctx.nowDay >= start
            ? since
              ? `it is now ${plural(passed, "business day")} past that date`
              : `it is now ${plural(passed, "business day")} later with no news`
            : since
              ? `check in ${plural(n, "business day")} after that date if nothing more comes`
              : `if there is no news, check in ${plural(n, "business day")} after that`;
        return {
          rule: "check-in-after-decision-date",
          startDay: start,
          reason: `${who} said you'd hear by ${day(dateDay)}${heard}; ${tail}`,
        };
      }
    }
  }
  // check-in-default-wait: no date to go by (or its check-in is done): wait, then ask.
  const wait = policy.defaultWaitBusinessDays;
  const waitText = plural(wait, "business day");
  if (!a.lastFollowUp) {
    const latest = a.latestReal;
    if (latest) {
      return {
        rule: "check-in-default-wait",
        startDay: cal.addBusinessDaysToDay(dayOf(ctx, latest.atMs), wait),
        reason: `${describeReply(ctx, latest)} and gives no date; check in ${waitText} later (an assumption, not a date they gave)`,
        assumption: true,
      };
    }
    return {
      rule: "check-in-default-wait",
      startDay: cal.addBusinessDaysToDay(a.lastEndDay, wait),
      reason: `No decision date was given at your interview on ${day(a.lastEndDay)}; check in ${waitText} after it (an assumption, not a date they gave)`,
      assumption: true,
    };
  }
  const fu = a.lastFollowUp;
  const fuDay = dayOf(ctx, fu.atMs);
  const latest = a.latestReal;
  if (latest && latest.atMs > fu.atMs) {
    return {
      rule: "check-in-default-wait",
      startDay: cal.addBusinessDaysToDay(dayOf(ctx, latest.atMs), wait),
      reason: `${describeReply(ctx, latest)} but names no new date; check in again ${waitText} later (an assumption, not a date they gave)`,
      assumption: true,
    };
  }
  return {
    rule: "check-in-default-wait",
    startDay: cal.addBusinessDaysToDay(fuDay, wait),
    reason: `Your ${fu.kind === "value-add" ? "email" : "check-in"} of ${day(fuDay)} has had no answer; one more check-in ${waitText} later is fair (an assumption, not a date they gave)`,
    assumption: true,
  };
}

/** wait-out-of-office: an auto-reply is not an answer, and the next touch waits for the return. */
function outOfOfficeDue(
  ctx: Ctx,
  due: Due,
  latest: ReplyState | undefined,
  latestReal: ReplyState | undefined,
): Due {
  if (latest?.signal !== "out-of-office") return due;
  if (latestReal && latestReal.atMs > latest.atMs) return due;
  const { cal, policy } = ctx;
  const who = latest.from ?? ctx.s.company;
  const back = latest.returnOn === null ? null : epochDay(latest.returnOn);
  const start =
    back === null
      ? cal.addBusinessDaysToDay(dayOf(ctx, latest.atMs), policy.outOfOfficeDefaultBusinessDays)
      : cal.addBusinessDaysToDay(back, 1);
  if (start <= cal.onOrAfterDay(due.startDay)) return due;
  // A reply the gauge read as an auto-reply says so, as every gauged reading does.
  const gauged = latest.source === "gauge" ? " (as read from its text)" : "";
  const reason =
    back === null
      ? `${who}'s automatic reply of ${day(dayOf(ctx, latest.atMs))}${gauged} gives no return date; wait ${plural(policy.outOfOfficeDefaultBusinessDays, "business day")} before the next check-in`
      : `${who}'s automatic reply${gauged} says they are back on ${day(back)}; check in on the first business day after that`;
  return { rule: "wait-out-of-office", startDay: start, reason, assumption: back === null };
}

function valueAdd(
  ctx: Ctx,
  a: {
    lastEndDay: number;
    touches: readonly Touch[];
    /** Value-adds sent, and how many of them mentioned an achievement. */
    valueAdds: number;
    achievements: number;
    pendingThankYouBy: number | null;
    to: string | undefined;
  },
): void {
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

/* ------------------------------------ final-thanks-after-rejection, keep-in-touch */

function finalThanksAndKeepInTouch(ctx: Ctx, outcome: Outcome): void {
  const { s, policy, cal } = ctx;
  const outcomeDay = dayOf(ctx, outcome.atMs);
  // The latest final thank-you sent since the last round before the outcome began.
  let after = Number.NEGATIVE_INFINITY;
  for (const r of s.rounds) if (r.atMs <= outcome.atMs) after = r.atMs;
  const touches = upTo(s.touches, ctx.now);
  let finalThanks: Touch | undefined;
  for (const t of touches) if (t.kind === "final-thanks" && t.atMs >= after) finalThanks = t;
  const rejectedBy = s.replies.find((r) => r.atMs === outcome.atMs && r.signal === "rejection");
  const to = rejectedBy?.from ?? checkInContact(s, ctx.decision, s.rounds.length - 1, ctx.now);
  if (!finalThanks) {
    const how =
      outcome.source === "status"
        ? `${s.company} turned you down (recorded on ${day(outcomeDay)})`
        : rejectedBy
          ? describeReply(ctx, rejectedBy)
          : `${s.company} turned you down on ${day(outcomeDay)}`;
    emit(ctx, {
      kind: "final-thanks",
      rule: "final-thanks-after-rejection",
      from: outcome.atMs,
      by: atWallMinutes(
        cal.addBusinessDaysToDay(outcomeDay, policy.finalThanksBusinessDays),
        ctx.workEnd,
        ctx.zone,
      ),
      to,
      channels: EMAIL_OR_CARD,
      round: undefined,
      variant: undefined,
      assumption: false,
      floating: false,
      reason: `${how}; one last thank-you for their time within ${plural(policy.finalThanksBusinessDays, "business day")} keeps the door open for future roles.`,
    });
    return;
  }
  const ftDay = dayOf(ctx, finalThanks.atMs);
  if (touches.some((t) => t.kind === "keep-in-touch" && t.atMs > finalThanks.atMs)) return;
  const start = cal.onOrAfterDay(
    epochDay(addMonths(fromEpochDay(ftDay), policy.keepInTouchMonths)),
  );
  emit(ctx, {
    kind: "keep-in-touch",
    rule: "keep-in-touch",
    from: atWallMinutes(start, ctx.workStart, ctx.zone),
    by: atWallMinutes(
      cal.addBusinessDaysToDay(start, KEEP_IN_TOUCH_WINDOW_BUSINESS_DAYS),
      ctx.workEnd,
      ctx.zone,
    ),
    to: finalThanks.to[0] ?? to,
    channels: EMAIL_OR_LINKEDIN,
    round: undefined,
    variant: undefined,
    assumption: false,
    floating: false,
    reason: `You thanked ${s.company} on ${day(ftDay)} after their decision; an optional hello about ${plural(policy.keepInTouchMonths, "month")} later keeps you in mind for future roles.`,
  });
}
