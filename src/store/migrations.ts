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
});

/** Hands Kysely's Migrator the migrations above (no files to find at run time in a bundle). */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return { ...MIGRATIONS };
  },
};
