import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignPhrasings, stableHash } from "./choose.js";

describe("stableHash", () => {
  it("is the same for the same parts and differs where the parts split", () => {
    expect(stableHash(["ab", "c"])).toBe(stableHash(["ab", "c"]));
    expect(stableHash(["ab", "c"])).not.toBe(stableHash(["a", "bc"]));
  });

  it("is an unsigned 32-bit integer", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (parts) => {
        const h = stableHash(parts);
        expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
      }),
    );
  });
});

describe("assignPhrasings", () => {
  const person = fc.stringMatching(/^[a-z]{1,6}$/);
  const key = fc.array(fc.string(), { minLength: 1, maxLength: 3 });

  it("gives the same answer for the same input", () => {
    fc.assert(
      fc.property(
        key,
        fc.array(fc.uniqueArray(person, { maxLength: 4 }), { maxLength: 4 }),
        (k, batches) => {
          expect(assignPhrasings({ key: k, size: 5, batches })).toEqual(
            assignPhrasings({ key: k, size: 5, batches }),
          );
        },
      ),
    );
  });

  it("gives everyone in a batch a different phrasing when there are enough", () => {
    let several = 0;
    fc.assert(
      fc.property(
        key,
        fc.integer({ min: 1, max: 8 }),
        fc.uniqueArray(person, { minLength: 1, maxLength: 8 }),
        (k, size, people) => {
          fc.pre(people.length <= size);
          if (people.length > 1) several++;
          const [chosen] = assignPhrasings({ key: k, size, batches: [people] });
          const picks = people.map((p) => chosen!.get(p)!);
          expect(new Set(picks).size).toBe(people.length);
          for (const i of picks) expect(i >= 0 && i < size).toBe(true);
        },
      ),
    );
    // Batches of several people, the ones that could collide (fast-check runs 100 cases).
    expect(several).toBeGreaterThanOrEqual(20);
  });

  it("never gives one person the same phrasing twice while the pool allows it", () => {
    // A batch of k people after m earlier messages to one of them needs k - 1 + m < size.
    let again = 0;
    fc.assert(
      fc.property(
        key,
        // From a few names, so that the same person comes back in later batches.
        fc.array(
          fc.uniqueArray(fc.constantFrom("ann", "bo", "cy", "dee"), { minLength: 1, maxLength: 3 }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        (k, batches) => {
          const size = 5;
          if (new Set(batches.flat()).size < batches.flat().length) again++;
          const result = assignPhrasings({ key: k, size, batches });
          const had = new Map<string, number[]>();
          result.forEach((chosen, b) => {
            const picks = batches[b]!.map((p) => chosen.get(p)!);
            expect(new Set(picks).size).toBe(picks.length);
            for (const p of batches[b]!) {
              const before = had.get(p) ?? [];
              expect(before).not.toContain(chosen.get(p));
              had.set(p, [...before, chosen.get(p)!]);
            }
          });
        },
      ),
    );
    // Someone written to in more than one batch: what the rule is about.
    expect(again).toBeGreaterThanOrEqual(20);
  });

  it("still answers, keeping batches apart, when the pool is too small for both rules", () => {
    const result = assignPhrasings({ key: ["x"], size: 2, batches: [["a"], ["a"], ["a", "b"]] });
    expect(result[0]!.get("a")).not.toBe(result[1]!.get("a"));
    expect(result[2]!.get("a")).not.toBe(result[2]!.get("b"));
  });

  it("spreads first messages over the whole pool across applications", () => {
    const counts = new Array<number>(5).fill(0);
    for (let i = 0; i < 500; i++) {
      const [chosen] = assignPhrasings({
        key: [`app-${i}`, "thank-you"],
        size: 5,
        batches: [["dana"]],
      });
      counts[chosen!.get("dana")!]!++;
    }
    for (const c of counts) expect(c).toBeGreaterThan(50);
  });
});
