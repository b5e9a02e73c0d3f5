/**
 * The demo job search as a new user first sees it: loaded through the API into an empty
 * store on some day, its Today page looks like a working day of a job search.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TodayView } from "../server/api-types.js";
import { createApp } from "../server/app.js";
import { openStore } from "../store/index.js";
import { demoTimeline } from "./demo.js";

const DEMO = join(import.meta.dirname, "../../examples/demo.jsonl");
const ORIGIN = "http://127.0.0.1:4100";

async function firstScreen(now: number, zone: string): Promise<TodayView> {
  const dir = mkdtempSync(join(tmpdir(), "hearback-demo-"));
  const store = await openStore({ dir });
  try {
    await store.updateSettings({ timezone: zone });
    const app = createApp({ store, clock: () => now, fallbackZone: "UTC", demoFile: DEMO });
    const loaded = await app.request(`${ORIGIN}/api/demo`, {
      method: "POST",
      headers: { origin: ORIGIN, "x-hearback": "1" },
    });
    expect(loaded.status).toBe(200);
    return (await (await app.request(`${ORIGIN}/api/today`)).json()) as TodayView;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const NEW_YORK = "America/New_York";
/** Mon 1 to Sun 7 March 2027: any week, long after the demo file's own dates. */
const WEEK = ["01", "02", "03", "04", "05", "06", "07"].map((d) => `2027-03-${d}`);
const at = (day: string, time: string) => Date.parse(`${day}T${time}:00-05:00`);

describe("the demo, loaded on any day", () => {
  it.each(WEEK.flatMap((day) => ["08:30", "12:00", "17:30"].map((time) => [day, time])))(
    "on %s at %s shows at most one overdue, something due today and more coming up",
    async (day, time) => {
      const t = await firstScreen(at(day, time), NEW_YORK);
      expect(t.overdue.length).toBeLessThanOrEqual(1);
      expect(t.today.length + t.overdue.length).toBeGreaterThanOrEqual(1);
      expect(t.upcoming.length).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(WEEK.slice(1, 5))(
    "on a Tuesday to Friday morning (%s), a couple of things are due today",
    async (day) => {
      const t = await firstScreen(at(day, "09:00"), NEW_YORK);
      expect(t.overdue).toEqual([]);
      expect(t.today.length).toBeGreaterThanOrEqual(2);
    },
  );

  it("keeps each scheduled interview ahead", async () => {
    const now = at("2027-03-03", "12:00");
    const t = await firstScreen(now, NEW_YORK);
    const ask = t.upcoming.find((a) => a.kind === "ask-timeline");
    expect(ask?.company).toBe("Stark Industries");
    expect(Date.parse(ask!.dueBy)).toBeGreaterThan(now);
  });
});

describe("demoTimeline", () => {
  it("moves every date by the same number of days, keeping times of day, zones and texts", () => {
    const text = [
      '{"type":"interview","app":"a","at":"2026-11-17T14:00","decisionBy":"2026-11-25"}',
      '{"type":"reply","app":"a","at":"2026-11-18T09:30:00-07:00","text":"Back on 2026-11-20","returnOn":"2026-11-20"}',
    ].join("\n");
    const moved = demoTimeline(text, Date.parse("2027-03-03T12:00:00-05:00"), NEW_YORK);
    expect(moved.split("\n").map((l) => JSON.parse(l))).toEqual([
      { type: "interview", app: "a", at: "2027-03-02T14:00", decisionBy: "2027-03-10" },
      {
        type: "reply",
        app: "a",
        at: "2027-03-03T09:30:00-07:00",
        text: "Back on 2026-11-20",
        returnOn: "2027-03-05",
      },
    ]);
  });
});
