/**
 * Running a whole search from the web app, in Chromium against the real `hearback serve`:
 * an application with every detail, corrections, a message sent by card or LinkedIn, the
 * board worked by mouse and by keyboard, search and filters, and every page checked by axe
 * at desktop and phone sizes.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeWith, PROGRAMS } from "../system-programs.js";
import {
  type Browser,
  demoSearch,
  launch,
  type Server,
  screenshot,
  seriousViolations,
  startServer,
} from "./harness.js";

const DAY = 86_400_000;
/** A day as the date field takes it, `days` ago (the server and browser run in UTC). */
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);

let server: Server;
let browser: Browser;
let page: Page;

async function nav(name: string): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).click();
}

async function addApplication(fields: Record<string, string>): Promise<void> {
  await nav("Applications");
  const form = page.locator("form.application-form");
  await form.getByLabel("Company").fill(fields.company!);
  await form.getByLabel("Role").fill(fields.role!);
  const details = form.locator("details");
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await form.getByText("More details").click();
  }
  for (const [label, value] of Object.entries(fields)) {
    if (label === "company" || label === "role") continue;
    await form.getByLabel(label, { exact: true }).fill(value);
  }
  await form.getByRole("button", { name: "Add application" }).click();
}

const card = (company: string) => page.locator(".board .card").filter({ hasText: company });
const columnOf = async (company: string) =>
  card(company).evaluate((el) => el.closest("section")?.getAttribute("data-stage"));

describeWith(PROGRAMS.chromium, "running a search from the web app", {}, () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launch()]);
    page = browser.page;
    await page.goto(`${server.url}/applications`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  describe("recording", { timeout: 60_000 }, () => {
    it("says what is wrong next to the field, in the form's words", async () => {
      await addApplication({ company: "Globex", role: "Designer", "Job link": "ftp://x" });
      const link = page.getByLabel("Job link", { exact: true });
      await expect.poll(() => link.getAttribute("aria-invalid")).toBe("true");
      const error = page.locator(".field-error").filter({ hasText: "not a web address" });
      expect(await error.textContent()).toBe("Job link: not a web address (http:// or https://)");
      expect(await page.getByText(/\burl\b/).count()).toBe(0);
    });

    it("adds an application with every detail and shows them on its page", async () => {
      await addApplication({
        company: "Globex",
        role: "Designer",
        "Job link": "https://globex.example/jobs/7",
        Location: "Berlin, hybrid",
        Salary: "EUR 80,000",
        "Applied on": daysAgo(20),
        "Their time zone": "Europe/Berlin",
        "Their holiday region": "DE-BE",
        Tags: "remote, dream job",
        Name: "Mia Wolf",
        Email: "mia@globex.example",
        "Job description": "Design the billing pages.",
      });
      await page.getByRole("heading", { level: 1 }).filter({ hasText: "Globex" }).waitFor();
      const details = page.locator("dl.details");
      for (const text of [
        "Berlin, hybrid",
        "EUR 80,000",
        "Europe/Berlin",
        "DE-BE",
        "remote, dream job",
      ]) {
        await details.getByText(text).waitFor();
      }
      await page.getByRole("link", { name: "job posting" }).waitFor();
      await page.getByText("Mia Wolf").first().waitFor();
      // Twenty days of silence after applying: one polite note is due, to the recruiter.
      await page.locator("li.action").filter({ hasText: "Check in" }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("marks the note as sent by LinkedIn, then advises letting go later", async () => {
      await page.getByRole("button", { name: /Open draft for Check in/ }).click();
      const dialog = page.getByRole("dialog");
      await expect.poll(() => dialog.getByLabel("Message").inputValue()).toContain("applied");
      await dialog.getByLabel("Sent by").selectOption("linkedin");
      await dialog.getByRole("button", { name: "Mark as sent" }).click();
      await page.getByRole("dialog").waitFor({ state: "detached" });
      await page.locator(".timeline li").filter({ hasText: "(linkedin)" }).waitFor();
      await page.locator("li.action").filter({ hasText: "Let it go" }).waitFor();
    });

    it("records a handwritten card sent outside the drafts", async () => {
      const form = page.locator("form").filter({ hasText: "Record it" });
      await form.getByLabel("What", { exact: true }).selectOption("thank-you");
      await form.getByLabel("How", { exact: true }).selectOption("card");
      await form.getByLabel("To", { exact: true }).fill("Mia Wolf");
      await form.getByRole("button", { name: "Record it" }).click();
      await page
        .locator(".timeline li")
        .filter({ hasText: /to Mia Wolf \(card\)/ })
        .waitFor();
    });

    it("corrects a past entry, and Undo takes the correction back", async () => {
      const item = page.locator(".timeline li").filter({ hasText: "(card)" });
      await item.getByRole("button", { name: /Correct/ }).click();
      await item.getByLabel("How", { exact: true }).selectOption("email");
      await item.getByRole("button", { name: "Save correction" }).click();
      await page
        .locator(".timeline li")
        .filter({ hasText: /to Mia Wolf \(email\)/ })
        .waitFor();
      await page.locator(".toast").getByRole("button", { name: "Undo" }).click();
      await page.locator(".timeline li").filter({ hasText: "to Mia Wolf (card)" }).waitFor();
    });

    it("corrects the job's details", async () => {
      await page.getByRole("button", { name: "Edit details and contacts" }).click();
      await page.getByLabel("Salary", { exact: true }).fill("EUR 85,000");
      await page.getByRole("button", { name: "Save changes" }).click();
      await page.locator("dl.details").getByText("EUR 85,000").waitFor();
    });

    it("says plainly when an application does not exist, without sending you to a terminal", async () => {
      await page.goto(`${server.url}/applications/no-such-job`);
      await page.getByRole("heading", { name: "No such application" }).waitFor();
      expect(await page.locator("main").textContent()).not.toMatch(/hearback add|run /);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  describe("the board", { timeout: 60_000 }, () => {
    beforeAll(async () => {
      await nav("Applications");
      const form = page.locator("form.application-form");
      await form.getByLabel("Company").fill("Initech");
      await form.getByLabel("Role").fill("Analyst");
      await form.getByText("More details").click();
      await form.getByLabel("Saved to apply to later").check();
      await form.getByRole("button", { name: "Add application" }).click();
      await page.getByRole("heading", { level: 1 }).filter({ hasText: "Initech" }).waitFor();
      await nav("Applications");
      await card("Initech").waitFor();
    });

    it("moves a card to another stage by dragging it with the mouse", async () => {
      expect(await columnOf("Initech")).toBe("saved");
      await card("Initech").dragTo(page.locator('section[data-stage="applied"]'));
      await expect.poll(() => columnOf("Initech"), { timeout: 10_000 }).toBe("applied");
      await page.locator(".toast").getByText("Initech moved to Applied.").waitFor();
    });

    it("moves a card with the keyboard alone, each step said aloud", async () => {
      const live = page.locator('[aria-live="assertive"]');
      await card("Initech").getByRole("button", { name: "Move Initech" }).focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => live.textContent()).toContain("Picked up Initech, in Applied");
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => live.textContent()).toBe("Over Interviewing.");
      for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
      await expect.poll(() => live.textContent()).toBe("Over Closed.");
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog", { name: "How did Initech close?" });
      await dialog.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.getByRole("button", { name: "I withdrew" }).click();
      await expect.poll(() => columnOf("Initech"), { timeout: 10_000 }).toBe("closed");
      await expect.poll(() => live.textContent()).toBe("Initech moved to Closed.");
    });

    it("cancels a keyboard move with Escape", async () => {
      const live = page.locator('[aria-live="assertive"]');
      await card("Initech").getByRole("button", { name: "Move Initech" }).focus();
      await page.keyboard.press("Enter");
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("Escape");
      await expect.poll(() => live.textContent()).toContain("Move cancelled");
      expect(await columnOf("Initech")).toBe("closed");
    });

    it("finds applications by a person's name and by reply text, and filters by tag and stage", async () => {
      const tools = page.getByRole("search");
      const search = tools.getByLabel("Search");
      await search.fill("mia");
      await expect.poll(() => page.locator(".board .card").count()).toBe(1);
      expect(await page.locator(".board .card").textContent()).toContain("Globex");
      await search.fill("");
      await expect.poll(() => page.locator(".board .card").count()).toBe(2);
      await tools.getByLabel("Tag", { exact: true }).selectOption("remote");
      await expect.poll(() => page.locator(".board .card").count()).toBe(1);
      await tools.getByLabel("Tag", { exact: true }).selectOption("");
      await tools.getByLabel("Stage", { exact: true }).selectOption("closed");
      await expect.poll(() => page.locator(".board .card").count()).toBe(1);
      expect(await page.locator(".board .card").textContent()).toContain("Initech");
      await tools.getByLabel("Stage", { exact: true }).selectOption("");
    });
  });

  describe("every page, at desktop and phone sizes", { timeout: 120_000 }, () => {
    const sizes = [
      { name: "desktop", width: 1280, height: 900 },
      { name: "phone", width: 375, height: 667 },
    ];
    const pages = [
      { path: "/", ready: "Today" },
      { path: "/applications", ready: "Applications" },
      { path: "/applications/globex-designer", ready: "Globex" },
      { path: "/log", ready: "Log an interview" },
      { path: "/settings", ready: "Settings" },
      { path: "/nowhere", ready: "Page not found" },
    ];

    it.each(sizes)(
      "has no serious accessibility problem and nothing wider than the $name screen",
      async (size) => {
        await page.setViewportSize({ width: size.width, height: size.height });
        for (const p of pages) {
          await page.goto(`${server.url}${p.path}`);
          await page.getByRole("heading", { level: 1 }).filter({ hasText: p.ready }).waitFor();
          expect(await seriousViolations(page), `${p.path} at ${size.name}`).toEqual([]);
          const wide = await page.evaluate(() => document.documentElement.scrollWidth);
          if (p.path !== "/applications") expect(wide, p.path).toBeLessThanOrEqual(size.width);
        }
        // The navigation fits on one line.
        const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
        const tops = await links.evaluateAll((els) =>
          els.map((e) => e.getBoundingClientRect().top),
        );
        expect(new Set(tops).size).toBe(1);
      },
    );

    it("keeps the draft dialog's Mark as sent on a phone's screen", async () => {
      await page.setViewportSize({ width: 375, height: 667 });
      // Three weeks of silence after applying: a check-in to draft.
      const status = await page.evaluate(async (at) => {
        const res = await fetch("/api/applications", {
          method: "POST",
          headers: { "content-type": "application/json", "x-hearback": "1" },
          body: JSON.stringify({ company: "Hooli", role: "Engineer", at }),
        });
        return res.status;
      }, daysAgo(21));
      expect(status).toBe(200);
      await page.goto(`${server.url}/`);
      await page.getByRole("heading", { level: 1 }).filter({ hasText: "Today" }).waitFor();
      await page
        .getByRole("button", { name: /Open draft/ })
        .first()
        .click();
      const dialog = page.getByRole("dialog");
      await expect.poll(() => dialog.getByLabel("Message").inputValue()).not.toBe("");
      const button = dialog.getByRole("button", { name: "Mark as sent" });
      const box = await button.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(667);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "draft-phone", { fullPage: false });
      await page.keyboard.press("Escape");
    });
  });
});

describeWith(PROGRAMS.chromium, "the demo search at desktop and phone sizes", {}, () => {
  let demo: Server;
  let view: Browser;
  let stop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ demo, view, stop } = await demoSearch());
  }, 120_000);
  afterAll(() => stop?.());

  // The pictures of docs/web.md (docs/screenshots/ holds copies): the first screenful.
  it.each([
    { size: "desktop", width: 1280, height: 800 },
    { size: "phone", width: 375, height: 667 },
  ])(
    "shows the board, an application and a draft without an accessibility problem ($size)",
    async (s) => {
      const p = view.page;
      await p.setViewportSize({ width: s.width, height: s.height });
      await p.goto(`${demo.url}/applications`);
      await p.locator(".board .card").first().waitFor();
      expect(await seriousViolations(p)).toEqual([]);
      await screenshot(p, `docs-board-${s.size}`, { fullPage: false });

      await p.locator(".board .card a").first().click();
      await p.getByRole("heading", { name: "Next actions" }).waitFor();
      expect(await seriousViolations(p)).toEqual([]);
      await screenshot(p, `docs-application-${s.size}`, { fullPage: false });
      await screenshot(p, `docs-application-${s.size}-whole`);

      await p.goto(demo.url);
      await p
        .getByRole("button", { name: /Open draft/ })
        .first()
        .click();
      const dialog = p.getByRole("dialog");
      await expect.poll(() => dialog.getByLabel("Message").inputValue()).not.toBe("");
      expect(await seriousViolations(p)).toEqual([]);
      await screenshot(p, `docs-draft-${s.size}`, { fullPage: false });
      await p.keyboard.press("Escape");
      expect(view.alerts).toEqual([]);
    },
  );
});
