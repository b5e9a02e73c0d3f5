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
  "check-in.application": 80,
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
  their_date: "Wednesday 30 December",
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

/** Families whose messages are emails with a subject line. */
const WITH_SUBJECT: readonly TemplateName[] = [
  "thank-you",
  "check-in",
  "value-add.article",
  "value-add.achievement",
  "final-thanks",
  "keep-in-touch",
];

/** What breaks the tone rules in one rendered phrasing of the `name` family; [] if nothing. */
function toneProblems(
  name: TemplateName,
  rendered: { readonly subject: string | null; readonly text: string },
): string[] {
  const all = `${rendered.subject ?? ""}\n${rendered.text}`;
  const lower = all.toLowerCase();
  const problems: string[] = [];
  const words = wordCount(rendered.text);
  if (words > MAX_WORDS[name]) problems.push(`${words} words, more than ${MAX_WORDS[name]}`);
  const marks = all.split("!").length - 1;
  if (marks > 1) problems.push(`${marks} exclamation marks, more than one`);
  const pushy = PUSHY.filter((phrase) => lower.includes(phrase));
  if (pushy.length > 0) problems.push(`says ${pushy.map((p) => `"${p}"`).join(", ")}`);
  if (/\{\{|\}\}/.test(all)) problems.push("leaves template syntax behind");
  if (/\S {2,}\S/.test(all)) problems.push("has a doubled space");
  if (/\s[,.;:!?](\s|$)/.test(all)) problems.push("has a space before punctuation");
  if (!/^["A-Z]/.test(rendered.text)) problems.push("starts with neither a capital nor a quote");
  // A let-go note and the ask-timeline question are the user's own, not a message.
  if (name === "let-go" || name.startsWith("ask-timeline")) return problems;
  const signed =
    name === "check-in.phone"
      ? rendered.text.includes(LONG.your_name!)
      : rendered.text.split("\n").at(-1) === LONG.your_name;
  if (!signed) problems.push("is not signed with the user's name on its last line");
  if (!rendered.text.includes(LONG.first_name!)) problems.push("does not name the recipient");
  if (WITH_SUBJECT.includes(name)) {
    if (!rendered.subject) problems.push("has no subject line");
    else if (rendered.subject.length > MAX_SUBJECT_CHARS) {
      problems.push(
        `a subject of ${rendered.subject.length} characters, more than ${MAX_SUBJECT_CHARS}`,
      );
    }
  }
  return problems;
}

/** Every built-in phrasing of a family that fails `check`, rendered with `fill`, with why. */
function failing(
  name: TemplateName,
  fills: readonly ("long" | "empty")[],
  check: (rendered: { readonly subject: string | null; readonly text: string }) => string[],
): string[] {
  return builtInTemplates()[name].flatMap((p) =>
    fills.flatMap((fill) =>
      check(renderPhrasing(p, values(fill))).map(
        (problem) => `${p.id} with ${fill} optional fields: ${problem}`,
      ),
    ),
  );
}

describe("the tone of every built-in phrasing", () => {
  it("has several phrasings for every message a person receives", () => {
    for (const name of TEMPLATE_NAMES) {
      const several = name !== "ask-timeline.note" && name !== "let-go";
      if (several) expect(builtInTemplates()[name].length, name).toBeGreaterThanOrEqual(4);
    }
  });

  // One test per family; its failure lists every phrasing that breaks a rule, and how.
  it.each(TEMPLATE_NAMES)(
    "%s: every phrasing, with optional fields filled long and left empty, keeps the tone rules (length, one exclamation mark at most, nothing pushy or apologetic, clean text, signed, names the recipient, a short subject)",
    (name) => {
      expect(failing(name, ["long", "empty"], (r) => toneProblems(name, r))).toEqual([]);
    },
  );

  describe("personal details the guide asks for", () => {
    it("every thank-you names the role, the company and the topic when known", () => {
      const missing = (r: { text: string }) =>
        [LONG.role!, LONG.company!, LONG.topic!]
          .filter((v) => !r.text.includes(v))
          .map((v) => `does not name "${v}"`);
      expect(failing("thank-you", ["long"], missing)).toEqual([]);
    });

    it("every achievement value-add states the achievement exactly once", () => {
      const once = (r: { text: string }) => {
        const n = r.text.split("[your recent success]").length - 1;
        return n === 1 ? [] : [`states it ${n} times`];
      };
      expect(failing("value-add.achievement", ["long"], once)).toEqual([]);
    });

    it("every article value-add carries the link once and one line on why it matters", () => {
      const carries = (r: { text: string }) => [
        ...(r.text.split("[link to the article]").length - 1 === 1 ? [] : ["not one link"]),
        ...(r.text.includes("[one line on why it's relevant]") ? [] : ["no line on why"]),
      ];
      expect(failing("value-add.article", ["long"], carries)).toEqual([]);
    });
  });
});
