/**
 * The store's contract: an append-only log of timeline events plus the user's settings.
 * Everything else hearback shows (state, agenda, drafts) is derived from `timeline()`.
 *
 * The interface is what the rest of the program depends on (ops, server, integrations);
 * `openStore` in ./sqlite.ts implements it over a SQLite file (the default), and
 * ./postgres.ts over a PostgreSQL database shared by a team.
 */
import type { TimelineEvent } from "../core/types.js";

/** Who wrote an entry: "cli", "web", "import", "calendar", "mail", "csv", ... */
export type EntrySource = string;

/** The kinds of correction entries, besides the timeline's own event types. */
const CORRECTION_TYPES = ["amend", "retract"] as const;
export type CorrectionType = (typeof CORRECTION_TYPES)[number];

/** One row of the log, as stored. */
export interface LogEntry {
  /** Increasing with the order of recording; never reused. */
  readonly id: number;
  readonly app: string;
  /** A timeline event type, or "amend" / "retract". */
  readonly type: TimelineEvent["type"] | CorrectionType;
  /**
   * The event as given (for "amend": the replacement event; for "retract": `{}` or
   * `{ reason }`).
   */
  readonly event: Readonly<Record<string, unknown>>;
  /** For corrections: the id of the entry they correct. */
  readonly ref: number | null;
  /** The id of the first entry written by the same call: what one `undo` takes back. */
  readonly batch: number;
  /** Epoch milliseconds. */
  readonly recordedAt: number;
  readonly source: EntrySource;
}

/** A live timeline event with the id of the entry that recorded it (amendments applied). */
export interface StoredEvent {
  readonly id: number;
  readonly event: TimelineEvent;
  readonly recordedAt: number;
  readonly source: EntrySource;
  /** True when an amendment replaced what was first recorded. */
  readonly amended: boolean;
}

/** A live event's stored JSON text, unparsed (what `hearback doctor` checks). */
export interface StoredText {
  readonly id: number;
  readonly app: string;
  readonly text: string;
  readonly recordedAt: number;
  readonly source: EntrySource;
  readonly amended: boolean;
}

/** Written with every entry: when and by whom. The store never reads the clock itself. */
export interface WriteMeta {
  readonly recordedAt: number;
  readonly source: EntrySource;
}

export type SettingsRecord = Readonly<Record<string, unknown>>;

export interface TimelineFilter {
  /** One application's events only. */
  readonly app?: string;
  /**
   * Reply texts longer than this many characters may be cut to it (planning reads no more:
   * REPLY_READ_CHARS), so that a huge reply is not read whole on every plan. Whole when
   * absent: what is shown or exported.
   */
  readonly replyTextUpTo?: number;
}

/** Reading the store. */
export interface StoreReader {
  /**
   * The effective timeline: every live event in the order it was recorded, with
   * amendments applied and retracted entries left out. This is what `fold` reads and what
   * `export` writes.
   */
  timeline(filter?: TimelineFilter): Promise<readonly TimelineEvent[]>;
  /** The same events with their entry ids, for showing and correcting them. */
  events(filter?: { readonly app?: string }): Promise<readonly StoredEvent[]>;
  /** The same events' stored texts, unparsed, so that damaged ones can be named. */
  storedTexts(filter?: { readonly app?: string }): Promise<readonly StoredText[]>;
  /** The raw log, corrections included, oldest first (`limit`: the last N entries). */
  log(filter?: { readonly app?: string; readonly limit?: number }): Promise<readonly LogEntry[]>;
  /** The ids of the live applications, in the order they were added. */
  appIds(): Promise<readonly string[]>;
  /** Every stored setting (JSON values by key). */
  settings(): Promise<SettingsRecord>;
  /**
   * The last entry's id (0 for an empty log) and the settings, read at once: what every
   * view derived from the store depends on.
   */
  head(): Promise<{ readonly lastEntry: number; readonly settings: SettingsRecord }>;
}

/** Writing the store. Every call is atomic: all of it is stored, or nothing. */
export interface StoreWriter extends StoreReader {
  /** Appends timeline events, in order, as one batch. */
  append(events: readonly TimelineEvent[], meta: WriteMeta): Promise<readonly LogEntry[]>;
  /** Replaces what an event says, keeping its place in the timeline. */
  amend(ref: number, event: TimelineEvent, meta: WriteMeta): Promise<LogEntry>;
  /** Takes an entry back (an event, or an amendment). */
  retract(ref: number, meta: WriteMeta & { readonly reason?: string }): Promise<LogEntry>;
  /**
   * Takes back the most recent batch that is still live (one command's worth: an added
   * event, an amendment, a whole import). Returns the entries taken back, or `[]` when
   * there is nothing left to undo.
   */
  undo(meta: WriteMeta): Promise<readonly LogEntry[]>;
  /** Sets settings; a key whose value is `null` or `undefined` is removed. */
  updateSettings(patch: SettingsRecord): Promise<SettingsRecord>;
}

/** One action of a kept plan. */
export interface KeptAction {
  /** Its deadline, epoch ms (ignored for an action due "now": see floatingZone). */
  readonly dueByMs: number;
  /** When its window opens, epoch ms. */
  readonly dueFromMs: number;
  /** The planner's order of its kind among actions due at the same moment. */
  readonly kindOrder: number;
  /** Whom it is for ("" for nobody in particular): the planner's last tie-breaker. */
  readonly person: string;
  /** For an action due "now" (its deadline moves with the clock): the zone to show it in. */
  readonly floatingZone: string | null;
  /** The action as JSON. */
  readonly json: string;
}

/** One application's kept plan, as `PlanCache` stores it. */
export interface KeptPlan {
  readonly app: string;
  /** The id of the application's last log entry (corrections included) it was planned from. */
  readonly lastEntry: number;
  /** Names what else it was planned with (settings, policy, engine version). */
  readonly key: string;
  /** The moment it was planned at, epoch milliseconds. */
  readonly plannedAt: number;
  /** Until when it holds with only the clock moving (epoch ms), or null: for good. */
  readonly stableUntil: number | null;
  /** Its actions in the planner's order. */
  readonly actions: readonly KeptAction[];
}

/** The part of the log a read of the kept plans accounted for: entry ids (from, to]. */
export interface CheckedLog {
  readonly from: number;
  readonly to: number;
}

/** What `PlanCache.fresh` finds. */
export interface FreshPlans {
  /**
   * Every application of the log whose kept plan does not hold for the key at the moment
   * (none kept, a log entry since, another key, planned after the moment, or the moment at
   * or past its stable_until), with its last entry id.
   */
  readonly stale: readonly { readonly app: string; readonly lastEntry: number }[];
  /**
   * The kept actions that are shown (all of them, or those overdue or opening by the
   * horizon), as one JSON array text of `dueByMs, dueFromMs, floatingZone, seq, action`
   * quintuples in the planner's order (deadline, app, kind, person, sequence), those due
   * "now" (floatingZone not null, dueByMs -1) first; none of stale applications.
   */
  readonly shown: string;
  /** How many kept actions of applications not stale are not shown. */
  readonly later: number;
  /** What to hand `keep` with the plans made for the stale applications. */
  readonly log: CheckedLog;
}

/**
 * Plans kept between runs (derived from the log, never the truth: see the `plan_cache`
 * migrations). The store checks a plan's freshness in SQL, so that a reader gets the fresh
 * ones in one text and plans only the rest.
 */
export interface PlanCache {
  /**
   * The kept plans as they stand for `key` at `now` (from one snapshot of the store).
   * `horizon` (epoch ms): show only the actions overdue at `now` or opening by then;
   * null: show all.
   */
  fresh(opts: {
    readonly key: string;
    readonly now: number;
    readonly horizon: number | null;
  }): Promise<FreshPlans>;
  /**
   * Keeps the plans made for `fresh`'s stale applications, and that the log is checked up
   * to `log.to`, in one transaction, without waiting for another process's write. A plan
   * never replaces one kept from a later log entry. Returns false when nothing could be
   * written (busy, read-only file...): a cache that cannot be written is no error.
   */
  keep(plans: readonly KeptPlan[], log: CheckedLog): Promise<boolean>;
}

export interface Store extends StoreWriter {
  /**
   * The data folder the store was opened in. The user's other files live there (their
   * templates, mail settings, the error log): the operations' context hands it on, so
   * nobody works it out from where the database happens to be.
   */
  readonly dataDir: string;
  /** Plans kept between runs, where the store keeps them. */
  readonly plans?: PlanCache;
  /**
   * Runs `fn` in one write transaction that holds the write lock from its start (so that
   * reading then writing can't race another process). Everything `fn` writes is stored
   * if it resolves, nothing if it throws. Inside `fn`, use `tx` only: the store itself
   * waits for the transaction to end, so calling it from `fn` would never return.
   */
  transaction<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
