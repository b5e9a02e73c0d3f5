/**
 * Asking for what the command line left out. On a terminal, hearback asks with friendly
 * prompts (@clack/prompts, drawn on stderr so that stdout stays clean for --json); in a
 * script (no terminal) a missing value is an error naming the option to give.
 */
import { HearbackError } from "../core/errors.js";

/** True when a person is at the keyboard: both stdin and stderr are terminals. */
export function interactive(): boolean {
  return Boolean(process.stdin.isTTY && process.stderr.isTTY);
}

function missing(option: string, hint?: string): HearbackError {
  return new HearbackError("bad-input", `missing ${option}${hint ? ` (${hint})` : ""}`);
}

async function clack() {
  return import("@clack/prompts");
}

function cancelled(): HearbackError {
  return new HearbackError("bad-input", "cancelled; nothing was recorded");
}

/**
 * The value given, else one typed at a prompt, else (no terminal) an error naming the option.
 * Returns `undefined` for an optional value left empty.
 */
export async function ask(opts: {
  readonly value: string | undefined;
  readonly option: string;
  readonly message: string;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly optional?: boolean;
  readonly validate?: (value: string) => string | undefined;
}): Promise<string | undefined> {
  if (opts.value !== undefined) return opts.value;
  if (!interactive()) {
    if (opts.optional) return undefined;
    throw missing(opts.option, opts.hint);
  }
  const p = await clack();
  const answer = await p.text({
    message: opts.message,
    ...(opts.placeholder === undefined ? {} : { placeholder: opts.placeholder }),
    output: process.stderr,
    validate: (v) => {
      const s = (v ?? "").trim();
      if (s === "") return opts.optional ? undefined : "Please type a value (Ctrl-C to stop).";
      return opts.validate?.(s);
    },
  });
  if (p.isCancel(answer)) throw cancelled();
  const s = (answer ?? "").trim();
  return s === "" ? undefined : s;
}

/** As `ask`, for a required value. */
export async function askRequired(opts: Parameters<typeof ask>[0]): Promise<string> {
  return (await ask({ ...opts, optional: false })) as string;
}

/** The value given, else one chosen from a list on a terminal, else an error. */
export async function choose<T extends string>(opts: {
  readonly value: T | undefined;
  readonly option: string;
  readonly message: string;
  readonly choices: readonly {
    readonly value: T;
    readonly label: string;
    readonly hint?: string;
  }[];
}): Promise<T> {
  if (opts.value !== undefined) return opts.value;
  if (!interactive()) {
    throw missing(opts.option, `one of ${opts.choices.map((c) => c.value).join(", ")}`);
  }
  const p = await clack();
  const answer = await p.select<T>({
    message: opts.message,
    output: process.stderr,
    options: opts.choices.map((c) => ({
      value: c.value,
      label: c.label,
      ...(c.hint === undefined ? {} : { hint: c.hint }),
    })) as never,
  });
  if (p.isCancel(answer)) throw cancelled();
  return answer as T;
}

/**
 * On a terminal, lets the user pick any of a few names (none is a fine answer); elsewhere,
 * or when there is nothing to pick from, nothing is asked and nothing chosen.
 */
export async function pickSome(opts: {
  readonly message: string;
  readonly names: readonly string[];
}): Promise<string[]> {
  if (!interactive() || opts.names.length === 0) return [];
  const p = await clack();
  const answer = await p.multiselect<string>({
    message: opts.message,
    output: process.stderr,
    required: false,
    options: opts.names.map((name) => ({ value: name, label: name })),
  });
  if (p.isCancel(answer)) throw cancelled();
  return answer;
}

/**
 * Drops what was typed before a question was shown (a "y" pressed while a draft was still
 * being written would otherwise answer it), by reading the terminal for a moment in raw mode.
 */
async function discardTypeAhead(): Promise<void> {
  const stdin = process.stdin;
  if (!stdin.isTTY) return;
  const drop = () => {};
  stdin.setRawMode(true);
  stdin.on("data", drop);
  await new Promise((resolve) => setTimeout(resolve, 150));
  stdin.off("data", drop);
  stdin.pause();
  while (stdin.read() !== null) {}
  stdin.setRawMode(false);
}

/**
 * On a terminal, asks the user to type `word` to go ahead; true only when they did, after
 * the question was shown. Anything else, an empty answer included, is a no.
 */
export async function confirmByTyping(opts: {
  readonly message: string;
  readonly word: string;
}): Promise<boolean> {
  await discardTypeAhead();
  const p = await clack();
  const answer = await p.text({
    message: `${opts.message} Type ${opts.word} to go ahead, or press Enter to stop.`,
    output: process.stderr,
  });
  return !p.isCancel(answer) && (answer ?? "").trim().toLowerCase() === opts.word;
}
