/**
 * Limits on what hearback accepts, so that hostile or broken input is refused with a
 * message instead of exhausting the stack or the clock.
 */

/**
 * How much of a reply's text planning reads: its first 100,000 characters (UTF-16 units).
 * A reply is stored and shown whole, however long; what it says for the follow-up (the
 * gauge's reading, a question it asks) comes from this much of it, so that a 50 MB reply
 * costs no more to plan than a long letter, and the store can hand planning only this part.
 */
export const REPLY_READ_CHARS = 100_000;

/** The part of a reply's text that planning reads (see REPLY_READ_CHARS). */
export function replyReadPart(text: string): string {
  return text.length > REPLY_READ_CHARS ? text.slice(0, REPLY_READ_CHARS) : text;
}

/** Deepest nesting of arrays and objects accepted in a JSON value (a timeline needs 4). */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether the JSON value parsed from `text` nests deeper than `max` levels. Text with
 * fewer brackets than that cannot (most lines: one quick count); otherwise the value is
 * measured without recursion, so that a 10,000-deep value costs no stack.
 */
export function nestsDeeperThan(
  text: string,
  value: unknown,
  max: number = MAX_JSON_DEPTH,
): boolean {
  if (openingBrackets(text, max + 1) <= max) return false;
  const stack: [unknown, number][] = [[value, 0]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [v, depth] = item;
    if (v === null || typeof v !== "object") continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * How many "[" and "{" `text` holds, counted up to `limit`. Found with indexOf, which
 * searches natively: a timeline line holds two or three, and reading every character in
 * JavaScript instead cost `hearback plan` about a tenth of its time.
 */
function openingBrackets(text: string, limit: number): number {
  let count = 0;
  for (const bracket of ["[", "{"]) {
    for (let i = text.indexOf(bracket); i >= 0 && count < limit; i = text.indexOf(bracket, i + 1))
      count++;
  }
  return count;
}

/** The problem line for a value nested too deeply, naming where it was. */
export function tooDeepProblem(at: string): string {
  return `${at}: nested more than ${MAX_JSON_DEPTH} levels deep (arrays or objects within each other); a timeline needs only a few`;
}
