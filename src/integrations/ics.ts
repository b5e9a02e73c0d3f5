/**
 * The calendar: planned actions and interviews as iCalendar (RFC 5545) events, for
 * `hearback calendar --out FILE.ics` and the subscribable `/calendar.ics` feed.
 *
 * What makes a refresh update events instead of duplicating them:
 * - UIDs are derived from what an event is about, never from when it was generated:
 *   an action's UID from (app, rule, kind, person, ordinal), an interview's from (app, its
 *   position among the application's interviews). The ordinal of a thank-you is the
 *   interview round; of the other kinds it is 1 + how many messages of that kind were
 *   already sent, so a check-in that was sent leaves the feed and the next one is a new
 *   event rather than the old one moved ("done actions disappear").
 * - SEQUENCE is the number of entries the application has in the store's log. The log
 *   is append-only (a correction is a new entry), so the number never goes down, and every
 *   fact that can move a due window (an interview, a reply, a status, a correction) bumps
 *   it. It is derived, so the feed needs no state of its own.
 *
 * The calendar's own properties (VERSION, PRODID, CALSCALE, METHOD, X-WR-*) come before any
 * component, as RFC 5545 (3.6) requires; ical-generator writes some of them after its
 * VTIMEZONEs and events, so the zones and those properties are put in place here.
 *
 * Times are written in the application's zone (`DTSTART;TZID=America/Denver:...`) with a
 * VTIMEZONE block per zone from `timezones-ical-library`, which Google, Apple and Outlook
 * all read; Outlook in particular ignores a TZID it has no VTIMEZONE for.
 */
import { createHash } from "node:crypto";
import ical, {
  foldLines,
  ICalAlarmType,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
} from "ical-generator";
import { tzlib_get_ical_block } from "timezones-ical-library";
import type {
  Action,
  ActionKind,
  ApplicationEvent,
  InterviewEvent,
  TimelineEvent,
} from "../core/types.js";
import { MINUTE_MS, parseDateTime, showTimeBeside, zonedDateTime } from "../time/index.js";

/** Reminders fire this long before an interview starts. */
const INTERVIEW_ALARM_MINUTES = 60;
/** An action whose window is empty still needs some length to show up in a calendar. */
const MIN_ACTION_MINUTES = 30;
const DEFAULT_INTERVIEW_MINUTES = 60;
// ical-generator writes the leading "-" (non-registered product id) itself.
const PRODUCT_ID = "//hearback//hearback calendar//EN";
const UID_DOMAIN = "hearback.invalid";

export interface CalendarInput {
  /** The whole event log, in the order it was recorded. */
  readonly events: readonly TimelineEvent[];
  /** What the engine planned as of `nowMs` (done actions are simply no longer in it). */
  readonly actions: readonly Action[];
  /** The user's zone, for applications that name none. */
  readonly zone: string;
  /** The generation time, written as DTSTAMP. */
  readonly nowMs: number;
  /** The calendar's display name. */
  readonly name?: string;
  /**
   * How many entries each application has in the raw log, corrections included. When
   * given, it is the SEQUENCE: unlike the effective timeline it also grows when an event is
   * amended or taken back. Without it, the number of events in `events` is used.
   */
  readonly revisions?: ReadonlyMap<string, number>;
}

/** One calendar event before it is written out; exposed so other views can share it. */
export interface CalendarItem {
  readonly uid: string;
  readonly sequence: number;
  readonly app: string;
  readonly kind: ActionKind | "interview";
  readonly startMs: number;
  readonly endMs: number;
  readonly zone: string;
  readonly summary: string;
  readonly description: string;
  readonly alarmMinutesBefore: number;
  readonly url?: string;
  /** A follow-up that was done or dropped since it was handed out: `STATUS:CANCELLED`. */
  readonly cancelled?: boolean;
}

interface AppFacts {
  readonly application: ApplicationEvent | undefined;
  readonly zone: string;
  readonly eventCount: number;
  readonly interviews: readonly InterviewEvent[];
  readonly sentByKind: ReadonlyMap<string, number>;
}

function factsByApp(events: readonly TimelineEvent[], zone: string): Map<string, AppFacts> {
  const acc = new Map<
    string,
    {
      application?: ApplicationEvent;
      eventCount: number;
      interviews: InterviewEvent[];
      sentByKind: Map<string, number>;
    }
  >();
  for (const e of events) {
    let a = acc.get(e.app);
    if (!a) {
      a = { eventCount: 0, interviews: [], sentByKind: new Map() };
      acc.set(e.app, a);
    }
    a.eventCount += 1;
    if (e.type === "application") a.application = e;
    else if (e.type === "interview") a.interviews.push(e);
    else if (e.type === "sent") a.sentByKind.set(e.kind, (a.sentByKind.get(e.kind) ?? 0) + 1);
  }
  const out = new Map<string, AppFacts>();
  for (const [app, a] of acc) {
    out.set(app, {
      application: a.application,
      zone: a.application?.timezone ?? zone,
      eventCount: a.eventCount,
      interviews: a.interviews,
      sentByKind: a.sentByKind,
    });
  }
  return out;
}

/** A UID that is the same every time for the same thing, whatever characters `app` holds. */
function stableUid(parts: readonly (string | number | undefined)[]): string {
  const hash = createHash("sha256")
    .update(JSON.stringify(parts.map((p) => p ?? null)))
    .digest("hex")
    .slice(0, 32);
  return `${hash}@${UID_DOMAIN}`;
}

/** Which occurrence of its kind an action is, so that a sent one is not reused. */
function actionOrdinal(action: Action, facts: AppFacts | undefined): number {
  if (action.kind === "thank-you") return action.round ?? facts?.interviews.length ?? 1;
  if (action.kind === "ask-timeline") return facts?.interviews.length ?? 1;
  return 1 + (facts?.sentByKind.get(action.kind) ?? 0);
}

function actionSummary(a: Action): string {
  switch (a.kind) {
    case "thank-you":
      return a.to ? `Thank ${a.to} (${a.company})` : `Send ${a.company} a thank-you`;
    case "ask-timeline":
      return `Ask ${a.company} when they expect to decide`;
    case "check-in":
      return a.to ? `Check in with ${a.to} (${a.company})` : `Check in with ${a.company}`;
    case "value-add":
      return a.variant === "achievement"
        ? `Share a recent win with ${a.company}`
        : `Send ${a.company} a relevant article`;
    case "final-thanks":
      return `Thank ${a.company} once more for their time`;
    case "keep-in-touch":
      return `Reconnect with ${a.company}`;
    case "let-go":
      return `Let ${a.company} go`;
    case "reply":
      return a.to ? `Answer ${a.to} (${a.company})` : `Answer ${a.company}`;
    case "read-reply":
      return `Tell hearback how to read ${a.company}'s reply`;
  }
}

/**
 * The calendar events for a log and a plan: one per planned action (advice to let go, and a
 * question about how a reply reads, are not things to do at a time, so they are left out)
 * and one per interview.
 */
export function calendarItems(input: CalendarInput): CalendarItem[] {
  const facts = factsByApp(input.events, input.zone);
  const sequenceOf = (app: string) => input.revisions?.get(app) ?? facts.get(app)?.eventCount ?? 0;
  const items: CalendarItem[] = [];
  for (const a of input.actions) {
    if (a.kind === "let-go" || a.kind === "read-reply") continue;
    const f = facts.get(a.app);
    const zone = f?.zone ?? input.zone;
    const startMs = parseDateTime(a.dueFrom, zone);
    const dueMs = parseDateTime(a.dueBy, zone);
    if (startMs === null || dueMs === null) {
      throw new Error(`action for ${a.app} has an unreadable window: ${a.dueFrom} .. ${a.dueBy}`);
    }
    const endMs = Math.max(dueMs, startMs + MIN_ACTION_MINUTES * MINUTE_MS);
    const lines = [
      a.reason,
      `Due by ${showTimeBeside(dueMs, { zone: input.zone, now: input.nowMs }, zone)}.`,
      a.channels.length > 0 ? `How: ${a.channels.join(" or ")}.` : "",
      `Draft it: hearback draft ${a.app} --kind ${a.kind}`,
    ];
    items.push({
      uid: stableUid([a.app, a.rule, a.kind, a.to, actionOrdinal(a, f)]),
      sequence: sequenceOf(a.app),
      app: a.app,
      kind: a.kind,
      startMs,
      endMs,
      zone,
      summary: actionSummary(a),
      description: lines.filter((l) => l !== "").join("\n"),
      alarmMinutesBefore: 0,
      url: f?.application?.url,
    });
  }
  for (const [app, f] of facts) {
    f.interviews.forEach((iv, index) => {
      const startMs = parseDateTime(iv.at, f.zone);
      if (startMs === null) return;
      const minutes = iv.durationMinutes ?? DEFAULT_INTERVIEW_MINUTES;
      const company = f.application?.company ?? app;
      const role = f.application?.role;
      const people = (iv.interviewers ?? []).map((c) =>
        c.title ? `${c.name}, ${c.title}` : c.name,
      );
      const lines = [
        people.length > 0 ? `With ${people.join("; ")}.` : "",
        iv.topics && iv.topics.length > 0 ? `Topics: ${iv.topics.join(", ")}.` : "",
        iv.notes ?? "",
      ];
      items.push({
        uid: stableUid([app, "interview", index + 1]),
        sequence: sequenceOf(app),
        app,
        kind: "interview",
        startMs,
        endMs: startMs + minutes * MINUTE_MS,
        zone: f.zone,
        summary: `Interview: ${company}${role ? `, ${role}` : ""}${iv.stage ? ` (${iv.stage})` : ""}`,
        description: lines.filter((l) => l !== "").join("\n"),
        alarmMinutesBefore: INTERVIEW_ALARM_MINUTES,
        url: f.application?.url,
      });
    });
  }
  return items.sort((x, y) => x.startMs - y.startMs || (x.uid < y.uid ? -1 : 1));
}

/** VTIMEZONE blocks by zone: the library rebuilds one from its data on every call (~1.5 ms). */
const vtimezones = new Map<string, string | null>();

function vtimezone(zone: string): string | null {
  let block = vtimezones.get(zone);
  if (block === undefined) {
    const got = tzlib_get_ical_block(zone);
    block = Array.isArray(got) && typeof got[0] === "string" ? got[0] : null;
    vtimezones.set(zone, block);
  }
  return block;
}

export interface WriteOptions {
  /** The generation time, written as DTSTAMP. */
  readonly nowMs: number;
  /** The user's zone, announced as X-WR-TIMEZONE. */
  readonly zone: string;
  readonly name?: string;
  /**
   * A published calendar (a feed, a file to import) says `METHOD:PUBLISH`; a CalDAV object
   * must not carry a METHOD at all (RFC 4791, 4.1).
   */
  readonly publish: boolean;
}

/**
 * Puts `props` and the VTIMEZONEs right after ical-generator's calendar properties: it writes
 * its own VTIMEZONEs, REFRESH-INTERVAL and X- properties after some of them or after the
 * events, where RFC 5545 (3.4, 3.6) has no room for either.
 */
function insertBeforeComponents(text: string, props: readonly string[], zones: readonly string[]) {
  const first = text.indexOf("\r\nBEGIN:");
  const at = (first === -1 ? text.indexOf("\r\nEND:VCALENDAR") : first) + 2;
  const blocks = zones.map((z) => vtimezone(z)?.trim().replace(/\r?\n/g, "\r\n") ?? "");
  const middle = [...props, ...blocks.filter((b) => b !== "")].join("\r\n");
  return `${text.slice(0, at)}${foldLines(middle)}\r\n${text.slice(at)}`;
}

/** Writes calendar items as an iCalendar document, calendar properties first. */
export function writeCalendar(items: readonly CalendarItem[], opts: WriteOptions): string {
  const cal = ical({
    prodId: PRODUCT_ID,
    scale: "GREGORIAN",
    method: opts.publish ? ICalCalendarMethod.PUBLISH : null,
    name: opts.name ?? "hearback follow-ups",
  });
  const stamp = new Date(opts.nowMs);
  for (const item of items) {
    const zoned = (ms: number) => zonedDateTime(ms, item.zone);
    cal.createEvent({
      id: item.uid,
      sequence: item.sequence,
      stamp,
      start: zoned(item.startMs),
      end: zoned(item.endMs),
      timezone: item.zone,
      summary: item.summary,
      description: item.description,
      url: item.url ?? null,
      status: item.cancelled ? ICalEventStatus.CANCELLED : null,
      // Reminders of things to do should not block the day as busy; interviews should.
      transparency:
        item.kind === "interview"
          ? ICalEventTransparency.OPAQUE
          : ICalEventTransparency.TRANSPARENT,
      alarms: item.cancelled
        ? []
        : [
            {
              type: ICalAlarmType.display,
              trigger: item.alarmMinutesBefore * 60,
              description: item.summary,
            },
          ],
    });
  }
  const props = [`X-WR-TIMEZONE:${opts.zone}`];
  // Feed readers poll at their own pace; this asks the ones that listen for every hour.
  if (opts.publish) props.push("REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H");
  const zones = [...new Set(items.map((i) => i.zone))].sort();
  return insertBeforeComponents(cal.toString(), props, zones);
}

/**
 * Writes the calendar as a published iCalendar document.
 *
 * @example
 * renderCalendar({ events, actions: plan(...), zone: "America/Denver", nowMs })
 * // "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n..."
 */
export function renderCalendar(input: CalendarInput): string {
  return writeCalendar(calendarItems(input), {
    nowMs: input.nowMs,
    zone: input.zone,
    name: input.name,
    publish: true,
  });
}
