/**
 * Plans a whole timeline from its text, the way `hearback plan` does, with the same
 * problems and the same actions as `parseTimeline` followed by `plan`, but faster on large
 * files.
 *
 * Why a second path: parsing every line into an object and keeping them all until the end
 * makes the garbage collector copy hundreds of megabytes, which costs more than the parsing
 * itself. Here a first pass only finds each line's application (and type) by looking at
 * the text, and a second pass parses, checks, folds and plans one application at a time, so
 * that every object dies young. A line whose application cannot be read from the text alone
 * (an escaped string, a key written twice, anything unusual) is parsed in the first pass,
 * and if the text ever disagrees with the parsed event, the plan is made the plain way.
 */
import { type FoldOptions, fold, foldApplication, foldMemory, needsGauge } from "../fold.js";
import { interviewWaits, learnedHistory, type ReplyHistory, replyHistory } from "../insights.js";
import { nestsDeeperThan, tooDeepProblem } from "../limits.js";
import { type Calendars, plan, planner } from "../plan.js";
import { DEFAULT_POLICY, type Policy } from "../policy.js";
import {
  beforeApplicationProblem,
  duplicateApplicationProblem,
  EVENT_TYPES,
  notJsonProblem,
  parseTimeline,
  validateEvent,
} from "../timeline.js";
import type { Action, ReadReply, Settings, TimelineEvent } from "../types.js";
import { quickCheck } from "./quick-check.js";

/** A timeline's text with each line's application found (the first pass). */
export interface IndexedTimeline {
  readonly text: string;
  readonly file: string;
  /** True when some reply may need the gauge (it has no `signal` of the user's). */
  readonly needsGauge: boolean;
  /** Internal: the lines and their applications. */
  readonly lines: LineIndex;
  /** Internal: with shards, true when the text named another application than a line's. */
  readonly misled?: boolean;
}

interface Group {
  /** The index (into LineIndex) of the application's first and last line. */
  first: number;
  last: number;
  /** The line number of its application event, once seen. */
  appLine: number;
}

/**
 * The lines kept, in columns of typed arrays: their memory is outside the JS heap, so the
 * garbage collector neither scans nor copies it while the second pass makes its garbage.
 */
interface LineIndex {
  /** How many lines are kept (the columns may be longer). */
  readonly count: number;
  /** Where each line starts and ends in the text. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Each line's number in the file. */
  readonly numbers: Int32Array;
  /** The next line of the same application, or -1. */
  readonly next: Int32Array;
  /** What the text says each line is (an index in EVENT_TYPES; -1: parsed in the first pass). */
  readonly types: Int8Array;
  readonly groups: Map<string, Group>;
  /** Lines parsed in the first pass, by index. */
  readonly parsed: Map<number, unknown>;
  /** Problems found in the first pass, as [line number, problem]. */
  readonly problems: [number, string][];
  /** Problems of a line's place in the file (before its application, a duplicate). */
  readonly orderProblems: Map<number, string>;
}

/** Growable columns of a LineIndex, while the first pass fills them. */
interface Columns {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  numbers: Int32Array;
  next: Int32Array;
  types: Int8Array;
}

function addLine(c: Columns, start: number, end: number, lineNo: number, type: number): number {
  const i = c.count;
  if (i === c.starts.length) {
    const grown = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    c.starts = grown(c.starts);
    c.ends = grown(c.ends);
    c.numbers = grown(c.numbers);
    c.next = grown(c.next);
    const types = new Int8Array(c.types.length * 2);
    types.set(c.types);
    c.types = types;
  }
  c.starts[i] = start;
  c.ends[i] = end;
  c.numbers[i] = lineNo;
  c.next[i] = -1;
  c.types[i] = type;
  c.count = i + 1;
  return i;
}

/**
 * Where the string value of the field `"key":"value"` first written in the line between
 * `from` and `to` of `text` starts (just after its opening quote), or -1 when there is no
 * such key or the value is not a string. The value ends at the next quote (`valueEnd`); it
 * is read simply only if it has no escapes (`plainValue`). The second pass checks what the
 * text says against the parsed event, so a key that turns out to be nested or repeated only
 * sends the timeline down the plain path.
 */
function valueStart(text: string, key: string, from: number, to: number): number {
  const i = text.indexOf(key, from);
  if (i < 0 || i >= to) return -1;
  let j = i + key.length;
  while (text.charCodeAt(j) === 32) j++;
  if (text.charCodeAt(j) !== 58) return -1; // ":"
  j++;
  while (text.charCodeAt(j) === 32) j++;
  if (text.charCodeAt(j) !== 34) return -1; // '"'
  return j + 1;
}

/** The closing quote of a value from `valueStart`, or -1 when it is not in the line. */
function valueEnd(text: string, start: number, to: number): number {
  const end = text.indexOf('"', start);
  return end < 0 || end >= to ? -1 : end;
}

/** True when the text between `start` and `end` has no backslash (no escapes to decode). */
function plainValue(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 92) return false;
  return true;
}

/**
 * The event type written between `start` and `end` (an index in EVENT_TYPES), or -1 for
 * any other text. Compared in place: no string is made for the type of every line.
 */
function typeCodeAt(text: string, start: number, end: number): number {
  const length = end - start;
  for (let t = 0; t < EVENT_TYPES.length; t++) {
    const name = EVENT_TYPES[t]!;
    if (name.length === length && text.startsWith(name, start)) return t;
  }
  return -1;
}

/**
 * True when the string value that starts at `start` of `text` (and ends before `to`) is
 * exactly `value`: compared in place, without finding its end first.
 */
function holds(text: string, value: string | undefined, start: number, to: number): boolean {
  if (value === undefined) return false;
  const end = start + value.length;
  return end < to && text.charCodeAt(end) === 34 && text.startsWith(value, start);
}

/**
 * What in a timeline teaches the gauge (src/gauge/learn.ts `labelledReplies`): its valid
 * replies that carry both a text and the user's signal, and its valid applications (for
 * their zones). Read from the whole text, whatever shard plans: a label given to one
 * application's reply teaches the readings of every other's, as in the store.
 *
 * @example
 * labelledReplyEvents('{"type":"reply","app":"acme","at":"2026-12-03T10:00","text":"Thanks!","signal":"brush-off"}')
 * // [{ type: "reply", app: "acme", ..., signal: "brush-off" }]
 */
export function labelledReplyEvents(text: string): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const line of text.replace(/^\uFEFF/, "").split("\n")) {
    // Most lines are neither: two searches spare them the parse.
    if (!line.includes('"signal"') && !line.includes('"application"')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue; // The planner reports it.
    }
    if (nestsDeeperThan(line, parsed)) continue;
    const { event } = validateEvent(parsed);
    if (event?.type === "application" || (event?.type === "reply" && event.signal && event.text))
      events.push(event);
  }
  return events;
}

/** One of `count` disjoint parts of a timeline, split by application (see `shardOf`). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * Which of `count` shards an application belongs to: a hash of its id, so that every line of
 * one application lands in the same shard wherever it is in the file.
 *
 * @example
 * shardOf("acme-pm", 2) // 0 or 1, the same every time
 */
export function shardOf(app: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < app.length; i++) h = Math.imul(h ^ app.charCodeAt(i), 0x01000193);
  return (h >>> 0) % count;
}

const TYPE_CODES: ReadonlyMap<string, number> = new Map(EVENT_TYPES.map((t, i) => [t, i]));
const APPLICATION = EVENT_TYPES.indexOf("application");
const REPLY = EVENT_TYPES.indexOf("reply");

/**
 * The first pass: where each line is, and which application it belongs to.
 *
 * @example
 * const index = indexTimeline(text, { file: "timeline.jsonl" });
 * const readReply = index.needsGauge ? (await import("../../gauge/index.js")).readReply : undefined;
 * const { actions, problems } = planIndexedTimeline(index, { now, defaultZone: "UTC", readReply });
 */
export function indexTimeline(
  text: string,
  options: { readonly file: string; readonly shard?: Shard },
): IndexedTimeline {
  const cols: Columns = {
    count: 0,
    starts: new Int32Array(1024),
    ends: new Int32Array(1024),
    numbers: new Int32Array(1024),
    next: new Int32Array(1024),
    types: new Int8Array(1024),
  };
  const groups = new Map<string, Group>();
  const parsedLines = new Map<number, unknown>();
  const problems: [number, string][] = [];
  const orderProblems = new Map<number, string>();
  const { file, shard } = options;
  // Lines with no application to group them with belong to the first shard.
  const ownsLoose = shard === undefined || shard.index === 0;
  let gauge = false;
  let lastShardApp: string | undefined;
  let lastShardMine = true;
  let misled = false;
  let lastApp: string | undefined;
  let lastGroup: Group | undefined;
  let lineNo = 0;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = text.length;
  while (start <= length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = length;
    lineNo++;
    const lineStart = start;
    start = end + 1;
    // Lines that start an object are not blank; only others need the (copying) trim.
    if (text.charCodeAt(lineStart) !== 123 && text.slice(lineStart, end).trim() === "") continue;

    // The application as the text names it. Lines of one application often follow each
    // other: the same id as the line before is recognised in place, without a copy.
    let app: string | undefined;
    const appAt = valueStart(text, '"app"', lineStart, end);
    if (appAt >= 0) {
      if (holds(text, lastApp, appAt, end)) app = lastApp;
      else if (holds(text, lastShardApp, appAt, end)) app = lastShardApp;
      else {
        const appEnd = valueEnd(text, appAt, end);
        if (appEnd >= 0 && plainValue(text, appAt, appEnd)) app = text.slice(appAt, appEnd);
      }
    }
    // With shards, a line whose application the text names belongs to that application's
    // shard (the others skip it at once); a line that names none, to the first shard.
    let mine = ownsLoose;
    if (shard !== undefined && app !== undefined) {
      if (app !== lastShardApp) {
        lastShardApp = app;
        lastShardMine = shardOf(app, shard.count) === shard.index;
      }
      if (!lastShardMine) continue;
      mine = true;
    }
    const scannedApp = app;
    let type = -1;
    if (app !== undefined) {
      const typeAt = valueStart(text, '"type"', lineStart, end);
      const typeEnd = typeAt < 0 ? -1 : valueEnd(text, typeAt, end);
      if (typeEnd >= 0) type = typeCodeAt(text, typeAt, typeEnd);
    }
    let parsed: unknown;
    if (type < 0 || app === undefined) {
      // Not certain from the text: parse it now.
      try {
        parsed = JSON.parse(text.slice(lineStart, end));
      } catch (err) {
        if (mine) problems.push([lineNo, notJsonProblem(`${file}:${lineNo}`, err)]);
        continue;
      }
      if (nestsDeeperThan(text.slice(lineStart, end), parsed)) {
        if (mine) problems.push([lineNo, tooDeepProblem(`${file}:${lineNo}`)]);
        continue;
      }
      const obj = parsed as { app?: unknown; type?: unknown } | null;
      app = typeof obj?.app === "string" ? obj.app : undefined;
      type = typeof obj?.type === "string" ? (TYPE_CODES.get(obj.type) ?? -1) : -1;
      if (app === undefined || type < 0) {
        // No application to group it with: its problems are all it has to say.
        if (!mine) continue;
        for (const p of validateEvent(parsed).problems) {
          problems.push([lineNo, `${file}:${lineNo}: ${p.field}: ${p.message}`]);
        }
        continue;
      }
      if (shard !== undefined) {
        if (scannedApp === undefined) {
          if (shardOf(app, shard.count) !== shard.index) continue;
        } else if (scannedApp !== app) {
          // The text misled: its application may be in another shard.
          misled = true;
        }
      }
    }
    if (parsed !== undefined) {
      if (needsGauge(parsed as TimelineEvent)) gauge = true;
    } else if (type === REPLY && !gauge) {
      const signal = text.indexOf('"signal"', lineStart);
      if (signal < 0 || signal >= end) gauge = true;
    }

    const i = addLine(cols, lineStart, end, lineNo, parsed === undefined ? type : -1);
    if (parsed !== undefined) parsedLines.set(i, parsed);
    // Runs of one application's lines skip the map.
    let group = app === lastApp ? lastGroup : groups.get(app);
    if (group === undefined) {
      group = { first: i, last: i, appLine: -1 };
      groups.set(app, group);
    } else {
      cols.next[group.last] = i;
      group.last = i;
    }
    lastApp = app;
    lastGroup = group;
    if (type === APPLICATION) {
      // The first application line registers the app, even with problems of its own.
      if (group.appLine >= 0) {
        orderProblems.set(
          lineNo,
          duplicateApplicationProblem(`${file}:${lineNo}`, app, group.appLine),
        );
      } else {
        group.appLine = lineNo;
      }
    } else if (group.appLine < 0) {
      orderProblems.set(
        lineNo,
        beforeApplicationProblem(`${file}:${lineNo}`, EVENT_TYPES[type]!, app),
      );
    }
  }
  const lines: LineIndex = {
    count: cols.count,
    starts: cols.starts,
    ends: cols.ends,
    numbers: cols.numbers,
    next: cols.next,
    types: cols.types,
    groups,
    parsed: parsedLines,
    problems,
    orderProblems,
  };
  return { text, file, needsGauge: gauge, lines, misled };
}

export interface PlanTextOptions {
  readonly now: number;
  /** The zone of local times in applications that name none. */
  readonly defaultZone: string;
  readonly policy?: Policy;
  readonly settings?: Settings;
  readonly readReply?: ReadReply | undefined;
  /** Business calendars by region (the built-in holiday table is `businessCalendar`). */
  readonly calendars: Calendars;
}

/**
 * The second pass: parses, checks, folds and plans one application at a time. Returns the
 * problems of the whole timeline in line order (then no actions), or the actions. The wait
 * after an interview adapts to the timeline's own replies, as the agenda's adapts to the
 * stored ones (unless the policy's `adaptDefaultWait` is off).
 */
export function planIndexedTimeline(
  index: IndexedTimeline,
  options: PlanTextOptions,
): { readonly actions: readonly Action[]; readonly problems: readonly string[] } {
  const pass = secondPass(index, options);
  if (pass === undefined) return planPlainly(index, options);
  if (pass.problems.length > 0) return { actions: [], problems: pass.problems.map((p) => p[1]) };
  pass.out.learn(historyOfShards([pass]));
  return { actions: pass.out.actions(), problems: [] };
}

/** Actions in the order of `plan`, with each one's `dueBy` as epoch milliseconds beside it. */
export interface ShardActions {
  readonly actions: readonly Action[];
  readonly dueByMs: readonly number[];
}

/** What the second pass over one shard of a timeline found (see `planIndexedShard`). */
export interface ShardPass {
  /** True when the text said otherwise than a parsed event: plan the whole timeline plainly. */
  readonly plain: boolean;
  /** The shard's problems as [line number, problem], in line order. */
  readonly problems: readonly (readonly [number, string])[];
  /** The shard's waits from an interview to its first reply: `replyDays[d]` took d business days. */
  readonly replyDays: readonly (number | undefined)[];
  /**
   * The shard's actions (none when there are problems): those whose plan rests on the
   * history of replies planned with the history of every shard's (`historyOfShards`), the
   * others as they were planned in the fold.
   */
  plan(history: ReplyHistory | null): ShardActions;
}

/**
 * The second pass over one shard of a timeline (indexed with `shard`): the pieces that
 * `mergeShardOrder` puts together into what `planIndexedTimeline` gives for the whole file.
 * The shard's applications are folded and planned at once, but for those whose plan rests
 * on the history of all shards' replies: those wait for `plan`.
 *
 * @example
 * const passes = [0, 1].map((i) => planIndexedShard(indexTimeline(text, { file, shard: { index: i, count: 2 } }), { now, defaultZone, calendars }));
 * const history = historyOfShards(passes);
 * const parts = passes.map((p) => p.plan(history));
 */
export function planIndexedShard(index: IndexedTimeline, options: PlanTextOptions): ShardPass {
  const pass = secondPass(index, options);
  const none = { actions: [], dueByMs: [] };
  if (pass === undefined) return { plain: true, problems: [], replyDays: [], plan: () => none };
  const { problems, replyDays, out } = pass;
  return {
    plain: false,
    problems,
    replyDays,
    plan: (history) => {
      if (problems.length > 0) return none;
      out.learn(history);
      return out.actionsWithDueBy();
    },
  };
}

/**
 * The history the wait after an interview adapts to, from the waits every shard counted
 * (`ShardPass.replyDays`): the same figure as the agenda's over the same events.
 */
export function historyOfShards(
  parts: readonly { readonly replyDays: readonly (number | undefined)[] }[],
): ReplyHistory | null {
  const days: number[] = [];
  const longest = Math.max(0, ...parts.map((p) => p.replyDays.length));
  // In increasing order: the median's sort then has nothing to do.
  for (let d = 0; d < longest; d++) {
    for (const p of parts) for (let n = p.replyDays[d] ?? 0; n > 0; n--) days.push(d);
  }
  return learnedHistory(days);
}

/**
 * The problems of all shards in line order (each line belongs to one shard, so a stable
 * sort keeps the problems of one line in their order).
 */
export function mergeShardProblems(
  parts: readonly { readonly problems: readonly (readonly [number, string])[] }[],
): string[] {
  const all = parts.flatMap((p) => p.problems);
  return [...all].sort((a, b) => a[0] - b[0]).map((p) => p[1]);
}

/**
 * The order in which to take the actions of several shards, each already in the order of
 * `plan`: for each action of the whole plan, the shard it comes from (each shard's actions
 * are taken in their own order). By dueBy, then app: applications never span shards, so the
 * rest of `plan`'s order is the order within a shard.
 *
 * @example
 * const order = mergeShardOrder(parts); // e.g. [0, 1, 1, 0, ...]
 * const next = parts.map(() => 0);
 * const actions = Array.from(order, (s) => parts[s].actions[next[s]++]);
 */
export function mergeShardOrder(
  parts: readonly { readonly dueByMs: ArrayLike<number>; readonly apps: readonly string[] }[],
): Uint8Array {
  if (parts.length > 256) throw new Error(`plan: ${parts.length} parts (at most 256)`);
  const at = new Int32Array(parts.length);
  let total = 0;
  for (const p of parts) total += p.apps.length;
  const out = new Uint8Array(total);
  for (let k = 0; k < total; k++) {
    let best = -1;
    for (let s = 0; s < parts.length; s++) {
      const i = at[s]!;
      if (i >= parts[s]!.apps.length) continue;
      if (best < 0) {
        best = s;
        continue;
      }
      const b = parts[best]!;
      const c = parts[s]!;
      const j = at[best]!;
      const d = c.dueByMs[i]! - b.dueByMs[j]!;
      if (d < 0 || (d === 0 && c.apps[i]! < b.apps[j]!)) best = s;
    }
    out[k] = best;
    at[best]!++;
  }
  return out;
}

/**
 * Parses, checks, folds and plans one application at a time. Undefined when the text said
 * otherwise than an event (then the plain way decides).
 */
function secondPass(
  index: IndexedTimeline,
  options: PlanTextOptions,
):
  | { problems: [number, string][]; replyDays: number[]; out: ReturnType<typeof planner> }
  | undefined {
  const { text, file, lines: idx } = index;
  if (index.misled) return undefined;
  const policy = options.policy ?? DEFAULT_POLICY;
  const foldOptions: FoldOptions = {
    defaultZone: options.defaultZone,
    ...(options.settings?.region ? { defaultRegion: options.settings.region } : {}),
    ...(options.readReply ? { readReply: options.readReply } : {}),
  };
  const problems: [number, string][] = [...idx.problems];
  const { now, calendars } = options;
  const adapt = policy.adaptDefaultWait;
  // With the wait adapting, plans that rest on it wait until every application's replies
  // are counted (see `planner`'s "later").
  const out = planner({ policy, now, calendars, history: adapt ? "later" : null });
  const replyDays: number[] = [];
  const memory = foldMemory();
  for (const [app, group] of idx.groups) {
    const events: TimelineEvent[] = [];
    for (let i = group.first; i !== -1; i = idx.next[i]!) {
      const lineNo = idx.numbers[i]!;
      let value = idx.parsed.size === 0 ? undefined : idx.parsed.get(i);
      const fromText = value === undefined;
      if (value === undefined) {
        try {
          const line = text.slice(idx.starts[i]!, idx.ends[i]!);
          value = JSON.parse(line);
          if (nestsDeeperThan(line, value)) {
            problems.push([lineNo, tooDeepProblem(`${file}:${lineNo}`)]);
            continue;
          }
        } catch (err) {
          problems.push([lineNo, notJsonProblem(`${file}:${lineNo}`, err)]);
          continue;
        }
        const obj = value as { app?: unknown; type?: unknown } | null;
        if (obj?.app !== app || obj?.type !== EVENT_TYPES[idx.types[i]!]) {
          // The text said otherwise than the event: plan this timeline the plain way.
          return undefined;
        }
      }
      // A line read from the text is an object of a known type (checked just above), which
      // validateEvent accepts exactly when the quick check does: the common case asks it alone.
      let valid = fromText && quickCheck(value as Record<string, unknown>);
      if (!valid) {
        const { event, problems: found } = validateEvent(value);
        for (const p of found) {
          problems.push([lineNo, `${file}:${lineNo}: ${p.field}: ${p.message}`]);
        }
        valid = event !== null && found.length === 0;
      }
      const order = idx.orderProblems.size === 0 ? undefined : idx.orderProblems.get(lineNo);
      if (order !== undefined) problems.push([lineNo, order]);
      else if (valid) events.push(value as TimelineEvent);
    }
    // Once anything is wrong, only the problems matter: keep checking, stop planning.
    if (problems.length === 0 && events.length > 0) {
      const state = foldApplication(events, foldOptions, memory);
      if (adapt) {
        for (const d of interviewWaits(state, now, calendars)) {
          replyDays[d] = (replyDays[d] ?? 0) + 1;
        }
      }
      out.add(state);
    }
  }
  // Stable: the problems of one line keep their order.
  if (problems.length > 0) problems.sort((a, b) => a[0] - b[0]);
  return { problems, replyDays, out };
}

/** `parseTimeline` then `plan`: the reference the one-pass path must agree with. */
function planPlainly(
  index: IndexedTimeline,
  options: PlanTextOptions,
): { readonly actions: readonly Action[]; readonly problems: readonly string[] } {
  const parsed = parseTimeline(index.text, { file: index.file, defaultZone: options.defaultZone });
  if (parsed.problems.length > 0) return { actions: [], problems: parsed.problems };
  const states = fold(parsed.events, {
    defaultZone: options.defaultZone,
    ...(options.settings?.region ? { defaultRegion: options.settings.region } : {}),
    ...(options.readReply ? { readReply: options.readReply } : {}),
  });
  const policy = options.policy ?? DEFAULT_POLICY;
  const { now, calendars } = options;
  return {
    actions: plan({
      states,
      now,
      policy,
      calendars,
      history: policy.adaptDefaultWait ? replyHistory(states, now, calendars).history : null,
    }),
    problems: [],
  };
}
