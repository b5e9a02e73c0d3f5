/**
 * The readable agenda: planned actions grouped as Overdue, Today, This week and Later, one
 * line each with the weekday date in the application's zone, the person, the action and its
 * reason. Used by `hearback plan` and `hearback agenda`.
 */
import type { Action } from "../core/types.js";
import { dayInZone, formatDateTime, formatDay, fromEpochDay } from "../time/index.js";
import { paint } from "./io.js";

export interface AgendaOptions {
  /** The moment the agenda is for, epoch milliseconds. */
  readonly now: number;
  /** The user's zone: where "today" and "this week" are counted. */
  readonly zone: string;
}

const GROUPS = ["Overdue", "Today", "This week", "Later"] as const;
type Group = (typeof GROUPS)[number];

/** Kinds whose time that matters is the deadline; the others show when their window opens. */
const DEADLINE_KINDS: ReadonlySet<string> = new Set(["thank-you", "ask-timeline", "final-thanks"]);

/** Wide enough for "by Wed 18 Nov, 14:45" and a space. */
const WHEN_WIDTH = 21;

const ISO_PARTS = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/;

/** "Fri 13 Nov, 9:00" from an ISO date-time with offset, read in its own offset's zone. */
function localWhen(iso: string, thisYear: number): string {
  const m = ISO_PARTS.exec(iso);
  if (!m) return iso;
  return `${formatDay(m[1]!, thisYear)}, ${Number(m[2])}:${m[3]}`;
}

function groupOf(a: Action, now: number, zone: string): Group {
  if (a.overdue) return "Overdue";
  const from = Date.parse(a.dueFrom);
  const today = dayInZone(now, zone);
  const fromDay = dayInZone(from, zone);
  if (fromDay <= today) return "Today";
  if (fromDay < today + 7) return "This week";
  return "Later";
}

/** What to do, in a few words: "check in with Dana Lee". */
export function actionPhrase(a: Action): string {
  const who = a.to ?? a.company;
  switch (a.kind) {
    case "thank-you":
      return `send ${a.to ?? "your interviewers"} a thank-you`;
    case "ask-timeline":
      return `ask ${a.to ?? "them"} when they expect to decide`;
    case "check-in":
      return `check in with ${who}`;
    case "value-add":
      return a.variant === "achievement"
        ? `tell ${who} about a recent success`
        : `send ${who} a relevant article`;
    case "final-thanks":
      return `thank ${who} for their time`;
    case "keep-in-touch":
      return `say hello to ${who}`;
    case "let-go":
      return "let this one go";
  }
}

function channelsText(a: Action): string {
  return a.channels.length === 0 ? "" : ` (${a.channels.join(" or ")})`;
}

/**
 * Renders actions (already ordered, as `plan` returns them) as the agenda text.
 *
 * @example
 * renderAgenda(actions, { now, zone: "America/Denver" })
 * // Agenda for Wed 18 Nov, 12:00
 * //
 * // Today
 * //   Wed 18 Nov, 9:00   Acme: check in with Dana Lee (email or phone)
 * //                      Dana Lee said you'd hear by Fri 13 Nov; it is now 3 business days later with no news.
 */
export function renderAgenda(actions: readonly Action[], options: AgendaOptions): string {
  const { now, zone } = options;
  const thisYear = Number(fromEpochDay(dayInZone(now, zone)).slice(0, 4));
  const lines: string[] = [paint.bold(`Agenda for ${formatDateTime(now, zone, thisYear)}`)];
  if (actions.length === 0) {
    lines.push("", "Nothing to do: no follow-up is due or planned.");
    return `${lines.join("\n")}\n`;
  }
  const groups = new Map<Group, Action[]>(GROUPS.map((g) => [g, []]));
  for (const a of actions) groups.get(groupOf(a, now, zone))!.push(a);
  for (const g of GROUPS) {
    const list = groups.get(g)!;
    if (list.length === 0) continue;
    lines.push("", g === "Overdue" ? paint.red(paint.bold(g)) : paint.bold(g));
    for (const a of list) {
      const deadline = a.overdue || DEADLINE_KINDS.has(a.kind);
      const when = `${deadline && a.kind !== "let-go" ? "by " : ""}${localWhen(deadline ? a.dueBy : a.dueFrom, thisYear)}`;
      const head = `${a.company}: ${actionPhrase(a)}${channelsText(a)}`;
      lines.push(`  ${when.padEnd(WHEN_WIDTH)} ${paint.bold(head)}`);
      lines.push(`  ${" ".repeat(WHEN_WIDTH)} ${paint.dim(a.reason)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
