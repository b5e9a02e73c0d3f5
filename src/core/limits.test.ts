import { describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "./limits.js";

/** JSON text `depth` levels deep: arrays and objects in turn, the innermost holding 1. */
function nested(depth: number): string {
  let text = "1";
  for (let level = depth; level >= 1; level--) text = level % 2 ? `[${text}]` : `{"a":${text}}`;
  return text;
}

const deeperThanMax = (text: string) => nestsDeeperThan(text, JSON.parse(text));

describe("nestsDeeperThan", () => {
  it("accepts a value exactly as deep as the limit, and refuses one level more", () => {
    expect(MAX_JSON_DEPTH).toBe(32);
    expect(deeperThanMax(nested(32))).toBe(false);
    expect(deeperThanMax(nested(33))).toBe(true);
    expect(deeperThanMax(nested(10_000))).toBe(true);
  });

  it("accepts a timeline event, whose contacts nest three levels", () => {
    const line =
      '{"type":"interview","app":"acme","at":"2026-11-12T10:00","interviewers":[{"name":"Dana Lee","role":"hiring-manager"},{"name":"Sam Ortiz"}],"topics":["a","b"]}';
    expect(deeperThanMax(line)).toBe(false);
  });

  it("judges the value, not brackets inside its strings", () => {
    const line = JSON.stringify({ type: "note", text: "[{".repeat(40) });
    expect(deeperThanMax(line)).toBe(false);
  });

  it("judges depth, not how many arrays and objects stand side by side", () => {
    const wide = JSON.stringify({
      rows: Array.from({ length: 100 }, (_, i) => ({ i, tags: [i] })),
    });
    expect(deeperThanMax(wide)).toBe(false);
  });

  it("finds the deep branch among shallow ones, in any place", () => {
    expect(deeperThanMax(`[[1],{"b":2},${nested(32)}]`)).toBe(true);
    expect(deeperThanMax(`{"deep":${nested(32)},"after":[1]}`)).toBe(true);
    expect(deeperThanMax(`[[1],{"b":2},${nested(31)}]`)).toBe(false);
  });

  it("takes another limit", () => {
    expect(nestsDeeperThan("[[1]]", [[1]], 2)).toBe(false);
    expect(nestsDeeperThan("[[[1]]]", [[[1]]], 2)).toBe(true);
  });
});
