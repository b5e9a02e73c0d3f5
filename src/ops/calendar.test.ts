import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACME_INTERVIEW, AFTER_INTERVIEW } from "../../test/calendar/acme-interview.js";
import { readWithPythonIcalendar } from "../../test/calendar/python-icalendar.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import type { TimelineEvent } from "../core/types.js";
import { createApp } from "../server/app.js";
import { openStore, type Store } from "../store/index.js";
import { exportStoredCalendar, feedToken, rotateFeedToken } from "./calendar.js";

const NOW = AFTER_INTERVIEW;
const ORIGIN = "http://127.0.0.1:4100";
const EVENTS = ACME_INTERVIEW;

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "hearback-feed-"));
  store = await openStore({ dir });
  await store.append(EVENTS, { recordedAt: NOW, source: "test" });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const app = (token?: string, now = NOW) =>
  createApp({ store, clock: () => now, fallbackZone: "UTC", ...(token ? { token } : {}) });

describe("the /calendar.ics feed", () => {
  it("answers with the calendar for the right token", async () => {
    const token = await feedToken(store);
    const res = await app().request(`${ORIGIN}/calendar.ics?token=${token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
    const events = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents("vevent");
    expect(events.map((v) => new ICAL.Event(v).summary)).toContain("Thank Dana Lee (Acme)");
  });

  it.each([
    ["no token", ""],
    ["a wrong token", "?token=nope"],
  ])("is not found with %s", async (_label, query) => {
    await feedToken(store);
    const res = await app().request(`${ORIGIN}/calendar.ics${query}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("BEGIN:VCALENDAR");
  });

  it("stops answering the old address once a new token is made", async () => {
    const old = await feedToken(store);
    const fresh = await rotateFeedToken(store);
    expect((await app().request(`${ORIGIN}/calendar.ics?token=${old}`)).status).toBe(404);
    expect((await app().request(`${ORIGIN}/calendar.ics?token=${fresh}`)).status).toBe(200);
  });

  it("works when the server itself needs a token, as calendar apps send no cookie", async () => {
    const token = await feedToken(store);
    const res = await app("server-secret").request(`${ORIGIN}/calendar.ics?token=${token}`);
    expect(res.status).toBe(200);
  });

  it("moves an amended interview and raises its SEQUENCE, though the event count stays the same", async () => {
    const token = await feedToken(store);
    const read = async () => {
      const res = await app().request(`${ORIGIN}/calendar.ics?token=${token}`);
      const root = new ICAL.Component(ICAL.parse(await res.text()));
      for (const z of root.getAllSubcomponents("vtimezone"))
        ICAL.TimezoneService.register(new ICAL.Timezone(z));
      return root
        .getAllSubcomponents("vevent")
        .map((v) => new ICAL.Event(v))
        .find((e) => e.summary.startsWith("Interview"));
    };
    const before = await read();
    const stored = (await store.events({ app: "acme-pm" })).find(
      (e) => e.event.type === "interview",
    );
    if (!stored) throw new Error("no interview stored");
    await store.amend(stored.id, { ...stored.event, at: "2026-11-02T11:00" } as TimelineEvent, {
      recordedAt: NOW,
      source: "test",
    });
    const after = await read();
    expect(after?.uid).toBe(before?.uid);
    expect(after?.sequence).toBeGreaterThan(before?.sequence ?? 0);
    expect(after?.startDate.toJSDate().toISOString()).toBe("2026-11-02T18:00:00.000Z");
  });

  describe("polling", () => {
    const get = async (token: string, headers: Record<string, string> = {}, now = NOW) =>
      app(undefined, now).request(`${ORIGIN}/calendar.ics?token=${token}`, { headers });

    it("answers 304 without a body when the calendar has not changed since the app's copy", async () => {
      const token = await feedToken(store);
      const first = await get(token);
      const etag = first.headers.get("etag");
      expect(etag).toMatch(/^W\/".+"$/);
      const again = await get(token, { "If-None-Match": etag ?? "" }, NOW + 10 * 60_000);
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
    });

    it("answers the new calendar, with a new ETag, once something was recorded", async () => {
      const token = await feedToken(store);
      const etag = (await get(token)).headers.get("etag") ?? "";
      await store.append(
        [{ type: "sent", app: "acme-pm", at: "2026-11-02T15:00", kind: "thank-you" }],
        { recordedAt: NOW, source: "test" },
      );
      const res = await get(token, { "If-None-Match": etag });
      expect(res.status).toBe(200);
      expect(res.headers.get("etag")).not.toBe(etag);
      expect(await res.text()).not.toContain("Thank Dana Lee");
    });

    it("ignores an ETag that is not the calendar's", async () => {
      const token = await feedToken(store);
      const res = await get(token, { "If-None-Match": 'W/"something-else", "other"' });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("BEGIN:VCALENDAR");
    });
  });

  it("keeps the same token until a new one is asked for", async () => {
    expect(await feedToken(store)).toBe(await feedToken(store));
  });
});

describe("the exported .ics file", () => {
  const exportAt = (now: number) => exportStoredCalendar({ store, now, fallbackZone: "UTC" });
  const thankYouSent = () =>
    store.append([{ type: "sent", app: "acme-pm", at: "2026-11-02T15:00", kind: "thank-you" }], {
      recordedAt: NOW,
      source: "test",
    });
  const read = (ics: string) =>
    new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => ({
      uid: String(v.getFirstPropertyValue("uid")),
      summary: String(v.getFirstPropertyValue("summary")),
      sequence: Number(v.getFirstPropertyValue("sequence")),
      status: v.getFirstPropertyValue("status"),
    }));

  it("is published (METHOD:PUBLISH), so calendar apps import it as updates", async () => {
    const { ics } = await exportAt(NOW);
    expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue("method")).toBe("PUBLISH");
  });

  it("cancels a follow-up done since the last file, with a higher SEQUENCE", async () => {
    const first = read((await exportAt(NOW)).ics);
    const thanks = first.find((e) => e.summary === "Thank Dana Lee (Acme)");
    expect(thanks?.status).toBeNull();
    await thankYouSent();
    const second = await exportAt(NOW + 60_000);
    expect(second.cancelled).toBe(1);
    const again = read(second.ics).find((e) => e.uid === thanks?.uid);
    expect(again?.status).toBe("CANCELLED");
    expect(again?.sequence).toBeGreaterThan(thanks?.sequence ?? 0);
  });

  it("keeps cancelling it in later files, in case one was never imported", async () => {
    await exportAt(NOW);
    await thankYouSent();
    const second = read((await exportAt(NOW + 60_000)).ics);
    const third = read((await exportAt(NOW + 120_000)).ics);
    expect(third).toEqual(second);
  });

  it("says nothing about a follow-up done before any file had it", async () => {
    await thankYouSent();
    const { ics, cancelled } = await exportAt(NOW);
    expect(cancelled).toBe(0);
    expect(read(ics).every((e) => e.status === null)).toBe(true);
  });

  it("leaves cancelled events out of the feed, which calendar apps replace whole", async () => {
    await exportAt(NOW);
    await thankYouSent();
    await exportAt(NOW + 60_000);
    const token = await feedToken(store);
    const res = await app().request(`${ORIGIN}/calendar.ics?token=${token}`);
    expect(await res.text()).not.toContain("CANCELLED");
  });

  describeWith(PROGRAMS.icalendar, "as python's icalendar reads it", {}, () => {
    it("has the done thank-you as cancelled and the interview as it was", async () => {
      await exportAt(NOW);
      await thankYouSent();
      const cal = readWithPythonIcalendar((await exportAt(NOW + 60_000)).ics);
      expect(cal.properties.METHOD).toBe("PUBLISH");
      const byStatus = cal.events.map((e) => [e.summary, e.status]);
      expect(byStatus).toContainEqual(["Thank Dana Lee (Acme)", "CANCELLED"]);
      expect(byStatus).toContainEqual(["Interview: Acme, Product Manager", null]);
    });
  });
});
