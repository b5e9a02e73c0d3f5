/**
 * Simulated people: each asks, waits for the whole answer, reads it for a while (a think
 * time) and asks again, on a keep-alive connection of their own as a browser keeps.
 *
 * Not autocannon: its rates are whole requests per second per connection (so no user can
 * ask every 2 s), every connection's second starts at the same moment (all its users ask in
 * the same millisecond), and it has no wait after an answer; see docs/performance.md.
 */
import http from "node:http";
import type { Socket } from "node:net";
import { rng } from "../plan/generate.js";

/**
 * Seeded think times with the given mean, exponentially distributed: many short reads and a
 * few long ones. The exponential is memoryless, so a first question drawn the same way falls
 * as it would in the middle of a long run: users' starts spread out from the first moment.
 */
export function thinkTimes(meanMs: number, seed: number): () => number {
  const random = rng(seed);
  return () => -Math.log(1 - random()) * meanMs;
}

/**
 * What the bench's users say they take, as every browser does: the server sends long
 * answers (a coach's view) gzipped to them.
 */
export const BROWSER_ENCODINGS = "gzip, deflate, br";

/** One simulated user: the server they reach and the session cookie they send. */
export interface PacedUser {
  readonly port: number;
  readonly cookie: string;
}

export interface PacedOutcome {
  /** Each answer's latency, from the request's start to the answer's last byte, in ms, ascending. */
  readonly latencies: readonly number[];
  /** Answers other than 2xx. */
  readonly failed: number;
  /** Requests unanswered within the timeout, or whose connection failed. */
  readonly late: number;
  /** Requests sent again on a new connection after their kept one failed before any answer. */
  readonly retried: number;
  /** Bytes read from the server, headers included (as autocannon counts them). */
  readonly bytes: number;
}

/**
 * The users ask `path` for `seconds` (no request starts later; those under way are awaited),
 * user i thinking with seed `seed + i`, so that runs are comparable.
 */
export async function paced(options: {
  readonly users: readonly PacedUser[];
  readonly path: string;
  readonly seconds: number;
  readonly thinkMs: number;
  readonly seed: number;
  readonly timeoutMs?: number;
  /** Hears of each question as it is sent: the index of the user asking. */
  readonly onAsk?: (user: number) => void;
}): Promise<PacedOutcome> {
  const { users, path, seconds, thinkMs, seed, timeoutMs = 10_000, onAsk } = options;
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  const sockets = new Set<Socket>();
  let failed = 0;
  let late = 0;
  let retried = 0;
  await Promise.all(
    users.map(async (user, i) => {
      const think = thinkTimes(thinkMs, seed + i);
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        // The first question too comes a think time in (see thinkTimes).
        let at = performance.now() + think();
        while (at < deadline) {
          await new Promise((resolve) => setTimeout(resolve, at - performance.now()));
          const sent = performance.now();
          onAsk?.(i);
          const { status, retried: again } = await ask(agent, user, path, timeoutMs, sockets);
          if (again) retried++;
          if (status === undefined) late++;
          else {
            latencies.push(performance.now() - sent);
            if (status < 200 || status > 299) failed++;
          }
          at = performance.now() + think();
        }
      } finally {
        agent.destroy();
      }
    }),
  );
  const bytes = [...sockets].reduce((n, s) => n + s.bytesRead, 0);
  return { latencies: latencies.sort((a, b) => a - b), failed, late, retried, bytes };
}

/**
 * One request, its answer read to the end: the status, or undefined when none came in time.
 * A request sent on a kept connection that fails before any answer may have met the server
 * closing that connection as idle: it goes again once on a new connection, as browsers and
 * curl do for a request safe to repeat, and `retried` says so.
 */
async function ask(
  agent: http.Agent,
  user: PacedUser,
  path: string,
  timeoutMs: number,
  sockets: Set<Socket>,
): Promise<{ status: number | undefined; retried: boolean }> {
  const first = await send(agent, user, path, timeoutMs, sockets);
  if (!first.resetOnReuse) return { status: first.status, retried: false };
  const again = await send(agent, user, path, timeoutMs, sockets);
  return { status: again.status, retried: true };
}

function send(
  agent: http.Agent,
  user: PacedUser,
  path: string,
  timeoutMs: number,
  sockets: Set<Socket>,
): Promise<{ status?: number; resetOnReuse?: boolean }> {
  return new Promise((resolve) => {
    let timedOut = false;
    const req = http.get(
      {
        host: "127.0.0.1",
        port: user.port,
        path,
        agent,
        headers: { cookie: user.cookie, "accept-encoding": BROWSER_ENCODINGS },
      },
      (res) => {
        res.resume();
        res.once("end", () => resolve({ status: res.statusCode }));
        res.once("error", () => resolve({}));
      },
    );
    req.once("socket", (s) => sockets.add(s));
    // Before any answer (after one, the response's own error or end settles it).
    req.once("error", () => resolve({ resetOnReuse: req.reusedSocket && !timedOut }));
    // As autocannon's: the whole answer within the time, not only some bytes of it.
    const timer = setTimeout(() => {
      timedOut = true;
      req.destroy();
    }, timeoutMs);
    req.once("close", () => clearTimeout(timer));
  });
}

/** The value below which `p` percent of `sorted` (ascending) lie, by nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.POSITIVE_INFINITY;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
