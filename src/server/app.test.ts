import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, type Store } from "../store/index.js";
import type { ErrorBody, InsightsView, TodayView } from "./api-types.js";
import { createApp } from "./app.js";

const NOW = Date.parse("2026-11-18T15:00:00Z"); /* Wed */
const ORIGIN = "http://127.0.0.1:4100";

let dir: string;
let store: Store;
let app: Hono;

function make(extra: Partial<Parameters<typeof createApp>[0]> = {}): Hono {
  return createApp({
    store,
    clock: () => NOW,
    fallbackZone: "America/Denver",
    demoFile: join(dir, "demo.jsonl"),
    ...extra,
  });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "hearback-server-"));
  store = await openStore({ dir });
  app = make();
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A request as the web UI sends it: same origin, JSON, with the CSRF header. */
function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return app.request(`${ORIGIN}${path}`, {
    method,
    headers: {
      origin: ORIGIN,
      "x-hearback": "1",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const get = (path: string, headers: Record<string, string> = {}) =>
  app.request(`${ORIGIN}${path}`, { headers });

async function addAcme(): Promise<string> {
  const res = await send("POST", "/api/applications", {
    company: "Acme",
    role: "Product Manager",
    timezone: "America/Denver",
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { app: string }).app;
}

describe("the JSON API", () => {
  describe("adding and reading applications", () => {
    it("adds an application and names it by company and role", async () => {
      expect(await addAcme()).toBe("acme-pm");
      const exported = await get("/api/export");
      expect(await exported.text()).toContain('"company":"Acme"');
    });

    it("records a reply and stores the user's signal", async () => {
      await addAcme();
      const res = await send("POST", "/api/applications/acme/replies", {
        text: "We are still deciding.",
        signal: "still-deciding",
        at: "2026-11-17T10:00",
      });
      expect(res.status).toBe(200);
      const text = await (await get("/api/export")).text();
      expect(text).toContain('"signal":"still-deciding"');
    });
  });

  describe("the agenda", () => {
    it("reflects a change another process makes to the same store", async () => {
      const before = (await (await get("/api/today")).json()) as { applications: number };
      expect(before.applications).toBe(0);
      // As the CLI would: its own store handle on the same file.
      const other = await openStore({ dir });
      await other.append(
        [{ type: "application", app: "globex-da", company: "Globex", role: "Data Analyst" }],
        { recordedAt: NOW, source: "cli" },
      );
      await other.close();
      const after = (await (await get("/api/today")).json()) as { applications: number };
      expect(after.applications).toBe(1);
    });

    it("names each application it cannot read, and why, on every request", async () => {
      const meta = { recordedAt: NOW, source: "cli" };
      const application = (app: string) =>
        ({ type: "application", app, company: app, role: "PM" }) as const;
      const interview = (app: string) =>
        ({
          type: "interview",
          app,
          at: "2026-11-16T10:00",
          interviewers: [{ name: "Dana" }],
        }) as const;
      await store.append(
        ["acme", "globex", "initech"].flatMap((app) => [application(app), interview(app)]),
        meta,
      );
      // As an older hearback, or another program, could have left them.
      const db = new Database(join(dir, "hearback.db"));
      db.prepare(
        "UPDATE events SET body = '{bad' WHERE app = 'globex' AND type = 'interview'",
      ).run();
      db.prepare("UPDATE events SET body = ? WHERE app = 'initech' AND type = 'interview'").run(
        JSON.stringify({ ...interview("initech"), at: "+275760-09-13T00:00Z" }),
      );
      db.close();
      for (const text of ["first", "again, after a change"]) {
        await store.append([{ type: "note", app: "acme", at: "2026-11-17T09:00", text }], meta);
        const res = await get("/api/today");
        expect(res.status).toBe(200);
        const today = (await res.json()) as TodayView;
        expect(today.unreadable).toEqual([
          {
            app: "globex",
            problem: expect.stringMatching(/^globex: .*entry \d+ is not readable.*hearback doctor/),
          },
          {
            app: "initech",
            problem: expect.stringMatching(/^initech: .*interview\.at: outside the dates/),
          },
        ]);
        const apps = [...today.overdue, ...today.today, ...today.upcoming].map((a) => a.app);
        expect(new Set(apps)).toEqual(new Set(["acme"]));
      }
    });
  });

  describe("the Insights numbers", () => {
    const meta = { recordedAt: NOW, source: "cli" };

    it("answers the numbers of hearback stats, anew after a change", async () => {
      await store.append(
        [
          { type: "application", app: "acme", company: "Acme", role: "PM", at: "2026-11-02T09:00" },
          { type: "reply", app: "acme", at: "2026-11-04T09:00", signal: "encouraging" },
        ],
        meta,
      );
      const first = (await (await get("/api/insights")).json()) as InsightsView;
      expect(first.zone).toBe("America/Denver");
      expect(first.funnel).toEqual({
        applied: 1,
        heardBack: 1,
        interviewed: 0,
        offer: 0,
        accepted: 0,
      });
      // Mon 2 to Wed 4 Nov.
      expect(first.firstReply.afterApplying?.median).toBe(2);
      // The page lists no answered messages: they are left out of its answer.
      expect(first).not.toHaveProperty("answered");
      await store.append(
        [
          {
            type: "application",
            app: "globex",
            company: "Globex",
            role: "PM",
            at: "2026-11-09T09:00",
          },
        ],
        meta,
      );
      const second = (await (await get("/api/insights")).json()) as InsightsView;
      expect(second.funnel.applied).toBe(2);
      expect(second.afterApplying).toEqual({ count: 2, answered: 1, rate: 0.5 });
    });
  });

  describe("bad input", () => {
    it("answers 400 naming each missing field", async () => {
      const res = await send("POST", "/api/applications", { company: "" });
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe("bad-input");
      expect(body.error.problems.join("\n")).toMatch(/company/);
      expect(body.error.problems.join("\n")).toMatch(/role: is required/);
    });

    it("answers 400 for a body that is not JSON, and stores nothing", async () => {
      const res = await app.request(`${ORIGIN}/api/applications`, {
        method: "POST",
        headers: { origin: ORIGIN, "x-hearback": "1", "content-type": "application/json" },
        body: "{not json",
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.problems[0]).toMatch(/^body: not valid JSON/);
      expect(await store.appIds()).toEqual([]);
    });

    it("answers 404 for an application that does not exist", async () => {
      const res = await send("POST", "/api/applications/nope/status", { status: "rejected" });
      expect(res.status).toBe(404);
      expect(((await res.json()) as ErrorBody).error.message).toMatch(/no application "nope"/);
    });

    it("reports every bad line of an import and imports nothing", async () => {
      await addAcme();
      const res = await send("POST", "/api/import", {
        text: '{"type":"application","app":"x","company":"X","role":"R"}\n{"type":"interview","app":"x","at":"next tuesday"}\n',
        name: "t.jsonl",
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.problems.join("\n")).toMatch(/t\.jsonl:2: interview\.at/);
      expect(await store.appIds()).toEqual(["acme-pm"]);
    });

    it("answers 400 for an imported line nested 10,000 deep, and imports nothing", async () => {
      const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
      const res = await send("POST", "/api/import", {
        text: `{"type":"application","app":"x","company":"X","role":"R","x":${deep}}\n`,
        name: "t.jsonl",
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.problems).toEqual([expect.stringMatching(/^t\.jsonl:1: nested more than/)]);
      expect(await store.appIds()).toEqual([]);
    });

    it("answers 400 for a reply back on 9999-12-31, naming the field, and stores nothing", async () => {
      const app = await addAcme();
      const res = await send("POST", `/api/applications/${app}/replies`, {
        text: "I am out of office",
        returnOn: "9999-12-31",
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.problems.join("\n")).toMatch(
        /returnOn: outside the dates hearback reads: "9999-12-31"/,
      );
      expect((await store.timeline()).map((e) => e.type)).toEqual(["application"]);
      expect((await get("/api/today")).status).toBe(200);
    });

    it("answers 400 for a body nested 10,000 deep", async () => {
      const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
      const res = await app.request(`${ORIGIN}/api/applications`, {
        method: "POST",
        headers: { origin: ORIGIN, "x-hearback": "1", "content-type": "application/json" },
        body: `{"company":"X","role":"R","x":${deep}}`,
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.problems).toEqual([
        expect.stringMatching(/^body: nested more than/),
      ]);
    });

    it("answers 500 for a bug, naming the log that holds the details and no internals", async () => {
      const broken = make({ clock: () => Number.NaN });
      const res = await broken.request(`${ORIGIN}/api/today`);
      expect(res.status).toBe(500);
      const { error } = (await res.json()) as ErrorBody;
      expect(error.message).toBe(
        `unexpected error in hearback's server (a bug); the details are in ${join(dir, "errors.log")}`,
      );
      expect(readFileSync(join(dir, "errors.log"), "utf8")).toMatch(/GET \/api\/today\n\w*Error/);
    });
  });

  describe("settings", () => {
    it("saves policy numbers within their range and refuses others, naming the setting", async () => {
      const ok = await send("PUT", "/api/settings", {
        timezone: "Europe/London",
        policy: { checkInAfterDecisionBusinessDays: 4 },
      });
      expect(ok.status).toBe(200);
      const read = (await (await get("/api/settings")).json()) as {
        timezone: string;
        policy: { checkInAfterDecisionBusinessDays: number };
      };
      expect(read.timezone).toBe("Europe/London");
      expect(read.policy.checkInAfterDecisionBusinessDays).toBe(4);

      const bad = await send("PUT", "/api/settings", {
        policy: { checkInAfterDecisionBusinessDays: 9 },
      });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as ErrorBody).error.problems[0]).toMatch(
        /^policy\.checkInAfterDecisionBusinessDays/,
      );
    });
  });

  describe("a body that is not UTF-8", () => {
    it("is refused, naming where, and nothing is stored", async () => {
      const line = '{"type":"application","app":"cafe","company":"Caf\u00e9","role":"PM"}';
      const json = JSON.stringify({ text: line, name: "t.jsonl" });
      // The é as Latin-1 writes it: one byte, 0xE9, where UTF-8 has two.
      const bytes = Buffer.from(json.replace("\\u00e9", "\u00e9"), "latin1");
      const res = await app.request(`${ORIGIN}/api/import`, {
        method: "POST",
        headers: { origin: ORIGIN, "x-hearback": "1", "content-type": "application/json" },
        body: bytes,
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.problems[0]).toMatch(/^body:1: not UTF-8 from column 70: /);
      expect(await store.appIds()).toEqual([]);
    });
  });

  describe("the gauge preview", () => {
    it("reads a reply's signal and new date without storing anything", async () => {
      const res = await send("POST", "/api/gauge", {
        text: "Thanks for checking in! We're still interviewing and hope to decide by December 1.",
        received: "2026-11-18T11:02:00-07:00" /* Wed */,
      });
      expect(res.status).toBe(200);
      const r = (await res.json()) as {
        signal: string;
        decisionBy: string;
        decisionByText: string;
      };
      expect(r.signal).toBe("still-deciding");
      expect(r.decisionBy).toBe("2026-12-01");
      expect(r.decisionByText).toBe("Tue 1 Dec");
      expect(await store.appIds()).toEqual([]);
    });

    it("reads a reply pasted as HTML by its text, as the reply box then stores it", async () => {
      const html =
        '<div dir="ltr">Hi Ann,</div><div><br></div><div>Unfortunately, we&#39;ve decided not to move forward with your application.</div>';
      const res = await send("POST", "/api/gauge", { text: html });
      expect(((await res.json()) as { signal: string }).signal).toBe("rejection");
      await addAcme();
      expect((await send("POST", "/api/applications/acme/replies", { text: html })).status).toBe(
        200,
      );
      expect(await (await get("/api/export")).text()).toContain(
        '"text":"Hi Ann,\\n\\nUnfortunately, we\'ve decided not to move forward with your application."',
      );
    });
  });

  describe("the demo", () => {
    it("loads into an empty store, and refuses once there is data", async () => {
      writeFileSync(
        join(dir, "demo.jsonl"),
        '{"type":"application","app":"demo-a","company":"Demo A","role":"Engineer"}\n',
      );
      const first = await send("POST", "/api/demo");
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual({ events: 1, applications: 1 });
      const again = await send("POST", "/api/demo");
      expect(again.status).toBe(409);
    });
  });

  describe("the calendar feed", () => {
    it("serves planned actions at a secret address, and nothing at a guessed one", async () => {
      await addAcme();
      await send("POST", "/api/applications/acme/interviews", {
        at: "2026-11-17T10:00" /* Tue */,
        interviewers: [{ name: "Dana Lee" }],
      });
      const { url, webcal } = (await (await send("POST", "/api/calendar", {})).json()) as {
        url: string;
        webcal: string;
      };
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4100\/calendar\.ics\?token=[\w-]{20,}$/);
      expect(webcal).toBe(url.replace("http:", "webcal:"));
      const feed = await get(new URL(url).pathname + new URL(url).search);
      expect(feed.headers.get("content-type")).toMatch(/^text\/calendar/);
      const ics = await feed.text();
      expect(ics).toMatch(/^SUMMARY:Interview: Acme/m);
      expect(ics).toMatch(/^SUMMARY:.*[Tt]hank.*Dana Lee/m);
      expect((await get("/calendar.ics?token=guess")).status).toBe(404);
    });

    it("gives a new address on request, and the old one stops working", async () => {
      const first = (await (await send("POST", "/api/calendar", {})).json()) as { url: string };
      const second = (await (await send("POST", "/api/calendar", { rotate: true })).json()) as {
        url: string;
      };
      expect(second.url).not.toBe(first.url);
      expect((await get(new URL(first.url).pathname + new URL(first.url).search)).status).toBe(404);
    });
  });

  describe("the operations, as they are", () => {
    it("offers reading operations by GET and writing ones by POST only", async () => {
      await addAcme();
      const read = await get(`/api/ops/resolveApp?input=${encodeURIComponent('{"app":"acme"}')}`);
      expect(await read.json()).toEqual({ app: "acme-pm" });
      const write = await get("/api/ops/addApplication");
      expect(write.status).toBe(404);
    });
  });

  describe("the OpenAPI description", () => {
    it("describes each route with the operations' schemas", async () => {
      const res = await get("/api/openapi.json");
      const doc = (await res.json()) as {
        openapi: string;
        paths: Record<
          string,
          Record<
            string,
            { requestBody?: { content: Record<string, { schema: { required?: string[] } }> } }
          >
        >;
      };
      expect(doc.openapi).toBe("3.1.0");
      const add = doc.paths["/api/applications"]?.post;
      expect(add?.requestBody?.content["application/json"]?.schema.required).toEqual(
        expect.arrayContaining(["company", "role"]),
      );
      const interview = doc.paths["/api/applications/{app}/interviews"]?.post;
      expect(interview?.requestBody?.content["application/json"]?.schema.required).toEqual(
        expect.arrayContaining(["at"]),
      );
    });
  });
});

describe("the server's guards", () => {
  describe("cross-site requests", () => {
    it("refuses a state-changing request without the X-Hearback header", async () => {
      const res = await app.request(`${ORIGIN}/api/applications`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN },
        body: JSON.stringify({ company: "Evil", role: "X" }),
      });
      expect(res.status).toBe(403);
      expect(await store.appIds()).toEqual([]);
    });

    it.each([
      [
        "a form post from another site",
        { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      ],
      [
        "a JSON post from another origin",
        { "content-type": "application/json", origin: "https://evil.example", "x-hearback": "1" },
      ],
      [
        "a request the browser marks cross-site",
        { "content-type": "application/json", "sec-fetch-site": "cross-site", "x-hearback": "1" },
      ],
    ])("refuses %s", async (_name, headers) => {
      const res = await app.request(`${ORIGIN}/api/applications`, {
        method: "POST",
        headers,
        body: JSON.stringify({ company: "Evil", role: "X" }),
      });
      expect(res.status).toBe(403);
      expect(await store.appIds()).toEqual([]);
    });
  });

  describe("DNS rebinding", () => {
    it("answers only for its own host names", async () => {
      const res = await app.request("http://evil.example:4100/api/settings");
      expect(res.status).toBe(403);
      expect((await get("/api/settings")).status).toBe(200);
    });
  });

  describe("the access token, when the server listens beyond loopback", () => {
    beforeEach(() => {
      app = make({ token: "s3cret-token", hosts: "any" });
    });

    it("refuses requests without it", async () => {
      expect((await get("/api/settings")).status).toBe(401);
      expect((await get("/api/settings", { authorization: "Bearer wrong" })).status).toBe(401);
    });

    it("accepts it as a bearer token", async () => {
      expect((await get("/api/settings", { authorization: "Bearer s3cret-token" })).status).toBe(
        200,
      );
    });

    it("trades the token in the address for a cookie and drops it from the address", async () => {
      const res = await get("/?token=s3cret-token");
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/");
      const cookie = res.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/hearback_token=s3cret-token/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      const next = await get("/api/settings", { cookie: "hearback_token=s3cret-token" });
      expect(next.status).toBe(200);
    });
  });

  describe("security headers", () => {
    it("sends a strict Content-Security-Policy and no caching of data", async () => {
      const res = await get("/api/settings");
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("cache-control")).toBe("no-store");
    });
  });
});
