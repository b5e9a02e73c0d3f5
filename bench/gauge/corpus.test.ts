import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SIGNALS } from "../../src/core/types.js";
import { isIsoDate, isValidZone, parseDateTime } from "../../src/time/index.js";
import { GOALS, loadCorpus, predict, score } from "./evaluate.js";
import { MODEL_PATH, serialise, trainFromCorpus } from "./train.js";

const corpus = loadCorpus();
const test = corpus.filter((r) => r.split === "test");

describe("the gauge corpus (data/gauge/corpus.jsonl)", () => {
  describe("is well formed", () => {
    it("has at least 300 replies, every signal in both splits, about 70/30", () => {
      expect(corpus.length).toBeGreaterThanOrEqual(300);
      for (const split of ["train", "test"]) {
        const signals = new Set(corpus.filter((r) => r.split === split).map((r) => r.signal));
        expect([...signals].sort()).toEqual([...SIGNALS].sort());
      }
      expect(test.length / corpus.length).toBeGreaterThan(0.25);
      expect(test.length / corpus.length).toBeLessThan(0.35);
    });

    it("has unique ids, valid times, zones and dates on every line", () => {
      expect(new Set(corpus.map((r) => r.id)).size).toBe(corpus.length);
      for (const r of corpus) {
        expect(isValidZone(r.zone), r.id).toBe(true);
        expect(parseDateTime(r.received, r.zone), r.id).not.toBeNull();
        for (const d of [r.decisionBy, r.returnOn])
          if (d !== null) expect(isIsoDate(d), r.id).toBe(true);
        if (r.returnOn !== null) expect(r.signal, r.id).toBe("out-of-office");
      }
    });
  });

  it("ships the fallback model that its train split trains (run `node data/gauge/train.mjs`)", () => {
    // Compared as data: the formatter may lay the file out differently.
    expect(JSON.parse(readFileSync(MODEL_PATH, "utf8"))).toEqual(
      JSON.parse(serialise(trainFromCorpus(corpus))),
    );
  });

  // This test may fail: it holds the gauge's quality (macro-F1, warm/neutral/cold accuracy,
  // exact decision dates) to its goals (docs/gauge.md) on replies it was not tuned on.
  // Speed is measured in `npm run bench -- gauge`, not here. The goals were set for the
  // `h` and `c` replies; the `r` replies, written from real mail (data/gauge/README.md,
  // "What real replies say"), are not held to them yet: the gauge read 79% of their
  // signals when they were added. The blind split is the yardstick.
  describe("on the test split of the h and c replies, the gauge meets its goals", () => {
    const s = score(predict(test.filter((r) => !r.id.startsWith("r"))));
    it(`has a macro-F1 over the seven signals of at least ${GOALS.macroF1}`, () => {
      expect(s.macroF1).toBeGreaterThanOrEqual(GOALS.macroF1);
    });
    it(`has a warm/neutral/cold accuracy of at least ${GOALS.coarseAccuracy}`, () => {
      expect(s.coarseAccuracy).toBeGreaterThanOrEqual(GOALS.coarseAccuracy);
    });
    it(`reads the exact decision date in at least ${GOALS.decisionDateExact} of the replies that name one`, () => {
      expect(s.decisionDates.n).toBeGreaterThan(0);
      expect(s.decisionDates.exact / s.decisionDates.n).toBeGreaterThanOrEqual(
        GOALS.decisionDateExact,
      );
    });
  });
});
