/**
 * The SQLite store: one file in the data folder, opened by better-sqlite3, queried
 * through Kysely.
 *
 * Durability and concurrency:
 * - WAL journal with `synchronous = FULL`: a write that returned is on disk, and a process
 *   killed mid-write leaves the last committed state (SQLite's atomic commit).
 * - Writes run in `BEGIN IMMEDIATE` transactions, which take the write lock up front and
 *   wait for it (busy_timeout) instead of failing: a deferred transaction that reads and
 *   then writes can get SQLITE_BUSY at once when another process writes too.
 * - One connection per process; Kysely's driver serialises its use, and the store's own
 *   lock keeps the raw reads below out of another call's open transaction.
 *
 * Start-up: the reads every agenda makes (the timeline, the application ids, the settings)
 * are prepared statements on better-sqlite3 itself, and Kysely (with the Migrator) is
 * loaded only when something else is asked for, so that `hearback agenda` loads less code.
 */
import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type Database from "better-sqlite3";
import type { Generated, Kysely } from "kysely";
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
import { DB_FILE_NAME } from "./paths.js";
import { LATEST_SCHEMA_VERSION } from "./schema-version.js";
import type {
  CheckedLog,
  FreshPlans,
  KeptAction,
  KeptPlan,
  LogEntry,
  PlanCache,
  SettingsRecord,
  Store,
  StoredEvent,
  StoredText,
  StoreWriter,
  TimelineFilter,
  WriteMeta,
} from "./types.js";

/**
 * better-sqlite3, loaded with require: imported as an ES module, its CommonJS files are
 * first scanned for their exports (Node's cjs-module-lexer), about 5 ms of every start.
 */
const SqliteDatabase = createRequire(import.meta.url)("better-sqlite3") as typeof Database;

export interface EventsTable {
  id: Generated<number>;
  app: string;
  type: string;
  body: string;
  ref: number | null;
  batch: number;
  recorded_at: number;
  source: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface DB {
  events: EventsTable;
  settings: SettingsTable;
}

/** How long a write waits for another process's write to finish before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

/** The due_by_ms kept for an action due "now": it sorts before every real deadline. */
const FLOATING_DUE_BY = -1;

/** From how many plans `keep` looks for a faster way to drop the actions they replace. */
const MANY_PLANS = 1000;

/** A kept action's row, as `keep` writes it. */
interface ActionRow {
  readonly dueBy: number;
  readonly app: string;
  readonly seq: number;
  readonly action: KeptAction;
  readonly entry: string;
}

const RETRACTED_SQL = "(SELECT ref FROM events WHERE type = 'retract' AND ref IS NOT NULL)";

/**
 * The live timeline as one JSON array text: SQLite joins the stored JSON texts, so that the
 * whole log costs one query and one JSON.parse rather than one per row. Amendments replace
 * an event's text in place; retracted entries are left out. The order comes from the inner
 * ORDER BY, which the rowid scan gives for free (SQLite never flattens a subquery with an
 * ORDER BY into an aggregate, so the rows reach group_concat in that order); an ORDER BY
 * inside group_concat would sort the whole log again in a temporary b-tree (half again as
 * slow at 100k applications).
 */
const TIMELINE_SQL = (byApp: boolean, cut: boolean) => `
  WITH retracted AS ${RETRACTED_SQL},
  latest_amend AS (
    SELECT ref, max(id) AS id FROM events
    WHERE type = 'amend' AND ref IS NOT NULL AND id NOT IN retracted GROUP BY ref
  )
  SELECT '[' || coalesce(group_concat(${cut ? CUT_REPLY_TEXT_SQL : "body"}, ','), '') || ']' FROM (
    SELECT coalesce(a.body, e.body) AS body
    FROM events e
    LEFT JOIN latest_amend la ON la.ref = e.id
    LEFT JOIN events a ON a.id = la.id
    WHERE e.type NOT IN ('amend', 'retract') AND e.id NOT IN retracted
    ${byApp ? "AND e.app = ?" : ""}
    ORDER BY e.id
  )`;

/**
 * An event's text with a reply's text cut to @upTo characters: only for a body of more
 * bytes than that (octet_length reads no text), so that every other event costs nothing.
 * SQLite counts characters as code points, each one or two UTF-16 units: the cut keeps at
 * least the @upTo units that planning reads.
 */
const CUT_REPLY_TEXT_SQL = `CASE
  WHEN octet_length(body) > @upTo AND json_valid(body) AND body ->> '$.type' = 'reply'
    AND json_type(body, '$.text') = 'text'
  THEN json_set(body, '$.text', substr(body ->> '$.text', 1, @upTo))
  ELSE body END`;

/** A kept plan that does not hold by key or moment (see STALE_*_SQL). */
const PLAN_DOES_NOT_HOLD = "c.key != @key OR c.planned_at > @now OR c.stable_until <= @now";

/**
 * The applications whose kept plan does not hold, looking at every application: none kept,
 * a log entry since, other settings or engine, or a moment outside [planned_at,
 * stable_until). One pass over the (app, id) index gives every application's last entry.
 * Used when the log was never checked (plan_cache_log.checked_to 0).
 */
const STALE_ALL_SQL = `
  SELECT l.app, l.last FROM (SELECT app, max(id) AS last FROM events GROUP BY app) l
  LEFT JOIN plan_cache c ON c.app = l.app
  WHERE c.app IS NULL OR c.last_entry != l.last OR ${PLAN_DOES_NOT_HOLD}`;

/**
 * The same, knowing that every application with no log entry above @checked has a plan
 * kept from its last entry: only the applications with entries above it are looked up
 * (a range of the rowid), besides the kept plans that no longer hold by key or moment,
 * found as ranges of plan_cache's indexes ("<" and ">" rather than "!=", which no index
 * serves; INDEXED BY, as SQLite would otherwise read every row to merge the ranges).
 */
const STALE_SINCE_SQL = `
  WITH touched AS (
    SELECT t.app, (SELECT max(id) FROM events e WHERE e.app = t.app) AS last
    FROM (SELECT DISTINCT app FROM events WHERE id > @checked) t
  ),
  lapsed AS (
    SELECT DISTINCT app FROM (
      SELECT app FROM plan_cache INDEXED BY plan_cache_key WHERE key < @key
      UNION ALL SELECT app FROM plan_cache INDEXED BY plan_cache_key WHERE key > @key
      UNION ALL SELECT app FROM plan_cache INDEXED BY plan_cache_planned_at WHERE planned_at > @now
      UNION ALL SELECT app FROM plan_cache INDEXED BY plan_cache_stable_until
        WHERE stable_until <= @now
    )
  )
  SELECT t.app, t.last FROM touched t LEFT JOIN plan_cache c ON c.app = t.app
  WHERE c.app IS NULL OR c.last_entry != t.last OR ${PLAN_DOES_NOT_HOLD}
  UNION
  SELECT app, last FROM (
    SELECT l.app, (SELECT max(id) FROM events e WHERE e.app = l.app) AS last FROM lapsed l
  ) WHERE last IS NOT NULL`;

/** What the agenda shows of a kept action: overdue, opening by the horizon, or all. */
const SHOWN = `(@horizon IS NULL OR due_from_ms <= @horizon
  OR (floating_zone IS NULL AND due_by_ms < @now))`;

/**
 * The kept actions shown, in the planner's order, as one JSON array text (one query and
 * one JSON.parse rather than one per row), and a count of those not shown. The order is
 * the primary key's, so the scan gives it without sorting (SQLite keeps a subquery's ORDER
 * BY into an aggregate); the rows not shown cost no text at all. With `outdated`, the
 * actions of the applications named in @stale are left out of both (when most plans are to
 * be made again, reading the old ones would be wasted).
 */
const SHOWN_PLANS_SQL = (outdated: boolean) => `
  SELECT
    '[' || coalesce(group_concat(CASE WHEN shown THEN entry END, ','), '') || ']',
    coalesce(sum(NOT shown), 0)
  FROM (
    SELECT entry, ${SHOWN} AS shown FROM plan_actions
    ${outdated ? "WHERE app NOT IN (SELECT value FROM json_each(@stale))" : ""}
    ORDER BY due_by_ms, app, kind_order, person, seq
  )`;

/** A plan never replaces one kept from a later log entry (another process's, say). */
const KEEP_PLAN_SQL = `
  INSERT INTO plan_cache (app, last_entry, key, planned_at, stable_until)
  VALUES (@app, @lastEntry, @key, @plannedAt, @stableUntil)
  ON CONFLICT (app) DO UPDATE SET last_entry = excluded.last_entry, key = excluded.key,
    planned_at = excluded.planned_at, stable_until = excluded.stable_until
  WHERE excluded.last_entry >= plan_cache.last_entry`;

const KEEP_ACTION_SQL = `INSERT INTO plan_actions
  (due_by_ms, app, kind_order, person, seq, due_from_ms, floating_zone, entry)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * Moves checked_to up to what the reader checked, only from where the reader found it: if
 * it moved meanwhile (another process kept plans, or someone deleted a kept plan and it went
 * back to 0), it stays as it is, which at worst costs the next reader a longer look.
 */
const ADVANCE_CHECKED_SQL = `
  INSERT INTO plan_cache_log (id, checked_to) VALUES (1, @to)
  ON CONFLICT (id) DO UPDATE SET checked_to = excluded.checked_to
  WHERE plan_cache_log.checked_to = @from AND excluded.checked_to > plan_cache_log.checked_to`;

export interface OpenStoreOptions {
  /** The data folder; created when missing. */
  readonly dir: string;
  /** The file name inside `dir` (default hearback.db). */
  readonly fileName?: string;
  /** How long a write waits for another process's write (default 10 s). */
  readonly busyTimeoutMs?: number;
}

/**
 * Opens (creating it on first use) the store in a data folder and brings its schema up to
 * date, keeping a copy of the file from before any migration.
 *
 * @example
 * const store = await openStore({ dir: "/home/ann/.local/share/hearback" });
 * try { await store.timeline(); } finally { await store.close(); }
 */
export async function openStore(
  opts: OpenStoreOptions,
): Promise<Store & { /** The database file. */ readonly file: string }> {
  const file = join(opts.dir, opts.fileName ?? DB_FILE_NAME);
  try {
    // A job search is private: a new data folder is the user's alone (as is the file below).
    mkdirSync(opts.dir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new HearbackError(
      "failed",
      `cannot create the data folder ${opts.dir}: ${(err as Error).message}`,
    );
  }
  const existed = existsSync(file);
  const hadData = existed && statSync(file).size > 0;
  let raw: Database.Database;
  try {
    raw = new SqliteDatabase(file);
    // SQLite gives its -wal and -shm files the database file's permissions.
    if (!existed) chmodSync(file, 0o600);
    raw.pragma(`busy_timeout = ${Math.max(0, Math.round(opts.busyTimeoutMs ?? BUSY_TIMEOUT_MS))}`);
    raw.pragma("journal_mode = WAL");
    raw.pragma("synchronous = FULL");
    // Statement journals in memory: inside a transaction SQLite journals the pages each
    // write statement touches, so that it can undo that statement alone, and by default in
    // a temporary file (a first agenda at 100,000 applications made 1.1 million writes to
    // it keeping its plans, a second of system time).
    raw.pragma("temp_store = MEMORY");
    raw.pragma("foreign_keys = ON");
  } catch (err) {
    throw new HearbackError(
      "failed",
      `cannot open the database ${file}: ${(err as Error).message}`,
    );
  }
  const store = new SqliteStore(opts.dir, file, raw);
  try {
    // user_version caches "fully migrated", so that an everyday start costs one pragma
    // instead of loading the Migrator to look at the schema.
    const version = raw.pragma("user_version", { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) {
      throw new HearbackError(
        "failed",
        `the database ${file} was written by a newer hearback (schema ${version}; this one knows up to ${LATEST_SCHEMA_VERSION}); please upgrade hearback`,
      );
    }
    if (version < LATEST_SCHEMA_VERSION) {
      const { migrate } = await import("./migrate.js");
      await migrate({
        db: (await store.kysely()) as unknown as Kysely<unknown>,
        raw,
        file,
        hadData,
      });
    }
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}

/**
 * Reads and writes through one connection: as the store itself (each write its own
 * transaction) or inside a transaction (holding the write lock, and the store's lock).
 */
class Session implements StoreWriter {
  constructor(
    protected readonly conn: () => Promise<Kysely<DB>>,
    protected readonly raw: Database.Database,
    protected readonly statements: Map<string, Database.Statement>,
  ) {}

  /** Runs a synchronous read on the raw connection (the store waits for its lock first). */
  protected read<T>(fn: () => T): Promise<T> {
    return Promise.resolve().then(fn);
  }

  protected prepared(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) {
      stmt = this.raw.prepare(text);
      this.statements.set(text, stmt);
    }
    return stmt;
  }

  async timeline(filter: TimelineFilter = {}): Promise<readonly TimelineEvent[]> {
    const { app, replyTextUpTo: upTo } = filter;
    const stmt = this.prepared(TIMELINE_SQL(app !== undefined, upTo !== undefined));
    const params = [...(upTo === undefined ? [] : [{ upTo }]), ...(app === undefined ? [] : [app])];
    const text = await this.read(() => stmt.pluck().get(...params) as string);
    return parseTimeline(text, () => this.events(filter));
  }

  async events(filter: { readonly app?: string } = {}): Promise<readonly StoredEvent[]> {
    return storedEvents(await this.storedTexts(filter));
  }

  async storedTexts(filter: { readonly app?: string } = {}): Promise<readonly StoredText[]> {
    const { sql } = await import("kysely");
    const q = await this.conn();
    let query = q
      .selectFrom("events as e")
      .select([
        "e.id",
        "e.app",
        "e.body",
        "e.recorded_at",
        "e.source",
        sql<string | null>`(
          SELECT a.body FROM events a
          WHERE a.ref = e.id AND a.type = 'amend' AND a.id NOT IN ${sql.raw(RETRACTED_SQL)}
          ORDER BY a.id DESC LIMIT 1
        )`.as("amended"),
      ])
      .where("e.type", "not in", ["amend", "retract"])
      .where(sql<boolean>`e.id NOT IN ${sql.raw(RETRACTED_SQL)}`)
      .orderBy("e.id");
    if (filter.app !== undefined) query = query.where("e.app", "=", filter.app);
    const rows = await query.execute();
    return rows.map((r) => ({
      id: r.id,
      app: r.app,
      text: r.amended ?? r.body,
      recordedAt: r.recorded_at,
      source: r.source,
      amended: r.amended !== null,
    }));
  }

  async log(
    filter: { readonly app?: string; readonly limit?: number } = {},
  ): Promise<readonly LogEntry[]> {
    // A prepared statement, not Kysely: the agenda reads the last entry on every run (for the
    // waits learned from replies, src/ops/history.ts), and loading Kysely costs more than that.
    const { app, limit } = filter;
    const stmt = this.prepared(
      `SELECT * FROM events${app === undefined ? "" : " WHERE app = @app"} ORDER BY id DESC${limit === undefined ? "" : " LIMIT @limit"}`,
    );
    const params = {
      ...(app === undefined ? {} : { app }),
      ...(limit === undefined ? {} : { limit }),
    };
    const rows = await this.read(() => stmt.all(params) as EventRow[]);
    return rows.reverse().map(toEntry);
  }

  async appIds(): Promise<readonly string[]> {
    const stmt = this.prepared(
      `SELECT app FROM events WHERE type = 'application' AND id NOT IN ${RETRACTED_SQL} ORDER BY id`,
    );
    const apps = await this.read(() => stmt.pluck().all() as string[]);
    return [...new Set(apps)];
  }

  async settings(): Promise<SettingsRecord> {
    return (await this.head()).settings;
  }

  async head(): Promise<{ readonly lastEntry: number; readonly settings: SettingsRecord }> {
    const last = this.prepared("SELECT coalesce(max(id), 0) FROM events");
    const settings = this.prepared("SELECT key, value FROM settings");
    return this.read(() => ({
      lastEntry: last.pluck().get() as number,
      settings: settingsRecord(settings.all() as { key: string; value: string }[]),
    }));
  }

  async append(events: readonly TimelineEvent[], meta: WriteMeta): Promise<readonly LogEntry[]> {
    return this.write(async (q) => {
      if (events.length === 0) return [];
      const batch = await nextId(q);
      // One prepared statement run per row, inside the transaction `write` holds: for an
      // import of many thousands of events this is several times faster than building
      // multi-row INSERTs, and as atomic.
      const insert = this.prepared(
        "INSERT INTO events (app, type, body, ref, batch, recorded_at, source) VALUES (?, ?, ?, NULL, ?, ?, ?)",
      );
      const entries: LogEntry[] = [];
      for (const event of events) {
        const body = JSON.stringify(event);
        const { lastInsertRowid } = insert.run(
          event.app,
          event.type,
          body,
          batch,
          meta.recordedAt,
          meta.source,
        );
        entries.push({
          id: Number(lastInsertRowid),
          app: event.app,
          type: event.type,
          // What was stored is this event's JSON; the object itself stands for it.
          event: event as unknown as Record<string, unknown>,
          ref: null,
          batch,
          recordedAt: meta.recordedAt,
          source: meta.source,
        });
      }
      if (entries[0]!.id !== batch) {
        throw new Error(`store: batch id ${batch} is not the first entry's id ${entries[0]!.id}`);
      }
      return entries;
    });
  }

  async amend(ref: number, event: TimelineEvent, meta: WriteMeta): Promise<LogEntry> {
    return this.write(async (q) => {
      const target = await liveEntry(q, ref);
      checkAmendment(target, event);
      const batch = await nextId(q);
      const row = await q
        .insertInto("events")
        .values({
          app: target.app,
          type: "amend",
          body: JSON.stringify(event),
          ref,
          batch,
          recorded_at: meta.recordedAt,
          source: meta.source,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toEntry(row);
    });
  }

  async retract(ref: number, meta: WriteMeta & { readonly reason?: string }): Promise<LogEntry> {
    const { sql } = await import("kysely");
    return this.write(async (q) => {
      const target = await liveEntry(q, ref);
      if (target.type === "retract") {
        throw new HearbackError("bad-input", `entry ${ref} is itself a retraction`);
      }
      if (target.type === "application") {
        const dependent = await q
          .selectFrom("events")
          .select("id")
          .where("app", "=", target.app)
          .where("id", "!=", target.id)
          .where("type", "not in", ["amend", "retract"])
          .where(sql<boolean>`id NOT IN ${sql.raw(RETRACTED_SQL)}`)
          .limit(1)
          .executeTakeFirst();
        if (dependent) {
          throw new HearbackError(
            "conflict",
            `${target.app} still has events (entry ${dependent.id}); take those back before the application itself`,
          );
        }
      }
      const batch = await nextId(q);
      return insertRetraction(q, target, { ...meta, batch, reason: meta.reason });
    });
  }

  async undo(meta: WriteMeta): Promise<readonly LogEntry[]> {
    const { sql } = await import("kysely");
    return this.write(async (q) => {
      const last = await q
        .selectFrom("events")
        .select("batch")
        .where("type", "!=", "retract")
        .where(sql<boolean>`id NOT IN ${sql.raw(RETRACTED_SQL)}`)
        .orderBy("id", "desc")
        .limit(1)
        .executeTakeFirst();
      if (!last) return [];
      const rows = await q
        .selectFrom("events")
        .selectAll()
        .where("batch", "=", last.batch)
        .where("type", "!=", "retract")
        .where(sql<boolean>`id NOT IN ${sql.raw(RETRACTED_SQL)}`)
        .orderBy("id", "desc")
        .execute();
      const batch = await nextId(q);
      for (const row of rows) {
        await insertRetraction(q, toEntry(row), { ...meta, batch, reason: "undo" });
      }
      return rows.reverse().map(toEntry);
    });
  }

  async updateSettings(patch: SettingsRecord): Promise<SettingsRecord> {
    return this.write(async (q) => {
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined || value === null) {
          await q.deleteFrom("settings").where("key", "=", key).execute();
        } else {
          const json = JSON.stringify(value);
          await q
            .insertInto("settings")
            .values({ key, value: json })
            .onConflict((oc) => oc.column("key").doUpdateSet({ value: json }))
            .execute();
        }
      }
      return new Session(async () => q, this.raw, this.statements).settings();
    });
  }

  /** Runs a write: in its own transaction here, directly in a transaction's session. */
  protected async write<T>(fn: (q: Kysely<DB>) => Promise<T>): Promise<T> {
    return fn(await this.conn());
  }
}

async function nextId(q: Kysely<DB>): Promise<number> {
  const { sql } = await import("kysely");
  // With AUTOINCREMENT, the next id is sqlite_sequence's value plus one (ids are never
  // reused, even after a rollback), and the write lock we hold keeps it ours.
  const row = await sql<{ seq: number }>`SELECT seq FROM sqlite_sequence WHERE name = 'events'`
    .execute(q)
    .then((r) => r.rows[0]);
  return (row?.seq ?? 0) + 1;
}

async function liveEntry(q: Kysely<DB>, id: number): Promise<LogEntry> {
  const row = await q.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new HearbackError("not-found", `there is no entry ${id}`);
  const gone = await q
    .selectFrom("events")
    .select("id")
    .where("ref", "=", id)
    .where("type", "=", "retract")
    .executeTakeFirst();
  if (gone) throw new HearbackError("conflict", `entry ${id} was already taken back`);
  // A damaged entry can still be taken back (that is how doctor's findings are repaired).
  return toEntry(isJson(row.body) ? row : { ...row, body: "{}" });
}

async function insertRetraction(
  q: Kysely<DB>,
  target: LogEntry,
  meta: WriteMeta & { readonly batch: number; readonly reason: string | undefined },
): Promise<LogEntry> {
  const row = await q
    .insertInto("events")
    .values({
      app: target.app,
      type: "retract",
      body: JSON.stringify(meta.reason ? { reason: meta.reason } : {}),
      ref: target.id,
      batch: meta.batch,
      recorded_at: meta.recordedAt,
      source: meta.source,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEntry(row);
}

class SqliteStore extends Session implements Store {
  private db: Kysely<DB> | undefined;
  private readonly lock = new Lock();
  readonly plans: PlanCache;

  constructor(
    readonly dataDir: string,
    readonly file: string,
    raw: Database.Database,
  ) {
    super(() => this.kysely(), raw, new Map());
    this.plans = Object.freeze({
      fresh: (opts: {
        readonly key: string;
        readonly now: number;
        readonly horizon: number | null;
      }) => this.lock.run(() => this.freshPlans(opts)),
      keep: (plans: readonly KeptPlan[], log: CheckedLog) =>
        this.lock.run(() => this.keepPlans(plans, log)),
    });
  }

  private freshPlans(opts: {
    readonly key: string;
    readonly now: number;
    readonly horizon: number | null;
  }): FreshPlans {
    const checked = this.prepared("SELECT checked_to FROM plan_cache_log WHERE id = 1").pluck();
    const end = this.prepared("SELECT coalesce(max(id), 0) FROM events").pluck();

    // One read transaction: every query sees the same snapshot of the file.
    return this.raw.transaction((): FreshPlans => {
      const from = (checked.get() as number | undefined) ?? 0;
      const to = end.get() as number;
      const params = { key: opts.key, now: opts.now, ...(from === 0 ? {} : { checked: from }) };
      const stale = (
        this.prepared(from === 0 ? STALE_ALL_SQL : STALE_SINCE_SQL)
          .raw(true)
          .all(params) as [string, number][]
      ).map(([app, lastEntry]) => ({ app, lastEntry }));
      const outdated = stale.length > 0;
      const [text, later] = this.prepared(SHOWN_PLANS_SQL(outdated))
        .raw(true)
        .get({
          now: opts.now,
          horizon: opts.horizon,
          ...(outdated ? { stale: JSON.stringify(stale.map((s) => s.app)) } : {}),
        }) as [string, number];
      return { stale, shown: text, later, log: { from, to } };
    })();
  }

  /**
   * A cache write must never hold up or fail the reader that offers it: it does not wait
   * for another process's write (busy timeout 0 while it runs), and any failure (busy,
   * read-only file, full disk) leaves the cache as it was and answers false.
   */
  private keepPlans(plans: readonly KeptPlan[], log: CheckedLog): boolean {
    if (plans.length === 0 && log.to <= log.from) return true;
    const patience = this.raw.pragma("busy_timeout", { simple: true }) as number;
    try {
      this.raw.pragma("busy_timeout = 0");
      const plan = this.prepared(KEEP_PLAN_SQL);
      const action = this.prepared(KEEP_ACTION_SQL);
      const advance = this.prepared(ADVANCE_CHECKED_SQL);
      this.raw
        .transaction(() => {
          if (plans.length >= MANY_PLANS) this.clearReplacedActions(plans);
          const rows: ActionRow[] = [];
          for (const { actions, ...kept } of plans) {
            // Not kept when another process kept a plan from a later entry of the application;
            // kept, its old actions go (the plan_cache_replace trigger).
            if (plan.run(kept).changes === 0) continue;
            for (let seq = 0; seq < actions.length; seq++) {
              const a = actions[seq]!;
              const floating = a.floatingZone !== null;
              const dueBy = floating ? FLOATING_DUE_BY : a.dueByMs;
              const zone = floating ? JSON.stringify(a.floatingZone) : "null";
              rows.push({
                dueBy,
                app: kept.app,
                seq,
                action: a,
                entry: `${dueBy},${a.dueFromMs},${zone},${seq},${a.json}`,
              });
            }
          }
          // In the table's order: appending to the b-tree rather than splitting pages all
          // over it (a first run at 100,000 applications writes 94,000 actions a third faster).
          rows.sort((p, q) => p.dueBy - q.dueBy || (p.app < q.app ? -1 : p.app > q.app ? 1 : 0));
          for (const r of rows) {
            action.run(
              r.dueBy,
              r.app,
              r.action.kindOrder,
              r.action.person,
              r.seq,
              r.action.dueFromMs,
              r.action.floatingZone,
              r.entry,
            );
          }
          if (log.to > log.from) advance.run(log);
        })
        .immediate();
      return true;
    } catch {
      return false;
    } finally {
      try {
        this.raw.pragma(`busy_timeout = ${patience}`);
      } catch {
        // A closed connection has no timeout to restore.
      }
    }
  }

  /**
   * When the plans kept replace every kept action (after a change of settings or of
   * hearback, all of them), the actions go in one sweep of the table rather than one
   * application at a time through the plan_cache_replace trigger (a b-tree lookup and two
   * deletions each). Not when some plan would not be kept (one from a later entry is kept
   * already) or some other application has kept actions.
   */
  private clearReplacedActions(plans: readonly KeptPlan[]): void {
    const given = JSON.stringify(plans.map((p) => [p.app, p.lastEntry]));
    const blocked = this.prepared(`
      SELECT 1 FROM json_each(?) j JOIN plan_cache c ON c.app = j.value ->> 0
      WHERE c.last_entry > j.value ->> 1 LIMIT 1`);
    const others = this.prepared(`
      SELECT 1 FROM plan_actions WHERE app NOT IN (SELECT value ->> 0 FROM json_each(?)) LIMIT 1`);
    if (blocked.get(given) === undefined && others.get(given) === undefined) {
      this.prepared("DELETE FROM plan_actions").run();
    }
  }

  /** The Kysely instance over the connection, created (and Kysely loaded) on first use. */
  async kysely(): Promise<Kysely<DB>> {
    if (!this.db) {
      const { Kysely, SqliteDialect } = await import("kysely");
      this.db ??= new Kysely<DB>({ dialect: new SqliteDialect({ database: this.raw }) });
    }
    return this.db;
  }

  protected override read<T>(fn: () => T): Promise<T> {
    return this.lock.run(fn);
  }

  transaction<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T> {
    return this.immediate((conn) => fn(new Session(async () => conn, this.raw, this.statements)));
  }

  protected override write<T>(fn: (q: Kysely<DB>) => Promise<T>): Promise<T> {
    return this.immediate(fn);
  }

  /**
   * Kysely's SQLite transactions begin DEFERRED; this holds the connection and takes the
   * write lock at BEGIN IMMEDIATE instead (see the top of this file).
   */
  private immediate<T>(fn: (conn: Kysely<DB>) => Promise<T>): Promise<T> {
    return this.lock.run(async () => {
      const { sql } = await import("kysely");
      const db = await this.kysely();
      return db.connection().execute(async (conn) => {
        try {
          await sql`BEGIN IMMEDIATE`.execute(conn);
        } catch (err) {
          // Only after waiting BUSY_TIMEOUT_MS for another process's write (a long import).
          if (String((err as { code?: unknown }).code).startsWith("SQLITE_BUSY")) {
            throw new HearbackError(
              "failed",
              `the data in ${this.file} stayed busy (another hearback is writing a lot, an import perhaps); nothing was recorded, please try again`,
            );
          }
          throw err;
        }
        try {
          const result = await fn(conn);
          await sql`COMMIT`.execute(conn);
          return result;
        } catch (err) {
          if (this.raw.inTransaction) await sql`ROLLBACK`.execute(conn);
          throw err;
        }
      });
    });
  }

  async close(): Promise<void> {
    await this.lock.run(async () => {
      if (this.db) await this.db.destroy();
      else if (this.raw.open) this.raw.close();
    });
  }
}
