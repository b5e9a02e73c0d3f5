/**
 * The schema's history. Migrations are never edited once released: a change is a new
 * entry, so that every database a user has ever had can be brought up to date. Names sort
 * in the order they run.
 */
import { type Kysely, type Migration, type MigrationProvider, sql } from "kysely";

export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  /** v1: the append-only event log and the settings. */
  "0001-events-and-settings": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("events")
        .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
        .addColumn("app", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        // The event's JSON as given, so that export gives back exactly what came in.
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("batch", "integer", (c) => c.notNull())
        .addColumn("recorded_at", "integer", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("settings")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
    },
  },
  /**
   * v2: corrections. An amendment or a retraction is a new entry that refers to the one
   * it corrects, so that nothing recorded is ever changed in place.
   */
  "0002-corrections": {
    async up(db: Kysely<unknown>) {
      await sql`ALTER TABLE events ADD COLUMN ref INTEGER REFERENCES events(id)`.execute(db);
      await db.schema.createIndex("events_app").on("events").columns(["app", "id"]).execute();
      // Corrections are few; a partial index keeps finding them cheap at any log size.
      await db.schema
        .createIndex("events_ref")
        .on("events")
        .columns(["ref", "type"])
        .where(sql.ref("ref"), "is not", null)
        .execute();
      await db.schema.createIndex("events_batch").on("events").column("batch").execute();
    },
  },
  /**
   * v3: plans kept between runs, one row per application. Derived and recomputable (the
   * log stays the only truth): a row is used only while the application's last log entry,
   * the settings and the engine it was planned with are unchanged and the plan still holds
   * at the moment asked about; deleting rows (or the table's content) only costs time.
   */
  "0003-plan-cache": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("plan_cache")
        .addColumn("app", "text", (c) => c.primaryKey())
        // The id of the application's last log entry, corrections included, when planned.
        .addColumn("last_entry", "integer", (c) => c.notNull())
        // A hash of the settings, policy and engine version planned with.
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("planned_at", "integer", (c) => c.notNull())
        // Epoch ms until which the plan holds with only the clock moving; NULL: for good.
        .addColumn("stable_until", "integer")
        // JSON: [[dueByMs, action], ...] in the planner's order.
        .addColumn("actions", "text", (c) => c.notNull())
        .execute();
    },
  },
  /**
   * v4: kept plans one row per action, and how far the log has been checked. Still derived
   * (the old kept plans are dropped, not converted: the next agenda plans afresh).
   *
   * - `plan_cache` keeps, per application, what its plan was made from and until when it
   *   holds; `plan_actions` its actions, keyed in the planner's order (deadline, app, kind,
   *   person, then the planner's own sequence), so that the agenda reads them in order
   *   and only those it shows. An action due "now" (its deadline moves with the clock) is
   *   kept with due_by_ms -1 and its zone in floating_zone. `entry` is the row as the
   *   agenda reads it (the JSON values `dueByMs,dueFromMs,floatingZone,seq,action`), made
   *   once when kept rather than assembled from the columns on every read.
   * - `plan_cache_log.checked_to`: every application with no log entry above this id has
   *   a kept plan made from its last entry, so that the agenda looks only at the entries
   *   after it rather than at every application's last entry. 0: check everything.
   * - Deleting a kept plan (by hand, say) deletes its actions and sends checked_to back to
   *   0: no application is left without a plan. Replacing one deletes its old actions.
   */
  "0004-plan-actions": {
    async up(db: Kysely<unknown>) {
      await sql`DROP TABLE plan_cache`.execute(db);
      await createKeptPlanTables(db);
    },
  },
  /**
   * v5: the kept plans' tables of v4 made again. v4 changed twice during its development
   * (the text each action keeps, the indexes, the trigger that drops a replaced plan's
   * actions) before its release, and a database opened by a build from between would keep
   * plans it cannot replace; the cache is derived, so it is simply made afresh.
   */
  "0005-plan-actions-again": {
    async up(db: Kysely<unknown>) {
      await sql`DROP TABLE plan_actions`.execute(db);
      await sql`DROP TABLE plan_cache_log`.execute(db);
      await sql`DROP TABLE plan_cache`.execute(db);
      await createKeptPlanTables(db);
    },
  },
  /**
   * v6: a reply the user labels (recorded with a signal and a text, corrected, or taken
   * back) teaches the gauge, which then reads alike replies of other applications that way
   * (src/gauge/learn.ts): their kept plans may no longer hold though their own logs did not
   * change. Such a write forgets every kept plan (as a change of settings does), and the
   * next agenda plans them all again.
   */
  "0006-plans-forgotten-when-a-reply-is-labelled": {
    async up(db: Kysely<unknown>) {
      await sql`CREATE TRIGGER plan_cache_forget_on_label AFTER INSERT ON events
        WHEN (new.type = 'reply' AND json_extract(new.body, '$.signal') IS NOT NULL
               AND json_extract(new.body, '$.text') IS NOT NULL)
          OR (new.type = 'amend' AND json_extract(new.body, '$.type') = 'reply')
          OR (new.type = 'retract' AND EXISTS (
               SELECT 1 FROM events t WHERE t.id = new.ref
               AND (t.type = 'reply' OR (t.type = 'amend' AND json_extract(t.body, '$.type') = 'reply'))))
      BEGIN
        DELETE FROM plan_cache;
      END`.execute(db);
    },
  },
});

/**
 * The kept plans' tables as v4 made them (see the v4 migration's comment), made again by
 * v5. Frozen with those migrations: a later layout is a new migration with statements of
 * its own, never a change here.
 */
async function createKeptPlanTables(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE plan_cache (
    app TEXT PRIMARY KEY,
    last_entry INTEGER NOT NULL,
    key TEXT NOT NULL,
    planned_at INTEGER NOT NULL,
    stable_until INTEGER
  )`.execute(db);
  await sql`CREATE TABLE plan_actions (
    due_by_ms INTEGER NOT NULL,
    app TEXT NOT NULL,
    kind_order INTEGER NOT NULL,
    person TEXT NOT NULL,
    seq INTEGER NOT NULL,
    due_from_ms INTEGER NOT NULL,
    floating_zone TEXT,
    entry TEXT NOT NULL,
    PRIMARY KEY (due_by_ms, app, kind_order, person, seq)
  ) WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX plan_actions_app ON plan_actions (app)`.execute(db);
  // The plans that stop holding by key or moment, found without reading every row.
  await sql`CREATE INDEX plan_cache_key ON plan_cache (key)`.execute(db);
  await sql`CREATE INDEX plan_cache_planned_at ON plan_cache (planned_at)`.execute(db);
  await sql`CREATE INDEX plan_cache_stable_until ON plan_cache (stable_until)`.execute(db);
  await sql`CREATE TABLE plan_cache_log (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    checked_to INTEGER NOT NULL
  )`.execute(db);
  await sql`INSERT INTO plan_cache_log (id, checked_to) VALUES (1, 0)`.execute(db);
  await sql`CREATE TRIGGER plan_cache_forget AFTER DELETE ON plan_cache BEGIN
    DELETE FROM plan_actions WHERE app = old.app;
    UPDATE plan_cache_log SET checked_to = 0;
  END`.execute(db);
  // A plan kept again replaces its actions (a new one has none to replace: no lookup).
  await sql`CREATE TRIGGER plan_cache_replace AFTER UPDATE ON plan_cache BEGIN
    DELETE FROM plan_actions WHERE app = old.app;
  END`.execute(db);
}

/** Hands Kysely's Migrator the migrations above (no files to find at run time in a bundle). */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return { ...MIGRATIONS };
  },
};
