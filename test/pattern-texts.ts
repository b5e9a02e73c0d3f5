/**
 * Texts a regular expression matches, generated from the pattern itself: what the gauge's
 * fast-path tests (src/gauge/lexicon.test.ts, dates.test.ts) check the fast paths against.
 * fast-check cannot generate word boundaries or negative lookaheads, so they are left out of
 * the pattern it generates from (which then matches more), and only the texts the whole
 * pattern matches are kept.
 */
import fc from "fast-check";

/** `re`'s source without `\b` and `(?!...)` (one level of nested groups inside it). */
function relaxed(source: string): string {
  return source.replace(/\\b/g, "").replace(/\(\?![^()]*(?:\([^()]*\)[^()]*)*\)/g, "");
}

/**
 * Up to `runs` texts, each a generated match between two spaces, that `accept` (usually the
 * pattern itself) accepts.
 */
export function textsMatching(re: RegExp, accept: (text: string) => boolean, runs = 300): string[] {
  const arbitrary = fc.stringMatching(new RegExp(`^(?:${relaxed(re.source)})$`));
  return fc
    .sample(arbitrary, { numRuns: runs, seed: 17 })
    .map((s) => ` ${s} `)
    .filter(accept);
}
