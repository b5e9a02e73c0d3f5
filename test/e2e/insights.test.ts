/**
 * The Insights page in Debian's Chromium against the real `hearback serve` (the production
 * build): the hand-counted numbers of src/core/fixtures/insights-timeline.jsonl are in its
 * tables, and axe finds no serious or critical problem at desktop and phone sizes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeWith, PROGRAMS } from "../system-programs.js";
import {
  type Browser,
  launch,
  ROOT,
  type Server,
  screenshot,
  seriousViolations,
  startServer,
} from "./harness.js";

const TIMELINE = readFileSync(join(ROOT, "src/core/fixtures/insights-timeline.jsonl"), "utf8");

let server: Server;
let browser: Browser;

describeWith(PROGRAMS.chromium, "the Insights page in a real browser", {}, () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launch()]);
    const page = browser.page;
    await page.goto(server.url);
    const status = await page.evaluate(async (text) => {
      const res = await fetch("/api/import", {
        method: "POST",
        headers: { "content-type": "application/json", "x-hearback": "1" },
        body: JSON.stringify({ text, name: "insights.jsonl" }),
      });
      return res.status;
    }, TIMELINE);
    expect(status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  describe("Insights", { timeout: 60_000 }, () => {
    it("shows the numbers in tables, reachable from the main navigation", async () => {
      const page = browser.page;
      await page.goto(server.url);
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Insights" })
        .click();
      await page.getByRole("heading", { name: "Insights", level: 1 }).waitFor();
      const funnel = page.getByRole("table", { name: "From applied to offer" });
      await funnel.waitFor();
      const row = (table: string, name: string) =>
        page.getByRole("table", { name: table }).getByRole("row", { name });
      expect(await row("From applied to offer", "Heard back").textContent()).toBe("Heard back3");
      expect(
        await row("Answered (a reply before your next message)", "Applying").textContent(),
      ).toBe("Applying4375%");
      expect(await row("Business days to the first reply", "An interview").textContent()).toBe(
        "An interview25.54.8–6.34–7",
      );
      expect(await row("Median business days to a reply, by company", "Globex").textContent()).toBe(
        "Globex137",
      );
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "insights");
    });

    it("reads at phone width without accessibility problems", async () => {
      const page = browser.page;
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await page.getByRole("table", { name: "From applied to offer" }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "insights-phone");
    });
  });
});
