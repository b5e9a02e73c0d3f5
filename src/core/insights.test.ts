/**
 * Insights on a small job search whose numbers were worked out by hand
 * (fixtures/insights-timeline.jsonl; US holidays: Veterans Day Wed 11 Nov, Thanksgiving
 * Thu 26 Nov 2026; the day after Thanksgiving is a business day).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { businessCalendar } from "../time/business-days.js";
import { fold } from "./fold.js";
import { insights, spreadOf } from "./insights.js";
import type { TimelineEvent } from "./types.js";

const ZONE = "America/Denver";
/** Thu 3 Dec 2026, noon in Denver: Umbrella's interview (10 Dec) is still to come. */
const NOW = Date.parse("2026-12-03T12:00:00-07:00");

const events = readFileSync(join(import.meta.dirname, "fixtures/insights-timeline.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as TimelineEvent);

const result = (weekEnd?: "friday") =>
  insights({
    states: fold(events, { defaultZone: ZONE }),
    now: NOW,
    zone: ZONE,
    weekEnd,
    calendars: businessCalendar,
  });

describe("insights", () => {
  describe("the funnel", () => {
    it("counts applications (not saved jobs) at each stage reached", () => {
      // Hooli is only saved; Initech's only reply is out of office; Umbrella's interview is
      // booked (they answered) but not yet held; Acme made an offer that was accepted.
      expect(result().funnel).toEqual({
        applied: 4,
        heardBack: 3,
        interviewed: 2,
        offer: 1,
        accepted: 1,
      });
      expect(result().afterApplying).toEqual({ count: 4, answered: 3, rate: 0.75 });
    });
  });

  describe("replies to what was sent", () => {
    it("counts a message answered when a reply comes before the next message", () => {
      // Globex's thank-you was followed by a check-in before anyone answered.
      expect(result().followUps).toEqual([
        { kind: "thank-you", count: 2, answered: 1, rate: 0.5 },
        { kind: "check-in", count: 2, answered: 2, rate: 1 },
      ]);
    });

    it("lists the answered ones, latest first, with the business days they took", () => {
      expect(result().answered).toEqual([
        // Fri 20 Nov to Tue 1 Dec: 23, 24, 25, (Thanksgiving), 27, 30 Nov, 1 Dec.
        {
          app: "acme",
          company: "Acme",
          kind: "check-in",
          sent: "2026-11-20T09:00:00-07:00",
          reply: "2026-12-01T10:00:00-07:00",
          businessDays: 6,
        },
        // Thu 19 to Mon 23 Nov: 20, 23.
        {
          app: "globex",
          company: "Globex",
          kind: "check-in",
          sent: "2026-11-19T09:00:00-07:00",
          reply: "2026-11-23T10:00:00-07:00",
          businessDays: 2,
        },
        // Tue 10 to Tue 17 Nov: (Veterans Day), 12, 13, 16, 17.
        {
          app: "acme",
          company: "Acme",
          kind: "thank-you",
          sent: "2026-11-10T15:00:00-07:00",
          reply: "2026-11-17T11:00:00-07:00",
          businessDays: 4,
        },
      ]);
    });
  });

  describe("time to the first reply", () => {
    it("spreads the business days after applying and after each interview", () => {
      // After applying: Acme 2 to 5 Nov = 3; Globex 3 to 23 Nov = 14 weekdays less Veterans Day = 13.
      expect(result().firstReply.afterApplying).toEqual({
        count: 2,
        median: 8,
        p25: 5.5,
        p75: 10.5,
        min: 3,
        max: 13,
      });
      // After an interview: Acme 10 to 17 Nov = 4; Globex 12 to 23 Nov = 7.
      expect(result().firstReply.afterInterview).toEqual({
        count: 2,
        median: 5.5,
        p25: 4.75,
        p75: 6.25,
        min: 4,
        max: 7,
      });
    });

    it("gives each company that replied its own medians", () => {
      expect(result().firstReply.byCompany).toEqual([
        { company: "Acme", afterApplying: 3, afterInterview: 4 },
        { company: "Globex", afterApplying: 13, afterInterview: 7 },
      ]);
    });

    it("has no spread without replies, and interpolates quartiles between ranks", () => {
      expect(spreadOf([])).toBeNull();
      expect(spreadOf([9, 1, 5, 3])).toEqual({
        count: 4,
        median: 4,
        p25: 2.5,
        p75: 6,
        min: 1,
        max: 9,
      });
    });
  });

  describe("weeks", () => {
    it("counts applications and held interviews per week in the user's zone, empty weeks kept", () => {
      // Initech applied at 04:30 UTC on Sun 8 Nov: Saturday evening, 7 Nov, in Denver.
      expect(result().weeks).toEqual([
        { from: "2026-11-01", to: "2026-11-07", applications: 3, interviews: 0 },
        { from: "2026-11-08", to: "2026-11-14", applications: 0, interviews: 2 },
        { from: "2026-11-15", to: "2026-11-21", applications: 1, interviews: 0 },
      ]);
    });

    it("ends weeks on the day the user chose", () => {
      // Weeks ending Friday: Initech's Saturday falls in the week of 7-13 Nov, with both interviews.
      expect(result("friday").weeks).toEqual([
        { from: "2026-10-31", to: "2026-11-06", applications: 2, interviews: 0 },
        { from: "2026-11-07", to: "2026-11-13", applications: 1, interviews: 2 },
        { from: "2026-11-14", to: "2026-11-20", applications: 1, interviews: 0 },
      ]);
    });

    it("is empty for an empty search", () => {
      const empty = insights({ states: [], now: NOW, zone: ZONE, calendars: businessCalendar });
      expect(empty.weeks).toEqual([]);
      expect(empty.afterApplying.rate).toBeNull();
      expect(empty.firstReply.afterApplying).toBeNull();
    });
  });
});
