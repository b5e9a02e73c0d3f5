import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { readWithPythonIcalendar } from "../../test/calendar/python-icalendar.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import type { Action, TimelineEvent } from "../core/types.js";
import { renderCalendar } from "./ics.js";

const NOW = Date.parse("2026-11-02T20:00:00Z"); /* Mon */

const EVENTS: readonly TimelineEvent[] = [
  {
    type: "application",
    app: "acme-pm",
    company: "Acme, Inc.",
    role: "Product Manager",
    timezone: "America/Denver",
    url: "https://jobs.acme.example/pm",
  },
  {
    type: "interview",
    app: "acme-pm",
    at: "2026-10-30T10:00" /* Fri, still on daylight time (-06:00) */,
    durationMinutes: 45,
    interviewers: [{ name: "Dana Lee", title: "Head of Product" }],
  },
  {
    type: "interview",
    app: "acme-pm",
    at: "2026-11-02T10:00" /* Mon, back on standard time (-07:00) */,
    interviewers: [{ name: "Dana Lee" }, { name: "Sam Ortiz" }],
    topics: ["pricing; roadmap"],
  },
  {
    type: "application",
    app: "globex",
    company: "Globex",
    role: "Analyst",
    timezone: "Europe/London",
  },
  { type: "interview", app: "globex", at: "2026-10-28T14:00", durationMinutes: 30 } /* Wed */,
];

const ACTIONS: readonly Action[] = [
  {
    app: "acme-pm",
    company: "Acme, Inc.",
    kind: "thank-you",
    to: "Sam Ortiz",
    channels: ["email", "card"],
    dueFrom: "2026-11-02T11:00:00-07:00",
    dueBy: "2026-11-03T11:00:00-07:00",
    zone: "America/Denver",
    overdue: false,
    rule: "thank-you-24h",
    reason: "You met Sam Ortiz on Mon 2 Nov; thank-yous go out within 24 hours.",
    round: 2,
  },
  {
    app: "globex",
    company: "Globex",
    kind: "check-in",
    channels: ["email", "phone"],
    dueFrom: "2026-11-06T09:00:00+00:00",
    dueBy: "2026-11-06T17:00:00+00:00",
    zone: "Europe/London",
    overdue: false,
    rule: "check-in-default-wait",
    reason: "No decision date was given; 7 business days have passed since the interview.",
    assumption: true,
  },
  {
    app: "globex",
    company: "Globex",
    kind: "let-go",
    channels: [],
    dueFrom: "2026-12-01T09:00:00+00:00",
    dueBy: "2026-12-01T09:00:00+00:00",
    zone: "Europe/London",
    overdue: false,
    rule: "let-go-unanswered",
    reason: "Two check-ins went unanswered.",
  },
];

interface ParsedEvent {
  readonly uid: string;
  readonly sequence: number;
  readonly summary: string;
  readonly tzid: string | null;
  readonly startMs: number;
  readonly endMs: number;
  readonly alarms: readonly { action: string; trigger: string }[];
  readonly description: string;
}

/** Parses with ical.js, an implementation independent of the one that wrote the file. */
function parse(text: string): { events: ParsedEvent[]; zones: string[] } {
  const root = new ICAL.Component(ICAL.parse(text));
  const zones = root.getAllSubcomponents("vtimezone").map((z) => {
    const tz = new ICAL.Timezone(z);
    ICAL.TimezoneService.register(tz);
    return String(z.getFirstPropertyValue("tzid"));
  });
  const events = root.getAllSubcomponents("vevent").map((v) => {
    const ev = new ICAL.Event(v);
    const dtstart = v.getFirstProperty("dtstart");
    return {
      uid: ev.uid,
      sequence: ev.sequence,
      summary: ev.summary,
      description: ev.description,
      tzid: dtstart?.getParameter("tzid") as string | null,
      startMs: ev.startDate.toJSDate().getTime(),
      endMs: ev.endDate.toJSDate().getTime(),
      alarms: v.getAllSubcomponents("valarm").map((a) => ({
        action: String(a.getFirstPropertyValue("action")),
        trigger: String(a.getFirstPropertyValue("trigger")),
      })),
    };
  });
  return { events, zones };
}

const render = (events = EVENTS, actions = ACTIONS, nowMs = NOW) =>
  parse(renderCalendar({ events, actions, zone: "America/New_York", nowMs }));

/**
 * What sits directly inside VCALENDAR, in order: "property NAME" or "component NAME", read
 * from the unfolded content lines (RFC 5545, 3.1).
 */
function calendarLevel(text: string): string[] {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  const seen: string[] = [];
  let depth = 0;
  for (const line of lines) {
    const name = (line.split(/[;:]/, 1)[0] ?? "").toUpperCase();
    if (name === "BEGIN") {
      if (depth === 1) seen.push(`component ${line.slice("BEGIN:".length)}`);
      depth += 1;
    } else if (name === "END") depth -= 1;
    else if (depth === 1) seen.push(`property ${name}`);
  }
  return seen;
}

const text = () =>
  renderCalendar({ events: EVENTS, actions: ACTIONS, zone: "America/New_York", nowMs: NOW });

describe("renderCalendar", () => {
  describe("calendar properties", () => {
    it("come before every component, VTIMEZONEs included, as RFC 5545 (3.6) has it", () => {
      const level = calendarLevel(text());
      const lastProperty = level.findLastIndex((x) => x.startsWith("property "));
      const firstComponent = level.findIndex((x) => x.startsWith("component "));
      expect(level[firstComponent]).toBe("component VTIMEZONE");
      expect(lastProperty).toBeLessThan(firstComponent);
      expect(level.slice(0, firstComponent)).toEqual(
        expect.arrayContaining(
          ["VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "X-WR-TIMEZONE"].map(
            (p) => `property ${p}`,
          ),
        ),
      );
    });

    it("say the calendar is published, in the Gregorian calendar, as ical.js reads them", () => {
      const root = new ICAL.Component(ICAL.parse(text()));
      expect(root.getFirstPropertyValue("method")).toBe("PUBLISH");
      expect(root.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
      expect(root.getFirstPropertyValue("x-wr-timezone")).toBe("America/New_York");
    });

    describeWith(PROGRAMS.icalendar, "as python's icalendar reads them", {}, () => {
      it("has the calendar's properties, its zones and its events", () => {
        const cal = readWithPythonIcalendar(text());
        expect(cal.properties).toMatchObject({
          VERSION: "2.0",
          METHOD: "PUBLISH",
          CALSCALE: "GREGORIAN",
          "X-WR-CALNAME": "hearback follow-ups",
          "X-WR-TIMEZONE": "America/New_York",
        });
        expect(cal.timezones.sort()).toEqual(["America/Denver", "Europe/London"]);
        const interview = cal.events.find((e) => e.start === "2026-11-02T17:00:00Z");
        expect(interview?.summary).toBe("Interview: Acme, Inc., Product Manager");
      });
    });
  });

  describe("what goes in", () => {
    it("has one event per planned action and per interview, and leaves out advice to let go", () => {
      const { events } = render();
      expect(events.map((e) => e.summary).sort()).toEqual([
        "Check in with Globex",
        "Interview: Acme, Inc., Product Manager",
        "Interview: Acme, Inc., Product Manager",
        "Interview: Globex, Analyst",
        "Thank Sam Ortiz (Acme, Inc.)",
      ]);
    });

    it("keeps commas, semicolons and line breaks of user text intact through escaping", () => {
      const iv = render().events.find((e) => e.startMs === Date.parse("2026-11-02T17:00:00Z"));
      expect(iv?.description).toBe("With Dana Lee; Sam Ortiz.\nTopics: pricing; roadmap.");
    });

    it("says why and how to draft in the description of an action", () => {
      const ty = render().events.find((e) => e.summary.startsWith("Thank"));
      expect(ty?.description).toContain("within 24 hours");
      expect(ty?.description).toContain("hearback draft acme-pm --kind thank-you");
      // The user is in New York: their clock first, Denver's beside it.
      expect(ty?.description).toContain("Due by Tue 3 Nov, 13:00 your time · 11:00 in Denver.");
    });
  });

  describe("time zones", () => {
    it("writes each event in its application's zone, with a VTIMEZONE for every zone used", () => {
      const { events, zones } = render();
      expect(zones.sort()).toEqual(["America/Denver", "Europe/London"]);
      for (const e of events) {
        expect(["America/Denver", "Europe/London"]).toContain(e.tzid);
      }
    });

    it.each([
      ["before the end of daylight saving", "2026-10-30T16:00:00Z", 45],
      ["after the end of daylight saving", "2026-11-02T17:00:00Z", 60],
    ])("places an interview %s at the right instant", (_label, utc, minutes) => {
      const iv = render().events.find((e) => e.startMs === Date.parse(utc));
      expect(iv?.summary).toMatch(/^Interview: Acme/);
      expect(iv && (iv.endMs - iv.startMs) / 60_000).toBe(minutes);
    });

    it("spans an action's due window exactly", () => {
      const ty = render().events.find((e) => e.summary.startsWith("Thank"));
      expect(ty?.startMs).toBe(Date.parse("2026-11-02T18:00:00Z"));
      expect(ty?.endMs).toBe(Date.parse("2026-11-03T18:00:00Z"));
    });
  });

  describe("alarms", () => {
    it("reminds at the start of an action's window and an hour before an interview", () => {
      for (const e of render().events) {
        expect(e.alarms).toHaveLength(1);
        expect(e.alarms[0]?.action).toBe("DISPLAY");
        expect(e.alarms[0]?.trigger).toBe(e.summary.startsWith("Interview") ? "-PT1H" : "PT0S");
      }
    });
  });

  describe("refreshing", () => {
    it("gives every event a UID of its own, the same on every generation", () => {
      const first = render();
      const later = render(EVENTS, ACTIONS, NOW + 3 * 3_600_000);
      const uids = first.events.map((e) => e.uid);
      expect(new Set(uids).size).toBe(uids.length);
      expect(later.events.map((e) => e.uid)).toEqual(uids);
    });

    it("raises SEQUENCE for the events of an application that changed, and only for those", () => {
      const before = render();
      const withReply: TimelineEvent[] = [
        ...EVENTS,
        { type: "reply", app: "globex", at: "2026-11-03T10:00", text: "We'll decide by 10 Nov." },
      ];
      const moved: Action[] = ACTIONS.map((a) =>
        a.kind === "check-in"
          ? { ...a, dueFrom: "2026-11-13T09:00:00+00:00", dueBy: "2026-11-13T17:00:00+00:00" }
          : a,
      );
      const after = render(withReply, moved);
      // The same events, updated in place: none added, none gone.
      expect(after.events.map((e) => e.uid).sort()).toEqual(before.events.map((e) => e.uid).sort());
      for (const e of after.events) {
        const old = before.events.find((b) => b.uid === e.uid);
        if (e.summary.includes("Globex")) expect(e.sequence).toBeGreaterThan(old?.sequence ?? 0);
        else expect(e.sequence).toBe(old?.sequence);
      }
      const checkIn = after.events.find((e) => e.summary === "Check in with Globex");
      expect(checkIn?.startMs).toBe(Date.parse("2026-11-13T09:00:00Z"));
    });

    it("makes the next check-in a new event once one was sent, so the done one disappears", () => {
      const before = render();
      const sent: TimelineEvent[] = [
        ...EVENTS,
        { type: "sent", app: "globex", at: "2026-11-06T10:00", kind: "check-in" },
      ];
      const next: Action[] = ACTIONS.map((a) =>
        a.kind === "check-in"
          ? { ...a, dueFrom: "2026-11-16T09:00:00+00:00", dueBy: "2026-11-16T17:00:00+00:00" }
          : a,
      );
      const after = render(sent, next);
      const checkIn = (feed: typeof before) =>
        feed.events.filter((e) => e.summary === "Check in with Globex");
      expect(checkIn(after).map((e) => e.startMs)).toEqual([Date.parse("2026-11-16T09:00:00Z")]);
      const oldUid = checkIn(before)[0]!.uid;
      const newUid = checkIn(after)[0]!.uid;
      expect(newUid).not.toBe(oldUid);
      expect(after.events.map((e) => e.uid)).not.toContain(oldUid);
    });

    it("drops an action's event when the plan no longer lists it", () => {
      const after = render(
        EVENTS,
        ACTIONS.filter((a) => a.kind !== "thank-you"),
      );
      expect(after.events.some((e) => e.summary.startsWith("Thank"))).toBe(false);
      expect(after.events).toHaveLength(render().events.length - 1);
    });
  });
});
