import { describe, expect, it } from "vitest";
import { durationProblem, endTime, instantIn, wallTime } from "./interview-time.js";

describe("an interview's times in its forms", () => {
  describe("the wall-clock start of a stored time", () => {
    it("is read on the application's clock when the time names its offset", () => {
      expect(wallTime("2026-11-20T16:00:00Z", "America/Denver")).toBe("2026-11-20T09:00");
      expect(wallTime("2026-07-01T09:00:00-06:00", "Europe/London")).toBe("2026-07-01T16:00");
    });

    it("is the time as written when it names none (it is the application's clock already)", () => {
      expect(wallTime("2026-11-20T09:00", "America/Denver")).toBe("2026-11-20T09:00");
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

  it("ends the given minutes later, past midnight too", () => {
    expect(endTime("2026-11-20T09:00", 90)).toBe("10:30");
    expect(endTime("2026-11-20T23:30", 60)).toBe("00:30");
    expect(endTime("", 60)).toBe("");
  });

  it("takes a whole number of minutes from 5 to 600", () => {
    expect(durationProblem("45")).toBeUndefined();
    expect(durationProblem("4")).toBe("A whole number of minutes, from 5 to 600.");
    expect(durationProblem("1.5")).toBe("A whole number of minutes, from 5 to 600.");
  });
});
