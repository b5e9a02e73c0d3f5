import { describe, expect, it } from "vitest";
import { durationProblem, endTime, instantIn, startBeside, wallTime } from "./interview-time.js";

describe("an interview's times in its forms", () => {
  describe("the wall-clock start of a stored time", () => {
    it("is read on the application's clock when the time names its offset", () => {
      expect(wallTime("2026-11-20T16:00:00Z", "America/Denver")).toBe("2026-11-20T09:00");
      expect(wallTime("2026-07-01T09:00:00-06:00", "Europe/London")).toBe("2026-07-01T16:00");
    });

    it("is the time as written when it names none (it is the application's clock already)", () => {
      expect(wallTime("2026-11-20T09:00", "America/Denver")).toBe("2026-11-20T09:00");
    });

    it("is moved to the user's clock when it names none and was written on the application's", () => {
      expect(wallTime("2026-11-20T09:00", "UTC", "America/Denver")).toBe("2026-11-20T16:00");
      expect(wallTime("2026-11-20T20:00", "Europe/Berlin", "America/Denver")).toBe(
        "2026-11-21T04:00",
      );
    });
  });

  describe("the instant a wall-clock time names in a zone", () => {
    it("takes the zone's offset on that day, winter or summer", () => {
      expect(instantIn("2026-11-20T09:00", "America/Denver")).toBe(
        Date.parse("2026-11-20T16:00:00Z"),
      );
      expect(instantIn("2026-07-01T09:00", "America/Denver")).toBe(
        Date.parse("2026-07-01T15:00:00Z"),
      );
    });

    it("takes the new offset on the day daylight saving time ends", () => {
      // Denver goes from UTC-6 to UTC-7 at 2:00 on Sun 1 Nov 2026.
      expect(instantIn("2026-11-01T10:00", "America/Denver")).toBe(
        Date.parse("2026-11-01T17:00:00Z"),
      );
    });
  });

  describe("the end of an interview", () => {
    it("is the given minutes later, past midnight too", () => {
      expect(endTime("2026-11-20T09:00", 90, "America/Denver")).toBe("10:30");
      expect(endTime("2026-11-20T23:30", 60, "America/Denver")).toBe("00:30");
      expect(endTime("", 60, "America/Denver")).toBe("");
      expect(endTime("2026-11-20T09:00", 0, "America/Denver")).toBe("");
    });

    it("is counted in elapsed minutes across a change of daylight saving time", () => {
      // Denver's clocks go back from 2:00 to 1:00 on Sun 1 Nov 2026: an hour from the
      // (first) 1:30 ends at the second 1:30, and an hour from 1:30 in spring at 3:30.
      expect(endTime("2026-11-01T01:30", 60, "America/Denver")).toBe("01:30");
      expect(endTime("2026-03-08T01:30", 60, "America/Denver")).toBe("03:30");
    });
  });

  describe("the employer's clock beside a start typed on the user's", () => {
    it("names their time and place where the clocks differ", () => {
      expect(startBeside("2026-11-20T16:00", "UTC", "America/Denver")).toBe(
        "16:00 your time · 9:00 in Denver",
      );
      expect(startBeside("2026-12-07T01:00", "UTC", "America/Los_Angeles")).toBe(
        "1:00 your time · Sun 6 Dec, 17:00 in Los Angeles",
      );
    });

    it("says nothing where both clocks agree or the start is not a time yet", () => {
      expect(startBeside("2026-11-20T16:00", "UTC", "UTC")).toBe("");
      expect(startBeside("2026-11-20T16:00", "Europe/London", "UTC")).toBe("");
      expect(startBeside("", "UTC", "America/Denver")).toBe("");
    });
  });

  it("takes a whole number of minutes from 5 to 600", () => {
    expect(durationProblem("45")).toBeUndefined();
    expect(durationProblem("4")).toBe("A whole number of minutes, from 5 to 600.");
    expect(durationProblem("1.5")).toBe("A whole number of minutes, from 5 to 600.");
  });
});
