/**
 * A coach's view across the candidates who share their search with them: what each has due
 * today, the thank-yous overdue, replies that read cold while the candidate keeps writing,
 * and offers. Every candidate's log is read through a store acting for the coach, which
 * row-level security lets read only what is shared, and which cannot write.
 */
import { plan } from "../core/plan.js";
import type { Action, Signal } from "../core/types.js";
import type { Account, Accounts, SharingCandidate } from "../store/accounts.js";
import type { PostgresDatabase } from "../store/postgres.js";
import { businessCalendar } from "../time/business-days.js";
import { atWallMinutes, dayInZone } from "../time/index.js";
import { createContext, type OpContext, TO_PLAN, userZone } from "./context.js";
import { foldAll, stageOf } from "./engine.js";

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

export interface CandidateOverview {
  readonly candidate: { readonly id: number; readonly name: string; readonly email: string };
  /** The coaches they share with (for a lead coach, any of the organisation's). */
  readonly sharedWith: SharingCandidate["sharedWith"];
  /** The candidate's zone (their setting, else the server's). */
  readonly zone: string;
  /** Overdue, or open before the end of the candidate's day. */
  readonly dueToday: readonly Action[];
  readonly thankYousOverdue: readonly Action[];
  readonly coldButChased: readonly ColdButChased[];
  /** Applications with an offer (a reply read as one, or the status). */
  readonly offers: readonly { readonly app: string; readonly company: string }[];
  /** Each application's stage, by id. */
  readonly stages: Readonly<Record<string, string>>;
}

/** The candidate's view as their coach reads it (the candidate's settings, the coach's access). */
export function candidateContext(opts: {
  readonly database: PostgresDatabase;
  readonly candidate: number;
  readonly coach: number;
  readonly dataDir: string;
  readonly now: number;
  readonly fallbackZone: string;
}): Promise<OpContext> {
  return createContext({
    store: opts.database.store(opts.candidate, opts.dataDir, { viewer: opts.coach }),
    now: opts.now,
    fallbackZone: opts.fallbackZone,
    source: "coach",
  });
}

/**
 * The coach's view: one overview per candidate sharing with `coach` (a lead coach: with any
 * coach of the organisation), in name order; with `coachedBy`, only those sharing with that
 * coach; with `stage`, only applications at that stage (and candidates with none left out).
 */
export async function coachOverview(opts: {
  readonly database: PostgresDatabase;
  readonly accounts: Accounts;
  readonly coach: Account;
  readonly dataDir: string;
  readonly now: number;
  readonly fallbackZone: string;
  readonly stage?: string | undefined;
  readonly coachedBy?: number | undefined;
}): Promise<CandidateOverview[]> {
  const candidates = await opts.accounts.candidatesOf(opts.coach, { coach: opts.coachedBy });
  const settings = await opts.database.settingsOf(
    candidates.map((c) => c.id),
    opts.coach.id,
  );
  // One transaction reads every log (a transaction each cost more than the reads).
  const overviews = await opts.database.readAs(opts.coach.id, opts.dataDir, async (storeOf) => {
    const out: Omit<CandidateOverview, "candidate" | "sharedWith">[] = [];
    for (const c of candidates) {
      const ctx = await createContext({
        store: storeOf(c.id),
        stored: settings.get(c.id),
        now: opts.now,
        fallbackZone: opts.fallbackZone,
        source: "coach",
      });
      out.push(await overviewOf(ctx, opts.stage));
    }
    return out;
  });
  const out: CandidateOverview[] = [];
  candidates.forEach((c, i) => {
    const overview = overviews[i]!;
    if (opts.stage !== undefined && Object.keys(overview.stages).length === 0) return;
    out.push({
      candidate: { id: c.id, name: c.name, email: c.email },
      sharedWith: c.sharedWith,
      ...overview,
    });
  });
  return out;
}

async function overviewOf(
  ctx: OpContext,
  stage: string | undefined,
): Promise<Omit<CandidateOverview, "candidate" | "sharedWith">> {
  const zone = userZone(ctx);
  // One read and one fold give the stages (as listApplications), the plan (as the whole
  // agenda) and the replies: each of those would read and fold the log again.
  const events = await ctx.store.timeline(TO_PLAN);
  const states = await foldAll({ events, settings: ctx.settings, fallbackZone: ctx.fallbackZone });
  const actions = plan({
    states,
    now: ctx.now,
    settings: ctx.settings,
    calendars: businessCalendar,
  });
  const stages: Record<string, string> = {};
  for (const s of states) {
    const at = stageOf(s, ctx.now);
    if (stage === undefined || at === stage) stages[s.app] = at;
  }
  const kept = (app: string) => app in stages;
  const tomorrow = atWallMinutes(dayInZone(ctx.now, zone) + 1, 0, zone);
  const shown = actions.filter((a) => kept(a.app));
  const coldButChased: ColdButChased[] = [];
  const offers: { app: string; company: string }[] = [];
  for (const s of states) {
    if (!kept(s.app)) continue;
    if (s.signal === "offer" || s.status === "offer")
      offers.push({ app: s.app, company: s.company });
    const last = s.replies.filter((r) => r.signal !== "out-of-office").at(-1);
    if (!last || !COLD.includes(last.signal)) continue;
    const sentSince = s.touches.filter((t) => t.atMs > last.atMs).length;
    if (sentSince > 0) {
      coldButChased.push({
        app: s.app,
        company: s.company,
        replyAtMs: last.atMs,
        signal: last.signal,
        sentSince,
      });
    }
  }
  return {
    zone,
    dueToday: shown.filter((a) => a.overdue || Date.parse(a.dueFrom) < tomorrow),
    thankYousOverdue: shown.filter((a) => a.kind === "thank-you" && a.overdue),
    coldButChased,
    offers,
    stages,
  };
}
