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

/** Before a "when" cell's time: a window open shows its deadline, one to come its start. */
const PREFIXES = ["by ", "from ", ""] as const;

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
  // repeat (many actions fall at the same moment), so each "when" cell and each employer's
  // clock is made once, looked up by the moment as a number (a key made of strings cost
  // hashing a new string per action: a third of the rendering).
  const fromMs = new Float64Array(actions.length);
  const byMs = new Float64Array(actions.length);
  const groupOf = new Uint8Array(actions.length);
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i]!;
    const dueFromMs = Date.parse(a.dueFrom);
    const dueByMs = Date.parse(a.dueBy);
    const g = a.missed
      ? 0
      : GROUP_INDEX[dueGroup({ overdue: a.overdue, dueFromMs, dueByMs }, reader)];
    fromMs[i] = dueFromMs;
    byMs[i] = dueByMs;
    groupOf[i] = g;
    counts[g]!++;
  }
  // Each "when" cell by its prefix ("by ", "from ", none) and moment; each employer's clock
  // by zone and moment.
  const cellOf = PREFIXES.map((prefix) =>
    madeOnce((ms: number) => `  ${`${prefix}${showTime(ms, reader)}`.padEnd(WHEN_WIDTH)} `),
  );
  const clockOf = madeOnce((zone: string) =>
    madeOnce((ms: number) => {
      const theirs = showTheirTime(ms, reader, zone);
      return theirs === null ? "" : ` · ${theirs}`;
    }),
  );
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
        (a.overdue || DEADLINE_KINDS.has(a.kind) || fromMs[i]! <= reader.now);
      const ms = by ? byMs[i]! : fromMs[i]!;
      const prefix = by ? 0 : a.kind === "let-go" ? 2 : 1;
      const cell = cellOf[prefix]!(ms);
      // The employer's clock beside where it differs: 3:00 for you may be 9:00 in Berlin.
      const clock = OWN_CLOCK_KINDS.has(a.kind) ? "" : clockOf(a.zone)(ms);
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

/** `make` as a function that makes each key's value once. */
function madeOnce<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
