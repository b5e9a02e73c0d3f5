/**
 * The server's daily digest, with a real server (startServer), a real SQLite data folder, a
 * real SMTP server on 127.0.0.1 and a clock the test moves.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACME_INTERVIEW } from "../../test/calendar/acme-interview.js";
import { startSmtp, type TestSmtp } from "../../test/mail/smtp-server.js";
import { DIGEST_KEY } from "../ops/digest.js";
import { openStore } from "../store/index.js";
import { type RunningServer, startServer } from "./serve.js";

// The user is in London and asked for the digest at 8:00. Mon's interview in Denver leaves
// a thank-you due on Tue 3 Nov (by 18:00 London time).
const TUE_0700 = Date.parse("2026-11-03T07:00:00Z");
const TUE_0805 = Date.parse("2026-11-03T08:05:00Z");
const TUE_1500 = Date.parse("2026-11-03T15:00:00Z");
const WED_0801 = Date.parse("2026-11-04T08:01:00Z");

let dir: string;
let root: string;
let smtp: TestSmtp;
let now: number;
const reports: string[] = [];
const running: RunningServer[] = [];

beforeAll(async () => {
  smtp = await startSmtp({ user: "ann", pass: "pw", refuse: [] });
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "hearback-digest-serve-"));
  root = join(dir, "pkg");
  mkdirSync(join(root, "dist/web"), { recursive: true });
  writeFileSync(join(root, "package.json"), '{"name":"hearback","version":"9.9.9"}');
  writeFileSync(join(root, "dist/web/index.html"), "<!doctype html><title>hearback test</title>");
  const store = await openStore({ dir: join(dir, "data") });
  await store.append(ACME_INTERVIEW, { recordedAt: TUE_0700, source: "test" });
  await store.updateSettings({
    timezone: "Europe/London",
    email: "ann@example.net",
    [DIGEST_KEY]: { on: true, hour: 8 },
  });
  await store.close();
  smtp.received.length = 0;
  reports.length = 0;
});
afterEach(async () => {
  for (const s of running.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

async function serve(smtpPass = "pw"): Promise<RunningServer> {
  const s = await startServer({
    dir: join(dir, "data"),
    port: 0,
    host: "127.0.0.1",
    fallbackZone: "UTC",
    clock: () => now,
    root,
    env: { HEARBACK_SMTP_URL: `smtp://ann:${smtpPass}@127.0.0.1:${smtp.port}?tls=none` },
    digestCheckMs: 25,
    report: (m) => reports.push(m),
  });
  running.push(s);
  return s;
}

/** Lets the server look a good few times. */
const looks = () => new Promise((resolve) => setTimeout(resolve, 400));

async function stop(s: RunningServer): Promise<void> {
  running.splice(running.indexOf(s), 1);
  await s.close();
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 25) {
    if (waited > 20_000) throw new Error("timed out waiting for the digest");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("the server's daily digest", () => {
  it("sends it when the chosen hour comes, once, and not again after a restart that day", async () => {
    now = TUE_0700;
    const first = await serve();
    await looks();
    expect(smtp.received).toHaveLength(0);

    now = TUE_0805;
    // The mail arrives a moment before the server hears that it did, and says so.
    await until(() => reports.length > 0);
    expect(smtp.received[0]?.subject).toBe("hearback: 1 due today (Tue 3 Nov)");
    expect(reports).toContain("sent today's digest (1 to do) to ann@example.net");
    await looks();
    expect(smtp.received).toHaveLength(1);

    await stop(first);
    now = TUE_1500;
    await serve();
    await looks();
    expect(smtp.received).toHaveLength(1);

    now = WED_0801;
    await until(() => smtp.received.length > 1);
    expect(smtp.received[1]?.subject).toBe("hearback: 1 overdue (Wed 4 Nov)");
  });

  it("catches up once when it was down at the hour", async () => {
    now = TUE_1500;
    await serve();
    await until(() => smtp.received.length > 0);
    await looks();
    expect(smtp.received).toHaveLength(1);
  });

  it("says why when the mail server refuses, and waits before trying again", async () => {
    now = TUE_0805;
    await serve("wrong");
    await until(() => reports.length > 0);
    await looks();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain("the daily digest was not sent:");
    expect(reports[0]).toContain("did not accept the user name and password");
    expect(reports[0]).not.toContain("wrong");
    expect(smtp.received).toHaveLength(0);
  });
});
