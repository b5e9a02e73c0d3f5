/**
 * The readable agenda: planned actions grouped as Missed, Overdue, Today, This week and Later (the
 * user's days), one line each with the weekday date in the user's zone, the person, the
 * action and its reason. Used by `hearback plan` and `hearback agenda`.
 */
import { actionPhrase } from "../core/action-phrase.js";
import type { Action } from "../core/types.js";
import {
  type DueGroup,
  dueGroup,
  type Reader,
  showTheirTime,
  showTime,
  whoseTimes,
} from "../time/index.js";
import { useColor as colourOn, paint } from "./io.js";

export interface AgendaOptions {
  /** The moment the agenda is for, epoch milliseconds. */
  readonly now: number;
  /** The user's zone: where "today" and "this week" are counted. */
  readonly zone: string;
}

const GROUPS = [
  "Missed: still want to? (if not: hearback drop APP)",
  "Overdue",
  "Today",
  "This week",
  "Later",
] as const;
const GROUP_INDEX: Readonly<Record<DueGroup, number>> = { overdue: 1, today: 2, week: 3, later: 4 };
/**
 * Kinds not set by the employer's clock (advice, and a reply waiting for the user's word):
 * no "9:00 in Berlin" beside them.
 */
const OWN_CLOCK_KINDS: ReadonlySet<string> = new Set(["let-go", "read-reply"]);
/** Kinds whose time that matters is the deadline; the others show when their window opens. */
const DEADLINE_KINDS: ReadonlySet<string> = new Set(["thank-you", "ask-timeline", "final-thanks"]);

/** Wide enough for "from Wed 18 Nov, 14:45" and a space. */
const WHEN_WIDTH = 23;

/** "Agenda for Wed 18 Nov, 12:00 (times in your zone, America/Denver)": says whose clock. */
export function agendaTitle(reader: Reader): string {
  return `${paint.bold(`Agenda for ${showTime(reader.now, reader)}`)} ${paint.dim(`(${whoseTimes(reader)})`)}`;
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
  const reader: Reader = options;
  const colour = colourOn();
  const title = agendaTitle(reader);
  if (actions.length === 0) return `${title}\n\nNothing to do: no follow-up is due or planned.\n`;
  // An agenda of 100,000 applications prints some 180,000 actions: each is written as one
  // text of two lines, joined into pieces of PIECE actions, so the garbage collector sees
  // short-lived strings rather than a list of every line kept until the end. The columns
  // repeat (many actions fall at the same moment), so each "when" cell is made once.
  const groupOf = new Uint8Array(actions.length);
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i]!;
    const dueFromMs = Date.parse(a.dueFrom);
    const g = a.missed
      ? 0
      : GROUP_INDEX[
          dueGroup({ overdue: a.overdue, dueFromMs, dueByMs: Date.parse(a.dueBy) }, reader)
        ];
    groupOf[i] = g;
    counts[g]!++;
  }
  const cells = new Map<string, string>();
  const clocks = new Map<string, string>();
  const indent = `  ${" ".repeat(WHEN_WIDTH)} `;
  const pieces: string[] = [title];
  let piece: string[] = [];
  for (let g = 0; g < GROUPS.length; g++) {
    if (counts[g] === 0) continue;
    const name = GROUPS[g]!;
    piece.push("", g === 1 ? paint.red(paint.bold(name)) : paint.bold(name));
    for (let i = 0; i < actions.length; i++) {
      if (groupOf[i] !== g) continue;
      const a = actions[i]!;
      // A window already open is shown by its deadline, one yet to open by its start.
      const by =
        a.kind !== "let-go" &&
        (a.overdue || DEADLINE_KINDS.has(a.kind) || Date.parse(a.dueFrom) <= reader.now);
      const iso = by ? a.dueBy : a.dueFrom;
      const prefix = by ? "by " : a.kind === "let-go" ? "" : "from ";
      const cellKey = prefix + iso;
      let cell = cells.get(cellKey);
      if (cell === undefined) {
        cell = `  ${`${prefix}${showTime(Date.parse(iso), reader)}`.padEnd(WHEN_WIDTH)} `;
        cells.set(cellKey, cell);
      }
      // The employer's clock beside where it differs: 3:00 for you may be 9:00 in Berlin.
      const clockKey = `${a.zone} ${iso}`;
      let clock = OWN_CLOCK_KINDS.has(a.kind) ? "" : clocks.get(clockKey);
      if (clock === undefined) {
        const theirs = showTheirTime(Date.parse(iso), reader, a.zone);
        clock = theirs === null ? "" : ` · ${theirs}`;
        clocks.set(clockKey, clock);
      }
      const head = `${a.company}: ${actionPhrase(a)}${channelsText(a)}${clock}`;
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
