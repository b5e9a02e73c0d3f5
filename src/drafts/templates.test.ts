import { describe, expect, it } from "vitest";
import { HearbackError } from "../core/errors.js";
import { foldApplication } from "../core/fold.js";
import { parseTimeline } from "../core/timeline.js";
import type { Action } from "../core/types.js";
import { parseDateTime } from "../time/index.js";
import { draft } from "./draft.js";
import { FIELD_NAMES, FIELDS, type FieldValues } from "./fields.js";
import {
  builtInTemplates,
  compileTemplate,
  editableTemplate,
  renderPhrasing,
  TEMPLATE_NAMES,
  templateNameOfFile,
  templateSet,
} from "./templates.js";

const ZONE = "Europe/London";
const state = foldApplication(
  parseTimeline(
    [
      '{"type":"application","app":"globex","company":"Globex","role":"Data Engineer"}',
      '{"type":"interview","app":"globex","at":"2026-11-09T11:00","interviewers":[{"name":"Hank Scorpio","email":"hank@globex.example"}],"topics":["hammocks"]}',
    ].join("\n"),
    { file: "t.jsonl", defaultZone: ZONE },
  ).events,
  { defaultZone: ZONE },
);
const now = parseDateTime("2026-11-09T15:00", ZONE)!; /* Mon */
const thankYou: Action = {
  app: "globex",
  company: "Globex",
  kind: "thank-you",
  to: "Hank Scorpio",
  round: 1,
  channels: ["email"],
  dueFrom: "2026-11-09T12:00:00Z",
  dueBy: "2026-11-10T12:00:00Z",
  zone: ZONE,
  overdue: false,
  rule: "thank-you-24h",
  reason: "You met Hank Scorpio on Mon 9 Nov.",
};

function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(HearbackError);
    expect((err as HearbackError).code).toBe("bad-input");
    return (err as HearbackError).problems;
  }
  throw new Error("expected a HearbackError");
}

describe("templates", () => {
  describe("a user's template", () => {
    const file = "/data/templates/thank-you.mustache";
    const mine =
      "Subject: Cheers, {{first_name}}\n\nThanks for {{topic}} at {{company}}.\n{{your_name}}\n";

    it("replaces the built-in phrasings of its name, and only those", () => {
      const { templates } = templateSet([{ path: file, text: mine }]);
      const d = draft({ action: thankYou, state, settings: { name: "Ann" }, now, templates });
      expect(d.subject).toBe("Cheers, Hank");
      expect(d.body).toBe("Thanks for hammocks at Globex.\nAnn");
      expect(d.phrasings[0]).toBe(file);
      expect(d.phrasings[1]).toMatch(/^thank-you\.card#\d$/);
    });

    it("lists [bracketed] text it writes itself among the placeholders", () => {
      const text = "Subject: Hi\n\nHi {{first_name}}, see [the doc I promised].\n{{your_name}}";
      const { templates } = templateSet([{ path: file, text }]);
      const d = draft({ action: thankYou, state, settings: {}, now, templates });
      expect(d.placeholders).toEqual(["[the doc I promised]", "[your name]"]);
    });

    it("is an error naming the file, the line and the field when it uses an unknown field", () => {
      const text = "Subject: Hi\n\nHi {{first_name}},\nabout {{topick}}\n";
      const problems = problemsOf(() => templateSet([{ path: file, text }]));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        /^\/data\/templates\/thank-you\.mustache:4: unknown field "topick"/,
      );
      expect(problems[0]).toContain("first_name");
    });

    it.each([
      ["a section", "{{#interviewer}}x{{/interviewer}}", "interviewer"],
      ["an inverted section", "{{^decision}}x{{/decision}}", "decision"],
      ["an unescaped name", "{{{body}}}", "body"],
      ["a dotted name", "{{company.name}}", "company.name"],
      ["a bare dot outside any section", "{{.}}", "."],
    ])("names an unknown field used in %s", (_what, snippet, field) => {
      const problems = problemsOf(() =>
        templateSet([{ path: "t/keep-in-touch.mustache", text: `Subject: Hi\n\n${snippet}` }]),
      );
      expect(problems[0]).toContain(`t/keep-in-touch.mustache:3: unknown field "${field}"`);
    });

    it("accepts a bare dot inside a section", () => {
      expect(() =>
        templateSet([
          { path: "t/thank-you.card.mustache", text: "{{#topic}}On {{.}}: thanks.{{/topic}}" },
        ]),
      ).not.toThrow();
    });

    it("reports a syntax error with its line", () => {
      const problems = problemsOf(() =>
        templateSet([
          { path: "t/check-in.mustache", text: "Subject: Hi\n\n{{#topic}}\nabout it\n" },
        ]),
      );
      expect(problems[0]).toMatch(
        /^t\/check-in\.mustache:3: template syntax: Unclosed section "topic"/,
      );
    });

    it("must start an email with its Subject line", () => {
      const problems = problemsOf(() =>
        templateSet([{ path: "t/final-thanks.mustache", text: "Hi {{first_name}}" }]),
      );
      expect(problems[0]).toMatch(/^t\/final-thanks\.mustache:1: .*Subject/);
    });

    it("may not include partials", () => {
      const problems = problemsOf(() =>
        templateSet([{ path: "t/let-go.mustache", text: "{{> footer}}" }]),
      );
      expect(problems[0]).toContain("partials");
    });

    it("reports the problems of every file together", () => {
      const problems = problemsOf(() =>
        templateSet([
          { path: "t/let-go.mustache", text: "{{nope}}" },
          { path: "t/check-in.phone.mustache", text: "{{nah}}" },
        ]),
      );
      expect(problems).toHaveLength(2);
    });

    it("sets aside files that are not a template's, to warn about", () => {
      const { ignored } = templateSet([{ path: "t/thankyou.mustache", text: "x" }]);
      expect(ignored).toEqual(["t/thankyou.mustache"]);
    });
  });

  describe("templateNameOfFile", () => {
    it.each([
      ["/d/templates/check-in.phone.mustache", "check-in.phone"],
      ["C:\\d\\templates\\let-go.mustache", "let-go"],
      ["/d/templates/check-in.txt", null],
      ["/d/templates/unknown.mustache", null],
    ])("%s is %s", (path, name) => {
      expect(templateNameOfFile(path)).toBe(name);
    });
  });

  describe("editableTemplate", () => {
    it.each(TEMPLATE_NAMES)(
      "%s is a valid template that renders like the first built-in",
      (name) => {
        const text = editableTemplate(name);
        const p = compileTemplate({ name, text, id: "edit", file: "edit.mustache" });
        const values = Object.fromEntries(
          FIELD_NAMES.map((f) => [f, FIELDS[f].placeholder ?? `<${f}>`]),
        ) as FieldValues;
        expect(renderPhrasing(p, values)).toEqual(
          renderPhrasing(builtInTemplates()[name][0]!, values),
        );
        expect(text).toContain("first_name: the recipient's first name");
      },
    );
  });
});
