/**
 * Business days: weekdays that are not public holidays of a region, from `date-holidays`.
 * Only holidays of type `public` count: observances (the day after Thanksgiving in the US)
 * and optional or bank holidays do not close most offices.
 */
import Holidays from "date-holidays";
import { addDays, epochDay, fromEpochDay, weekday } from "./index.js";

export interface BusinessCalendar {
  /** The region code it was made for ("US", "US-CO", "GB"). */
  readonly region: string;
  isBusinessDay(date: string): boolean;
  /** The public holiday's name on that day, if any. */
  holidayName(date: string): string | undefined;
  /** `n` business days after `date` (n >= 1), or before it when n < 0. */
  addBusinessDays(date: string, n: number): string;
  /** `date` itself when it is a business day, else the next one. */
  onOrAfter(date: string): string;
  /** Business days after `from` up to and including `to` (0 when to <= from). */
  businessDaysBetween(from: string, to: string): number;
}

function splitRegion(region: string): [string, string | undefined, string | undefined] {
  const [country, state, sub] = region.split("-");
  return [country ?? "", state, sub];
}

let holidaysSingleton: Holidays | undefined;
function lib(): Holidays {
  holidaysSingleton ??= new Holidays();
  return holidaysSingleton;
}

/** True when date-holidays knows the region ("US", "US-CO", "GB", "DE-BY"). */
export function isValidRegion(region: string): boolean {
  if (!/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3}){0,2}$/.test(region)) return false;
  const [country, state, sub] = splitRegion(region.toUpperCase());
  const countries = lib().getCountries();
  if (!countries[country]) return false;
  if (!state) return true;
  const states = lib().getStates(country) ?? {};
  if (!states[state]) return false;
  if (!sub) return true;
  const regions = lib().getRegions(country, state) ?? {};
  return Boolean(regions[sub]);
}

const calendars = new Map<string, BusinessCalendar>();

/**
 * The business-day calendar of a region. Calendars are memoised per region and compute
 * each year's holidays once, on first use.
 */
export function businessCalendar(region: string): BusinessCalendar {
  const key = region.toUpperCase();
  let cal = calendars.get(key);
  if (!cal) {
    cal = makeCalendar(key);
    calendars.set(key, cal);
  }
  return cal;
}

function makeCalendar(region: string): BusinessCalendar {
  if (!isValidRegion(region)) throw new Error(`unknown holiday region: ${region}`);
  const [country, state, sub] = splitRegion(region);
  const hd = new Holidays(country, state ?? "", sub ?? "", { types: ["public"] });
  const years = new Map<number, Map<string, string>>();
  function holidaysOf(year: number): Map<string, string> {
    let m = years.get(year);
    if (!m) {
      m = new Map();
      for (const h of hd.getHolidays(year) || []) {
        if (h.type !== "public") continue;
        // `date` is "YYYY-MM-DD hh:mm:ss" in the region's own zone; the day is what counts.
        const day = h.date.slice(0, 10);
        if (!m.has(day)) m.set(day, h.name);
      }
      years.set(year, m);
    }
    return m;
  }
  const holidayName = (date: string) => holidaysOf(Number(date.slice(0, 4))).get(date);
  const isBusinessDay = (date: string) => weekday(date) <= 5 && holidayName(date) === undefined;
  return {
    region,
    isBusinessDay,
    holidayName,
    addBusinessDays(date, n) {
      const step = n < 0 ? -1 : 1;
      let left = Math.abs(n);
      let day = epochDay(date);
      while (left > 0) {
        day += step;
        if (isBusinessDay(fromEpochDay(day))) left--;
      }
      return fromEpochDay(day);
    },
    onOrAfter(date) {
      let d = date;
      while (!isBusinessDay(d)) d = addDays(d, 1);
      return d;
    },
    businessDaysBetween(from, to) {
      let count = 0;
      for (let day = epochDay(from) + 1, end = epochDay(to); day <= end; day++) {
        if (isBusinessDay(fromEpochDay(day))) count++;
      }
      return count;
    },
  };
}
