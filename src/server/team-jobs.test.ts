/**
 * Team mode's jobs over a real PostgreSQL (pg-boss in it) and a real SMTP server on
 * 127.0.0.1: each account's digest is sent once however many server processes ask, and a
 * job whose process is killed mid-send is run again, once, by the process left.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startPostgres, type TestPostgres } from "../../test/postgres.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import { createContext } from "../ops/context.js";
import { runOp } from "../ops/index.js";
import { Accounts, PostgresDatabase } from "../ops/team.js";
import { startTeamJobs, type TeamJobs } from "./team-jobs.js";

// The servers run on the real clock, so the test does too: Ann's digest hour is midnight
// UTC (it is always past), and her interview was yesterday (a thank-you is due).
const TODAY = new Date().toISOString().slice(0, 10);
const YESTERDAY = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const BIN = join(import.meta.dirname, "../../bin/hearback.js");

/** Ann's search: an interview yesterday, so a thank-you is due. */
const TIMELINE = [
  { type: "application", app: "zeta-ops", company: "Zeta", role: "Ops Lead" },
  {
    type: "interview",
    app: "zeta-ops",
    at: `${YESTERDAY}T10:00`,
    interviewers: [{ name: "Kai Moreno", email: "kai@zeta.example" }],
  },
]
  .map((e) => JSON.stringify(e))
  .join("\n");

/** An SMTP server that keeps what it is sent, or, while `holding`, never answers DATA. */
async function startMailServer() {
  const received: ParsedMail[] = [];
  const state = { holding: false, held: 0 };
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, cb) {
      if (state.holding) {
        state.held++;
        stream.resume(); // read it, and never say it was accepted
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          cb();
        })
        .catch(cb);
    },
  });
  // The killed process's connection ends abruptly: that is the point, not an error.
  server.on("error", () => {});
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, state, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function until(what: string, test: () => boolean | Promise<boolean>, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describeWith(PROGRAMS.postgresql, "team mode's jobs", { timeout: 90_000 }, () => {
  let pg: TestPostgres;
  let dataDir: string;
  let mail: Awaited<ReturnType<typeof startMailServer>>;
  const env = () => ({
    HEARBACK_SMTP_URL: `smtp://127.0.0.1:${mail.port}?tls=none`,
    HEARBACK_SMTP_FROM: "digest@centre.example",
  });

  /** A fresh team database with Ann (digest on from midnight UTC, a thank-you due). */
  async function teamWithAnn(
    digest = { on: true, hour: 0 },
  ): Promise<{ url: string; database: PostgresDatabase; ann: number }> {
    const url = await pg.newDatabase({ owner: "app" });
    const database = await PostgresDatabase.connect({ url });
    const accounts = new Accounts(database.db as never);
    const org = await accounts.organisation("North Career Centre");
    const ann = await accounts.create({
      organisation: org,
      email: "ann@example.com",
      name: "Ann",
      role: "candidate",
      passwordHash: "unused",
      now: Date.now(),
    });
    const store = database.store(ann.id, dataDir);
    await store.updateSettings({ timezone: "UTC", digest });
    const ctx = await createContext({
      store,
      now: Date.now(),
      fallbackZone: "UTC",
      source: "test",
    });
    await runOp(ctx, "importTimeline", { text: TIMELINE });
    return { url, database, ann: ann.id };
  }

  /** What the job runners reported as failed. */
  const errors: string[] = [];
  const jobsOn = (url: string, database: PostgresDatabase, timings = {}) =>
    startTeamJobs({
      url,
      database,
      accounts: new Accounts(database.db as never),
      dataDir,
      clock: () => Date.now(),
      fallbackZone: "UTC",
      env: env(),
      onError: (err, what) => errors.push(`${what}: ${(err as Error).message}`),
      timings: { pollingIntervalSeconds: 0.5, ...timings },
    });

  async function digestJobs(url: string) {
    return pg.query<{ state: string; retry_count: number }>(
      new URL(url).pathname.slice(1),
      "SELECT state, retry_count FROM hearback_jobs.job WHERE name = 'digest' ORDER BY created_on",
    );
  }

  beforeAll(async () => {
    pg = await startPostgres();
    dataDir = mkdtempSync(join(tmpdir(), "hearback-jobs-"));
    mail = await startMailServer();
  });
  afterAll(async () => {
    await mail?.close();
    pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("sends a due digest once, to the account's address, however many processes ask", async () => {
    mail.received.length = 0;
    const { url, database, ann } = await teamWithAnn();
    const running: TeamJobs[] = [];
    try {
      // Two server processes' job runners on one database, both starting at once.
      running.push(...(await Promise.all([jobsOn(url, database), jobsOn(url, database)])));
      await Promise.all(running.map((j) => j.queueDueDigests()));
      await until("the digest", () => mail.received.length > 0);
      await until("the job to finish", async () =>
        (await digestJobs(url)).every((j) => j.state === "completed"),
      );
      expect(mail.received).toHaveLength(1);
      expect(mail.received[0]!.to).toMatchObject({ text: "ann@example.com" });
      expect(mail.received[0]!.text).toContain("Kai Moreno");
      // The day is done: asking again queues nothing, and nothing more is sent.
      expect(await Promise.all(running.map((j) => j.queueDueDigests()))).toEqual([0, 0]);
      await new Promise((r) => setTimeout(r, 1500));
      expect(mail.received).toHaveLength(1);
      const sent = (await database.store(ann, dataDir).settings()).digestSent;
      expect(sent).toMatchObject({ day: TODAY, outcome: "sent", source: "team", count: 1 });
      expect(errors).toEqual([]);
    } finally {
      for (const j of running) await j.stop();
      await database.close();
    }
  });

  it("reads every account's digest settings in one query, and queues only the digests due", async () => {
    const { url, database: setup, ann } = await teamWithAnn({ on: false, hour: 0 });
    await setup.store(ann, dataDir).updateSettings({ name: "Ann Berg" });
    const accounts = new Accounts(setup.db as never);
    const org = await accounts.organisation("North Career Centre");
    // Twenty more: the first one's digest due, the others off or sent today already.
    const more: number[] = [];
    for (let i = 0; i < 20; i++) {
      const a = await accounts.create({
        organisation: org,
        email: `c${i}@example.com`,
        name: `Candidate ${i}`,
        role: "candidate",
        passwordHash: "unused",
        now: Date.now(),
      });
      more.push(a.id);
      await setup.store(a.id, dataDir).updateSettings({
        timezone: "UTC",
        digest: { on: i < 10, hour: 0 },
        ...(i > 0 && i < 10 ? { digestSent: { day: TODAY, outcome: "sent", count: 1 } } : {}),
      });
    }
    await setup.close();
    const name = new URL(url).pathname.slice(1);
    /**
     * How often the settings table was read, once every other connection to the database
     * has closed: a connection's counts reach PostgreSQL's statistics by the time it is gone.
     */
    const settingsReads = async () => {
      await until("the connections to close", async () => {
        const others = await pg.query(
          name,
          "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
        );
        return others.length === 0;
      });
      const [row] = await pg.query<{ reads: string }>(
        name,
        "SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) AS reads FROM pg_stat_user_tables WHERE relname = 'settings'",
      );
      return Number(row!.reads);
    };
    const before = await settingsReads();
    const database = await PostgresDatabase.connect({ url });
    const jobs = await jobsOn(url, database, { pollingIntervalSeconds: 60 });
    // Asked twice: as the runner starts, and now.
    await jobs.queueDueDigests();
    await jobs.stop();
    await database.close();
    // One read per tick, not one per account (21 here); the digest sent reads its own too.
    expect((await settingsReads()) - before).toBeLessThan(10);
    const queued = await pg.query<{ account: number }>(
      name,
      "SELECT (data->>'account')::int AS account FROM hearback_jobs.job WHERE name = 'digest'",
    );
    expect(queued).toEqual([{ account: more[0] }]);
    // Reading the schedules shows no other setting of anyone's (row-level security).
    const check = await PostgresDatabase.connect({ url });
    try {
      const seen = await new Accounts(check.db as never).withDigestSettings(["digest", "name"]);
      expect(seen.find((s) => s.account.id === ann)?.settings).toEqual({
        digest: { on: false, hour: 0 },
      });
    } finally {
      await check.close();
    }
  });

  it("runs a digest job again, once, when the process sending it is killed", async () => {
    mail.received.length = 0;
    const { url, database, ann } = await teamWithAnn({ on: false, hour: 0 });
    // The queue is made with short timings (its settings stay with the queue), so that a
    // dead process's job expires in seconds; this runner stops at once, having nothing due.
    const short = { expireInSeconds: 3, retryDelaySeconds: 1, maintenanceIntervalSeconds: 1 };
    await (await jobsOn(url, database, short)).stop();
    await database.store(ann, dataDir).updateSettings({ digest: { on: true, hour: 0 } });
    mail.state.holding = true;
    // A real `serve --team` process takes the due digest at start and is killed mid-send.
    const server = spawn(
      process.execPath,
      [BIN, "serve", "--team", "--port", "0", "--data-dir", dataDir],
      {
        env: {
          ...process.env,
          ...env(),
          HEARBACK_DATABASE_URL: url,
        },
        stdio: "ignore",
      },
    );
    let left: TeamJobs | undefined;
    try {
      await until("the killed process to be sending", () => mail.state.held > 0);
      server.kill("SIGKILL");
      await once(server, "exit");
      mail.state.holding = false;
      left = await jobsOn(url, database, short);
      await until("the digest", () => mail.received.length > 0, 60_000);
      await until("the job to finish", async () =>
        (await digestJobs(url)).every((j) => j.state === "completed"),
      );
      expect(mail.received).toHaveLength(1);
      expect(await digestJobs(url)).toEqual([{ state: "completed", retry_count: 1 }]);
      expect(errors).toEqual([]);
    } finally {
      if (server.exitCode === null) server.kill("SIGKILL");
      await left?.stop();
      await database.close();
    }
  });
});
