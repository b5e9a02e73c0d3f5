import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../bench/gauge/evaluate.js";
import { LEXICON } from "./lexicon.js";
import { lexiconHits } from "./read.js";

const EVERY_RULE = LEXICON.map((_, i) => i);

describe("lexiconHits", () => {
  describe("finds with its fast path what running every rule finds", () => {
    it("in every reply of the corpus", () => {
      for (const r of loadCorpus())
        expect(lexiconHits(r.text), r.id).toEqual(lexiconHits(r.text, EVERY_RULE));
    });

    // Text made of the lexicon's own key words (so that rules run and match), other words,
    // capitals, apostrophes and punctuation.
    const word = fc.oneof(
      fc.constantFrom(...LEXICON.flatMap((rule) => rule.keys)),
      fc.constantFrom("we", "you", "will", "not", "be", "the", "your", "to", "with", "if", "'ve"),
      fc.stringMatching(/^[A-Za-z']{1,8}$/),
    );
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(" ", " ", " ", ", ", ". ", "\n", "-", "'")), {
        maxLength: 40,
      })
      .map((parts) => parts.map(([w, sep]) => w + sep).join(""));

    it("in generated text", () => {
      fc.assert(
        fc.property(text, (t) => {
          expect(lexiconHits(t)).toEqual(lexiconHits(t, EVERY_RULE));
        }),
        { numRuns: 500 },
      );
    });
  });
});
