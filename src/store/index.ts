/** The store: an append-only log of timeline events and the user's settings, in SQLite. */
export { LATEST_SCHEMA_VERSION, MIGRATIONS } from "./migrations.js";
export { DB_FILE_NAME, resolveDataDir } from "./paths.js";
export { type OpenStoreOptions, openStore } from "./sqlite.js";
export * from "./types.js";
