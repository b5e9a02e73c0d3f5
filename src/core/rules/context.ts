/**
 * What every rule of the planner shares: the application being planned (`Ctx`), where planned
 * actions go (`Planned`), and the small helpers the rules' reasons and windows are made with.
 * Pure.
 */
import type { BusinessCalendar } from "../../time/business-days.js";
import { atWallMinutes, dayInZone, formatDayNumber } from "../../time/index.js";
import type { AppState, DecisionDate, ReplyState, Touch } from "../fold.js";
import type { ReplyHistory } from "../insights.js";
import type { Policy } from "../policy.js";
import type { Action, Channel, RuleId, Signal } from "../types.js";

/** Business days a check-in's or value-add's window stays open after it starts. */
const TOUCH_WINDOW_BUSINESS_DAYS = 2;

// Suggested channels, best first; shared (and frozen) by every action that suggests them.
export const EMAIL_OR_CARD: readonly Channel[] = Object.freeze(["email", "card"]);
export const EMAIL_OR_PHONE: readonly Channel[] = Object.freeze(["email", "phone"]);
export const EMAIL_OR_LINKEDIN: readonly Channel[] = Object.freeze(["email", "linkedin"]);
export const EMAIL: readonly Channel[] = Object.freeze(["email"]);
export const NO_CHANNEL: readonly Channel[] = Object.freeze([]);

/**
 * The actions planned so far, with their deadlines as numbers beside them (an array of
 * plain numbers, not one wrapper object per action: a large plan keeps hundreds of
 * thousands of actions alive, and every object kept alive costs garbage-collector time).
 */
export interface Planned {
  readonly actions: Action[];
  readonly dueBy: number[];
  /**
   * What orders actions due at the same instant (app, kind's rank, person), beside them:
   * read from arrays of one type each, the comparator runs several times faster than on
   * the actions, whose shapes vary with their optional fields.
   */
  readonly apps: string[];
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
  /** Set when a rule's action depends on `Ctx.history` (the wait learned from replies). */
  restsOnHistory: boolean;
}

export function newPlanned(): Planned {
  return {
    actions: [],
    dueBy: [],
    apps: [],
    kindRanks: [],
    tos: [],
    until: Number.POSITIVE_INFINITY,
    floating: [],
    restsOnHistory: false,
  };
}

/** Everything the rules of one application share. */
export interface Ctx {
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
  /** The user's replies after interviews, across applications (check-in-default-wait adapts to them). */
  readonly history: ReplyHistory | null;
  readonly out: Planned;
}

/** Notes that the plan holds at most until `ms` (an instant after `now`). */
export function holdsUntil(ctx: Ctx, ms: number): void {
  if (ms < ctx.out.until) ctx.out.until = ms;
}

export function dayOf(ctx: Ctx, ms: number): number {
  return dayInZone(ms, ctx.zone);
}

/** "Fri 13 Nov" for a day number. */
export const day = formatDayNumber;

/**
 * The same string, made flat. Strings built by concatenation are trees of pieces until
 * something reads them; reading one character joins them into one string, so that a kept
 * reason is one object for the garbage collector to move rather than a dozen.
 */
export function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A check-in's or value-add's window: from working hours' start on a business day. */
export function touchWindow(ctx: Ctx, startDay: number): { from: number; by: number; day: number } {
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

export const SIGNAL_WORDS: Readonly<Record<Signal, string>> = Object.freeze({
  offer: "makes an offer",
  "next-step": "talks of a next step",
  encouraging: "sounds encouraging",
  "still-deciding": "says they are still deciding",
  "brush-off": "reads as a brush-off",
  rejection: "turns you down",
  "out-of-office": "is an automatic out-of-office reply",
});

/** "Dana Lee's reply of Wed 18 Nov sounds encouraging (as read from its text)". */
export function describeReply(ctx: Ctx, r: ReplyState): string {
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
export function checkInContact(
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

/** The items of a time-ordered list up to `now`: the list itself when all are (the usual case). */
export function upTo<T extends { readonly atMs: number }>(
  list: readonly T[],
  now: number,
): readonly T[] {
  const n = list.length;
  if (n === 0 || list[n - 1]!.atMs <= now) return list;
  return list.filter((x) => x.atMs <= now);
}

/** The decision date as stated by `now` (the state's own, unless it was stated later). */
export function decisionAt(s: AppState, now: number): DecisionDate | null {
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

export interface Due {
  readonly rule: RuleId;
  readonly startDay: number;
  readonly reason: string;
  readonly assumption?: boolean;
}

/**
 * What the follow-up rules read of one application, gathered once by the planner (one object
 * per application, its fields always in this order).
 */
export interface FollowUpFacts {
  /** The day the last interview ended, and when it began. */
  readonly lastEndDay: number;
  readonly since: number;
  /** The latest reply since then, and the latest that was not an automatic one. */
  readonly latestReply: ReplyState | undefined;
  readonly latestReal: ReplyState | undefined;
  /** The messages sent by now, and the latest check-in or value-add since the interview. */
  readonly touches: readonly Touch[];
  readonly lastFollowUp: Touch | undefined;
  /** Value-adds sent, and how many of them mentioned an achievement. */
  readonly valueAdds: number;
  readonly achievements: number;
  /** The deadline of a thank-you still planned, or null. */
  readonly pendingThankYouBy: number | null;
  /** Whom to write to. */
  readonly to: string | undefined;
}

/** The day of the latest check-in or value-add, or null. */
export function lastFollowUpDay(ctx: Ctx, a: FollowUpFacts): number | null {
  return a.lastFollowUp ? dayOf(ctx, a.lastFollowUp.atMs) : null;
}

/** A reply since the date was given, which the reason then speaks of: never "no news". */
export function replySince(d: DecisionDate, a: FollowUpFacts): ReplyState | undefined {
  return a.latestReal && a.latestReal.atMs > d.statedMs ? a.latestReal : undefined;
}

/** "; Dana Lee's reply of ... but names no new date", or "" without a reply since. */
export function heardText(ctx: Ctx, since: ReplyState | undefined): string {
  return since ? `; ${describeReply(ctx, since)} but names no new date` : "";
}
