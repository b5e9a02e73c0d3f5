/**
 * `hearback digest` and its settings as a user runs them: the built CLI against a real data
 * folder and a real SMTP server on 127.0.0.1.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACME_INTERVIEW } from "../../../test/calendar/acme-interview.js";
import { hearback } from "../../../test/cli.js";
import { startSmtp, type TestSmtp } from "../../../test/mail/smtp-server.js";

// The thank-you for Mon's interview (10:00 to 11:00 in Denver) is due by Tue 3 Nov, 11:00
// in Denver: 18:00 on the user's London clock.
const TUE_MORNING = "2026-11-03T08:30";

let dir: string;
let smtp: TestSmtp;
const hb = (args: readonly string[], extra: Record<string, string> = {}) =>
  hearback([...args, "--data-dir", join(dir, "data")], {
    env: {
      HEARBACK_HOME: join(dir, "home"),
      TZ: "UTC",
      HEARBACK_SMTP_URL: `smtp://ann:pw@127.0.0.1:${smtp.port}?tls=none`,
      ...extra,
    },
  });

beforeAll(async () => {
  smtp = await startSmtp({ user: "ann", pass: "pw", refuse: [] });
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "hearback-digest-cli-"));
  await writeFile(join(dir, "t.jsonl"), ACME_INTERVIEW.map((e) => JSON.stringify(e)).join("\n"));
  for (const args of [
    ["import", join(dir, "t.jsonl")],
    ["policy", "set", "timezone", "Europe/London"],
    ["policy", "set", "email", "ann@example.net"],
  ]) {
    const r = await hb(args);
    expect(r.status, r.stderr).toBe(0);
  }
  smtp.received.length = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("hearback digest", () => {
  it("prints the digest with --dry-run and sends nothing", async () => {
    const r = await hb(["digest", "--dry-run", "--now", TUE_MORNING]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Subject: hearback: 1 due today (Tue 3 Nov)");
    expect(r.stdout).toContain("by Tue 3 Nov, 18:00  Acme: send Dana Lee a thank-you");
    expect(smtp.received).toHaveLength(0);
  });

  it("sends it once a day: a second run says it was already sent", async () => {
    const first = await hb(["digest", "--now", TUE_MORNING]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("Sent today's digest (1 to do) to ann@example.net.");
    const again = await hb(["digest", "--now", "2026-11-03T12:00"]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain(
      "Today's digest was already sent (Tue 3 Nov, 8:30, by hearback digest); nothing sent.",
    );
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.subject).toBe("hearback: 1 due today (Tue 3 Nov)");
  });

  it("sends nothing when nothing is due, and says so", async () => {
    const withdrawn = await hb(["status", "acme", "withdrawn", "--now", "2026-11-02T20:00"]);
    expect(withdrawn.status, withdrawn.stderr).toBe(0);
    const r = await hb(["digest", "--now", TUE_MORNING]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Nothing is due today and nothing is overdue: no digest sent.");
    expect(smtp.received).toHaveLength(0);
  });

  it("says how to set up sending when there is no mail server", async () => {
    const r = await hb(["digest", "--now", TUE_MORNING], { HEARBACK_SMTP_URL: "" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("set HEARBACK_SMTP_URL");
  });
});

describe("the digest's settings", () => {
  it("are turned on, timed and addressed with hearback policy set, and shown", async () => {
    for (const args of [
      ["policy", "set", "digest", "on"],
      ["policy", "set", "digest-hour", "7pm"],
      ["policy", "set", "digest-to", "alerts@example.org"],
    ]) {
      const r = await hb(args);
      expect(r.status, r.stderr).toBe(0);
    }
    const shown = await hb(["policy"]);
    expect(shown.stdout).toContain("digest          on, daily from 19:00 to alerts@example.org");
  });

  it.each([
    [
      ["digest-hour", "25"],
      'digest-hour: write a whole hour on your clock, 0 to 23 (7, 07:00 or 7am), not "25"',
    ],
    [["digest", "yes"], 'digest: write on or off, not "yes"'],
    [["digest-to", "alerts.example.org"], "digest.to:"],
  ])("refuses %j, saying what to write", async (args, message) => {
    const r = await hb(["policy", "set", ...args]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(message);
  });
});
