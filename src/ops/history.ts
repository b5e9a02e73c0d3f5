/**
 * The user's replies after interviews, across every application (core/insights.ts
 * `replyHistory`), which the planner's check-in-default-wait adapts to. Working it out folds
 * the whole log (and may read replies with the gauge), so where the store keeps plans (the
 * SQLite file) each application's waits are kept beside it in HISTORY_FILE, with what they
 * were made from; an application is worked out again when it gains an interview or a reply,
 * and all of them after a correction, an undo, a reply the user labelled or other settings.
 * Like the kept plans it is derived: deleting it only costs time.
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ReplyHistory } from "../core/insights.js";
import { resolvePolicy } from "../core/policy.js";
import type { TimelineEvent } from "../core/types.js";
import type { StoreWriter } from "../store/types.js";
import { type OpContext, TO_PLAN } from "./context.js";
import { planKey } from "./plan-cache.js";

/** In the data folder. */
export const HISTORY_FILE = "reply-history.json";

/** Beyond this many entries since the figure was kept, it is made again rather than checked. */
const CHECK_AT_MOST = 200;

/** Per application with any: business days from each interview to its first reply. */
type Days = Readonly<Record<string, readonly number[]>>;

/** The figure, and the log, settings and moments it holds for: the file's first line. */
interface Head {
  readonly key: string;
  readonly lastEntry: number;
  readonly from: number;
  readonly until: number | null;
  /** The median of the waits, when there are enough to learn from. */
  readonly history: ReplyHistory | null;
}

/** What is kept: the head, then each application's waits (the file's second line). */
interface Kept extends Head {
  readonly days: Days;
}

/**
 * The file as read: the waits are left as text until an application gained an interview or
 * a reply. Most runs need only the head, and at 100,000 applications the waits are 850 KB
 * that take some 60 ms to parse and check.
 */
interface Read extends Head {
  readonly daysText: string;
}

/**
 * The figure as of `ctx.now` when the waits adapt to it: null when the setting is off (then
 * nothing is read) or too few interviews got a reply. `store`: inside a transaction, the
 * transaction's.
 */
export async function replyHistoryFor(
  ctx: OpContext,
  store: StoreWriter = ctx.store,
): Promise<ReplyHistory | null> {
  if (!resolvePolicy(ctx.settings.policy).policy.adaptDefaultWait) return null;
  const keeps = ctx.store.plans !== undefined;
  const file = join(ctx.dataDir, HISTORY_FILE);
  const at: Look = {
    ctx,
    store,
    // The settings and hearback it was made with (a retrained gauge reads replies anew).
    key: planKey(ctx),
    lastEntry: (await store.log({ limit: 1 }))[0]?.id ?? 0,
  };
  const old = keeps ? await readKept(file) : undefined;
  if (old !== undefined && holds(old, at) && old.lastEntry === at.lastEntry) return old.history;
  const kept = (old && (await update(old, at))) ?? (await made(at, null));
  if (keeps) await keep(file, kept);
  return kept.history;
}

/** Where and when the figure is asked for. */
interface Look {
  readonly ctx: OpContext;
  readonly store: StoreWriter;
  readonly key: string;
  readonly lastEntry: number;
}

/** True when the kept figure was made with these settings and hearback, for this moment. */
function holds(kept: Head, at: Look): boolean {
  const { now } = at.ctx;
  return kept.key === at.key && now >= kept.from && (kept.until === null || now < kept.until);
}

/**
 * The kept waits brought up to the log's end, with the applications that gained an
 * interview or a reply worked out again; null when they must all be worked out again (other
 * settings, another moment, a correction, a reply labelled by the user, which teaches the
 * gauge to read others' replies anew).
 */
async function update(kept: Read, at: Look): Promise<Kept | null> {
  if (!holds(kept, at)) return null;
  const since = at.lastEntry - kept.lastEntry;
  if (since <= 0 || since > CHECK_AT_MOST) return null;
  const apps = new Set<string>();
  for (const e of await at.store.log({ limit: since })) {
    if (e.id <= kept.lastEntry) continue;
    if (e.type === "amend" || e.type === "retract") return null;
    if (e.type === "reply" && e.event.signal !== undefined && e.event.text !== undefined) {
      return null;
    }
    if (e.type === "interview" || e.type === "reply") apps.add(e.app);
  }
  const days = readDays(kept.daysText);
  return days ? made(at, { kept: { ...kept, days }, apps }) : null;
}

/** The waits worked out from the log: every application's, or only `apps`' over the kept ones. */
async function made(
  at: Look,
  only: { readonly kept: Kept; readonly apps: ReadonlySet<string> } | null,
): Promise<Kept> {
  const { ctx, store } = at;
  const days: Record<string, readonly number[]> = only ? { ...only.kept.days } : {};
  let until = only ? only.kept.until : null;
  // Loaded only here: with the waits kept, the agenda loads neither the fold nor the holidays.
  const { learnedHistory, interviewReplies } = await import("../core/insights.js");
  if (only === null || only.apps.size > 0) {
    const { foldAll } = await import("./engine.js");
    const { businessCalendar } = await import("../time/business-days.js");
    let events: readonly TimelineEvent[] = [];
    if (only === null) events = await store.timeline(TO_PLAN);
    else
      for (const app of only.apps)
        events = events.concat(await store.timeline({ ...TO_PLAN, app }));
    const states = await foldAll({
      events,
      log: () => store.timeline(TO_PLAN),
      settings: ctx.settings,
      fallbackZone: ctx.fallbackZone,
    });
    for (const s of states) {
      const r = interviewReplies(s, ctx.now, businessCalendar);
      if (r.days.length > 0) days[s.app] = r.days;
      else delete days[s.app];
      if (r.stableUntil !== null && (until === null || r.stableUntil < until))
        until = r.stableUntil;
    }
  }
  return {
    key: at.key,
    lastEntry: at.lastEntry,
    // Waits just worked out count replies up to now: they hold from now on.
    from: only && only.apps.size === 0 ? only.kept.from : ctx.now,
    until,
    days,
    history: learnedHistory(Object.values(days).flat()),
  };
}

/** The kept head and waits, or undefined when there are none or the file is not what this hearback writes. */
async function readKept(file: string): Promise<Read | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return undefined;
  }
  const end = text.indexOf("\n");
  const k = parsed(text.slice(0, end)) as Partial<Head> | undefined;
  const shaped =
    end >= 0 &&
    typeof k?.key === "string" &&
    typeof k.lastEntry === "number" &&
    typeof k.from === "number" &&
    (k.until === null || typeof k.until === "number") &&
    (k.history === null ||
      (typeof k.history?.replies === "number" && typeof k.history.medianBusinessDays === "number"));
  return shaped ? { ...(k as Head), daysText: text.slice(end + 1) } : undefined;
}

/** The waits of the file's second line, or undefined when they are not what this hearback writes. */
function readDays(text: string): Days | undefined {
  const d = parsed(text);
  const shaped =
    typeof d === "object" &&
    d !== null &&
    Object.values(d).every((v) => Array.isArray(v) && v.every((n) => typeof n === "number"));
  return shaped ? (d as Days) : undefined;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Written whole, then renamed over the old one, so that no reader sees half of it. */
async function keep(file: string, kept: Kept): Promise<void> {
  try {
    const part = `${file}.${process.pid}.part`;
    const { days, ...head } = kept;
    await writeFile(part, `${JSON.stringify(head)}\n${JSON.stringify(days)}`, { mode: 0o600 });
    await rename(part, file);
  } catch {
    // A folder that cannot be written only costs working the figure out again next time.
  }
}
