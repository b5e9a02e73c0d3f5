/**
 * `hearback stats` as a user runs it (the built CLI over a real data folder), and the same
 * numbers from the API: the small job search of src/core/fixtures/insights-timeline.jsonl,
 * whose numbers src/core/insights.test.ts works out by hand.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hearbackSync, homesIn, succeeded } from "../../../test/cli.js";
import { createApp } from "../../server/app.js";
import { openStore } from "../../store/index.js";

const ROOT = join(import.meta.dirname, "../../..");
const TIMELINE = join(ROOT, "src/core/fixtures/insights-timeline.jsonl");
const NOW = "2026-12-03T12:00";

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "hearback-stats-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function hb(...args: string[]): string {
  const env = { ...homesIn(dir), TZ: "America/Denver" };
  return succeeded(hearbackSync([...args, "--data-dir", join(dir, "data")], { env }));
}

describe("hearback stats", () => {
  it("prints the hand-counted numbers as text", () => {
    hb("import", TIMELINE);
    const text = hb("stats", "--now", NOW);
    expect(text).toContain("Funnel: 4 applied, 3 heard back, 2 interviewed, 1 offer, 1 accepted");
    expect(text).toContain("Heard back after applying: 3 of 4 (75%)");
    expect(text).toContain("  thank-you: 1 of 2 (50%)");
    expect(text).toContain("  check-in: 2 of 2 (100%)");
    expect(text).toContain(
      "First reply after an interview: median 5.5 business days (middle half 4.8-6.3, range 4-7, 2 replies)",
    );
    expect(text).toContain(
      "  Globex: 13 after applying, 7 after an interview (median business days)",
    );
    expect(text).toContain("  2026-11-08 to 2026-11-14: 0 applications, 2 interviews");
  });

  it("says how to start when nothing is recorded", () => {
    expect(hb("stats", "--now", NOW)).toBe(
      "No applications yet. Add one with: hearback add COMPANY ROLE\n",
    );
  });

  it("gives the API's numbers as JSON", async () => {
    hb("import", TIMELINE);
    const json = JSON.parse(hb("stats", "--json", "--now", NOW)) as Record<string, unknown>;
    expect(json.funnel).toEqual({
      applied: 4,
      heardBack: 3,
      interviewed: 2,
      offer: 1,
      accepted: 1,
    });
    expect(json.zone).toBe("America/Denver");

    const store = await openStore({ dir: join(dir, "data") });
    try {
      const app = createApp({
        store,
        clock: () => Date.parse("2026-12-03T12:00:00-07:00"),
        fallbackZone: "America/Denver",
        demoFile: join(dir, "demo.jsonl"),
      });
      const res = await app.request("http://127.0.0.1:4100/api/ops/insights");
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(json);
    } finally {
      await store.close();
    }
  });
});
