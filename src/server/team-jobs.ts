/**
 * Team mode's work that runs without anyone watching: each account's daily digest, sent at
 * the hour the account chose in its zone. The jobs live in the team's own PostgreSQL
 * (pg-boss, schema `hearback_jobs`), so they survive a restart and are shared by every
 * `serve --team` process on the database:
 *
 * - every five minutes pg-boss's cron makes one `digest-tick` job (one per tick, whichever
 *   process makes it); the process that takes it asks each account whether its digest is
 *   due and queues a `digest` job for each that is;
 * - the `digest` queue keeps at most one job waiting and one running per account (the
 *   "stately" policy with the account as the key), and `sendDigest` claims the account's
 *   day in the store before it sends, so two processes never send one day twice;
 * - a job whose process dies is expired by pg-boss after DIGEST_JOB_EXPIRY_SECONDS and
 *   retried (up to three times) by whichever process is left;
 * - while the database cannot be reached, the jobs wait for it (WaitingDb), and once it
 *   answers again they ask at once which digests are due: a tick missed meanwhile would
 *   otherwise leave them for the next one.
 */
import { sql } from "kysely";
import pg from "pg";
import { createContext } from "../ops/context.js";
import { databaseUnreachable, type Store } from "../ops/data-folder.js";
import type { Accounts, PostgresDatabase } from "../ops/team.js";

/** How often the cron asks which digests are due. */
const DIGEST_TICK_CRON = "*/5 * * * *";
/** A digest job running longer than this is taken to have died with its process. */
const DIGEST_JOB_EXPIRY_SECONDS = 120;

interface DigestJob {
  readonly account: number;
  /** Where the digest goes when the account's settings name no address. */
  readonly email: string;
}

export interface TeamJobs {
  /** Queues the digest of every account whose digest is due now; returns how many. */
  queueDueDigests(): Promise<number>;
  stop(): Promise<void>;
}

export async function startTeamJobs(opts: {
  readonly url: string;
  readonly database: PostgresDatabase;
  readonly accounts: Accounts;
  readonly dataDir: string;
  readonly clock: () => number;
  readonly fallbackZone: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where a job's failure is told (the server's error log). */
  readonly onError: (err: unknown, what: string) => void;
  /** pg-boss's timings; the defaults suit a server, tests shorten them. */
  readonly timings?: {
    readonly pollingIntervalSeconds?: number;
    readonly expireInSeconds?: number;
    readonly retryDelaySeconds?: number;
    readonly maintenanceIntervalSeconds?: number;
  };
}): Promise<TeamJobs> {
  const { default: PgBossClass } = await import("pg-boss");
  const { DIGEST_KEY, DIGEST_SENT_KEY, nextDigestAt, sendDigest } = await import(
    "../ops/digest.js"
  );
  const storeOf = (account: number) => opts.database.store(account, opts.dataDir);
  const db = new WaitingDb(opts.url, (err) => opts.onError(err, "the job queue"));
  const boss = new PgBossClass({
    db,
    schema: "hearback_jobs",
    ...(opts.timings?.maintenanceIntervalSeconds
      ? { maintenanceIntervalSeconds: opts.timings.maintenanceIntervalSeconds }
      : {}),
  });
  boss.on("error", (err) => opts.onError(err, "the job queue"));
  await boss.start().catch(async (err: unknown) => {
    await db.close();
    throw err;
  });
  const expireInSeconds = opts.timings?.expireInSeconds ?? DIGEST_JOB_EXPIRY_SECONDS;
  // pg-boss's queues are made once, by the first process (their settings stay with them);
  // processes starting together would deadlock making them, so they take turns.
  await oneAtATime(opts.database, async () => {
    await boss.createQueue("digest-tick", { name: "digest-tick", policy: "short", retryLimit: 0 });
    await boss.createQueue("digest", {
      name: "digest",
      policy: "stately",
      retryLimit: 3,
      retryDelay: opts.timings?.retryDelaySeconds ?? 30,
      expireInSeconds,
    });
    await boss.schedule("digest-tick", DIGEST_TICK_CRON, {}, { tz: "UTC" });
  });

  async function queueDueDigests(): Promise<number> {
    const now = opts.clock();
    let queued = 0;
    // Every account's schedule in one query: the claim on the day (sendDigest) still decides.
    const schedules = await opts.accounts.withDigestSettings([
      DIGEST_KEY,
      DIGEST_SENT_KEY,
      "timezone",
    ]);
    for (const { account, settings, unreadable } of schedules) {
      const where = `queueing the digest of account ${account.id}`;
      // One account's trouble is told, and the others' digests still go.
      if (unreadable !== undefined) {
        const why = `its setting "${unreadable}" is not valid JSON (changed outside hearback?): set it again in Settings`;
        opts.onError(new Error(why), where);
        continue;
      }
      try {
        const zone = typeof settings.timezone === "string" ? settings.timezone : opts.fallbackZone;
        const at = nextDigestAt(settings, now, zone);
        if (at === null || at > now) continue;
        const job: DigestJob = { account: account.id, email: account.email };
        const id = await boss.send("digest", job, { singletonKey: String(account.id) });
        if (id !== null) queued++;
      } catch (err) {
        if (databaseUnreachable(err)) throw err;
        opts.onError(err, where);
      }
    }
    return queued;
  }

  const poll = { pollingIntervalSeconds: opts.timings?.pollingIntervalSeconds ?? 2 };
  /** Queues the digests due, telling a failure (no tick is retried: the next one asks). */
  const queueOrTell = () =>
    queueDueDigests().then(
      () => {},
      (err: unknown) => opts.onError(err, "queueing the digests due"),
    );
  await boss.work("digest-tick", poll, queueOrTell);
  await boss.work<DigestJob>("digest", poll, async ([job]) => {
    if (!job) return;
    const ctx = await createContext({
      store: settingsWritesWait(storeOf(job.data.account), db),
      now: opts.clock(),
      fallbackZone: opts.fallbackZone,
      source: "team",
    });
    try {
      // A claim older than the job's expiry was left by a process that died mid-send.
      return await sendDigest(ctx, {
        env: opts.env,
        scheduled: true,
        leaseMs: expireInSeconds * 1000,
        ownAddress: job.data.email,
      });
    } catch (err) {
      opts.onError(err, `the digest of account ${job.data.account}`);
      throw err;
    }
  });

  // A server that was down at someone's hour sends it now rather than at the next tick;
  // and so does one whose database was, once it answers again.
  void queueOrTell();
  db.onBack = queueOrTell;
  return {
    queueDueDigests,
    // Jobs being worked on get a few seconds to finish; what does not is retried elsewhere.
    stop: async () => {
      db.stopping = true;
      await boss.stop({ graceful: true, timeout: 5_000, wait: true });
      await db.close();
    },
  };
}

/** How often a job waiting for the database asks whether it answers again. */
const WAIT_FOR_DATABASE_MS = 1_000;

/**
 * What pg-boss reads and writes through (its `db` option): a query the database cannot
 * take (it is restarting, or out of reach) waits until the database answers again and is
 * run then, rather than failing. pg-boss 10 does not await its record of a job done or
 * failed, so such a failure would end the process (an unhandled rejection), and the job's
 * end would go unrecorded. pg-boss's queries may run twice (one cut off after its commit):
 * each records a state, or inserts under a singleton key.
 */
class WaitingDb {
  /** Set when the jobs stop: a query that cannot reach the database is then dropped. */
  stopping = false;
  private readonly pool: pg.Pool;
  /** Settles once the database answers again, while it is known not to. */
  private back: Promise<void> | undefined;

  /** Called when the database answers again after it did not. */
  onBack: () => void = () => {};

  constructor(
    url: string,
    /** Told of each failed attempt (the caller says so once a minute at most). */
    private readonly onOutage: (err: unknown) => void,
  ) {
    this.pool = new pg.Pool({ connectionString: url, max: 3, application_name: "hearback jobs" });
    // A connection dropped while idle (PostgreSQL restarted) is noticed by the next query.
    this.pool.on("error", () => {});
  }

  async executeSql(text: string, values: unknown[] = []): Promise<pg.QueryResult> {
    try {
      return await this.whenReachable(() => this.pool.query(text, values));
    } catch (err) {
      // Stopping (the database out of reach, or the pool closed under a job still being
      // worked on): no answer, as pg-boss's own pool gives once closed (its types leave
      // that out); what it would have recorded is left to the job's expiry, as when a
      // process dies.
      if (this.stopping) return undefined as never;
      throw err;
    }
  }

  /** Runs `fn`, again each time the database could not be reached, once it answers. */
  async whenReachable<T>(fn: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await fn();
      } catch (err) {
        if (this.stopping || !databaseUnreachable(err)) throw err;
        this.onOutage(err);
        await this.answersAgain();
      }
    }
  }

  /** Settles once the database answers again (or the jobs stop); one probe for all waiting. */
  private answersAgain(): Promise<void> {
    this.back ??= (async () => {
      while (!this.stopping) {
        await new Promise((r) => setTimeout(r, WAIT_FOR_DATABASE_MS));
        try {
          await this.pool.query("SELECT 1");
          this.back = undefined;
          this.onBack();
          return;
        } catch (err) {
          this.onOutage(err);
        }
      }
      this.back = undefined;
    })();
    return this.back;
  }

  close(): Promise<void> {
    this.stopping = true;
    return this.pool.end();
  }
}

/**
 * The store a digest job sends from, whose settings writes wait for the database: a
 * digest sent must be recorded as sent, since once its claim has lapsed a retried job
 * would send it again; and one not sent must give its claim back, or the day is lost.
 */
function settingsWritesWait(store: Store, db: WaitingDb): Store {
  return Object.assign(Object.create(store) as Store, {
    updateSettings: (patch: Parameters<Store["updateSettings"]>[0]) =>
      db.whenReachable(() => store.updateSettings(patch)),
  });
}

/** Runs `fn` while holding a lock that every process on the database shares. */
async function oneAtATime(database: PostgresDatabase, fn: () => Promise<void>): Promise<void> {
  await database.db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${SETUP_LOCK})`.execute(conn);
    try {
      await fn();
    } finally {
      await sql`SELECT pg_advisory_unlock(${SETUP_LOCK})`.execute(conn);
    }
  });
}

/** The advisory lock of the jobs' set-up (a number no other lock of hearback's uses). */
const SETUP_LOCK = 4_100_001;
