import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { businessCalendar, isValidRegion } from "./business-days.js";
import {
  addMonths,
  atWallTime,
  DAY_MS,
  dateInZone,
  epochDay,
  formatDateTime,
  isIsoDate,
  isoWithOffset,
  isSupportedDate,
  isSupportedDateTime,
  isValidZone,
  parseDateTime,
  wallTime,
  zoneOffsetMs,
} from "./index.js";

const ZONES = [
  "America/New_York",
  "America/Denver",
  "Europe/London",
  "Australia/Sydney",
  "Asia/Kolkata",
  "Pacific/Chatham",
  "America/St_Johns",
  "UTC",
];
const instantArb = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 })
  .map((m) => m * 60_000);

describe("src/time agrees with Temporal", () => {
  it("on offsets, calendar days and ISO strings of any instant", () => {
    fc.assert(
      fc.property(instantArb, fc.constantFrom(...ZONES), (ms, zone) => {
        const z = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
        expect(zoneOffsetMs(ms, zone)).toBe(z.offsetNanoseconds / 1e6);
        expect(dateInZone(ms, zone)).toBe(z.toPlainDate().toString());
        expect(isoWithOffset(ms, zone)).toBe(
          z.toString({ timeZoneName: "never", smallestUnit: "second" }),
        );
        expect(wallTime(ms, zone)).toBe(z.toPlainTime().toString().slice(0, 5));
      }),
      { numRuns: 2000 },
    );
  });

  it("on ISO strings of instants between whole minutes, and asked again (from its cache)", () => {
    fc.assert(
      fc.property(
        instantArb,
        fc.integer({ min: 0, max: 59_999 }),
        fc.constantFrom(...ZONES),
        (minute, extra, zone) => {
          const ms = minute + extra;
          const expected = Temporal.Instant.fromEpochMilliseconds(ms)
            .toZonedDateTimeISO(zone)
            .toString({ timeZoneName: "never", smallestUnit: "second" });
          expect(isoWithOffset(ms, zone)).toBe(expected);
          expect(isoWithOffset(ms, zone)).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("on ISO strings in more zones than it keeps caches for, asked again after they are dropped", () => {
    const zones = Intl.supportedValuesOf("timeZone").slice(0, 80);
    const instants = [
      Date.UTC(2026, 2, 29, 1, 30),
      Date.UTC(2026, 9, 25, 0, 45),
      Date.UTC(2027, 0, 1),
    ];
    for (let pass = 0; pass < 2; pass++) {
      for (const zone of zones) {
        for (const ms of instants) {
          expect(isoWithOffset(ms, zone)).toBe(
            Temporal.Instant.fromEpochMilliseconds(ms)
              .toZonedDateTimeISO(zone)
              .toString({ timeZoneName: "never", smallestUnit: "second" }),
          );
        }
      }
    }
  });

  it("on local wall times, the skipped and repeated hours included", () => {
    fc.assert(
      fc.property(instantArb, fc.constantFrom(...ZONES), (ms, zone) => {
        const local = new Date(ms).toISOString().slice(0, 16);
        const expected = Temporal.PlainDateTime.from(local).toZonedDateTime(zone, {
          disambiguation: "compatible",
        });
        expect(parseDateTime(local, zone)).toBe(expected.epochMilliseconds);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["2026-03-08T02:30", "America/New_York", "2026-03-08T03:30:00-04:00"], // skipped: moves forward
    ["2026-11-01T01:30", "America/New_York", "2026-11-01T01:30:00-04:00"], // repeated: the earlier
    ["2026-10-04T02:30", "Australia/Sydney", "2026-10-04T03:30:00+11:00"],
    ["2026-03-29T01:30", "Europe/London", "2026-03-29T02:30:00+01:00"],
  ])("reads %s in %s as %s", (local, zone, iso) => {
    expect(isoWithOffset(parseDateTime(local, zone)!, zone)).toBe(iso);
  });
});

describe("parseDateTime", () => {
  it.each([
    ["2026-11-02T10:00:00Z", Date.UTC(2026, 10, 2, 10)],
    ["2026-11-02T10:00:00.250+05:30", Date.UTC(2026, 10, 2, 4, 30, 0, 250)],
    ["2026-11-02 10:00-0700", Date.UTC(2026, 10, 2, 17)],
    ["2026-11-02T10:00:00-07:00[America/Denver]", Date.UTC(2026, 10, 2, 17)],
  ])("reads %s", (s, expected) => {
    expect(parseDateTime(s, "Asia/Kolkata")).toBe(expected);
  });

  it.each([
    "next tuesday",
    "2026-11-02",
    "2026-02-29T10:00",
    "2026-11-02T24:30",
    "2026-11-02T10:61",
    "",
  ])("refuses %j", (s) => {
    expect(parseDateTime(s, "UTC")).toBeNull();
  });
});

describe("the supported range of dates", () => {
  it.each([
    "1900-01-01T00:00Z",
    "2199-12-31T23:59",
    "2026-11-02T10:00+14:00",
    "2026-11-02T10:00-12:00",
    "2026-11-02T10:00+05:45",
    "2026-11-02T10:00:00.5-0930",
    "2026-11-02T10:00+01",
    "2026-11-02T10:00:00+01:00[Europe/Paris]",
    "1935-03-29T23:59:59-03:30:52",
  ])("accepts %j", (s) => {
    expect(isSupportedDateTime(s)).toBe(true);
  });

  it.each([
    ["an expanded year", "+275760-09-13T00:00Z"],
    ["a negative year", "-000001-01-01T00:00Z"],
    ["year 0", "0000-01-01T00:00Z"],
    ["year 1", "0001-01-01T00:00"],
    ["1899", "1899-12-31T23:59Z"],
    ["2200", "2200-01-01T00:00Z"],
    ["an offset no zone has", "2026-11-02T10:00+23:59"],
    ["an offset beyond -12:00", "2026-11-02T10:00-13:00"],
    ["a local-mean-time offset before 1900", "1850-01-01T00:00-04:56:02"],
    ["an offset that is not one", "2026-11-02T10:00+01:00:00:00"],
  ])("refuses %s", (_name, s) => {
    expect(isSupportedDateTime(s)).toBe(false);
  });

  it("reads days of 1900-2199 only", () => {
    expect(isSupportedDate("1900-01-01")).toBe(true);
    expect(isSupportedDate("2199-12-31")).toBe(true);
    expect(isSupportedDate("9999-12-31")).toBe(false);
    expect(isSupportedDate("0001-01-01")).toBe(false);
    expect(isSupportedDate("2026-02-30")).toBe(false);
  });

  it("accepts every instant of the range written with its zone's offset", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(2199, 11, 30) }),
        fc.constantFrom(...ZONES),
        (ms, zone) => isSupportedDateTime(isoWithOffset(ms, zone)),
      ),
    );
  });
});

describe("calendar days", () => {
  it("reads every YYYY-MM-DD as Date.UTC does, and refuses the days a month does not have", () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    let refused = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1890, max: 2210 }), fc.integer({ min: 1, max: 9999 })),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, mo, d) => {
          const s = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
          const utc = new Date(0);
          utc.setUTCFullYear(y, mo - 1, d);
          const real = utc.getUTCDate() === d;
          if (!real) refused++;
          expect(isIsoDate(s)).toBe(real);
          expect(parseDateTime(`${s}T12:00Z`, "UTC")).toBe(
            real ? utc.setUTCHours(12, 0, 0, 0) : null,
          );
          if (real) expect(epochDay(s)).toBe(Math.floor(utc.getTime() / DAY_MS));
        },
      ),
      { numRuns: 2000 },
    );
    // Days a month does not have (30 February, 31 April...) came up often enough.
    expect(refused).toBeGreaterThanOrEqual(2000 / 200);
    for (const s of ["1900-01-01", "1900-02-29", "2000-02-29", "2199-12-31", "2200-01-01"]) {
      const [y, mo, d] = s.split("-").map(Number) as [number, number, number];
      expect(isIsoDate(s)).toBe(new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d);
    }
  });
});

describe("formatting", () => {
  it("shows the weekday and the time in the zone", () => {
    const ms = atWallTime("2026-11-13", "09:00", "America/Denver");
    expect(formatDateTime(ms, "America/Denver")).toBe("Fri 13 Nov, 9:00");
    expect(formatDateTime(ms, "Europe/London", 2025)).toBe("Fri 13 Nov 2026, 16:00");
  });

  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-11-18", 4, "2027-03-18"],
    ["2026-03-31", -1, "2026-02-28"],
  ])("adds months to %s: + %i = %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe("business days", () => {
  const us = businessCalendar("US");

  it.each([
    ["2026-11-11" /* Wed, Veterans Day */, false],
    ["2026-11-26" /* Thu, Thanksgiving */, false],
    ["2026-11-27" /* Fri, an observance only */, true],
    ["2026-11-28" /* Sat */, false],
    ["2026-11-30" /* Mon */, true],
  ])("in the US, %s is a business day: %s", (date, expected) => {
    expect(us.isBusinessDay(date)).toBe(expected);
  });

  it("counts across holidays and weekends, both ways", () => {
    expect(us.addBusinessDays("2026-11-24" /* Tue */, 3)).toBe("2026-11-30" /* Mon */);
    expect(us.addBusinessDays("2026-11-30" /* Mon */, -3)).toBe("2026-11-24" /* Tue */);
    expect(us.businessDaysBetween("2026-11-24", "2026-11-30")).toBe(3);
    expect(us.onOrAfter("2026-11-26" /* Thu */)).toBe("2026-11-27" /* Fri */);
    expect(us.holidayName("2026-11-26")).toBe("Thanksgiving Day");
  });

  it("uses the region's own holidays", () => {
    expect(businessCalendar("GB").isBusinessDay("2026-11-26" /* Thu */)).toBe(true);
    expect(businessCalendar("GB").isBusinessDay("2026-12-28" /* Mon, Boxing Day observed */)).toBe(
      false,
    );
  });

  it.each([
    ["US", true],
    ["us-co", true],
    ["GB", true],
    ["DE-BY", true],
    ["XX", false],
    ["US-ZZ", false],
    ["United States", false],
  ])("knows whether %s is a region: %s", (region, expected) => {
    expect(isValidRegion(region)).toBe(expected);
  });

  it.each([
    ["America/Denver", true],
    ["Mars/Olympus", false],
    ["+05:00", false],
  ])("knows whether %s is a zone: %s", (zone, expected) => {
    expect(isValidZone(zone)).toBe(expected);
  });
});
