/**
 * The forms of an application, in Chromium against the real `hearback serve`: the server's
 * refusals beside their fields, an interview's panel and topics corrected (and undone), the
 * notice after a change kept off every field, and the page short on a phone.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeWith, PROGRAMS } from "../system-programs.js";
import { type Browser, launch, type Server, seriousViolations, startServer } from "./harness.js";

let server: Server;
let browser: Browser;
let page: Page;

/** Sends a request to the JSON API from the page, as the app does; returns the status. */
async function post(path: string, body: unknown): Promise<number> {
  return page.evaluate(
    async ([p, b]) => {
      const res = await fetch(`/api${p}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-hearback": "1" },
        body: JSON.stringify(b),
      });
      return res.status;
    },
    [path, body] as const,
  );
}

/** The text shown beside a field, found through the field's own description. */
async function errorBeside(field: ReturnType<Page["getByLabel"]>): Promise<string | null> {
  await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
  const ids = (await field.getAttribute("aria-describedby")) ?? "";
  const errorId = ids.split(" ").find((i) => i.endsWith("-error"));
  return errorId ? page.locator(`[id="${errorId}"]`).textContent() : null;
}

const interviews = () => page.locator("li.interview");

/** Three hours ago on the clock the form reads (the server and browser run in UTC). */
const threeHoursAgo = () => new Date(Date.now() - 3 * 3_600_000).toISOString().slice(0, 16);

describeWith(PROGRAMS.chromium, "an application's forms in a real browser", {}, () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launch()]);
    page = browser.page;
    await page.goto(`${server.url}/applications`);
    expect(
      await post("/applications", {
        company: "Acme",
        role: "Product Manager",
        at: "2026-11-20T09:00",
        contacts: [
          { name: "Dana Lee", role: "recruiter" },
          { name: "Dana Smith", role: "hiring-manager" },
        ],
      }),
    ).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  describe("logging an interview", { timeout: 60_000 }, () => {
    it("shows what the server refuses beside the interviewer it is about, in the form's words", async () => {
      await page.goto(`${server.url}/log?app=acme-pm`);
      await page.getByRole("heading", { level: 1, name: "Log an interview" }).waitFor();
      await page.getByLabel("When it started").fill(threeHoursAgo());
      // The first row is left empty (and not sent): the refused name is the form's second.
      await page.getByRole("button", { name: "Add another interviewer" }).click();
      await page.getByLabel("Name 2", { exact: true }).fill("Dana");
      await page.getByRole("button", { name: "Log interview" }).click();
      expect(await errorBeside(page.getByLabel("Name 2", { exact: true }))).toBe(
        'Interviewer 2\'s name: "Dana" could be Dana Lee or Dana Smith; type more of the name',
      );
      expect(await page.getByLabel("Name 1", { exact: true }).getAttribute("aria-invalid")).toBe(
        "false",
      );
      await page
        .getByRole("alert")
        .filter({ hasText: "Please check the fields marked above." })
        .waitFor();
      expect(await page.locator("main").textContent()).not.toMatch(/interviewers\.\d/);
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByLabel("Name 2", { exact: true }).fill("Dana Lee");
      expect(await page.getByLabel("Name 2", { exact: true }).getAttribute("aria-invalid")).toBe(
        "false",
      );
      await page.getByLabel("Topics (optional)").fill("roadmap");
      await page.getByRole("button", { name: "Log interview" }).click();
      await page.getByRole("heading", { level: 1 }).filter({ hasText: "Acme" }).waitFor();
      await interviews().filter({ hasText: "With Dana Lee" }).waitFor();
    });
  });

  describe("correcting an interview", { timeout: 60_000 }, () => {
    const entry = () => page.locator(".timeline li").filter({ hasText: /Interview/ });

    it("changes who interviewed you and what you talked about, and Undo takes it back", async () => {
      await entry()
        .getByRole("button", { name: /Correct/ })
        .click();
      const form = entry().locator("form.correct");
      expect(await form.getByLabel("Name 1", { exact: true }).inputValue()).toBe("Dana Lee");
      expect(await form.getByLabel("Topics, separated by commas").inputValue()).toBe("roadmap");
      await form.getByLabel("Name 1", { exact: true }).fill("Dana Smith");
      await form.getByLabel("Email 1", { exact: true }).fill("dana.smith@acme.example");
      await form.getByRole("button", { name: "Add another interviewer" }).click();
      await form.getByLabel("Name 2", { exact: true }).fill("Sam Ortiz");
      await form.getByLabel("Topics, separated by commas").fill("pricing, hiring plan");
      expect(await seriousViolations(page)).toEqual([]);
      await form.getByRole("button", { name: "Save correction" }).click();

      const round = interviews().first();
      await round.getByText("With Dana Smith, Sam Ortiz").waitFor();
      await round.getByText("Topics: pricing, hiring plan").waitFor();
      // The thank-yous follow the corrected panel.
      await page.locator("li.action").filter({ hasText: "Sam Ortiz" }).first().waitFor();

      await page.locator(".toast").getByRole("button", { name: "Undo" }).click();
      await round.getByText("With Dana Lee").waitFor();
      await round.getByText("Topics: roadmap").waitFor();
      expect(await page.locator("li.action").filter({ hasText: "Sam Ortiz" }).count()).toBe(0);
    });

    it("says beside the field what is wrong with a corrected address, and keeps what was stored", async () => {
      await entry()
        .getByRole("button", { name: /Correct/ })
        .click();
      const form = entry().locator("form.correct");
      await form.getByLabel("Email 1", { exact: true }).fill("dana@acme");
      await form.getByRole("button", { name: "Save correction" }).click();
      expect(await errorBeside(form.getByLabel("Email 1", { exact: true }))).toMatch(
        /^Not an email address/i,
      );
      await form.getByRole("button", { name: "Cancel" }).click();
      await page.reload();
      await interviews().first().getByText("With Dana Lee").waitFor();
      expect(await page.locator("main").textContent()).not.toContain("dana@acme");
    });
  });

  describe("the notice after a change, on a desktop screen", { timeout: 60_000 }, () => {
    it("covers no field wherever the page is scrolled", async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByLabel("Add a note").fill("Asked about the team's roadmap.");
      await page.getByRole("button", { name: "Add note" }).click();
      const toast = page.locator(".toast");
      await toast.getByText("Note added.").waitFor();
      // Each field scrolled to the bottom of the window, then to the top: the notice must
      // not lie over the visible part of any field (what the header hides is not visible).
      const covered = await page.evaluate(() => {
        const t = document.querySelector(".toast")!.getBoundingClientRect();
        const fields = [
          ...document.querySelectorAll<HTMLElement>(
            "main input, main select, main textarea, main button",
          ),
        ];
        const found = new Set<string>();
        for (const target of fields) {
          for (const block of ["end", "start"] as const) {
            target.scrollIntoView({ block });
            const toastNow = document.querySelector(".toast")!.getBoundingClientRect();
            const shown = document.querySelector("header")!.getBoundingClientRect().bottom;
            for (const f of fields) {
              const r = f.getBoundingClientRect();
              const top = Math.max(r.top, shown);
              const hit =
                r.width > 0 &&
                r.left < toastNow.right &&
                toastNow.left < r.right &&
                top < toastNow.bottom &&
                toastNow.top < r.bottom;
              if (hit)
                found.add(f.getAttribute("aria-label") || f.id || f.textContent || f.tagName);
            }
          }
        }
        return { found: [...found], width: t.width, height: t.height };
      });
      expect(covered.width).toBeGreaterThan(0);
      expect(covered.height).toBeGreaterThan(0);
      expect(covered.found).toEqual([]);
      // Still in view, with its Undo, after all that scrolling.
      expect(await toast.getByRole("button", { name: "Undo" }).isVisible()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("leaves the header as tall as it was when long, and comes after the navigation in tab order", async () => {
      await page.setViewportSize({ width: 1024, height: 800 });
      await page.goto(`${server.url}/settings`);
      await page.getByRole("heading", { level: 2, name: "Import / export" }).waitFor();
      const header = page.locator("header.top");
      const before = (await header.boundingBox())!;
      const line = { type: "application", app: "globex-pm", company: "Globex", role: "PM" };
      await page.getByLabel("Import a timeline…").setInputFiles({
        name: "my-search-exported-from-the-old-laptop-before-moving-to-denver.jsonl",
        mimeType: "application/json",
        buffer: Buffer.from(`${JSON.stringify({ ...line, at: "2026-11-20T09:00:00Z" })}\n`),
      });
      const toast = page.locator(".toast");
      await toast
        .getByText(
          "Imported 1 event from my-search-exported-from-the-old-laptop-before-moving-to-denver.jsonl.",
        )
        .waitFor();
      expect((await header.boundingBox())!.height).toBe(before.height);
      expect(await seriousViolations(page)).toEqual([]);

      // From the top of the page, the keyboard meets the navigation before the notice's Undo.
      await page.locator("a.skip").focus();
      const order: string[] = [];
      for (let i = 0; i < 12 && order.at(-1) !== "Undo"; i++) {
        await page.keyboard.press("Tab");
        order.push(
          await page.evaluate(() => {
            const el = document.activeElement;
            return el?.getAttribute("aria-label") ?? el?.textContent?.trim() ?? "";
          }),
        );
      }
      expect(order.slice(0, 7)).toEqual([
        "hearback",
        "Today",
        "Applications",
        "Log an interview",
        "Insights",
        "Settings",
        "Undo",
      ]);
      // The import is taken back, as the rest of these tests expect.
      await page.keyboard.press("Enter");
      await toast.getByText("Undone.").waitFor();
    });
  });

  describe("an application's page on a phone", { timeout: 60_000 }, () => {
    const PHONE = { width: 375, height: 667 };
    const disclosure = (name: string) =>
      page.getByRole("heading", { level: 2 }).getByRole("button", { name });

    beforeAll(async () => {
      for (const text of [
        "Sent my portfolio.",
        "Called Dana.",
        "Met Sam for coffee.",
        "Read their blog.",
        "Prepared questions.",
      ]) {
        expect(await post("/applications/acme-pm/notes", { text })).toBe(200);
      }
      await page.setViewportSize(PHONE);
      await page.goto(`${server.url}/applications/acme-pm`);
      await page.getByRole("heading", { level: 2, name: "Next actions" }).waitFor();
    });

    it("leads with the next step and its actions, within the first screen", async () => {
      // The navigation's shortened link ("Log") keeps its whole name for screen readers.
      const nav = page.getByRole("navigation", { name: "Main" });
      expect(await nav.getByRole("link", { name: "Log an interview", exact: true }).count()).toBe(
        1,
      );
      const headings = await page.locator("main h2").allTextContents();
      expect(headings[0]).toBe("Next actions");
      const action = page.locator("li.action").first().getByRole("button").first();
      const box = await action.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    });

    it("is short: the forms closed and only the newest entries shown until asked", async () => {
      const entries = page.locator(".timeline li");
      expect(await entries.count()).toBe(3);
      expect(await disclosure("Paste a reply").getAttribute("aria-expanded")).toBe("false");
      expect(await page.getByLabel("Their reply").isVisible()).toBe(false);
      expect(await page.getByLabel("What you said (optional)").isVisible()).toBe(false);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      // Before, with every form and entry shown, this page was over 3,300 px tall here.
      expect(height).toBeLessThanOrEqual(2_200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole("button", { name: "Show all 8 entries" }).click();
      expect(await entries.count()).toBe(8);
      expect(await entries.first().textContent()).toContain("Prepared questions.");
      expect(await entries.last().textContent()).toContain("Applied for Product Manager");
    });

    it("opens a closed form from its heading, and the form works", async () => {
      await disclosure("Record something you sent").click();
      expect(await disclosure("Record something you sent").getAttribute("aria-expanded")).toBe(
        "true",
      );
      const form = page.locator("form").filter({ hasText: "Record it" });
      await form.getByLabel("What", { exact: true }).selectOption("thank-you");
      await form.getByLabel("How", { exact: true }).selectOption("card");
      await form.getByLabel("To", { exact: true }).fill("Dana Lee");
      expect(await seriousViolations(page)).toEqual([]);
      await form.getByRole("button", { name: "Record it" }).click();
      await page
        .locator(".toast")
        .getByText(/^Recorded\./)
        .waitFor();
      await page
        .locator(".timeline li")
        .filter({ hasText: /to Dana Lee \(card\)/ })
        .waitFor();
      await page.getByRole("button", { name: "Add a note" }).click();
      const note = page.getByLabel("Add a note");
      expect(await note.evaluate((el) => el === document.activeElement)).toBe(true);
      await note.fill("Dana prefers calls.");
      await page.getByRole("button", { name: "Add note" }).click();
      await page.locator(".timeline li").filter({ hasText: "Dana prefers calls." }).waitFor();
    });

    it("shows everything, with no closed section, on a desktop screen", async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.reload();
      await page.getByRole("heading", { level: 2, name: "Next actions" }).waitFor();
      expect(await page.locator("main h2 button").count()).toBe(0);
      expect(await page.getByLabel("Their reply").isVisible()).toBe(true);
      expect(await page.locator(".timeline li").count()).toBe(10);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  describe("correcting when an interview started and how long it took", { timeout: 60_000 }, () => {
    // Beta is in Denver (UTC-7 in November); the user's clock is UTC. The interview was
    // logged as Fri 20 Nov, 8:00 to 9:00 in Denver: 15:00 to 16:00 UTC.
    const entry = () => page.locator(".timeline li").filter({ hasText: /Interview/ });
    const round = () => interviews().first();
    const thankYou = () =>
      page
        .locator("li.action")
        .filter({ hasText: "Thank-you note" })
        .filter({ hasText: "Robin Park" });

    beforeAll(async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(
        await post("/applications", {
          id: "beta",
          company: "Beta",
          role: "Designer",
          timezone: "America/Denver",
          at: "2026-11-16T09:00",
        }),
      ).toBe(200);
      expect(
        await post("/applications/beta/interviews", {
          at: "2026-11-20T15:00:00Z",
          durationMinutes: 60,
          interviewers: [{ name: "Robin Park" }],
        }),
      ).toBe(200);
      await page.goto(`${server.url}/applications/beta`);
      await round().waitFor();
    });

    it("are typed on your clock with theirs beside it, and the thank-you moves with the end; Undo takes it back", async () => {
      await round().getByText("Fri 20 Nov, 15:00 your time · 8:00 in Denver, 60 min").waitFor();
      await thankYou().getByText("was due by Sat 21 Nov, 16:00").waitFor();
      await entry()
        .getByRole("button", { name: /Correct/ })
        .click();
      const form = entry().locator("form.correct");
      const started = form.getByLabel("Started");
      const length = form.getByLabel("How long (minutes)");
      // Prefilled on the user's clock (UTC), as Log an interview and the CLI read it.
      expect(await started.inputValue()).toBe("2026-11-20T15:00");
      expect(await length.inputValue()).toBe("60");
      await form
        .getByText(
          "On your clock (your time zone, as in Settings). 15:00 your time · 8:00 in Denver.",
        )
        .waitFor();
      await form.getByText("Ends at 16:00.").waitFor();

      // 16:00 on the user's clock means 9:00 in Denver.
      await started.fill("2026-11-20T16:00");
      await length.fill("90");
      await form
        .getByText(
          "On your clock (your time zone, as in Settings). 16:00 your time · 9:00 in Denver.",
        )
        .waitFor();
      await form.getByText("Ends at 17:30.").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await form.getByRole("button", { name: "Save correction" }).click();

      // 9:00 to 10:30 in Denver is 16:00 to 17:30 UTC; the thank-you is due 24 hours after.
      await round().getByText("Fri 20 Nov, 16:00 your time · 9:00 in Denver, 90 min").waitFor();
      await thankYou().getByText("was due by Sat 21 Nov, 17:30").waitFor();
      await entry().getByText("Fri 20 Nov, 16:00").waitFor();

      await page.locator(".toast").getByRole("button", { name: "Undo" }).click();
      await round().getByText("Fri 20 Nov, 15:00 your time · 8:00 in Denver, 60 min").waitFor();
      await thankYou().getByText("was due by Sat 21 Nov, 16:00").waitFor();
    });

    it("says beside the field what is wrong with a length, and keeps what was stored", async () => {
      await entry()
        .getByRole("button", { name: /Correct/ })
        .click();
      const form = entry().locator("form.correct");
      await form.getByLabel("How long (minutes)").fill("0");
      await form.getByRole("button", { name: "Save correction" }).click();
      expect(await errorBeside(form.getByLabel("How long (minutes)"))).toBe(
        "A whole number of minutes, from 5 to 600.",
      );
      await form.getByRole("button", { name: "Cancel" }).click();
      await page.reload();
      await round().getByText("Fri 20 Nov, 15:00 your time · 8:00 in Denver, 60 min").waitFor();
    });

    it("show their time beside the start when logging an interview too, for the application chosen", async () => {
      await page.goto(`${server.url}/log?app=beta`);
      await page.getByLabel("When it started").fill("2026-11-20T16:00");
      await page.getByLabel("How long (minutes)").fill("90");
      await page
        .getByText(
          "On your clock (your time zone, as in Settings). 16:00 your time · 9:00 in Denver.",
        )
        .waitFor();
      await page.getByText("Ends at 17:30.").waitFor();
      // Acme keeps the user's clock: the end, once its view is in, and nothing beside the start.
      await page.getByLabel("Application").selectOption({ label: "Acme: Product Manager" });
      await page.getByText("Ends at 17:30.").waitFor();
      await page
        .getByText("On your clock (your time zone, as in Settings).", { exact: true })
        .waitFor();
      expect(await page.getByText(/in Denver/).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});
