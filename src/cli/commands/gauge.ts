/**
 * `hearback gauge`: reads an employer's reply on stdin and says how warm it is, why, and
 * the dates in it. `--jsonl` reads many replies, one JSON object per line.
 * See docs/gauge.md.
 */
import type { Command } from "commander";
import { HearbackError } from "../../core/errors.js";
import { SIGNALS, type Signal } from "../../core/types.js";
import { paint, printJson } from "../io.js";

interface GaugeOptions {
  readonly received?: string;
  readonly tz?: string;
  readonly json?: boolean;
  readonly jsonl?: boolean;
  readonly as?: string;
}

export function registerGauge(program: Command): void {
  program
    .command("gauge")
    .description("read how warm an employer's reply is (the reply's text on stdin)")
    .option(
      "--received <datetime>",
      "when the reply arrived, ISO 8601 (dates like 'by Friday' count from then; default: now)",
    )
    .option("--tz <zone>", "IANA time zone the dates are read in (default: this computer's)")
    .option("--json", "print the reading as JSON, with the evidence")
    .option(
      "--as <signal>",
      `read it as this signal (when the gauge can't tell, or you know better): ${SIGNALS.join(", ")}`,
    )
    .option(
      "--jsonl",
      'read many replies, one {"id","text","received"?} per line; write one reading per line',
    )
    .addHelpText(
      "after",
      `
Examples:
  pbpaste | hearback gauge
  echo "We hope to decide by Friday." | hearback gauge --received 2026-11-18T11:02 --json
  pbpaste | hearback gauge --as rejection
  hearback gauge --jsonl < replies.jsonl > readings.jsonl`,
    )
    .action(async (opts: GaugeOptions) => {
      const input = await readStdin();
      const { isValidZone } = await import("../../time/index.js");
      const zone = opts.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (!isValidZone(zone)) {
        throw new HearbackError("bad-input", `--tz: not a time zone: "${zone}"`);
      }
      if (opts.as !== undefined && !(SIGNALS as readonly string[]).includes(opts.as)) {
        throw new HearbackError(
          "bad-input",
          `--as: not a signal: "${opts.as}" (one of ${SIGNALS.join(", ")})`,
        );
      }
      if (opts.jsonl) await gaugeLines(input, zone, opts.received);
      else await gaugeOne(input, zone, opts);
    });
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    process.stderr.write("Paste the reply, then press Ctrl-D (Ctrl-Z then Enter on Windows).\n");
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // A byte-order mark (Windows editors write one) is not part of the text.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
}

async function receivedMs(value: string | undefined, zone: string, where: string): Promise<number> {
  // The edge of the program: the only place the gauge's "now" comes from the clock.
  if (value === undefined) return Date.now();
  const { isSupportedInstant, momentProblem, parseDateTime } = await import("../../time/index.js");
  const ms = parseDateTime(value, zone);
  if (ms === null || !isSupportedInstant(ms)) {
    const problem = momentProblem(where, value, "2026-11-18T11:02");
    throw new HearbackError("bad-input", problem, [problem]);
  }
  return ms;
}

async function gaugeOne(input: string, zone: string, opts: GaugeOptions): Promise<void> {
  if (input.trim() === "") {
    throw new HearbackError(
      "bad-input",
      "no reply on stdin: pipe the reply's text in, e.g. `pbpaste | hearback gauge`",
    );
  }
  const received = await receivedMs(opts.received, zone, "--received");
  const [{ gaugeReply, readingAs, replyReading }, { replyText }] = await Promise.all([
    import("../../gauge/index.js"),
    import("../../ops/reply-text.js"),
  ]);
  const read = gaugeReply(await replyText(input), { receivedMs: received, zone });
  const r = opts.as === undefined ? read : readingAs(read, opts.as as Signal);
  if (opts.json) {
    printJson(replyReading(r));
    return;
  }
  const { formatDay } = await import("../../time/index.js");
  const flat = r.body.replace(/\s+/g, " ");
  const reads = r.cantTell
    ? `${paint.bold(paint.yellow("can't tell"))}: ${paint.bold(r.cantTell[0])} or ${paint.bold(r.cantTell[1])} ${paint.dim(`(${r.cantTell[0]} ${r.confidence.toFixed(2)})`)}`
    : opts.as !== undefined
      ? `${paint.bold(r.signal)} ${paint.dim("(as you said)")}`
      : `${paint.bold(r.signal)} ${paint.dim(`(confidence ${r.confidence.toFixed(2)})`)}`;
  const lines = [
    `${paint.bold("Reads as:")}   ${reads}`,
    opts.as !== undefined
      ? `${paint.bold("Because:")}    you said so ${paint.dim(`(the gauge read ${read.cantTell ? `${read.cantTell[0]} or ${read.cantTell[1]}` : read.signal})`)}`
      : // Words from the reply are quoted; the gauge's own notes are not.
        `${paint.bold("Because:")}    ${r.evidence.map((e) => (flat.includes(e) ? `"${e}"` : e)).join(", ")}`,
  ];
  if (r.decisionBy) {
    lines.push(
      `${paint.bold("Decision:")}   by ${formatDay(r.decisionBy)} ${paint.dim(`(from "${r.decisionPhrase}")`)}`,
    );
  }
  if (r.returnOn) lines.push(`${paint.bold("Back on:")}    ${formatDay(r.returnOn)}`);
  if (r.cantTell) {
    // Both readings, and how to say which: acting on the wrong one could mean chasing a no.
    lines.push("", "Which is it? Read the reply, then:");
    for (const s of r.cantTell)
      lines.push(`  ${paint.bold(s)}: ${ADVICE[s](r.dates.decisionBy !== null)}`);
    lines.push(
      "",
      paint.dim(
        `Say which with --as (e.g. hearback gauge --as ${r.cantTell[0]}), or record the reply with hearback reply APP --signal ${r.cantTell[0]}.`,
      ),
    );
  } else {
    lines.push("", ADVICE[r.signal](r.decisionBy !== null));
    if (opts.as === undefined && r.confidence < LOW_CONFIDENCE) {
      lines.push(
        paint.yellow("The reading is unsure: read the reply yourself before you act on it."),
      );
    }
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

/** Below this the human reading says it is unsure. */
const LOW_CONFIDENCE = 0.5;

const ADVICE: Readonly<Record<Signal, (hasDate: boolean) => string>> = Object.freeze({
  offer: () => "They are offering you the job. Congratulations! No more follow-ups are needed.",
  "next-step": () => "They want to keep going: answer their request for the next step soon.",
  encouraging: (d) =>
    d
      ? "They sound keen. Wait for the date they gave; a friendly check-in after it is welcome."
      : "They sound keen: a friendly check-in, or later a useful article, is welcome.",
  "still-deciding": (d) =>
    d
      ? "No decision yet. Wait for the date they gave, then check in a few days after it."
      : "No decision yet, and no date: give it about a week and a half before you check in.",
  "brush-off": () =>
    "This reads as a polite brush-off. Consider letting this one go and putting your energy elsewhere.",
  rejection: () =>
    "This is a no. One last short thank-you for their time keeps the door open for later.",
  "out-of-office": () =>
    "An automatic out-of-office reply: it is not an answer. Follow up after they are back.",
});

async function gaugeLines(
  input: string,
  zone: string,
  received: string | undefined,
): Promise<void> {
  const lines = input.split(/\r?\n/);
  if (lines.every((l) => l.trim() === "")) {
    throw new HearbackError(
      "bad-input",
      'no lines on stdin: --jsonl reads one {"id","text","received"?} object per line',
    );
  }
  const defaultMs = await receivedMs(received, zone, "--received");
  const { parseDateTime } = await import("../../time/index.js");
  // Every line is checked before anything is written, so a bad line leaves no half output.
  const problems: string[] = [];
  const items: { id: unknown; text: string; ms: number }[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const where = `stdin:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      problems.push(`${where}: not JSON: ${(err as Error).message}`);
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push(`${where}: expected an object like {"id": "r1", "text": "..."}`);
      return;
    }
    const o = value as Record<string, unknown>;
    if (typeof o.id !== "string" && typeof o.id !== "number") {
      problems.push(`${where}: id: missing, or not a string or number`);
    }
    if (typeof o.text !== "string") problems.push(`${where}: text: missing, or not a string`);
    let ms = defaultMs;
    if (o.received !== undefined) {
      const parsed = typeof o.received === "string" ? parseDateTime(o.received, zone) : null;
      if (parsed === null) {
        problems.push(`${where}: received: not a date-time: ${JSON.stringify(o.received)}`);
      } else ms = parsed;
    }
    if (typeof o.text === "string") items.push({ id: o.id, text: o.text, ms });
  });
  if (problems.length > 0) {
    throw new HearbackError("bad-input", `${problems.length} bad line(s) on stdin`, problems);
  }
  const { gaugeReply } = await import("../../gauge/index.js");
  const out: string[] = [];
  for (const it of items) {
    const r = gaugeReply(it.text, { receivedMs: it.ms, zone });
    out.push(
      JSON.stringify({
        id: it.id,
        signal: r.signal,
        confidence: r.confidence,
        ...(r.cantTell ? { cantTell: r.cantTell } : {}),
        decisionBy: r.decisionBy,
        decisionPhrase: r.decisionPhrase,
        returnOn: r.returnOn,
      }),
    );
  }
  process.stdout.write(out.length > 0 ? `${out.join("\n")}\n` : "");
}
