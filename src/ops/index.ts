/**
 * hearback's operations: every capability the CLI, the HTTP API and the web UI offer,
 * written once. Each has a zod input schema and `run(ctx, input)`; call them through
 * `runOp(ctx, name, input)`, which checks the input first.
 *
 * @example
 * const store = await openStore({ dir });
 * const ctx = await createContext({ store, now: Date.now(), fallbackZone: "America/Denver", source: "cli" });
 * const { app } = await runOp(ctx, "addApplication", { company: "Acme", role: "Product Manager" });
 * const { actions } = await runOp(ctx, "agenda", {});
 */
import anyAscii from "any-ascii";
import { z } from "zod";
import { emailProblem } from "../core/email.js";
import { HearbackError } from "../core/errors.js";
import { matchApp } from "../core/ids.js";
import { replyReadPart } from "../core/limits.js";
import { matchPerson } from "../core/names.js";
import { appIdFor } from "../core/new-app-id.js";
import { type Policy, type PolicyOverrides, resolvePolicy } from "../core/policy.js";
import {
  ACTION_KINDS,
  type Action,
  type ActionKind,
  type ApplicationEvent,
  CHANNELS,
  CONTACT_ROLES,
  type Contact,
  type DismissEvent,
  type InterviewEvent,
  type NoteEvent,
  PAPERS,
  type ReplyEvent,
  type ReplyReading,
  SENT_KINDS,
  type SentEvent,
  type Settings,
  SIGNALS,
  STATUSES,
  type StatusEvent,
  type TimelineEvent,
  VARIANTS,
  WEEK_DAYS,
} from "../core/types.js";
import { replyText } from "../integrations/html-text.js";
import type { LogEntry, SettingsRecord } from "../store/types.js";
import { isValidRegion } from "../time/business-days.js";
import { HOLIDAY_TABLE } from "../time/holiday-table.js";
import {
  isoWithOffset,
  isValidZone,
  momentProblem,
  parseDateTime,
  readTypedDay,
  readTypedMoment,
} from "../time/index.js";
import { type PlanChange, planChanges } from "./changes.js";
import { type OpContext, TO_PLAN, userSettings, userZone } from "./context.js";
import { defineOp, type Op, runOpWith } from "./define.js";
import { DIGEST_KEY, digestSettings } from "./digest.js";
import { loadReadReply } from "./engine.js";
import { jobSearchInsights } from "./insights.js";
import { namesKnown, resolveNames, resolvePanel } from "./people.js";
import {
  agenda,
  appZone,
  contactsOf,
  exportTimeline,
  findApp,
  listApplications,
  planEvents,
  planFor,
  showApplication,
} from "./read.js";
import { addressProblems, eventProblems, parseTimelineFile } from "./validate.js";

export type { PlanChange } from "./changes.js";
export { createContext, type OpContext, userZone } from "./context.js";
export type { Op } from "./define.js";
export type { AppSummary } from "./engine.js";
export type { AgendaResult, ShowResult } from "./read.js";

/* ------------------------------------------------------------------ inputs */

const text = z.string().trim().min(1, "must not be empty");
const optionalText = z.string().trim().min(1, "must not be empty").optional();
/** An application id, or any unique prefix of one. */
const appRef = text
  .max(200, "at most 200 characters")
  .describe("an application id or a unique prefix of one");
/** ISO 8601 date-time; without an offset it is read in the user's zone. Default: now. */
const dateTime = z.string().trim().min(1).describe("ISO 8601 date-time, e.g. 2026-11-02T10:00");
/** A calendar day or a date-time: "you'll hear from us by then". */
const dateOrTime = z.string().trim().min(1).describe("YYYY-MM-DD or an ISO 8601 date-time");

/** An email address by the one rule (src/core/email.ts), spaces around it dropped. */
const emailAddress = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = emailProblem(value);
    if (problem !== null) ctx.addIssue({ code: "custom", message: problem });
  });

const contactInput = z
  .object({
    name: text,
    email: emailAddress.optional(),
    phone: optionalText,
    title: optionalText,
    role: z.enum(CONTACT_ROLES).optional(),
  })
  .strict();

const nothing = z.object({}).strict();

/** A job posting's link, place, pay and text (shown with the application; never planned on). */
const jobDetails = {
  location: text.max(200, "at most 200 characters").optional(),
  salary: text.max(200, "at most 200 characters").optional(),
  description: z.string().trim().max(20_000, "at most 20,000 characters").optional(),
};

/** Words you file applications under ("remote", "dream job"), at most 20 of 40 characters. */
const tagList = z
  .array(z.string().trim().min(1, "must not be empty").max(40, "at most 40 characters"))
  .max(20, "at most 20 tags");

/** Tags as stored: trimmed, without repeats (compared without case), in the order given. */
function tidyTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((t) => {
    const key = t.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Refuses a zone or holiday region that does not exist, naming the field. */
function checkPlace(input: { readonly timezone?: string | null; readonly region?: string | null }) {
  if (input.timezone && !isValidZone(input.timezone)) {
    throw badInput(
      `timezone: not a time zone: "${input.timezone}" (use an IANA name, e.g. America/Denver)`,
    );
  }
  if (input.region && !isValidRegion(input.region)) {
    throw badInput(`region: not a holiday region: "${input.region}" (e.g. US, US-CO, GB, DE-BY)`);
  }
}

/* ----------------------------------------------------------------- helpers */

/**
 * A moment people typed, as ISO 8601 with the application's offset, so that the stored
 * event keeps meaning the same instant whatever zone the user later moves to. Without an
 * offset it is read in the user's zone (`readIn`): people type times on their own clock.
 */
function moment(opts: {
  readonly given: string | undefined;
  readonly field: string;
  readonly readIn: string;
  readonly zone: string;
  readonly now: number;
  /** A bare day is accepted (as its start) where a day is meant: the day you applied. */
  readonly dayOk?: boolean;
}): string {
  if (opts.given === undefined || opts.given === "now") return isoWithOffset(opts.now, opts.zone);
  const read = readTypedMoment(opts.given, opts.readIn, opts.zone, opts.dayOk);
  if (read === null) {
    const problem = momentProblem(opts.field, opts.given, "2026-11-02T10:00");
    throw new HearbackError("bad-input", problem, [problem]);
  }
  return read;
}

/**
 * A "by then" people typed (a decision or return date): a day stays a day (it is the
 * employer's calendar day); a date-time is read like `moment`.
 */
function checkDay(
  given: string | undefined,
  field: string,
  readIn: string,
  zone: string,
): string | undefined {
  if (given === undefined) return undefined;
  const read = readTypedDay(given, readIn, zone);
  if (read === null) {
    const problem = momentProblem(field, given, "2026-11-13");
    throw new HearbackError("bad-input", problem, [problem]);
  }
  return read;
}

/** Drops undefined fields, so that stored events hold only what was said. */
function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Checks a new event with the engine's validator, so stored data always reads back; and
 * `more` (problems the caller found, such as an address that breaks the forms' rule).
 */
function validate(event: TimelineEvent, more: readonly string[] = []): void {
  const problems = [...eventProblems(event), ...more];
  if (problems.length > 0) throw new HearbackError("bad-input", problems.join("; "), problems);
}

/**
 * Records one new event of an application, then plans that application again, and says
 * what the event did to the actions that were pending (see ./changes.ts).
 */
async function record<E extends TimelineEvent>(
  ctx: OpContext,
  given: string,
  build: (found: {
    app: string;
    application: ApplicationEvent;
    zone: string;
    /** Everyone the application names, as recorded. */
    known: readonly string[];
    /** The application's plan before this event. */
    planned: readonly Action[];
  }) => E,
): Promise<{
  readonly app: string;
  /** The application's zone: the one its times are read and shown in. */
  readonly zone: string;
  readonly entry: LogEntry;
  readonly event: E;
  readonly actions: readonly Action[];
  /** What recording it did to the pending actions: dropped, moved, added. */
  readonly changes: readonly PlanChange[];
}> {
  const { app, zone, entry, event, before } = await ctx.store.transaction(async (tx) => {
    const found = await findApp(ctx, given, tx);
    const zone = appZone(ctx, found.application);
    const events = await tx.timeline({ ...TO_PLAN, app: found.app });
    const known = namesKnown(events, contactsOf(events));
    const before = await planEvents(ctx, events, tx);
    const event = build({ ...found, zone, known, planned: before });
    validate(event);
    const [entry] = await tx.append([event], { recordedAt: ctx.now, source: ctx.source });
    return { app: found.app, zone, entry: entry!, event, before };
  });
  const actions = await planFor(ctx, app);
  return { app, zone, entry, event, actions, changes: planChanges(before, actions) };
}

function effectivePolicy(settings: Settings): Policy {
  return resolvePolicy(settings.policy ?? {}).policy;
}

/* -------------------------------------------------------------- operations */

export const ops = {
  /**
   * The application an id or unique prefix names.
   * @example runOp(ctx, "resolveApp", { app: "acme" }) // { app: "acme-pm" }
   */
  resolveApp: defineOp({
    summary: "Find the application an id or unique prefix names",
    writes: false,
    input: z.object({ app: appRef }).strict(),
    async run(ctx, input) {
      return { app: matchApp(input.app, await ctx.store.appIds()) };
    },
  }),

  /**
   * Adds a job application. Its id is made from the company and role (`acme-pm`) unless given.
   * @example runOp(ctx, "addApplication", { company: "Acme", role: "Product Manager", timezone: "America/Denver" })
   */
  addApplication: defineOp({
    summary: "Add a job application",
    writes: true,
    input: z
      .object({
        company: text,
        role: text,
        id: text.max(200).regex(/^\S+$/, "no spaces, please").optional(),
        // Only web links: a `javascript:` or `data:` address is never a job posting.
        url: z
          .url({ protocol: /^https?$/, error: "not a web address (http:// or https://)" })
          .optional(),
        timezone: optionalText,
        region: optionalText,
        contacts: z.array(contactInput).optional(),
        at: dateTime.optional(),
        ...jobDetails,
        saved: z.boolean().optional(),
        tags: tagList.optional(),
      })
      .strict(),
    async run(ctx, input) {
      checkPlace(input);
      const zone = input.timezone ?? userZone(ctx);
      return ctx.store.transaction(async (tx) => {
        const taken = await tx.appIds();
        if (input.id !== undefined && taken.includes(input.id)) {
          throw new HearbackError("conflict", `id: "${input.id}" is taken already`, [
            `id: "${input.id}" is taken already; choose another or leave it out`,
          ]);
        }
        const app = input.id ?? appIdFor({ company: input.company, role: input.role, taken });
        if (input.saved && input.at !== undefined) {
          throw badInput("at: a saved job has no date you applied; leave one of them out");
        }
        const event = compact({
          type: "application",
          app,
          company: input.company,
          role: input.role,
          at:
            input.at === undefined || input.saved
              ? undefined
              : moment({
                  given: input.at,
                  field: "at",
                  readIn: userZone(ctx),
                  zone,
                  now: ctx.now,
                  dayOk: true,
                }),
          timezone: input.timezone,
          region: input.region,
          url: input.url,
          location: input.location,
          salary: input.salary,
          description: input.description,
          saved: input.saved || undefined,
          tags: input.tags === undefined ? undefined : tidyTags(input.tags),
          contacts: input.contacts?.map((c) => compact(c) as Contact),
        }) as ApplicationEvent;
        validate(event);
        const [entry] = await tx.append([event], { recordedAt: ctx.now, source: ctx.source });
        return { app, entry: entry!, event };
      });
    },
  }),

  /**
   * Logs an interview, past or scheduled: when, how long, with whom, what about, and the
   * decision date they gave. Returns the application's plan, thank-yous included.
   * @example runOp(ctx, "logInterview", { app: "acme", at: "2026-11-02T10:00", interviewers: [{ name: "Dana Lee" }], decisionBy: "2026-11-13" })
   */
  logInterview: defineOp({
    summary: "Log a past or scheduled interview",
    writes: true,
    input: z
      .object({
        app: appRef,
        at: dateTime,
        durationMinutes: z
          .number()
          .int()
          .min(5)
          .max(24 * 60)
          .optional(),
        interviewers: z.array(contactInput).optional(),
        stage: optionalText,
        topics: z.array(text).optional(),
        notes: optionalText,
        decisionBy: dateOrTime.optional(),
      })
      .strict(),
    async run(ctx, input) {
      return record(
        ctx,
        input.app,
        ({ app, application, zone, known }) =>
          compact({
            type: "interview",
            app,
            at: moment({ given: input.at, field: "at", readIn: userZone(ctx), zone, now: ctx.now }),
            durationMinutes: input.durationMinutes,
            // An interview introduces its panel: known people are matched, new ones kept.
            interviewers: resolvePanel(
              input.interviewers?.map((c) => compact(c) as Contact),
              known,
              application.company,
              ctx.source,
            ),
            stage: input.stage,
            topics: input.topics,
            notes: input.notes,
            decisionBy: checkDay(input.decisionBy, "decisionBy", userZone(ctx), zone),
          }) as InterviewEvent,
      );
    },
  }),

  /**
   * Logs a message, card or call you sent (a phone call that reached nobody counts too).
   * @example runOp(ctx, "logSent", { app: "acme", kind: "thank-you", to: "Dana Lee", channel: "email" })
   */
  logSent: defineOp({
    summary: "Log a message, card or call you sent",
    writes: true,
    input: z
      .object({
        app: appRef,
        kind: z.enum(SENT_KINDS),
        at: dateTime.optional(),
        to: z.union([text, z.array(text).min(1)]).optional(),
        channel: z.enum(CHANNELS).optional(),
        variant: z.enum(VARIANTS).optional(),
        subject: optionalText,
        text: optionalText,
        /** The Message-ID an email went out with, so replies to it are matched (hearback send). */
        messageId: optionalText,
        /** "unknown": the connection was lost after the message went out (hearback send). */
        delivery: z.enum(["unknown"]).optional(),
        /** True to record a `to` that matches nobody known as someone new. */
        newContact: z.boolean().optional(),
      })
      .strict(),
    async run(ctx, input) {
      return record(ctx, input.app, ({ app, application, zone, known }) => {
        const to =
          input.to === undefined
            ? undefined
            : resolveNames({
                given: [input.to].flat(),
                known,
                field: "to",
                company: application.company,
                source: ctx.source,
                newContact: input.newContact,
              });
        return compact({
          type: "sent",
          app,
          at: moment({ given: input.at, field: "at", readIn: userZone(ctx), zone, now: ctx.now }),
          kind: input.kind,
          to: to === undefined ? undefined : to.length === 1 ? to[0] : to,
          channel: input.channel,
          variant: input.variant,
          subject: input.subject,
          text: input.text,
          messageId: input.messageId,
          delivery: input.delivery,
        }) as SentEvent;
      });
    },
  }),

  /**
   * Records a reply and shows what the gauge read in it. A `signal`, `decisionBy` or
   * `returnOn` you give is stored and wins over the gauge; what the gauge read is not
   * stored (it is read again whenever the plan is made, so a better gauge helps old data).
   * @example runOp(ctx, "logReply", { app: "acme", text: "We hope to decide by December 1." })
   */
  logReply: defineOp({
    summary: "Record a reply and see what it says",
    writes: true,
    input: z
      .object({
        app: appRef,
        at: dateTime.optional(),
        from: optionalText,
        text: optionalText,
        signal: z.enum(SIGNALS).optional(),
        decisionBy: dateOrTime.optional(),
        returnOn: dateOrTime.optional(),
        /** True to record a `from` that matches nobody known as someone new. */
        newContact: z.boolean().optional(),
      })
      .strict()
      .refine((r) => r.text !== undefined || r.signal !== undefined, {
        message: "give the reply's text, or say what it was with a signal",
        path: ["text"],
      }),
    async run(ctx, given) {
      const input =
        given.text === undefined ? given : { ...given, text: await replyText(given.text) };
      const recorded = await record(
        ctx,
        input.app,
        ({ app, application, zone, known }) =>
          compact({
            type: "reply",
            app,
            at: moment({ given: input.at, field: "at", readIn: userZone(ctx), zone, now: ctx.now }),
            from:
              input.from === undefined
                ? undefined
                : resolveNames({
                    given: [input.from],
                    known,
                    field: "from",
                    company: application.company,
                    source: ctx.source,
                    newContact: input.newContact,
                  })[0],
            text: input.text,
            signal: input.signal,
            decisionBy: checkDay(input.decisionBy, "decisionBy", userZone(ctx), zone),
            returnOn: checkDay(input.returnOn, "returnOn", userZone(ctx), zone),
          }) as ReplyEvent,
      );
      const zone = recorded.zone;
      const receivedMs = parseDateTime(recorded.event.at, zone) ?? ctx.now;
      const reading: ReplyReading | null =
        input.text === undefined
          ? null
          : (await loadReadReply(await ctx.store.timeline(TO_PLAN), zone))(
              replyReadPart(input.text),
              {
                receivedMs,
                zone,
              },
            );
      return {
        ...recorded,
        /** What the gauge read in the text (null without text). */
        reading,
        /** What the plan goes by: your word where you gave it, else the gauge's reading. */
        effective: {
          signal: input.signal ?? reading?.signal ?? null,
          decisionBy: input.decisionBy ?? reading?.decisionBy ?? null,
          returnOn: input.returnOn ?? reading?.returnOn ?? null,
        },
      };
    },
  }),

  /**
   * Records where an application stands: still-open, on-hold, rejected, offer, accepted, withdrawn, filled.
   * @example runOp(ctx, "setStatus", { app: "acme", status: "rejected" })
   */
  setStatus: defineOp({
    summary: "Record an application's status",
    writes: true,
    input: z
      .object({
        app: appRef,
        status: z.enum(STATUSES),
        at: dateTime.optional(),
        note: optionalText,
      })
      .strict(),
    run: recordStatus,
  }),

  /**
   * Adds a free-text note to an application's timeline.
   * @example runOp(ctx, "addNote", { app: "acme", text: "Dana mentioned a reorg" })
   */
  addNote: defineOp({
    summary: "Add a note to an application",
    writes: true,
    input: z.object({ app: appRef, text, at: dateTime.optional() }).strict(),
    async run(ctx, input) {
      return record(
        ctx,
        input.app,
        ({ app, zone }) =>
          ({
            type: "note",
            app,
            at: moment({ given: input.at, field: "at", readIn: userZone(ctx), zone, now: ctx.now }),
            text: input.text,
          }) as NoteEvent,
      );
    },
  }),

  /**
   * Sets a planned action aside: a missed one you no longer want to do, or advice to let
   * go that you have taken. Without `kind`, the one missed or let-go action of the
   * application; `to` picks among people. Undo takes it back.
   * @example runOp(ctx, "dismissAction", { app: "acme", kind: "check-in", to: "Dana" })
   */
  dismissAction: defineOp({
    summary: "Drop a missed action, or acknowledge advice to let go",
    writes: true,
    input: z
      .object({
        app: appRef,
        kind: z.enum(ACTION_KINDS).optional(),
        to: optionalText,
        note: optionalText,
      })
      .strict(),
    async run(ctx, input) {
      return record(ctx, input.app, ({ app, zone, planned }) => {
        const chosen = actionToDismiss(planned, input, app);
        return compact({
          type: "dismiss",
          app,
          at: isoWithOffset(ctx.now, zone),
          kind: chosen.kind,
          to: chosen.to,
          dueFrom: chosen.dueFrom,
          note: input.note,
        }) as DismissEvent;
      });
    },
  }),

  /**
   * What to do: the plan over every stored application, as of `ctx.now`, ordered by due
   * time. Without `all`, only what is overdue or opens within the next 7 days.
   * @example runOp(ctx, "agenda", { all: false })
   */
  agenda: defineOp({
    summary: "What to do today and soon",
    writes: false,
    input: z.object({ all: z.boolean().default(false), app: appRef.optional() }).strict(),
    run: (ctx, input) => agenda(ctx, input),
  }),

  /**
   * One application: its timeline (with entry ids), contacts, state and next actions.
   * @example runOp(ctx, "showApplication", { app: "acme" })
   */
  showApplication: defineOp({
    summary: "One application: timeline, contacts, state, next actions",
    writes: false,
    input: z.object({ app: appRef }).strict(),
    run: (ctx, input) => showApplication(ctx, input),
  }),

  /**
   * Every application with its stage, last touch and next action.
   * @example runOp(ctx, "listApplications", {})
   */
  listApplications: defineOp({
    summary: "Every application with stage, last touch and next action",
    writes: false,
    input: nothing,
    run: (ctx) => listApplications(ctx),
  }),

  /**
   * The numbers of the job search: applications and interviews per week, the funnel, reply
   * rates after applying and per kind of follow-up, business days to the first reply.
   * @example runOp(ctx, "insights", {})
   */
  insights: defineOp({
    summary: "Your job search in numbers: weeks, funnel, reply rates, time to reply",
    writes: false,
    input: nothing,
    run: (ctx) => jobSearchInsights(ctx),
  }),

  /**
   * Imports a timeline (JSON Lines) all or nothing: every bad line is reported as
   * `NAME:LINE: field: message` and then nothing is stored.
   * @example runOp(ctx, "importTimeline", { text: fs.readFileSync("t.jsonl", "utf8"), name: "t.jsonl" })
   */
  importTimeline: defineOp({
    summary: "Import a timeline (JSON Lines), all or nothing",
    writes: true,
    input: z.object({ text: z.string(), name: z.string().default("timeline.jsonl") }).strict(),
    async run(ctx, input) {
      return ctx.store.transaction(async (tx) => {
        const existing = await tx.appIds();
        const parsed = parseTimelineFile(input.text, {
          name: input.name,
          zone: userZone(ctx),
          knownApps: existing,
        });
        if (parsed.problems.length > 0) {
          throw new HearbackError(
            "bad-input",
            `${input.name}: ${parsed.problems.length} problem${parsed.problems.length > 1 ? "s" : ""}; nothing was imported`,
            parsed.problems,
          );
        }
        const entries = await tx.append(parsed.events, { recordedAt: ctx.now, source: "import" });
        const apps = new Set(
          parsed.events.filter((e) => e.type === "application").map((e) => e.app),
        );
        return { imported: entries.length, applications: [...apps] };
      });
    },
  }),

  /**
   * The stored timeline, every live event as recorded (corrections applied): what
   * `importTimeline` reads back to the same events.
   * @example (await runOp(ctx, "exportTimeline", {})).events.map((e) => JSON.stringify(e)).join("\n")
   */
  exportTimeline: defineOp({
    summary: "The stored timeline, as JSON Lines events",
    writes: false,
    input: z.object({ app: appRef.optional() }).strict(),
    run: (ctx, input) => exportTimeline(ctx, input),
  }),

  /**
   * The user's settings and the policy in force (defaults with their overrides).
   * @example runOp(ctx, "getSettings", {})
   */
  getSettings: defineOp({
    summary: "Your settings and the policy in force",
    writes: false,
    input: nothing,
    async run(ctx) {
      return settingsView(ctx.settings, ctx.fallbackZone, await ctx.store.settings());
    },
  }),

  /**
   * Changes settings: name, email, zone, region, the report's week end and paper, working
   * hours and policy numbers. `null`
   * clears a setting (back to its default). Every value is checked before anything is stored.
   * @example runOp(ctx, "updateSettings", { timezone: "Europe/London", policy: { checkInAfterDecisionBusinessDays: 4 } })
   */
  updateSettings: defineOp({
    summary: "Change your settings and policy numbers",
    writes: true,
    input: z
      .object({
        name: text.nullable().optional(),
        email: emailAddress.nullable().optional(),
        timezone: text.nullable().optional(),
        region: text.nullable().optional(),
        weekEnds: z.enum(WEEK_DAYS).nullable().optional(),
        paper: z.enum(PAPERS).nullable().optional(),
        workingHours: z
          .object({ start: z.string(), end: z.string() })
          .strict()
          .nullable()
          .optional(),
        policy: z.record(z.string(), z.unknown().nullable()).optional(),
        /** The daily digest mail: on or off, the hour on your clock, and where it goes. */
        digest: z
          .object({
            on: z.boolean().optional(),
            hour: z
              .number("must be a whole hour from 0 to 23")
              .int("must be a whole hour from 0 to 23")
              .min(0, "must be a whole hour from 0 to 23")
              .max(23, "must be a whole hour from 0 to 23")
              .optional(),
            to: emailAddress.nullable().optional(),
          })
          .strict()
          .nullable()
          .optional(),
      })
      .strict(),
    async run(ctx, input) {
      const problems: string[] = [];
      if (input.timezone && !isValidZone(input.timezone)) {
        problems.push(
          `timezone: not a time zone: "${input.timezone}" (use an IANA name, e.g. Europe/London)`,
        );
      }
      if (input.region && !isValidRegion(input.region)) {
        problems.push(
          `region: not a holiday region: "${input.region}" (e.g. US, US-CO, GB, DE-BY)`,
        );
      }
      const overrides: Record<string, unknown> = { ...(ctx.settings.policy ?? {}) };
      for (const [key, value] of Object.entries(input.policy ?? {}))
        overrides[key] = value ?? undefined;
      if (input.workingHours !== undefined)
        overrides.workingHours = input.workingHours ?? undefined;
      const cleaned = Object.fromEntries(
        Object.entries(overrides).filter(([, v]) => v !== undefined),
      );
      for (const p of resolvePolicy(cleaned as PolicyOverrides).problems) {
        problems.push(`policy.${p.field}: ${p.message}`);
      }
      if (problems.length > 0) throw new HearbackError("bad-input", problems.join("; "), problems);
      const patch: Record<string, unknown> = {};
      for (const key of ["name", "email", "timezone", "region", "weekEnds", "paper"] as const) {
        if (input[key] !== undefined) patch[key] = input[key];
      }
      if (input.policy !== undefined || input.workingHours !== undefined) {
        patch.policy = Object.keys(cleaned).length > 0 ? cleaned : null;
      }
      if (input.digest !== undefined) patch[DIGEST_KEY] = await digestPatch(ctx, input.digest);
      const stored = await ctx.store.updateSettings(patch);
      return settingsView(userSettings(stored), ctx.fallbackZone, stored);
    },
  }),

  /**
   * Takes back the last thing recorded (one command's worth: an event, a correction, a
   * whole import). Returns what was taken back; nothing when there is nothing to undo.
   * @example runOp(ctx, "undo", {})
   */
  undo: defineOp({
    summary: "Take back the last thing recorded",
    writes: true,
    input: nothing,
    async run(ctx) {
      const undone = await ctx.store.undo({ recordedAt: ctx.now, source: ctx.source });
      return { undone };
    },
  }),

  /**
   * Replaces what one recorded event says (the entry id is in showApplication's events);
   * its type and application stay.
   * @example runOp(ctx, "amendEvent", { id: 12, event: { type: "interview", app: "acme-pm", at: "2026-11-03T10:00" } })
   */
  amendEvent: defineOp({
    summary: "Correct a recorded event",
    writes: true,
    input: z
      .object({ id: z.number().int().positive(), event: z.record(z.string(), z.unknown()) })
      .strict(),
    async run(ctx, input) {
      return ctx.store.transaction(async (tx) => {
        const event = input.event as unknown as TimelineEvent;
        // A corrected address is held to the rule a new one meets in the forms and the API.
        validate(event, addressProblems(event));
        // The store checks that the amendment keeps the entry's type and application.
        return {
          entry: await tx.amend(input.id, event, { recordedAt: ctx.now, source: ctx.source }),
        };
      });
    },
  }),

  /**
   * Takes back one recorded event by its entry id.
   * @example runOp(ctx, "retractEvent", { id: 12 })
   */
  retractEvent: defineOp({
    summary: "Take back one recorded event",
    writes: true,
    input: z.object({ id: z.number().int().positive(), reason: optionalText }).strict(),
    async run(ctx, input) {
      const meta = { recordedAt: ctx.now, source: ctx.source, reason: input.reason };
      return { entry: await ctx.store.retract(input.id, meta) };
    },
  }),

  /**
   * Corrects an application's own details: a field given replaces what was recorded, `null`
   * clears it. Recorded as an amendment of the application event (undo takes it back).
   * @example runOp(ctx, "editApplication", { app: "acme", salary: "$120k", tags: ["remote"] })
   */
  editApplication: defineOp({
    summary: "Correct an application's details (link, place, pay, zone, contacts, tags...)",
    writes: true,
    input: z
      .object({
        app: appRef,
        company: text.optional(),
        role: text.optional(),
        url: z
          .url({ protocol: /^https?$/, error: "not a web address (http:// or https://)" })
          .nullable()
          .optional(),
        location: jobDetails.location.nullable(),
        salary: jobDetails.salary.nullable(),
        description: jobDetails.description.nullable(),
        timezone: optionalText.nullable(),
        region: optionalText.nullable(),
        at: dateTime.nullable().optional(),
        saved: z.boolean().optional(),
        contacts: z.array(contactInput).optional(),
        tags: tagList.optional(),
      })
      .strict(),
    async run(ctx, input) {
      checkPlace(input);
      return changeApplication(ctx, input.app, (application) => {
        const { app: _app, at, saved, tags, contacts, ...fields } = input;
        const next: Record<string, unknown> = { ...application, ...fields };
        const zone = (next.timezone as string | null | undefined) ?? userZone(ctx);
        if (at !== undefined) {
          next.at =
            at === null
              ? undefined
              : moment({
                  given: at,
                  field: "at",
                  readIn: userZone(ctx),
                  zone,
                  now: ctx.now,
                  dayOk: true,
                });
        }
        if (saved !== undefined) next.saved = saved || undefined;
        if (next.saved) next.at = undefined;
        if (tags !== undefined) next.tags = tags.length > 0 ? tidyTags(tags) : undefined;
        if (contacts !== undefined) {
          next.contacts = contacts.length > 0 ? contacts.map((c) => compact(c)) : undefined;
        }
        for (const [k, v] of Object.entries(next)) if (v === null) next[k] = undefined;
        return compact(next) as ApplicationEvent;
      });
    },
  }),

  /**
   * Moves an application to another stage of the board by recording what makes it so: a
   * status (offer, closed as rejected, withdrawn or filled; back to open), or the
   * application's own date (a saved job applied to now, or back to saved). A stage only an
   * interview can give is refused with what to do instead.
   * @example runOp(ctx, "moveApplication", { app: "acme", to: "closed", status: "withdrawn" })
   */
  moveApplication: defineOp({
    summary: "Move an application to another stage of the board",
    writes: true,
    input: z
      .object({
        app: appRef,
        to: z.enum(["saved", "applied", "interviewing", "waiting", "offer", "closed"]),
        status: z.enum(["rejected", "withdrawn", "filled"]).optional(),
      })
      .strict(),
    async run(ctx, input) {
      const shown = await showApplication(ctx, { app: input.app });
      const stage = shown.summary?.stage ?? "applied";
      const live = shown.events.slice(1);
      const ended = ["offer", "accepted", "rejected", "withdrawn", "filled"].includes(stage);
      const status = (value: (typeof STATUSES)[number]) =>
        recordStatus(ctx, { app: shown.app, status: value });
      switch (input.to) {
        case "offer":
          return status("offer");
        case "closed":
          return status(input.status ?? "rejected");
        case "saved":
          if (live.length > 0) {
            throw badInput(
              "to: only a job with nothing recorded after it can go back to saved; remove those entries first",
            );
          }
          return changeApplication(ctx, shown.app, (a) =>
            compact({ ...a, at: undefined, saved: true }),
          );
        case "applied":
          if (stage === "saved") {
            return changeApplication(ctx, shown.app, (a) =>
              compact({ ...a, saved: undefined, at: isoWithOffset(ctx.now, shown.zone) }),
            );
          }
          if (ended || stage === "on-hold") return status("still-open");
          break;
        case "waiting":
          if (ended) return status("still-open");
          break;
        case "interviewing":
          break;
      }
      throw badInput(
        input.to === "interviewing" || stage === "saved"
          ? "to: log an interview to move it to Interviewing"
          : `to: its interviews and replies decide whether it is waiting or interviewing; record what happened instead`,
      );
    },
  }),

  /**
   * Every holiday region code hearback knows, for a picker.
   * @example runOp(ctx, "holidayRegions", {}) // { regions: ["AD", "AD-03", ..., "US", "US-AK", ...] }
   */
  holidayRegions: defineOp({
    summary: "Every holiday region code hearback knows (US, US-CO, GB, DE-BY...)",
    writes: false,
    input: nothing,
    async run() {
      return { regions: Object.keys(HOLIDAY_TABLE) };
    },
  }),

  /**
   * The applications whose company, role, people, tags, notes, job details, messages or
   * replies contain every word of the query (case and accents aside).
   * @example runOp(ctx, "searchApplications", { query: "dana pricing" }) // { apps: ["acme-pm"] }
   */
  searchApplications: defineOp({
    summary: "Find applications by company, role, people, tags or the text of replies",
    writes: false,
    input: z.object({ query: z.string().max(200, "at most 200 characters") }).strict(),
    async run(ctx, input) {
      const words = searchable(input.query).split(/\s+/).filter(Boolean);
      const text = new Map<string, string>();
      for (const e of await ctx.store.timeline()) {
        text.set(e.app, `${text.get(e.app) ?? ""}\n${searchable(eventText(e))}`);
      }
      const apps = [...text].filter(([, t]) => words.every((w) => t.includes(w))).map(([a]) => a);
      return { apps };
    },
  }),
} as const;

function recordStatus(
  ctx: OpContext,
  input: { app: string; status: StatusEvent["status"]; at?: string; note?: string },
) {
  return record(
    ctx,
    input.app,
    ({ app, zone }) =>
      compact({
        type: "status",
        app,
        at: moment({ given: input.at, field: "at", readIn: userZone(ctx), zone, now: ctx.now }),
        status: input.status,
        note: input.note,
      }) as StatusEvent,
  );
}

/** Lower case without accents, so that "lodz" finds "Łódź" and "jose" finds "José". */
function searchable(s: string): string {
  return anyAscii(s).toLowerCase();
}

/** Every word of an event a person might search for (not its times or kinds). */
function eventText(e: TimelineEvent): string {
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (key === "at" || key === "type" || key === "decisionBy" || key === "returnOn") return;
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) for (const x of v) walk(x, "");
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(e, "");
  return out.join(" ");
}

/** Replaces an application's own event with what `change` makes of it, as one amendment. */
async function changeApplication(
  ctx: OpContext,
  given: string,
  change: (application: ApplicationEvent) => ApplicationEvent,
) {
  const { app, zone, entry, before } = await ctx.store.transaction(async (tx) => {
    const { app } = await findApp(ctx, given, tx);
    const [first] = await tx.events({ app });
    const zone = appZone(ctx, first!.event as ApplicationEvent);
    const before = await planEvents(ctx, await tx.timeline({ app }), tx);
    const event = change(first!.event as ApplicationEvent);
    validate(event);
    const entry = await tx.amend(first!.id, event, { recordedAt: ctx.now, source: ctx.source });
    return { app, zone, entry, before };
  });
  const actions = await planFor(ctx, app);
  return { app, zone, entry, actions, changes: planChanges(before, actions) };
}

export type Ops = typeof ops;
export type OpName = keyof Ops;
export type OpInput<N extends OpName> = z.input<Ops[N]["input"]>;
export type OpOutput<N extends OpName> = Awaited<ReturnType<Ops[N]["run"]>>;

/**
 * Runs an operation by name, checking its input first.
 * @example const { app } = await runOp(ctx, "resolveApp", { app: "acme" });
 */
export function runOp<N extends OpName>(
  ctx: OpContext,
  name: N,
  input: OpInput<N>,
): Promise<OpOutput<N>> {
  const op = ops[name] as unknown as Op<z.ZodType, OpOutput<N>>;
  if (!op) throw new HearbackError("not-found", `no operation "${String(name)}"`);
  return runOpWith(op, ctx, input);
}

/**
 * The one planned action `dismissAction` means: of the kind and person given, else the
 * one missed or let-go action. None, or several, is refused, naming what is planned.
 */
function actionToDismiss(
  planned: readonly Action[],
  want: { readonly kind?: ActionKind | undefined; readonly to?: string | undefined },
  app: string,
): Action {
  const fits = planned.filter(
    (a) =>
      (want.kind === undefined ? a.missed === true || a.kind === "let-go" : a.kind === want.kind) &&
      (want.to === undefined ||
        (a.to !== undefined && matchPerson(want.to, [a.to]).kind === "one")),
  );
  const list = (actions: readonly Action[]) =>
    actions.map((a) => `${a.kind}${a.to ? ` to ${a.to}` : ""}`).join(", ");
  if (fits.length === 1) return fits[0]!;
  if (fits.length > 1) {
    throw badInput(`kind: several planned actions fit (${list(fits)}); say which with kind and to`);
  }
  const what =
    want.kind === undefined
      ? "missed or let-go action"
      : `${want.kind}${want.to ? ` to ${want.to}` : ""}`;
  throw new HearbackError(
    "not-found",
    planned.length === 0
      ? `no ${what} is planned for ${app}: nothing is planned for it`
      : `no ${what} is planned for ${app}; planned: ${list(planned)}`,
  );
}

function badInput(problem: string): HearbackError {
  return new HearbackError("bad-input", problem, [problem]);
}

function settingsView(settings: Settings, fallbackZone: string, stored: SettingsRecord) {
  return {
    settings,
    /** The zone and region in force (the machine's zone when none is set). */
    timezone: settings.timezone ?? fallbackZone,
    region: settings.region ?? null,
    policy: effectivePolicy(settings),
    /** The daily digest mail: whether the server sends it, at what hour, to whom (null: your email). */
    digest: digestSettings(stored),
  };
}

/** The stored digest choices with `change` applied (null: back to the defaults, off). */
async function digestPatch(
  ctx: OpContext,
  change: { on?: boolean; hour?: number; to?: string | null } | null,
): Promise<Record<string, unknown> | null> {
  if (change === null) return null;
  const { on, hour, to } = { ...digestSettings(await ctx.store.settings()), ...change };
  return { on, hour, ...(to ? { to } : {}) };
}
