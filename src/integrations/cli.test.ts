/**
 * The integration commands as a user runs them: the built CLI against a real data folder,
 * a real SMTP server and real mail files.
 */

import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hearback } from "../../test/cli.js";
import { appendMail, startDovecot, type TestImap } from "../../test/mail/dovecot.js";
import { composeMessage, toMbox } from "../../test/mail/messages.js";
import { startSmtp, type TestSmtp } from "../../test/mail/smtp-server.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";

const TIMELINE = [
  {
    type: "application",
    app: "acme-pm",
    company: "Acme",
    role: "Product Manager",
    timezone: "America/Denver",
    contacts: [{ name: "Dana Lee", email: "dana@acme.example", role: "hiring-manager" }],
  },
  {
    type: "interview",
    app: "acme-pm",
    at: "2026-11-02T10:00" /* Mon */,
    interviewers: [{ name: "Dana Lee", email: "dana@acme.example" }],
    topics: ["pricing roadmap"],
  },
  {
    type: "application",
    app: "globex-analyst",
    company: "Globex",
    role: "Analyst",
    timezone: "Europe/London",
  },
]
  .map((e) => JSON.stringify(e))
  .join("\n");

const NOW = "2026-11-02T15:00:00-07:00"; /* Mon, after the interview */

let dir: string;
let env: Record<string, string>;
const hb = (args: readonly string[], extraEnv: Record<string, string> = {}) =>
  hearback([...args, "--data-dir", join(dir, "data")], { env: { ...env, ...extraEnv } });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "hearback-int-"));
  env = { HEARBACK_HOME: join(dir, "home"), TZ: "UTC" };
  await writeFile(join(dir, "t.jsonl"), TIMELINE);
  expect((await hb(["import", join(dir, "t.jsonl")])).status).toBe(0);
  expect((await hb(["policy", "set", "name", "Ann Candidate"])).status).toBe(0);
  expect((await hb(["policy", "set", "email", "ann@example.net"])).status).toBe(0);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function timeline(): Promise<Record<string, unknown>[]> {
  const r = await hb(["export"]);
  return r.stdout
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe("hearback calendar", () => {
  it("writes an .ics file whose next version updates the interview and cancels the thank-you once sent", async () => {
    const file = join(dir, "cal.ics");
    const r = await hb(["calendar", "--out", file, "--now", NOW]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Wrote 3 events to /);
    const events = () =>
      readFile(file, "utf8").then((text) =>
        new ICAL.Component(ICAL.parse(text))
          .getAllSubcomponents("vevent")
          .map((v) => new ICAL.Event(v))
          .map((e) => ({
            uid: e.uid,
            summary: e.summary,
            sequence: e.sequence,
            status: e.component.getFirstPropertyValue("status"),
          })),
      );
    const before = await events();
    expect(before.map((e) => e.summary).sort()).toEqual([
      "Check in with Dana Lee (Acme)",
      "Interview: Acme, Product Manager",
      "Thank Dana Lee (Acme)",
    ]);

    expect(
      (
        await hb([
          "sent",
          "acme-pm",
          "--kind",
          "thank-you",
          "--to",
          "Dana Lee",
          "--at",
          "2026-11-02T16:30-07:00",
        ])
      ).status,
    ).toBe(0);
    expect(
      (await hb(["calendar", "--out", file, "--now", "2026-11-02T17:00:00-07:00"])).status,
    ).toBe(0);
    const after = await events();
    const interviewBefore = before.find((e) => e.summary.startsWith("Interview"));
    const interviewAfter = after.find((e) => e.uid === interviewBefore?.uid);
    expect(interviewAfter?.sequence).toBeGreaterThan(interviewBefore?.sequence ?? 0);
    const thanks = before.find((e) => e.summary.startsWith("Thank"));
    const cancelled = after.find((e) => e.uid === thanks?.uid);
    expect(cancelled?.status).toBe("CANCELLED");
    expect(cancelled?.sequence).toBeGreaterThan(thanks?.sequence ?? 0);
    expect(after.filter((e) => e.status === null).map((e) => e.summary)).not.toContain(
      "Thank Dana Lee (Acme)",
    );
  });

  it("prints a feed address whose token stays the same until a new one is asked for", async () => {
    const first = await hb(["calendar", "--feed-url"]);
    const again = await hb(["calendar", "--feed-url"]);
    const rotated = await hb(["calendar", "--feed-url", "--new-token"]);
    const url = (r: { stdout: string }) => r.stdout.split("\n")[0];
    expect(url(first)).toMatch(/^http:\/\/127\.0\.0\.1:4100\/calendar\.ics\?token=[\w-]{32}$/);
    expect(url(again)).toBe(url(first));
    expect(url(rotated)).not.toBe(url(first));
  });
});

describe("hearback send, through a real SMTP server", () => {
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp({ user: "ann", pass: "smtp-secret", refuse: ["dana@acme.example"] });
  });
  afterAll(async () => {
    await smtp.close();
  });
  const smtpEnv = () => ({
    HEARBACK_SMTP_URL: `smtp://ann:smtp-secret@127.0.0.1:${smtp.port}?tls=none`,
  });

  it("asks first, and without a terminal sends nothing unless told --yes", async () => {
    const before = smtp.received.length;
    const r = await hb(["send", "acme", "--kind", "thank-you", "--now", NOW], smtpEnv());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Subject:");
    expect(r.stderr).toContain("add --yes to send it");
    expect(smtp.received.length).toBe(before);
    expect((await timeline()).filter((e) => e.type === "sent")).toEqual([]);
  });

  it("sends the draft it showed and logs it, with the Message-ID replies will quote", async () => {
    // This server refuses dana@acme.example; give Dana another address the server takes.
    await writeFile(
      join(dir, "more.jsonl"),
      `${JSON.stringify({ type: "application", app: "hooli-pm", company: "Hooli", role: "PM", timezone: "America/Denver", contacts: [{ name: "Gavin B", email: "gavin@hooli.example" }] })}\n${JSON.stringify({ type: "interview", app: "hooli-pm", at: "2026-11-02T10:00", interviewers: [{ name: "Gavin B", email: "gavin@hooli.example" }] })}\n`,
    );
    expect((await hb(["import", join(dir, "more.jsonl")])).status).toBe(0);
    const r = await hb(["send", "hooli", "--kind", "thank-you", "--yes", "--now", NOW], smtpEnv());
    expect(r.stderr).toContain("To:      Gavin B <gavin@hooli.example>");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Sent to Gavin B <gavin@hooli.example> and logged as a thank-you.");
    const mail = smtp.received.at(-1);
    expect(mail?.from?.text).toBe('"Ann Candidate" <ann@example.net>');
    const sent = (await timeline()).filter((e) => e.type === "sent");
    expect(sent).toEqual([
      expect.objectContaining({
        app: "hooli-pm",
        kind: "thank-you",
        to: "Gavin B",
        channel: "email",
        messageId: mail?.messageId,
      }),
    ]);
    expect(r.stderr).not.toContain("smtp-secret");
    // The password lives outside the store: not in the export, nor in the log.
    expect((await hb(["export"])).stdout).not.toContain("smtp-secret");
  });

  it("logs nothing when the server refuses the recipient, and says why", async () => {
    const r = await hb(["send", "acme", "--kind", "thank-you", "--yes", "--now", NOW], smtpEnv());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("refused the recipient Dana Lee <dana@acme.example>");
    expect(r.stderr).toContain("Nothing was sent, and nothing was logged.");
    expect((await timeline()).filter((e) => e.type === "sent")).toEqual([]);
  });

  it("says how to set up sending when no server is configured", async () => {
    const r = await hb(["send", "acme", "--kind", "thank-you", "--yes", "--now", NOW]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("sending is not set up: set HEARBACK_SMTP_URL");
  });
});

describe("hearback inbox import", () => {
  it("reads one message piped on stdin", async () => {
    const reply = await composeMessage({
      from: "dana@acme.example",
      subject: "Re: Thank you",
      text: "We'd like to invite you to a final round next week.",
      date: new Date("2026-11-18T18:02:00Z") /* Wed */,
      messageId: "<pipe@acme.example>",
    });
    const r = await hearback(["inbox", "import", "-", "--data-dir", join(dir, "data")], {
      env,
      input: reply.toString("utf8"),
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Logged 1 reply:");
    expect((await timeline()).filter((e) => e.type === "reply")).toEqual([
      expect.objectContaining({ app: "acme-pm", messageId: "<pipe@acme.example>" }),
    ]);
  });

  it("logs a matched reply once and lists the message it could not match", async () => {
    const reply = await composeMessage({
      from: "Dana Lee <dana@acme.example>",
      subject: "Re: Thank you",
      text: "Thanks Ann! We hope to decide by December 1.\n\nOn Mon, Ann wrote:\n> Thank you for your time",
      date: new Date("2026-11-18T18:02:00Z") /* Wed */,
      messageId: "<r1@acme.example>",
    });
    const stranger = await composeMessage({
      from: "news@example.org",
      subject: "Weekly jobs digest",
      text: "Hi",
      date: new Date("2026-11-18T19:00:00Z"),
    });
    await writeFile(join(dir, "reply.eml"), reply);
    await writeFile(join(dir, "digest.eml"), stranger);
    const r = await hb(["inbox", "import", dir, "--now", "2026-11-25T12:00"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Logged 1 reply:");
    // Shown in the user's zone (UTC here, as the settings name none).
    expect(r.stdout).toMatch(/acme-pm {2}Dana Lee, Wed 18 Nov, 18:02: reads as \w+/);
    expect(r.stdout).toContain('news@example.org: "Weekly jobs digest"');
    const again = await hb(["inbox", "import", dir, "--now", "2026-11-25T12:00"]);
    expect(again.stdout).toContain("No new replies to log.");
    expect(again.stdout).toContain("1 already logged");
    const replies = (await timeline()).filter((e) => e.type === "reply");
    expect(replies).toEqual([
      expect.objectContaining({
        app: "acme-pm",
        from: "Dana Lee",
        text: "Thanks Ann! We hope to decide by December 1.",
        messageId: "<r1@acme.example>",
      }),
    ]);
  });
  it("refuses an mbox whose message has a header too large to read, naming it, and logs none of it", async () => {
    const reply = await composeMessage({
      from: "dana@acme.example",
      subject: "Re: Thank you",
      text: "We'd like to invite you to a final round.",
      date: new Date("2026-11-18T18:02:00Z"),
    });
    // 20,000 short header lines: 200 KB, over mailparser's 1 MB as it counts each line as
    // at least 64 bytes.
    const trace = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`X-Hop-${i}`, "y"]));
    const huge = await composeMessage({
      from: "dana@acme.example",
      subject: "Re: Thank you",
      text: "Again",
      date: new Date("2026-11-18T19:00:00Z"),
      headers: trace,
    });
    await writeFile(join(dir, "jobs.mbox"), toMbox([reply, huge]));
    const r = await hb(["inbox", "import", join(dir, "jobs.mbox"), "--now", "2026-11-25T12:00"]);
    expect(r.stderr.trim()).toBe(
      "hearback: jobs.mbox#2: this message cannot be read: its header is too large (more than 1 MB, or more than 16,000 lines)",
    );
    expect(r.status).toBe(2);
    expect((await timeline()).filter((e) => e.type === "reply")).toEqual([]);
  });

  it("shows at most 80 characters of a long subject, then an ellipsis", async () => {
    const words = "Your application to our long-running quarterly talent pipeline newsletter ";
    const digest = await composeMessage({
      from: "news@example.org",
      subject: words.repeat(1_000),
      text: "Hi",
      date: new Date("2026-11-18T19:00:00Z"),
    });
    await writeFile(join(dir, "digest.eml"), digest);
    const r = await hb(["inbox", "import", join(dir, "digest.eml"), "--now", "2026-11-25T12:00"]);
    expect(r.status, r.stderr).toBe(0);
    const line = r.stdout.split("\n").find((l) => l.includes("news@example.org"));
    expect(line).toBe(
      `  news@example.org: "${(words + words).slice(0, 80)}…", Wed 18 Nov, 19:00 (digest.eml)`,
    );
  });
});

describe("hearback import --from and export --format csv", () => {
  it("imports a Huntr export once, and exports one row per application", async () => {
    const csv = [
      "id,createdAt,title,listName,companyName",
      "h1,2026-10-01T15:00:00.000Z,Designer,Applied,Initech",
      "h2,2026-10-02T15:00:00.000Z,Engineer,Rejected,Umbrella",
    ].join("\n");
    await writeFile(join(dir, "huntr.csv"), csv);
    const first = await hb(["import", "--from", "huntr", join(dir, "huntr.csv")]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("Imported 2 applications");
    const again = await hb(["import", "--from", "huntr", join(dir, "huntr.csv")]);
    expect(again.stdout).toContain("2 rows imported before, unchanged.");
    const exported = await hb(["export", "--format", "csv"]);
    const rows = exported.stdout.trim().split("\r\n");
    expect(rows[0]).toBe(
      "app,company,role,applied,status,interviews,last interview,messages sent,last sent,replies,last reply,contacts,timezone,url",
    );
    expect(rows.slice(1).map((r) => r.split(",").slice(0, 5).join(","))).toEqual([
      "acme-pm,Acme,Product Manager,,open",
      "globex-analyst,Globex,Analyst,,open",
      "initech-designer,Initech,Designer,2026-10-01T15:00:00+00:00,open",
      "umbrella-engineer,Umbrella,Engineer,2026-10-02T15:00:00+00:00,rejected",
    ]);
  });

  it("imports a later JobSync export over an earlier one: the new job added, none doubled, drafts saved", async () => {
    const fixtures = join(import.meta.dirname, "fixtures");
    const first = await hb(["import", "--from", "jobsync", join(fixtures, "jobsync-export.csv")]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(
      "Imported 184 applications and 21 saved jobs (not applied to yet)",
    );
    expect(first.stdout).toContain("Columns not kept: index.");
    const later = await hb([
      "import",
      "--from",
      "jobsync",
      join(fixtures, "jobsync-export-later.csv"),
    ]);
    expect(later.status, later.stderr).toBe(0);
    expect(later.stdout).toContain("Imported 1 application from");
    expect(later.stdout).toContain("Updated 2 applications that changed since the last import");
    expect(later.stdout).toContain("203 rows imported before, unchanged.");
    const added = (await timeline()).filter((e) => e.type === "application");
    expect(added).toHaveLength(2 + 206);
    expect(added.filter((e) => e.company === "Company 206")).toHaveLength(1);
    expect(added.filter((e) => e.company === "Company 001")).toHaveLength(1);
    const report = await hb([
      "report",
      "--format",
      "csv",
      "--from",
      "2026-03-01",
      "--to",
      "2026-12-31",
    ]);
    expect(report.stdout).not.toMatch(/Company 004,[^\n]*,Applied/);
    expect(report.stdout).toMatch(/Company 005,[^\n]*,Applied/);
    const draft = await hb(["show", "company-004"]);
    expect(draft.stdout).toContain("stage: saved");
    expect(draft.stdout).toContain("saved, not applied to yet: Product Manager at Company 004");
  });

  it("stores nothing from a file with a bad row, and names the row and column", async () => {
    await writeFile(
      join(dir, "bad.csv"),
      "Company,JobTitle,appliedDate\nInitech,Designer,2026-10-01\n,Engineer,soon\n",
    );
    const r = await hb(["import", "--from", "jobsync", join(dir, "bad.csv")]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      `${join(dir, "bad.csv")}:3: Company: empty; every application needs a company`,
      `${join(dir, "bad.csv")}:3: appliedDate: not a date: "soon" (use 2026-11-13, 11/13/2026, 11/13/2026 15:30 or Nov 13, 2026)`,
    ]);
    expect((await timeline()).filter((e) => e.type === "application")).toHaveLength(2);
  });
});

describe("hearback report and hearback contacts", () => {
  it.each([
    ["html", "<!doctype html>"],
    ["csv", "date,time,zone,company,position,activity,contact,channel,detail,application"],
    ["pdf", "%PDF-"],
  ])("writes the record of a period as %s", async (format, start) => {
    const file = join(dir, `record.${format}`);
    const r = await hb([
      "report",
      "--from",
      "2026-11-01",
      "--to",
      "2026-11-30",
      "--format",
      format,
      "--out",
      file,
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(`Wrote 1 activity of 1 application to ${file}.\n`);
    expect((await readFile(file)).subarray(0, start.length).toString()).toBe(start);
  });

  it("names a bad period option", async () => {
    const r = await hb(["report", "--from", "November"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--from: not a date: "November" (write it like 2026-11-01)');
  });

  it("exports everyone as vCards", async () => {
    const r = await hb(["contacts", "--format", "vcf"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(1);
    expect(r.stdout).toContain("FN:Dana Lee\r\n");
    expect(r.stdout).toContain("EMAIL;TYPE=INTERNET,WORK:dana@acme.example\r\n");
  });
});

describeWith(PROGRAMS.dovecot, "hearback inbox sync, from a real IMAP server", {}, () => {
  let imap: TestImap;
  beforeAll(async () => {
    imap = await startDovecot();
    const when = new Date("2026-11-18T18:02:00Z"); /* Wed */
    const raw = await composeMessage({
      from: "Dana Lee <dana@acme.example>",
      subject: "Re: Thank you",
      text: "We have decided to move forward with other candidates.",
      date: when,
      messageId: "<no@acme.example>",
    });
    await appendMail(imap, "INBOX", [{ raw, date: when }]);
  });
  afterAll(async () => {
    await imap?.stop();
  });

  it("logs the new reply once, and a second sync finds nothing new", async () => {
    const imapEnv = {
      HEARBACK_IMAP_URL: `imap://${imap.user}:${imap.pass}@127.0.0.1:${imap.port}?tls=none`,
    };
    const first = await hb(
      ["inbox", "sync", "--since", "2026-11-01", "--now", "2026-11-25T12:00"],
      imapEnv,
    );
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Logged 1 reply:\n {2}acme-pm {2}Dana Lee, .*reads as rejection/);
    expect(first.stderr).not.toContain(imap.pass);
    const second = await hb(["inbox", "sync", "--now", "2026-11-25T12:05"], imapEnv);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe("No new replies to log.\n");
    expect((await timeline()).filter((e) => e.type === "reply")).toHaveLength(1);
  });
});
