/**
 * Brings a database's schema up to date with Kysely's Migrator, copying the file first.
 * Loaded only when a database is new or older than this hearback.
 */
import { copyFileSync, existsSync } from "node:fs";
import type Database from "better-sqlite3";
import { type Kysely, Migrator } from "kysely";
import { HearbackError } from "../core/errors.js";
import { migrationProvider } from "./migrations.js";
import { LATEST_SCHEMA_VERSION } from "./schema-version.js";

/** Two processes opening an old database at once: the loser retries the migration. */
const MIGRATION_ATTEMPTS = 5;

export async function migrate(opts: {
  readonly db: Kysely<unknown>;
  readonly raw: Database.Database;
  readonly file: string;
  /** False for a database created just now: there is nothing to back up. */
  readonly hadData: boolean;
}): Promise<void> {
  const { db, raw, file } = opts;
  const migrator = new Migrator({ db, provider: migrationProvider });
  for (let attempt = 1; ; attempt++) {
    const pending = (await migrator.getMigrations()).filter((m) => m.executedAt === undefined);
    if (pending.length === 0) break;
    if (opts.hadData) backup(raw, file, pending[0]!.name);
    const { error } = await migrator.migrateToLatest();
    if (!error) break;
    if (isBusy(error) && attempt < MIGRATION_ATTEMPTS) continue;
    throw new HearbackError(
      "failed",
      `could not update the database ${file} to the current schema: ${(error as Error).message ?? String(error)}${opts.hadData ? " (a copy from before the update is kept beside it)" : ""}`,
    );
  }
  raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
}

/**
 * Copies the database before a migration touches it: `hearback.db.before-0002-corrections.bak`.
 * VACUUM INTO writes a consistent copy even with a WAL file beside the database, which a
 * plain file copy would miss.
 */
function backup(raw: Database.Database, file: string, nextMigration: string): string {
  let target = `${file}.before-${nextMigration}.bak`;
  for (let n = 2; existsSync(target); n++) target = `${file}.before-${nextMigration}.${n}.bak`;
  try {
    raw.prepare("VACUUM INTO ?").run(target);
  } catch {
    // Should VACUUM INTO be unavailable, a checkpointed file copy is as good.
    raw.pragma("wal_checkpoint(TRUNCATE)");
    copyFileSync(file, target);
  }
  return target;
}

function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}
