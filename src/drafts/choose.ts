/**
 * Variety without randomness: which phrasing each message gets.
 *
 * A draft must come out the same every time it is asked for (the CLI, the web app and a
 * test all see one text), yet read differently from its neighbours: two interviewers of
 * one round compare notes, and a person who hears from you twice should not get the same
 * words twice. So the choice is a stable hash of (application, person, template, how many
 * of that kind the person already had), and a greedy pass that skips phrasings already
 * given in the same round or to the same person before.
 */

/**
 * FNV-1a (32 bit) over the parts, separated by a NUL so that ("ab", "c") and ("a", "bc")
 * differ. Stable across runs, platforms and Node versions, unlike any built-in hash.
 *
 * @example
 * stableHash(["acme-pm", "Dana Lee", "thank-you", "0"]) === stableHash(["acme-pm", "Dana Lee", "thank-you", "0"]) // true
 */
export function stableHash(parts: readonly string[]): number {
  let h = 0x811c9dc5;
  for (let p = 0; p < parts.length; p++) {
    const s = p === 0 ? parts[p]! : `\u0000${parts[p]}`;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

/**
 * Assigns a phrasing (an index below `size`) to every person of every batch, in order.
 * A batch is the people who get a message of this template at the same time (the
 * interviewers of one round for a thank-you; one person for other kinds). Within a batch
 * nobody shares a phrasing, and nobody gets a phrasing they had in an earlier batch, for
 * as long as `size` allows (a batch of k people after m earlier messages to one of them
 * needs k + m <= size); past that, the batch rule wins, then any phrasing.
 *
 * @example
 * const [round1] = assignPhrasings({ key: ["acme", "thank-you"], size: 5, batches: [["Dana", "Sam"]] });
 * round1.get("Dana") !== round1.get("Sam") // true
 */
export function assignPhrasings(input: {
  /** What the hash is salted with besides the person: the application and template name. */
  readonly key: readonly string[];
  readonly size: number;
  readonly batches: readonly (readonly string[])[];
}): ReadonlyMap<string, number>[] {
  const { key, size, batches } = input;
  if (!Number.isInteger(size) || size < 1) throw new Error(`phrasing pool size ${size}`);
  const history = new Map<string, number[]>();
  return batches.map((people) => {
    const inBatch = new Set<number>();
    const chosen = new Map<string, number>();
    for (const person of people) {
      if (chosen.has(person)) continue;
      const had = history.get(person) ?? [];
      const start = stableHash([...key, person, String(had.length)]) % size;
      const pick =
        firstFree(start, size, (i) => !inBatch.has(i) && !had.includes(i)) ??
        firstFree(start, size, (i) => !inBatch.has(i)) ??
        start;
      inBatch.add(pick);
      chosen.set(person, pick);
      history.set(person, [...had, pick]);
    }
    return chosen;
  });
}

function firstFree(start: number, size: number, ok: (i: number) => boolean): number | undefined {
  for (let step = 0; step < size; step++) {
    const i = (start + step) % size;
    if (ok(i)) return i;
  }
  return undefined;
}
