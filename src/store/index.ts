/**
 * The store: an append-only log of timeline events and the user's settings, in SQLite (the
 * default) or in a PostgreSQL database named by HEARBACK_DATABASE_URL.
 */
import { HearbackError } from "../core/errors.js";
import { openStore } from "./sqlite.js";
import type { Store } from "./types.js";

export { type OpenStoreOptions, openStore } from "./sqlite.js";
export * from "./types.js";

/**
 * The store hearback is configured to use: the PostgreSQL database `databaseUrl` names
 * (HEARBACK_DATABASE_URL), else the SQLite file in the data folder. The PostgreSQL client
 * is loaded only then.
 */
export async function openConfiguredStore(opts: {
  readonly dir: string;
  readonly databaseUrl?: string | undefined;
}): Promise<Store & { readonly file: string }> {
  const url = opts.databaseUrl;
  if (url === undefined || url === "") return openStore({ dir: opts.dir });
  if (!/^postgres(?:ql)?:\/\//.test(url)) {
    const scheme = /^[a-z][\w+.-]*:/i.exec(url)?.[0];
    throw new HearbackError(
      "bad-input",
      `HEARBACK_DATABASE_URL: ${scheme ? `"${scheme}" is not` : "not"} a PostgreSQL address; give one such as postgres://user:password@host:5432/database, or leave it unset to keep your data in the data folder`,
    );
  }
  const { openPostgresStore } = await import("./postgres.js");
  return openPostgresStore({ url, dataDir: opts.dir });
}
