/**
 * A private PostgreSQL server for tests: a new cluster in a temporary folder, listening on
 * a free port of 127.0.0.1, stopped (and its folder removed) by `stop`. PostgreSQL refuses
 * to run as root, so under root it runs as the `postgres` user the Debian package creates.
 * Tests that use it run through `describeWith(PROGRAMS.postgresql, ...)`.
 *
 * Durability is switched off (fsync, synchronous_commit): the cluster lives for one test
 * file, and a test about surviving a crash kills hearback, not PostgreSQL.
 */
import { execFileSync } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import pg from "pg";
import { freePort } from "./mail/dovecot.js";
import { PROGRAMS } from "./system-programs.js";

export interface TestPostgres {
  /** The address of a database of the server (default: the `postgres` one), as `user`. */
  url(database?: string, user?: string): string;
  /**
   * Creates a new, empty database and gives its address. With `owner`, the database
   * belongs to that role (made, without superuser rights, when missing) and the address
   * connects as it, as a team server should connect.
   */
  newDatabase(opts?: { readonly owner?: string }): Promise<string>;
  /** Runs SQL on a database as the server's superuser. */
  query<R extends pg.QueryResultRow>(
    database: string,
    text: string,
    values?: unknown[],
  ): Promise<R[]>;
  /** Stops the server as an administrator would (`pg_ctl stop -m fast`), keeping its data. */
  down(): void;
  /** Starts it again on the same port after `down`. */
  up(): void;
  stop(): void;
}

const SUPERUSER = "hb";

/** Runs a PostgreSQL program as the user allowed to run the server. */
function asServerUser(program: string, args: readonly string[]): void {
  const path = join(dirname(PROGRAMS.postgresql.path), program);
  const runAsRoot = process.getuid?.() === 0;
  const [cmd, argv] = runAsRoot
    ? ["runuser", ["-u", "postgres", "--", path, ...args]]
    : [path, [...args]];
  execFileSync(cmd, argv, { stdio: ["ignore", "pipe", "pipe"], cwd: "/" });
}

export async function startPostgres(): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), "hearback-pg-"));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  asServerUser("initdb", ["-D", data, "-A", "trust", "-U", SUPERUSER, "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
  ].join(" ");
  let running = false;
  const up = () => {
    asServerUser("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"]);
    running = true;
  };
  const down = () => {
    asServerUser("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    running = false;
  };
  up();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      if (running) asServerUser("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A test run that ends without afterAll (a crash, ^C) must not leave a server behind.
  process.once("exit", stop);
  const url = (database = "postgres", user = SUPERUSER) =>
    `postgres://${user}@127.0.0.1:${port}/${database}`;
  const query = async <R extends pg.QueryResultRow>(
    database: string,
    text: string,
    values: unknown[] = [],
  ): Promise<R[]> => {
    const client = new pg.Client({ connectionString: url(database) });
    await client.connect();
    try {
      return (await client.query<R>(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  let made = 0;
  return {
    url,
    query,
    async newDatabase(opts = {}) {
      const name = `t${++made}`;
      const owner = opts.owner;
      if (owner === undefined) {
        await query("postgres", `CREATE DATABASE ${name}`);
        return url(name);
      }
      const [known] = await query("postgres", "SELECT 1 FROM pg_roles WHERE rolname = $1", [owner]);
      if (!known) await query("postgres", `CREATE ROLE ${owner} LOGIN`);
      await query("postgres", `CREATE DATABASE ${name} OWNER ${owner}`);
      return url(name, owner);
    },
    down,
    up,
    stop,
  };
}
