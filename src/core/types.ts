/**
 * The shared vocabulary of hearback: the timeline's events (docs/timeline.md),
 * an application's folded state, the policy, and the actions the engine plans.
 *
 * Conventions used everywhere:
 * - an instant is an ISO 8601 string with offset in events and actions, and a number of
 *   epoch milliseconds (`...Ms`) inside derived state, where the engine compares times;
 * - a calendar day is a `YYYY-MM-DD` string, read in the application's zone;
 * - every object here is treated as immutable.
 */

export const SIGNALS = [
  "offer",
  "next-step",
  "encouraging",
  "still-deciding",
  "brush-off",
  "rejection",
  "out-of-office",
] as const;
export type Signal = (typeof SIGNALS)[number];

export const SENT_KINDS = [
  "thank-you",
  "check-in",
  "value-add",
  "final-thanks",
  "keep-in-touch",
  "other",
] as const;
export type SentKind = (typeof SENT_KINDS)[number];

export const ACTION_KINDS = [
  "thank-you",
  "ask-timeline",
  "check-in",
  "value-add",
  "final-thanks",
  "keep-in-touch",
  "let-go",
  "read-reply",
  "reply",
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** Each kind's rank among actions due at the same instant, as `plan` orders them (by name). */
export const ACTION_KIND_ORDER: Readonly<Record<ActionKind, number>> = Object.freeze({
  "ask-timeline": 0,
  "check-in": 1,
  "final-thanks": 2,
  "keep-in-touch": 3,
  "let-go": 4,
  "read-reply": 5,
  reply: 6,
  "thank-you": 7,
  "value-add": 8,
});

/** The days a work-search week can end on, Monday first (ISO weekday order). */
export const WEEK_DAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

export const PAPERS = ["letter", "a4"] as const;
export type Paper = (typeof PAPERS)[number];

export const CHANNELS = ["email", "card", "phone", "linkedin", "other"] as const;
export type Channel = (typeof CHANNELS)[number];

export const VARIANTS = ["article", "achievement"] as const;
export type Variant = (typeof VARIANTS)[number];

export const STATUSES = [
  "still-open",
  "on-hold",
  "rejected",
  "offer",
  "accepted",
  "withdrawn",
  "filled",
] as const;
export type Status = (typeof STATUSES)[number];

export const CONTACT_ROLES = ["interviewer", "recruiter", "hiring-manager", "other"] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

const RULE_IDS = [
  "thank-you-24h",
  "ask-timeline",
  "check-in-after-decision-date",
  "check-in-default-wait",
  "check-in-on-new-date",
  "gauge-reply",
  "wait-out-of-office",
  "let-go-brush-off",
  "let-go-unanswered",
  "value-add-still-open",
  "final-thanks-after-rejection",
  "keep-in-touch",
  "stop-on-outcome",
  "answer-their-question",
  "missed-window",
  "follow-up-after-application",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Contact {
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
  readonly title?: string;
  readonly role?: ContactRole;
}

/* ------------------------------------------------------------------ events */

/** Fields every event may carry besides its own; unknown fields are kept as they are. */
interface EventBase {
  readonly app: string;
  readonly [extra: string]: unknown;
}

export interface ApplicationEvent extends EventBase {
  readonly type: "application";
  readonly company: string;
  readonly role: string;
  readonly at?: string;
  readonly timezone?: string;
  readonly region?: string;
  readonly url?: string;
  /** Where the job is ("Berlin, hybrid"), its pay as the posting says, and its text. */
  readonly location?: string;
  readonly salary?: string;
  readonly description?: string;
  /** Words you file it under ("remote"), shown on the board and searched. */
  readonly tags?: readonly string[];
  readonly contacts?: readonly Contact[];
  /** True for a job kept to apply to, not applied to yet (a tracker's wishlist); it has no `at`. */
  readonly saved?: boolean;
}

export interface InterviewEvent extends EventBase {
  readonly type: "interview";
  readonly at: string;
  readonly durationMinutes?: number;
  readonly interviewers?: readonly Contact[];
  readonly stage?: string;
  readonly topics?: readonly string[];
  readonly notes?: string;
  readonly decisionBy?: string;
}

export interface SentEvent extends EventBase {
  readonly type: "sent";
  readonly at: string;
  readonly kind: SentKind;
  readonly to?: string | readonly string[];
  readonly channel?: Channel;
  readonly variant?: Variant;
  readonly subject?: string;
  readonly text?: string;
  /** "unknown": the connection was lost after the message went out; it may have been sent. */
  readonly delivery?: "unknown";
}

export interface ReplyEvent extends EventBase {
  readonly type: "reply";
  readonly at: string;
  readonly from?: string;
  readonly text?: string;
  readonly signal?: Signal;
  readonly decisionBy?: string;
  readonly returnOn?: string;
}

export interface StatusEvent extends EventBase {
  readonly type: "status";
  readonly at: string;
  readonly status: Status;
  readonly note?: string;
}

export interface NoteEvent extends EventBase {
  readonly type: "note";
  readonly at: string;
  readonly text: string;
}

/**
 * The user set a planned action aside: a missed one they no longer want to do, or advice
 * (let this one go) they have taken. Actions of that kind (and person) whose window opened
 * by `at`, or by the `dueFrom` of the action set aside, are no longer planned.
 */
export interface DismissEvent extends EventBase {
  readonly type: "dismiss";
  readonly at: string;
  readonly kind: ActionKind;
  /** The person of the action set aside, when it had one. */
  readonly to?: string;
  /** The start of its window, as planned. */
  readonly dueFrom?: string;
  readonly note?: string;
}

export type TimelineEvent =
  | ApplicationEvent
  | InterviewEvent
  | SentEvent
  | ReplyEvent
  | StatusEvent
  | NoteEvent
  | DismissEvent;
export type EventType = TimelineEvent["type"];

/* ------------------------------------------------------------- the gauge */

/** What the reply gauge read in one reply. Dates are `YYYY-MM-DD` in the application's zone. */
export interface ReplyReading {
  readonly signal: Signal;
  /** 0 to 1. */
  readonly confidence: number;
  /**
   * Set when the gauge can't tell: the two likeliest readings (`signal` is the first), for
   * the user to choose between. Until they do, the plan waits for their answer.
   */
  readonly cantTell?: readonly [Signal, Signal];
  readonly decisionBy: string | null;
  /** The words the decision date was read from ("by the end of next week"). */
  readonly decisionPhrase: string | null;
  /** For out-of-office replies: the day the sender is back. */
  readonly returnOn: string | null;
  /** The phrases that drove the signal, as they stand in the text. */
  readonly evidence: readonly string[];
}

/**
 * Reads a reply the user did not label. The engine depends on this interface only; the
 * gauge (src/gauge) implements it, and `plan` takes it as an argument.
 */
export type ReadReply = (
  text: string,
  context: { readonly receivedMs: number; readonly zone: string },
) => ReplyReading;

/* ---------------------------------------------------------------- settings */

export interface WorkingHours {
  /** "09:00" */
  readonly start: string;
  /** "17:00" */
  readonly end: string;
}

/** The user's own settings: who they are and where. */
export interface Settings {
  /** The user's name, used to sign drafts. */
  readonly name?: string;
  /** The user's email address, the From of drafts. */
  readonly email?: string;
  /** IANA zone used when an application has none. */
  readonly timezone?: string;
  /** Holiday calendar used when an application has none (date-holidays code, "US", "US-CO", "GB"). */
  readonly region?: string;
  /** The last day of a week in the job-search report (Saturday when not set). */
  readonly weekEnds?: WeekDay;
  /** The report's paper (from the region or zone when not set: Letter in the US). */
  readonly paper?: Paper;
  /** Overrides of the policy numbers; see `Policy`. */
  readonly policy?: PolicyOverrides;
}

/* ---------------------------------------------------------------- actions */

/** One thing the user should do, with the window to do it in and why. */
export interface Action {
  readonly app: string;
  readonly company: string;
  readonly kind: ActionKind;
  /** The contact's name, where the action is for one person. */
  readonly to?: string;
  /** For value-add: article or achievement. */
  readonly variant?: Variant;
  /** Suggested channels, best first. */
  readonly channels: readonly Channel[];
  /** ISO 8601 date-times with offset, in the application's zone. */
  readonly dueFrom: string;
  readonly dueBy: string;
  /**
   * The application's IANA zone, whose offset dueFrom and dueBy carry: where the employer's
   * clock is, so that lists can name the place beside the user's time ("9:00 in Berlin").
   */
  readonly zone: string;
  /** True when dueBy is before now. */
  readonly overdue: boolean;
  readonly rule: RuleId;
  /** One sentence naming the facts the action rests on. */
  readonly reason: string;
  /** The interview round (1-based) the action belongs to, for thank-yous. */
  readonly round?: number;
  /** True when the action rests on an assumption rather than a date the employer gave. */
  readonly assumption?: boolean;
  /**
   * missed-window: true when its window closed more than `missedAfterBusinessDays` business
   * days ago. Still listed (still want to?) until done or set aside (a `dismiss` event).
   */
  readonly missed?: boolean;
}

/** What tells planned actions apart on every page (the web's lists, a coach's view). */
export function actionId(
  a: Pick<Action, "app" | "kind" | "to" | "round" | "variant" | "dueBy">,
): string {
  return [a.app, a.kind, a.to ?? "", a.round ?? "", a.variant ?? "", a.dueBy].join("|");
}

// Policy and PolicyOverrides live with their defaults in ./policy.ts.
import type { PolicyOverrides } from "./policy.js";

export type { Policy, PolicyOverrides } from "./policy.js";
