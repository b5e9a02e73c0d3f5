/**
 * The JSON shapes the HTTP API returns to the web UI. The server builds them from the
 * operations' results (src/ops) and adds the dates already formatted in the user's zone
 * ("Fri 13 Nov, 9:00"), so the browser never needs a time-zone or holiday library.
 * The web UI imports these as types only.
 */
import type { Insights } from "../core/insights.js";
import type {
  Action,
  ActionKind,
  ApplicationEvent,
  Channel,
  Contact,
  ReplyReading,
  Signal,
  Status,
  TimelineEvent,
  Variant,
} from "../core/types.js";

/** Where an application stands, for the board's columns. */
export const STAGES = ["saved", "applied", "interviewing", "waiting", "offer", "closed"] as const;
export type Stage = (typeof STAGES)[number];

/** An action as the UI shows it: the engine's action plus display text. */
export interface ActionView extends Action {
  /** Stable key of the action within one agenda (app, kind, contact, round). */
  readonly id: string;
  readonly role?: string;
  readonly dueFromText: string;
  readonly dueByText: string;
  /**
   * The employer's clock where it shows another time than the user's, for the time shown
   * (the deadline, or the opening of a window yet to open): "9:00 in London".
   */
  readonly theirTimeText?: string;
  /** overdue: dueBy passed; today: due today in the user's zone; upcoming: later. */
  readonly when: "overdue" | "today" | "upcoming";
}

/**
 * An action as a coach's view shows it (read-only): a view of 200 candidates sent whole
 * actions weighed over a megabyte, and writing it cost most of the request.
 */
export type CoachActionView = Pick<
  ActionView,
  | "id"
  | "app"
  | "company"
  | "kind"
  | "to"
  | "overdue"
  | "when"
  | "dueFromText"
  | "dueByText"
  | "theirTimeText"
  | "reason"
  | "assumption"
>;

export interface TodayView {
  readonly nowText: string;
  /** The user's zone: every time shown is on its clock. */
  readonly zone: string;
  readonly applications: number;
  /** Planned actions that open after the agenda's horizon (shown on each application's page). */
  readonly later: number;
  /** Windows that closed days ago (missed-window): still want to? Each can be dropped. */
  readonly missed: readonly ActionView[];
  readonly overdue: readonly ActionView[];
  readonly today: readonly ActionView[];
  readonly upcoming: readonly ActionView[];
  /** Threads the engine advises to let go, with why. */
  readonly letGo: readonly ActionView[];
  /** Applications left out because their stored data cannot be read: which, and why. */
  readonly unreadable: readonly { readonly app: string; readonly problem: string }[];
}

/** Who is signed in to a team server (`GET /api/session`). */
export interface SessionAccount {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly role: "candidate" | "coach";
  /** A lead coach sees every coach's candidates in the organisation, and filters by coach. */
  readonly lead: boolean;
}

/** One candidate in a coach's view (see src/ops/team-view.ts), times on the coach's clock. */
export interface CoachCandidateView {
  readonly candidate: { readonly id: number; readonly name: string; readonly email: string };
  /** The coaches they share with (for a lead coach, any of the organisation's). */
  readonly sharedWith: readonly { readonly id: number; readonly name: string }[];
  /** The candidate's zone: "today" is their day. */
  readonly zone: string;
  /** How many actions are due today (overdue, or open before the end of the candidate's day). */
  readonly dueTodayCount: number;
  /**
   * The first few of them, most urgent first (in their window or overdue, then advice to
   * let a thread go, then missed windows; each by deadline); the candidate's page
   * (`/api/team/candidates/ID/today`) has them all.
   */
  readonly dueToday: readonly CoachActionView[];
  /** Every thank-you overdue (each also due today), `id` as in dueToday. */
  readonly thankYousOverdue: readonly {
    readonly id: string;
    readonly app: string;
    readonly company: string;
    readonly to?: string;
    readonly dueByText: string;
  }[];
  readonly coldButChased: readonly {
    readonly app: string;
    readonly company: string;
    readonly replyAtText: string;
    readonly signal: Signal;
    readonly sentSince: number;
  }[];
  readonly offers: readonly { readonly app: string; readonly company: string }[];
  /** How many applications are at each stage (as `hearback list` names it). */
  readonly stages: Readonly<Record<string, number>>;
}

/** A coach's view across the candidates sharing with them. */
export interface CoachView {
  readonly nowText: string;
  /** The coach's zone: every time shown is on its clock. */
  readonly zone: string;
  readonly candidates: readonly CoachCandidateView[];
}

export interface ApplicationSummary {
  readonly app: string;
  readonly company: string;
  readonly role: string;
  readonly stage: Stage;
  readonly status?: Status;
  /** The words the user files it under. */
  readonly tags: readonly string[];
  /** Epoch ms of the latest event, for sorting. */
  readonly lastActivityMs: number;
  readonly lastActivityText: string;
  readonly next?: {
    readonly kind: ActionKind;
    readonly dueByText: string;
    readonly dueByMs: number;
    readonly overdue: boolean;
  };
}

export interface InterviewView {
  readonly round: number;
  readonly at: string;
  readonly atText: string;
  readonly durationMinutes: number;
  readonly stage?: string;
  readonly interviewers: readonly Contact[];
  readonly topics: readonly string[];
  readonly notes?: string;
  readonly decisionByText?: string;
  /** True for a scheduled interview. */
  readonly upcoming: boolean;
}

export interface EventView {
  readonly index: number;
  /** The store's entry id (for corrections). */
  readonly id: number;
  readonly type: string;
  readonly atText: string;
  /** One line saying what happened, plain text. */
  readonly title: string;
  /** Longer user text (notes, reply text, message text), shown as text. */
  readonly detail?: string;
  readonly signal?: Signal;
  /** The event as recorded (corrections applied), for correcting it. */
  readonly event: TimelineEvent;
}

export interface ApplicationView {
  readonly app: string;
  readonly company: string;
  readonly role: string;
  readonly url?: string;
  /** The application's own event as recorded: job details, tags, contacts as typed. */
  readonly application: ApplicationEvent;
  /** When you applied, in your zone; absent for a saved job or one added without a date. */
  readonly appliedText?: string;
  /** The employer's zone (their clock is shown beside the user's where it matters). */
  readonly timezone: string;
  /** The user's zone: every time shown is on its clock. */
  readonly yourZone: string;
  readonly region?: string;
  readonly stage: Stage;
  readonly status?: Status;
  readonly contacts: readonly Contact[];
  readonly interviews: readonly InterviewView[];
  readonly events: readonly EventView[];
  readonly actions: readonly ActionView[];
  /** The latest decision date they gave. */
  readonly decisionByText?: string;
}

export interface ReadingView extends ReplyReading {
  readonly decisionByText: string | null;
  readonly returnOnText: string | null;
}

export interface DraftView {
  readonly to?: { readonly name?: string; readonly email?: string };
  readonly subject: string;
  readonly body: string;
  /** The mailto: link for the draft (empty when it is not an email). */
  readonly mailto: string;
  /** False for what is not a message to send (ask-timeline: a question to ask in person). */
  readonly sendable: boolean;
  /** Thank-you: the same thanks, short enough for a handwritten card. */
  readonly card?: string;
  /** Check-in: what to say on the phone. */
  readonly phoneScript?: string;
  /** Ask-timeline: what to do with the answer. */
  readonly note?: string;
  /** Facts hearback did not have, as they stand in the text ("[a topic you discussed]"). */
  readonly placeholders: readonly string[];
}

export interface SessionView {
  /** True when the store holds no application yet: the UI offers the demo. */
  readonly empty: boolean;
  readonly demoAvailable: boolean;
  readonly zone: string;
  readonly name?: string;
}

/** GET /api/digest/mail: where the daily digest goes, or why it cannot be sent. */
export interface DigestMail {
  readonly to: string | null;
  /** No mail server set up, no address...: what to set up, in `hearback digest`'s words. */
  readonly problem: string | null;
}

/** GET /api/digest: the mail the digest would send now. */
export interface DigestPreview {
  /** How many things it lists; 0: nothing would be sent. */
  readonly due: number;
  /** What `hearback digest --dry-run` prints. */
  readonly text: string;
}

/** POST /api/digest/send: what became of it, in one sentence. */
export interface DigestSent {
  readonly status: string;
  readonly message: string;
}

/** The body of every error response. */
export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    /** One line per problem, each naming the field. */
    readonly problems: readonly string[];
  };
}

export type { Channel, Variant };

/** The Insights page's numbers (`/api/insights`): those of `hearback stats`, in the user's zone. */
export type InsightsView = Omit<Insights, "answered"> & { readonly zone: string };
