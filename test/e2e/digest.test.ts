/**
 * The daily digest from Settings, in Debian's Chromium against the real `hearback serve`
 * (the production build) and a real SMTP server on 127.0.0.1: Preview shows what
 * `hearback digest --dry-run` prints, Send now sends it once a day and says what happened,
 * and a digest turned on without a mail server is warned about.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { hearback } from "../cli.js";
import { startSmtp, type TestSmtp } from "../mail/smtp-server.js";
import { describeWith, PROGRAMS } from "../system-programs.js";
import { type Browser, launch, type Server, seriousViolations, startServer } from "./harness.js";

let smtp: TestSmtp;
let browser: Browser;
let server: Server | undefined;
let page: Page;

/** Sends a request to the JSON API from the page, as the app does. */
async function send(method: string, path: string, body: unknown): Promise<void> {
  const error = await page.evaluate(
    async ([m, p, b]) => {
      const res = await fetch(`/api${p}`, {
        method: m,
        headers: { "content-type": "application/json", "x-hearback": "1" },
        body: JSON.stringify(b),
      });
      return res.ok ? null : await res.text();
    },
    [method, path, body] as const,
  );
  expect(error).toBeNull();
}

/**
 * hearback serve with this SMTP setting (TZ=UTC, as the browser), your email set, on its
 * Settings page.
 */
async function serveWith(smtpUrl: string): Promise<void> {
  server = await startServer({ HEARBACK_SMTP_URL: smtpUrl });
  await page.goto(`${server.url}/settings`);
  await send("PUT", "/settings", { email: "ann@example.net", timezone: "UTC" });
  await page.reload();
  await page.getByRole("heading", { name: "Daily digest" }).waitFor();
}

const section = () => page.getByRole("region", { name: "Daily digest" });

/** An interview with Dana Lee that ended an hour ago: her thank-you is due. */
async function interviewEndedAnHourAgo(): Promise<void> {
  const lines = [
    { type: "application", app: "acme-pm", company: "Acme", role: "PM", timezone: "UTC" },
    {
      type: "interview",
      app: "acme-pm",
      at: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      durationMinutes: 60,
      interviewers: [{ name: "Dana Lee", email: "dana@acme.example" }],
    },
  ];
  await send("POST", "/import", {
    text: lines.map((l) => JSON.stringify(l)).join("\n"),
    name: "t.jsonl",
  });
}

/** What `hearback digest --dry-run` prints over the server's data folder. */
async function dryRun(): Promise<string> {
  const home = mkdtempSync(join(tmpdir(), "hearback-digest-home-"));
  try {
    const r = await hearback(["digest", "--dry-run", "--data-dir", server!.dataDir], {
      env: { HEARBACK_HOME: home, TZ: "UTC", HEARBACK_SMTP_URL: "" },
    });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.trimEnd();
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

describeWith(PROGRAMS.chromium, "the daily digest from Settings, in a real browser", {}, () => {
  beforeAll(async () => {
    [smtp, browser] = await Promise.all([
      startSmtp({ user: "ann", pass: "pw", refuse: [] }),
      launch(),
    ]);
    page = browser.page;
  }, 120_000);
  afterEach(async () => {
    await server?.stop();
    server = undefined;
    smtp.received.length = 0;
  });
  afterAll(async () => {
    await browser?.close();
    await smtp?.close();
  });

  describe("with a mail server", { timeout: 60_000 }, () => {
    it("says when nothing is due, and sends nothing", async () => {
      await serveWith(`smtp://ann:pw@127.0.0.1:${smtp.port}?tls=none`);
      await section().getByRole("button", { name: "Preview" }).click();
      const preview = section().getByRole("figure", { name: "The mail it would send now" });
      await expect
        .poll(() => preview.locator("pre").textContent())
        .toMatch(/Nothing would be sent/);
      await section().getByRole("button", { name: "Send now" }).click();
      await section()
        .getByRole("status")
        .getByText("Nothing is due today and nothing is overdue: no digest sent.")
        .waitFor();
      expect(smtp.received).toHaveLength(0);
    });

    it("previews exactly what hearback digest --dry-run prints, and Send now mails it once", async () => {
      await serveWith(`smtp://ann:pw@127.0.0.1:${smtp.port}?tls=none`);
      await interviewEndedAnHourAgo();
      await page.reload();
      await section().getByRole("button", { name: "Preview" }).click();
      const shown = section()
        .getByRole("figure", { name: "The mail it would send now" })
        .locator("pre");
      await expect.poll(() => shown.textContent()).toContain("Dana Lee");
      const preview = (await shown.textContent()) ?? "";
      expect(preview).toBe(await dryRun());
      expect(preview).toMatch(/^Subject: hearback: 1 due today \(/);
      expect(preview).toContain("Acme: send Dana Lee a thank-you");
      expect(smtp.received).toHaveLength(0);
      expect(await seriousViolations(page)).toEqual([]);

      await section().getByRole("button", { name: "Send now" }).click();
      await section()
        .getByRole("status")
        .getByText("Sent today's digest (1 to do) to ann@example.net.")
        .waitFor();
      expect(smtp.received).toHaveLength(1);
      const mail = smtp.received[0]!;
      expect(mail.to).toMatchObject({ text: "ann@example.net" });
      expect(`Subject: ${mail.subject}`).toBe(preview.split("\n")[0]);
      expect(mail.text).toContain("Acme: send Dana Lee a thank-you");

      // Once a day, as hearback digest: the second press sends nothing and says when it went.
      await section().getByRole("button", { name: "Send now" }).click();
      await section()
        .getByRole("status")
        .getByText(/^Today's digest was already sent \(.+, from the web app\); nothing sent\.$/)
        .waitFor();
      expect(smtp.received).toHaveLength(1);
    });
  });

  describe("with a mail server that refuses the password", { timeout: 60_000 }, () => {
    it("says it was not sent, and why", async () => {
      await serveWith(`smtp://ann:wrong@127.0.0.1:${smtp.port}?tls=none`);
      await interviewEndedAnHourAgo();
      await section().getByRole("button", { name: "Send now" }).click();
      const alert = section().getByRole("alert");
      await expect
        .poll(() => alert.textContent())
        .toMatch(/^Not sent: .*did not accept the user name and password/);
      expect(await alert.textContent()).not.toContain("wrong");
      expect(smtp.received).toHaveLength(0);
    });
  });

  describe("without a mail server", { timeout: 60_000 }, () => {
    it("warns while the digest is on, saying what to set up", async () => {
      await serveWith("");
      const warning = section().getByText(/^The daily digest is on, but it cannot be sent/);
      expect(await warning.count()).toBe(0);
      await section().getByLabel("Email me a daily digest").check();
      await warning.waitFor();
      const text = (await warning.textContent()) ?? "";
      expect(text).toContain("no mail server is set up");
      expect(text).toContain("HEARBACK_SMTP_URL");
      expect(text).toContain(join(server!.dataDir, "mail.json"));
      expect(text).toContain("Mail settings");
      expect(await seriousViolations(page)).toEqual([]);
      await section().getByLabel("Email me a daily digest").uncheck();
      expect(await warning.count()).toBe(0);
    });
  });
});
