/** The store: an append-only log of timeline events and the user's settings, in SQLite. */

export { DB_FILE_NAME, resolveDataDir } from "./paths.js";
export { LATEST_SCHEMA_VERSION } from "./schema-version.js";
export { type OpenStoreOptions, openStore } from "./sqlite.js";
export * from "./types.js";
