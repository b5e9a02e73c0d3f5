/**
 * Reminders in Debian's Chromium against the real `hearback serve` (the production build):
 * the daily digest's settings on the Settings page, and a browser notification when a
 * follow-up becomes due while the app is open (permission granted through Playwright's
 * context, asked only from the button).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeWith, PROGRAMS } from "../system-programs.js";
import { type Browser, launch, type Server, seriousViolations, startServer } from "./harness.js";

let server: Server;
let browser: Browser;

beforeEach(async () => {
  server = await startServer();
  browser = await launch();
});
afterEach(async () => {
  await browser?.close();
  await server?.stop();
});

/** What the page's notifications said, as the browser showed them. */
const SPY = () => {
  const shown: { title: string; body: string }[] = [];
  (window as unknown as { shown: typeof shown }).shown = shown;
  const Real = window.Notification;
  class Watched extends Real {
    constructor(title: string, options?: NotificationOptions) {
      super(title, options);
      this.addEventListener("show", () => shown.push({ title, body: options?.body ?? "" }));
    }
  }
  const w = window as unknown as { asked: number };
  w.asked = 0;
  Watched.requestPermission = (...args: Parameters<typeof Real.requestPermission>) => {
    w.asked++;
    return Real.requestPermission(...args);
  };
  window.Notification = Watched;
};

describeWith(PROGRAMS.chromium, "reminders in a real browser", {}, () => {
  describe("the daily digest's settings", () => {
    it("are saved from the Settings page; a wrong address is not", async () => {
      const { page } = browser;
      await page.goto(`${server.url}/settings`);
      const section = page.getByRole("region", { name: "Daily digest" });
      await section.getByLabel("Email me a daily digest").check();
      await section.getByLabel("From").selectOption("7");
      await section.getByLabel("To").fill("alerts.example.org");
      await page.getByRole("button", { name: "Save settings" }).click();
      // The server's words beside the field, as in every form of the app (not the browser's
      // own bubble, which would stop the form before the server is asked); nothing is saved.
      const to = section.getByLabel("To");
      await expect.poll(() => to.getAttribute("aria-invalid")).toBe("true");
      const describedBy = (await to.getAttribute("aria-describedby")) ?? "";
      const errorId = describedBy.split(" ").find((i) => i.endsWith("-error"));
      expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe(
        'The digest\'s address: not an email address: "alerts.example.org" (write it like name@example.com)',
      );
      await page
        .getByRole("alert")
        .filter({ hasText: "Please check the fields marked above." })
        .waitFor();
      const before = await page.evaluate(
        async () => (await (await fetch("/api/settings")).json()).digest,
      );
      expect(before).toEqual({ on: false, hour: 8, to: null });

      await section.getByLabel("To").fill("alerts@example.org");
      await page.getByRole("button", { name: "Save settings" }).click();
      await page.getByText("Settings saved.").first().waitFor({ timeout: 10_000 });
      const saved = await page.evaluate(
        async () => (await (await fetch("/api/settings")).json()).digest,
      );
      expect(saved).toEqual({ on: true, hour: 7, to: "alerts@example.org" });

      await page.reload();
      await page.getByRole("heading", { name: "Daily digest" }).waitFor();
      await expect.poll(() => section.getByLabel("Email me a daily digest").isChecked()).toBe(true);
      await expect.poll(() => section.getByLabel("From").inputValue()).toBe("7");
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  describe("browser notifications", () => {
    it("are asked for only from the button, never on load", async () => {
      const { page, context } = browser;
      await context.grantPermissions(["notifications"], { origin: server.url });
      await page.addInitScript(SPY);
      await page.goto(`${server.url}/settings`);
      const button = page.getByRole("button", { name: "Turn on notifications" });
      await button.waitFor();
      await page.goto(`${server.url}/`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(0);
      await page.goto(`${server.url}/settings`);
      await button.click();
      await page.getByText("On: while hearback is open").waitFor();
      expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(1);
    });

    it("tell when a follow-up becomes due while the app is open", async () => {
      const { page, context } = browser;
      await context.grantPermissions(["notifications"], { origin: server.url });
      await page.addInitScript(SPY);
      await page.clock.install();
      await page.goto(`${server.url}/settings`);
      await page.getByRole("button", { name: "Turn on notifications" }).click();
      await page.getByText("On: while hearback is open").waitFor();

      // Beta's interview ended an hour ago: its thank-you was due before the app was opened
      // (it is on the Today page). Acme's ends in four seconds: its thank-you becomes due then.
      await page.evaluate(async () => {
        const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
        const lines = [
          { type: "application", app: "beta-pm", company: "Beta", role: "PM", timezone: "UTC" },
          {
            type: "interview",
            app: "beta-pm",
            at: ago(120),
            durationMinutes: 60,
            interviewers: [{ name: "Sam Ortiz" }],
          },
          { type: "application", app: "acme-pm", company: "Acme", role: "PM", timezone: "UTC" },
          {
            type: "interview",
            app: "acme-pm",
            at: ago(60 - 4 / 60),
            durationMinutes: 60,
            interviewers: [{ name: "Dana Lee" }],
          },
        ];
        const res = await fetch("/api/import", {
          method: "POST",
          headers: { "content-type": "application/json", "x-hearback": "1" },
          body: JSON.stringify({
            text: lines.map((l) => JSON.stringify(l)).join("\n"),
            name: "t.jsonl",
          }),
        });
        if (!res.ok) throw new Error(await res.text());
      });
      const shown = () => page.evaluate(() => (window as unknown as { shown: unknown[] }).shown);
      // The app looks once a minute: a minute on the page's clock, after the interview ended.
      await page.waitForTimeout(5000);
      await page.clock.fastForward("01:01");
      await expect.poll(shown).toEqual([
        {
          title: "Acme: send Dana Lee a thank-you",
          body: expect.stringMatching(/^Due by .+\. Dana Lee interviewed you/),
        },
      ]);
      // Told once: the next look says nothing new.
      await page.clock.fastForward("01:01");
      await page.waitForTimeout(1000);
      expect(await shown()).toHaveLength(1);
    });
  });
});
