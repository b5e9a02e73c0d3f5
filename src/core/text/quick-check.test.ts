import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventSchemas } from "../timeline.js";
import type { EventType } from "../types.js";
import { quickCheck } from "./quick-check.js";

/** Values that are right for some fields and wrong for others. */
const anyValue = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    "",
    "  ",
    "x",
    "acme",
    "a".repeat(201),
    "2026-11-02T10:00",
    "2026-11-02T10:00:00-07:00",
    "2026-11-02",
    "2026-02-30",
    "next tuesday",
    "America/Denver",
    "Mars/Olympus",
    "US",
    "US-CO",
    "XX",
    "email",
    "pigeon",
    "thank-you",
    "check-in",
    "let-go",
    "reply",
    "achievement",
    "brush-off",
    "rejected",
    "hiring-manager",
    0,
    1,
    60,
    1.5,
    2000,
    -3,
    true,
  ),
  fc.constant([]),
  fc.constant(["Dana Lee", "Sam"]),
  fc.constant(["", "x"]),
  fc.constant([1]),
  fc.constant({}),
);
const contact = fc.record(
  { name: anyValue, email: anyValue, role: anyValue, title: anyValue, extra: anyValue },
  { requiredKeys: [] },
);
const fieldValue = fc.oneof(anyValue, fc.array(contact, { maxLength: 3 }));

const FIELDS = [
  "app",
  "company",
  "role",
  "at",
  "timezone",
  "region",
  "url",
  "contacts",
  "durationMinutes",
  "interviewers",
  "stage",
  "topics",
  "notes",
  "decisionBy",
  "kind",
  "to",
  "channel",
  "variant",
  "subject",
  "text",
  "from",
  "signal",
  "returnOn",
  "dueFrom",
  "status",
  "note",
  "extra",
];

/** A valid event of each type, which random changes then break (or not). */
const VALID: Record<EventType, Record<string, unknown>> = {
  application: {
    app: "acme",
    company: "Acme",
    role: "PM",
    timezone: "America/Denver",
    region: "US",
    contacts: [{ name: "Dana" }],
  },
  interview: {
    app: "acme",
    at: "2026-11-02T10:00",
    durationMinutes: 60,
    interviewers: [{ name: "Dana", role: "hiring-manager" }],
    topics: ["x"],
    decisionBy: "2026-11-13",
  },
  sent: {
    app: "acme",
    at: "2026-11-02T10:00",
    kind: "thank-you",
    to: ["Dana"],
    channel: "email",
    variant: "article",
  },
  reply: {
    app: "acme",
    at: "2026-11-02T10:00",
    signal: "still-deciding",
    decisionBy: "2026-11-13T17:00",
    returnOn: "2026-11-20",
  },
  status: { app: "acme", at: "2026-11-02T10:00", status: "rejected", note: "x" },
  note: { app: "acme", at: "2026-11-02T10:00", text: "x" },
  dismiss: {
    app: "acme",
    at: "2026-11-02T10:00",
    kind: "let-go",
    to: "Dana",
    dueFrom: "2026-11-01T09:00:00-07:00",
  },
};

describe("quickCheck", () => {
  it.each(Object.keys(VALID) as EventType[])(
    "accepts exactly what the %s schema accepts",
    (type) => {
      const said = { yes: 0, no: 0 };
      fc.assert(
        fc.property(
          fc.dictionary(fc.constantFrom(...FIELDS), fieldValue, { maxKeys: 4 }),
          fc.subarray(FIELDS, { maxLength: 2 }),
          (changes, removed) => {
            const event: Record<string, unknown> = { ...VALID[type], type, ...changes };
            for (const f of removed) delete event[f];
            event.type = type;
            const zodSays = eventSchemas()[type].safeParse(event).success;
            expect(quickCheck(event)).toBe(zodSays);
            said[zodSays ? "yes" : "no"]++;
          },
        ),
        { numRuns: 1500 },
      );
      // Events the schema accepts and events it refuses, both many times.
      expect(said.yes).toBeGreaterThanOrEqual(1500 / 20);
      expect(said.no).toBeGreaterThanOrEqual(1500 / 20);
    },
  );
});
