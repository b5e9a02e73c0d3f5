import { describe, expect, it } from "vitest";
import { textsMatching } from "../../test/pattern-texts.js";
import { LEXICON, lowerCase, rulesToRun } from "./lexicon.js";

describe("the lexicon's keys", () => {
  // A rule runs only when one of its keys is a word of the reply (the fast path): a key
  // missing from a text the pattern matches would lose that phrase.
  it.each(LEXICON.map((rule, i) => [i, rule.signal, rule] as const))(
    "rule %i (%s) runs on every text its pattern matches",
    (i, _signal, rule) => {
      const texts = textsMatching(rule.re, (t) => {
        rule.re.lastIndex = 0;
        return rule.re.test(lowerCase(t));
      });
      // Enough generated matches to mean something (every rule has far more than this).
      expect(texts.length).toBeGreaterThanOrEqual(30);
      for (const t of texts) expect(rulesToRun(lowerCase(t)), t).toContain(i);
    },
  );

  it("leave out most rules on an ordinary reply", () => {
    const run = rulesToRun(
      lowerCase("Hi Sam, thanks for your patience. We hope to decide by Friday. Best, Dana"),
    );
    expect(run.length).toBeLessThan(LEXICON.length / 4);
  });
});
