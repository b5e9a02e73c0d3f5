/**
 * Team mode end to end, in Debian's Chromium against the production build served by the
 * real `hearback serve --team` over a private PostgreSQL (connected as a role row-level
 * security binds): a coach and two candidates sign in and out in turn, the candidates
 * record and share, the coach sees only who shares, read-only; axe on every new page.
 * Screenshots go to test-artifacts/ (team-coach-view.png is the one in docs/team.md).
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Accounts, hashPassword, PostgresDatabase } from "../../src/ops/team.js";
import { startPostgres, type TestPostgres } from "../postgres.js";
import { describeWith, PROGRAMS } from "../system-programs.js";
import {
  type Browser,
  launch,
  type Server,
  screenshot,
  seriousViolations,
  startServer,
} from "./harness.js";

const PASSWORD = "correct horse battery";
const DEMO = new URL("../../examples/demo.jsonl", import.meta.url).pathname;

let pg: TestPostgres;
let server: Server;
let browser: Browser;
let page: Page;
const ids = { ann: 0, bob: 0 };
/** How many applications the coach's view says Ann has. */
let annApplications = 0;

async function expectAccessible(): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

const heading = (name: string) => page.getByRole("heading", { name, level: 1 });

/** Words that speak to the reader ("you", "your"), as the candidate's own pages do; not thank-you. */
const SECOND_PERSON = /(?<!-)\b(?:you|your|yours|you'd)\b/i;

async function signIn(email: string, password = PASSWORD): Promise<void> {
  await heading("Sign in to hearback").waitFor();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await heading("Sign in to hearback").waitFor();
}

/** Follows a link of the main navigation. */
async function nav(name: string): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).click();
}

/** The status of an API request made by the signed-in page (its cookie), as a script would. */
function apiStatus(path: string): Promise<number> {
  return page.evaluate(async (p) => (await fetch(p)).status, path);
}

describeWith(PROGRAMS.postgresql, "team mode in a real browser", {}, () => {
  describeWith(PROGRAMS.chromium, "a coach and two candidates", { timeout: 60_000 }, () => {
    beforeAll(async () => {
      pg = await startPostgres();
      const url = await pg.newDatabase({ owner: "app" });
      const database = await PostgresDatabase.connect({ url });
      try {
        const accounts = new Accounts(database.db as never);
        const organisation = await accounts.organisation("Career Centre");
        const passwordHash = await hashPassword(PASSWORD);
        const add = (email: string, name: string, role: "candidate" | "coach") =>
          accounts.create({ organisation, email, name, role, passwordHash, now: Date.now() });
        await add("dana@example.com", "Dana Lee", "coach");
        await accounts.create({
          organisation,
          email: "lou@example.com",
          name: "Lou Park",
          role: "coach",
          lead: true,
          passwordHash,
          now: Date.now(),
        });
        ids.ann = (await add("ann@example.com", "Ann Kim", "candidate")).id;
        ids.bob = (await add("bob@example.com", "Bob Diaz", "candidate")).id;
      } finally {
        await database.close();
      }
      [server, browser] = await Promise.all([
        startServer({ HEARBACK_DATABASE_URL: url }, ["--team"]),
        launch(),
      ]);
      page = browser.page;
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      pg?.stop();
    });

    describe("signing in", () => {
      it("shows only the sign-in page to someone not signed in", async () => {
        await page.goto(server.url);
        await heading("Sign in to hearback").waitFor();
        expect(await page.getByRole("navigation", { name: "Main" }).count()).toBe(0);
        await expectAccessible();
        await screenshot(page, "team-sign-in");
      });

      it("says a wrong password plainly, and keeps the page", async () => {
        await signIn("ann@example.com", "not my password");
        await page.getByRole("alert").filter({ hasText: "Wrong email or password." }).waitFor();
        await expectAccessible();
      });

      it("says in words when too many failures stop an email for a while", async () => {
        for (let i = 0; i < 5; i++) await signIn("carl@example.com", `guess ${i}`);
        await signIn("carl@example.com", "guess 6");
        await page
          .getByRole("alert")
          .filter({
            hasText: "Too many failed sign-ins for carl@example.com: try again in 15 minutes.",
          })
          .waitFor();
      });

      it("keeps the session in a secure, HTTP-only, same-site cookie", async () => {
        await signIn("ann@example.com");
        await heading("Today").waitFor();
        const cookies = await browser.context.cookies();
        expect(cookies.map((c) => [c.name, c.httpOnly, c.secure, c.sameSite])).toEqual([
          ["hearback_session", true, true, "Strict"],
        ]);
      });
    });

    describe("candidates", () => {
      it("record their search as in the single-user app", async () => {
        await nav("Applications");
        await page.getByLabel("Company").fill("Northwind");
        await page.getByLabel("Role").fill("Buyer");
        await page.getByRole("button", { name: "Add application", exact: true }).click();
        await page.getByRole("heading", { level: 1 }).filter({ hasText: "Northwind" }).waitFor();
        await page.getByRole("link", { name: "Log an interview" }).last().click();
        await page
          .getByLabel("When it started")
          .fill(new Date(Date.now() - 3 * 3_600_000).toISOString().slice(0, 16));
        await page.getByLabel("Name 1").fill("Sam Ortiz");
        await page.getByRole("button", { name: "Log interview" }).click();
        await page.getByRole("heading", { name: "Interviews" }).waitFor();
        await nav("Today");
        await page.locator("li.action").filter({ hasText: "Sam Ortiz" }).waitFor();
        // And the rest of her search, from a timeline file (the demo's).
        await nav("Settings");
        await page.getByLabel("Import a timeline…").setInputFiles(DEMO);
        await page.getByText(/^Imported 42 events from demo\.jsonl\./).waitFor();
      });

      it("share it with a coach of their organisation from Settings", async () => {
        await nav("Settings");
        const coaches = page.getByRole("region", { name: "Your coaches" });
        await coaches.getByText("You do not share your job search with anyone.").waitFor();
        await coaches.getByLabel("Coach's email").fill("nobody@example.com");
        await coaches.getByRole("button", { name: "Share my job search" }).click();
        await coaches
          .getByRole("alert")
          .filter({ hasText: "there is no coach nobody@example.com in your organisation" })
          .waitFor();
        await coaches.getByLabel("Coach's email").fill("dana@example.com");
        await coaches.getByRole("button", { name: "Share my job search" }).click();
        await coaches.getByRole("button", { name: "Stop sharing with Dana Lee" }).waitFor();
        expect(await coaches.getByRole("alert").count()).toBe(0);
        // A team server offers no calendar feed.
        expect(await page.getByRole("heading", { name: "Calendar" }).count()).toBe(0);
        await expectAccessible();
        await screenshot(page, "team-settings");
      });

      it("cannot open a coach's pages, nor another candidate's search (404)", async () => {
        await page.goto(`${server.url}/candidates/${ids.bob}`);
        await heading("Page not found").waitFor();
        expect(await apiStatus(`/api/team/candidates/${ids.bob}/today`)).toBe(404);
        expect(await apiStatus(`/api/team/candidates/${ids.bob}/applications`)).toBe(404);
        expect(await apiStatus("/api/team/agenda")).toBe(404);
        await signOut();
      });

      it("who do not share are their own business: Bob loads the demo and shares nothing", async () => {
        await signIn("bob@example.com");
        await page.getByRole("button", { name: "Load a demo job search" }).click();
        await page.locator("li.action").first().waitFor();
        expect(await apiStatus(`/api/team/candidates/${ids.ann}/today`)).toBe(404);
        await signOut();
      });
    });

    describe("the coach", () => {
      it("sees only the candidates who share, with what is due today", async () => {
        await signIn("dana@example.com");
        await heading("Your candidates").waitFor();
        const ann = page.getByRole("region", { name: /^Ann Kim/ });
        const due = ann.getByRole("region", { name: /^Due today/ });
        expect(
          await due.locator("li.action").filter({ hasText: "Sam Ortiz" }).textContent(),
        ).toMatch(/^Thank-you note\s*to Sam Ortiz\s*Northwind/);
        // The demo's offer (a reply from Massive Dynamic).
        expect(
          await ann
            .getByRole("region", { name: /^Offers/ })
            .getByRole("listitem")
            .allTextContents(),
        ).toEqual(["Massive Dynamic"]);
        expect(await page.getByText("Bob Diaz").count()).toBe(0);
        const counted = /^(\d+) applications? · their zone/.exec(
          (await ann.locator("p.muted").first().textContent()) ?? "",
        );
        annApplications = Number(counted?.[1]);
        // The planner's reasons speak of Ann, not to the coach.
        const reasons = await page.locator("li.action .reason").allTextContents();
        expect(reasons.find((r) => r.includes("Sam Ortiz"))).toMatch(
          /^Sam Ortiz interviewed Ann Kim on /,
        );
        for (const r of reasons) expect(r).not.toMatch(SECOND_PERSON);
        // Read-only: nothing to open, drop or send.
        expect(await page.getByRole("main").getByRole("button").count()).toBe(0);
        await expectAccessible();
        await screenshot(page, "team-coach-view", { fullPage: false });
      });

      it("filters by stage", async () => {
        const stage = page.getByLabel("Stage");
        const options = await stage.locator("option").allTextContents();
        expect(options[0]).toBe("All stages");
        expect(options.length).toBeGreaterThan(1);
        await stage.selectOption({ index: 1 });
        await page.getByRole("region", { name: /^Ann Kim/ }).waitFor();
        await stage.selectOption("");
      });

      it("opens a candidate's search as they see it, with no way to change it", async () => {
        // The rest of what is due is on her page, which the panel links to.
        const more = page.getByRole("link", { name: /^\d+ more due today, on Ann Kim's page$/ });
        expect(await more.getAttribute("href")).toBe(`/candidates/${ids.ann}`);
        await page.getByRole("link", { name: "Ann Kim", exact: true }).click();
        await heading("Ann Kim's job search").waitFor();
        await page.getByText(/^Read-only: what Ann Kim sees on their Today page/).waitFor();
        await page.locator("li.action").filter({ hasText: "Sam Ortiz" }).waitFor();
        await page.getByRole("cell", { name: "Northwind" }).waitFor();
        const main = page.getByRole("main");
        // As many applications as the coach's view counted.
        expect(await main.locator("table tbody tr").count()).toBe(annApplications);
        // Worded for the coach: of Ann, by name, and nothing told to do.
        const reasons = await main.locator("li.action .reason").allTextContents();
        expect(reasons.find((r) => r.includes("Sam Ortiz"))).toMatch(
          /^Sam Ortiz interviewed Ann Kim on /,
        );
        for (const r of reasons) expect(r).not.toMatch(SECOND_PERSON);
        // The demo's search has steps whose window closed weeks ago.
        await page
          .getByRole("heading", { name: /^Missed: does Ann Kim still want to\? \d+$/, level: 2 })
          .waitFor();
        expect(reasons.filter((r) => r.startsWith("Missed:")).length).toBeGreaterThan(0);
        for (const r of reasons.filter((r) => r.startsWith("Missed:"))) {
          expect(r).toContain("does Ann Kim still want to? If not, Ann Kim can drop it.");
        }
        expect(await main.textContent()).not.toContain("see each application's page");
        expect(await main.getByRole("button").count()).toBe(0);
        expect(await main.locator("input, select, textarea, form").count()).toBe(0);
        // Only the way back: no link to the candidate's own (writable) pages.
        expect(await main.getByRole("link").allTextContents()).toEqual(["Your candidates"]);
        await expectAccessible();
        await screenshot(page, "team-candidate");
      });

      it("gets 404 for a candidate who does not share", async () => {
        await page.goto(`${server.url}/candidates/${ids.bob}`);
        await page
          .getByRole("alert")
          .filter({ hasText: "This candidate does not share their job search with you" })
          .waitFor();
        expect(await apiStatus(`/api/team/candidates/${ids.bob}/today`)).toBe(404);
        await signOut();
      });
    });

    describe("pages that come as soon as their code and data are there", () => {
      // A browser of its own, whose page clock stands still: no timer fires in it. Behind
      // React.lazy, React 19 showed a page only from a timer, 300 ms after its "Loading…".
      let still: Browser;
      const stillHeading = (name: string) => still.page.getByRole("heading", { name, level: 1 });
      const stillSignIn = async (email: string) => {
        await stillHeading("Sign in to hearback").waitFor();
        await still.page.getByLabel("Email").fill(email);
        await still.page.getByLabel("Password").fill(PASSWORD);
        await still.page.getByRole("button", { name: "Sign in" }).click();
      };

      beforeAll(async () => {
        still = await launch();
        await still.page.clock.install();
        await still.page.clock.pauseAt(Date.now() + 1000);
      });
      afterAll(() => still?.close());

      it("says in plain words when their code cannot be loaded", async () => {
        const chunk = /\/assets\/team-[\w-]+\.js$/;
        await still.page.route(chunk, (route) => route.abort());
        try {
          await still.page.goto(server.url);
          await still.page
            .getByRole("alert")
            .filter({
              hasText:
                "The team pages could not be loaded: is hearback still running? Then reload the page.",
            })
            .waitFor();
        } finally {
          await still.page.unroute(chunk);
        }
      });

      it("shows a coach's pages with no timer run", async () => {
        await still.page.reload();
        await stillSignIn("dana@example.com");
        const ann = still.page.getByRole("region", { name: /^Ann Kim/ });
        await ann.getByRole("region", { name: /^Due today/ }).waitFor();
        await ann.getByRole("link", { name: "Ann Kim", exact: true }).click();
        await stillHeading("Ann Kim's job search").waitFor();
        await still.page.getByRole("cell", { name: "Northwind" }).waitFor();
        await still.page.getByRole("link", { name: "Settings" }).click();
        expect(await still.page.getByLabel("Your name").inputValue()).toBe("Dana Lee");
        await still.page.getByRole("button", { name: "Sign out" }).click();
      });

      it("shows a candidate's coaches in Settings with no timer run", async () => {
        await stillSignIn("ann@example.com");
        await stillHeading("Today").waitFor();
        await still.page
          .getByRole("navigation", { name: "Main" })
          .getByRole("link", { name: "Settings" })
          .click();
        await still.page
          .getByRole("region", { name: "Your coaches" })
          .getByRole("button", { name: "Stop sharing with Dana Lee" })
          .waitFor();
      });
    });

    describe("a lead coach", () => {
      it("sees every coach's candidates in the organisation, and filters by coach", async () => {
        await signIn("lou@example.com");
        await heading("Your candidates").waitFor();
        const ann = page.getByRole("region", { name: /^Ann Kim/ });
        await ann.getByText(/shares with Dana Lee$/).waitFor();
        const coach = page.getByLabel("Coach");
        expect(await coach.locator("option").allTextContents()).toEqual([
          "All coaches",
          "Dana Lee",
        ]);
        await coach.selectOption({ label: "Dana Lee" });
        await ann.waitFor();
        expect(await page.getByText("Bob Diaz").count()).toBe(0);
        await expectAccessible();
        await screenshot(page, "team-lead-coach-view", { fullPage: false });
        await signOut();
      });
    });

    describe("stopping sharing", () => {
      it("takes the candidate off the coach's view", async () => {
        await signIn("ann@example.com");
        await heading("Today").waitFor();
        await nav("Settings");
        await page.getByRole("button", { name: "Stop sharing with Dana Lee" }).click();
        await page.getByText("You do not share your job search with anyone.").waitFor();
        await signOut();
        await signIn("dana@example.com");
        await page.getByText("No candidate shares their job search with you yet.").waitFor();
        await page.goto(`${server.url}/candidates/${ids.ann}`);
        await page.getByRole("alert").waitFor();
        expect(await apiStatus(`/api/team/candidates/${ids.ann}/today`)).toBe(404);
      });
    });

    describe("a coach's settings", () => {
      it("keep her name and zone, and her view gives times in that zone", async () => {
        await nav("Settings");
        await heading("Settings").waitFor();
        const name = page.getByLabel("Your name");
        expect(await name.inputValue()).toBe("Dana Lee");
        const zone = page.getByLabel(/^Time zone/);
        expect(await zone.inputValue()).toBe("");
        await page.getByText("Empty: the server's.").waitFor();
        // A candidate's settings that do not apply to a coach are not offered.
        expect(await page.getByRole("heading", { name: "Daily digest" }).count()).toBe(0);
        expect(await page.getByRole("heading", { name: "Follow-up policy" }).count()).toBe(0);
        await expectAccessible();
        await screenshot(page, "team-coach-settings");

        await name.fill(" ");
        await page.getByRole("button", { name: "Save settings" }).click();
        // Said beside the field, in words.
        await page
          .locator("#settings-name-error")
          .filter({ hasText: "must not be empty" })
          .waitFor();
        await page
          .getByRole("alert")
          .filter({ hasText: "Please check the fields marked above." })
          .waitFor();
        await zone.fill("Mars/Olympus");
        await name.fill("Dana Lee-Park");
        await page.getByRole("button", { name: "Save settings" }).click();
        await page
          .locator("#settings-timezone-error")
          .filter({ hasText: 'not a time zone: "Mars/Olympus"' })
          .waitFor();
        // A refused zone is refused before the name is changed.
        expect(await page.locator(".who-name").textContent()).toBe("Dana Lee");

        await zone.fill("Asia/Tokyo");
        await page.getByRole("button", { name: "Save settings" }).click();
        await page.getByText("Settings saved.").waitFor();
        expect(await page.locator(".who-name").textContent()).toBe("Dana Lee-Park");

        await nav("Your candidates");
        const line = page.getByText(/ · times in your zone, Asia\/Tokyo$/);
        const hour = new Intl.DateTimeFormat("en-GB", {
          timeZone: "Asia/Tokyo",
          hour: "numeric",
          hourCycle: "h23",
        }).format(new Date());
        expect(await line.textContent()).toMatch(
          new RegExp(
            `^As of (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2}, 0?${Number(hour)}:\\d\\d · `,
          ),
        );
        await signOut();
      });

      it("show candidates her new name", async () => {
        await signIn("ann@example.com");
        await heading("Today").waitFor();
        await nav("Settings");
        const coaches = page.getByRole("region", { name: "Your coaches" });
        await coaches.getByLabel("Coach's email").fill("dana@example.com");
        await coaches.getByRole("button", { name: "Share my job search" }).click();
        await coaches.getByRole("button", { name: "Stop sharing with Dana Lee-Park" }).waitFor();
        await signOut();
      });
    });

    describe("when the team database is down", () => {
      it("says so, and carries on once it is back", async () => {
        const unreachable = /the team database cannot be reached; try again in a moment/i;
        pg.down();
        try {
          await signIn("ann@example.com");
          await page.getByRole("alert").filter({ hasText: unreachable }).waitFor();
        } finally {
          pg.up();
        }
        await page.getByRole("button", { name: "Sign in" }).click();
        await heading("Today").waitFor();
        // Signed in, she opens the app again while the database is down.
        pg.down();
        try {
          await page.reload();
          await heading("Try again in a moment").waitFor();
          expect(await page.getByRole("alert").textContent()).toBe(
            "The team database cannot be reached; try again in a moment.",
          );
          await expectAccessible();
        } finally {
          pg.up();
        }
        await page.getByRole("button", { name: "Try again" }).click();
        await heading("Today").waitFor();
      });
    });
  });
});
