import { describe, expect, it } from "vitest";
import { classifyBayes, features, trainBayes } from "./bayes.js";

describe("the naive Bayes fallback", () => {
  it("reads words and word pairs, lower-cased", () => {
    expect(features("We'll keep you")).toEqual(["we'll", "keep", "you", "we'll keep", "keep you"]);
  });

  describe("trained on a few replies", () => {
    const model = trainBayes([
      { body: "we went another way, sorry", signal: "rejection" },
      { body: "sorry, we went with another person", signal: "rejection" },
      { body: "come meet the team on thursday", signal: "next-step" },
      { body: "can you come meet the founders", signal: "next-step" },
    ]);

    it("keeps only features seen at least twice", () => {
      expect(Object.keys(model.features)).toContain("went");
      expect(Object.keys(model.features)).not.toContain("thursday");
      expect(model.vocabulary).toBe(Object.keys(model.features).length);
    });

    it.each([
      ["sorry, they went another way", "rejection"],
      ["please come meet the team", "next-step"],
    ] as const)("reads %j as %s, with a positive margin", (body, signal) => {
      const r = classifyBayes(model, body);
      expect(r.signal).toBe(signal);
      expect(r.margin).toBeGreaterThan(0);
    });
  });
});
