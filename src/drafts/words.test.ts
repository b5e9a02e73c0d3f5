import { describe, expect, it } from "vitest";
import { topicPhrase } from "./words.js";

describe("topicPhrase", () => {
  it.each([
    ["accessibility audit", "the accessibility audit"],
    ["SQL case study", "the SQL case study"],
    ["the roadmap", "the roadmap"],
    ["The roadmap", "the roadmap"],
    ["roadmap", "the roadmap"],
    ["APIs", "APIs"],
    ["SQL", "SQL"],
    ["system design.", "the system design"],
    ["  team   rituals ", "team rituals"],
    ["onboarding metrics", "onboarding metrics"],
    ["pricing", "pricing"],
    ["machine learning", "machine learning"],
    ["Project Apollo", "Project Apollo"],
    ["our Q3 launch!", "our Q3 launch"],
    ["", ""],
  ])("writes %j as %j", (topic, phrase) => {
    expect(topicPhrase(topic)).toBe(phrase);
  });
});
