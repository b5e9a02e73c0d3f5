/**
 * `hearback plan --timeline FILE --now DATETIME [--tz ZONE] [--json]`: plans from a timeline
 * file alone, touching no stored data (docs/cli.md, "hearback plan"; the format is docs/timeline.md).
 * Bad input exits with status 2 and one line per problem on stderr, nothing on stdout.
 */
import type { Command } from "commander";
import { HearbackError } from "../../core/errors.js";
import type { ShardInput, ShardOutput } from "../plan-shard.js";

interface PlanOptions {
  readonly timeline: string;
  readonly now?: string;
  readonly tz?: string;
  readonly json?: boolean;
  readonly threads?: string;
  /** False with --no-adapt-default-wait. */
  readonly adaptDefaultWait: boolean;
}

/**
 * Timelines at least this large are planned on two threads by default. Each thread reads
 * every line to find its applications, and a worker starts cold (its own module loading,
 * compiling and caches): about 0.5 s of CPU in all, which only a file this large repays
 * (measured with 16, 40, 80 and 137 MB timelines: slower on two threads up to 40 MB).
 */
const PARALLEL_MIN_BYTES = 64_000_000;

/**
 * Files at least this large are read on libuv's threads while the command loads the
 * planner (about 30 ms less before planning starts); a smaller one is read in one
 * synchronous call, the fewest steps for a quick start.
 */
const EARLY_READ_MIN_BYTES = 4_000_000;

/** Actions stringified at a time by `--json`. */
const JSON_CHUNK = 2000;

export function registerPlan(program: Command): void {
  program
    .command("plan")
    .description("plan follow-ups from a timeline file (JSON Lines), without stored data")
    .requiredOption("--timeline <file>", "the timeline, one event per line ('-' reads stdin)")
    .option(
      "--now <datetime>",
      "plan as of this moment, ISO 8601 (a time without offset is read in --tz; default: now)",
    )
    .option(
      "--tz <zone>",
      "your IANA zone: times are shown in it, and times without offset read in it when an application names none (default: this computer's)",
    )
    .option("--json", "print the actions as one JSON array")
    .option(
      "--no-adapt-default-wait",
      "check in after the policy's wait after an interview, not one learned from the timeline's replies",
    )
    .option(
      "--threads <n>",
      "threads to plan with, 1-16 (default: 2 for timelines over 64 MB on a machine with 2 cores or more, else 1)",
    )
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
  const fs = await import("node:fs");
  // A large file is read on libuv's threads while this one loads the planner; a small one
  // in one synchronous read, later (the fewest steps for a fast start).
  const size = opts.timeline === "-" ? 0 : fileSize(fs.statSync, opts.timeline);
  const early =
    size >= EARLY_READ_MIN_BYTES || Number(opts.threads) > 1
      ? readShared(opts.timeline, fs).then(
          (bytes) => ({ bytes }),
          (error: unknown) => ({ error }),
        )
      : undefined;
  const threads = opts.threads === undefined ? undefined : Number(opts.threads);
  const threadsValid =
    threads === undefined || (Number.isInteger(threads) && threads >= 1 && threads <= 16);
  // A large file's other shards start their threads first: a thread takes about as long to
  // start and load the planner as this one to load it and read the file, and the last
  // thread to begin planning was the one the others waited for.
  const [{ availableParallelism }, { Worker }] = await Promise.all([
    import("node:os"),
    import("node:worker_threads"),
  ]);
  let workers: import("node:worker_threads").Worker[] = [];
  if (threadsValid && opts.timeline !== "-") {
    workers = startWorkers(threads ?? defaultThreads(size, availableParallelism), Worker);
  }
  const [
    { indexTimeline, planIndexedTimeline, mergeShardOrder, mergeShardProblems, historyOfShards },
    { readStdinBytes, whyUnreadable, zoneAndNow },
    { businessCalendar },
    { DEFAULT_POLICY },
  ] = await Promise.all([
    import("../../core/text/plan-text.js"),
    import("../input.js"),
    import("../../time/business-days.js"),
    import("../../core/policy.js"),
  ]);
  const problems: string[] = [];
  const { zone, now } = zoneAndNow(opts, problems);
  if (!threadsValid) {
    problems.push(`--threads: expected a whole number from 1 to 16, got "${opts.threads}"`);
  }
  const file = opts.timeline === "-" ? "stdin" : opts.timeline;
  const policy = { ...DEFAULT_POLICY, adaptDefaultWait: opts.adaptDefaultWait };
  const shardBase = { file, now, zone, policy, json: opts.json === true };
  let bytes: Uint8Array | undefined;
  try {
    // The bytes, decoded apart: Node 20's readFileSync(file, "utf8") takes twice as long.
    if (opts.timeline === "-") bytes = await readStdinBytes();
    else if (early === undefined) bytes = fs.readFileSync(opts.timeline);
    else {
      const read = await early;
      if ("error" in read) throw read.error;
      bytes = read.bytes;
    }
  } catch (err) {
    problems.push(`--timeline: cannot read "${opts.timeline}": ${whyUnreadable(err)}`);
  }
  if (problems.length > 0 || bytes === undefined) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw new HearbackError("bad-input", problems[0] ?? "bad input", problems);
  }
  if (opts.timeline === "-") {
    workers = startWorkers(threads ?? defaultThreads(bytes.length, availableParallelism), Worker);
  }
  // The workers get the bytes before this thread decodes them: they decode their own copy.
  const started = workers.length > 0 ? sendBytes(workers, shardBase, toShared(bytes)) : [];
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
  if (workers.length > 0) {
    const { startShard, mergeShardJson } = await import("../plan-shard.js");
    const count = workers.length + 1;
    let parts: (ShardOutput | undefined)[] = [];
    try {
      const mine = await startShard({ ...shardBase, text, shard: { index: 0, count } });
      const others = await Promise.all(started);
      // Every shard's waits for replies make the history, which each shard then plans with.
      if (others.every((o) => o !== undefined)) {
        const history = historyOfShards([mine, ...others]);
        const theirs = workers.map((w) => ask<{ part: ShardOutput }>(w, { history }));
        parts = [mine.finish(history), ...(await Promise.all(theirs)).map((m) => m?.part)];
      }
    } finally {
      // Whatever happened here: a worker still waiting for the history would keep the
      // process alive.
      for (const w of workers) void w.terminate();
    }
    // Any shard that could not plan (a worker that failed, a text that misled the first
    // pass): the whole timeline is planned on this thread instead.
    if (parts.length > 0 && parts.every((p): p is ShardOutput => p !== undefined && !p.plain)) {
      const found = mergeShardProblems(parts);
      if (found.length > 0) {
        throw new HearbackError("bad-input", `${file}: the timeline has problems`, found);
      }
      const order = mergeShardOrder(parts);
      if (opts.json) {
        process.stdout.write(mergeShardJson(parts, order));
        return;
      }
      const { renderAgenda } = await import("../agenda-text.js");
      const next = parts.map(() => 0);
      const actions = Array.from(order, (s) => parts[s]!.actions![next[s]!++]!);
      process.stdout.write(renderAgenda(actions, { now, zone }));
      return;
    }
  }
  // One pass finds each line's application; the second parses, checks and plans them one
  // application at a time (see core/text/plan-text.ts for why).
  const index = indexTimeline(text, { file });
  // The gauge (and its date parser) loads only when some reply has no signal of the user's;
  // the replies the file labels teach it, as the store's labels do.
  const readReply = index.needsGauge
    ? (await import("../../gauge/learn.js")).timelineReader(text, zone)
    : undefined;
  const { actions, problems: found } = planIndexedTimeline(index, {
    now,
    policy,
    defaultZone: zone,
    settings: { timezone: zone },
    readReply,
    calendars: businessCalendar,
  });
  if (found.length > 0) {
    throw new HearbackError("bad-input", `${file}: the timeline has problems`, found);
  }
  if (opts.json) {
    // One action per line: readable, and far cheaper than pretty-printing a large plan.
    // One stringify of many actions is 3x faster than one per action; every action starts
    // with its "app" key, and `},{"app":` cannot occur inside a JSON string (its quote would
    // be escaped), so that is exactly where one action ends and the next begins. Written in
    // chunks of a few thousand actions: the same speed without 3 copies of a 30 MB text.
    if (actions.length === 0) process.stdout.write("[]\n");
    for (let k = 0; k < actions.length; k += JSON_CHUNK) {
      const chunk = JSON.stringify(actions.slice(k, k + JSON_CHUNK)).slice(1, -1);
      const end = k + JSON_CHUNK >= actions.length ? "\n]\n" : "";
      process.stdout.write(
        `${k === 0 ? "[\n" : ",\n"}${chunk.replaceAll('},{"app":', '},\n{"app":')}${end}`,
      );
    }
    return;
  }
  const { renderAgenda } = await import("../agenda-text.js");
  process.stdout.write(renderAgenda(actions, { now, zone }));
}

/** The file's size in bytes, or 0 when it cannot be read (the read then says why). */
function fileSize(stat: typeof import("node:fs").statSync, path: string): number {
  try {
    return stat(path).size;
  } catch {
    return 0;
  }
}

function defaultThreads(bytes: number, cores: () => number): number {
  return bytes >= PARALLEL_MIN_BYTES && cores() >= 2 ? 2 : 1;
}

/**
 * A file's bytes, in memory that worker threads can share, read on libuv's threads (the
 * caller's thread is free meanwhile).
 */
async function readShared(path: string, fs: typeof import("node:fs")): Promise<Uint8Array> {
  const handle = await fs.promises.open(path, "r");
  try {
    const { size } = await handle.stat();
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let at = 0;
    for (let n = 1; at < size && n > 0; at += n) {
      n = (await handle.read(bytes, at, size - at, at)).bytesRead;
    }
    // A file that changed while being read: read it whole, the ordinary way.
    if (at !== size || (await handle.read(new Uint8Array(1), 0, 1, size)).bytesRead !== 0) {
      return await fs.promises.readFile(path);
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

/** The bytes in a SharedArrayBuffer (copied only when they are not already). */
function toShared(bytes: Uint8Array): Uint8Array {
  if (bytes.buffer instanceof SharedArrayBuffer && bytes.byteOffset === 0) return bytes;
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return shared;
}

/**
 * Starts a worker for each shard of `count` but the first (which the main thread plans); each
 * loads the planner, then waits for its shard and the timeline's bytes (`sendBytes`). Until
 * it is asked for something, a worker does not keep the process alive: a command that fails
 * before then (a module that cannot load) ends rather than waiting for it.
 */
function startWorkers(
  count: number,
  Worker: typeof import("node:worker_threads").Worker,
): import("node:worker_threads").Worker[] {
  return Array.from({ length: count - 1 }, () => {
    const worker = new Worker(new URL("./plan-worker.js", import.meta.url));
    worker.unref();
    return worker;
  });
}

/**
 * Sends each worker its shard and the timeline's bytes; gives what each one's shard adds to
 * the history.
 */
function sendBytes(
  workers: readonly import("node:worker_threads").Worker[],
  base: Omit<ShardInput, "shard" | "text">,
  shared: Uint8Array,
): Promise<{ replyDays: (number | undefined)[] } | undefined>[] {
  const count = workers.length + 1;
  return workers.map((w, k) => {
    const input: Omit<ShardInput, "text"> = { ...base, shard: { index: k + 1, count } };
    return ask(w, { input, bytes: shared.buffer, length: shared.length });
  });
}

/**
 * Sends a worker (./plan-worker.ts) the next thing it waits for: its shard and the timeline's
 * bytes, then the history (`{ history }`). Gives its answer, or undefined if it failed.
 */
function ask<T>(
  worker: import("node:worker_threads").Worker,
  message: object,
): Promise<T | undefined> {
  return new Promise((resolve) => {
    worker.once("message", (m: { ok: boolean } & T) => resolve(m.ok ? m : undefined));
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
    worker.ref();
    worker.postMessage(message);
  });
}
