/**
 * A `serve --team` process killed (SIGKILL) while people write loses nothing it
 * acknowledged: every application answered with 201 is in PostgreSQL afterwards, whole.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startPostgres, type TestPostgres } from "../../test/postgres.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import { ANN, signInCookie, spawnTeamServer, teamWithAnn } from "../../test/team-server.js";

describeWith(PROGRAMS.postgresql, "a team server killed during writes", { timeout: 90_000 }, () => {
  let pg: TestPostgres;
  let dataDir: string;
  beforeAll(async () => {
    pg = await startPostgres();
    dataDir = mkdtempSync(join(tmpdir(), "hearback-team-kill-"));
  });
  afterAll(() => {
    pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps every application it acknowledged", async () => {
    const { url, database, ann } = await teamWithAnn(pg);
    const { process: server, api: base } = await spawnTeamServer(url, dataDir);
    try {
      const cookie = await signInCookie(base, ANN.email, ANN.password);

      const acknowledged: string[] = [];
      let cut = 0;
      let sent = 0;
      // Eight writers at once; the server is killed once 40 writes were acknowledged.
      const writer = async () => {
        while (server.exitCode === null && server.signalCode === null) {
          const n = sent++;
          try {
            const res = await fetch(`${base}/applications`, {
              method: "POST",
              headers: { "Content-Type": "application/json", "X-Hearback": "1", Cookie: cookie },
              body: JSON.stringify({ company: `Company ${n}`, role: `Role ${n}` }),
            });
            if (res.status === 201 || res.status === 200) {
              acknowledged.push(((await res.json()) as { app: string }).app);
            }
            if (acknowledged.length >= 40 && server.signalCode === null) server.kill("SIGKILL");
          } catch {
            cut++; // the connection died with the server
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, writer));

      // Some writes were in flight when it died: the kill came in the middle of writing.
      expect(cut).toBeGreaterThan(0);
      expect(acknowledged.length).toBeGreaterThanOrEqual(40);
      const store = database.store(ann, dataDir);
      const stored = await store.appIds();
      for (const app of acknowledged) expect(stored).toContain(app);
      // Nothing half-written: each stored application has its company and role.
      const events = await store.timeline();
      const apps = events.filter((e) => e.type === "application");
      expect(apps).toHaveLength(stored.length);
      for (const e of apps)
        expect(e).toMatchObject({ company: expect.stringMatching(/^Company \d+$/) });
    } finally {
      if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
      await database.close();
    }
  });
});
