/**
 * Starts hearback's server: opens the store, builds the app and listens, on 127.0.0.1 by
 * default. Listening on any other address needs a token, generated here when not given,
 * which every request must then carry.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { type AddressInfo, isIP } from "node:net";
import { networkInterfaces } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import type { Kysely } from "kysely";
import { HearbackError } from "../core/errors.js";
import {
  databaseUnreachable,
  logUnexpected,
  openDataFolder,
  type Store,
} from "../ops/data-folder.js";
import { createApp } from "./app.js";
import { isLoopback, TOKEN_BITS, tokenBits } from "./security.js";
import type { TeamLayer } from "./team.js";

export const DEFAULT_PORT = 4100;

export interface ServeOptions {
  /** The data folder (the store's file lives there). */
  readonly dir: string;
  /** A PostgreSQL database to keep the data in instead (HEARBACK_DATABASE_URL). */
  readonly databaseUrl?: string | undefined;
  /** Team mode (needs `databaseUrl`): people sign in, each reaches their own data. */
  readonly team?: boolean;
  readonly port: number;
  readonly host: string;
  /** For a non-loopback host; generated when missing. */
  readonly token?: string;
  /** The machine's zone, used when the settings name none. */
  readonly fallbackZone: string;
  readonly clock: () => number;
  /** Where the package lives (dist/web, examples/); found from this file when missing. */
  readonly root?: string;
  /** Where the mail settings may be (HEARBACK_SMTP_*) for the daily digest; process.env when missing. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** How often to look whether the daily digest is due (default: every minute). */
  readonly digestCheckMs?: number;
  /** Where the server tells what it did on its own (the daily digest); stderr when missing. */
  readonly report?: (message: string) => void;
}

export interface RunningServer {
  /** The address to open, with the token when one is needed. */
  readonly url: string;
  /**
   * Every address it can be reached at: for 0.0.0.0 or ::, one per network address of
   * this computer (what to type on a phone), else just `url`.
   */
  readonly urls: readonly string[];
  readonly port: number;
  readonly token: string | undefined;
  /** The database file, to tell the user where their data is. */
  readonly dataFile: string;
  close(): Promise<void>;
}

/** The package's folder: the nearest parent with hearback's package.json (works bundled or not). */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "hearback")
          return dir;
      } catch {
        // not ours; keep looking
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`hearback's package.json not found above ${from}`);
    dir = up;
  }
}

/** Parses a port given by a flag or PORT, naming where it came from when it is wrong. */
export function parsePort(value: string | undefined, where: string): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new HearbackError("bad-input", `${where}: not a port number: "${value}"`, [
      `${where}: not a port number (0 to 65535): "${value}"`,
    ]);
  }
  return n;
}

function badOption(message: string): HearbackError {
  return new HearbackError("bad-input", message, [message]);
}

/** Refuses a host that is not an IP address (or "localhost") before anything listens. */
export function checkHost(host: string): void {
  if (host === "") throw badOption("--host: empty; give an IP address such as 127.0.0.1");
  if (host !== "localhost" && isIP(host) === 0) {
    throw badOption(
      `--host: "${host}" is not an IP address (such as 127.0.0.1, or 0.0.0.0 for every address)`,
    );
  }
}

/**
 * The token the server requires: a given one if strong enough, else (beyond loopback) a
 * new one. An empty token is refused rather than read as "none": it is usually an unset
 * variable, and would otherwise open the server to anyone.
 */
export function chooseToken(given: string | undefined, loopback: boolean): string | undefined {
  if (given === "") {
    throw badOption(
      "--token: empty (an unset variable?); leave --token out and hearback makes one",
    );
  }
  if (given !== undefined && tokenBits(given) < TOKEN_BITS) {
    throw badOption(
      `--token: too short to guard the server: it needs ${TOKEN_BITS} bits, such as 32 hex digits or 22 random letters, digits, - and _ (at least 8 different); leave --token out and hearback makes one`,
    );
  }
  return given ?? (loopback ? undefined : randomBytes(24).toString("base64url"));
}

function listenError(err: NodeJS.ErrnoException, opts: ServeOptions): Error {
  if (err.code === "EADDRINUSE") {
    return new HearbackError(
      "failed",
      `port ${opts.port} on ${opts.host} is in use (is hearback already running?); choose another with --port`,
    );
  }
  if (err.code === "EADDRNOTAVAIL") {
    return badOption(
      `--host: ${opts.host} is not an address of this computer; use 127.0.0.1, or 0.0.0.0 for every address`,
    );
  }
  if (err.code === "EACCES") {
    return badOption(`--port: ${opts.port} needs administrator rights; choose one above 1023`);
  }
  return err;
}

/**
 * How long the server keeps an idle connection open (Node's default is 5 s). A reverse
 * proxy reuses its idle connections to the server for up to its own idle timeout (60 s by
 * default for nginx's upstream keepalive and for AWS's load balancers); when the server
 * closes one first, a request the proxy sends on it at that moment is reset, and the proxy
 * answers 502. Outlasting the proxy leaves the closing to it. Node 20 counts no idle time
 * against headersTimeout, so that stays at its default.
 */
const KEEP_ALIVE_MS = 65_000;

/** How often, at most, the jobs say that the database cannot be reached. */
const OUTAGE_NOTE_MS = 60_000;

/**
 * Where the team jobs' failures go: a bug to the error log; the database being out of
 * reach (every poll fails while it restarts) to stderr, once a minute at most, since the
 * queue takes up its work by itself when the database is back.
 */
function jobErrors(opts: ServeOptions): (err: unknown, what: string) => void {
  const report = opts.report ?? ((m: string) => process.stderr.write(`hearback: ${m}\n`));
  let told = Number.NEGATIVE_INFINITY;
  return (err, what) => {
    if (!databaseUnreachable(err)) {
      logUnexpected(opts.dir, what, err);
      return;
    }
    const now = Date.now();
    if (now - told < OUTAGE_NOTE_MS) return;
    told = now;
    report(
      `${what}: the team database cannot be reached (${(err as Error).message}); the jobs wait for it`,
    );
  };
}

/** The store the server answers from: the configured one, or team mode's signed-in accounts'. */
async function openData(
  opts: ServeOptions,
): Promise<{ store: Store; where: string; team?: TeamLayer; closeStore: () => Promise<void> }> {
  if (!opts.team) {
    const store = await openDataFolder(opts.dir, opts.databaseUrl);
    return { store, where: store.file, closeStore: () => store.close() };
  }
  if (!opts.databaseUrl) {
    throw badOption(
      "--team: team mode keeps everyone's data in PostgreSQL; set HEARBACK_DATABASE_URL=postgres://user:password@host:5432/database",
    );
  }
  const [{ Accounts, PostgresDatabase }, { teamLayer }, { startTeamJobs }] = await Promise.all([
    import("../ops/team.js"),
    import("./team.js"),
    import("./team-jobs.js"),
  ]);
  const database = await PostgresDatabase.connect({ url: opts.databaseUrl, server: true });
  try {
    await database.requireRowSecurity();
  } catch (err) {
    await database.close();
    throw err;
  }
  const team = teamLayer({
    database,
    dataDir: opts.dir,
    clock: opts.clock,
    fallbackZone: opts.fallbackZone,
  });
  const jobs = await startTeamJobs({
    url: opts.databaseUrl,
    database,
    accounts: new Accounts(database.db as unknown as Kysely<unknown>),
    dataDir: opts.dir,
    clock: opts.clock,
    fallbackZone: opts.fallbackZone,
    env: opts.env ?? process.env,
    onError: jobErrors(opts),
  }).catch(async (err) => {
    await database.close();
    throw err;
  });
  const closeStore = async () => {
    await jobs.stop();
    await database.close();
  };
  return { store: team.store, where: database.where, team, closeStore };
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  checkHost(opts.host);
  const loopback = isLoopback(opts.host);
  // In team mode people sign in: no access token.
  const token = opts.team ? undefined : chooseToken(opts.token, loopback);
  const root = opts.root ?? packageRoot();
  const { store, where, team, closeStore } = await openData(opts);
  const version = (
    JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      version: string;
    }
  ).version;
  const app = createApp({
    store,
    clock: opts.clock,
    fallbackZone: opts.fallbackZone,
    webDir: join(root, "dist/web"),
    demoFile: join(root, "examples/demo.jsonl"),
    token,
    // Beyond loopback the token guards every request, so any Host name may be used; in team
    // mode, sign-in does (and a reverse proxy passes on its own name).
    hosts: loopback && !opts.team ? ["127.0.0.1", "localhost", "[::1]", opts.host] : "any",
    version,
    team,
    ...(team ? {} : { env: opts.env ?? process.env }),
  });
  const server = serve({
    fetch: app.fetch,
    port: opts.port,
    hostname: opts.host,
    serverOptions: { keepAliveTimeout: KEEP_ALIVE_MS },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", (err: NodeJS.ErrnoException) => {
      void closeStore();
      reject(listenError(err, opts));
    });
  });
  // Team mode sends each account's digest from its jobs; one person's server sends theirs.
  const digest = team
    ? undefined
    : (await import("./digest-schedule.js")).startDigestSchedule({
        store,
        clock: opts.clock,
        fallbackZone: opts.fallbackZone,
        env: opts.env ?? process.env,
        ...(opts.digestCheckMs === undefined ? {} : { everyMs: opts.digestCheckMs }),
        report: opts.report ?? ((m) => process.stderr.write(`hearback: ${m}\n`)),
      });
  const port = (server.address() as AddressInfo).port;
  const address = (host: string) =>
    `http://${host.includes(":") ? `[${host}]` : host}:${port}/${token ? `?token=${token}` : ""}`;
  const url = address(opts.host);
  const wildcard = opts.host === "0.0.0.0" || opts.host === "::";
  const urls = wildcard
    ? Object.values(networkInterfaces())
        .flat()
        .filter((i) => i && !i.internal && (opts.host === "::" || i.family === "IPv4"))
        .map((i) => address(i!.address))
    : [url];
  return {
    url: urls[0] ?? url,
    urls: urls.length > 0 ? urls : [url],
    port,
    token,
    dataFile: where,
    close: async () => {
      await digest?.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await closeStore();
    },
  };
}
