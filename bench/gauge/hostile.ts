/**
 * Hostile replies: long runs of what makes text patterns backtrack (spaces, newlines, quote
 * markers, one long word, HTML), shared by the gauge's linear-time test
 * (src/gauge/linear.test.ts) and its bench.
 */
import fc from "fast-check";

/** Pieces a hostile reply repeats: each was slow for some pattern the gauge once had. */
const PIECES = [
  " ",
  "  ",
  "\n",
  "\r\n",
  "\t",
  ">",
  "> q\n",
  "t\n",
  "a",
  "t",
  "x",
  "no ",
  "not ",
  "n't",
  "unfortun",
  "decision",
  "<div>",
  "</p>",
  "&nbsp;",
  ".",
  ",",
  "On ",
  " wrote:",
  "From: ",
  "Thanks,\n",
  "we wish you the best ",
  "if ",
  "by Friday ",
  "12 ",
] as const;

const OPENERS = ["", "No", "Hi Jordan,\n", "Unfortunately ", "We will not", "Thanks,\n"] as const;

export interface HostileShape {
  readonly opener: string;
  readonly unit: string;
  readonly closer: string;
}

/** A shape: an opener, a unit repeated to the wanted size, a closer that may spoil a match. */
export const hostileShape: fc.Arbitrary<HostileShape> = fc.record({
  opener: fc.constantFrom(...OPENERS),
  unit: fc
    .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 })
    .map((ps) => ps.join("")),
  closer: fc.constantFrom("", "x", "!", " decision", "\nBest,\nDana"),
});

/** The shape's reply at about `size` characters. */
export function hostileText(shape: HostileShape, size: number): string {
  const room = Math.max(0, size - shape.opener.length - shape.closer.length);
  const run = shape.unit.repeat(Math.ceil(room / shape.unit.length)).slice(0, room);
  return `${shape.opener}${run}${shape.closer}`;
}

/** The hand-picked worst cases the gauge once met (46 s and more before it was made linear). */
export const KNOWN_HOSTILE: readonly HostileShape[] = [
  { opener: "No", unit: " ", closer: "x" },
  { opener: "", unit: "> q\nt\n", closer: "" },
  { opener: "unfortun", unit: "t", closer: "" },
  { opener: "We will not", unit: " ", closer: " decision" },
  { opener: "", unit: "\n", closer: "x" },
  { opener: "", unit: "<div>", closer: "" },
  { opener: "Thanks,\n", unit: " \n", closer: "x" },
];

/**
 * The fastest of a few runs, in milliseconds of this process's CPU time: other work on a
 * shared machine does not count, and the fastest run is the least disturbed (by garbage
 * collection, say).
 */
export function fastestCpuMs(run: () => unknown, times: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
