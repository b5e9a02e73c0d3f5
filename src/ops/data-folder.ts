/**
 * The data folder as the front ends see it: where it is, how to open what is stored in it,
 * and where unexpected errors are written down. Light on purpose (the store itself loads on
 * first use), since the CLI imports it before every command.
 */
import type { Store } from "../store/types.js";

export { logUnexpected } from "../store/error-log.js";
export { resolveDataDir } from "../store/paths.js";
export type { SettingsRecord, Store, StoredEvent } from "../store/types.js";
export { databaseTooSlow, databaseUnreachable } from "../store/unreachable.js";

/**
 * Opens (creating it on first use) the store in a data folder, its schema brought up to
 * date; or, when `databaseUrl` (HEARBACK_DATABASE_URL) names one, the PostgreSQL database
 * instead, the folder keeping the user's other files. Close it when done.
 */
export async function openDataFolder(
  dir: string,
  databaseUrl?: string | undefined,
): Promise<
  Store & {
    /** The database file or address, to tell the user where their data is. */
    readonly file: string;
  }
> {
  const { openConfiguredStore } = await import("../store/index.js");
  return openConfiguredStore({ dir, databaseUrl });
}
