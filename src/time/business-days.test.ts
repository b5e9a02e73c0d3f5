import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessCalendar } from "./business-days.js";
import {
  HOLIDAY_TABLE,
  HOLIDAY_TABLE_FIRST_YEAR,
  HOLIDAY_TABLE_LAST_YEAR,
} from "./holiday-table.js";
import { addDays, weekday } from "./index.js";

const Holidays = createRequire(import.meta.url)("date-holidays");

/** The public holidays of a region in a year, as date-holidays says: day -> name. */
function fromLibrary(region: string, year: number): Map<string, string> {
  const [country, state, sub] = region.split("-");
  const hd = new Holidays(country, state ?? "", sub ?? "", { types: ["public"] });
  const out = new Map<string, string>();
  for (const h of hd.getHolidays(year) ?? []) {
    if (h.type === "public" && !out.has(h.date.slice(0, 10))) out.set(h.date.slice(0, 10), h.name);
  }
  return out;
}

function fromCalendar(region: string, year: number): Map<string, string> {
  const cal = businessCalendar(region);
  const out = new Map<string, string>();
  for (
    let d = new Date(Date.UTC(year, 0, 1));
    d.getUTCFullYear() === year;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const day = d.toISOString().slice(0, 10);
    const name = cal.holidayName(day);
    if (name !== undefined) out.set(day, name);
  }
  return out;
}

// Every region is checked in CI against the library: a stale table after an upgrade of
// date-holidays fails here (regenerate it with `node scripts/holiday-table.mjs`).
const regions = Object.keys(HOLIDAY_TABLE);
const sample = [
  "US",
  "US-CO",
  "US-CA",
  "GB",
  "GB-SCT",
  "DE-BY",
  "AU-NSW",
  "IN",
  "FR",
  "CA-QC",
  ...regions.filter((_, i) => i % 25 === 0),
];

describe("the holiday table", () => {
  it.each(sample)("matches date-holidays for %s in every year it covers", (region) => {
    for (let year = HOLIDAY_TABLE_FIRST_YEAR; year <= HOLIDAY_TABLE_LAST_YEAR; year++) {
      expect(fromCalendar(region, year)).toEqual(fromLibrary(region, year));
    }
  });

  it("falls back to date-holidays outside its years", () => {
    const year = HOLIDAY_TABLE_LAST_YEAR + 7;
    expect(fromCalendar("US", year)).toEqual(fromLibrary("US", year));
    expect(fromCalendar("US", year).size).toBeGreaterThan(5);
  });
});

describe("counting business days", () => {
  it("gives over long ranges what counting day by day gives", () => {
    let overHolidays = 0;
    fc.assert(
      fc.property(
        fc.constantFrom("US", "GB", "DE-BY", "IN"),
        fc.integer({ min: 0, max: 365 * 30 }).map((d) => addDays("2020-01-01", d)),
        fc.integer({ min: 0, max: 800 }),
        (region, from, length) => {
          const cal = businessCalendar(region);
          const to = addDays(from, length);
          let expected = 0;
          let holidays = 0;
          for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
            if (cal.isBusinessDay(d)) expected++;
            else if (weekday(d) <= 5) holidays++;
          }
          expect(cal.businessDaysBetween(from, to)).toBe(expected);
          if (holidays > 0) overHolidays++;
        },
      ),
      { numRuns: 150 },
    );
    // Ranges with a weekday holiday in them, where counting weekdays alone would be wrong.
    expect(overHolidays).toBeGreaterThanOrEqual(150 / 2);
  });
});

describe("stepping over business days", () => {
  /** A business day by the plain definition: a weekday that is no public holiday. */
  const isOpen = (region: string, date: string) =>
    weekday(date) <= 5 && businessCalendar(region).holidayName(date) === undefined;

  it("agrees with a walk day by day, in the table's years and across their edges", () => {
    const edge = `${HOLIDAY_TABLE_LAST_YEAR}-12-01`;
    const seen = { holiday: 0, pastTable: 0 };
    fc.assert(
      fc.property(
        fc.constantFrom("US", "GB", "DE-BY", "IN", "AU-NSW"),
        fc.oneof(
          fc
            .integer({ min: -60, max: 365 * 14 })
            .map((d) => addDays(`${HOLIDAY_TABLE_FIRST_YEAR}-01-01`, d)),
          fc.integer({ min: 0, max: 90 }).map((d) => addDays(edge, d)),
        ),
        fc.integer({ min: -25, max: 25 }),
        (region, date, n) => {
          const cal = businessCalendar(region);
          let expected = date;
          let holidays = 0;
          for (let left = Math.abs(n); left > 0; ) {
            expected = addDays(expected, n < 0 ? -1 : 1);
            if (isOpen(region, expected)) left--;
            else if (weekday(expected) <= 5) holidays++;
          }
          if (holidays > 0) seen.holiday++;
          if (expected > `${HOLIDAY_TABLE_LAST_YEAR}-12-31`) seen.pastTable++;
          expect(cal.addBusinessDays(date, n)).toBe(expected);
          let onOrAfter = date;
          while (!isOpen(region, onOrAfter)) onOrAfter = addDays(onOrAfter, 1);
          expect(cal.onOrAfter(date)).toBe(onOrAfter);
          expect(cal.isBusinessDay(date)).toBe(isOpen(region, date));
        },
      ),
      { numRuns: 300 },
    );
    // Walks that step over a weekday holiday, and walks that end past the table's years.
    expect(seen.holiday).toBeGreaterThanOrEqual(300 / 10);
    expect(seen.pastTable).toBeGreaterThanOrEqual(300 / 30);
  });

  it.each([
    // Thanksgiving: Thu 26 Nov 2026 is a US public holiday.
    ["US", "2026-11-25" /* Wed */, 1, "2026-11-27" /* Fri */],
    ["US", "2026-11-27" /* Fri */, -1, "2026-11-25" /* Wed */],
    [
      "GB",
      "2026-12-24" /* Thu */,
      1,
      "2026-12-29" /* Tue: Christmas (Fri), Boxing Day moved to Mon */,
    ],
  ])("in %s, %s plus %i business days is %s", (region, date, n, expected) => {
    expect(businessCalendar(region).addBusinessDays(date, n)).toBe(expected);
  });
});
