/**
 * A per-application digest of the event log, shared by the spreadsheet export, the
 * job-search report and the contacts export. It only reads what was recorded (no policy, no
 * clock), so the same log always gives the same record.
 */
import type {
  Contact,
  InterviewEvent,
  ReplyEvent,
  SentEvent,
  Status,
  StatusEvent,
  TimelineEvent,
} from "../core/types.js";
import { atWallTime, dateInZone, isIsoDate, parseDateTime, wallTime } from "../time/index.js";

/** `{ day }` for a day without a time (`2026-11-02`), which is no moment in any zone. */
const dayOnly = (at: string | undefined): { day?: string } =>
  at !== undefined && isIsoDate(at) ? { day: at } : {};

/**
 * The day applied, when the log gives a day and no time: written as a day, or at midnight on
 * the application's clock, which is how tracker imports and `add --applied DAY` store a day
 * (nobody applies at 0:00 sharp).
 */
function appliedDay(at: string | undefined, ms: number | null, zone: string): { day?: string } {
  if (at !== undefined && isIsoDate(at)) return { day: at };
  return ms !== null && wallTime(ms, zone) === "00:00" ? { day: dateInZone(ms, zone) } : {};
}

export interface StageChange {
  /** Epoch ms, or null when the log gave no time. */
  readonly atMs: number | null;
  /** The day as written, when the log gave a day and no time (`2026-11-02`). */
  readonly day?: string;
  readonly label: string;
}

export interface ApplicationSummary {
  readonly app: string;
  readonly company: string;
  readonly role: string;
  /** The zone times are read in: the application's own, else the user's. */
  readonly zone: string;
  /** True when the application names its own zone. */
  readonly ownZone: boolean;
  readonly url?: string;
  readonly appliedMs: number | null;
  /** The day applied as written, when the log gives a day and no time. */
  readonly appliedOn?: string;
  /** The latest status event's status, or null while the application is open. */
  readonly status: Status | null;
  /** Applied, each interview, each status change, in time order. */
  readonly stages: readonly StageChange[];
  readonly interviews: readonly (InterviewEvent & { readonly atMs: number | null })[];
  readonly sent: readonly (SentEvent & { readonly atMs: number | null })[];
  readonly replies: readonly (ReplyEvent & { readonly atMs: number | null })[];
  readonly statuses: readonly (StatusEvent & { readonly atMs: number | null })[];
  /** Everyone named in the application and its interviews, by name (first mention wins, later ones fill gaps). */
  readonly contacts: readonly Contact[];
  /** Extra fields of the application event (e.g. `source`, `location`). */
  readonly extra: Readonly<Record<string, unknown>>;
}

const byTime = <T extends { readonly atMs: number | null }>(a: T, b: T) =>
  (a.atMs ?? Number.NEGATIVE_INFINITY) - (b.atMs ?? Number.NEGATIVE_INFINITY);

function mergeContacts(into: Map<string, Contact>, people: readonly Contact[] | undefined): void {
  for (const c of people ?? []) {
    const key = c.name.trim().toLowerCase();
    const had = into.get(key);
    // Later mentions fill in what earlier ones left out (an email learnt at round two).
    into.set(key, had ? { ...c, ...had } : c);
  }
}

const STATUS_LABEL: Readonly<Record<Status, string>> = {
  "still-open": "Posting still open",
  "on-hold": "On hold",
  rejected: "Rejected",
  offer: "Offer",
  accepted: "Accepted",
  withdrawn: "Withdrawn",
  filled: "Position filled",
};

/** The applications of a log, in the order they were added. */
export function summarize(
  events: readonly TimelineEvent[],
  userZone: string,
): ApplicationSummary[] {
  const order: string[] = [];
  const groups = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    let g = groups.get(e.app);
    if (!g) {
      g = [];
      groups.set(e.app, g);
      order.push(e.app);
    }
    g.push(e);
  }
  return order.map((app) => {
    const list = groups.get(app) ?? [];
    const application = list.find((e) => e.type === "application");
    const zone = application?.timezone ?? userZone;
    // A bare day (allowed in a timeline file) is read as its start on the application's clock.
    const ms = (at: string | undefined) =>
      at ? (isIsoDate(at) ? atWallTime(at, "00:00", zone) : parseDateTime(at, zone)) : null;
    const interviews = list
      .filter((e): e is InterviewEvent => e.type === "interview")
      .map((e) => ({ ...e, atMs: ms(e.at) }))
      .sort(byTime);
    const sent = list
      .filter((e): e is SentEvent => e.type === "sent")
      .map((e) => ({ ...e, atMs: ms(e.at) }))
      .sort(byTime);
    const replies = list
      .filter((e): e is ReplyEvent => e.type === "reply")
      .map((e) => ({ ...e, atMs: ms(e.at) }))
      .sort(byTime);
    const statuses = list
      .filter((e): e is StatusEvent => e.type === "status")
      .map((e) => ({ ...e, atMs: ms(e.at) }))
      .sort(byTime);
    const contacts = new Map<string, Contact>();
    mergeContacts(contacts, application?.contacts);
    for (const iv of interviews) mergeContacts(contacts, iv.interviewers);
    const appliedMs = ms(application?.at);
    const applied = appliedDay(application?.at, appliedMs, zone);
    const stages: StageChange[] = [
      ...(application
        ? [
            {
              atMs: appliedMs,
              ...applied,
              label: application.saved ? "Saved" : "Applied",
            },
          ]
        : []),
      ...interviews.map((iv, i) => ({
        atMs: iv.atMs,
        label: iv.stage ? `Interview: ${iv.stage}` : `Interview (round ${i + 1})`,
      })),
      ...statuses.map((s) => ({
        atMs: s.atMs,
        ...dayOnly(s.at),
        label: STATUS_LABEL[s.status] ?? s.status,
      })),
    ].sort(byTime);
    const {
      type: _t,
      app: _a,
      company,
      role,
      at: _at,
      timezone: _z,
      url,
      contacts: _c,
      ...extra
    } = application ?? { type: "application", app, company: app, role: "" };
    return {
      app,
      company: String(company),
      role: String(role),
      zone,
      ownZone: application?.timezone !== undefined,
      ...(typeof url === "string" ? { url } : {}),
      appliedMs,
      ...(applied.day ? { appliedOn: applied.day } : {}),
      status: statuses.at(-1)?.status ?? null,
      stages,
      interviews,
      sent,
      replies,
      statuses,
      contacts: [...contacts.values()],
      extra,
    };
  });
}
