/**
 * The planner's reasons speak to the person whose search it is ("Kai interviewed you...",
 * "Missed: ...; still want to? If not, drop it."). A coach reads the same search, read-only:
 * these say it of the candidate, by name, instead.
 */

/** [what the candidate is told, what a coach reads], `N` standing for the name. */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/still want to\? If not, drop it\./g, "does N still want to? If not, N can drop it."],
  [/^Missed: still want to\?$/g, "Missed: does N still want to?"],
  [/ and have heard nothing/g, " and has heard nothing"],
  // Not the "you" of a thank-you.
  [/(?<!-)\byou'd\b/g, "N would"],
  [/(?<!-)\byou have\b/g, "N has"],
  [/(?<!-)\b[Yy]ours?\b/g, "N's"],
  [/(?<!-)\b[Yy]ou\b/g, "N"],
];

/** A reason or heading as a coach reads it about `name`'s search. */
export function aboutCandidate(text: string, name: string): string {
  let out = text;
  for (const [said, read] of PHRASES) out = out.replace(said, () => read.replaceAll("N", name));
  return out;
}
