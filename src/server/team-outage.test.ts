/**
 * A `serve --team` process whose PostgreSQL goes away (an administrator restarts it) stays
 * up: meanwhile requests get a 503 that says what is wrong, and once the database is back
 * requests work again, with every write it acknowledged kept.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startPostgres, type TestPostgres } from "../../test/postgres.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import { ANN, signInCookie, spawnTeamServer, teamWithAnn } from "../../test/team-server.js";

const UNREACHABLE = "the team database cannot be reached; try again in a moment";
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
  },
);
