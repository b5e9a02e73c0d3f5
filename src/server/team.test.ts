/**
 * Team mode as people use it: real server processes' code (`startServer`, listening on
 * 127.0.0.1) over a real PostgreSQL server, connected as a role that row-level security
 * binds; requests made with fetch and the session cookie the server set.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startPostgres, type TestPostgres } from "../../test/postgres.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import { Accounts, hashPassword, PostgresDatabase } from "../ops/team.js";
import { KeptAnswers, minuteOf } from "./routes/kept.js";
import { type RunningServer, startServer } from "./serve.js";
import { coachViewOf, LOGIN_LIMIT } from "./team.js";

const DEMO = readFileSync(join(import.meta.dirname, "../../examples/demo.jsonl"), "utf8");
/** Ann's own search: one application whose id is not among Bob's (the demo's). */
const ANN_TIMELINE = [
  { type: "application", app: "zeta-ops", company: "Zeta", role: "Ops Lead", timezone: "UTC" },
  { type: "interview", app: "zeta-ops", at: "2026-11-02T10:00", interviewers: [{ name: "Kai" }] },
]
  .map((e) => JSON.stringify(e))
  .join("\n");
const PASSWORD = "correct horse battery";
/** Mon 2 Nov 2026, 18:00 UTC. */
const START = Date.UTC(2026, 10, 2, 18);

const BIN = join(import.meta.dirname, "../../bin/hearback.js");

/**
 * Runs the CLI without blocking this process, whose servers must keep answering (a
 * blocked event loop lets their idle connections time out under the next request).
 */
function hearback(
  args: readonly string[],
  opts: { readonly input?: string; readonly env: Record<string, string | undefined> },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: opts.env });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  child.stdin.end(opts.input ?? "");
  return new Promise((resolve) => {
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Headers;
}

/** One person's browser: keeps the session cookie the server sets. */
class Visitor {
  private cookie: string | undefined;
  constructor(private readonly server: () => RunningServer) {}

  async call(method: string, path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = { "X-Hearback": "1" };
    // As the web app sends every change (the server refuses other kinds as cross-site).
    if (method !== "GET") headers["Content-Type"] = "application/json";
    if (this.cookie) headers.Cookie = this.cookie;
    const res = await fetch(`http://127.0.0.1:${this.server().port}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.get("set-cookie");
    if (set) this.cookie = set.split(";")[0];
    const text = await res.text();
    let parsed: Record<string, unknown> = {};
    try {
      parsed = JSON.parse(text) as Record<string, unknown>;
    } catch {
      parsed = { text };
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  signIn(email: string, password = PASSWORD): Promise<Answer> {
    return this.call("POST", "/api/session", { email, password });
  }

  /** Another process's view: the same cookie, sent to another server. */
  elsewhere(server: () => RunningServer): Visitor {
    const v = new Visitor(server);
    v.cookie = this.cookie;
    return v;
  }
}

/** A candidate in a coach's view, as the API answers it. */
interface Overview {
  candidate: { name: string; email: string };
  zone: string;
  sharedWith: { id: number; name: string }[];
  dueTodayCount: number;
  dueToday: { id: string; app: string; kind: string; to?: string; overdue: boolean }[];
  thankYousOverdue: { id: string; app: string; to?: string; dueByText: string }[];
  coldButChased: { app: string; signal: string; sentSince: number }[];
  offers: { app: string }[];
  stages: Record<string, number>;
}

describeWith(PROGRAMS.postgresql, "hearback serve --team", {}, () => {
  let pg: TestPostgres;
  let url: string;
  let dataDir: string;
  let now = START;
  const servers: RunningServer[] = [];
  const first = () => servers[0]!;

  const start = (databaseUrl: string | undefined) =>
    startServer({
      dir: dataDir,
      port: 0,
      host: "127.0.0.1",
      fallbackZone: "UTC",
      clock: () => now,
      databaseUrl,
      team: true,
    });

  beforeAll(async () => {
    pg = await startPostgres();
    dataDir = mkdtempSync(join(tmpdir(), "hearback-team-"));
    url = await pg.newDatabase({ owner: "app" });
    const database = await PostgresDatabase.connect({ url });
    try {
      const accounts = new Accounts(database.db as never);
      const north = await accounts.organisation("North Career Centre");
      const south = await accounts.organisation("South Outplacement");
      const passwordHash = await hashPassword(PASSWORD);
      const add = (
        organisation: number,
        email: string,
        role: "candidate" | "coach",
        lead = false,
      ) =>
        accounts.create({
          organisation,
          email,
          name: email.split("@")[0]!,
          role,
          lead,
          passwordHash,
          now,
        });
      await add(north, "ann@example.com", "candidate");
      await add(north, "bob@example.com", "candidate");
      await add(north, "cleo@example.com", "coach");
      await add(south, "dev@example.com", "coach");
      await add(north, "eve@example.com", "candidate");
      await add(north, "hal@example.com", "candidate");
      await add(north, "ivy@example.com", "candidate");
      await add(north, "pat@example.com", "candidate");
      await add(north, "quinn@example.com", "candidate");
      await add(north, "kim@example.com", "coach");
      await add(north, "lou@example.com", "coach", true);
      await add(south, "max@example.com", "coach", true);
    } finally {
      await database.close();
    }
    servers.push(await start(url));
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe("starting", () => {
    it("needs HEARBACK_DATABASE_URL", async () => {
      await expect(start(undefined)).rejects.toThrow(
        /--team: team mode keeps everyone's data in PostgreSQL; set HEARBACK_DATABASE_URL/,
      );
    });

    it("refuses a superuser's connection, which row-level security would not bind", async () => {
      const asSuperuser = pg.url(new URL(url).pathname.slice(1));
      await expect(start(asSuperuser)).rejects.toThrow(
        /team mode does not run as hb, a PostgreSQL superuser .*connect as an ordinary role/,
      );
    });
  });

  describe("signing in", () => {
    it("answers nothing but 'sign in' to a request without a session", async () => {
      const stranger = new Visitor(first);
      for (const path of ["/api/today", "/api/applications", "/api/export", "/api/team/coaches"]) {
        const r = await stranger.call("GET", path);
        expect([path, r.status, r.body.error]).toEqual([
          path,
          401,
          expect.objectContaining({ code: "unauthorized" }),
        ]);
      }
    });

    it("sets a secure, HTTP-only, same-site session cookie for the right password only", async () => {
      const ann = new Visitor(first);
      const wrong = await ann.signIn("ann@example.com", "not the password");
      expect([wrong.status, wrong.body.error]).toEqual([
        401,
        expect.objectContaining({ message: "wrong email or password" }),
      ]);
      const right = await ann.signIn("  ANN@example.com ");
      expect(right.status).toBe(200);
      expect(right.body.account).toEqual(
        expect.objectContaining({ email: "ann@example.com", role: "candidate" }),
      );
      const cookie = right.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/^hearback_session=[\w-]{43};/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/; SameSite=Strict/);
      expect((await ann.call("GET", "/api/session")).body.account).toMatchObject({
        email: "ann@example.com",
      });
    });

    it("after repeated failures refuses even the right password, until the window passes", async () => {
      const eve = new Visitor(first);
      for (let i = 0; i < LOGIN_LIMIT.failures; i++) {
        expect((await eve.signIn("eve@example.com", `guess ${i}`)).status).toBe(401);
      }
      const blocked = await eve.signIn("eve@example.com");
      expect([blocked.status, blocked.body.error]).toEqual([
        429,
        expect.objectContaining({
          message: "too many failed sign-ins for eve@example.com: try again in 15 minutes",
        }),
      ]);
      // Counted in the database: another server process refuses too.
      servers.push(await start(url));
      expect((await new Visitor(() => servers[1]!).signIn("eve@example.com")).status).toBe(429);
      now += LOGIN_LIMIT.windowMs;
      expect((await eve.signIn("eve@example.com")).status).toBe(200);
    });

    it("keeps sessions in the database: another server process knows them, and signing out ends them", async () => {
      const bob = new Visitor(first);
      await bob.signIn("bob@example.com");
      if (servers.length < 2) servers.push(await start(url));
      const there = bob.elsewhere(() => servers[1]!);
      expect((await there.call("GET", "/api/session")).status).toBe(200);
      const out = await bob.call("DELETE", "/api/session");
      expect([out.status, out.body]).toEqual([200, { signedOut: true }]);
      expect((await there.call("GET", "/api/session")).status).toBe(401);
    });
  });

  describe("accounts added with `hearback team add-account`", () => {
    const add = (args: string[], input: string, databaseUrl: string | null = url) =>
      hearback(["team", "add-account", ...args], {
        input,
        env: { ...process.env, HEARBACK_DATABASE_URL: databaseUrl ?? "", NO_COLOR: "1" },
      });

    it("can sign in with the password given on stdin", async () => {
      const r = await add(
        [
          "fay@example.com",
          "--name",
          "Fay Park",
          "--role",
          "coach",
          "--organisation",
          "North Career Centre",
        ],
        `${PASSWORD}\n`,
      );
      expect([r.status, r.stdout, r.stderr]).toEqual([
        0,
        "Added coach Fay Park <fay@example.com> to North Career Centre.\n",
        "",
      ]);
      expect((await new Visitor(first).signIn("fay@example.com")).status).toBe(200);
    });

    it("refuses a taken email, a short password, an unknown role, and no database", async () => {
      const org = ["--organisation", "North Career Centre"];
      const cases: [string[], string, string | null, string][] = [
        [
          ["ann@example.com", "--role", "coach", ...org],
          PASSWORD,
          url,
          "there is already an account for ann@example.com",
        ],
        [
          ["gus@example.com", "--role", "coach", ...org],
          "short",
          url,
          "the password is too short: at least 10 characters",
        ],
        [
          ["gus@example.com", "--role", "admin", ...org],
          PASSWORD,
          url,
          '--role: "admin" is not one of candidate, coach',
        ],
        [
          ["gus@example.com", "--role", "coach", ...org],
          PASSWORD,
          null,
          "team accounts live in PostgreSQL: set HEARBACK_DATABASE_URL",
        ],
      ];
      for (const [args, password, databaseUrl, message] of cases) {
        const r = await add(args, `${password}\n`, databaseUrl);
        expect([r.status === 0, r.stderr]).toEqual([false, expect.stringContaining(message)]);
      }
    });
  });

  describe("candidate A with candidate B's ids", () => {
    const ann = new Visitor(first);
    const bob = new Visitor(first);
    let bobEntry: number;
    let bobApp: string;
    let bobAppEvent: Record<string, unknown>;

    beforeAll(async () => {
      await ann.signIn("ann@example.com");
      await bob.signIn("bob@example.com");
      expect((await ann.call("POST", "/api/import", { text: ANN_TIMELINE })).status).toBe(200);
      expect((await bob.call("POST", "/api/import", { text: DEMO })).status).toBe(200);
      const shown = await bob.call("GET", '/api/ops/showApplication?input={"app":"acme-pm"}');
      const events = shown.body.events as { id: number; event: Record<string, unknown> }[];
      bobApp = "acme-pm";
      bobEntry = events[1]!.id;
      bobAppEvent = events[1]!.event;
    });

    /** Every route that names an application or an entry, asked about Bob's. */
    function requests(): [string, string, unknown?][] {
      const app = bobApp;
      const q = (input: unknown) => `?input=${encodeURIComponent(JSON.stringify(input))}`;
      return [
        ["GET", `/api/applications/${app}`],
        ["POST", `/api/applications/${app}/interviews`, { at: "2026-11-03T10:00" }],
        ["POST", `/api/applications/${app}/sent`, { kind: "thank-you" }],
        ["POST", `/api/applications/${app}/replies`, { text: "Thanks!" }],
        ["POST", `/api/applications/${app}/status`, { status: "rejected" }],
        ["POST", `/api/applications/${app}/notes`, { text: "peeking" }],
        ["POST", `/api/applications/${app}/dismiss`, {}],
        ["POST", "/api/drafts", { app, kind: "thank-you" }],
        ["POST", "/api/drafts/eml", { app, kind: "thank-you", subject: "Hi", body: "x" }],
        ["POST", "/api/ops/resolveApp", { app }],
        ["GET", `/api/ops/resolveApp${q({ app })}`],
        ["POST", "/api/ops/logInterview", { app, at: "2026-11-03T10:00" }],
        ["POST", "/api/ops/logSent", { app, kind: "thank-you" }],
        ["POST", "/api/ops/logReply", { app, text: "Thanks!" }],
        ["POST", "/api/ops/setStatus", { app, status: "rejected" }],
        ["POST", "/api/ops/addNote", { app, text: "peeking" }],
        ["POST", "/api/ops/dismissAction", { app }],
        ["POST", "/api/ops/agenda", { app }],
        ["GET", `/api/ops/agenda${q({ app })}`],
        ["POST", "/api/ops/showApplication", { app }],
        ["GET", `/api/ops/showApplication${q({ app })}`],
        ["POST", "/api/ops/exportTimeline", { app }],
        ["GET", `/api/ops/exportTimeline${q({ app })}`],
        ["POST", "/api/ops/amendEvent", { id: bobEntry, event: bobAppEvent }],
        ["POST", "/api/ops/retractEvent", { id: bobEntry }],
        ["POST", "/api/ops/editApplication", { app, salary: "peeking" }],
        ["POST", "/api/ops/moveApplication", { app, to: "closed", status: "withdrawn" }],
      ];
    }

    it("covers every route whose path or body names an application or an entry", async () => {
      const description = (await ann.call("GET", "/api/openapi.json")).body as {
        paths: Record<string, Record<string, { requestBody?: unknown }>>;
      };
      const naming: string[] = [];
      for (const [path, methods] of Object.entries(description.paths)) {
        for (const [method, op] of Object.entries(methods)) {
          const fields = Object.keys(
            ((op.requestBody as { content?: Record<string, { schema?: { properties?: object } }> })
              ?.content?.["application/json"]?.schema?.properties ?? {}) as object,
          );
          const byEntry = fields.includes("id") && fields.includes("event");
          const names =
            path.includes("{app}") || fields.includes("app") || byEntry || path.endsWith("Event");
          // Reading a reply takes an application only as context, and reads nothing of it.
          if (names && path !== "/api/gauge") naming.push(`${method.toUpperCase()} ${path}`);
          // GET /api/ops/NAME takes its input in the query: the same operation's POST decides.
          if (method === "get" && path.startsWith("/api/ops/")) {
            const post = methods.post?.requestBody as
              | { content?: Record<string, { schema?: { properties?: object } }> }
              | undefined;
            const postFields = Object.keys(
              post?.content?.["application/json"]?.schema?.properties ?? {},
            );
            if (postFields.includes("app")) naming.push(`GET ${path}`);
          }
        }
      }
      const asked = new Set(
        requests().map(([m, p]) => `${m} ${p.split("?")[0]!.replace(bobApp, "{app}")}`),
      );
      expect([...new Set(naming)].filter((r) => !asked.has(r))).toEqual([]);
    });

    it("gets nothing but 404s, and Bob's search is unchanged", async () => {
      const before = (await bob.call("GET", "/api/export")).body.text;
      const answers: string[] = [];
      for (const [method, path, body] of requests()) {
        const r = await ann.call(method, path, body);
        answers.push(`${method} ${path.split("?")[0]} ${r.status}`);
      }
      expect(answers).toEqual(
        requests().map(([method, path]) => `${method} ${path.split("?")[0]} 404`),
      );
      expect((await bob.call("GET", "/api/export")).body.text).toBe(before);
      expect((await ann.call("GET", "/api/applications")).body).not.toContain(bobApp);
    });

    it("sees only their own applications and agenda", async () => {
      const list = (await ann.call("GET", "/api/ops/listApplications")).body as {
        applications: { app: string }[];
      };
      expect(list.applications.map((a) => a.app)).toEqual(["zeta-ops"]);
      const exported = (await ann.call("GET", "/api/export")).body.text as string;
      expect(exported.trim().split("\n")).toHaveLength(2);
    });
  });

  describe("a coach's view", () => {
    const hal = new Visitor(first);
    const ivy = new Visitor(first);
    const kim = new Visitor(first);
    const timeline = (events: object[]) => events.map((e) => JSON.stringify(e)).join("\n");
    const app = (id: string, company: string) => ({
      type: "application",
      app: id,
      company,
      role: "PM",
      timezone: "UTC",
    });
    let halId: number;

    beforeAll(async () => {
      for (const [v, email] of [
        [hal, "hal@example.com"],
        [ivy, "ivy@example.com"],
        [kim, "kim@example.com"],
      ] as const) {
        expect((await v.signIn(email)).status).toBe(200);
      }
      const halTimeline = timeline([
        // Interviewed on Friday, no thank-you yet: overdue by Monday evening.
        app("acme", "Acme"),
        {
          type: "interview",
          app: "acme",
          at: "2026-10-30T10:00",
          interviewers: [{ name: "Dana Lee" }],
        },
        // A brush-off, and a check-in sent after it all the same.
        app("initech", "Initech"),
        { type: "interview", app: "initech", at: "2026-10-20T10:00" },
        { type: "sent", app: "initech", at: "2026-10-20T15:00", kind: "thank-you" },
        {
          type: "reply",
          app: "initech",
          at: "2026-10-26T09:00",
          from: "Priya",
          signal: "brush-off",
        },
        { type: "sent", app: "initech", at: "2026-10-30T09:00", kind: "check-in" },
        // An offer.
        app("globex", "Globex"),
        { type: "interview", app: "globex", at: "2026-10-21T10:00" },
        { type: "sent", app: "globex", at: "2026-10-21T15:00", kind: "thank-you" },
        { type: "reply", app: "globex", at: "2026-10-28T09:00", from: "Sam", signal: "offer" },
      ]);
      expect((await hal.call("POST", "/api/import", { text: halTimeline })).status).toBe(200);
      // Interviewed this morning: the thank-you is due today, not overdue.
      const ivyTimeline = timeline([
        app("umbrella", "Umbrella"),
        {
          type: "interview",
          app: "umbrella",
          at: "2026-11-02T09:00",
          interviewers: [{ name: "Lee" }],
        },
      ]);
      expect((await ivy.call("POST", "/api/import", { text: ivyTimeline })).status).toBe(200);
      for (const v of [hal, ivy]) {
        expect(
          (await v.call("POST", "/api/team/coaches", { coach: "kim@example.com" })).status,
        ).toBe(200);
      }
      halId = ((await hal.call("GET", "/api/session")).body.account as { id: number }).id;
    });

    it("shows, per candidate who shares, what is due today, late thank-yous, cold replies still chased and offers", async () => {
      const r = await kim.call("GET", "/api/team/agenda");
      expect(r.status).toBe(200);
      const [halView, ivyView, ...others] = r.body.candidates as Overview[];
      expect(others).toEqual([]);
      expect(halView!.candidate.email).toBe("hal@example.com");
      const halThanks = halView!.thankYousOverdue;
      expect(halThanks.map((a) => [a.app, a.to])).toEqual([["acme", "Dana Lee"]]);
      expect(halView!.dueToday.map((a) => a.id)).toContain(halThanks[0]!.id);
      expect(halView!.dueTodayCount).toBe(halView!.dueToday.length);
      // Times as the web shows them, on the coach's clock with the weekday: 24 hours after
      // the interview ended (an hour long).
      expect(r.body).toMatchObject({
        nowText: expect.stringMatching(/^Mon 2 Nov, 18:\d\d$/),
        zone: "UTC",
      });
      expect(halThanks[0]).toMatchObject({ dueByText: "Sat 31 Oct, 11:00" });
      expect(halView!.coldButChased[0]).toMatchObject({ replyAtText: "Mon 26 Oct, 9:00" });
      expect(halView!.coldButChased).toEqual([
        expect.objectContaining({ app: "initech", signal: "brush-off", sentSince: 1 }),
      ]);
      expect(halView!.offers.map((o) => o.app)).toEqual(["globex"]);
      expect(ivyView!.candidate.email).toBe("ivy@example.com");
      expect(ivyView!.dueToday.map((a) => [a.app, a.kind, a.overdue])).toEqual([
        ["umbrella", "thank-you", false],
      ]);
      expect(ivyView!.dueTodayCount).toBe(1);
      expect([ivyView!.thankYousOverdue, ivyView!.coldButChased, ivyView!.offers]).toEqual([
        [],
        [],
        [],
      ]);
    });

    it("sends of each action only what the page shows, not the plan's whole action", async () => {
      const r = await kim.call("GET", "/api/team/agenda");
      const actions = (r.body.candidates as Overview[]).flatMap((c) => c.dueToday);
      expect(actions.length).toBeGreaterThan(0);
      // The instants and the plan's workings: the page shows the times as text, on the coach's clock.
      for (const a of actions) {
        for (const unused of ["dueFrom", "dueBy", "zone", "channels", "rule"])
          expect(a, unused).not.toHaveProperty(unused);
      }
      // A cold reply's time: the page shows it as text.
      const cold = (r.body.candidates as Overview[]).flatMap((c) => c.coldButChased);
      expect(cold.length).toBeGreaterThan(0);
      for (const c of cold) expect(c).not.toHaveProperty("replyAtMs");
    });

    it("counts each candidate's applications by stage, without sending every application", async () => {
      const r = await kim.call("GET", "/api/team/agenda");
      const [halView, ivyView] = r.body.candidates as Overview[];
      // Hal has three applications, one of them with an offer; Ivy has one.
      expect(Object.values(halView!.stages).reduce((sum, n) => sum + n, 0)).toBe(3);
      expect(halView!.stages.offer).toBe(1);
      expect(Object.values(ivyView!.stages)).toEqual([1]);
      for (const app of ["acme", "initech", "globex", "umbrella"])
        expect(
          JSON.stringify((r.body.candidates as Overview[]).map((c) => c.stages)),
        ).not.toContain(app);
    });

    it("filters by stage", async () => {
      const r = (await kim.call("GET", "/api/team/agenda?stage=offer")).body
        .candidates as Overview[];
      expect(r.map((c) => [c.candidate.email, c.stages])).toEqual([
        ["hal@example.com", { offer: 1 }],
      ]);
      expect(r[0]!.thankYousOverdue).toEqual([]);
      expect(r[0]!.offers.map((o) => o.app)).toEqual(["globex"]);
    });

    it("shows a candidate's applications and agenda read-only, only to a coach they share with", async () => {
      // What Hal's own pages get: the list, and Today in Hal's zone.
      const list = await kim.call("GET", `/api/team/candidates/${halId}/applications`);
      expect(list.body).toEqual((await hal.call("GET", "/api/applications")).body);
      expect((list.body as unknown as { app: string }[]).map((a) => a.app)).toEqual([
        "acme",
        "initech",
        "globex",
      ]);
      const today = await kim.call("GET", `/api/team/candidates/${halId}/today`);
      expect(today.body).toEqual((await hal.call("GET", "/api/today")).body);
      expect(today.body).toMatchObject({
        nowText: expect.stringMatching(/^Mon 2 Nov, 18:\d\d$/),
        zone: "UTC",
      });
      expect((today.body.overdue as { app: string }[]).map((a) => a.app)).toContain("acme");
      // The coach's view sends each candidate's first few due actions; their Today has all.
      const view = (await kim.call("GET", "/api/team/agenda")).body.candidates as Overview[];
      const todayIds = ["missed", "overdue", "today", "upcoming", "letGo"].flatMap((group) =>
        (today.body[group] as { id: string }[]).map((a) => a.id),
      );
      expect(view[0]!.dueToday.length).toBeGreaterThan(0);
      expect(view[0]!.dueToday.length).toBeLessThanOrEqual(3);
      for (const a of view[0]!.dueToday) expect(todayIds).toContain(a.id);
      expect(
        (
          await new Visitor(first)
            .elsewhere(first)
            .call("GET", `/api/team/candidates/${halId}/today`)
        ).status,
      ).toBe(401);
      const cleo = new Visitor(first);
      await cleo.signIn("cleo@example.com");
      expect((await cleo.call("GET", `/api/team/candidates/${halId}/applications`)).status).toBe(
        404,
      );
      expect((await cleo.call("GET", `/api/team/candidates/${halId}/today`)).status).toBe(404);
      expect((await ivy.call("GET", `/api/team/candidates/${halId}/applications`)).status).toBe(
        404,
      );
    });

    it("shows a lead coach every coach's candidates in the organisation, filtered by coach", async () => {
      const [lou, max] = [new Visitor(first), new Visitor(first)];
      await lou.signIn("lou@example.com");
      await max.signIn("max@example.com");
      const emails = async (v: Visitor, query = "") => {
        const r = await v.call("GET", `/api/team/agenda${query}`);
        expect(r.status).toBe(200);
        return (r.body.candidates as Overview[]).map((c) => c.candidate.email);
      };
      expect(await emails(lou)).toEqual(["hal@example.com", "ivy@example.com"]);
      // Ivy shares with Cleo too: Lou picks one coach's candidates.
      const shared = await ivy.call("POST", "/api/team/coaches", { coach: "cleo@example.com" });
      const cleoId = (shared.body.sharedWith as { id: number }).id;
      try {
        const all = (await lou.call("GET", "/api/team/agenda")).body.candidates as Overview[];
        expect(all.map((c) => c.sharedWith.map((w) => w.name))).toEqual([["kim"], ["cleo", "kim"]]);
        const kimId = all[0]!.sharedWith[0]!.id;
        expect(await emails(lou, `?coach=${cleoId}`)).toEqual(["ivy@example.com"]);
        expect(await emails(lou, `?coach=${kimId}`)).toEqual([
          "hal@example.com",
          "ivy@example.com",
        ]);
        // Kim is no lead: another coach's candidates stay out of her view.
        expect(await emails(kim, `?coach=${cleoId}`)).toEqual([]);
        // A lead coach of another organisation sees none of them.
        expect(await emails(max)).toEqual([]);
        expect((await max.call("GET", `/api/team/candidates/${halId}/today`)).status).toBe(404);
        expect((await lou.call("GET", `/api/team/candidates/${halId}/today`)).status).toBe(200);
        const bad = await lou.call("GET", "/api/team/agenda?coach=kim");
        expect([bad.status, bad.body.error]).toEqual([
          400,
          expect.objectContaining({ problems: ['query.coach: not a coach\'s number: "kim"'] }),
        ]);
      } finally {
        await ivy.call("DELETE", `/api/team/coaches/${cleoId}`);
      }
      const r = await hearback(
        ["team", "agenda", "--coach", "lou@example.com", "--coached-by", "kim@example.com"],
        { env: { ...process.env, HEARBACK_DATABASE_URL: url, TZ: "UTC", NO_COLOR: "1" } },
      );
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/^lou <lou@example\.com>: 2 candidates sharing with kim, /);
      expect(r.stdout).toContain("hal <hal@example.com>\n  Shares with: kim\n  Due today: ");
    });

    it("is what `hearback team agenda` prints", async () => {
      const r = await hearback(
        ["team", "agenda", "--coach", "kim@example.com", "--now", "2026-11-02T18:00"],
        { env: { ...process.env, HEARBACK_DATABASE_URL: url, TZ: "UTC", NO_COLOR: "1" } },
      );
      expect(r.stderr).toBe("");
      expect(r.stdout).toContain(
        "kim <kim@example.com>: 2 candidates sharing, Mon 2 Nov, 18:00 (times in UTC)",
      );
      expect(r.stdout).toContain("hal <hal@example.com>\n  Due today: ");
      expect(r.stdout).toContain("  Thank-yous overdue: 1\n    Acme: Dana Lee, due ");
      expect(r.stdout).toContain(
        "  Cold replies still chased: 1\n    Initech: read as brush-off on Mon 26 Oct, 9:00, 1 sent since",
      );
      expect(r.stdout).toContain("  Offers: Globex");
    });
  });

  describe("each candidate's Today, kept between their changes", () => {
    const pat = new Visitor(first);
    const quinn = new Visitor(first);
    /** How often each account's log was read to plan from (by account number). */
    const reads = new Map<number, number>();
    const readsOf = (id: number) => reads.get(id) ?? 0;
    let patId: number;
    let quinnId: number;

    beforeAll(async () => {
      const open = PostgresDatabase.prototype.store;
      vi.spyOn(PostgresDatabase.prototype, "store").mockImplementation(function (
        this: PostgresDatabase,
        ...args: Parameters<typeof open>
      ) {
        const store = open.apply(this, args);
        const timeline = store.timeline.bind(store);
        return Object.assign(store, {
          timeline: (filter?: Parameters<typeof timeline>[0]) => {
            reads.set(args[0], readsOf(args[0]) + 1);
            return timeline(filter);
          },
        });
      });
      const interviewed = (app: string) =>
        [
          { type: "application", app, company: app, role: "PM", timezone: "UTC" },
          { type: "interview", app, at: "2026-11-02T09:00", interviewers: [{ name: "Lee" }] },
        ]
          .map((e) => JSON.stringify(e))
          .join("\n");
      for (const [v, email] of [
        [pat, "pat@example.com"],
        [quinn, "quinn@example.com"],
      ] as const) {
        expect((await v.signIn(email)).status).toBe(200);
        const text = interviewed(email.split("@")[0]!);
        expect((await v.call("POST", "/api/import", { text })).status).toBe(200);
      }
      patId = ((await pat.call("GET", "/api/session")).body.account as { id: number }).id;
      quinnId = ((await quinn.call("GET", "/api/session")).body.account as { id: number }).id;
    });
    afterAll(() => {
      vi.restoreAllMocks();
    });

    /** The actions coming up (their interview this morning: the thank-you, by tomorrow's). */
    const coming = (today: Record<string, unknown>) =>
      (today.upcoming as { app: string; kind: string }[]).map((a) => `${a.app} ${a.kind}`);

    it("answers two people in turn without planning either again", async () => {
      const patFirst = (await pat.call("GET", "/api/today")).body;
      const quinnFirst = (await quinn.call("GET", "/api/today")).body;
      expect([coming(patFirst), coming(quinnFirst)]).toEqual([
        ["pat thank-you"],
        ["quinn thank-you"],
      ]);
      const planned = [readsOf(patId), readsOf(quinnId)];
      expect(planned[0]).toBeGreaterThan(0);
      expect(planned[1]).toBeGreaterThan(0);
      for (let i = 0; i < 3; i++) {
        expect((await pat.call("GET", "/api/today")).body).toEqual(patFirst);
        expect((await quinn.call("GET", "/api/today")).body).toEqual(quinnFirst);
      }
      expect([readsOf(patId), readsOf(quinnId)]).toEqual(planned);
    });

    it("plans afresh for the one who wrote, and only for them", async () => {
      const quinnBefore = (await quinn.call("GET", "/api/today")).body;
      const planned = [readsOf(patId), readsOf(quinnId)];
      const sent = await pat.call("POST", "/api/applications/pat/sent", { kind: "thank-you" });
      expect(sent.status).toBe(200);
      const patAfter = (await pat.call("GET", "/api/today")).body;
      expect(coming(patAfter)).not.toContain("pat thank-you");
      expect(readsOf(patId)).toBeGreaterThan(planned[0]!);
      expect((await quinn.call("GET", "/api/today")).body).toEqual(quinnBefore);
      expect(readsOf(quinnId)).toBe(planned[1]);
    });
  });

  describe("a coach's answers, kept between changes", () => {
    const [rae, sam, tom, uma, wes] = [
      new Visitor(first),
      new Visitor(first),
      new Visitor(first),
      new Visitor(first),
      new Visitor(first),
    ];
    const second = () => servers[1]!;
    /** How often a coach's view, and a candidate's page read by a coach, were made. */
    let views: { mock: { calls: unknown[] } };
    let pages: { mock: { calls: unknown[][] } };
    const pagesMade = () =>
      pages.mock.calls.filter((args) => (args[2] as { viewer?: number } | undefined)?.viewer)
        .length;
    let tomId: number;
    let raeId: number;
    let samId: number;
    /** The clock as other tests left it: these read the times at START. */
    let clockWas: number;

    const agenda = async (v: Visitor, query = "") => {
      const r = await v.call("GET", `/api/team/agenda${query}`);
      expect(r.status).toBe(200);
      return r.body as { nowText: string; zone: string; candidates: Overview[] };
    };
    const who = (view: { candidates: Overview[] }) =>
      view.candidates.map((c) => `${c.candidate.name} ${c.zone} ${c.dueTodayCount}`);
    const tomsToday = () => rae.call("GET", `/api/team/candidates/${tomId}/today`);

    beforeAll(async () => {
      clockWas = now;
      now = START;
      const database = await PostgresDatabase.connect({ url });
      try {
        const accounts = new Accounts(database.db as never);
        const west = await accounts.organisation("West Career Centre");
        const passwordHash = await hashPassword(PASSWORD);
        for (const [name, role, lead] of [
          ["Rae", "coach", false],
          ["Sam", "coach", true],
          ["Tom", "candidate", false],
          ["Uma", "candidate", false],
          ["Wes", "candidate", false],
        ] as const) {
          await accounts.create({
            organisation: west,
            email: `${name.toLowerCase()}@west.example`,
            name,
            role,
            lead,
            passwordHash,
            now,
          });
        }
      } finally {
        await database.close();
      }
      if (servers.length < 2) servers.push(await start(url));
      for (const [v, name] of [
        [rae, "rae"],
        [sam, "sam"],
        [tom, "tom"],
        [uma, "uma"],
        [wes, "wes"],
      ] as const) {
        expect((await v.signIn(`${name}@west.example`)).status).toBe(200);
      }
      // Each interviewed this morning: a thank-you due today.
      for (const [v, app] of [
        [tom, "tom-co"],
        [uma, "uma-co"],
        [wes, "wes-co"],
      ] as const) {
        const text = [
          { type: "application", app, company: app, role: "PM", timezone: "UTC" },
          { type: "interview", app, at: "2026-11-02T09:00", interviewers: [{ name: "Lee" }] },
        ]
          .map((e) => JSON.stringify(e))
          .join("\n");
        expect((await v.call("POST", "/api/import", { text })).status).toBe(200);
      }
      for (const v of [tom, uma]) {
        const shared = await v.call("POST", "/api/team/coaches", { coach: "rae@west.example" });
        expect(shared.status).toBe(200);
        raeId = (shared.body.sharedWith as { id: number }).id;
      }
      const idOf = async (v: Visitor) =>
        ((await v.call("GET", "/api/session")).body.account as { id: number }).id;
      tomId = await idOf(tom);
      samId = await idOf(sam);
      views = vi.spyOn(PostgresDatabase.prototype, "settingsAndOverviews");
      pages = vi.spyOn(PostgresDatabase.prototype, "store");
    });
    afterAll(() => {
      vi.restoreAllMocks();
      now = clockWas;
    });

    it("answers a coach again from the kept answer, without making the view again", async () => {
      const firstView = await agenda(rae);
      expect(who(firstView)).toEqual(["Tom UTC 1", "Uma UTC 1"]);
      const firstToday = (await tomsToday()).body;
      const [made, madePages] = [views.mock.calls.length, pagesMade()];
      for (let i = 0; i < 3; i++) {
        expect(await agenda(rae)).toEqual(firstView);
        expect((await tomsToday()).body).toEqual(firstToday);
      }
      expect([views.mock.calls.length, pagesMade()]).toEqual([made, madePages]);
    });

    it("shows what a candidate logged, through this server process or another", async () => {
      const sent = await tom.call("POST", "/api/applications/tom-co/sent", { kind: "thank-you" });
      expect(sent.status).toBe(200);
      expect(who(await agenda(rae))).toEqual(["Tom UTC 0", "Uma UTC 1"]);
      const umaThere = uma.elsewhere(second);
      expect(
        (await umaThere.call("POST", "/api/applications/uma-co/sent", { kind: "thank-you" }))
          .status,
      ).toBe(200);
      expect(who(await agenda(rae))).toEqual(["Tom UTC 0", "Uma UTC 0"]);
      // Tom's page, kept on this process, after he writes through the other.
      const before = (await tomsToday()).body;
      const note = await tom
        .elsewhere(second)
        .call("POST", "/api/applications/tom-co/interviews", { at: "2026-11-05T10:00" });
      expect(note.status).toBe(200);
      const after = (await tomsToday()).body;
      expect(after).not.toEqual(before);
      expect(JSON.stringify(after)).toContain("Thu 5 Nov");
    });

    it("shows a candidate's new zone, on the coach's view and on their page", async () => {
      expect(who(await agenda(rae))).toEqual(["Tom UTC 0", "Uma UTC 0"]);
      expect((await tomsToday()).body.zone).toBe("UTC");
      expect((await tom.call("PUT", "/api/settings", { timezone: "Asia/Tokyo" })).status).toBe(200);
      expect(who(await agenda(rae))).toEqual(["Tom Asia/Tokyo 0", "Uma UTC 0"]);
      expect((await tomsToday()).body.zone).toBe("Asia/Tokyo");
    });

    it("shows a candidate's new name", async () => {
      expect(who(await agenda(rae))).toEqual(["Tom Asia/Tokyo 0", "Uma UTC 0"]);
      expect((await uma.call("PUT", "/api/team/account", { name: "Uma Park" })).status).toBe(200);
      expect(who(await agenda(rae))).toEqual(["Tom Asia/Tokyo 0", "Uma Park UTC 0"]);
    });

    it("shows a coach's new name beside the candidates who share with them", async () => {
      const sharedWith = async (v: Visitor) =>
        (await agenda(v)).candidates.flatMap((c) => c.sharedWith.map((s) => s.name));
      expect(await sharedWith(sam)).toEqual(["Rae", "Rae"]);
      expect(await sharedWith(rae)).toEqual(["Rae", "Rae"]);
      expect((await rae.call("PUT", "/api/team/account", { name: "Rae Kim" })).status).toBe(200);
      try {
        expect(await sharedWith(sam)).toEqual(["Rae Kim", "Rae Kim"]);
        expect(await sharedWith(rae)).toEqual(["Rae Kim", "Rae Kim"]);
      } finally {
        expect((await rae.call("PUT", "/api/team/account", { name: "Rae" })).status).toBe(200);
      }
    });

    it("shows a candidate who starts sharing, and leaves out one who stops", async () => {
      expect(
        (await wes.call("POST", "/api/team/coaches", { coach: "rae@west.example" })).status,
      ).toBe(200);
      expect(who(await agenda(rae))).toEqual(["Tom Asia/Tokyo 0", "Uma Park UTC 0", "Wes UTC 1"]);
      expect((await uma.call("DELETE", `/api/team/coaches/${raeId}`)).status).toBe(200);
      expect(who(await agenda(rae))).toEqual(["Tom Asia/Tokyo 0", "Wes UTC 1"]);
      // Tom's page was kept: once he stops sharing, it is not found.
      expect((await tomsToday()).status).toBe(200);
      expect((await tom.call("DELETE", `/api/team/coaches/${raeId}`)).status).toBe(200);
      expect((await tomsToday()).status).toBe(404);
      expect((await rae.call("GET", `/api/team/candidates/${tomId}/applications`)).status).toBe(
        404,
      );
      expect(who(await agenda(rae))).toEqual(["Wes UTC 1"]);
      expect(
        (await tom.call("POST", "/api/team/coaches", { coach: "rae@west.example" })).status,
      ).toBe(200);
    });

    it("gives times in the coach's new zone", async () => {
      expect((await agenda(rae)).nowText).toBe("Mon 2 Nov, 18:00");
      expect((await rae.call("PUT", "/api/settings", { timezone: "Europe/Paris" })).status).toBe(
        200,
      );
      const view = await agenda(rae);
      expect([view.zone, view.nowText]).toEqual(["Europe/Paris", "Mon 2 Nov, 19:00"]);
    });

    it("makes the answers again when the minute turns", async () => {
      const { nowText } = await agenda(rae);
      const page = (await tomsToday()).body;
      expect(page.nowText).toBe("Tue 3 Nov, 3:00");
      now += 60_000;
      try {
        expect((await agenda(rae)).nowText).not.toBe(nowText);
        expect((await agenda(rae)).nowText).toBe("Mon 2 Nov, 19:01");
        expect((await tomsToday()).body.nowText).toBe("Tue 3 Nov, 3:01");
      } finally {
        now -= 60_000;
      }
    });

    it("makes a coach's answers again once a minute, and says when they were made", async () => {
      const was = now;
      try {
        await agenda(rae);
        await tomsToday();
        const [made, madePages] = [views.mock.calls.length, pagesMade()];
        // Second by second through a minute: each answer is made again once, and then says
        // the minute it was made in.
        let [viewMade, pageMade] = [false, false];
        for (let s = 1; s <= 60; s++) {
          now = was + s * 1000;
          const minute = Math.floor(s / 60);
          const [view, page] = [await agenda(rae), (await tomsToday()).body];
          if (!viewMade && views.mock.calls.length > made) {
            viewMade = true;
            expect(view.nowText).toBe(`Mon 2 Nov, 19:0${minute}`);
          }
          if (!pageMade && pagesMade() > madePages) {
            pageMade = true;
            expect(page.nowText).toBe(`Tue 3 Nov, 3:0${minute}`);
          }
        }
        expect([views.mock.calls.length - made, pagesMade() - madePages]).toEqual([1, 1]);
      } finally {
        now = was;
      }
    });

    it("makes each person's answers again at their own moment of the minute", async () => {
      const was = now;
      const made = vi.spyOn(KeptAnswers.prototype as never, "make") as unknown as {
        mock: { calls: unknown[][] };
        mockClear(): void;
        mockRestore(): void;
      };
      try {
        const [tomView, raeView] = [String(tomId), coachViewOf(raeId)];
        await tom.call("GET", "/api/today");
        await agenda(rae);
        // The second at which each is made again, against the moment minuteOf gives.
        const madeAt: Record<string, number> = {};
        const turns: Record<string, number> = {};
        for (let s = 1; s <= 60; s++) {
          now = was + s * 1000;
          made.mockClear();
          await tom.call("GET", "/api/today");
          await agenda(rae);
          for (const [whose] of made.mock.calls) madeAt[whose as string] ??= s;
          for (const whose of [tomView, raeView]) {
            if (minuteOf(now, whose) !== minuteOf(now - 1000, whose)) turns[whose] ??= s;
          }
        }
        expect(madeAt[tomView]).toBe(turns[tomView]);
        expect(madeAt[raeView]).toBe(turns[raeView]);
      } finally {
        made.mockRestore();
        now = was;
      }
    });

    it("keeps each filter's answer apart", async () => {
      const all = await agenda(rae);
      expect(all.candidates.length).toBe(2);
      expect((await agenda(rae, "?stage=offer")).candidates).toEqual([]);
      expect(await agenda(rae)).toEqual(all);
      const lead = await agenda(sam);
      expect(lead.candidates.map((c) => c.candidate.name)).toEqual(["Tom", "Wes"]);
      expect((await agenda(sam, `?coach=${samId}`)).candidates).toEqual([]);
      expect((await agenda(sam, `?coach=${raeId}`)).candidates).toEqual(lead.candidates);
      expect(await agenda(sam)).toEqual(lead);
    });
  });

  describe("sharing with a coach", () => {
    const ann = new Visitor(first);
    const cleo = new Visitor(first);
    const dev = new Visitor(first);
    beforeAll(async () => {
      await ann.signIn("ann@example.com");
      await cleo.signIn("cleo@example.com");
      await dev.signIn("dev@example.com");
    });

    it("shows a coach only the candidates who share, until they stop", async () => {
      expect((await cleo.call("GET", "/api/team/candidates")).body).toEqual({ candidates: [] });
      const shared = await ann.call("POST", "/api/team/coaches", { coach: "cleo@example.com" });
      expect(shared.status).toBe(200);
      const cleoId = (shared.body.sharedWith as { id: number }).id;
      const seen = (await cleo.call("GET", "/api/team/candidates")).body.candidates as {
        email: string;
      }[];
      expect(seen.map((c) => c.email)).toEqual(["ann@example.com"]);
      expect((await dev.call("GET", "/api/team/candidates")).body).toEqual({ candidates: [] });
      expect((await ann.call("DELETE", `/api/team/coaches/${cleoId}`)).status).toBe(200);
      expect((await cleo.call("GET", "/api/team/candidates")).body).toEqual({ candidates: [] });
      expect((await ann.call("DELETE", `/api/team/coaches/${cleoId}`)).status).toBe(404);
    });

    it("cannot share with a coach of another organisation, nor with a candidate", async () => {
      for (const coach of ["dev@example.com", "bob@example.com", "nobody@example.com"]) {
        const r = await ann.call("POST", "/api/team/coaches", { coach });
        expect([coach, r.status]).toEqual([coach, 404]);
      }
    });

    it("keeps a coach's pages and a candidate's apart", async () => {
      expect((await cleo.call("GET", "/api/team/coaches")).status).toBe(404);
      expect((await ann.call("GET", "/api/team/candidates")).status).toBe(404);
    });
  });
});
