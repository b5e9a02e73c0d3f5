import { describe, expect, it } from "vitest";
import {
  dueGroup,
  placeOf,
  showDay,
  showDayOf,
  showSpan,
  showTheirTime,
  showTime,
  showTimeBeside,
} from "./show.js";

const ny = (iso: string) => ({ zone: "America/New_York", now: Date.parse(iso) });

describe("showing times to people", () => {
  describe("a moment", () => {
    it("is shown in the reader's zone with the weekday", () => {
      // 9:45 in Denver is 11:45 in New York.
      expect(showTime(Date.parse("2026-11-26T09:45:00-07:00"), ny("2026-11-20T12:00Z"))).toBe(
        "Thu 26 Nov, 11:45",
      );
    });

    it("names the year only when it is not the reader's current year", () => {
      const ms = Date.parse("2027-01-04T14:00:00Z");
      expect(showTime(ms, ny("2026-12-30T12:00Z"))).toBe("Mon 4 Jan 2027, 9:00");
      expect(showTime(ms, ny("2027-01-01T12:00Z"))).toBe("Mon 4 Jan, 9:00");
    });

    it("counts the reader's year in the reader's zone (New Year's Eve evening in New York)", () => {
      const now = Date.parse("2027-01-01T03:00:00Z"); // 22:00 on 31 Dec in New York
      expect(showTime(now, { zone: "America/New_York", now })).toBe("Thu 31 Dec, 22:00");
    });
  });

  describe("a moment where the employer's clock matters", () => {
    it("shows their time and place beside the reader's", () => {
      expect(
        showTimeBeside(
          Date.parse("2026-11-26T09:45:00-07:00"),
          ny("2026-11-20T12:00Z"),
          "America/Denver",
        ),
      ).toBe("Thu 26 Nov, 11:45 your time · 9:45 in Denver");
    });

    it("names their day when it is another day than the reader's", () => {
      expect(
        showTimeBeside(
          Date.parse("2026-12-07T06:00:00Z"),
          ny("2026-12-01T12:00Z"),
          "America/Los_Angeles",
        ),
      ).toBe("Mon 7 Dec, 1:00 your time · Sun 6 Dec, 22:00 in Los Angeles");
    });

    it("shows a window with their clock beside it", () => {
      const from = Date.parse("2026-12-07T09:00:00+01:00");
      const to = Date.parse("2026-12-09T17:00:00+01:00");
      expect(showSpan(from, to, ny("2026-12-01T12:00Z"), "Europe/Berlin")).toBe(
        "Mon 7 Dec, 3:00 to Wed 9 Dec, 11:00 your time (Mon 9:00 to Wed 17:00 in Berlin)",
      );
      expect(showSpan(from, to, { zone: "Europe/Paris", now: from }, "Europe/Berlin")).toBe(
        "Mon 7 Dec, 9:00 to Wed 9 Dec, 17:00",
      );
    });

    it("gives their clock alone, with the place, for a list that shows the user's", () => {
      const reader = ny("2026-12-01T12:00Z");
      const at = (iso: string) => Date.parse(iso);
      expect(showTheirTime(at("2026-12-11T09:00:00Z"), reader, "Europe/London")).toBe(
        "9:00 in London",
      );
      expect(showTheirTime(at("2026-12-06T22:00:00-08:00"), reader, "America/Los_Angeles")).toBe(
        "Sun 6 Dec, 22:00 in Los Angeles",
      );
      expect(showTheirTime(at("2026-12-11T09:00:00-05:00"), reader, "America/Toronto")).toBeNull();
    });

    it("shows the moment once when both clocks agree", () => {
      const ms = Date.parse("2026-11-26T14:00:00Z");
      expect(showTimeBeside(ms, ny("2026-11-20T12:00Z"), "America/New_York")).toBe(
        "Thu 26 Nov, 9:00",
      );
      expect(showTimeBeside(ms, ny("2026-11-20T12:00Z"), "America/Toronto")).toBe(
        "Thu 26 Nov, 9:00",
      );
    });
  });

  describe("a calendar day", () => {
    it("stays the same day whatever the reader's zone", () => {
      expect(showDay("2026-11-13", { zone: "Pacific/Auckland", now: 0 })).toBe("Fri 13 Nov 2026");
      expect(showDay("2026-11-13", ny("2026-11-01T12:00Z"))).toBe("Fri 13 Nov");
    });

    it("of a moment is the reader's day", () => {
      // 1:00 on Saturday in Auckland is still Friday in New York.
      const ms = Date.parse("2026-12-11T12:00:00Z");
      expect(showDayOf(ms, ny("2026-12-01T12:00Z"))).toBe("Fri 11 Dec");
      expect(showDayOf(ms, { zone: "Pacific/Auckland", now: ms })).toBe("Sat 12 Dec");
    });
  });

  it.each([
    ["America/Denver", "Denver"],
    ["America/Los_Angeles", "Los Angeles"],
    ["America/Argentina/Buenos_Aires", "Buenos Aires"],
    ["UTC", "UTC"],
  ])("calls %s %s", (zone, place) => {
    expect(placeOf(zone)).toBe(place);
  });

  describe("agenda groups, on the reader's days", () => {
    const saturday = ny("2026-12-12T15:00:00Z"); // Sat 12 Dec, 10:00 in New York
    const group = (dueFrom: string, dueBy: string, overdue = false) =>
      dueGroup({ overdue, dueFromMs: Date.parse(dueFrom), dueByMs: Date.parse(dueBy) }, saturday);

    it("does not call a Tuesday deadline due today on Saturday, though its window is open", () => {
      expect(group("2026-12-11T09:00:00Z", "2026-12-15T22:00:00Z")).toBe("week");
    });

    it("calls a deadline later today due today", () => {
      expect(group("2026-12-10T09:00:00Z", "2026-12-12T23:00:00Z")).toBe("today");
    });

    it("reads today on the reader's calendar, not the employer's", () => {
      // 3:00 on Sunday in Berlin is still Saturday evening in New York.
      expect(group("2026-12-11T09:00:00Z", "2026-12-13T02:00:00Z")).toBe("today");
      // 1:00 on Sunday in New York is tomorrow, though it is Saturday in Los Angeles.
      expect(group("2026-12-11T09:00:00Z", "2026-12-13T06:00:00Z")).toBe("week");
    });

    it("puts windows opening in a week or more later, and missed deadlines first", () => {
      expect(group("2026-12-19T14:00:00Z", "2026-12-22T22:00:00Z")).toBe("later");
      expect(group("2026-12-18T14:00:00Z", "2026-12-22T22:00:00Z")).toBe("week");
      expect(group("2026-12-01T14:00:00Z", "2026-12-10T22:00:00Z", true)).toBe("overdue");
    });
  });
});
