/**
 * The schema version this hearback writes: the number of migrations in ./migrations.ts
 * (a test keeps the two in step). Kept apart so that opening an up-to-date database does
 * not load Kysely's Migrator.
 */
export const LATEST_SCHEMA_VERSION = 6;
