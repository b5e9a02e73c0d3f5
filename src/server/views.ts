/**
 * Turns the operations' results into what the web UI shows: times on the user's clock with
 * the weekday ("Fri 13 Nov, 9:00"; src/time/show.ts is the rule), the employer's beside it
 * where it matters, actions grouped by the user's days, and each event said in one line.
 * Pure: `now` and the zone are arguments.
 */
import type { AppState } from "../core/fold.js";
import { type Action, actionId, type ReplyReading, type TimelineEvent } from "../core/types.js";
import type { StoredEvent } from "../ops/data-folder.js";
import type { CandidateOverview, DueAction } from "../ops/team-view.js";
import {
  dueGroup,
  isIsoDate,
  parseDateTime,
  showDay,
  showTheirTime,
  showTime,
  showTimeBeside,
} from "../time/index.js";
import type {
  ActionView,
  ApplicationSummary,
  ApplicationView,
  CoachActionView,
  CoachCandidateView,
  EventView,
  InterviewView,
  ReadingView,
  Stage,
  TodayView,
} from "./api-types.js";

export interface ViewContext {
  readonly now: number;
  /** The user's zone: every date shown is in it. */
  readonly zone: string;
}

/** "Fri 13 Nov, 9:00" for an instant, "Fri 13 Nov" for a calendar day (year when not this one). */
export function dateText(ctx: ViewContext, value: string | number, zone = ctx.zone): string {
  if (typeof value === "string" && isIsoDate(value)) return showDay(value, ctx);
  const ms = typeof value === "number" ? value : parseDateTime(value, zone);
  return ms === null ? String(value) : showTime(ms, ctx);
}

const WHEN = { overdue: "overdue", today: "today", week: "upcoming", later: "upcoming" } as const;

/** An action as shown, the employer's clock beside the user's where it differs. */
export function actionView(ctx: ViewContext, a: Action, role?: string): ActionView {
  const times = { ...a, dueFromMs: Date.parse(a.dueFrom), dueByMs: Date.parse(a.dueBy) };
  return {
    ...a,
    id: actionId(a),
    ...(role === undefined ? {} : { role }),
    ...timesShown(ctx, times),
  };
}

/** An action's times as shown: on the reader's clock, the employer's beside it where it differs. */
function timesShown(
  ctx: ViewContext,
  a: Pick<DueAction, "kind" | "zone" | "overdue" | "dueFromMs" | "dueByMs">,
): Pick<ActionView, "dueFromText" | "dueByText" | "theirTimeText" | "when"> {
  // The time a card shows first: the deadline, or the start of a window yet to open.
  const shown = a.dueFromMs > ctx.now && !a.overdue ? a.dueFromMs : a.dueByMs;
  const theirs =
    a.kind === "let-go" || a.kind === "read-reply" ? null : showTheirTime(shown, ctx, a.zone);
  return {
    dueFromText: showTime(a.dueFromMs, ctx),
    dueByText: showTime(a.dueByMs, ctx),
    // Undefined is left out of the JSON answer.
    theirTimeText: theirs ?? undefined,
    when: WHEN[dueGroup(a, ctx)],
  };
}

export function todayView(
  ctx: ViewContext,
  opts: {
    readonly actions: readonly Action[];
    readonly applications: number;
    readonly later: number;
    readonly unreadable: TodayView["unreadable"];
  },
): TodayView {
  const groups: Record<"missed" | "overdue" | "today" | "upcoming" | "letGo", ActionView[]> = {
    missed: [],
    overdue: [],
    today: [],
    upcoming: [],
    letGo: [],
  };
  for (const a of opts.actions) {
    const v = actionView(ctx, a);
    groups[a.kind === "let-go" ? "letGo" : a.missed ? "missed" : v.when].push(v);
  }
  return {
    nowText: dateText(ctx, ctx.now),
    zone: ctx.zone,
    applications: opts.applications,
    later: opts.later,
    ...groups,
    unreadable: opts.unreadable,
  };
}

/** Only what a coach's view shows of an action. */
function coachActionView(ctx: ViewContext, a: DueAction): CoachActionView {
  // Fields left undefined are left out of the JSON answer.
  const { id, app, company, kind, to, overdue, reason, assumption } = a;
  const { dueFromText, dueByText, theirTimeText, when } = timesShown(ctx, a);
  return {
    id,
    app,
    company,
    kind,
    to,
    overdue,
    dueFromText,
    dueByText,
    theirTimeText,
    when,
    reason,
    assumption,
  };
}

/** One candidate of a coach's view, its times on the coach's clock. */
export function coachCandidateView(ctx: ViewContext, o: CandidateOverview): CoachCandidateView {
  return {
    ...o,
    dueToday: o.dueToday.map((a) => coachActionView(ctx, a)),
    thankYousOverdue: o.thankYousOverdue.map((a) => ({
      id: a.id,
      app: a.app,
      company: a.company,
      to: a.to,
      dueByText: showTime(a.dueByMs, ctx),
    })),
    coldButChased: o.coldButChased.map(({ app, company, signal, sentSince, replyAtMs }) => ({
      app,
      company,
      signal,
      sentSince,
      replyAtText: dateText(ctx, replyAtMs),
    })),
  };
}

/**
 * The board's column for the engine's stage of an application ("interview-scheduled",
 * "waiting", "rejected", ...; see stageOf in src/ops/engine.ts).
 */
export function boardStage(stage: string | null | undefined): Stage {
  switch (stage) {
    case "interview-scheduled":
    case "next-step":
    case "interviewing":
      return "interviewing";
    case "waiting":
    case "on-hold":
      return "waiting";
    case "offer":
    case "accepted":
      return "offer";
    case "rejected":
    case "withdrawn":
    case "filled":
    case "closed":
      return "closed";
    case "saved":
      return "saved";
    default:
      return "applied";
  }
}

export function summaryView(
  ctx: ViewContext,
  s: {
    readonly app: string;
    readonly company: string;
    readonly role: string;
    readonly stage: string;
    readonly lastTouch: string | null;
    readonly next: Action | null;
    readonly tags?: readonly string[];
  },
): ApplicationSummary {
  const lastMs = s.lastTouch === null ? 0 : Date.parse(s.lastTouch);
  return {
    app: s.app,
    company: s.company,
    role: s.role,
    stage: boardStage(s.stage),
    tags: s.tags ?? [],
    lastActivityMs: lastMs,
    lastActivityText: s.lastTouch === null ? "none yet" : dateText(ctx, lastMs),
    ...(s.next
      ? {
          next: {
            kind: s.next.kind,
            dueByText: dateText(ctx, Date.parse(s.next.dueBy)),
            dueByMs: Date.parse(s.next.dueBy),
            overdue: s.next.overdue,
          },
        }
      : {}),
  };
}

const KIND_WORDS: Record<string, string> = {
  "thank-you": "a thank-you",
  "check-in": "a check-in",
  "value-add": "a casual update",
  "final-thanks": "a final thank-you",
  "keep-in-touch": "a keep-in-touch note",
  other: "a message",
};

function eventTitle(e: TimelineEvent, state: AppState): string {
  switch (e.type) {
    case "application":
      // Without a date of applying, the event only says when it was added to hearback.
      return `${e.at === undefined ? "Added" : "Applied for"} ${e.role} at ${e.company}`;
    case "interview": {
      const names = (e.interviewers ?? []).map((p) => p.name);
      return `Interview${e.stage ? ` (${e.stage})` : ""}${names.length ? ` with ${names.join(", ")}` : ""}`;
    }
    case "sent": {
      const to = Array.isArray(e.to) ? e.to.join(", ") : e.to;
      const how = e.channel === "phone" ? "You called" : "You sent";
      const maybe =
        e.delivery === "unknown" ? " (may have been sent: the server never confirmed it)" : "";
      return `${how} ${KIND_WORDS[e.kind] ?? "a message"}${to ? ` to ${to}` : ""}${e.channel && e.channel !== "phone" ? ` (${e.channel})` : ""}${maybe}`;
    }
    case "reply":
      return `Reply${e.from ? ` from ${e.from}` : ""}`;
    case "status":
      return `Status: ${e.status}`;
    case "note":
      return "Note";
    case "dismiss":
      return `Set aside: ${e.kind}${e.to ? ` to ${e.to}` : ""}`;
    default:
      return state.company;
  }
}

function eventDetail(e: TimelineEvent): string | undefined {
  switch (e.type) {
    case "interview":
      return e.notes;
    case "sent":
      return e.text;
    case "reply":
      return e.text;
    case "status":
      return e.note;
    case "note":
      return e.text;
    case "dismiss":
      return e.note;
    default:
      return undefined;
  }
}

export function applicationView(
  ctx: ViewContext,
  r: {
    readonly events: readonly StoredEvent[];
    readonly actions: readonly Action[];
    readonly stage: string | null;
    /** The application's folded state (from the same events). */
    readonly state: AppState;
  },
): ApplicationView {
  const timeline = r.events.map((e) => e.event);
  const state = r.state;
  // Replies in time order, as the fold read them, to label each reply event with its signal.
  const readings = new Map<number, ReplyReading["signal"]>();
  for (const rep of state.replies) readings.set(rep.atMs, rep.signal);
  const events: (EventView & { readonly atMs: number })[] = r.events
    .map((s, index) => {
      const e = s.event;
      const atMs =
        e.at === undefined ? s.recordedAt : (parseDateTime(e.at, state.zone) ?? s.recordedAt);
      const detail = eventDetail(e);
      const signal = e.type === "reply" ? readings.get(atMs) : undefined;
      return {
        index,
        id: s.id,
        type: e.type,
        atMs,
        atText: dateText(ctx, atMs),
        title: eventTitle(e, state),
        event: e,
        ...(detail ? { detail } : {}),
        ...(signal ? { signal } : {}),
      };
    })
    .sort((a, b) => b.atMs - a.atMs || b.index - a.index);
  const interviews: InterviewView[] = state.rounds.map((round) => {
    const ev = timeline.find(
      (e) => e.type === "interview" && parseDateTime(e.at, state.zone) === round.atMs,
    );
    const notes = ev?.type === "interview" ? ev.notes : undefined;
    return {
      round: round.round,
      at: new Date(round.atMs).toISOString(),
      atText: showTimeBeside(round.atMs, ctx, state.zone),
      durationMinutes: Math.round((round.endMs - round.atMs) / 60_000),
      ...(round.stage ? { stage: round.stage } : {}),
      interviewers: round.interviewers,
      topics: round.topics,
      ...(notes ? { notes } : {}),
      ...(round.decisionBy ? { decisionByText: dateText(ctx, round.decisionBy) } : {}),
      upcoming: round.atMs > ctx.now,
    };
  });
  const application = timeline[0]?.type === "application" ? timeline[0] : undefined;
  return {
    app: state.app,
    company: state.company,
    role: state.role,
    ...(state.url ? { url: state.url } : {}),
    application: application!,
    ...(state.appliedMs === null ? {} : { appliedText: dateText(ctx, state.appliedMs) }),
    timezone: state.zone,
    yourZone: ctx.zone,
    region: state.region,
    stage: boardStage(r.stage),
    ...(state.status ? { status: state.status } : {}),
    contacts: state.contacts,
    interviews,
    events: events.map(({ atMs: _ms, ...e }) => e),
    actions: r.actions.map((a) => actionView(ctx, a)),
    ...(state.decision ? { decisionByText: dateText(ctx, state.decision.date) } : {}),
  };
}

export function readingView(ctx: ViewContext, r: ReplyReading): ReadingView {
  return {
    ...r,
    decisionByText: r.decisionBy === null ? null : dateText(ctx, r.decisionBy),
    returnOnText: r.returnOn === null ? null : dateText(ctx, r.returnOn),
  };
}
