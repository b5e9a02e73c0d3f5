import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paced, percentile, thinkTimes } from "./pacing.js";

describe("simulated users' pacing", () => {
  describe("think times", () => {
    const draws = (seed: number) => Array.from({ length: 20_000 }, thinkTimes(2000, seed));

    it("average the mean given, about 63% of them under it (an exponential)", () => {
      const times = draws(1);
      const mean = times.reduce((a, b) => a + b, 0) / times.length;
      expect(mean).toBeGreaterThan(1940);
      expect(mean).toBeLessThan(2060);
      const under = times.filter((t) => t < 2000).length / times.length;
      expect(under).toBeGreaterThan(0.62);
      expect(under).toBeLessThan(0.645);
      expect(Math.min(...times)).toBeGreaterThanOrEqual(0);
    });

    it("repeat with the same seed and differ with another", () => {
      expect(draws(5).slice(0, 10)).toEqual(draws(5).slice(0, 10));
      expect(draws(6).slice(0, 10)).not.toEqual(draws(5).slice(0, 10));
    });
  });

  describe("a paced run against a server on loopback", () => {
    // The server sends its headers at once and the rest of the answer 30 ms later; it
    // notes when each user's requests arrive and end, and how many each has under way.
    const arrivals: { cookie: string; at: number }[] = [];
    const ends: { cookie: string; at: number }[] = [];
    const underWay = new Map<string, number>();
    let mostUnderWay = 0;
    /** Requests each connection has had. */
    const asked = new WeakMap<object, number>();
    const server = http.createServer((req, res) => {
      const cookie = req.headers.cookie ?? "";
      if (cookie === "silent") return;
      // As a server closing a connection it kept idle while a request was on its way.
      const nth = (asked.get(req.socket) ?? 0) + 1;
      asked.set(req.socket, nth);
      if (cookie === "reset always" || (cookie === "reset when kept" && nth > 1)) {
        req.socket.destroy();
        return;
      }
      arrivals.push({ cookie, at: performance.now() });
      underWay.set(cookie, (underWay.get(cookie) ?? 0) + 1);
      mostUnderWay = Math.max(mostUnderWay, underWay.get(cookie)!);
      res.writeHead(cookie === "unknown" ? 401 : 200, { "content-type": "text/plain" });
      res.write("part of the answer; ");
      setTimeout(() => {
        underWay.set(cookie, underWay.get(cookie)! - 1);
        ends.push({ cookie, at: performance.now() });
        res.end("the rest");
      }, 30);
    });
    const users = Array.from({ length: 20 }, (_, i) => `user${i}`);
    let port = 0;
    let started = 0;
    let finished = 0;
    let outcome: Awaited<ReturnType<typeof paced>>;

    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as AddressInfo).port;
      started = performance.now();
      outcome = await paced({
        users: users.map((cookie) => ({ port, cookie })),
        path: "/",
        seconds: 3,
        thinkMs: 300,
        seed: 1,
      });
      finished = performance.now();
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const firstArrivals = () =>
      users.map((u) => arrivals.find((a) => a.cookie === u)!.at).sort((a, b) => a - b);

    it("has every user ask with their own cookie, never two questions at once", () => {
      expect(new Set(arrivals.map((a) => a.cookie))).toEqual(new Set(users));
      expect(mostUnderWay).toBe(1);
    });

    it("spreads the users' first questions out instead of sending them together", () => {
      const firsts = firstArrivals();
      // Sent together, all would arrive within a few ms; spread out, about one in any 20 ms
      // (the margin is for a busy machine's late timers).
      const crowd = Math.max(
        ...firsts.map((t) => firsts.filter((u) => u >= t && u < t + 20).length),
      );
      expect(crowd).toBeLessThanOrEqual(users.length / 2);
      expect(firsts.at(-1)! - firsts[0]!).toBeGreaterThan(300);
    });

    it("waits the think time after each whole answer before asking again", () => {
      const waits = users.flatMap((u) => {
        const asked = arrivals.filter((a) => a.cookie === u).map((a) => a.at);
        const answered = ends.filter((e) => e.cookie === u).map((e) => e.at);
        return asked.slice(1).map((at, k) => at - answered[k]!);
      });
      expect(waits.length).toBeGreaterThan(100);
      expect(Math.min(...waits)).toBeGreaterThanOrEqual(0);
      const mean = waits.reduce((a, b) => a + b, 0) / waits.length;
      expect(mean).toBeGreaterThan(300 * 0.75);
      expect(mean).toBeLessThan(300 * 1.35);
    });

    it("measures each latency up to the answer's last byte and counts every answer", () => {
      expect(outcome.latencies.length).toBe(arrivals.length);
      expect(percentile(outcome.latencies, 50)).toBeGreaterThanOrEqual(30);
      expect(percentile(outcome.latencies, 50)).toBeLessThan(200);
      expect(outcome.failed).toBe(0);
      expect(outcome.late).toBe(0);
      // Each answer's body alone is 28 bytes; its status line and headers come on top.
      expect(outcome.bytes).toBeGreaterThan(arrivals.length * 28 + arrivals.length * 50);
    });

    it("starts no question after its seconds are up, and ends once the last is answered", () => {
      expect(Math.max(...arrivals.map((a) => a.at)) - started).toBeLessThan(3000 + 250);
      expect(finished - started).toBeLessThan(3000 + 1000);
    });

    it("counts answers other than 2xx as failed and unanswered ones as late", async () => {
      const other = await paced({
        users: [
          { port, cookie: "unknown" },
          { port, cookie: "silent" },
        ],
        path: "/",
        seconds: 0.5,
        thinkMs: 50,
        seed: 2,
        timeoutMs: 200,
      });
      expect(other.failed).toBeGreaterThan(0);
      expect(other.failed).toBe(other.latencies.length);
      expect(other.late).toBeGreaterThan(0);
    });

    it("asks again on a new connection, once, when a kept one fails before any answer", async () => {
      const run = (cookie: string) =>
        paced({ users: [{ port, cookie }], path: "/", seconds: 0.5, thinkMs: 20, seed: 3 });
      const kept = await run("reset when kept");
      // Every question but the first met its kept connection reset, and was answered anew.
      expect(kept.latencies.length).toBeGreaterThan(3);
      expect(kept.retried).toBe(kept.latencies.length - 1);
      expect(kept.late).toBe(0);
      // A new connection's failure is not the server closing an idle one: no second try.
      const always = await run("reset always");
      expect(always.latencies).toEqual([]);
      expect(always.late).toBeGreaterThan(3);
      expect(always.retried).toBe(0);
    });
  });

  describe("percentiles", () => {
    it("take the nearest rank, and are infinite when nothing was answered", () => {
      const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
      expect(percentile(hundred, 50)).toBe(50);
      expect(percentile(hundred, 99)).toBe(99);
      expect(percentile([7], 99)).toBe(7);
      expect(percentile([], 99)).toBe(Number.POSITIVE_INFINITY);
    });
  });
});
