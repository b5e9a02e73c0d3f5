/**
 * `hearback plan --timeline FILE --now DATETIME [--tz ZONE] [--json]`: plans from a timeline
 * file alone, touching no stored data (../../../../shared/spec/timeline.md, "hearback plan").
 * Bad input exits with status 2 and one line per problem on stderr, nothing on stdout.
 */
import type { Command } from "commander";
import { HearbackError } from "../../core/errors.js";

interface PlanOptions {
  readonly timeline: string;
  readonly now?: string;
  readonly tz?: string;
  readonly json?: boolean;
}

export function registerPlan(program: Command): void {
  program
    .command("plan")
    .description("plan follow-ups from a timeline file (JSON Lines), without stored data")
    .requiredOption("--timeline <file>", "the timeline, one event per line ('-' reads stdin)")
    .option(
      "--now <datetime>",
      "plan as of this moment, ISO 8601 (a time without offset is read in --tz; default: now)",
    )
    .option("--tz <zone>", "IANA zone of times without offset (default: this computer's)")
    .option("--json", "print the actions as one JSON array")
    .addHelpText(
      "after",
      `
Examples:
  hearback plan --timeline examples/demo.jsonl --now 2026-11-18T12:00 --tz America/Denver
  hearback plan --timeline timeline.jsonl --json | jq '.[] | select(.overdue)'`,
    )
    .action(async (opts: PlanOptions) => {
      await runPlan(opts);
    });
}

async function runPlan(opts: PlanOptions): Promise<void> {
  // Loaded here, not at the top, so that `hearback --help` stays fast.
  const [{ readFileSync }, time, { indexTimeline, planIndexedTimeline }] = await Promise.all([
    import("node:fs"),
    import("../../time/index.js"),
    import("../../core/plan-text.js"),
  ]);
  const problems: string[] = [];
  const zone = opts.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zoneOk = time.isValidZone(zone);
  if (!zoneOk) {
    problems.push(
      `--tz: unknown time zone: "${zone}" (expected an IANA name such as America/Denver)`,
    );
  }
  // The edge of the program: the only place plan's "now" comes from the clock.
  let now = Date.now();
  if (opts.now !== undefined) {
    const ms = time.parseDateTime(opts.now, zoneOk ? zone : "UTC");
    if (ms === null) {
      problems.push(
        `--now: not a date-time: "${opts.now}" (expected ISO 8601, e.g. 2026-11-18T12:00)`,
      );
    } else now = ms;
  }
  let text: string | undefined;
  try {
    // One synchronous read: the fastest way to the whole text, and nothing else is waiting.
    text = opts.timeline === "-" ? await readStdin() : readFileSync(opts.timeline, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a folder"
          : (err as Error).message;
    problems.push(`--timeline: cannot read "${opts.timeline}": ${why}`);
  }
  if (problems.length > 0 || text === undefined) {
    throw new HearbackError("bad-input", problems[0] ?? "bad input", problems);
  }
  const file = opts.timeline === "-" ? "stdin" : opts.timeline;
  // One pass finds each line's application; the second parses, checks and plans them one
  // application at a time (see core/plan-text.ts for why).
  const index = indexTimeline(text, { file });
  // The gauge (and its date parser) loads only when some reply has no signal of the user's.
  const readReply = index.needsGauge ? (await import("../../gauge/index.js")).readReply : undefined;
  const { actions, problems: found } = planIndexedTimeline(index, {
    now,
    defaultZone: zone,
    settings: { timezone: zone },
    readReply,
  });
  if (found.length > 0) {
    throw new HearbackError("bad-input", `${file}: the timeline has problems`, found);
  }
  if (opts.json) {
    // One action per line: readable, and far cheaper than pretty-printing a large plan.
    // One stringify of the whole array is 3x faster than one per action; every action
    // starts with its "app" key, and `},{"app":` cannot occur inside a JSON string (its
    // quote would be escaped), so that is exactly where one action ends and the next begins.
    const body = JSON.stringify(actions).slice(1, -1).replaceAll('},{"app":', '},\n{"app":');
    process.stdout.write(actions.length === 0 ? "[]\n" : `[\n${body}\n]\n`);
    return;
  }
  const { renderAgenda } = await import("../agenda-text.js");
  process.stdout.write(renderAgenda(actions, { now, zone }));
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
