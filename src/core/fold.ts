/**
 * The fold: a timeline's events into the state of each application, which is what the
 * planner, the drafts, the tracker and the web app read. Pure: the same events give the
 * same state; instants are epoch milliseconds and calendar days `YYYY-MM-DD` strings in the
 * application's zone.
 *
 * `AppState` is a stable, shared shape: add optional fields, never rename or remove one.
 */
import { parseDateOrDateTime, parseDateTime, trimmed } from "../time/index.js";
import { replyReadPart } from "./limits.js";
import type {
  ActionKind,
  ApplicationEvent,
  Channel,
  Contact,
  ReadReply,
  ReplyEvent,
  SentEvent,
  SentKind,
  Signal,
  Status,
  StatusEvent,
  TimelineEvent,
  Variant,
} from "./types.js";

/** An interview's length when the timeline does not say. */
const DEFAULT_INTERVIEW_MINUTES = 60;
/** The holiday calendar used when neither the application nor the settings name one. */
const DEFAULT_REGION = "US";

/** One interview, numbered in time order from 1. */
export interface InterviewRound {
  /** 1-based, in order of `atMs`. */
  readonly round: number;
  readonly atMs: number;
  /** `atMs` plus its duration (60 minutes unless the timeline says). */
  readonly endMs: number;
  /** The people who interviewed you, with what is known of them (see `AppState.contacts`). */
  readonly interviewers: readonly Contact[];
  readonly stage: string | null;
  readonly topics: readonly string[];
  /** The decision date given at this interview, `YYYY-MM-DD`, if any. */
  readonly decisionBy: string | null;
}

/** Something the user sent (or a call they made). */
export interface Touch {
  readonly atMs: number;
  readonly kind: SentKind;
  /** Contact names; empty when the timeline does not say. */
  readonly to: readonly string[];
  readonly channel: Channel | null;
  readonly variant: Variant | null;
  readonly subject: string | null;
  /** The interview round it followed: the number of rounds begun by then (0: none yet). */
  readonly afterRound: number;
}

/** Where a reply's reading comes from. */
export type ReadingSource =
  /** the user labelled the reply (`signal` in the timeline) */
  | "user"
  /** the reply gauge read its text */
  | "gauge"
  /** nothing could read it: taken as still deciding, with no new date */
  | "assumed";

/** A reply from the employer, with how it reads. */
export interface ReplyState {
  readonly atMs: number;
  readonly from: string | null;
  /** The part of its text that planning reads (see REPLY_READ_CHARS). */
  readonly text: string | null;
  readonly signal: Signal;
  /** A (new) decision date, `YYYY-MM-DD`: the user's when given, else the gauge's. */
  readonly decisionBy: string | null;
  /** The words the gauge read the decision date from, when it did. */
  readonly decisionPhrase: string | null;
  /** For out-of-office replies: the day the sender is back, `YYYY-MM-DD`. */
  readonly returnOn: string | null;
  readonly source: ReadingSource;
  /** 1 for the user's word and for assumptions; the gauge's confidence otherwise. */
  readonly confidence: number;
  /** For gauged replies: the phrases that decided the signal, strongest first. */
  readonly evidence?: readonly string[];
  /**
   * The gauge could not tell how the reply reads: its two likeliest readings. The plan asks
   * the user rather than act on either, and the reply ends nothing.
   */
  readonly cantTell?: readonly [Signal, Signal];
}

/** The date by which the employer said you would hear, as last stated. */
export interface DecisionDate {
  /** `YYYY-MM-DD` in the application's zone. */
  readonly date: string;
  /** When it was said (the interview's start or the reply's arrival). */
  readonly statedMs: number;
  /** Who said it, when known (the reply's sender, or the interview's hiring manager). */
  readonly by: string | null;
  readonly source: "interview" | "reply";
  /** True when the date was read from a reply's text by the gauge. */
  readonly gauged: boolean;
}

export interface StatusEntry {
  readonly atMs: number;
  readonly status: Status;
  readonly note: string | null;
}

/** A planned action the user set aside (a `dismiss` event). */
export interface Dismissal {
  readonly atMs: number;
  readonly kind: ActionKind;
  /** The person of the action set aside, or null when it named nobody. */
  readonly to: string | null;
  /** The start of the window set aside, when the event says. */
  readonly dueFromMs: number | null;
}

/** Statuses and reply signals that end the thread. */
export type OutcomeKind = "rejected" | "offer" | "accepted" | "withdrawn" | "filled";

export interface Outcome {
  readonly kind: OutcomeKind;
  readonly atMs: number;
  /** A status the user recorded, or a reply read as an offer or a rejection. */
  readonly source: "status" | "reply";
  /** True when it rests on the gauge's reading of a reply. */
  readonly gauged: boolean;
}

/** Everything known about one application, derived from its events. */
export interface AppState {
  readonly app: string;
  readonly company: string;
  readonly role: string;
  /** The IANA zone of the application (its `timezone`, else the user's). */
  readonly zone: string;
  /** The holiday calendar's region code, upper case ("US", "US-CO"). */
  readonly region: string;
  readonly appliedMs: number | null;
  /** A job kept to apply to, not applied to yet (the application's `saved`). */
  readonly saved: boolean;
  readonly url: string | null;
  /** Everyone named in the application and its interviews, merged by name. */
  readonly contacts: readonly Contact[];
  /** Interviews in time order, past and scheduled. */
  readonly rounds: readonly InterviewRound[];
  /** The latest decision date stated (the latest statement wins, not the latest date). */
  readonly decision: DecisionDate | null;
  /** Everything sent, in time order. */
  readonly touches: readonly Touch[];
  /** Every reply, in time order, out-of-office ones included. */
  readonly replies: readonly ReplyState[];
  /** The signal of the latest reply that was not an out-of-office one. */
  readonly signal: Signal | null;
  /** The latest status recorded. */
  readonly status: Status | null;
  readonly statuses: readonly StatusEntry[];
  /** The outcome that ended the thread, if it has ended. */
  readonly outcome: Outcome | null;
  readonly notes: readonly { readonly atMs: number; readonly text: string }[];
  /** The time of the latest event (the application's own time when it has one). */
  readonly lastEventMs: number | null;
  /** The actions the user set aside, in time order; absent when there are none. */
  readonly dismissals?: readonly Dismissal[];
}

export interface FoldOptions {
  /** The zone of applications that name none (the user's zone). */
  readonly defaultZone: string;
  /** The holiday region of applications that name none; "US" when absent. */
  readonly defaultRegion?: string;
  /** Reads replies the user did not label. Without it such replies are "assumed". */
  readonly readReply?: ReadReply;
}

/** Statuses that end the thread. */
export const ENDING_STATUSES: ReadonlySet<Status> = new Set<Status>([
  "rejected",
  "offer",
  "accepted",
  "withdrawn",
  "filled",
]);

function dayOf(s: string, zone: string): string {
  const d = parseDateOrDateTime(s, zone);
  if (d === null) throw new Error(`fold: not a date or date-time: ${s}`);
  return d.date;
}

function instant(s: string, zone: string): number {
  const ms = parseDateTime(s, zone);
  if (ms === null) throw new Error(`fold: not a date-time: ${s}`);
  return ms;
}

/** Reads one reply: the user's labels win over the gauge's reading, field by field. */
function readReplyEvent(
  ev: ReplyEvent,
  atMs: number,
  zone: string,
  readReply: ReadReply | undefined,
): ReplyState {
  const from = ev.from ?? null;
  const text = ev.text === undefined ? null : replyReadPart(ev.text);
  if (ev.signal !== undefined) {
    return {
      atMs,
      from,
      text,
      signal: ev.signal,
      decisionBy: ev.decisionBy === undefined ? null : dayOf(ev.decisionBy, zone),
      decisionPhrase: null,
      returnOn: ev.returnOn === undefined ? null : dayOf(ev.returnOn, zone),
      source: "user",
      confidence: 1,
    };
  }
  if (readReply && text !== null && text.trim() !== "") {
    const r = readReply(text, { receivedMs: atMs, zone });
    return {
      atMs,
      from,
      text,
      signal: r.signal,
      decisionBy: ev.decisionBy === undefined ? r.decisionBy : dayOf(ev.decisionBy, zone),
      decisionPhrase: ev.decisionBy === undefined ? r.decisionPhrase : null,
      returnOn: ev.returnOn === undefined ? r.returnOn : dayOf(ev.returnOn, zone),
      source: "gauge",
      confidence: r.confidence,
      evidence: r.evidence,
      ...(r.cantTell ? { cantTell: r.cantTell } : {}),
    };
  }
  return {
    atMs,
    from,
    text,
    signal: "still-deciding",
    decisionBy: ev.decisionBy === undefined ? null : dayOf(ev.decisionBy, zone),
    decisionPhrase: null,
    returnOn: ev.returnOn === undefined ? null : dayOf(ev.returnOn, zone),
    source: "assumed",
    confidence: 1,
  };
}

/** True when a reply has no signal of the user's and has text a gauge could read. */
export function needsGauge(ev: TimelineEvent): boolean {
  return (
    ev.type === "reply" &&
    ev.signal === undefined &&
    typeof ev.text === "string" &&
    ev.text.trim() !== ""
  );
}

/**
 * Everyone named so far, merged by trimmed name, in the order first named. Searched by name
 * in the array while it is short (an application names a handful of people, and a small
 * array costs less to make and to search than a map); indexed by a map once it is long, so
 * that a round of 100,000 interviewers takes linear time, not quadratic.
 */
interface Contacts {
  readonly list: Contact[];
  byName: Map<string, number> | undefined;
}

const SEARCHED_UP_TO = 16;

function findContact(contacts: Contacts, name: string): number {
  if (contacts.byName !== undefined) return contacts.byName.get(name) ?? -1;
  const list = contacts.list;
  for (let i = 0; i < list.length; i++) if (list[i]!.name === name) return i;
  return -1;
}

function addContact(contacts: Contacts, c: Contact): number {
  const at = contacts.list.push(c) - 1;
  if (contacts.byName !== undefined) contacts.byName.set(c.name, at);
  else if (at >= SEARCHED_UP_TO)
    contacts.byName = new Map(contacts.list.map((k, i) => [k.name, i]));
  return at;
}

/** Merges `c` into `into` and returns where it stands there. */
function mergeContact(into: Contacts, c: Contact, role?: Contact["role"]): number {
  const name = trimmed(c.name);
  const at = findContact(into, name);
  const known = at < 0 ? undefined : into.list[at]!;
  // The common case: a new name, written cleanly, kept as the very object given.
  if (known === undefined && name === c.name && (role === undefined || c.role !== undefined)) {
    let clean = true;
    for (const k in c) {
      const v = (c as unknown as Record<string, unknown>)[k];
      if (v === undefined || v === "") clean = false;
    }
    if (clean) return addContact(into, c);
  }
  // A name seen before, said again with nothing new (the same interviewer in a later round):
  // the contact stays as it is.
  if (known !== undefined && (role === undefined || known.role !== undefined)) {
    let same = true;
    for (const k in c) {
      const v = (c as unknown as Record<string, unknown>)[k];
      if (
        k !== "name" &&
        v !== undefined &&
        v !== "" &&
        (known as unknown as Record<string, unknown>)[k] !== v
      ) {
        same = false;
        break;
      }
    }
    if (same) return at;
  }
  const merged: Record<string, unknown> = known === undefined ? {} : { ...known };
  for (const k in c) {
    const v = (c as unknown as Record<string, unknown>)[k];
    if (v !== undefined && v !== "") merged[k] = v;
  }
  merged.name = name;
  if (merged.role === undefined && role !== undefined) merged.role = role;
  if (at < 0) return addContact(into, merged as unknown as Contact);
  into.list[at] = merged as unknown as Contact;
  return at;
}

/**
 * Folds one application's events (its `application` event first, the rest in any order;
 * ties in time keep their order).
 *
 * @example
 * const state = foldApplication(eventsOfAcme, { defaultZone: "America/Denver" });
 * state.rounds[0].endMs - state.rounds[0].atMs // 3600000 (60 minutes by default)
 */
export function foldApplication(
  events: readonly TimelineEvent[],
  options: FoldOptions,
  memory: FoldMemory = foldMemory(),
): AppState {
  return foldRange(events, 0, events.length, options, memory);
}

/**
 * The working memory of one fold: the instants of an application's events and their
 * indexes, in time order, and where each interviewer of each round stands in its contacts.
 * One fold over a large timeline reuses it from one application to the next (each would
 * otherwise make these arrays only to drop them); it grows as needed. Each fold has its own,
 * so folds may run inside one another (a `readReply` that folds) or side by side.
 */
export interface FoldMemory {
  times: Float64Array;
  indexes: Int32Array;
  slots: Int32Array;
}

/** Fresh working memory for a fold (see `FoldMemory`). */
export function foldMemory(): FoldMemory {
  return { times: new Float64Array(64), indexes: new Int32Array(64), slots: new Int32Array(64) };
}

/** `foldApplication` of `events[start..end)`: one application's events within a longer list. */
function foldRange(
  events: readonly TimelineEvent[],
  start: number,
  end: number,
  options: FoldOptions,
  memory: FoldMemory,
): AppState {
  const first = events[start];
  let application: ApplicationEvent | undefined;
  if (first?.type === "application") application = first;
  else {
    for (let i = start; i < end && !application; i++) {
      const ev = events[i]!;
      if (ev.type === "application") application = ev;
    }
  }
  if (!application) throw new Error("foldApplication: no application event");
  const zone = application.timezone ?? options.defaultZone;
  const region = (application.region ?? options.defaultRegion ?? DEFAULT_REGION).toUpperCase();

  const contacts: Contacts = { list: [], byName: undefined };
  const named = application.contacts;
  if (named !== undefined) for (let i = 0; i < named.length; i++) mergeContact(contacts, named[i]!);

  if (memory.times.length < end - start) {
    const size = Math.max(end - start, 2 * memory.times.length);
    memory.times = new Float64Array(size);
    memory.indexes = new Int32Array(size);
  }
  const { times, indexes } = memory;
  // Time order, stable for ties: file order breaks them. Timelines are nearly always in
  // order already, so the sort is skipped when it would change nothing.
  let n = 0;
  let sorted = true;
  for (let i = start; i < end; i++) {
    const ev = events[i]!;
    if (ev.type === "application") continue;
    const t = instant(ev.at, zone);
    if (n > 0 && t < times[n - 1]!) sorted = false;
    times[n] = t;
    indexes[n] = i;
    n++;
  }
  // An insertion sort: the usual disorder is an interview logged ahead of its time, among
  // a handful of events; a long, shuffled timeline sorts by the engine's own sort.
  if (!sorted && n <= 32) {
    for (let i = 1; i < n; i++) {
      const t = times[i]!;
      const x = indexes[i]!;
      let k = i;
      for (; k > 0 && times[k - 1]! > t; k--) {
        times[k] = times[k - 1]!;
        indexes[k] = indexes[k - 1]!;
      }
      times[k] = t;
      indexes[k] = x;
    }
  } else if (!sorted) {
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => times[a]! - times[b]! || a - b,
    );
    const t = order.map((i) => times[i]!);
    const x = order.map((i) => indexes[i]!);
    times.set(t);
    indexes.set(x);
  }
  return foldSorted(events, application, zone, region, contacts, n, options, memory);
}

/** The fold proper, over the events at `indexes[0..n)`, in time order, at `times[0..n)`. */
function foldSorted(
  events: readonly TimelineEvent[],
  application: ApplicationEvent,
  zone: string,
  region: string,
  contacts: Contacts,
  n: number,
  options: FoldOptions,
  memory: FoldMemory,
): AppState {
  const { times, indexes } = memory;
  const rounds: Mutable<InterviewRound>[] = [];
  let slots = memory.slots;
  let slotCount = 0;
  const touches: Touch[] = [];
  const replies: ReplyState[] = [];
  const statuses: StatusEntry[] = [];
  const notes: { atMs: number; text: string }[] = [];
  let dismissals: Dismissal[] | undefined;
  let begun = 0;
  let decision: DecisionDate | null = null;
  let signal: Signal | null = null;
  let outcome: Outcome | null = null;
  const appliedMs = application.at === undefined ? null : instant(application.at, zone);
  let lastEventMs = appliedMs;

  for (let k = 0; k < n; k++) {
    const ev = events[indexes[k]!] as Exclude<TimelineEvent, ApplicationEvent>;
    const ms = times[k]!;
    lastEventMs = lastEventMs === null || ms > lastEventMs ? ms : lastEventMs;
    switch (ev.type) {
      case "interview": {
        begun++;
        const people = ev.interviewers;
        if (people !== undefined) {
          if (slotCount + people.length > slots.length) {
            const more = new Int32Array(2 * (slotCount + people.length));
            more.set(slots);
            slots = more;
            memory.slots = more;
          }
          for (let i = 0; i < people.length; i++) {
            slots[slotCount++] = mergeContact(contacts, people[i]!, "interviewer");
          }
        }
        const decisionBy = ev.decisionBy === undefined ? null : dayOf(ev.decisionBy, zone);
        rounds.push({
          round: begun,
          atMs: ms,
          endMs: ms + (ev.durationMinutes ?? DEFAULT_INTERVIEW_MINUTES) * 60_000,
          interviewers: people ?? [],
          stage: ev.stage ?? null,
          topics: ev.topics ?? [],
          decisionBy,
        });
        if (decisionBy !== null) {
          const by = decisionMaker(people)?.name;
          decision = {
            date: decisionBy,
            statedMs: ms,
            by: by === undefined ? null : by.trim(),
            source: "interview",
            gauged: false,
          };
        }
        break;
      }
      case "sent": {
        touches.push(touchOf(ev, ms, begun));
        break;
      }
      case "reply": {
        const r = readReplyEvent(ev, ms, zone, options.readReply);
        replies.push(r);
        if (r.signal !== "out-of-office") signal = r.signal;
        if (r.decisionBy !== null && r.signal !== "out-of-office") {
          decision = {
            date: r.decisionBy,
            statedMs: ms,
            by: r.from,
            source: "reply",
            gauged: r.source === "gauge" && ev.decisionBy === undefined,
          };
        }
        if ((r.signal === "rejection" || r.signal === "offer") && !r.cantTell) {
          outcome = {
            kind: r.signal === "rejection" ? "rejected" : "offer",
            atMs: ms,
            source: "reply",
            gauged: r.source !== "user",
          };
        }
        break;
      }
      case "status": {
        statuses.push(statusOf(ev, ms));
        // A later "still-open" or "on-hold" reopens a thread the user had recorded as ended.
        outcome = ENDING_STATUSES.has(ev.status)
          ? { kind: ev.status as OutcomeKind, atMs: ms, source: "status", gauged: false }
          : null;
        break;
      }
      case "note": {
        notes.push({ atMs: ms, text: ev.text });
        break;
      }
      case "dismiss": {
        dismissals ??= [];
        dismissals.push({
          atMs: ms,
          kind: ev.kind,
          to: ev.to === undefined ? null : trimmed(ev.to),
          dueFromMs: ev.dueFrom === undefined ? null : instant(ev.dueFrom, zone),
        });
        break;
      }
    }
  }

  // Each interviewer as finally merged (a later round may say more of them): the round's
  // own list when every one of them stands as given.
  let slot = 0;
  for (const round of rounds) {
    const people = round.interviewers;
    let same = true;
    for (let i = 0; i < people.length; i++) same &&= contacts.list[slots[slot + i]!] === people[i];
    if (!same) {
      const merged: Contact[] = [];
      for (let i = 0; i < people.length; i++) merged.push(contacts.list[slots[slot + i]!]!);
      round.interviewers = merged;
    }
    slot += people.length;
  }

  const state: Mutable<AppState> = {
    app: application.app,
    company: application.company,
    role: application.role,
    zone,
    region,
    appliedMs,
    saved: application.saved === true,
    url: application.url ?? null,
    contacts: contacts.list,
    rounds,
    decision,
    touches,
    replies,
    signal,
    status: statuses.length > 0 ? statuses[statuses.length - 1]!.status : null,
    statuses,
    outcome,
    notes,
    lastEventMs,
  };
  // Only a state with dismissals has the field, so that the others keep one shape.
  if (dismissals !== undefined) state.dismissals = dismissals;
  return state;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Who stated an interview's decision date: its hiring manager, else its first interviewer. */
function decisionMaker(people: readonly Contact[] | undefined): Contact | undefined {
  if (people === undefined) return undefined;
  for (let i = 0; i < people.length; i++) {
    if (people[i]!.role === "hiring-manager") return people[i];
  }
  return people[0];
}

function touchOf(ev: SentEvent, ms: number, roundsBegun: number): Touch {
  const to = ev.to === undefined ? [] : typeof ev.to === "string" ? [ev.to] : ev.to;
  return {
    atMs: ms,
    kind: ev.kind,
    to: isTrimmed(to) ? to : to.map((n) => n.trim()),
    channel: ev.channel ?? null,
    variant: ev.variant ?? null,
    subject: ev.subject ?? null,
    afterRound: roundsBegun,
  };
}

function isTrimmed(names: readonly string[]): boolean {
  for (const n of names) if (n !== trimmed(n)) return false;
  return true;
}

function statusOf(ev: StatusEvent, ms: number): StatusEntry {
  return { atMs: ms, status: ev.status, note: ev.note ?? null };
}

/**
 * Folds a whole timeline into the state of each application, in the order the
 * applications first appear. Events of an application that the timeline never defines are
 * a programmer's mistake (`parseTimeline` reports them) and throw.
 *
 * @example
 * const { events } = parseTimeline(text, { file: "t.jsonl", defaultZone: "UTC" });
 * const states = fold(events, { defaultZone: "UTC" });
 * states[0].rounds.length // the interviews of the first application
 */
export function fold(events: readonly TimelineEvent[], options: FoldOptions): readonly AppState[] {
  const states: AppState[] = [];
  foldEach(events, options, (state) => states.push(state));
  return states;
}

/**
 * Folds a whole timeline one application at a time, handing each state to `each` as it is
 * made (in the order the applications first appear), so that a caller that is done with a
 * state can let it go. Throws as `fold` does.
 */
export function foldEach(
  events: readonly TimelineEvent[],
  options: FoldOptions,
  each: (state: AppState) => void,
): void {
  const runs = applicationRuns(events);
  const memory = foldMemory();
  if (runs === undefined) {
    for (const list of groupByApplication(events)) each(foldApplication(list, options, memory));
    return;
  }
  for (let r = 1; r < runs.length; r++) {
    each(foldRange(events, runs[r - 1]!, runs[r]!, options, memory));
  }
}

/**
 * Where each application's events start, and where the last one's end, when every
 * application's events are one run that starts with its application event (how timelines
 * are written, and how `export` writes them); undefined otherwise. Folding those runs where
 * they lie spares copying every event into a list of its application's.
 */
function applicationRuns(events: readonly TimelineEvent[]): number[] | undefined {
  const runs: number[] = [];
  const seen = new Set<string>();
  let app: string | undefined;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    if (ev.app === app) continue;
    app = ev.app;
    if (ev.type !== "application" || seen.has(app)) return undefined;
    seen.add(app);
    runs.push(i);
  }
  runs.push(events.length);
  return runs;
}

/**
 * The events of each application, in the order the applications first appear, each list
 * starting with its application event. Throws on an event before its application.
 */
function groupByApplication(
  events: readonly TimelineEvent[],
): IterableIterator<readonly TimelineEvent[]> {
  const byApp = new Map<string, TimelineEvent[]>();
  let lastApp: string | undefined;
  let lastList: TimelineEvent[] | undefined;
  for (const ev of events) {
    // Runs of one application's events skip the map.
    if (ev.app === lastApp) {
      lastList!.push(ev);
      continue;
    }
    let list = byApp.get(ev.app);
    if (!list) {
      if (ev.type !== "application") {
        throw new Error(`fold: a ${ev.type} event of "${ev.app}" comes before its application`);
      }
      list = [];
      byApp.set(ev.app, list);
    }
    list.push(ev);
    lastApp = ev.app;
    lastList = list;
  }
  return byApp.values();
}
