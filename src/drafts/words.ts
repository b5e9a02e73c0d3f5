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

/** Words that already make a topic a noun phrase ("the roadmap", "our launch"). */
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "our",
  "your",
  "their",
  "my",
  "his",
  "her",
  "its",
  "this",
  "that",
  "these",
  "those",
  "some",
  "any",
  "each",
  "every",
]);
/** Endings of words that read as a subject on their own ("pricing", "accessibility"). */
const UNCOUNTED = /(ing|ity|ness|ment|ion|ism|ics|ship|ance|ence|ure|ware|data)$/i;

/**
 * A topic as words that fit "our conversation about ___" and "your perspective on ___":
 * "the accessibility audit", "the SQL case study", "APIs", "pricing". Trailing punctuation
 * and extra spaces go; a leading "The" is lower-cased; a name (Project Apollo) stays.
 *
 * @example
 * topicPhrase("accessibility audit") // "the accessibility audit"
 * topicPhrase("APIs") // "APIs"
 * topicPhrase("system design.") // "the system design"
 */
export function topicPhrase(topic: string): string {
  const spaced = topic.replace(/\s+/g, " ").trim();
  // Trailing punctuation cut by hand: /[\s.,;:!?]+$/ is quadratic on long runs of it.
  let end = spaced.length;
  while (end > 0 && " .,;:!?".includes(spaced[end - 1]!)) end--;
  const t = spaced.slice(0, end);
  if (t === "") return "";
  const words = t.split(" ");
  const first = words[0]!;
  if (DETERMINERS.has(first.toLowerCase())) {
    return [first.toLowerCase(), ...words.slice(1)].join(" ");
  }
  const last = words[words.length - 1]!;
  const named = words.every((w) => /^\p{Lu}/u.test(w)) && /\p{Ll}/u.test(t);
  const acronym = /^\p{Lu}{2,}s?$/u.test(last) && words.length === 1;
  const plural = /^\p{Lu}{2,}s$/u.test(last) || /[^su]s$/i.test(last);
  if (named || acronym || plural || UNCOUNTED.test(last)) return t;
  return `the ${t}`;
}

/** Words in a text, as a reader counts them (whitespace-separated, punctuation ignored). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
