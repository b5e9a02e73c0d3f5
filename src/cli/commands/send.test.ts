/**
 * `hearback send` as a user runs it: the built CLI against a real data folder and a real
 * SMTP server on 127.0.0.1, on a real terminal (a pty from util-linux `script`) where it asks.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hearback } from "../../../test/cli.js";
import { composeMessage } from "../../../test/mail/messages.js";
import { startDroppingSmtp, startSmtp, type TestSmtp } from "../../../test/mail/smtp-server.js";
import { describeWith, PROGRAMS } from "../../../test/system-programs.js";
import { onTerminal } from "../../../test/terminal.js";

const NOW = "2026-11-19T09:00:00-07:00"; /* Thu, the day after Dana's reply */

let dir: string;
let smtp: TestSmtp;
const env = () => ({
  HEARBACK_HOME: join(dir, "home"),
  TZ: "UTC",
  HEARBACK_SMTP_URL: `smtp://ann:smtp-secret@127.0.0.1:${smtp.port}?tls=none`,
});
const data = () => ["--data-dir", join(dir, "data")];
const hb = (args: readonly string[], extra: Record<string, string> = {}, input = "") =>
  hearback([...args, ...data()], { env: { ...env(), ...extra }, input });

async function sentEvents(): Promise<Record<string, unknown>[]> {
  const r = await hb(["export"]);
  return r.stdout
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((e) => e.type === "sent");
}

beforeAll(async () => {
  smtp = await startSmtp({ user: "ann", pass: "smtp-secret", refuse: [] });
});
afterAll(async () => {
  await smtp.close();
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "hearback-send-"));
  const timeline = [
    {
      type: "application",
      app: "acme-pm",
      company: "Acme",
      role: "Product Manager",
      timezone: "America/Denver",
      contacts: [{ name: "Dana Lee", email: "dana@acme.example" }],
    },
    {
      type: "interview",
      app: "acme-pm",
      at: "2026-11-02T10:00",
      interviewers: [{ name: "Dana Lee", email: "dana@acme.example" }],
    },
    { type: "sent", app: "acme-pm", at: "2026-11-02T16:30", kind: "thank-you", to: "Dana Lee" },
  ];
  await writeFile(join(dir, "t.jsonl"), timeline.map((e) => JSON.stringify(e)).join("\n"));
  for (const args of [
    ["import", join(dir, "t.jsonl")],
    ["policy", "set", "name", "Ann Candidate"],
    ["policy", "set", "email", "ann@example.net"],
  ]) {
    expect((await hb(args)).status).toBe(0);
  }
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("answering their mail", () => {
  it("threads under their message: its Message-ID as written, the whole chain, and Re: their subject", async () => {
    const theirs = await composeMessage({
      from: "Dana Lee <dana@acme.example>",
      subject: "Next steps",
      text: "Thanks Ann, we are still deciding and will write by December 1.",
      date: new Date("2026-11-18T18:02:00Z"),
      messageId: "<CAF3x9Q+Next.Steps@Mail.Acme.example>",
      inReplyTo: "<Ty.1@example.net>",
      references: ["<Intro.0@Acme.example>", "<Ty.1@example.net>"],
    });
    const imported = await hb(["inbox", "import", "-"], {}, theirs.toString("utf8"));
    expect(imported.status, imported.stderr).toBe(0);

    const r = await hb(["send", "acme", "--kind", "check-in", "--yes", "--now", NOW]);
    expect(r.status, r.stderr).toBe(0);
    const mail = smtp.received.at(-1);
    expect(mail?.subject).toBe("Re: Next steps");
    expect(mail?.inReplyTo).toBe("<CAF3x9Q+Next.Steps@Mail.Acme.example>");
    expect(mail?.references).toEqual([
      "<Intro.0@Acme.example>",
      "<Ty.1@example.net>",
      "<CAF3x9Q+Next.Steps@Mail.Acme.example>",
    ]);
    expect(await sentEvents()).toContainEqual(
      expect.objectContaining({ subject: "Re: Next steps", messageId: mail?.messageId }),
    );
  });
});

describe("when the server hangs up after the message went out", () => {
  it("says it may have been sent and logs it so, never that nothing was sent", async () => {
    const dropping = await startDroppingSmtp({ at: "end" });
    try {
      const url = `smtp://127.0.0.1:${dropping.port}?tls=none`;
      const r = await hb(["send", "acme", "--kind", "check-in", "--yes", "--now", NOW], {
        HEARBACK_SMTP_URL: url,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("It may have been sent.");
      expect(r.stderr).not.toMatch(/nothing was sent/i);
      const logged = (await sentEvents()).filter((e) => e.kind === "check-in");
      expect(logged).toEqual([
        expect.objectContaining({
          to: "Dana Lee",
          delivery: "unknown",
          messageId: expect.any(String),
        }),
      ]);
      expect(dropping.received).toContain(`Message-ID: ${logged[0]?.messageId}`);
      expect((await hb(["show", "acme"])).stdout).toContain(
        "sent check-in to Dana Lee by email (may have been sent: the server never confirmed it)",
      );
    } finally {
      await dropping.close();
    }
  });
});

describeWith(PROGRAMS.script, "asking on a terminal", {}, () => {
  const args = ["send", "acme", "--kind", "check-in", "--now", NOW];
  const run = (early: string, answers: readonly [RegExp, string][]) =>
    onTerminal([...args, ...data()], answers, { ...env(), NO_COLOR: "1" }, early);

  it("ignores a yes typed before the question, and a bare Enter sends nothing", async () => {
    const before = smtp.received.length;
    const r = await run("y\r", [[/Type send to go ahead/, "\r"]]);
    expect(smtp.received.length).toBe(before);
    expect(r.output).toContain("Not sent; nothing was logged.");
    expect(r.code).toBe(0);
    expect((await sentEvents()).filter((e) => e.kind === "check-in")).toEqual([]);
  }, 30_000);

  it("sends once the word send is typed at the question", async () => {
    const before = smtp.received.length;
    const r = await run("", [[/Type send to go ahead/, "send\r"]]);
    expect(r.output).toContain("Sent to Dana Lee <dana@acme.example>");
    expect(r.code).toBe(0);
    expect(smtp.received.length).toBe(before + 1);
    expect((await sentEvents()).filter((e) => e.kind === "check-in")).toHaveLength(1);
  }, 30_000);
});
