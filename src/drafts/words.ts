/**
 * Small pieces of English the drafts need: dates written out for prose ("Friday 13 November",
 * not the agenda's "Fri 13 Nov"), "yesterday"-style relative days, and lists of names.
 */
import { addDays, dateInZone, weekday } from "../time/index.js";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A calendar day for a sentence: "Friday 13 November", with the year when it is not `thisYear`.
 *
 * @example
 * proseDay("2026-11-13", 2026) // "Friday 13 November"
 * proseDay("2027-01-08", 2026) // "Friday 8 January 2027"
 */
export function proseDay(date: string, thisYear?: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const base = `${WEEKDAYS[weekday(date) - 1]} ${d} ${MONTHS[m - 1]}`;
  return thisYear === undefined || thisYear === y ? base : `${base} ${y}`;
}

/**
 * When something happened, seen from `nowMs`, for "thank you for meeting with me ___":
 * "today", "yesterday", "on Monday" within the past week, else "on Monday 2 November".
 * Days are calendar days in `zone`, so 23:30 yesterday is "yesterday" even 40 minutes later.
 */
export function relativeDay(input: {
  readonly atMs: number;
  readonly nowMs: number;
  readonly zone: string;
}): string {
  const day = dateInZone(input.atMs, input.zone);
  const today = dateInZone(input.nowMs, input.zone);
  if (day === today) return "today";
  if (day === addDays(today, -1)) return "yesterday";
  if (day < today && day > addDays(today, -7)) return `on ${WEEKDAYS[weekday(day) - 1]}`;
  return `on ${proseDay(day, Number(today.slice(0, 4)))}`;
}

/**
 * A list of names as a phrase: "Sam", "Sam and Priya", "Sam, Priya and Lee".
 *
 * @example
 * namesPhrase(["Sam Ortiz", "Priya Shah", "Lee Chan"]) // "Sam Ortiz, Priya Shah and Lee Chan"
 */
export function namesPhrase(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Words in a text, as a reader counts them (whitespace-separated, punctuation ignored). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
