/**
 * Generators of hostile and broken input for the fuzz harness: mostly plausible data
 * with one field made strange (the shapes that find bugs), some noise.
 */
import fc from "fast-check";

/** The longest hostile run generated: the gauge's worst case is measured up to 100 KB. */
const MAX_HOSTILE_CHARS = 100_000;

/** Text a person or a program might put anywhere: odd, long, or out of range. */
export const oddText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\u001b[31mred\u001b[0m",
    "\u001b]0;title\u0007",
    "<script>alert(1)</script>",
    "\ud800",
    "🙂",
    "null",
    "-1",
    "1e309",
    "9999-12-31",
    "+275760-09-13T00:00Z",
    "-000001-01-01T00:00Z",
    "0000-01-01T00:00",
    "1850-01-01T00:00-04:56:02",
    "2026-02-30",
    "2026-11-02T10:00+23:59",
    "2026-11-02T25:00",
    "America/Nowhere",
    "a@b",
    "not an address",
    "Dana Lee <dana@acme.example>",
    "\u202eevil",
  ),
  // Runs of what made the old gauge backtrack, up to 100 KB (the gauge's hostile bound):
  // spaces, newlines, quote markers, letters, tags, negations, question marks.
  fc
    .tuple(
      fc.constantFrom(
        " ",
        "\n",
        "> ",
        "\t",
        "a",
        "<p>",
        "<div><b>",
        "-",
        ",",
        "> q\nt\n",
        "not ",
        "unfortunat",
        "?",
        "\r\n",
        "é",
        "\u001b[",
      ),
      fc.integer({ min: 1, max: MAX_HOSTILE_CHARS }),
      fc.constantFrom("No", "Thanks for your patience. No", "Unfortunately", ""),
      fc.constantFrom("x", "decision", "we will not move forward.", "? Are you free?"),
    )
    .map(
      ([unit, n, head, tail]) =>
        `${head}${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}${tail}`,
    ),
);

const date = fc.oneof(
  fc
    .date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 16)),
  oddText,
);

/** A value for any field: usually right for it, sometimes odd, sometimes the wrong type. */
const field = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 6, arbitrary: good as fc.Arbitrary<unknown> },
    { weight: 2, arbitrary: oddText },
    { weight: 1, arbitrary: fc.constantFrom(null, 0, true, [], {}, -1, 1e21) },
  );

const contact = fc.record(
  {
    name: field(fc.constantFrom("Dana Lee", "Sam Ortiz", "Lee, Dana")),
    email: field(fc.constantFrom("dana@acme.example", "sam@acme.example")),
    role: field(fc.constantFrom("recruiter", "hiring-manager", "interviewer")),
  },
  { requiredKeys: ["name"] },
);

const app = fc.constantFrom("fz-a", "fz-b", "acme-pm");

export const event: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record(
    {
      type: fc.constant("application"),
      app,
      company: field(fc.constantFrom("Fuzz Co", "Café Zoë")),
      role: field(fc.constant("Engineer")),
      at: field(date),
      timezone: field(fc.constantFrom("America/Denver", "Europe/London", "Asia/Kolkata")),
      region: field(fc.constantFrom("US", "GB", "US-CO")),
      contacts: field(fc.array(contact, { maxLength: 3 })),
    },
    { requiredKeys: ["type", "app", "company", "role"] },
  ),
  fc.record(
    {
      type: fc.constant("interview"),
      app,
      at: field(date),
      durationMinutes: field(fc.integer({ min: 1, max: 240 })),
      interviewers: field(fc.array(contact, { maxLength: 3 })),
      decisionBy: field(date),
    },
    { requiredKeys: ["type", "app", "at"] },
  ),
  fc.record(
    {
      type: fc.constant("sent"),
      app,
      at: field(date),
      kind: field(fc.constantFrom("thank-you", "check-in", "final-thanks")),
      to: field(fc.constantFrom("Dana Lee", "Sam Ortiz")),
    },
    { requiredKeys: ["type", "app", "at", "kind"] },
  ),
  fc.record(
    {
      type: fc.constant("reply"),
      app,
      at: field(date),
      text: field(oddText),
      signal: field(fc.constantFrom("rejection", "next-step", "still-deciding", "out-of-office")),
      returnOn: field(date),
      decisionBy: field(date),
    },
    { requiredKeys: ["type", "app", "at"] },
  ),
  fc.record(
    {
      type: fc.constant("status"),
      app,
      at: field(date),
      status: field(fc.constantFrom("rejected", "offer", "on-hold")),
    },
    { requiredKeys: ["type", "app", "at", "status"] },
  ),
);

/** A line of a timeline: usually an event, sometimes not JSON at all, or nested deep. */
const line = fc.oneof(
  { weight: 8, arbitrary: event.map((e) => JSON.stringify(e)) },
  { weight: 1, arbitrary: oddText },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 30, max: 5000 })
      .map(
        (n) =>
          `{"type":"note","app":"fz-a","at":"2026-11-02T10:00","text":"x","x":${"[".repeat(n)}${"]".repeat(n)}}`,
      ),
  },
);

export const timelineText: fc.Arbitrary<string> = fc
  .array(line, { minLength: 1, maxLength: 6 })
  .map((lines) => `${lines.join("\n")}\n`);

const cell = fc.oneof(
  fc.constantFrom("Fuzz Co", "Engineer", "2026-11-02", "Applied", "Interviewing", "Rejected"),
  oddText,
  oddText.map((s) => `"${s.replaceAll('"', '""')}"`),
);

export const csvText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("Company,Role,Date Applied,Status", "company,position,date,stage,notes", ""),
    fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 5 }),
  )
  .map(([head, rows]) => [head, ...rows.map((r) => r.join(","))].join("\n"));

const header = (name: string, value: fc.Arbitrary<string>) => value.map((v) => `${name}: ${v}`);

export const emlBytes: fc.Arbitrary<Buffer> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        header(
          "From",
          fc.oneof(
            fc.constantFrom("Dana Lee <dana@acme.example>", "noreply@acme.example"),
            oddText,
          ),
        ),
        header("To", fc.constantFrom("me@example.net")),
        header("Subject", fc.oneof(fc.constantFrom("Re: Thank you for today", "Update"), oddText)),
        header(
          "Date",
          fc.oneof(
            fc.constantFrom("Wed, 18 Nov 2026 10:00:00 -0700", "Sat, 13 Sep 275760 00:00:00 +0000"),
            oddText,
          ),
        ),
        fc.constantFrom(
          "Content-Type: text/plain; charset=utf-8",
          "Content-Type: text/html; charset=utf-8",
          "Content-Type: text/plain; charset=iso-8859-1",
        ),
        oddText,
      )
      .map(([from, to, subject, dateLine, type, body]) =>
        Buffer.from(`${from}\r\n${to}\r\n${subject}\r\n${dateLine}\r\n${type}\r\n\r\n${body}\r\n`),
      ),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)) },
);

export const replyText: fc.Arbitrary<string> = fc.oneof(
  oddText,
  fc.array(oddText, { maxLength: 8 }).map((parts) => parts.join("\n")),
);

const ROUTES: readonly [string, string][] = [
  ["POST", "/api/applications"],
  ["POST", "/api/applications/acme-pm/interviews"],
  ["POST", "/api/applications/acme-pm/sent"],
  ["POST", "/api/applications/acme-pm/replies"],
  ["POST", "/api/applications/acme-pm/status"],
  ["POST", "/api/applications/acme-pm/notes"],
  ["POST", "/api/gauge"],
  ["POST", "/api/drafts"],
  ["POST", "/api/import"],
  ["PUT", "/api/settings"],
  ["GET", "/api/applications/acme-pm"],
  ["GET", "/api/today"],
];

export const apiRequest: fc.Arbitrary<{ method: string; path: string; body: string }> = fc
  .tuple(
    fc.constantFrom(...ROUTES),
    fc.oneof(
      { weight: 6, arbitrary: event.map((e) => JSON.stringify(e)) },
      {
        weight: 2,
        arbitrary: timelineText.map((text) => JSON.stringify({ text, name: "f.jsonl" })),
      },
      { weight: 1, arbitrary: fc.json() },
      { weight: 1, arbitrary: oddText },
    ),
  )
  .map(([[method, path], body]) => ({ method, path, body }));

const COMMANDS: readonly string[][] = [
  ["agenda"],
  ["list"],
  ["show", "acme-pm"],
  ["reply", "acme-pm", "--text"],
  ["reply", "acme-pm", "--return-on"],
  ["sent", "acme-pm", "--kind", "check-in", "--at"],
  ["status", "acme-pm", "rejected", "--at"],
  ["interview", "acme-pm", "--at"],
  ["draft", "acme-pm", "--out"],
  ["add", "--company"],
  ["gauge", "--text"],
  ["agenda", "--now"],
  ["calendar", "--now"],
  ["report", "--now"],
  ["undo", "--entry"],
];

/** The longest option value the system passes to a program (Linux: 128 KiB, less the rest). */
const MAX_ARG_BYTES = 100_000;

export const cliArgs: fc.Arbitrary<string[]> = fc
  .tuple(fc.constantFrom(...COMMANDS), oddText)
  .map(([command, value]) => {
    let v = value.replaceAll("\u0000", "");
    while (Buffer.byteLength(v) > MAX_ARG_BYTES) v = v.slice(0, Math.floor(v.length * 0.9));
    return [...command, v];
  });
