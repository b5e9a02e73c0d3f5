/**
 * What a draft reads about an application: the few facts of the folded state it needs.
 * Kept as its own small interface so that drafts depend on facts, not on every detail of
 * the engine's state.
 */
import type { Contact, SentKind, Signal, Variant } from "../core/types.js";

export interface DraftInterview {
  /** 1-based, in order of time. */
  readonly round: number;
  readonly startMs: number;
  readonly interviewers: readonly Contact[];
  readonly topics: readonly string[];
  readonly stage?: string;
}

export interface DraftSent {
  readonly atMs: number;
  readonly kind: SentKind;
  readonly to: readonly string[];
  readonly variant?: Variant;
}

export interface DraftReply {
  readonly atMs: number;
  readonly from?: string;
  readonly signal?: Signal | null;
}

export interface DraftState {
  readonly app: string;
  readonly company: string;
  readonly role: string;
  /** The application's zone (or the user's). */
  readonly zone: string;
  readonly contacts: readonly Contact[];
  /** Oldest first, scheduled ones included. */
  readonly interviews: readonly DraftInterview[];
  readonly sent: readonly DraftSent[];
  readonly replies: readonly DraftReply[];
  /** The latest decision date the employer gave (`YYYY-MM-DD`), if any. */
  readonly decisionBy?: string | null;
}
