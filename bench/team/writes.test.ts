import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ops } from "../../src/ops/index.js";
import { minuteOf } from "../../src/server/routes/kept.js";
import { coachViewOf } from "../../src/server/team.js";
import { secondProcess } from "./compare.js";
import { Afresh, writing } from "./writes.js";

describe("candidates writing while others read", () => {
  describe("against a server on loopback", () => {
    // Answers a write as the API would, checking its body against the operation's own
    // input schema; refuses the cookie "refused"; notes every request in order.
    const OPS = { sent: "logSent", replies: "logReply", notes: "addNote" } as const;
    interface Seen {
      method: string;
      path: string;
      cookie: string;
      csrf: string | undefined;
      valid?: boolean;
      at: number;
    }
    const seen: Seen[] = [];
    const server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (d) => {
        body += d;
      });
      req.on("end", () => {
        const cookie = req.headers.cookie ?? "";
        const request: Seen = {
          method: req.method!,
          path: req.url!,
          cookie,
          csrf: req.headers["x-hearback"] as string | undefined,
          at: performance.now(),
        };
        const write = /^\/api\/applications\/([^/]+)\/(sent|replies|notes)$/.exec(req.url!);
        if (write) {
          const op = ops[OPS[write[2] as keyof typeof OPS]];
          request.valid = op.input.safeParse({ ...JSON.parse(body), app: write[1] }).success;
        }
        seen.push(request);
        if (cookie === "refused") {
          res.writeHead(404).end('{"error":"no application app-9 here"}');
        } else res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    let port = 0;
    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("writes at about the rate given, each write one the API accepts, each followed by the writer's Today", async () => {
      seen.length = 0;
      const writers = [
        { port, cookie: "ann", app: "app-10" },
        { port, cookie: "bob", app: "app-20" },
      ];
      const heard: string[] = [];
      const run = writing({
        writers,
        perSecond: 40,
        seed: 1,
        onWrote: (w) => heard.push(w.cookie),
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const outcome = await run.stop();
      const stopped = performance.now();

      const posts = seen.filter((r) => r.method === "POST");
      // 60 expected (a Poisson count: a standard deviation of about 8).
      expect(posts.length).toBeGreaterThan(35);
      expect(posts.length).toBeLessThan(90);
      expect(posts.every((p) => p.valid && p.csrf === "1")).toBe(true);
      expect(new Set(posts.map((p) => p.path.split("/").at(-1)))).toEqual(
        new Set(["sent", "replies", "notes"]),
      );
      for (const p of posts) {
        expect(p.path).toContain(writers.find((w) => w.cookie === p.cookie)!.app);
      }
      expect(new Set(posts.map((p) => p.cookie))).toEqual(new Set(["ann", "bob"]));
      // Every write is followed by a Today of the same writer, and nothing is left under way.
      const todays = seen.filter((r) => r.method === "GET");
      expect(todays.every((t) => t.path === "/api/today")).toBe(true);
      expect(todays.map((t) => t.cookie).sort()).toEqual(posts.map((p) => p.cookie).sort());
      expect(heard.sort()).toEqual(posts.map((p) => p.cookie).sort());
      expect(Math.max(...seen.map((r) => r.at))).toBeLessThan(stopped);
      expect(outcome.writes.length).toBe(posts.length);
      expect(outcome.todays.length).toBe(todays.length);
      expect(outcome.writes[0]).toBeLessThanOrEqual(outcome.writes.at(-1)!);
      expect(outcome.failed).toBe(0);
    });

    it("keeps to its schedule when its own process was held up, as people would", async () => {
      seen.length = 0;
      const run = writing({
        writers: [{ port, cookie: "ann", app: "app-10" }],
        perSecond: 80,
        seed: 4,
      });
      // The bench's thread busy for 500 ms (a large answer parsed, say), then free for 500.
      const busyUntil = performance.now() + 500;
      while (performance.now() < busyUntil);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await run.stop();
      // 80 due in the second (a standard deviation of about 9); writes paced from when
      // the timer fired would have given about 40.
      expect(seen.filter((r) => r.method === "POST").length).toBeGreaterThan(60);
    });

    it("counts a refused write as failed, says why, and asks no Today after it", async () => {
      seen.length = 0;
      const run = writing({
        writers: [{ port, cookie: "refused", app: "app-9" }],
        perSecond: 40,
        seed: 2,
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const outcome = await run.stop();
      expect(outcome.failed).toBeGreaterThan(0);
      expect(outcome.failed).toBe(seen.length);
      expect(outcome.firstFailure).toMatch(/^POST \/api\/applications\/app-9\/\w+: 404 .*app-9/);
      expect(seen.every((r) => r.method === "POST")).toBe(true);
      expect(outcome.todays).toEqual([]);
    });
  });

  describe("answers that need making afresh", () => {
    const at = (minute: number, second: number) => Date.UTC(2026, 11, 7, 9, minute, second);

    it("are a person's first in a minute on each process, and their first after a write", () => {
      const afresh = new Afresh();
      const fresh = (port: number, who: string, t: number) => {
        const before = afresh.count;
        afresh.ask(port, who, t);
        return afresh.count > before;
      };
      expect(fresh(1, "ann", at(0, 5))).toBe(true);
      expect(fresh(1, "ann", at(0, 30))).toBe(false);
      expect(fresh(2, "ann", at(0, 31))).toBe(true);
      expect(fresh(1, "ann", at(1, 0))).toBe(true);
      afresh.wroteFor("bob", at(1, 1));
      expect(fresh(1, "ann", at(1, 2))).toBe(false);
      afresh.wroteFor("ann", at(1, 3));
      expect(fresh(1, "ann", at(1, 4))).toBe(true);
      expect(fresh(1, "ann", at(1, 5))).toBe(false);
      expect(fresh(2, "ann", at(1, 6))).toBe(true);
      expect(afresh.asked).toBe(8);
    });

    it("are a coach's first in each of their own minutes", () => {
      const afresh = new Afresh();
      const whose = coachViewOf(7);
      afresh.turnsAt("cleo", whose);
      // Asked every second for two minutes: made afresh at the first, then where the
      // coach's minute turns (whose moment the server's own rule gives), once a minute.
      const seconds = Array.from({ length: 120 }, (_, s) => at(0, 0) + s * 1000);
      const made = seconds.filter((t) => {
        const before = afresh.count;
        afresh.ask(1, "cleo", t);
        return afresh.count > before;
      });
      const turns = seconds.filter(
        (t, i) => i > 0 && minuteOf(t, whose) !== minuteOf(t - 1000, whose),
      );
      expect(made).toEqual([seconds[0], ...turns]);
      expect(turns.length).toBe(2);
    });
  });

  describe("a second process's CPU", () => {
    it("is compared with the mean of one process measured before and after it", () => {
      expect(secondProcess(1, 1.1, 1.2)).toBe(
        "one process 1.00 ms, two 1.10 ms, one again 1.20 ms: two 1.00x of one (the two measures of one process 18% apart)",
      );
      expect(secondProcess(0.8, 0.88, 0.8)).toMatch(/: two 1\.10x of one \(.* 0% apart\)$/);
    });
  });
});
