import { describe, expect, it } from "vitest";
import { parseTimeline, validateEvent } from "./timeline.js";

const APP = `{"type":"application","app":"acme","company":"Acme","role":"PM","timezone":"America/Denver","region":"US"}`;

function problemsOf(...lines: string[]): readonly string[] {
  return parseTimeline(lines.join("\n"), { file: "timeline.jsonl", defaultZone: "UTC" }).problems;
}

describe("parseTimeline", () => {
  describe("with a valid timeline", () => {
    it("returns every event in file order with its line, blank lines ignored", () => {
      const text = [
        APP,
        "",
        `{"type":"interview","app":"acme","at":"2026-11-02T10:00","interviewers":[{"name":"Dana Lee"}]}`,
        "   ",
        `{"type":"note","app":"acme","at":"2026-11-02T12:00Z","text":"went well"}`,
        "",
      ].join("\r\n");
      const { events, lines, problems } = parseTimeline(text, {
        file: "t.jsonl",
        defaultZone: "UTC",
      });
      expect(problems).toEqual([]);
      expect(events.map((e) => e.type)).toEqual(["application", "interview", "note"]);
      expect(lines).toEqual([1, 3, 5]);
    });

    it("keeps unknown fields as they are", () => {
      const { events } = parseTimeline(
        `{"type":"application","app":"a","company":"A","role":"R","source":"LinkedIn","x":{"y":[1]}}`,
        { file: "t.jsonl", defaultZone: "UTC" },
      );
      expect(events[0]).toMatchObject({ source: "LinkedIn", x: { y: [1] } });
    });

    it("accepts a file that starts with a byte order mark and has no final newline", () => {
      const { events, problems } = parseTimeline(`\uFEFF${APP}`, {
        file: "t.jsonl",
        defaultZone: "UTC",
      });
      expect(problems).toEqual([]);
      expect(events).toHaveLength(1);
    });
  });

  describe("with bad input", () => {
    it.each([
      [
        "a date-time that is not one",
        `{"type":"interview","app":"acme","at":"next tuesday"}`,
        'timeline.jsonl:2: interview.at: not a date-time: "next tuesday"',
      ],
      [
        "an impossible date",
        `{"type":"reply","app":"acme","at":"2026-02-30T10:00"}`,
        'timeline.jsonl:2: reply.at: not a date-time: "2026-02-30T10:00"',
      ],
      [
        "a missing field",
        `{"type":"sent","app":"acme","at":"2026-11-02T10:00"}`,
        "timeline.jsonl:2: sent.kind: required field is missing",
      ],
      [
        "a value outside the list",
        `{"type":"sent","app":"acme","at":"2026-11-02T10:00","kind":"thanks"}`,
        'timeline.jsonl:2: sent.kind: not one of thank-you, check-in, value-add, final-thanks, keep-in-touch, other: "thanks"',
      ],
      [
        "a wrong type deep inside",
        `{"type":"interview","app":"acme","at":"2026-11-02T10:00","interviewers":[{"name":"Dana"},{"name":7}]}`,
        "timeline.jsonl:2: interview.interviewers[1].name: expected a string, got number 7",
      ],
      [
        "an unknown event type",
        `{"type":"meeting","app":"acme"}`,
        'timeline.jsonl:2: type: unknown event type "meeting" (expected one of application, interview, sent, reply, status, note, dismiss)',
      ],
      ["broken JSON", `{"type":"note",`, /^timeline\.jsonl:2: not valid JSON \(.+\)$/],
      [
        "a line that is not an object",
        `[1, 2]`,
        "timeline.jsonl:2: event: expected a JSON object, got a list",
      ],
      [
        "an event before its application",
        `{"type":"note","app":"beta","at":"2026-11-02T10:00","text":"x"}`,
        'timeline.jsonl:2: note.app: no application "beta" before this line (its "application" event must come first)',
      ],
      [
        "an application defined twice",
        APP,
        'timeline.jsonl:2: application.app: "acme" is already defined on line 1',
      ],
    ])("reports %s with its line and field", (_what, line, expected) => {
      const problems = problemsOf(APP, line);
      expect(problems).toHaveLength(1);
      if (typeof expected === "string") expect(problems[0]).toBe(expected);
      else expect(problems[0]).toMatch(expected);
    });

    it.each([
      [
        "timezone",
        "Mars/Olympus",
        'timeline.jsonl:1: application.timezone: unknown time zone: "Mars/Olympus" (expected an IANA name such as America/Denver)',
      ],
      [
        "region",
        "XX",
        'timeline.jsonl:1: application.region: unknown holiday region: "XX" (expected a code such as US, US-CO, GB)',
      ],
    ])("reports an unknown %s", (field, value, expected) => {
      const problems = problemsOf(
        JSON.stringify({ type: "application", app: "a", company: "A", role: "R", [field]: value }),
      );
      expect(problems).toEqual([expected]);
    });

    it("reports every problem on every line, not only the first", () => {
      const problems = problemsOf(
        `{"type":"interview","app":"x","at":"soon"}`,
        `{"type":"application","app":"x","company":"","role":"R","timezone":"Nowhere"}`,
        `{"type":"sent","app":"x","at":"later","kind":"nope","channel":"pigeon"}`,
      );
      expect(problems).toEqual([
        'timeline.jsonl:1: interview.at: not a date-time: "soon"',
        'timeline.jsonl:1: interview.app: no application "x" before this line (its "application" event must come first)',
        "timeline.jsonl:2: application.company: must not be empty",
        'timeline.jsonl:2: application.timezone: unknown time zone: "Nowhere" (expected an IANA name such as America/Denver)',
        'timeline.jsonl:3: sent.at: not a date-time: "later"',
        'timeline.jsonl:3: sent.kind: not one of thank-you, check-in, value-add, final-thanks, keep-in-touch, other: "nope"',
        'timeline.jsonl:3: sent.channel: not one of email, card, phone, linkedin, other: "pigeon"',
      ]);
    });

    it("does not report an application's later events when the application line has a problem", () => {
      const problems = problemsOf(
        `{"type":"application","app":"x","company":"A"}`,
        `{"type":"note","app":"x","at":"2026-11-02T10:00","text":"hi"}`,
      );
      expect(problems).toEqual(["timeline.jsonl:1: application.role: required field is missing"]);
    });
  });
});

describe("parseTimeline with applications stored elsewhere", () => {
  const stored = {
    apps: new Set(["acme"]),
    problem: (at: string, type: string, app: string) => `${at}: ${type} of stored ${app}`,
  };
  const parse = (...lines: string[]) =>
    parseTimeline(lines.join("\n"), { file: "t.jsonl", defaultZone: "UTC", stored });

  it("words the problem of an event of a stored application as the caller says", () => {
    const { problems, events } = parse(
      `{"type":"note","app":"acme","at":"2026-11-02T12:00Z","text":"hi"}`,
      `{"type":"note","app":"zeta","at":"2026-11-02T12:00Z","text":"hi"}`,
    );
    expect(problems).toEqual([
      "t.jsonl:1: note of stored acme",
      expect.stringMatching(/^t\.jsonl:2: note\.app: no application "zeta" before this line/),
    ]);
    expect(events).toEqual([]);
  });

  it("refuses to define a stored application again, and reads its events in the file", () => {
    const { problems } = parse(
      APP,
      `{"type":"note","app":"acme","at":"2026-11-02T12:00Z","text":"hi"}`,
    );
    expect(problems).toEqual(["t.jsonl:1: application of stored acme"]);
  });

  it("checks the file's own applications as usual", () => {
    const other = APP.replace('"app":"acme"', '"app":"beta"');
    expect(
      parse(other, `{"type":"note","app":"beta","at":"2026-11-02T12:00Z","text":"x"}`).problems,
    ).toEqual([]);
  });
});

describe("validateEvent", () => {
  it("accepts a valid event and returns it as given", () => {
    const input = { type: "status", app: "acme", at: "2026-11-02T10:00-07:00", status: "on-hold" };
    const { event, problems } = validateEvent(input);
    expect(problems).toEqual([]);
    expect(event).toBe(input);
  });

  it("names the field and the value of each problem", () => {
    expect(
      validateEvent({ type: "reply", app: "", at: "2026-11-02", signal: "meh" }).problems,
    ).toEqual([
      { field: "reply.app", message: "must not be empty" },
      { field: "reply.at", message: 'not a date-time: "2026-11-02"' },
      {
        field: "reply.signal",
        message:
          'not one of offer, next-step, encouraging, still-deciding, brush-off, rejection, out-of-office: "meh"',
      },
    ]);
  });

  it("accepts a date or a date-time as a decision date", () => {
    for (const decisionBy of ["2026-11-13", "2026-11-13T17:00", "2026-11-13T17:00:00+01:00"]) {
      expect(
        validateEvent({ type: "interview", app: "a", at: "2026-11-02T10:00", decisionBy }).problems,
      ).toEqual([]);
    }
  });
});
