import { describe, expect, it } from "vitest";
import { whatTheyAsk } from "./asks.js";

describe("whatTheyAsk", () => {
  it.each([
    ["We'd like you to come in for a final round; what's your availability?", "your availability"],
    ["Are you free for a call with our CTO next week?", "your availability"],
    ["Please pick a time for the onsite using the link below.", "your availability"],
    ["Could you send two references by Friday?", "your references"],
    ["Before we move on, please send your portfolio and a writing sample.", "your portfolio"],
    ["Please fill out the attached forms.", "the forms"],
    ["Do you have a preference between the two teams?", "an answer to their question"],
  ])("reads %j as asking for %j", (text, asked) => {
    expect(whatTheyAsk(text)).toBe(asked);
  });

  it.each([
    "We'll be in touch about next steps.",
    "Thanks for your patience; we hope to decide by December 1.",
    "We are still interviewing and will let you know.",
    "",
  ])("finds no request in %j", (text) => {
    expect(whatTheyAsk(text)).toBeNull();
  });
});

describe("whatTheyAsk on hostile text", () => {
  it("reads 100,000 newlines and no question at once (it took quadratic time)", () => {
    const started = performance.now();
    expect(whatTheyAsk(`${"\n".repeat(100_000)}you`)).toBeNull();
    expect(whatTheyAsk(`${"a\n".repeat(50_000)}can you?`)).toBe("an answer to their question");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
