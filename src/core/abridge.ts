/** Text cut to size for a message or a listing (a cell, a subject or a name can be 100 KB). */

/**
 * Text shown on one line, at most `max` characters and "…". Its line breaks and runs of
 * spaces become one space.
 */
export function abridge(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  // Not between the two halves of a character written as a surrogate pair (an emoji).
  const high = flat.charCodeAt(max - 1);
  const end = high >= 0xd800 && high <= 0xdbff ? max - 1 : max;
  return `${flat.slice(0, end)}…`;
}
