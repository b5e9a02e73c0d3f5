/**
 * The web app end to end, in Debian's Chromium against the real `hearback serve`:
 * the follow-up flow, every page's accessibility (axe: no serious or critical
 * violations), and script payloads in every text field shown as text, never run.
 * Screenshots of each page go to test-artifacts/.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Signal } from "../../src/core/types.js";
import { SIGNAL_LABEL } from "../../web/src/labels.js";
import { describeWith, PROGRAMS } from "../system-programs.js";
import { REACT_DEVELOPMENT_MARK } from "../web-build.js";
import {
  type Browser,
  launch,
  type Server,
  screenshot,
  seriousViolations,
  startServer,
} from "./harness.js";

/** Each payload sets a flag and opens a dialog if it ever runs. */
const XSS = {
  company: `Acme <img src=x onerror="window.__xss='company';alert(1)">`,
  role: `PM <script>window.__xss='role';alert(2)</script>`,
  dana: `Dana <img src=x onerror="window.__xss='name';alert(3)">`,
  notes: `Went well </p><script>window.__xss='notes';alert(4)</script>`,
  topic: `pricing <svg onload="window.__xss='topic'">`,
  from: `Dana <b onmouseover="window.__xss='from'">Lee</b>`,
  reply: `<img src=x onerror="window.__xss='reply';alert(5)">`,
  name: `Ann <script>window.__xss='settings'</script>`,
};

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-11-25T14:00" for an instant, in UTC (the server runs with TZ=UTC). */
function wallUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}

/** A weekday about three weeks ahead: the decision date the reply will name. */
function newDecisionDate(now: number): Date {
  const d = new Date(now + 21 * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

async function expectNoScriptRan(page: Page, browser: Browser): Promise<void> {
  expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
  expect(browser.alerts).toEqual([]);
}

/** Follows a link of the main navigation. */
async function nav(name: string): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).click();
}

let server: Server;
let browser: Browser;
let page: Page;

// Everything below drives Chromium; without it the file is skipped, loudly.
describeWith(PROGRAMS.chromium, "hearback in a real browser", {}, () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launch()]);
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  describe("the web app in a browser", { timeout: 60_000 }, () => {
    it("is the production build, as `npm run build` makes it", async () => {
      const html = await (await fetch(server.url)).text();
      const src = html.match(/<script[^>]* src="(\/assets\/[^"]+\.js)"/)?.[1];
      expect(src).toMatch(/^\/assets\/index-[\w-]+\.js$/);
      const script = await (await fetch(new URL(src!, server.url))).text();
      // React's production bundle points to its error decoder instead of carrying warnings.
      expect(script).not.toContain(REACT_DEVELOPMENT_MARK);
      expect(script).toContain("react.dev/errors/");
    });

    it("offers the demo on first run", async () => {
      await page.goto(server.url);
      await expect
        .poll(() => page.getByRole("heading", { name: "Welcome to hearback" }).count())
        .toBe(1);
      await expect
        .poll(() => page.getByRole("button", { name: "Load a demo job search" }).count())
        .toBe(1);
      await expectAccessible(page);
      await screenshot(page, "first-run");
    });

    it("adds an application and logs an interview with two interviewers", async () => {
      await nav("Applications");
      await page.getByLabel("Company").fill(XSS.company);
      await page.getByLabel("Role").fill(XSS.role);
      await page.getByRole("button", { name: "Add application", exact: true }).click();
      await page.getByRole("heading", { level: 1 }).filter({ hasText: "Acme" }).waitFor();
      // The payloads are there as text.
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(XSS.company);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(XSS.role);

      await page.getByRole("link", { name: "Log an interview" }).last().click();
      await page.getByRole("heading", { name: "Log an interview" }).waitFor();
      const at = page.getByLabel("When it started");
      await at.fill(wallUtc(Date.now() - 3 * 3_600_000));
      await page.getByLabel("How long (minutes)").fill("4");
      // Validated as you type: four minutes is too short.
      await page.getByText("A whole number of minutes, from 5 to 600.").waitFor();
      await page.getByLabel("How long (minutes)").fill("45");
      expect(await page.getByText("A whole number of minutes, from 5 to 600.").count()).toBe(0);
      await page.getByLabel("Name 1").fill(XSS.dana);
      await page.getByLabel("Email 1").fill("dana@acme.example");
      await page.getByRole("button", { name: "Add another interviewer" }).click();
      await page.getByLabel("Name 2").fill("Sam Ortiz");
      await page.getByLabel("Email 2").fill("sam@acme");
      await page.getByText("Not an email address").waitFor();
      await page.getByLabel("Email 2").fill("sam@acme.example");
      await page.getByLabel("Topics (optional)").fill(XSS.topic);
      await page.getByLabel("Notes (optional)").fill(XSS.notes);
      await expectAccessible(page);
      await screenshot(page, "log-interview");
      await page.getByRole("button", { name: "Log interview" }).click();
      await page.getByRole("heading", { name: "Interviews" }).waitFor();
      await page.getByText(XSS.notes).first().waitFor();
      await expectNoScriptRan(page, browser);
    });

    it("shows one thank-you per interviewer on Today", async () => {
      await nav("Today");
      const thanks = page.locator("li.action").filter({ hasText: "Thank-you note" });
      await expect.poll(() => thanks.count()).toBe(2);
      expect(await thanks.filter({ hasText: XSS.dana }).count()).toBe(1);
      expect(await thanks.filter({ hasText: "Sam Ortiz" }).count()).toBe(1);
      await expectAccessible(page);
      await screenshot(page, "today");
    });

    it("opens a draft, downloads it as .eml and marks it sent", async () => {
      await page
        .getByRole("button", { name: /Open draft for Thank-you note to Sam Ortiz/ })
        .click();
      const dialog = page.getByRole("dialog");
      const message = dialog.getByLabel("Message");
      await expect.poll(() => message.inputValue()).toMatch(/Sam/);
      expect(await dialog.getByText("sam@acme.example").count()).toBe(1);
      const href = await dialog.getByRole("link", { name: "Open in mail" }).getAttribute("href");
      expect(href).toMatch(
        /^mailto:sam%40acme\.example\?subject=|^mailto:sam@acme\.example\?subject=/,
      );
      await expectAccessible(page);
      await screenshot(page, "draft");

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        dialog.getByRole("button", { name: "Download .eml" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/thank-you-sam-ortiz\.eml$/);

      await dialog.getByRole("button", { name: "Mark as sent" }).click();
      await page.getByRole("dialog").waitFor({ state: "detached" });
      const thanks = page.locator("li.action").filter({ hasText: "Thank-you note" });
      await expect.poll(() => thanks.count()).toBe(1);

      // A slip of the mouse is undone from the notice, and the thank-you is back.
      await page.locator(".toast").getByRole("button", { name: "Undo" }).click();
      await expect.poll(() => thanks.count()).toBe(2);
      await page
        .getByRole("button", { name: /Open draft for Thank-you note to Sam Ortiz/ })
        .click();
      await page.getByRole("dialog").getByRole("button", { name: "Mark as sent" }).click();
      await expect.poll(() => thanks.count()).toBe(1);
      expect(await thanks.textContent()).toContain(XSS.dana);
    });

    it("reads a pasted reply as you type and moves the next check-in to the date it names", async () => {
      await page.locator("li.action").first().getByRole("link").click();
      await page.getByRole("heading", { name: "Paste a reply" }).waitFor();
      const checkIn = page.locator("li.action").filter({ hasText: "Check in" });
      const before = await checkIn.textContent();

      const date = newDecisionDate(Date.now());
      const named = `${WEEKDAYS[date.getUTCDay()]}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
      const shown = `${WEEKDAYS[date.getUTCDay()]!.slice(0, 3)} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]!.slice(0, 3)}`;
      await page
        .getByLabel("Their reply")
        .fill(
          `Thanks for checking in! We're still interviewing and hope to decide by ${named}. ${XSS.reply}`,
        );
      await page.getByLabel("From").fill(XSS.from);
      // Nobody of that name is recorded: saying so is what lets the reply name them.
      await page.getByLabel("Someone new (not recorded yet)").check();
      const reading = page.getByTestId("reading");
      await expect.poll(() => reading.textContent()).toContain("Still deciding");
      expect(await reading.textContent()).toContain(shown);
      await expectAccessible(page);
      await screenshot(page, "application-reply");

      await page.getByRole("button", { name: "Save reply" }).click();
      // Saving plans the application again: under the whole suite's load that can take
      // longer than the poll's default second.
      await expect.poll(() => checkIn.textContent(), { timeout: 10_000 }).not.toBe(before);
      expect(await checkIn.textContent()).toContain(shown);
      await page.getByText(XSS.reply, { exact: false }).first().waitFor();
      await expectNoScriptRan(page, browser);
      await screenshot(page, "application");
    });

    it("shows applications as a board and as a sortable list", async () => {
      await nav("Applications");
      await page.getByRole("heading", { name: /Waiting to hear/ }).waitFor();
      await expectAccessible(page);
      await screenshot(page, "applications-board");
      await page.getByText("List", { exact: true }).click();
      await page.getByRole("button", { name: "Company" }).click();
      expect(await page.locator("th[aria-sort]").getAttribute("aria-sort")).toBe("ascending");
      await expectAccessible(page);
      await screenshot(page, "applications-list");
      await expectNoScriptRan(page, browser);
    });

    it("saves settings, refusing a policy number out of its range", async () => {
      await nav("Settings");
      await page.getByLabel("Your name").fill(XSS.name);
      await page.getByLabel(/Check in after their date/).fill("9");
      await page.getByText("From 2 to 5.").waitFor();
      await page.getByRole("button", { name: "Save settings" }).click();
      // The setting is named as the form names it, not by its key in the API.
      await page
        .getByRole("alert")
        .filter({ hasText: "Check in after their date (business days): must be from 2 to 5" })
        .waitFor();
      expect(await page.getByText("checkInAfterDecisionBusinessDays").count()).toBe(0);
      await page.getByLabel(/Check in after their date/).fill("4");
      await page.getByRole("button", { name: "Save settings" }).click();
      await page.getByText("Settings saved.").waitFor();
      await page.reload();
      await expect.poll(() => page.getByLabel("Your name").inputValue()).toBe(XSS.name);
      // The wait learned from replies is on by default; turned off, it stays off.
      const learn = page.getByLabel(/Learn the wait after an interview from your replies/);
      const saveSwitch = async (on: boolean) => {
        await learn.setChecked(on);
        const put = page.waitForResponse(
          (r) => r.url().endsWith("/api/settings") && r.request().method() === "PUT",
        );
        await page.getByRole("button", { name: "Save settings" }).click();
        expect((await put).ok()).toBe(true);
        await page.reload();
        await expect.poll(() => learn.isChecked()).toBe(on);
      };
      await expect.poll(() => learn.isChecked()).toBe(true);
      await saveSwitch(false);
      await saveSwitch(true);
      await page.getByRole("button", { name: "Show my calendar address" }).click();
      const address = await page.getByLabel(/Calendar address/).inputValue();
      expect(address).toMatch(/\/calendar\.ics\?token=/);
      const feed = await page.evaluate(async (u) => (await fetch(u)).text(), address);
      expect(feed).toMatch(/^BEGIN:VCALENDAR/);
      await expectAccessible(page);
      await screenshot(page, "settings");
      await expectNoScriptRan(page, browser);
    });

    it("never links a stored javascript: address", async () => {
      // The API refuses such a link for a new application, but a timeline file may carry
      // one (its url is free text), so it is stored through an import.
      const app = "initech-js-link";
      const imported = await page.evaluate(async (id) => {
        const line = {
          type: "application",
          app: id,
          company: "Initech",
          role: "Analyst",
          url: "javascript:window.__xss='url'",
        };
        const res = await fetch("/api/import", {
          method: "POST",
          headers: { "content-type": "application/json", "x-hearback": "1" },
          body: JSON.stringify({ text: JSON.stringify(line) }),
        });
        return res.status;
      }, app);
      expect(imported).toBe(200);
      await page.goto(`${server.url}/applications/${encodeURIComponent(app)}`);
      await page.getByRole("heading", { name: "Timeline" }).waitFor();
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      await expectNoScriptRan(page, browser);
    });

    it("adds a note to the timeline and takes it back", async () => {
      const note = `Called reception <img src=x onerror="window.__xss='note'">`;
      await page.getByLabel("Add a note").fill(note);
      await page.getByRole("button", { name: "Add note" }).click();
      const item = page.locator(".timeline li").filter({ hasText: note });
      await expect.poll(() => item.count()).toBe(1);
      await item.getByRole("button", { name: /Remove/ }).click();
      await expect.poll(() => item.count()).toBe(0);
      await expectNoScriptRan(page, browser);
    });

    it("works at phone width and in dark mode", async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme: "dark" });
      await nav("Today");
      await page.locator("li.action").first().waitFor();
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      // Dark styles in force: light text on a dark page and dark cards, not the light theme.
      const colours = await page.evaluate(() => {
        const style = (el: Element | null) => (el ? getComputedStyle(el) : null);
        const body = style(document.body);
        const card = style(document.querySelector("li.action"));
        return { page: body?.backgroundColor, text: body?.color, card: card?.backgroundColor };
      });
      expect(luminance(colours.page)).toBeLessThan(0.05);
      expect(luminance(colours.card)).toBeLessThan(0.1);
      expect(luminance(colours.text)).toBeGreaterThan(0.6);
      await expectAccessible(page);
      await screenshot(page, "today-phone-dark");
    });
  });

  describe("a reply the gauge can't tell, in a browser", { timeout: 60_000 }, () => {
    let own: Server;
    let view: Browser;
    const app = "umbra-design";
    // Neither a no nor a promise: the gauge names two readings rather than guess.
    const vague = "Got it, thanks. We'll see how things go on our side.";

    beforeAll(async () => {
      [own, view] = await Promise.all([startServer(), launch()]);
    }, 120_000);
    afterAll(async () => {
      await view?.close();
      await own?.stop();
    });

    /** A call to the JSON API from the page, as the web app makes it. */
    const call = (method: string, path: string, body?: unknown) =>
      view.page.evaluate(
        async ([m, p, b]) => {
          const res = await fetch(`/api${p}`, {
            method: m,
            headers: { "content-type": "application/json", "x-hearback": "1" },
            ...(b === undefined ? {} : { body: JSON.stringify(b) }),
          });
          return { status: res.status, text: await res.text() };
        },
        [method, path, body] as const,
      );

    it("names both readings, preselects neither, and stores the one chosen", async () => {
      const p = view.page;
      await p.goto(own.url);
      const line = { type: "application", app, company: "Umbra", role: "Product Designer" };
      expect((await call("POST", "/import", { text: JSON.stringify(line) })).status).toBe(200);
      // The two readings the gauge gives for the reply (the API the box itself asks).
      const gauged = await call("POST", "/gauge", { app, text: vague });
      const [first, second] = (JSON.parse(gauged.text) as { cantTell: [Signal, Signal] }).cantTell;

      await p.goto(`${own.url}/applications/${app}`);
      await p.getByRole("heading", { name: "Paste a reply" }).waitFor();
      await p.getByLabel("Their reply").fill(vague);
      const reading = p.getByTestId("reading");
      await expect.poll(() => reading.textContent()).toContain("Can't tell");
      expect(await reading.textContent()).toContain(SIGNAL_LABEL[first]);
      expect(await reading.textContent()).toContain(SIGNAL_LABEL[second]);
      const chips = p.getByRole("group", { name: /Signal/ }).getByRole("button");
      const pressed = () => chips.and(p.locator('[aria-pressed="true"]')).count();
      expect(await pressed()).toBe(0);
      await expectAccessible(p);
      await screenshot(p, "reply-cant-tell");

      await chips.filter({ hasText: SIGNAL_LABEL[second] }).click();
      expect(await pressed()).toBe(1);
      expect(
        await chips.filter({ hasText: SIGNAL_LABEL[second] }).getAttribute("aria-pressed"),
      ).toBe("true");
      await p.getByRole("button", { name: "Save reply" }).click();

      // The timeline labels the reply with the reading chosen, not the gauge's first.
      const item = p.locator(".timeline li").filter({ hasText: vague });
      await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
      expect(await item.locator(".badge").textContent()).toBe(SIGNAL_LABEL[second]);
      // And the stored reply carries it.
      const exported = await call("GET", "/export");
      const replies = exported.text
        .split("\n")
        .filter((l) => l.includes('"type":"reply"'))
        .map((l) => JSON.parse(l) as { text?: string; signal?: string });
      expect(replies.find((r) => r.text === vague)?.signal).toBe(second);
      expect(view.alerts).toEqual([]);
    });
  });

  describe("the demo job search, in a browser", { timeout: 60_000 }, () => {
    let demo: Server;
    let view: Browser;

    beforeAll(async () => {
      [demo, view] = await Promise.all([
        startServer({ TZ: "America/Denver" }),
        launch({ width: 1100, height: 760 }),
      ]);
    }, 120_000);
    afterAll(async () => {
      await view?.close();
      await demo?.stop();
    });

    it("loads from the first-run page and fills every page", async () => {
      const p = view.page;
      await p.goto(demo.url);
      await p.getByRole("button", { name: "Load a demo job search" }).click();
      await p.getByRole("heading", { name: /Overdue/ }).waitFor();
      await expect.poll(() => p.locator("li.action").count()).toBeGreaterThan(3);
      await expectAccessible(p);
      await screenshot(p, "demo-today");
      // The pictures of README.md and docs/web.md (docs/screenshots/ holds copies): the first screenful.
      await screenshot(p, "docs-today", { fullPage: false });

      await p
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Applications" })
        .click();
      await p.locator(".board .card").first().waitFor();
      await expectAccessible(p);
      await screenshot(p, "demo-applications");
      // The pictures of README.md and docs/web.md (docs/screenshots/ holds copies): the first screenful.
      await screenshot(p, "docs-applications", { fullPage: false });

      await p.locator(".board .card a").first().click();
      await p.getByRole("heading", { name: "Timeline" }).waitFor();
      await expectAccessible(p);
      await screenshot(p, "demo-application");
      // The pictures of README.md and docs/web.md (docs/screenshots/ holds copies): the first screenful.
      await screenshot(p, "docs-application", { fullPage: false });

      await p
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Settings" })
        .click();
      await p.getByRole("heading", { name: "Follow-up policy" }).waitFor();
      await expect.poll(() => p.getByLabel(/Send thank-yous within/).inputValue()).toBe("24");
      await expectAccessible(p);
      await screenshot(p, "demo-settings");
      // The pictures of README.md and docs/web.md (docs/screenshots/ holds copies): the first screenful.
      await screenshot(p, "docs-settings", { fullPage: false });
      expect(view.alerts).toEqual([]);
    });
  });
});

/**
 * The relative luminance (WCAG 2) of an opaque CSS rgb() colour: 0 is black, 1 is white.
 * A see-through colour is refused: it would read as black whatever is behind it.
 */
function luminance(css: string | undefined): number {
  const m = css?.match(/^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/);
  if (!m || (m[4] !== undefined && Number(m[4]) < 1))
    throw new Error(`not an opaque colour: ${css}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
