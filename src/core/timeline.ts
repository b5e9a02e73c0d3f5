/**
 * The timeline format v1 (docs/timeline.md): zod schemas of its events, a
 * validator for one event, and a JSON Lines parser that reports every problem it finds,
 * each naming the line and the field:
 *
 *   timeline.jsonl:3: interview.at: not a date-time: "next tuesday"
 *
 * The schemas check the shape of an event. What depends on other lines (an event must come
 * after its application; a local time is read in the application's zone) is checked by
 * `parseTimeline`. Unknown fields are kept as they are (files written by a newer hearback
 * stay readable); unknown event types are an error, because silently skipping an event could
 * plan a check-in the user already made.
 */
import { createRequire } from "node:module";
import type * as Zod from "zod";
import type { z } from "zod";
import { isValidRegion } from "../time/business-days.js";
import {
  isIsoDate,
  isSupportedDateOrDateTime,
  isSupportedDateTime,
  isValidZone,
  OUTSIDE_RANGE,
  OUTSIDE_RANGE_DATE,
  parseDateTime,
} from "../time/index.js";
import { nestsDeeperThan, tooDeepProblem } from "./limits.js";
import { MAX_APP_ID_LENGTH, quickCheck } from "./text/quick-check.js";
import {
  ACTION_KINDS,
  CHANNELS,
  CONTACT_ROLES,
  type EventType,
  SENT_KINDS,
  SIGNALS,
  STATUSES,
  type TimelineEvent,
  VARIANTS,
} from "./types.js";

export const EVENT_TYPES = [
  "application",
  "interview",
  "sent",
  "reply",
  "status",
  "note",
  "dismiss",
] as const satisfies readonly EventType[];

const KNOWN_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

/* ------------------------------------------------------------------ schemas */

// The message of each custom check says what was wrong (and, after a "|", what was
// expected); `formatIssue` puts the value between the two.
const NOT_A_DATE_TIME = "not a date-time";
const NOT_A_DATE = "not a date or date-time";
const UNKNOWN_ZONE = "unknown time zone|an IANA name such as America/Denver";
const UNKNOWN_REGION = "unknown holiday region|a code such as US, US-CO, GB";

/** True when `s` is an ISO 8601 date-time, with or without an offset. */
function isDateTime(s: string): boolean {
  // Validity does not depend on the zone: a local time always resolves in any zone.
  return parseDateTime(s, "UTC") !== null;
}

/**
 * The zod schemas of the events, built on first use. Why lazily, and loaded with `require`:
 * zod is about 40 ms of a command's start, and valid events never need it (the quick check
 * in ./text/quick-check.ts accepts exactly what these schemas accept); only an event with a
 * problem comes here, to have its problems named.
 */
export function eventSchemas() {
  schemas ??= buildSchemas(createRequire(import.meta.url)("zod") as typeof Zod);
  return schemas;
}

let schemas: ReturnType<typeof buildSchemas> | undefined;

function buildSchemas(z: typeof Zod) {
  // The range is checked only of what reads as a date-time, so that one message is given.
  const dateTime = z
    .string()
    .refine(isDateTime, { message: NOT_A_DATE_TIME, abort: true })
    .refine(isSupportedDateTime, OUTSIDE_RANGE);
  const dateOrDateTime = z
    .string()
    .refine((s) => isIsoDate(s) || isDateTime(s), { message: NOT_A_DATE, abort: true })
    .refine(isSupportedDateOrDateTime, OUTSIDE_RANGE_DATE);
  const text = z.string();
  const appId = z.string().min(1).max(MAX_APP_ID_LENGTH);

  const contact = z.looseObject({
    name: z.string().trim().min(1),
    email: text.optional(),
    phone: text.optional(),
    title: text.optional(),
    role: z.enum(CONTACT_ROLES).optional(),
  });

  return Object.freeze({
    application: z.looseObject({
      type: z.literal("application"),
      app: appId,
      company: z.string().trim().min(1),
      role: z.string().trim().min(1),
      at: dateTime.optional(),
      timezone: z.string().refine(isValidZone, UNKNOWN_ZONE).optional(),
      region: z.string().refine(isValidRegion, UNKNOWN_REGION).optional(),
      url: text.optional(),
      location: text.optional(),
      salary: text.optional(),
      description: z.string().optional(),
      tags: z.array(text).optional(),
      saved: z.boolean().optional(),
      contacts: z.array(contact).optional(),
    }),
    interview: z.looseObject({
      type: z.literal("interview"),
      app: appId,
      at: dateTime,
      durationMinutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60)
        .optional(),
      interviewers: z.array(contact).optional(),
      stage: text.optional(),
      topics: z.array(text).optional(),
      notes: text.optional(),
      decisionBy: dateOrDateTime.optional(),
    }),
    sent: z.looseObject({
      type: z.literal("sent"),
      app: appId,
      at: dateTime,
      kind: z.enum(SENT_KINDS),
      to: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
      channel: z.enum(CHANNELS).optional(),
      variant: z.enum(VARIANTS).optional(),
      subject: text.optional(),
      text: text.optional(),
    }),
    reply: z.looseObject({
      type: z.literal("reply"),
      app: appId,
      at: dateTime,
      from: text.optional(),
      text: text.optional(),
      signal: z.enum(SIGNALS).optional(),
      decisionBy: dateOrDateTime.optional(),
      returnOn: dateOrDateTime.optional(),
    }),
    status: z.looseObject({
      type: z.literal("status"),
      app: appId,
      at: dateTime,
      status: z.enum(STATUSES),
      note: text.optional(),
    }),
    note: z.looseObject({
      type: z.literal("note"),
      app: appId,
      at: dateTime,
      text: z.string(),
    }),
    dismiss: z.looseObject({
      type: z.literal("dismiss"),
      app: appId,
      at: dateTime,
      kind: z.enum(ACTION_KINDS),
      to: z.string().min(1).optional(),
      dueFrom: dateTime.optional(),
      note: text.optional(),
    }),
  });
}

/* --------------------------------------------------------------- problems */

/** One problem with one event: the field (`interview.at`, or `type`) and what is wrong. */
export interface EventProblem {
  readonly field: string;
  readonly message: string;
}

const quote = (v: unknown): string => {
  if (v === undefined) return "nothing";
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

function fieldName(type: string, path: readonly PropertyKey[]): string {
  let out = type;
  for (const p of path) out += typeof p === "number" ? `[${p}]` : `.${String(p)}`;
  return out;
}

function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  return `${typeof v} ${quote(v)}`;
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  // JSON has no undefined: an undefined input is a field that is not there.
  if (input === undefined && issue.path.length > 0) return "required field is missing";
  switch (issue.code) {
    case "invalid_type":
      return `expected ${article(issue.expected)}, got ${kindOf(input)}`;
    case "invalid_value":
      return `not one of ${issue.values.map(String).join(", ")}: ${quote(input)}`;
    case "too_small":
      if (issue.origin === "string") return "must not be empty";
      return `must be at least ${String(issue.minimum)}, got ${quote(input)}`;
    case "too_big":
      if (issue.origin === "string") {
        return `longer than ${String(issue.maximum)} characters`;
      }
      return `must be at most ${String(issue.maximum)}, got ${quote(input)}`;
    case "invalid_union":
      return `expected a name or a list of names, got ${kindOf(input)}`;
    case "custom": {
      // "what|expected": the value goes between the two.
      const [what, expected] = issue.message.split("|");
      return `${what}: ${quote(input)}${expected ? ` (expected ${expected})` : ""}`;
    }
    default:
      return `${issue.message}${input === undefined ? "" : `: ${quote(input)}`}`;
  }
}

function article(expected: string): string {
  if (expected === "int") return "a whole number";
  if (expected === "array") return "a list";
  if (expected === "object") return "an object";
  return `a ${expected}`;
}

/**
 * Checks one event object (as read from a line, a form or a request body) against the
 * schema of its type. It does not know about other events: whether the application exists
 * is the caller's check.
 *
 * @example
 * validateEvent({ type: "interview", app: "acme", at: "next tuesday" }).problems
 * // [{ field: "interview.at", message: 'not a date-time: "next tuesday"' }]
 */
export function validateEvent(value: unknown): {
  readonly event: TimelineEvent | null;
  readonly problems: readonly EventProblem[];
} {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      event: null,
      problems: [{ field: "event", message: `expected a JSON object, got ${kindOf(value)}` }],
    };
  }
  const type = (value as { type?: unknown }).type;
  if (type === undefined) {
    return { event: null, problems: [{ field: "type", message: "required field is missing" }] };
  }
  if (typeof type !== "string" || !KNOWN_TYPES.has(type)) {
    return {
      event: null,
      problems: [
        {
          field: "type",
          message: `unknown event type ${quote(type)} (expected one of ${EVENT_TYPES.join(", ")})`,
        },
      ],
    };
  }
  // The common case, a valid event, is decided without zod (see ./text/quick-check.ts).
  if (quickCheck(value as Record<string, unknown>)) {
    return { event: value as TimelineEvent, problems: [] };
  }
  const result = eventSchemas()[type as EventType].safeParse(value, { reportInput: true });
  if (result.success) {
    // The input itself, not zod's copy: the schemas transform nothing, and keeping the
    // object as written keeps export lossless.
    return { event: value as TimelineEvent, problems: [] };
  }
  return {
    event: null,
    problems: result.error.issues.map((issue) => ({
      field: fieldName(type as string, issue.path),
      message: formatIssue(issue),
    })),
  };
}

/* ------------------------------------------------------------------ parser */

// The problems that depend on the line, not the event (shared with ./text/plan-text.ts).

/** `FILE:LINE: not valid JSON (...)`. */
export function notJsonProblem(at: string, err: unknown): string {
  return `${at}: not valid JSON (${(err as Error).message})`;
}

/** `FILE:LINE: application.app: "x" is already defined on line N`. */
export function duplicateApplicationProblem(at: string, app: string, line: number): string {
  return `${at}: application.app: ${quote(app)} is already defined on line ${line}`;
}

/** `FILE:LINE: TYPE.app: no application "x" before this line (...)`. */
export function beforeApplicationProblem(at: string, type: string, app: string): string {
  return `${at}: ${type}.app: no application ${quote(app)} before this line (its "application" event must come first)`;
}

export interface ParseTimelineOptions {
  /** The name shown in problems ("timeline.jsonl"). */
  readonly file: string;
  /** The zone of local date-times when the application names none (the user's zone). */
  readonly defaultZone: string;
  /**
   * Applications kept elsewhere already (a tracker's store, which an import adds to). An
   * event of one of them, or its application defined again, is a problem that `problem`
   * words (the file's own applications are checked as usual).
   */
  readonly stored?: {
    readonly apps: ReadonlySet<string>;
    problem(at: string, type: string, app: string): string;
  };
}

export interface ParsedTimeline {
  /** The valid events, in file order, as written (unknown fields kept). */
  readonly events: readonly TimelineEvent[];
  /** The line number (1-based) of each event in `events`. */
  readonly lines: readonly number[];
  /** One line per problem: `FILE:LINE: FIELD: message`. Empty when the timeline is valid. */
  readonly problems: readonly string[];
}

/**
 * Reads a timeline in JSON Lines. Blank lines are ignored. Every problem on every line is
 * reported, not only the first; `events` holds the lines without problems.
 *
 * @example
 * const { events, problems } = parseTimeline(text, { file: "timeline.jsonl", defaultZone: "UTC" });
 * if (problems.length > 0) throw new HearbackError("bad-input", "bad timeline", problems);
 */
export function parseTimeline(text: string, options: ParseTimelineOptions): ParsedTimeline {
  const { file, defaultZone, stored } = options;
  // Times are resolved in zones by `fold`; a bad default zone is the caller's mistake.
  if (!isValidZone(defaultZone)) throw new Error(`parseTimeline: unknown zone ${defaultZone}`);
  const events: TimelineEvent[] = [];
  const lines: number[] = [];
  const problems: string[] = [];
  /** app id -> the line of its application event. */
  const apps = new Map<string, number>();

  let lineNo = 0;
  let start = 0;
  const length = text.length;
  // A BOM at the start of a file is not part of the first event.
  if (text.charCodeAt(0) === 0xfeff) start = 1;
  while (start <= length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = length;
    lineNo++;
    const raw = text.slice(start, end);
    start = end + 1;
    if (raw.trim() === "") {
      if (end === length) break;
      continue;
    }
    const at = `${file}:${lineNo}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      problems.push(notJsonProblem(at, err));
      continue;
    }
    if (nestsDeeperThan(raw, value)) {
      problems.push(tooDeepProblem(at));
      continue;
    }
    const { event, problems: found } = validateEvent(value);
    const lineProblems = found.map((p) => `${at}: ${p.field}: ${p.message}`);
    const obj = value as { type?: unknown; app?: unknown };
    const app = typeof obj?.app === "string" ? obj.app : undefined;
    if (
      app !== undefined &&
      typeof obj.type === "string" &&
      EVENT_TYPES.includes(obj.type as EventType)
    ) {
      const known = apps.get(app);
      if (obj.type === "application") {
        if (known !== undefined) {
          lineProblems.push(duplicateApplicationProblem(at, app, known));
        } else {
          if (stored?.apps.has(app)) lineProblems.push(stored.problem(at, obj.type, app));
          // Registered even when the line has problems, so that its other events are not
          // reported again as coming before their application.
          apps.set(app, lineNo);
        }
      } else if (known === undefined) {
        lineProblems.push(
          stored?.apps.has(app)
            ? stored.problem(at, obj.type, app)
            : beforeApplicationProblem(at, obj.type, app),
        );
      }
    }
    if (lineProblems.length > 0) {
      for (const p of lineProblems) problems.push(p);
      continue;
    }
    if (event) {
      events.push(event);
      lines.push(lineNo);
    }
    if (end === length) break;
  }
  return { events, lines, problems };
}
