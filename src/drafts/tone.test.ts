import { describe, expect, it } from "vitest";
import { FIELD_NAMES, FIELDS, type FieldValues } from "./fields.js";
import {
  builtInTemplates,
  renderPhrasing,
  TEMPLATE_NAMES,
  type TemplateName,
} from "./templates.js";
import { wordCount } from "./words.js";

/**
 * The tone rules of every built-in phrasing, with the guide's words in mind: "courteous,
 * respectful", "cool and casual", "a fine line between enthusiasm and aggression".
 * Each phrasing is rendered twice: with every field filled with long values (the longest a
 * message gets) and with every optional field empty (every optional sentence left out).
 */

/** Words, at most, per template (body only; the subject is checked on its own). */
const MAX_WORDS: Readonly<Record<TemplateName, number>> = {
  "thank-you": 150,
  "thank-you.card": 60,
  "check-in": 90,
  "check-in.phone": 90,
  "value-add.article": 120,
  "value-add.achievement": 120,
  "final-thanks": 120,
  "keep-in-touch": 100,
  "ask-timeline": 70,
  "ask-timeline.note": 60,
  "let-go": 90,
  reply: 80,
};

const MAX_SUBJECT_CHARS = 90;

/** Phrases that read as pushy, impatient or desperate, or that apologise for following up. */
const PUSHY = [
  "just following up",
  "following up again",
  "checking in again",
  "circling back again",
  "any update?",
  "any updates?",
  "asap",
  "as soon as possible",
  "haven't heard back",
  "have not heard back",
  "haven't heard from you",
  "still waiting",
  "per my last email",
  "as i mentioned before",
  "bumping this",
  "urgent",
  "i need to know",
  "please respond",
  "please reply",
  "sorry to bother",
  "sorry for bothering",
  "sorry to follow up",
  "sorry for following up",
  "sorry to chase",
  "apologi",
  "i know you're busy, but",
  "desperate",
];

const LONG: Partial<Record<(typeof FIELD_NAMES)[number], string>> = {
  your_name: "Alexandra Fitzgerald-Montgomery",
  your_phone: "+1 303 555 0199",
  name: "Maximilian von Hohenberg-Alvarez",
  first_name: "Maximilian",
  title: "Vice President of Product Strategy",
  company: "Northwind Industrial Robotics",
  role: "Senior Product Manager, Platform",
  topic: "the pricing roadmap for enterprise customers",
  topics: "the pricing roadmap for enterprise customers and hiring plans",
  stage: "final onsite",
  interview_when: "on Wednesday 28 October",
  interview_day: "Wednesday 28 October",
  other_interviewers: "Samantha Ortiz-Delgado, Priya Raghunathan and Lee Chan",
  decision_date: "Wednesday 30 December",
  their_request: "my availability for a final round with the leadership team",
  welcome_back: "yes",
  their_promise: "you'd be in touch about next steps after the leadership offsite",
  next_interview: "Thu 5 Nov, 14:00",
  next_interviewers: "Samantha Ortiz-Delgado and Priya Raghunathan",
  app: "northwind-senior-pm-platform",
  reason:
    "You sent 2 check-ins after Dana's date of Fri 13 Nov and neither got a reply, so another would only press.",
};

function values(optional: "long" | "empty"): FieldValues {
  return Object.fromEntries(
    FIELD_NAMES.map((f) => {
      const spec = FIELDS[f];
      if (spec.placeholder) return [f, LONG[f] ?? spec.placeholder];
      if (["company", "role", "reason", "app", "interview_when"].includes(f)) return [f, LONG[f]];
      return [f, optional === "long" ? (LONG[f] ?? "") : ""];
    }),
  ) as FieldValues;
}

const cases = TEMPLATE_NAMES.flatMap((name) =>
  builtInTemplates()[name].flatMap((p) =>
    (["long", "empty"] as const).map((fill) => ({ id: p.id, name, phrasing: p, fill })),
  ),
);

describe("the tone of every built-in phrasing", () => {
  it("has several phrasings for every message a person receives", () => {
    for (const name of TEMPLATE_NAMES) {
      const several = name !== "ask-timeline.note" && name !== "let-go";
      if (several) expect(builtInTemplates()[name].length, name).toBeGreaterThanOrEqual(4);
    }
  });

  describe.each(cases)("$id with $fill optional fields", ({ name, phrasing, fill }) => {
    const rendered = renderPhrasing(phrasing, values(fill));
    const all = `${rendered.subject ?? ""}\n${rendered.text}`;

    it(`stays within ${MAX_WORDS[name]} words`, () => {
      expect(wordCount(rendered.text)).toBeLessThanOrEqual(MAX_WORDS[name]);
    });

    it("uses at most one exclamation mark", () => {
      expect(all.split("!").length - 1).toBeLessThanOrEqual(1);
    });

    it("says none of the pushy or apologetic phrases", () => {
      const lower = all.toLowerCase();
      expect(PUSHY.filter((phrase) => lower.includes(phrase))).toEqual([]);
    });

    it("leaves no template syntax, doubled space or space before punctuation behind", () => {
      expect(all).not.toMatch(/\{\{|\}\}/);
      expect(all).not.toMatch(/\S {2,}\S/);
      expect(all).not.toMatch(/\s[,.;:!?](\s|$)/);
    });

    it("starts with a capital letter or a quote", () => {
      expect(rendered.text).toMatch(/^["A-Z]/);
    });

    if (name === "let-go" || name.startsWith("ask-timeline")) return;

    it("signs with the user's name on the last line", () => {
      if (name === "check-in.phone") {
        expect(rendered.text).toContain(LONG.your_name);
      } else {
        expect(rendered.text.split("\n").at(-1)).toBe(LONG.your_name);
      }
    });

    it("names the recipient", () => {
      expect(rendered.text).toContain(LONG.first_name);
    });

    if (
      [
        "thank-you",
        "check-in",
        "value-add.article",
        "value-add.achievement",
        "final-thanks",
        "keep-in-touch",
      ].includes(name)
    ) {
      it(`has a subject line of at most ${MAX_SUBJECT_CHARS} characters`, () => {
        expect(rendered.subject).toBeTruthy();
        expect(rendered.subject!.length).toBeLessThanOrEqual(MAX_SUBJECT_CHARS);
      });
    }
  });

  describe("personal details the guide asks for", () => {
    it.each(builtInTemplates()["thank-you"].map((p) => [p.id, p]))(
      "%s names the role, the company and the topic when known",
      (_id, p) => {
        const r = renderPhrasing(p, values("long"));
        expect(r.text).toContain(LONG.role);
        expect(r.text).toContain(LONG.company);
        expect(r.text).toContain(LONG.topic);
      },
    );

    it.each(builtInTemplates()["value-add.achievement"].map((p) => [p.id, p]))(
      "%s states the achievement exactly once",
      (_id, p) => {
        const r = renderPhrasing(p, values("long"));
        expect(r.text.split("[your recent success]").length - 1).toBe(1);
      },
    );

    it.each(builtInTemplates()["value-add.article"].map((p) => [p.id, p]))(
      "%s carries the link and one line on why it matters",
      (_id, p) => {
        const r = renderPhrasing(p, values("long"));
        expect(r.text.split("[link to the article]").length - 1).toBe(1);
        expect(r.text).toContain("[one line on why it's relevant]");
      },
    );
  });
});
