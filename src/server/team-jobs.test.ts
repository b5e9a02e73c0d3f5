/**
 * Team mode's jobs over a real PostgreSQL (pg-boss in it) and a real SMTP server on
 * 127.0.0.1: each account's digest is sent once however many server processes ask, and a
 * job whose process is killed mid-send is run again, once, by the process left.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AddressObject, type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startPostgres, type TestPostgres } from "../../test/postgres.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import { ANN, signInCookie } from "../../test/team-server.js";
import { createContext } from "../ops/context.js";
import { runOp } from "../ops/index.js";
import { Accounts, hashPassword, PostgresDatabase } from "../ops/team.js";
import { startServer } from "./serve.js";
import { startTeamJobs, type TeamJobs } from "./team-jobs.js";

// The spawned servers run on the real clock, so the test does too: Ann's digest hour is
// midnight UTC (it is always past), and her interview was yesterday (a thank-you is due).
const TODAY = new Date().toISOString().slice(0, 10);
const BIN = join(import.meta.dirname, "../../bin/hearback.js");

/** A search with an interview on `day`, so that a thank-you is due the day after. */
const timelineWithInterview = (day: string) =>
  [
    { type: "application", app: "zeta-ops", company: "Zeta", role: "Ops Lead" },
    {
      type: "interview",
      app: "zeta-ops",
      at: `${day}T10:00`,
      interviewers: [{ name: "Kai Moreno", email: "kai@zeta.example" }],
    },
  ]
    .map((e) => JSON.stringify(e))
    .join("\n");

/**
 * A candidate of the North Career Centre in UTC with these digest settings and a
 * thank-you due at `now` (an interview the day before).
 */
async function addCandidate(
  database: PostgresDatabase,
  dataDir: string,
  opts: {
    readonly email: string;
    readonly digest: { readonly on: boolean; readonly hour: number };
    readonly now: number;
    readonly passwordHash?: string;
  },
): Promise<number> {
  const accounts = new Accounts(database.db as never);
  const account = await accounts.create({
    organisation: await accounts.organisation("North Career Centre"),
    email: opts.email,
    name: opts.email.split("@")[0]!,
    role: "candidate",
    passwordHash: opts.passwordHash ?? "unused",
    now: opts.now,
  });
  const store = database.store(account.id, dataDir);
  await store.updateSettings({ timezone: "UTC", digest: opts.digest });
  const ctx = await createContext({ store, now: opts.now, fallbackZone: "UTC", source: "test" });
  const dayBefore = new Date(opts.now - 86_400_000).toISOString().slice(0, 10);
  await runOp(ctx, "importTimeline", { text: timelineWithInterview(dayBefore) });
  return account.id;
}

/**
 * An SMTP server that keeps what it is sent; while `holding`, it reads a message and does
 * not answer DATA until `release()` (or ever, for a sender that is killed meanwhile).
 */
async function startMailServer() {
  const received: ParsedMail[] = [];
  const state = { holding: false, held: 0 };
  /** The held messages' acceptance, by SMTP session: a sender that is gone gets none. */
  const waiting = new Map<string, () => void>();
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onClose(session) {
      waiting.delete(session.id);
    },
    onData(stream, session, cb) {
      const parsed = simpleParser(stream);
      // A sender killed while it was still sending leaves its message cut short: it is not
      // kept (accept reports it to nobody), and no error is left unhandled.
      parsed.catch(() => {});
      const accept = () =>
        parsed
          .then((mail) => {
            received.push(mail);
            cb();
          })
          .catch(cb);
      if (!state.holding) return void accept();
      state.held++;
      waiting.set(session.id, accept);
    },
  });
  // The killed process's connection ends abruptly: that is the point, not an error.
  server.on("error", () => {});
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    state,
    /** Accepts the messages held so far, and holds no more. */
    release: () => {
      state.holding = false;
      state.held = 0;
      for (const accept of waiting.values()) accept();
      waiting.clear();
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
    const ann = await addCandidate(database, dataDir, {
      email: "ann@example.com",
      digest,
      now: Date.now(),
    });
    return { url, database, ann };
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

  it("queues the others' digests when one account's settings are damaged, and names it", async () => {
    const url = await pg.newDatabase({ owner: "app" });
    const database = await PostgresDatabase.connect({ url });
    const now = Date.now();
    const due = { on: true, hour: 0 };
    // Two accounts whose settings were changed outside hearback, read before Ann's.
    const broken = await addCandidate(database, dataDir, {
      email: "bo@example.com",
      digest: due,
      now,
    });
    const lost = await addCandidate(database, dataDir, {
      email: "cy@example.com",
      digest: due,
      now,
    });
    const ann = await addCandidate(database, dataDir, {
      email: "ann@example.com",
      digest: due,
      now,
    });
    const name = new URL(url).pathname.slice(1);
    await pg.query(
      name,
      "UPDATE settings SET value = '{\"on\": tru' WHERE account = $1 AND key = 'digest'",
      [broken],
    );
    await pg.query(
      name,
      "UPDATE settings SET value = '\"Mars/Olympus\"' WHERE account = $1 AND key = 'timezone'",
      [lost],
    );
    errors.length = 0;
    const jobs = await jobsOn(url, database, { pollingIntervalSeconds: 60 });
    try {
      await jobs.queueDueDigests();
      const queued = await pg.query<{ account: number }>(
        name,
        "SELECT (data->>'account')::int AS account FROM hearback_jobs.job WHERE name = 'digest'",
      );
      expect(queued).toEqual([{ account: ann }]);
      expect(
        errors.some((e) =>
          e.startsWith(
            `queueing the digest of account ${broken}: its setting "digest" is not valid JSON`,
          ),
        ),
      ).toBe(true);
      expect(errors.some((e) => e.startsWith(`queueing the digest of account ${lost}:`))).toBe(
        true,
      );
      expect(errors.every((e) => !e.includes(`account ${ann}`))).toBe(true);
    } finally {
      await jobs.stop();
      await database.close();
      errors.length = 0;
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

  it("stops while a digest is still being sent, and nothing fails when the send ends", async () => {
    mail.received.length = 0;
    const { url, database } = await teamWithAnn();
    mail.state.holding = true;
    const jobs = await jobsOn(url, database);
    try {
      await until("the digest to be on its way", () => mail.state.held > 0);
      // Stopping waits a few seconds for the job, then leaves it to the job's expiry.
      await jobs.stop();
      mail.release();
      await until("the digest", () => mail.received.length > 0);
      // The job ends after its runner stopped: that must not be an unhandled failure.
      await pause(1000);
      expect(mail.received).toHaveLength(1);
    } finally {
      mail.release();
      await database.close();
    }
  });

  it("sends each digest once when the database was down: one cut off mid-send, one whose hour passed meanwhile", async () => {
    mail.received.length = 0;
    const url = await pg.newDatabase({ owner: "app" });
    const setup = await PostgresDatabase.connect({ url });
    // Tue 8 Dec 2026 in UTC: Ann's digest hour (8:00) has come as the server starts, Bea's
    // (9:00) comes while the database is down.
    let now = Date.UTC(2026, 11, 8, 8, 30);
    const ann = await addCandidate(setup, dataDir, {
      email: ANN.email,
      digest: { on: true, hour: 8 },
      now,
      passwordHash: await hashPassword(ANN.password),
    });
    const bea = await addCandidate(setup, dataDir, {
      email: "bea@example.com",
      digest: { on: true, hour: 9 },
      now,
    });
    await setup.close();
    const serverDir = mkdtempSync(join(tmpdir(), "hearback-jobs-outage-"));
    const told: string[] = [];
    mail.state.holding = true;
    const server = await startServer({
      dir: serverDir,
      port: 0,
      host: "127.0.0.1",
      fallbackZone: "UTC",
      clock: () => now,
      databaseUrl: url,
      team: true,
      env: env(),
      report: (m) => told.push(m),
    });
    let down = false;
    try {
      const api = `http://127.0.0.1:${server.port}/api`;
      const cookie = await signInCookie(api, ANN.email, ANN.password);
      const today = async () =>
        (
          await fetch(`${api}/today`, {
            headers: { "X-Hearback": "1", Cookie: cookie },
            signal: AbortSignal.timeout(10_000),
          })
        ).status;
      await until("Ann's digest to be on its way", () => mail.state.held > 0);
      expect(await today()).toBe(200);

      pg.down();
      down = true;
      // The mail server takes Ann's digest only now, and Bea's hour passes.
      mail.release();
      await until("Ann's digest", () => mail.received.length > 0);
      now = Date.UTC(2026, 11, 8, 9, 10);
      expect(await today()).toBe(503);
      // Longer than the job queue takes to poll, and to see the database gone.
      await pause(3000);
      pg.up();
      down = false;
      expect(await today()).toBe(200);

      await until("Bea's digest", () => mail.received.length > 1, 15_000);
      await until("the jobs to finish", async () =>
        (await digestJobs(url)).every((j) => j.state === "completed"),
      );
      await pause(2000);
      expect(mail.received.map((m) => (m.to as AddressObject).text).sort()).toEqual([
        ANN.email,
        "bea@example.com",
      ]);
      const check = await PostgresDatabase.connect({ url });
      try {
        for (const account of [ann, bea]) {
          expect((await check.store(account, dataDir).settings()).digestSent).toMatchObject({
            day: "2026-12-08",
            outcome: "sent",
          });
        }
      } finally {
        await check.close();
      }
      // Said once on stderr, and no bug in the error log.
      expect(told.filter((m) => m.includes("the jobs wait for it"))).toHaveLength(1);
      expect(existsSync(join(serverDir, "errors.log"))).toBe(false);
    } finally {
      if (down) pg.up();
      mail.release();
      await server.close();
      rmSync(serverDir, { recursive: true, force: true });
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
