/**
 * Where hearback keeps its data. The environment is passed in, so that this stays a
 * plain function of its inputs.
 */
import { join } from "node:path";

export const DB_FILE_NAME = "hearback.db";

/**
 * The data folder: `--data-dir` if given, else `$HEARBACK_HOME`, else the XDG data folder
 * (`$XDG_DATA_HOME/hearback`, by default `~/.local/share/hearback`).
 *
 * @example
 * resolveDataDir({ env: { HEARBACK_HOME: "/srv/hb" }, home: "/home/ann" }) // "/srv/hb"
 * resolveDataDir({ env: {}, home: "/home/ann" }) // "/home/ann/.local/share/hearback"
 */
export function resolveDataDir(opts: {
  readonly flag?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly home: string;
}): string {
  if (opts.flag) return opts.flag;
  if (opts.env.HEARBACK_HOME) return opts.env.HEARBACK_HOME;
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = opts.env.XDG_DATA_HOME;
  const base = xdg?.startsWith("/") ? xdg : join(opts.home, ".local", "share");
  return join(base, "hearback");
}
