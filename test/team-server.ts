/**
 * A real `hearback serve --team` process on a free port of 127.0.0.1, over the database at
 * `url`, for tests of what happens to the process itself (killed, its database gone).
 */
import { type ChildProcessByStdio, spawn } from "node:child_process";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { Accounts, hashPassword, PostgresDatabase } from "../src/ops/team.js";
import type { TestPostgres } from "./postgres.js";

const BIN = join(import.meta.dirname, "../bin/hearback.js");
export const ANN = Object.freeze({ email: "ann@example.com", password: "correct horse battery" });

/** A new team database (owned by a role that row-level security binds) with one candidate, Ann. */
export async function teamWithAnn(
  pg: TestPostgres,
): Promise<{ url: string; database: PostgresDatabase; ann: number }> {
  const url = await pg.newDatabase({ owner: "app" });
  const database = await PostgresDatabase.connect({ url });
  const accounts = new Accounts(database.db as never);
  const ann = await accounts.create({
    organisation: await accounts.organisation("North Career Centre"),
    email: ANN.email,
    name: "Ann",
    role: "candidate",
    passwordHash: await hashPassword(ANN.password),
    now: Date.now(),
  });
  return { url, database, ann: ann.id };
}

export interface TeamServerProcess {
  readonly process: ChildProcessByStdio<null, Readable, Readable>;
  /** The API's address, such as http://127.0.0.1:PORT/api. */
  readonly api: string;
  /** What it wrote to stderr so far. */
  stderr(): string;
}

export async function spawnTeamServer(url: string, dataDir: string): Promise<TeamServerProcess> {
  const child = spawn(
    process.execPath,
    [BIN, "serve", "--team", "--port", "0", "--data-dir", dataDir],
    {
      env: { ...process.env, HEARBACK_DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let err = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    err += d;
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      const m = /running at http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once("exit", (code) => reject(new Error(`serve --team exited with ${code}: ${err}`)));
  });
  return { process: child, api: `http://127.0.0.1:${port}/api`, stderr: () => err };
}

/** Signs in and gives the session's cookie. */
export async function signInCookie(api: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${api}/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Hearback": "1" },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200)
    throw new Error(`signing in as ${email}: ${res.status} ${await res.text()}`);
  return res.headers.get("set-cookie")!.split(";")[0]!;
}
