/**
 * Insights (`hearback stats`, the Insights page): what the user's own job search says about
 * how employers answer. Pure: folded applications in, numbers out (docs/cli.md defines each).
 *
 * Waits are counted in business days of the application's region, between calendar days
 * in the application's zone, as the planner counts them; weeks are the user's (their zone,
 * ending on the day the job-search report's weeks end).
 */
import { addDays, dateInZone, dayInZone, isoWithOffset, weekday } from "../time/index.js";
import type { AppState, ReplyState } from "./fold.js";
import type { Calendars } from "./plan.js";
import { MIN_REPLIES_TO_ADAPT } from "./policy.js";
import { SENT_KINDS, type SentKind, WEEK_DAYS, type WeekDay } from "./types.js";

/** US claim weeks end on Saturday, so that is the default. */
export const DEFAULT_WEEK_END: WeekDay = "saturday";

/** The last day of the week (ending on `weekEnd`) that `date` falls in. */
export function weekEnding(date: string, weekEnd: WeekDay): string {
  const end = WEEK_DAYS.indexOf(weekEnd) + 1;
  return addDays(date, (end - weekday(date) + 7) % 7);
}

/** How a set of waits (in business days) spreads; quartiles interpolate between ranks. */
export interface Spread {
  readonly count: number;
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  readonly min: number;
  readonly max: number;
}

export interface WeekCount {
  /** First and last day of the week, `YYYY-MM-DD` in the user's zone. */
  readonly from: string;
  readonly to: string;
  readonly applications: number;
  readonly interviews: number;
}

export interface Rate {
  readonly count: number;
  readonly answered: number;
  /** answered / count, or null when count is 0. */
  readonly rate: number | null;
}

export interface AnsweredFollowUp {
  readonly app: string;
  readonly company: string;
  readonly kind: SentKind;
  /** ISO 8601 in the application's zone. */
  readonly sent: string;
  readonly reply: string;
  readonly businessDays: number;
}

export interface Insights {
  /** Every week from the first application or interview to the last, empty ones included. */
  readonly weeks: readonly WeekCount[];
  /** Applications at each stage reached (each stage counts those that went further too). */
  readonly funnel: {
    readonly applied: number;
    readonly heardBack: number;
    readonly interviewed: number;
    readonly offer: number;
    readonly accepted: number;
  };
  /** Applications that heard back (a reply, or an interview) of those applied to. */
  readonly afterApplying: Rate;
  /** Per kind of message sent: how many got a reply before the user's next message. */
  readonly followUps: readonly ({ readonly kind: SentKind } & Rate)[];
  /** Business days to the first reply: after applying, and after each interview. */
  readonly firstReply: {
    readonly afterApplying: Spread | null;
    readonly afterInterview: Spread | null;
    readonly byCompany: readonly {
      readonly company: string;
      readonly afterApplying: number | null;
      readonly afterInterview: number | null;
    }[];
  };
  /** The messages that got an answer, latest first. */
  readonly answered: readonly AnsweredFollowUp[];
}

export interface InsightsInput {
  readonly states: readonly AppState[];
  readonly now: number;
  /** The user's zone: weeks are counted in it. */
  readonly zone: string;
  readonly weekEnd?: WeekDay | undefined;
  /** Business calendars by region (the built-in holiday table is `businessCalendar`). */
  readonly calendars: Calendars;
}

/** The value at fraction `p` of sorted `xs`, interpolated between the nearest ranks. */
function quantile(sorted: readonly number[], p: number): number {
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return {
    count: s.length,
    median: quantile(s, 0.5),
    p25: quantile(s, 0.25),
    p75: quantile(s, 0.75),
    min: s[0]!,
    max: s[s.length - 1]!,
  };
}

function rate(count: number, answered: number): Rate {
  return { count, answered, rate: count === 0 ? null : answered / count };
}

/** Business days from one instant's day to another's, in the application's zone and region. */
function businessDays(calendars: Calendars, state: AppState, fromMs: number, toMs: number): number {
  // On day numbers: no date text to write and read back (`hearback plan` counts every reply).
  return calendars(state.region).businessDaysBetweenDays(
    dayInZone(fromMs, state.zone),
    dayInZone(toMs, state.zone),
  );
}

/** Replies that say something (out-of-office ones do not), up to now. */
function answers(state: AppState, now: number): readonly ReplyState[] {
  return state.replies.filter((r) => r.signal !== "out-of-office" && r.atMs <= now);
}

function firstAfter(replies: readonly ReplyState[], fromMs: number, beforeMs = Infinity) {
  return replies.find((r) => r.atMs >= fromMs && r.atMs < beforeMs);
}

/**
 * Business days from each interview to the first reply that says something, given before
 * the next interview (interviews nobody answered give none).
 */
function repliesAfterInterviews(
  calendars: Calendars,
  s: AppState,
  said: readonly ReplyState[],
): number[] {
  const days: number[] = [];
  s.rounds.forEach((round, i) => {
    const first = firstAfter(said, round.endMs, s.rounds[i + 1]?.atMs);
    if (first) days.push(businessDays(calendars, s, round.atMs, first.atMs));
  });
  return days;
}

/** What the user's own replies say about waiting after an interview (see `replyHistory`). */
export interface ReplyHistory {
  /** Interviews that got a reply. */
  readonly replies: number;
  /** The median of their business days to the first reply (may end in .5). */
  readonly medianBusinessDays: number;
}

/** One application's replies after interviews as of `now` (see `replyHistory`). */
export interface InterviewReplies {
  /** Business days from each interview to its first reply, for those that got one. */
  readonly days: readonly number[];
  /** The first later instant at which a reply already recorded would count, or null. */
  readonly stableUntil: number | null;
}

export function interviewReplies(s: AppState, now: number, calendars: Calendars): InterviewReplies {
  let stableUntil: number | null = null;
  for (const r of s.replies) {
    if (r.atMs > now && (stableUntil === null || r.atMs < stableUntil)) stableUntil = r.atMs;
  }
  return { days: interviewWaits(s, now, calendars), stableUntil };
}

/**
 * Business days from each interview to its first reply as of `now` (`interviewReplies`'
 * days). `hearback plan` asks it of every application, most of which have no interview or
 * no reply: those return before any reply is filtered or any date worked out.
 */
export function interviewWaits(s: AppState, now: number, calendars: Calendars): number[] {
  if (s.saved || s.rounds.length === 0 || s.replies.length === 0) return [];
  return repliesAfterInterviews(calendars, s, answers(s, now));
}

/** The median of the waits, or null without any. */
function historyOf(days: readonly number[]): ReplyHistory | null {
  const spread = spreadOf(days);
  return spread && { replies: spread.count, medianBusinessDays: spread.median };
}

/**
 * The figure the wait after an interview adapts to (check-in-default-wait): the median of
 * the waits, or null when there are too few to learn from. The agenda over stored data
 * (ops/history.ts) and `hearback plan` both take it from here.
 *
 * @example learnedHistory([3, 4, 6, 8, 9]) // { replies: 5, medianBusinessDays: 6 }
 */
export function learnedHistory(days: readonly number[]): ReplyHistory | null {
  const history = historyOf(days);
  return history && history.replies >= MIN_REPLIES_TO_ADAPT ? history : null;
}

/**
 * The user's replies after interviews as of `now`, the figure Insights shows as time to
 * first reply after an interview; null without any. `stableUntil`: the first later instant
 * at which a reply already recorded would count, or null.
 *
 * @example replyHistory(states, now, businessCalendar).history // { replies: 6, medianBusinessDays: 6 }
 */
export function replyHistory(
  states: readonly AppState[],
  now: number,
  calendars: Calendars,
): { readonly history: ReplyHistory | null; readonly stableUntil: number | null } {
  const days: number[] = [];
  let stableUntil: number | null = null;
  for (const s of states) {
    const r = interviewReplies(s, now, calendars);
    days.push(...r.days);
    if (r.stableUntil !== null && (stableUntil === null || r.stableUntil < stableUntil)) {
      stableUntil = r.stableUntil;
    }
  }
  return { history: historyOf(days), stableUntil };
}

const OFFERED = new Set(["offer", "accepted"]);

function reachedOffer(s: AppState): boolean {
  return (
    s.statuses.some((e) => OFFERED.has(e.status)) ||
    s.replies.some((r) => r.signal === "offer") ||
    (s.outcome !== null && OFFERED.has(s.outcome.kind))
  );
}

function weeksOf(input: InsightsInput, applied: readonly AppState[]): WeekCount[] {
  const weekEnd = input.weekEnd ?? DEFAULT_WEEK_END;
  const counts = new Map<string, { applications: number; interviews: number }>();
  const bump = (ms: number, key: "applications" | "interviews") => {
    const end = weekEnding(dateInZone(ms, input.zone), weekEnd);
    const c = counts.get(end) ?? { applications: 0, interviews: 0 };
    c[key] += 1;
    counts.set(end, c);
  };
  for (const s of applied) {
    if (s.appliedMs !== null && s.appliedMs <= input.now) bump(s.appliedMs, "applications");
    for (const r of s.rounds) if (r.atMs <= input.now) bump(r.atMs, "interviews");
  }
  const ends = [...counts.keys()].sort();
  const weeks: WeekCount[] = [];
  for (let end = ends[0]; end !== undefined && end <= ends[ends.length - 1]!; ) {
    const c = counts.get(end) ?? { applications: 0, interviews: 0 };
    weeks.push({ from: addDays(end, -6), to: end, ...c });
    end = addDays(end, 7);
  }
  return weeks;
}

function median(values: readonly number[]): number | null {
  return spreadOf(values)?.median ?? null;
}

/**
 * The numbers of the user's job search as of `now`.
 *
 * @example insights({ states: fold(events, { defaultZone: "America/Denver" }), now, zone: "America/Denver" })
 */
export function insights(input: InsightsInput): Insights {
  const { now } = input;
  const applied = input.states.filter((s) => !s.saved);
  const funnel = { applied: applied.length, heardBack: 0, interviewed: 0, offer: 0, accepted: 0 };
  const afterApplying: number[] = [];
  const afterInterview: number[] = [];
  const byCompany = new Map<string, { applying: number[]; interview: number[] }>();
  const sent = new Map<SentKind, { count: number; answered: number }>();
  const answered: (AnsweredFollowUp & { atMs: number })[] = [];

  for (const s of applied) {
    const said = answers(s, now);
    if (said.length > 0 || s.rounds.length > 0) funnel.heardBack += 1;
    if (s.rounds.some((r) => r.atMs <= now)) funnel.interviewed += 1;
    if (reachedOffer(s)) funnel.offer += 1;
    if (s.statuses.some((e) => e.status === "accepted")) funnel.accepted += 1;

    const company = byCompany.get(s.company) ?? { applying: [], interview: [] };
    byCompany.set(s.company, company);
    if (s.appliedMs !== null) {
      const first = firstAfter(said, s.appliedMs);
      if (first) {
        const days = businessDays(input.calendars, s, s.appliedMs, first.atMs);
        afterApplying.push(days);
        company.applying.push(days);
      }
    }
    for (const days of repliesAfterInterviews(input.calendars, s, said)) {
      afterInterview.push(days);
      company.interview.push(days);
    }

    s.touches.forEach((t) => {
      if (t.atMs > now) return;
      const next = s.touches.find((u) => u.atMs > t.atMs);
      const reply = firstAfter(said, t.atMs, next?.atMs);
      const tally = sent.get(t.kind) ?? { count: 0, answered: 0 };
      tally.count += 1;
      sent.set(t.kind, tally);
      if (!reply) return;
      tally.answered += 1;
      answered.push({
        app: s.app,
        company: s.company,
        kind: t.kind,
        sent: isoWithOffset(t.atMs, s.zone),
        reply: isoWithOffset(reply.atMs, s.zone),
        businessDays: businessDays(input.calendars, s, t.atMs, reply.atMs),
        atMs: t.atMs,
      });
    });
  }

  return {
    weeks: weeksOf(input, applied),
    funnel,
    afterApplying: rate(funnel.applied, funnel.heardBack),
    followUps: SENT_KINDS.filter((k) => sent.has(k)).map((kind) => {
      const t = sent.get(kind)!;
      return { kind, ...rate(t.count, t.answered) };
    }),
    firstReply: {
      afterApplying: spreadOf(afterApplying),
      afterInterview: spreadOf(afterInterview),
      byCompany: [...byCompany]
        .filter(([, c]) => c.applying.length + c.interview.length > 0)
        .map(([company, c]) => ({
          company,
          afterApplying: median(c.applying),
          afterInterview: median(c.interview),
        }))
        .sort((a, b) => a.company.localeCompare(b.company)),
    },
    answered: answered.sort((a, b) => b.atMs - a.atMs).map(({ atMs: _, ...a }) => a),
  };
}
