/**
 * A coach's view across the candidates who share their search with them: what each has due
 * today, the thank-yous overdue, replies that read cold while the candidate keeps writing,
 * and offers. Every candidate's log is read through a store acting for the coach, which
 * row-level security lets read only what is shared, and which cannot write.
 *
 * Reading and folding 200 logs for every view cost about a second of CPU: each candidate's
 * overview is kept in the database instead (derived, like the plan cache of ./plan-cache.ts)
 * and made again only when the log changed, the settings did, or the clock passed the
 * moment it held until. A view reads the kept ones in one query and sets them to its `now`.
 */
import { LRUCache } from "lru-cache";
import type { AppState } from "../core/fold.js";
import { planApplicationStable } from "../core/plan.js";
import { type ActionKind, actionId, type Signal } from "../core/types.js";
import type { Account, Accounts, SharingCandidate } from "../store/accounts.js";
import type { AccountOverview, FoundOverview, PostgresDatabase } from "../store/postgres.js";
import type { SettingsRecord } from "../store/types.js";
import { businessCalendar } from "../time/business-days.js";
import { atWallMinutes, dayInZone, isoWithOffset } from "../time/index.js";
import { createContext, type OpContext, TO_PLAN, userSettings, userZone } from "./context.js";
import { foldAll, stageOf } from "./engine.js";
import { orderEntries, type PlannedEntry, planKey, sameMomentOrder } from "./plan-cache.js";
import { policyOf } from "./plan-fresh.js";

/** Replies that read as the door closing. */
const COLD: readonly Signal[] = ["brush-off", "rejection"];

export interface ColdButChased {
  readonly app: string;
  readonly company: string;
  /** The cold reply: when (epoch ms) and what it read as. */
  readonly replyAtMs: number;
  readonly signal: Signal;
  /** How many messages the candidate sent after it. */
  readonly sentSince: number;
}

/**
 * An action due, as a coach's view shows it: of the planner's action only what the coach's
 * page and `hearback team agenda` say, its times as epoch ms.
 */
export interface DueAction {
  /** As on the candidate's own pages (actionId). */
  readonly id: string;
  readonly app: string;
  readonly company: string;
  readonly kind: ActionKind;
  readonly to?: string;
  /** The application's zone: the employer's clock. */
  readonly zone: string;
  readonly dueFromMs: number;
  readonly dueByMs: number;
  readonly overdue: boolean;
  readonly reason: string;
  readonly assumption?: boolean;
  readonly missed?: boolean;
}

export interface CandidateOverview {
  readonly candidate: { readonly id: number; readonly name: string; readonly email: string };
  /** The coaches they share with (for a lead coach, any of the organisation's). */
  readonly sharedWith: SharingCandidate["sharedWith"];
  /** The candidate's zone (their setting, else the server's). */
  readonly zone: string;
  /** How many actions are due today: overdue, or open before the end of the candidate's day. */
  readonly dueTodayCount: number;
  /**
   * The actions due today, most urgent first (see urgency), each group by deadline; only
   * the first few when the view asked for `first`.
   */
  readonly dueToday: readonly DueAction[];
  /** Every thank-you overdue (each is also due today), in the same order. */
  readonly thankYousOverdue: readonly DueAction[];
  readonly coldButChased: readonly ColdButChased[];
  /** Applications with an offer (a reply read as one, or the status). */
  readonly offers: readonly { readonly app: string; readonly company: string }[];
  /**
   * How many applications are at each stage (as `hearback list` names it): all a coach's
   * page shows of them (the count, and the Stage filter's choices).
   */
  readonly stages: Readonly<Record<string, number>>;
}

/** The candidate's view as their coach reads it (the candidate's settings, the coach's access). */
export function candidateContext(opts: {
  readonly database: PostgresDatabase;
  readonly candidate: number;
  readonly coach: number;
  readonly dataDir: string;
  readonly now: number;
  readonly fallbackZone: string;
  /** The candidate's settings, when read already. */
  readonly stored?: SettingsRecord;
}): Promise<OpContext> {
  return createContext({
    store: opts.database.store(opts.candidate, opts.dataDir, { viewer: opts.coach }),
    stored: opts.stored,
    now: opts.now,
    fallbackZone: opts.fallbackZone,
    source: "coach",
  });
}

/**
 * A candidate's overview as kept: as of when it was made, with every application (a view
 * filters by stage), and only the planned actions it showed then (see overviewOf), in the
 * planner's order.
 */
interface KeptBody {
  readonly zone: string;
  readonly due: readonly KeptDue[];
  readonly stages: Readonly<Record<string, string>>;
  readonly coldButChased: readonly ColdButChased[];
  readonly offers: readonly { readonly app: string; readonly company: string }[];
}

/**
 * A due action as kept, as of when it was made. One due "now" (`floating`: letting go of
 * a thread) is due at whatever moment is asked about: its dueByMs and the end of its id
 * are set then (see dueAt).
 */
interface KeptDue extends Omit<DueAction, "overdue"> {
  readonly floating: boolean;
}

/**
 * The kept body as stored: each due action a tuple, which JSON reads back in half the
 * time of an object with its names (a view reads some 1,700 of them).
 */
type StoredDue = [
  dueByMs: number,
  dueFromMs: number,
  floating: 0 | 1,
  id: string,
  app: string,
  company: string,
  kind: ActionKind,
  to: string | null,
  zone: string,
  reason: string,
  /** 1: an assumption; 2: missed. */
  flags: number,
];

/** Bumped when the stored body changes shape: bodies kept in another are made again. */
const KEPT_FORMAT = 2;

function storedBody(body: KeptBody): string {
  const due = body.due.map(
    (d): StoredDue => [
      d.dueByMs,
      d.dueFromMs,
      d.floating ? 1 : 0,
      d.id,
      d.app,
      d.company,
      d.kind,
      d.to ?? null,
      d.zone,
      d.reason,
      (d.assumption ? 1 : 0) | (d.missed ? 2 : 0),
    ],
  );
  return JSON.stringify({ ...body, due });
}

function keptBody(stored: string): KeptBody {
  const body = JSON.parse(stored) as Omit<KeptBody, "due"> & { due: StoredDue[] };
  // Absent fields are undefined rather than left out: every object then has one shape.
  const due = body.due.map(
    ([dueByMs, dueFromMs, floating, id, app, company, kind, to, zone, reason, flags]): KeptDue => ({
      dueByMs,
      dueFromMs,
      floating: floating === 1,
      id,
      app,
      company,
      kind,
      to: to ?? undefined,
      zone,
      reason,
      assumption: flags & 1 ? true : undefined,
      missed: flags & 2 ? true : undefined,
    }),
  );
  return { ...body, due };
}

/** A planned action as kept (its id without the dueBy when that moves with the clock). */
function keptDue(e: PlannedEntry): KeptDue {
  const a = e.action;
  const floating = e.floatingZone !== undefined;
  return {
    id: actionId(floating ? { ...a, dueBy: "" } : a),
    app: a.app,
    company: a.company,
    kind: a.kind,
    to: a.to,
    zone: a.zone,
    dueFromMs: e.dueFromMs,
    dueByMs: e.dueByMs,
    reason: a.reason,
    assumption: a.assumption || undefined,
    missed: a.missed || undefined,
    floating,
  };
}

/** The options of a coach's view (see coachView). */
interface CoachViewOptions {
  readonly database: PostgresDatabase;
  readonly accounts: Accounts;
  readonly coach: Account;
  readonly dataDir: string;
  readonly now: number;
  readonly fallbackZone: string;
  readonly stage?: string | undefined;
  readonly coachedBy?: number | undefined;
  readonly first?: number | undefined;
}

/**
 * The coach's view: one overview per candidate sharing with `coach` (a lead coach: with any
 * coach of the organisation), in name order; with `coachedBy`, only those sharing with that
 * coach; with `stage`, only applications at that stage (and candidates with none left out);
 * with `first`, only that many of each candidate's actions due today (the counts are whole).
 */
export async function coachOverview(opts: CoachViewOptions): Promise<CandidateOverview[]> {
  return (await coachView(opts)).candidates;
}

/** coachOverview, and the coach's own settings (read with the candidates'). */
export async function coachView(
  opts: CoachViewOptions,
): Promise<{ coachSettings: SettingsRecord; candidates: CandidateOverview[] }> {
  const candidates = await opts.accounts.candidatesOf(opts.coach, { coach: opts.coachedBy });
  const ids = candidates.map((c) => c.id);
  const memo = heldBodies(opts.database);
  const had = new Map(ids.flatMap((id) => (memo.has(id) ? [[id, memo.get(id)!] as const] : [])));
  const { settings, kept } = await opts.database.settingsAndOverviews(
    [...ids, opts.coach.id],
    opts.coach.id,
    new Map([...had].map(([id, h]) => [id, h.version])),
  );
  const bodies = new Map<number, KeptBody>();
  const stale: Stale[] = [];
  for (const id of ids) {
    const key = `${KEPT_FORMAT}:${planKey({
      settings: userSettings(settings.get(id)!),
      fallbackZone: opts.fallbackZone,
    })}`;
    const found = kept.get(id)!;
    const body = usable(found, key, opts.now, had.get(id));
    if (body) {
      bodies.set(id, body);
      memo.set(id, { version: found.kept!.version, body });
    } else stale.push({ account: id, key });
  }
  if (stale.length > 0) {
    for (const [id, body] of await makeOverviews({ ...opts, stale, settings }))
      bodies.set(id, body);
  }
  const out: CandidateOverview[] = [];
  for (const c of candidates) {
    const overview = asOf(bodies.get(c.id)!, opts);
    if (opts.stage !== undefined && Object.keys(overview.stages).length === 0) continue;
    out.push({
      candidate: { id: c.id, name: c.name, email: c.email },
      sharedWith: c.sharedWith,
      ...overview,
    });
  }
  return { coachSettings: settings.get(opts.coach.id)!, candidates: out };
}

/** A candidate whose kept overview does not hold: the key a new one is made with. */
interface Stale {
  readonly account: number;
  readonly key: string;
}

/**
 * The kept overview's body, if it was made with `key` from the log as it is, and holds at
 * `now`; `had`: the body this process holds, used when PostgreSQL says it is the row's.
 */
function usable(found: FoundOverview, key: string, now: number, had?: Held): KeptBody | undefined {
  const k = found.kept;
  if (!k || k.key !== key || k.lastEntry !== found.lastEntry) return undefined;
  if (k.stableUntil !== null && k.stableUntil <= now) return undefined;
  if (k.body !== null) return keptBody(k.body);
  return had?.version === k.version ? had.body : undefined;
}

/** A kept overview's body as this process read it, and the version of the row it was. */
interface Held {
  readonly version: string;
  readonly body: KeptBody;
}

/**
 * The bodies of kept overviews this process has read, by account (per database). A view
 * tells PostgreSQL the versions it holds and gets a body only where the row is another
 * version: the database decides on every view whether a body held here is still the kept
 * one, and nothing here is used without that. It spares reading, sending and decoding
 * some 200 bodies a view. At most HELD_BODIES (about 6 kB each, 60 MB in all), least
 * recently used out first.
 */
const held = new WeakMap<PostgresDatabase, LRUCache<number, Held>>();
const HELD_BODIES = 10_000;

function heldBodies(database: PostgresDatabase): LRUCache<number, Held> {
  let memo = held.get(database);
  if (!memo) {
    memo = new LRUCache({ max: HELD_BODIES });
    held.set(database, memo);
  }
  return memo;
}

/**
 * Makes the `stale` candidates' overviews from their logs, and keeps them. A process makes
 * many overviews for one view at a time (see PostgresDatabase.readAs); views that waited
 * for it look again first, and use what the one before them made.
 */
async function makeOverviews(opts: {
  readonly database: PostgresDatabase;
  readonly coach: Account;
  readonly dataDir: string;
  readonly now: number;
  readonly fallbackZone: string;
  readonly stale: readonly Stale[];
  readonly settings: ReadonlyMap<number, SettingsRecord>;
}): Promise<Map<number, KeptBody>> {
  const { database, coach } = opts;
  const made = new Map<number, KeptBody>();
  const keep: AccountOverview[] = [];
  // One transaction reads every log (a transaction each cost more than the reads).
  await database.readAs(coach.id, opts.dataDir, opts.stale.length, async (reading) => {
    const kept = await reading.keptOverviews(opts.stale.map((s) => s.account));
    for (const { account, key } of opts.stale) {
      const { lastEntry } = kept.get(account)!;
      const body = usable(kept.get(account)!, key, opts.now);
      if (body) {
        made.set(account, body);
        continue;
      }
      const ctx = await createContext({
        store: reading.storeOf(account),
        stored: opts.settings.get(account),
        now: opts.now,
        fallbackZone: opts.fallbackZone,
        source: "coach",
      });
      const fresh = await overviewOf(ctx);
      made.set(account, fresh.body);
      keep.push({ account, key, lastEntry, ...fresh, body: storedBody(fresh.body) });
    }
    await reading.keepOverviews(keep).catch((err: { code?: string }) => {
      // 42501: a candidate stopped sharing meanwhile; what is kept only saves time (and
      // the transaction, which only read, ends as the error left it: rolled back).
      if (err.code !== "42501") throw err;
    });
  });
  return made;
}

/**
 * A candidate's overview as of `ctx.now`, and until when it holds with the clock alone
 * moving: until a plan changes (planApplicationStable) or a day starts in which an action
 * left out opens.
 */
async function overviewOf(ctx: OpContext): Promise<{ body: KeptBody; stableUntil: number | null }> {
  const zone = userZone(ctx);
  // One read and one fold give the stages (as listApplications), the plan (as the whole
  // agenda) and the replies: each of those would read and fold the log again.
  const events = await ctx.store.timeline(TO_PLAN);
  const states = await foldAll({ events, settings: ctx.settings, fallbackZone: ctx.fallbackZone });
  const policy = policyOf(ctx);
  const tomorrow = atWallMinutes(dayInZone(ctx.now, zone) + 1, 0, zone);
  let until = Number.POSITIVE_INFINITY;
  const entries: PlannedEntry[] = [];
  const stages: Record<string, string> = {};
  const coldButChased: ColdButChased[] = [];
  const offers: { app: string; company: string }[] = [];
  for (const s of states) {
    const p = planApplicationStable(s, { policy, now: ctx.now, calendars: businessCalendar });
    until = Math.min(until, p.stableUntil ?? until);
    p.actions.forEach((action, i) => {
      const dueFromMs = Date.parse(action.dueFrom);
      // A view shows what is overdue or opens before the candidate's day ends.
      if (action.overdue || dueFromMs < tomorrow) {
        const floating = p.floating[i] ? { floatingZone: s.zone } : {};
        entries.push({ dueByMs: p.dueByMs[i]!, dueFromMs, action, ...floating });
      } else {
        until = Math.min(until, atWallMinutes(dayInZone(dueFromMs, zone), 0, zone));
      }
    });
    stages[s.app] = stageOf(s, ctx.now);
    if (s.signal === "offer" || s.status === "offer")
      offers.push({ app: s.app, company: s.company });
    const chased = coldReplyChased(s);
    if (chased) coldButChased.push(chased);
  }
  return {
    body: { zone, due: orderEntries(entries).map(keptDue), stages, coldButChased, offers },
    stableUntil: until === Number.POSITIVE_INFINITY ? null : until,
  };
}

/** The application's last reply, when it read cold and the candidate wrote after it. */
function coldReplyChased(s: AppState): ColdButChased | undefined {
  const last = s.replies.filter((r) => r.signal !== "out-of-office").at(-1);
  if (!last || !COLD.includes(last.signal)) return undefined;
  const sentSince = s.touches.filter((t) => t.atMs > last.atMs).length;
  if (sentSince === 0) return undefined;
  return {
    app: s.app,
    company: s.company,
    replyAtMs: last.atMs,
    signal: last.signal,
    sentSince,
  };
}

/**
 * A kept overview set to `now`, with only the applications at `stage` (if given) and the
 * `first` actions due. A coach's view sets 200 of them: the work here stays comparisons,
 * and only the actions shown are copied.
 */
function asOf(
  body: KeptBody,
  { now, stage, first }: { now: number; stage?: string | undefined; first?: number | undefined },
): Omit<CandidateOverview, "candidate" | "sharedWith"> {
  const kept = (app: string) => stage === undefined || body.stages[app] === stage;
  // What was kept opened before the end of the day it was made in; a view asked about an
  // earlier moment (`--now`) leaves out what opens after that moment's day.
  const tomorrow = atWallMinutes(dayInZone(now, body.zone) + 1, 0, body.zone);
  const due = inOrderAt(
    body.due.filter(
      (d) => kept(d.app) && ((!d.floating && d.dueByMs < now) || d.dueFromMs < tomorrow),
    ),
    now,
  );
  // A stable sort: each group keeps the order above.
  const urgent = due.sort((p, q) => urgency(p) - urgency(q));
  const shown = first === undefined ? urgent : urgent.slice(0, first);
  return {
    zone: body.zone,
    dueTodayCount: urgent.length,
    dueToday: shown.map((d) => dueAt(d, now)),
    thankYousOverdue: urgent
      .filter((d) => d.kind === "thank-you" && !d.floating && d.dueByMs < now)
      .map((d) => dueAt(d, now)),
    coldButChased: body.coldButChased.filter((c) => kept(c.app)),
    offers: body.offers.filter((o) => kept(o.app)),
    stages: stageCounts(body.stages, stage),
  };
}

/** How many applications are at each stage (only `stage`, if given). */
function stageCounts(
  stages: Readonly<Record<string, string>>,
  stage: string | undefined,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const app in stages) {
    const at = stages[app]!;
    if (stage === undefined || at === stage) counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}

/**
 * How soon a coach should look at an action: what still has its window (or just passed it)
 * first, then advice to let a thread go, then windows missed days ago (still want to?).
 */
function urgency(d: KeptDue): number {
  return d.missed ? 2 : d.kind === "let-go" ? 1 : 0;
}

/**
 * Kept actions (in the planner's order when kept) in the planner's order at `now`: one due
 * "now" moves with the clock, the others keep their places.
 */
function inOrderAt(due: KeptDue[], now: number): KeptDue[] {
  if (!due.some((d) => d.floating)) return due;
  const at = (d: KeptDue) => (d.floating ? now : d.dueByMs);
  return due.sort((p, q) => at(p) - at(q) || sameMomentOrder(p, q));
}

/**
 * A kept action as of `now` (see planApplicationStable): overdue once its dueBy passed;
 * one due "now" is due at `now` in its application's zone, and never overdue.
 */
function dueAt(d: KeptDue, now: number): DueAction {
  return {
    id: d.floating ? d.id + isoWithOffset(now, d.zone) : d.id,
    app: d.app,
    company: d.company,
    kind: d.kind,
    to: d.to,
    zone: d.zone,
    dueFromMs: d.dueFromMs,
    dueByMs: d.floating ? now : d.dueByMs,
    overdue: !d.floating && d.dueByMs < now,
    reason: d.reason,
    assumption: d.assumption,
    missed: d.missed,
  };
}
