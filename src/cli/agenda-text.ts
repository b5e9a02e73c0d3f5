/**
 * The readable agenda: planned actions grouped as Overdue, Today, This week and Later, one
 * line each with the weekday date in the application's zone, the person, the action and its
 * reason. Used by `hearback plan` and `hearback agenda`.
 */
import type { Action } from "../core/types.js";
import { dayInZone, formatDateTime, formatDay, fromEpochDay } from "../time/index.js";
import { useColor as colourOn, paint } from "./io.js";

export interface AgendaOptions {
  /** The moment the agenda is for, epoch milliseconds. */
  readonly now: number;
  /** The user's zone: where "today" and "this week" are counted. */
  readonly zone: string;
}

const GROUPS = ["Overdue", "Today", "This week", "Later"] as const;
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

/** The index in GROUPS of an action's group, by the day its window opens in the user's zone. */
function groupIndex(a: Action, today: number, zone: string): number {
  if (a.overdue) return 0;
  const fromDay = dayInZone(Date.parse(a.dueFrom), zone);
  if (fromDay <= today) return 1;
  if (fromDay < today + 7) return 2;
  return 3;
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

/** Actions per piece of text: joined as it goes, so that no line outlives its piece. */
const PIECE = 512;

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
  const colour = colourOn();
  const today = dayInZone(now, zone);
  const thisYear = Number(fromEpochDay(today).slice(0, 4));
  const title = paint.bold(`Agenda for ${formatDateTime(now, zone, thisYear)}`);
  if (actions.length === 0) return `${title}\n\nNothing to do: no follow-up is due or planned.\n`;
  // An agenda of 100,000 applications prints some 180,000 actions: each is written as one
  // text of two lines, joined into pieces of PIECE actions, so the garbage collector sees
  // short-lived strings rather than a list of every line kept until the end. The columns
  // repeat (many actions fall at the same moment), so each "when" cell is made once.
  const groupOf = new Uint8Array(actions.length);
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < actions.length; i++) {
    const g = groupIndex(actions[i]!, today, zone);
    groupOf[i] = g;
    counts[g]!++;
  }
  const cells = new Map<string, string>();
  const indent = `  ${" ".repeat(WHEN_WIDTH)} `;
  const pieces: string[] = [title];
  let piece: string[] = [];
  for (let g = 0; g < GROUPS.length; g++) {
    if (counts[g] === 0) continue;
    const name = GROUPS[g]!;
    piece.push("", g === 0 ? paint.red(paint.bold(name)) : paint.bold(name));
    for (let i = 0; i < actions.length; i++) {
      if (groupOf[i] !== g) continue;
      const a = actions[i]!;
      const deadline = a.overdue || DEADLINE_KINDS.has(a.kind);
      const by = deadline && a.kind !== "let-go";
      const iso = deadline ? a.dueBy : a.dueFrom;
      const cellKey = by ? `by ${iso}` : iso;
      let cell = cells.get(cellKey);
      if (cell === undefined) {
        cell = `  ${`${by ? "by " : ""}${localWhen(iso, thisYear)}`.padEnd(WHEN_WIDTH)} `;
        cells.set(cellKey, cell);
      }
      const head = `${a.company}: ${actionPhrase(a)}${channelsText(a)}`;
      piece.push(
        colour
          ? `${cell}${paint.bold(head)}\n${indent}${paint.dim(a.reason)}`
          : `${cell}${head}\n${indent}${a.reason}`,
      );
      if (piece.length >= PIECE) {
        pieces.push(piece.join("\n"));
        piece = [];
      }
    }
  }
  if (piece.length > 0) pieces.push(piece.join("\n"));
  return `${pieces.join("\n")}\n`;
}
