/**
 * Candidates writing while others read: entries logged through the JSON API as the web app
 * logs them (a message sent, a reply, a note, in turn), each followed by the writer's Today
 * as the web app reloads it after logging. Writes come at a steady average rate with
 * exponential gaps (independent people), from writers drawn at random, seeded.
 */
import { minuteOf } from "../../src/server/routes/kept.js";
import { rng } from "../plan/generate.js";
import { percentile, thinkTimes } from "./pacing.js";

/** A candidate who writes: the server they reach, their session cookie, one of their applications. */
export interface Writer {
  readonly port: number;
  readonly cookie: string;
  readonly app: string;
}

export interface WritesOutcome {
  /** Each write's latency in ms, ascending; then that of the Today asked right after it. */
  readonly writes: readonly number[];
  readonly todays: readonly number[];
  /** Answers other than 2xx (writes and Todays), and the first one's status and text. */
  readonly failed: number;
  readonly firstFailure?: string;
}

/** The entries written in turn: the path under the application, and the body. */
const ENTRIES = [
  {
    path: "sent",
    body: {
      kind: "check-in",
      channel: "email",
      subject: "Checking in on the analyst role",
      text: "Hello, I wanted to ask whether there is news on the analyst role. Kind regards",
    },
  },
  {
    path: "replies",
    body: { text: "Thank you for your patience; we expect to decide next week." },
  },
  { path: "notes", body: { text: "Called the recruiter; they will write by Friday." } },
] as const;

/**
 * Starts writing at `perSecond` on average; `onWrote` hears of each write once it is
 * answered. `stop()` starts no more writes and resolves once those under way are done.
 */
export function writing<W extends Writer>(options: {
  readonly writers: readonly W[];
  readonly perSecond: number;
  readonly seed: number;
  readonly onWrote?: (writer: W) => void;
}): { stop(): Promise<WritesOutcome> } {
  const { writers, perSecond, seed, onWrote } = options;
  const gap = thinkTimes(1000 / perSecond, seed);
  const pick = rng(seed + 1);
  const writes: number[] = [];
  const todays: number[] = [];
  const underWay = new Set<Promise<void>>();
  let failed = 0;
  let firstFailure: string | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let n = 0;

  /** The status of a request and its time; a failure is counted and the first one noted. */
  const timed = async (writer: Writer, path: string, init: RequestInit = {}) => {
    const started = performance.now();
    const res = await fetch(`http://127.0.0.1:${writer.port}${path}`, {
      ...init,
      headers: { cookie: writer.cookie, ...init.headers },
    });
    const text = await res.text();
    if (!res.ok) {
      failed++;
      firstFailure ??= `${init.method ?? "GET"} ${path}: ${res.status} ${text.slice(0, 200)}`;
    }
    return { ok: res.ok, ms: performance.now() - started };
  };

  const write = async (writer: W, entry: (typeof ENTRIES)[number]) => {
    const wrote = await timed(writer, `/api/applications/${writer.app}/${entry.path}`, {
      method: "POST",
      // The web app's header for a request that changes data (see src/server/security.ts).
      headers: { "content-type": "application/json", "x-hearback": "1" },
      body: JSON.stringify(entry.body),
    });
    writes.push(wrote.ms);
    if (!wrote.ok) return;
    onWrote?.(writer);
    todays.push((await timed(writer, "/api/today")).ms);
  };

  const start = () => {
    const writer = writers[Math.floor(pick() * writers.length)]!;
    const done = write(writer, ENTRIES[n++ % ENTRIES.length]!).catch((err: Error) => {
      failed++;
      firstFailure ??= err.message;
    });
    underWay.add(done);
    void done.finally(() => underWay.delete(done));
  };
  // Writes fall due on a schedule of their own (people do not wait for the bench): a timer
  // that fires late starts every write due by then.
  let due = performance.now() + gap();
  const next = () => {
    while (!stopped && due <= performance.now()) {
      start();
      due += gap();
    }
    if (!stopped) timer = setTimeout(next, due - performance.now());
  };
  timer = setTimeout(next, due - performance.now());

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await Promise.all(underWay);
      const ascending = (xs: number[]) => xs.sort((a, b) => a - b);
      return {
        writes: ascending(writes),
        todays: ascending(todays),
        failed,
        ...(firstFailure === undefined ? {} : { firstFailure }),
      };
    },
  };
}

/** "p50 12 ms, p99 40 ms" of latencies in ascending order. */
export function spread(sorted: readonly number[]): string {
  const p = (k: number) => `${Math.round(percentile(sorted, k)).toLocaleString("en")} ms`;
  return `p50 ${p(50)}, p99 ${p(99)}`;
}

/**
 * Counts the answers a server keeping one per person (per process) must make afresh: a
 * person's first in a minute on a process, and the first after a write their answer
 * depends on. Times are the wall clock's (the kept answers' minute is); on a team server
 * each person's minute turns at a moment of its own (see minuteOf), given by `turnsAt`.
 */
export class Afresh {
  /** Questions asked so far, and how many of them needed a fresh answer. */
  asked = 0;
  count = 0;
  private readonly lastAsked = new Map<string, number>();
  private readonly wrote = new Map<string, number>();
  private readonly whose = new Map<string, string>();

  /** `who`'s answers are kept as `whose` (a coach's view: coachViewOf; a person's: their id). */
  turnsAt(who: string, whose: string): void {
    this.whose.set(who, whose);
  }

  /** A write that `who`'s answer depends on was answered. */
  wroteFor(who: string, at = Date.now()): void {
    this.wrote.set(who, at);
  }

  /** `who` asks process `port`. */
  ask(port: number, who: string, at = Date.now()): void {
    const key = `${port} ${who}`;
    const last = this.lastAsked.get(key);
    const minute = (t: number) => minuteOf(t, this.whose.get(who));
    const stale =
      last === undefined ||
      minute(last) !== minute(at) ||
      (this.wrote.get(who) ?? Number.NEGATIVE_INFINITY) > last;
    this.asked++;
    if (stale) this.count++;
    this.lastAsked.set(key, at);
  }
}
