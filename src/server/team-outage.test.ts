/**
 * A `serve --team` process whose PostgreSQL goes away (an administrator restarts it) stays
 * up: meanwhile requests get a 503 that says what is wrong, and once the database is back
 * requests work again, with every write it acknowledged kept. A request whose statement
 * waits too long (on a lock held elsewhere) is cut off the same way, storing nothing.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startPostgres, type TestPostgres } from "../../test/postgres.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import { ANN, signInCookie, spawnTeamServer, teamWithAnn } from "../../test/team-server.js";

const UNREACHABLE = "the team database cannot be reached; try again in a moment";
const TOO_SLOW = "the team database took too long to answer; try again in a moment";
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeWith(
  PROGRAMS.postgresql,
  "a team server whose database restarts",
  { timeout: 90_000 },
  () => {
    let pg: TestPostgres;
    let dataDir: string;
    beforeAll(async () => {
      pg = await startPostgres();
      dataDir = mkdtempSync(join(tmpdir(), "hearback-team-outage-"));
    });
    afterAll(() => {
      pg?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it("answers 503 while the database is down, works again once it is back, and loses no acknowledged write", async () => {
      const { url, database, ann } = await teamWithAnn(pg);
      const server = await spawnTeamServer(url, dataDir);
      let exited: string | undefined;
      server.process.once("exit", (code, signal) => {
        exited = `exited with ${code ?? signal}: ${server.stderr()}`;
      });
      let writing = false;
      let writers: Promise<unknown> = Promise.resolve();
      try {
        const cookie = await signInCookie(server.api, ANN.email, ANN.password);
        const headers = { "Content-Type": "application/json", "X-Hearback": "1", Cookie: cookie };
        let sent = 0;
        const add = () =>
          fetch(`${server.api}/applications`, {
            method: "POST",
            headers,
            body: JSON.stringify({ company: `Company ${sent++}`, role: "Ops Lead" }),
            // Hanging would be a failure too: a request must be answered, one way or the other.
            signal: AbortSignal.timeout(15_000),
          });

        // Four writers keep adding applications through the outage.
        const acknowledged: string[] = [];
        const statuses = new Set<number>();
        writing = true;
        const writer = async () => {
          while (writing) {
            const res = await add().catch(() => undefined);
            statuses.add(res?.status ?? 0); // 0: no answer (a hang, or the server gone)
            if (res?.status === 200) acknowledged.push(((await res.json()) as { app: string }).app);
            await pause(20);
          }
        };
        writers = Promise.all(Array.from({ length: 4 }, writer));
        while (acknowledged.length < 10) await pause(20);

        pg.down();
        // Long enough for the pools' idle connections and the job queue's polling to notice.
        await pause(3000);
        expect(exited).toBeUndefined();
        const during = await add();
        expect(during.status).toBe(503);
        expect(((await during.json()) as { error: { message: string } }).error.message).toBe(
          UNREACHABLE,
        );
        const reading = await fetch(`${server.api}/today`, { headers });
        expect(reading.status).toBe(503);
        const signingIn = await fetch(`${server.api}/session`, { headers });
        expect(signingIn.status).toBe(503);

        pg.up();
        const after = await add();
        expect(after.status).toBe(200);
        const ackedBefore = acknowledged.length;
        while (acknowledged.length < ackedBefore + 10) await pause(20);
        writing = false;
        await writers;
        expect([...statuses].sort()).toEqual([200, 503]);
        expect(exited).toBeUndefined();
        // An outage is no bug: nothing in the error log, one line on stderr from the jobs.
        expect(existsSync(join(dataDir, "errors.log"))).toBe(false);
        expect(server.stderr()).toMatch(
          /the team database cannot be reached .*; the jobs wait for it/,
        );

        // Every application the server said it recorded is in the database.
        const stored = await database.store(ann, dataDir).appIds();
        for (const app of acknowledged) expect(stored).toContain(app);
      } finally {
        writing = false;
        await writers;
        if (exited === undefined) server.process.kill("SIGKILL");
        await database.close();
      }
    });

    it("cuts off a request whose statement waits on a lock held elsewhere, stores none of it, and answers the next", async () => {
      const { url, database, ann } = await teamWithAnn(pg);
      const server = await spawnTeamServer(url, dataDir);
      // Another program's transaction, holding Ann's write lock and her time zone's row.
      const other = new Client({ connectionString: pg.url(new URL(url).pathname.slice(1)) });
      try {
        const cookie = await signInCookie(server.api, ANN.email, ANN.password);
        const headers = { "Content-Type": "application/json", "X-Hearback": "1", Cookie: cookie };
        const request = (method: string, path: string, body?: unknown) =>
          fetch(`${server.api}${path}`, {
            method,
            headers,
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            signal: AbortSignal.timeout(15_000),
          });
        expect((await request("PUT", "/settings", { timezone: "UTC" })).status).toBe(200);

        await other.connect();
        await other.query("BEGIN");
        await other.query(
          "SELECT 1 FROM settings WHERE account = $1 AND key = 'timezone' FOR UPDATE",
          [ann],
        );
        await other.query("SELECT pg_advisory_xact_lock($1, $2)", [0x6862, ann]);

        // A settings change stores her name, then waits for the row; an application waits
        // for her write lock. Both are cut off, within seconds.
        const started = Date.now();
        const [settings, adding] = await Promise.all([
          request("PUT", "/settings", { name: "Ann Berg", timezone: "Europe/London" }),
          request("POST", "/applications", { company: "Zeta", role: "Ops Lead" }),
        ]);
        const waited = Date.now() - started;
        for (const res of [settings, adding]) {
          expect(res.status).toBe(503);
          expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
            TOO_SLOW,
          );
        }
        expect(waited).toBeLessThan(10_000);
        // Reading is not held up meanwhile.
        expect((await request("GET", "/today")).status).toBe(200);
        await other.query("ROLLBACK");

        // Nothing of either was stored, and the same requests work now.
        const store = database.store(ann, dataDir);
        expect(await store.appIds()).toEqual([]);
        expect(await store.settings()).toMatchObject({ timezone: "UTC" });
        expect((await store.settings()).name).toBeUndefined();
        expect(
          (await request("PUT", "/settings", { name: "Ann Berg", timezone: "Europe/London" }))
            .status,
        ).toBe(200);
        expect(
          (await request("POST", "/applications", { company: "Zeta", role: "Ops Lead" })).status,
        ).toBe(200);
        expect(await store.settings()).toMatchObject({
          name: "Ann Berg",
          timezone: "Europe/London",
        });
        expect(existsSync(join(dataDir, "errors.log"))).toBe(false);
      } finally {
        await other.end();
        server.process.kill("SIGKILL");
        await database.close();
      }
    });
  },
);
