/** The store: an append-only log of timeline events and the user's settings, in SQLite. */

export { type OpenStoreOptions, openStore } from "./sqlite.js";
export * from "./types.js";
