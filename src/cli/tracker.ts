/**
 * What the tracker's commands share once they run (loaded lazily by their actions): the
 * store opened in the data folder, the operations' context, and the text formatting of
 * their results. The clock is read here, at the edge, and nowhere below.
 */
import { homedir } from "node:os";
import { actionPhrase } from "../core/action-phrase.js";
import { emailProblem } from "../core/email.js";
import { HearbackError } from "../core/errors.js";
import type { Action, Contact, ContactRole } from "../core/types.js";
import { describeChanges } from "../ops/changes.js";
import { createContext, type OpContext, userZone } from "../ops/context.js";
import { openDataFolder, resolveDataDir } from "../ops/data-folder.js";
import type { OpInput, OpName, OpOutput } from "../ops/index.js";
import { unreadableMessage, unreadableOf } from "../ops/screen.js";
import {
  isSupportedInstant,
  momentProblem,
  parseDateTime,
  type Reader,
  showSpan,
  showTime,
  showTimeBeside,
} from "../time/index.js";
import { parseMoment } from "./input.js";
import { paint, writeSafe } from "./io.js";

export interface Session {
  readonly ctx: OpContext;
  /** The user's zone, for showing times. */
  readonly zone: string;
  /** Whom times are shown to: the user's zone and the session's now. */
  readonly reader: Reader;
  /** Runs an operation of the ops map (loaded on first use: it brings zod and the validators). */
  run<N extends OpName>(name: N, input: OpInput<N>): Promise<OpOutput<N>>;
}

/** The machine's zone, used when the settings name none. */
export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** The data folder the options name (`--data-dir`, else $HEARBACK_HOME, else the XDG one). */
export function dataFolder(opts: { readonly dataDir?: string | undefined }): string {
  return resolveDataDir({ flag: opts.dataDir, env: process.env, home: homedir() });
}

/**
 * Opens the store, runs `fn` with a session, and closes the store whatever happens.
 * `now` (`--now`) is an ISO date-time or a date, read in the user's zone; default: the clock.
 */
export async function withSession<T>(
  opts: { readonly dataDir?: string | undefined; readonly now?: string | undefined },
  fn: (session: Session) => Promise<T>,
): Promise<T> {
  const store = await openDataFolder(dataFolder(opts), process.env.HEARBACK_DATABASE_URL);
  try {
    // The machine's zone matters only when the settings name none; asking Intl for it
    // costs a start-up's worth of milliseconds, so only then.
    const stored = await store.settings();
    let ctx = await createContext({
      store,
      stored,
      now: Date.now(),
      fallbackZone: typeof stored.timezone === "string" ? stored.timezone : systemZone(),
      source: "cli",
    });
    if (opts.now !== undefined) ctx = { ...ctx, now: readNow(opts.now, userZone(ctx)) };
    const session: Session = {
      ctx,
      zone: userZone(ctx),
      reader: { zone: userZone(ctx), now: ctx.now },
      run: async <N extends OpName>(name: N, input: OpInput<N>): Promise<OpOutput<N>> => {
        const ops = await import("../ops/index.js");
        return ops.runOp(ctx, name, input) as Promise<OpOutput<N>>;
      },
    };
    const result = await fn(session);
    // Applications whose stored data no longer reads were left out: say so, every time.
    for (const [app, problem] of unreadableOf(ctx.store)) {
      process.stderr.write(`hearback: left out ${unreadableMessage(app, problem)}\n`);
    }
    return result;
  } finally {
    await store.close();
  }
}

function readNow(given: string, zone: string): number {
  const ms = parseMoment(given, zone);
  if (ms === null || !isSupportedInstant(ms)) {
    throw new HearbackError("bad-input", momentProblem("--now", given, "2026-11-13T09:00"));
  }
  return ms;
}

/**
 * Reads a contact written on the command line: `NAME [<EMAIL>] [, TITLE]`.
 * `"Dana Lee <dana@acme.example>, Hiring Manager"` gives a name, an email and a title (a
 * title naming a recruiter or a hiring manager sets the role too). A name may be written
 * "Last, First": a single word, a comma, then words with no job-title word among them
 * (`"Lee, Dana"` is Dana Lee; `"Lee, Dana, Hiring Manager"` is Dana Lee, Hiring Manager;
 * `"Dana, Recruiter"` stays Dana, Recruiter). The name is kept first name first.
 */
export function parseContact(s: string, option: string, role?: ContactRole): Contact {
  const m = splitContact(s);
  if (!m) {
    throw new HearbackError(
      "bad-input",
      `${option}: cannot read a contact in "${s}" (write it like "Dana Lee <dana@acme.example>, Hiring Manager" or "Lee, Dana")`,
    );
  }
  const title = m.title;
  const inferred: ContactRole | undefined = title
    ? /recruit|talent/i.test(title)
      ? "recruiter"
      : /hiring manager/i.test(title)
        ? "hiring-manager"
        : undefined
    : undefined;
  const contact: Record<string, string> = { name: m.name };
  if (m.email) {
    const wrong = emailProblem(m.email);
    if (wrong !== null) throw new HearbackError("bad-input", `${option}: ${wrong}`);
    contact.email = m.email.trim();
  }
  if (title) contact.title = title;
  const r = inferred ?? role;
  if (r) contact.role = r;
  return contact as unknown as Contact;
}

/**
 * Words that make what follows a one-word name and a comma a job title ("Dana, Recruiter")
 * rather than a first name ("Lee, Dana").
 */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    "recruiter recruiting recruitment talent sourcer hr people manager management director " +
    "head lead leader chief officer president vp svp evp ceo cto cfo coo cpo ciso founder " +
    "cofounder co-founder owner partner principal staff senior sr junior jr associate " +
    "assistant intern engineer engineering developer architect designer design analyst " +
    "scientist researcher consultant coordinator specialist administrator advisor executive " +
    "representative interviewer member team product sales marketing operations program " +
    "project editor writer teacher professor doctor nurse"
  ).split(" "),
);

/** "Dana" or "Mary Ann": what may follow "Lee," as a first name. */
function isFirstName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 3 &&
    words.every((w) => !/\d/.test(w) && !TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, "")))
  );
}

/**
 * `NAME [<EMAIL>] [, TITLE]` split by hand: the one regular expression that said this
 * backtracked polynomially on runs of spaces. Null when it is not of that shape.
 */
function splitContact(s: string): { name: string; email?: string; title?: string } | null {
  const text = s.trim();
  let i = nameEnd(text, 0);
  let name = text.slice(0, i).trim();
  if (text[i] === "," && name !== "" && !/\s/.test(name)) {
    // "Lee, Dana": a surname alone, then a first name.
    const next = nameEnd(text, i + 1);
    const first = text.slice(i + 1, next).trim();
    if (isFirstName(first)) {
      name = `${first} ${name}`;
      i = next;
    }
  }
  let email: string | undefined;
  if (text[i] === "<") {
    const close = text.indexOf(">", i);
    if (close < 0) return null;
    email = text.slice(i + 1, close);
    i = close + 1;
    while (i < text.length && text[i]!.trim() === "") i++;
  }
  let title: string | undefined;
  if (i < text.length) {
    title = text.slice(i + 1).trim();
    if (text[i] !== "," || title === "" || title.includes("\n")) return null;
  }
  if (name === "") return null;
  return { name, ...(email === undefined ? {} : { email }), ...(title ? { title } : {}) };
}

/** Where a name that starts at `from` ends: at the next "<" or ",", or the end. */
function nameEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== "<" && text[i] !== ",") i++;
  return i;
}

/** Splits a comma-separated list option and its repeats into items. */
export function splitList(values: readonly string[] | undefined): string[] | undefined {
  if (!values || values.length === 0) return undefined;
  return values
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** Reads a whole number option. */
export function wholeNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) {
    throw new HearbackError("bad-input", `${option}: not a whole number: "${value}"`);
  }
  return Number(value);
}

/**
 * "Fri 13 Nov, 9:00": a stored date-time shown in the user's zone. One written without an
 * offset is read in `readIn`, the zone of its application (never the computer's zone).
 * With `beside`, the employer's clock is shown beside the user's where it differs.
 */
export function when(
  at: string,
  reader: Reader,
  readIn: string = reader.zone,
  beside?: "beside",
): string {
  const ms = parseDateTime(at, readIn);
  if (ms === null) return at;
  return beside ? showTimeBeside(ms, reader, readIn) : showTime(ms, reader);
}

/**
 * One action in two lines: what, for whom, by when (or from when), then why. The employer's
 * clock is shown beside the user's: the window is set by their working hours.
 */
export function actionLines(action: Action, reader: Reader): string[] {
  const zone = action.zone;
  const from = Date.parse(action.dueFrom);
  const by = Date.parse(action.dueBy);
  const window =
    action.kind === "let-go" || action.kind === "read-reply"
      ? ""
      : action.overdue
        ? paint.red(` (overdue since ${showTimeBeside(by, reader, zone)})`)
        : from > reader.now
          ? ` from ${showSpan(from, by, reader, zone)}`
          : ` by ${showTimeBeside(by, reader, zone)}`;
  const via = action.channels.length > 0 ? paint.dim(` (${action.channels.join(" or ")})`) : "";
  return [`${paint.bold(actionPhrase(action))}${window}${via}`, paint.dim(`  ${action.reason}`)];
}

/** What recording something did to the pending actions, so that none goes without a word. */
export const changeLines = describeChanges;

/** Writes lines on stdout. */
export function out(lines: readonly string[]): void {
  if (lines.length > 0) writeSafe(`${lines.join("\n")}\n`);
}
