/**
 * The PostgreSQL store: the same event log as ./sqlite.ts, for a team whose people share
 * one database (`HEARBACK_DATABASE_URL=postgres://...`). Kysely over `pg`'s pool.
 *
 * - Every row names its account; a store reads and writes one account's rows only.
 * - Writes run in transactions that first take a lock on the account
 *   (`pg_advisory_xact_lock`), as SQLite's BEGIN IMMEDIATE takes the file's write lock: a
 *   write that reads then writes (a retraction checks the entry is live) cannot race
 *   another process writing for the same person, and one account's entries are recorded
 *   in id order. Different accounts never wait for each other.
 * - Entry ids come from one sequence; a call reserves its ids first, so that its batch is
 *   the id of its first entry, as in SQLite.
 * - A committed write is durable (PostgreSQL's WAL, synchronous_commit on by default).
 * - No plans are kept between runs (`plans` is absent): the agenda plans afresh, which
 *   for one person's log of a few hundred events takes milliseconds.
 */
import { Kysely, PostgresDialect, type RawBuilder, sql, type Transaction } from "kysely";
import pg from "pg";
import { HearbackError } from "../core/errors.js";
import type { TimelineEvent } from "../core/types.js";
import {
  checkAmendment,
  type EventRow,
  isJson,
  parseTimeline,
  settingsRecord,
  storedEvents,
  toEntry,
} from "./entries.js";
import { Lock } from "./lock.js";
import { POSTGRES_MIGRATIONS, postgresMigrationProvider } from "./postgres-migrations.js";
import type {
  LogEntry,
  SettingsRecord,
  Store,
  StoredEvent,
  StoredText,
  StoreWriter,
  TimelineFilter,
  WriteMeta,
} from "./types.js";

interface EventsTable extends EventRow {
  readonly account: number;
}

interface SettingsTable {
  readonly account: number;
  readonly key: string;
  readonly value: string;
}

interface OverviewRow {
  readonly account: number;
  readonly key: string;
  readonly last_entry: number;
  readonly stable_until: number | null;
  readonly body: string;
}

export interface PgDB {
  events: EventsTable;
  settings: SettingsTable;
  overviews: OverviewRow;
}

/** A row of a LEFT JOIN that may have found nothing. */
type NullableRow<T> = { readonly [K in keyof T]: T[K] | null };

/**
 * Something derived from an account's log and kept (a coach's overview of a candidate):
 * what it was made with (`key`), from the log up to which entry, until when it holds with
 * the clock alone moving (null: always), and its text.
 */
export interface KeptOverview {
  readonly key: string;
  readonly lastEntry: number;
  readonly stableUntil: number | null;
  readonly body: string;
}

/** A kept overview as read: its row's version, and its body unless the reader holds that version. */
export interface ReadOverview extends Omit<KeptOverview, "body"> {
  /** The row's version (PostgreSQL's xmin: each write of the row makes a new one). */
  readonly version: string;
  /** null when the reader said it holds this version already. */
  readonly body: string | null;
}

/** An account's log head as a kept overview is checked against it, and that overview, if any. */
export interface FoundOverview {
  /** The log's last entry id (0 for an empty log). */
  readonly lastEntry: number;
  readonly kept?: ReadOverview;
}

/** An overview to keep, with the account it is of. */
export type AccountOverview = KeptOverview & { readonly account: number };

type Query = Kysely<PgDB> | Transaction<PgDB>;

/** The first key of hearback's advisory locks ("hb"), so that they never meet another program's. */
const LOCK_CLASS = 0x6862;

/** Rows per INSERT statement: well under PostgreSQL's 65,535 parameters. */
const ROWS_PER_INSERT = 1000;

/** The account a database used without team mode keeps its one person's log under. */
const SOLE_ACCOUNT = 0;

/**
 * A server's limits on its connections (`serve --team`), in milliseconds: a statement
 * running longer is cancelled (and its transaction rolled back), and a transaction left
 * idle longer is ended with its connection, so that no request, and no lock others wait
 * for, is held for ever. Measured at 10,000 candidates (docs/performance.md), the longest
 * whole request is about 1.5 s at p99 (a coach's view with 50 coaches asking at once; each
 * coach's first view, making 200 overviews, 1 s), and each statement in it far less:
 * 5 s leaves room for a loaded machine. A transaction's pauses are the server's own work
 * between its statements (a large CSV import parses in one), hence a longer idle limit.
 * HEARBACK_DATABASE_URL's query may set others (`?statement_timeout=10000`).
 */
const SERVER_LIMITS = { statement_timeout: 5_000, idle_in_transaction_session_timeout: 30_000 };

/** Logs a transaction of readAs may read without waiting for other such transactions. */
const FEW_LOGS = 10;

/** bigint columns (ids, epoch milliseconds) read as numbers: all of them are far below 2^53. */
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8_OID
      ? (text: string) => Number(text)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** The URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(not a URL)";
  }
}

/**
 * A connection pool to a team database, its schema brought up to date. Stores for
 * accounts borrow it.
 */
export class PostgresDatabase {
  private readonly longReads = new Lock();

  private constructor(
    readonly db: Kysely<PgDB>,
    readonly where: string,
  ) {}

  /**
   * Connects and brings the schema up to date (Kysely's Migrator holds a lock while it
   * migrates, so several servers starting at once migrate once).
   */
  static async connect(opts: {
    readonly url: string;
    readonly poolSize?: number;
    /** A server's pool: its statements and idle transactions are cut off (SERVER_LIMITS). */
    readonly server?: boolean;
  }): Promise<PostgresDatabase> {
    const where = redactUrl(opts.url);
    const pool = new pg.Pool({
      // The URL's own settings win over these (pg reads it last).
      ...(opts.server ? SERVER_LIMITS : {}),
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      types,
      // A database that cannot be reached is told in seconds, rather than hanging a request.
      connectionTimeoutMillis: 5_000,
    });
    // A connection the server drops (PostgreSQL restarted) must not take the process with
    // it, whether idle in the pool or lent out between two queries: its query fails with
    // the reason, the pool drops it, and the next request connects afresh.
    pool.on("error", () => {});
    pool.on("connect", (client) => client.on("error", () => {}));
    const db = new Kysely<PgDB>({ dialect: new PostgresDialect({ pool }) });
    try {
      await migrate(db, where);
    } catch (err) {
      await db.destroy();
      if (err instanceof HearbackError) throw err;
      throw new HearbackError(
        "failed",
        `cannot use the database at ${where} (HEARBACK_DATABASE_URL): ${(err as Error).message}`,
      );
    }
    return new PostgresDatabase(db, where);
  }

  /**
   * The store of one account's log (`dataDir`: where its templates and error log are);
   * closing it leaves the pool open. `viewer`: a coach the log is shared with, reading it
   * (writes are refused, and row-level security shows nothing that is not shared).
   */
  store(
    account: number,
    dataDir: string,
    opts: { readonly viewer?: number; readonly onClose?: () => Promise<void> } = {},
  ): Store & { readonly file: string } {
    const onClose = opts.onClose ?? (async () => {});
    // Named by account, so that what is kept per store (the server's last answers) is too.
    const name = account === SOLE_ACCOUNT ? this.where : `${this.where} (account ${account})`;
    return new PgStore(this.db, account, opts.viewer ?? account, name, dataDir, onClose);
  }

  /**
   * Accounts' settings, each one's last entry id (0 for an empty log) and kept overview,
   * if any, read as `viewer` (row-level security shows a coach only the accounts that
   * share with them). `held`: the versions the reader holds, by account; a body of that
   * version is not sent again (a view's 200 bodies were most of what PostgreSQL read and
   * sent for it).
   */
  async settingsAndOverviews(
    accounts: readonly number[],
    viewer: number,
    held: ReadonlyMap<number, string>,
  ): Promise<{
    settings: Map<number, SettingsRecord>;
    kept: Map<number, FoundOverview>;
  }> {
    const rows = await overviewRows(this.db, accounts, viewer, held);
    return {
      settings: new Map(rows.map((r) => [r.account, settingsRecord(r.settings ?? [])])),
      kept: keptOf(rows),
    };
  }

  /**
   * A digest of all that `coach`'s view depends on in the database (with `coachedBy`, of
   * that coach's candidates only): the candidates Accounts.candidatesOf gives (ids, names,
   * emails, whom each shares with), each one's last entry and settings, and the coach's own
   * settings; read as the coach, in one statement (migrations 0008 and 0010). The same
   * digest means the same view at the same moment.
   */
  async coachHead(coach: number, coachedBy?: number): Promise<string> {
    const { rows } = await sql<{ digest: string }>`
      SELECT hearback_coach_head(${coach}, ${coachedBy ?? null}) AS digest`.execute(this.db);
    return rows[0]!.digest;
  }

  /**
   * A candidate's head as `coach` reads it, in one statement (migration 0008); undefined
   * when the candidate does not share with them (row-level security would show an empty
   * log).
   */
  async sharedHead(coach: number, candidate: number): Promise<Head | undefined> {
    const { rows } = await sql<HeadRow & { shared: boolean }>`
      SELECT * FROM hearback_shared_head(${coach}, ${candidate})`.execute(this.db);
    return rows[0]?.shared ? headOf(rows) : undefined;
  }

  /** Runs `fn` in a transaction acting for `viewer` (row-level security's account). */
  private asViewer<T>(viewer: number, fn: (trx: Transaction<PgDB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      await sql`SELECT set_config('hearback.account', ${String(viewer)}, true)`.execute(trx);
      return fn(trx);
    });
  }

  /**
   * Runs `fn` in one transaction reading as `viewer` (row-level security shows them only
   * what is shared), on one connection: a view across many logs then pays one
   * transaction, not one per log, and holds one connection, never waiting for a second
   * while it holds the first. Reads in it go one at a time. `logs`: how many logs `fn`
   * reads.
   */
  readAs<T>(
    viewer: number,
    dataDir: string,
    logs: number,
    fn: (reading: Reading) => Promise<T>,
  ): Promise<T> {
    // Transactions reading many logs take turns: several coaches' first views at once
    // would otherwise hold every connection of the pool for seconds, and each candidate's
    // Today wait. One reading a few goes at once: it holds its connection for a few
    // statements, and coaches' views after candidates' writes (each makes one overview
    // again) waited their turn behind each other for seconds (docs/performance.md).
    const read = () =>
      this.asViewer(viewer, (trx) =>
        fn({
          storeOf: (account) =>
            new PgReadInTransaction(
              trx,
              account,
              viewer,
              `${this.where} (account ${account})`,
              dataDir,
            ),
          keptOverviews: async (accounts) =>
            keptOf(await overviewRows(trx, accounts, viewer, new Map())),
          keepOverviews: (overviews) => keepOverviews(trx, overviews),
        }),
      );
    return logs > FEW_LOGS ? this.longReads.run(read) : read();
  }

  /**
   * Team mode relies on row-level security as a second wall; a superuser, or a role with
   * BYPASSRLS, is not bound by it, so such a connection is refused.
   */
  async requireRowSecurity(): Promise<void> {
    const { rows } = await sql<{ bypass: boolean; name: string }>`
      SELECT rolsuper OR rolbypassrls AS bypass, rolname AS name
      FROM pg_roles WHERE rolname = current_user`.execute(this.db);
    if (rows[0]?.bypass) {
      throw new HearbackError(
        "failed",
        `team mode does not run as ${rows[0].name}, a PostgreSQL superuser (or a role that bypasses row-level security): connect as an ordinary role that owns hearback's tables, so that the database itself keeps each person's data to them`,
      );
    }
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}

/**
 * Opens the store of a database used by one person (no team mode): their log is the
 * database's account 0.
 */
export async function openPostgresStore(opts: {
  readonly url: string;
  readonly dataDir: string;
  readonly poolSize?: number;
}): Promise<Store & { readonly file: string }> {
  const database = await PostgresDatabase.connect(opts);
  return database.store(SOLE_ACCOUNT, opts.dataDir, { onClose: () => database.close() });
}

async function migrate(db: Kysely<PgDB>, where: string): Promise<void> {
  const known = new Set(Object.keys(POSTGRES_MIGRATIONS));
  const done = await sql<{ name: string }>`SELECT name FROM kysely_migration`
    .execute(db)
    .then((r) => r.rows.map((row) => row.name))
    .catch((err: { code?: string }) => {
      // 42P01, undefined_table: a new database.
      if (err.code === "42P01") return [];
      throw err;
    });
  const newer = done.filter((name) => !known.has(name));
  if (newer.length > 0) {
    throw new HearbackError(
      "failed",
      `the database at ${where} was written by a newer hearback (it has the schema change ${newer[0]}, which this one does not know); please upgrade hearback`,
    );
  }
  if (done.length === known.size) return;
  const { Migrator } = await import("kysely");
  // A schema change may take long on a large database (and a second server waits for the
  // first's): a server's statement limit does not hold it, on its one connection.
  const { error } = await db.connection().execute(async (conn) => {
    await sql`SET statement_timeout = 0`.execute(conn);
    try {
      return await new Migrator({
        db: conn,
        provider: postgresMigrationProvider,
      }).migrateToLatest();
    } finally {
      await sql`RESET statement_timeout`.execute(conn);
    }
  });
  if (error) {
    throw new HearbackError(
      "failed",
      `could not update the database at ${where} to the current schema: ${(error as Error).message ?? String(error)}`,
    );
  }
}

/** Entries that are not retracted (e: the alias of the entry looked at). */
const notRetracted = (alias: string) =>
  sql`NOT EXISTS (SELECT 1 FROM events r WHERE r.ref = ${sql.ref(`${alias}.id`)} AND r.type = 'retract')`;

/**
 * The live events of an account, with amendments applied: each event's latest live
 * amendment replaces its text.
 */
function liveSql(account: number, app: string | undefined): RawBuilder<StoredTextRow> {
  return sql<StoredTextRow>`
    SELECT e.id, e.app, e.type, coalesce(a.body, e.body) AS text, e.recorded_at, e.source,
      a.body IS NOT NULL AS amended
    FROM events e
    LEFT JOIN LATERAL (
      SELECT x.body FROM events x
      WHERE x.ref = e.id AND x.type = 'amend' AND ${notRetracted("x")}
      ORDER BY x.id DESC LIMIT 1
    ) a ON true
    WHERE e.account = ${account} AND e.type NOT IN ('amend', 'retract') AND ${notRetracted("e")}
      ${app === undefined ? sql`` : sql`AND e.app = ${app}`}`;
}

/**
 * A live event's text (l) with a reply's text cut to `upTo` characters: only for a text of
 * more bytes than that (octet_length reads no text), so that every other event costs
 * nothing. PostgreSQL counts characters as code points, each one or two UTF-16 units: the
 * cut keeps at least the `upTo` units that planning reads. The cut event's keys may come
 * back in jsonb's order, which planning does not mind.
 */
function cutReplyText(upTo: number): RawBuilder<string> {
  return sql<string>`CASE
    WHEN l.type = 'reply' AND octet_length(l.text) > ${upTo} THEN (
      SELECT CASE WHEN jsonb_typeof(j -> 'text') = 'string'
        THEN jsonb_set(j, '{text}', to_jsonb(left(j ->> 'text', ${upTo})))::text
        ELSE l.text END
      FROM (SELECT l.text::jsonb AS j) parsed)
    ELSE l.text END`;
}

interface StoredTextRow {
  readonly id: number;
  readonly app: string;
  readonly type: string;
  readonly text: string;
  readonly recorded_at: number;
  readonly source: string;
  readonly amended: boolean;
}

/**
 * One account's log, read and written through `q`: the pool, or a transaction. `actor` is
 * the account the queries act for (row-level security's `hearback.account`): the owner of
 * the log, or a coach it is shared with, who may only read.
 */
class PgSession implements StoreWriter {
  constructor(
    protected readonly q: Query,
    protected readonly account: number,
    protected readonly actor: number = account,
  ) {}

  /** Runs reads in a transaction acting for the actor (row-level security needs it set). */
  protected read<T>(fn: (q: Query) => Promise<T>): Promise<T> {
    return (this.q as Kysely<PgDB>).transaction().execute(async (trx) => {
      await sql`SELECT set_config('hearback.account', ${String(this.actor)}, true)`.execute(trx);
      return fn(trx);
    });
  }

  async timeline(filter: TimelineFilter = {}): Promise<readonly TimelineEvent[]> {
    const { app, replyTextUpTo: upTo } = filter;
    // One JSON array text for the whole log: one JSON.parse rather than one per row.
    const joined = (text: RawBuilder<string>) =>
      sql<{ text: string }>`
        SELECT '[' || coalesce(string_agg(${text}, ',' ORDER BY l.id), '') || ']' AS text
        FROM (${liveSql(this.account, app)}) l`;
    const whole = joined(sql`l.text`);
    const { rows } = await this.read(async (q) => {
      if (upTo === undefined) return whole.execute(q);
      // A long reply whose text jsonb cannot read (a damaged entry, or a \u0000 in it) is a
      // data exception (class 22): then the log is read whole, as it is for export, and a
      // damaged entry is named. The savepoint keeps the transaction usable after it.
      await sql`SAVEPOINT cut`.execute(q);
      try {
        return await joined(cutReplyText(upTo)).execute(q);
      } catch (err) {
        if (!(err as { code?: string }).code?.startsWith("22")) throw err;
        await sql`ROLLBACK TO SAVEPOINT cut`.execute(q);
        return whole.execute(q);
      }
    });
    return parseTimeline(rows[0]!.text, () => this.events({ app }));
  }

  async events(filter: { readonly app?: string } = {}): Promise<readonly StoredEvent[]> {
    return storedEvents(await this.storedTexts(filter));
  }

  async storedTexts(filter: { readonly app?: string } = {}): Promise<readonly StoredText[]> {
    const { rows } = await this.read((q) =>
      sql<StoredTextRow>`${liveSql(this.account, filter.app)} ORDER BY e.id`.execute(q),
    );
    return rows.map((r) => ({
      id: r.id,
      app: r.app,
      text: r.text,
      recordedAt: r.recorded_at,
      source: r.source,
      amended: r.amended,
    }));
  }

  async log(
    filter: { readonly app?: string; readonly limit?: number } = {},
  ): Promise<readonly LogEntry[]> {
    const rows = await this.read((q) => {
      let query = q
        .selectFrom("events")
        .select(["id", "app", "type", "body", "ref", "batch", "recorded_at", "source"])
        .where("account", "=", this.account)
        .orderBy("id", "desc");
      if (filter.app !== undefined) query = query.where("app", "=", filter.app);
      if (filter.limit !== undefined) query = query.limit(filter.limit);
      return query.execute();
    });
    return rows.reverse().map(toEntry);
  }

  async appIds(): Promise<readonly string[]> {
    const { rows } = await this.read((q) =>
      sql<{ app: string }>`
        SELECT e.app FROM events e
        WHERE e.account = ${this.account} AND e.type = 'application' AND ${notRetracted("e")}
        ORDER BY e.id`.execute(q),
    );
    return [...new Set(rows.map((r) => r.app))];
  }

  async settings(): Promise<SettingsRecord> {
    return (await this.head()).settings;
  }

  /** One statement, in a transaction or not (migration 0007's function sets the reader). */
  async head(): Promise<Head> {
    const { rows } = await sql<HeadRow>`
      SELECT * FROM hearback_head(${this.actor}, ${this.account})`.execute(this.q);
    return headOf(rows);
  }

  async append(events: readonly TimelineEvent[], meta: WriteMeta): Promise<readonly LogEntry[]> {
    return this.write(async (q) => {
      if (events.length === 0) return [];
      const ids = await reserveIds(q, events.length);
      const entries = events.map(
        (event, i): LogEntry => ({
          id: ids[i]!,
          app: event.app,
          type: event.type,
          // What was stored is this event's JSON; the object itself stands for it.
          event: event as unknown as Record<string, unknown>,
          ref: null,
          batch: ids[0]!,
          recordedAt: meta.recordedAt,
          source: meta.source,
        }),
      );
      await this.insert(
        q,
        entries.map((e, i) => ({ ...e, body: JSON.stringify(events[i]) })),
      );
      return entries;
    });
  }

  async amend(ref: number, event: TimelineEvent, meta: WriteMeta): Promise<LogEntry> {
    return this.write(async (q) => {
      const target = await this.liveEntry(q, ref);
      checkAmendment(target, event);
      const [id] = await reserveIds(q, 1);
      const entry: LogEntry = {
        id: id!,
        app: target.app,
        type: "amend",
        event: event as unknown as Record<string, unknown>,
        ref,
        batch: id!,
        recordedAt: meta.recordedAt,
        source: meta.source,
      };
      await this.insert(q, [{ ...entry, body: JSON.stringify(event) }]);
      return entry;
    });
  }

  async retract(ref: number, meta: WriteMeta & { readonly reason?: string }): Promise<LogEntry> {
    return this.write(async (q) => {
      const target = await this.liveEntry(q, ref);
      if (target.type === "retract") {
        throw new HearbackError("bad-input", `entry ${ref} is itself a retraction`);
      }
      if (target.type === "application") {
        const { rows } = await sql<{ id: number }>`
          SELECT e.id FROM events e
          WHERE e.account = ${this.account} AND e.app = ${target.app} AND e.id != ${target.id}
            AND e.type NOT IN ('amend', 'retract') AND ${notRetracted("e")}
          LIMIT 1`.execute(q);
        if (rows[0]) {
          throw new HearbackError(
            "conflict",
            `${target.app} still has events (entry ${rows[0].id}); take those back before the application itself`,
          );
        }
      }
      const [entry] = await this.retractAll(q, [target], meta, meta.reason);
      return entry!;
    });
  }

  async undo(meta: WriteMeta): Promise<readonly LogEntry[]> {
    return this.write(async (q) => {
      const { rows } = await sql<EventRow>`
        SELECT e.id, e.app, e.type, e.body, e.ref, e.batch, e.recorded_at, e.source
        FROM events e
        WHERE e.account = ${this.account} AND e.type != 'retract' AND ${notRetracted("e")}
          AND e.batch = (
            SELECT l.batch FROM events l
            WHERE l.account = ${this.account} AND l.type != 'retract' AND ${notRetracted("l")}
            ORDER BY l.id DESC LIMIT 1
          )
        ORDER BY e.id DESC`.execute(q);
      if (rows.length === 0) return [];
      const taken = rows.map(toEntry);
      await this.retractAll(q, taken, meta, "undo");
      return taken.reverse();
    });
  }

  async updateSettings(patch: SettingsRecord): Promise<SettingsRecord> {
    return this.write(async (q) => {
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined || value === null) {
          await q
            .deleteFrom("settings")
            .where("account", "=", this.account)
            .where("key", "=", key)
            .execute();
        } else {
          const json = JSON.stringify(value);
          await q
            .insertInto("settings")
            .values({ account: this.account, key, value: json })
            .onConflict((oc) => oc.columns(["account", "key"]).doUpdateSet({ value: json }))
            .execute();
        }
      }
      return new PgTransactionSession(q, this.account, this.actor).settings();
    });
  }

  /** Runs a write in its own transaction holding the account's lock (see the top). */
  protected write<T>(fn: (q: Query) => Promise<T>): Promise<T> {
    this.mayWrite();
    return inLockedTransaction(this.q as Kysely<PgDB>, this.account, fn);
  }

  /** A coach reads a shared search; only its owner changes it. */
  protected mayWrite(): void {
    if (this.actor !== this.account) {
      throw new HearbackError(
        "bad-input",
        "this job search is shown to you read-only: only the candidate can change it",
      );
    }
  }

  /** An entry of this account that is not taken back (another account's is "no entry"). */
  private async liveEntry(q: Query, id: number): Promise<LogEntry> {
    const { rows } = await sql<EventRow & { gone: boolean }>`
      SELECT e.id, e.app, e.type, e.body, e.ref, e.batch, e.recorded_at, e.source,
        NOT ${notRetracted("e")} AS gone
      FROM events e WHERE e.account = ${this.account} AND e.id = ${id}`.execute(q);
    const row = rows[0];
    if (!row) throw new HearbackError("not-found", `there is no entry ${id}`);
    if (row.gone) throw new HearbackError("conflict", `entry ${id} was already taken back`);
    // A damaged entry can still be taken back (that is how doctor's findings are repaired).
    return toEntry(isJson(row.body) ? row : { ...row, body: "{}" });
  }

  /** Retracts `targets` (in that order) as one batch. */
  private async retractAll(
    q: Query,
    targets: readonly LogEntry[],
    meta: WriteMeta,
    reason: string | undefined,
  ): Promise<LogEntry[]> {
    const ids = await reserveIds(q, targets.length);
    const body = reason ? { reason } : {};
    const entries = targets.map(
      (t, i): LogEntry => ({
        id: ids[i]!,
        app: t.app,
        type: "retract",
        event: body,
        ref: t.id,
        batch: ids[0]!,
        recordedAt: meta.recordedAt,
        source: meta.source,
      }),
    );
    await this.insert(
      q,
      entries.map((e) => ({ ...e, body: JSON.stringify(body) })),
    );
    return entries;
  }

  private async insert(q: Query, entries: readonly (LogEntry & { body: string })[]) {
    for (let at = 0; at < entries.length; at += ROWS_PER_INSERT) {
      await q
        .insertInto("events")
        .values(
          entries.slice(at, at + ROWS_PER_INSERT).map((e) => ({
            id: e.id,
            account: this.account,
            app: e.app,
            type: e.type,
            body: e.body,
            ref: e.ref,
            batch: e.batch,
            recorded_at: e.recordedAt,
            source: e.source,
          })),
        )
        .execute();
    }
  }
}

/** `n` new entry ids, increasing. */
async function reserveIds(q: Query, n: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    SELECT nextval(pg_get_serial_sequence('events', 'id')) AS id FROM generate_series(1, ${n})`.execute(
    q,
  );
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** A transaction acting for `account` (row-level security) and holding its write lock. */
function inLockedTransaction<T>(
  db: Kysely<PgDB>,
  account: number,
  fn: (q: Transaction<PgDB>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('hearback.account', ${String(account)}, true),
      pg_advisory_xact_lock(${LOCK_CLASS}, ${account}::int)`.execute(trx);
    return fn(trx);
  });
}

/** Within a transaction, reads and writes go straight to it: it is set up already. */
class PgTransactionSession extends PgSession {
  protected override read<T>(fn: (q: Query) => Promise<T>): Promise<T> {
    return fn(this.q);
  }

  protected override write<T>(fn: (q: Query) => Promise<T>): Promise<T> {
    this.mayWrite();
    return fn(this.q);
  }
}

class PgStore extends PgSession implements Store {
  constructor(
    private readonly db: Kysely<PgDB>,
    account: number,
    actor: number,
    /** The database's URL, its password hidden: where the data is, for messages. */
    readonly file: string,
    readonly dataDir: string,
    private readonly onClose: () => Promise<void>,
  ) {
    super(db, account, actor);
  }

  transaction<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T> {
    this.mayWrite();
    return inLockedTransaction(this.db, this.account, (trx) =>
      fn(new PgTransactionSession(trx, this.account)),
    );
  }

  close(): Promise<void> {
    return this.onClose();
  }
}

/** An account's log's last entry id (0 for an empty log) and its settings. */
interface Head {
  readonly lastEntry: number;
  readonly settings: SettingsRecord;
}

/** A row of hearback_head: the last entry id, and one setting (none: a NULL key). */
interface HeadRow {
  readonly last_entry: number | null;
  readonly key: string | null;
  readonly value: string;
}

function headOf(rows: readonly HeadRow[]): Head {
  return {
    lastEntry: rows[0]?.last_entry ?? 0,
    settings: settingsRecord(
      rows.filter((r) => r.key !== null) as { key: string; value: string }[],
    ),
  };
}

/** A viewer's transaction (see PostgresDatabase.readAs). */
export interface Reading {
  /** An account's log, read-only. */
  storeOf(account: number): Store;
  /** Each account's log head and kept overview, if any. */
  keptOverviews(accounts: readonly number[]): Promise<Map<number, FoundOverview>>;
  /**
   * Keeps accounts' overviews. Row-level security refuses one of an account that does not
   * share with the viewer (error 42501), which ends the transaction's reads.
   */
  keepOverviews(overviews: readonly AccountOverview[]): Promise<void>;
}

/** Accounts' settings, last entry ids and kept overviews, in one statement (migration 0009). */
async function overviewRows(
  q: Query,
  accounts: readonly number[],
  viewer: number,
  held: ReadonlyMap<number, string>,
): Promise<OverviewsRow[]> {
  const versions = accounts.map((a) => held.get(a) ?? null);
  const { rows } = await sql<OverviewsRow>`
    SELECT * FROM hearback_overviews(${viewer}, ${accounts}::bigint[], ${versions}::text[])`.execute(
    q,
  );
  return rows;
}

/** Keeps accounts' overviews, in a transaction acting for the viewer. */
async function keepOverviews(
  trx: Transaction<PgDB>,
  overviews: readonly AccountOverview[],
): Promise<void> {
  if (overviews.length === 0) return;
  // In one order, so that two views keeping some of the same rows cannot deadlock.
  const rows = [...overviews]
    .sort((a, b) => a.account - b.account)
    .map((o) => ({
      account: o.account,
      key: o.key,
      last_entry: o.lastEntry,
      stable_until: o.stableUntil,
      body: o.body,
    }));
  await trx
    .insertInto("overviews")
    .values(rows)
    .onConflict((oc) =>
      oc.column("account").doUpdateSet((eb) => ({
        key: eb.ref("excluded.key"),
        last_entry: eb.ref("excluded.last_entry"),
        stable_until: eb.ref("excluded.stable_until"),
        body: eb.ref("excluded.body"),
      })),
    )
    .execute();
}

/** A row of hearback_overviews (migration 0009). */
type OverviewsRow = NullableRow<OverviewRow & { version: string }> & {
  readonly account: number;
  readonly log_last: number;
  /** The account's settings' rows (null: none). */
  readonly settings: { key: string; value: string }[] | null;
};

function keptOf(rows: readonly OverviewsRow[]): Map<number, FoundOverview> {
  return new Map(
    rows.map((r) => [
      r.account,
      {
        lastEntry: r.log_last,
        ...(r.key === null
          ? {}
          : {
              kept: {
                key: r.key,
                lastEntry: r.last_entry!,
                stableUntil: r.stable_until,
                version: r.version!,
                body: r.body,
              },
            }),
      },
    ]),
  );
}

/** An account's log read inside a viewer's transaction (see PostgresDatabase.readAs). */
class PgReadInTransaction extends PgTransactionSession implements Store {
  constructor(
    q: Query,
    account: number,
    actor: number,
    readonly file: string,
    readonly dataDir: string,
  ) {
    super(q, account, actor);
  }

  /** Reads only: a write here would skip the account's lock. */
  protected override mayWrite(): void {
    throw new HearbackError("bad-input", "this job search is shown to you read-only");
  }

  transaction<T>(): Promise<T> {
    return Promise.reject(
      new HearbackError("bad-input", "this job search is shown to you read-only"),
    );
  }

  async close(): Promise<void> {}
}
