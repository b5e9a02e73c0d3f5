import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fastestCpuMs,
  hostileShape,
  hostileText,
  KNOWN_HOSTILE,
} from "../../bench/gauge/hostile.js";
import { gaugeReply } from "./index.js";

const CTX = { receivedMs: Date.parse("2026-11-18T18:02:00Z"), zone: "America/Denver" };

/** The fastest of five readings, in CPU milliseconds. */
const fastest = (text: string) => fastestCpuMs(() => gaugeReply(text, CTX), 5);

/**
 * Linear time: 4 times the text may take about 4 times as long; 12 leaves room for noise on a
 * busy machine and still fails a quadratic pattern (16 times) or a cubic one (64). Below a fifth of a
 * millisecond the timer's noise is all there is to measure.
 */
const MAX_RATIO = 12;
const NOISE_MS = 0.2;

describe("gaugeReply takes time in proportion to the reply's length", () => {
  for (let i = 0; i < 20; i++) gaugeReply(`We hope to decide by Friday, not later. ${i}`, CTX);

  it.each([
    [5_000, "below the length it reads"],
    [25_000, "beyond the length it reads"],
  ])("on hostile replies of %i and 4 times as many characters (%s)", (size) => {
    fc.assert(
      fc.property(hostileShape, (shape) => {
        const short = fastest(hostileText(shape, size));
        const long = fastest(hostileText(shape, 4 * size));
        expect(long, JSON.stringify(shape)).toBeLessThanOrEqual(
          MAX_RATIO * Math.max(short, NOISE_MS),
        );
      }),
      { numRuns: 25, examples: KNOWN_HOSTILE.map((shape) => [shape]) },
    );
  });
});
