/**
 * The web UI's main flow through the API, against a real SQLite file: log an interview
 * with two interviewers, see two thank-yous, draft one, mark it sent, paste a reply that
 * names a new date, and see the next check-in move to that date.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../store/index.js";
import type {
  ActionView,
  ApplicationSummary,
  ApplicationView,
  DraftView,
  TodayView,
} from "./api-types.js";
import { createApp } from "./app.js";

const ORIGIN = "http://127.0.0.1:4100";
const ZONE = "America/Denver";
/** Wed 18 Nov 2026, 15:00 in Denver: the interview ended at 11:00 the same day. */
let now = Date.parse("2026-11-18T15:00:00-07:00"); /* Wed */

let dir: string;
let store: Store;
let app: Hono;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hearback-flow-"));
  store = await openStore({ dir });
  app = createApp({ store, clock: () => now, fallbackZone: ZONE });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await app.request(`${ORIGIN}/api${path}`, {
    method,
    headers: {
      origin: ORIGIN,
      "x-hearback": "1",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (
    res.headers.get("content-type")?.startsWith("application/json") ? JSON.parse(text) : text
  ) as T;
}

const allActions = (t: TodayView): ActionView[] => [...t.overdue, ...t.today, ...t.upcoming];

describe("following up after an interview, through the API", () => {
  it("plans one thank-you per interviewer once the interview is logged", async () => {
    const { app: id } = await call<{ app: string }>("POST", "/applications", {
      company: "Acme",
      role: "Product Manager",
      timezone: ZONE,
    });
    expect(id).toBe("acme-pm");
    await call("POST", "/applications/acme-pm/interviews", {
      at: "2026-11-18T10:00" /* Wed */,
      durationMinutes: 60,
      interviewers: [
        { name: "Dana Lee", email: "dana@acme.example" },
        { name: "Sam Ortiz", email: "sam@acme.example" },
      ],
      topics: ["pricing roadmap"],
    });
    const today = await call<TodayView>("GET", "/today");
    const thanks = allActions(today).filter((a) => a.kind === "thank-you");
    expect(thanks.map((a) => a.to).sort()).toEqual(["Dana Lee", "Sam Ortiz"]);
    expect(thanks[0]?.dueByText).toBe("Thu 19 Nov, 11:00");
    expect(today.nowText).toBe("Wed 18 Nov, 15:00");
  });

  it("drafts a thank-you addressed to the interviewer, as text and as an .eml", async () => {
    const draft = await call<DraftView>("POST", "/drafts", {
      app: "acme-pm",
      kind: "thank-you",
      to: "Dana Lee",
    });
    expect(draft.to?.email).toBe("dana@acme.example");
    expect(draft.body).toMatch(/Dana/);
    expect(draft.mailto).toMatch(/^mailto:dana@acme\.example\?subject=/);
    const { filename, eml } = await call<{ filename: string; eml: string }>("POST", "/drafts/eml", {
      app: "acme-pm",
      kind: "thank-you",
      to: "Dana Lee",
      subject: "Thanks, Dana",
      body: "Hi Dana",
    });
    expect(filename).toBe("acme-pm-thank-you-dana-lee.eml");
    expect(eml).toMatch(/^Subject: Thanks, Dana\r?$/m);
    expect(eml).toMatch(/^To: Dana Lee <dana@acme\.example>\r?$/m);
    expect(eml).toMatch(/^X-Unsent: 1\r?$/m);
  });

  it("drafts with the user's own template from the data folder, as the CLI does", async () => {
    const templates = join(dir, "templates");
    mkdirSync(templates, { recursive: true });
    writeFileSync(
      join(templates, "thank-you.mustache"),
      "Subject: Thank you, {{first_name}}\n\nHi {{first_name}}, thanks for the {{role}} talk.\n",
    );
    try {
      const draft = await call<DraftView>("POST", "/drafts", {
        app: "acme-pm",
        kind: "thank-you",
        to: "Dana Lee",
      });
      expect(draft.subject).toBe("Thank you, Dana");
      expect(draft.body).toContain("Hi Dana, thanks for the Product Manager talk.");
    } finally {
      rmSync(templates, { recursive: true, force: true });
    }
  });

  it("drops the thank-you once it is marked sent, and keeps the other", async () => {
    await call("POST", "/applications/acme-pm/sent", {
      kind: "thank-you",
      to: "Dana Lee",
      channel: "email",
    });
    const thanks = allActions(await call<TodayView>("GET", "/today")).filter(
      (a) => a.kind === "thank-you",
    );
    expect(thanks.map((a) => a.to)).toEqual(["Sam Ortiz"]);
  });

  it("moves the next check-in to the new date a reply names", async () => {
    now = Date.parse("2026-11-30T09:30:00-07:00"); /* Mon */
    const reply =
      "Hi! Thanks for checking in. We're still interviewing and hope to decide by Tuesday, December 15.";
    const reading = await call<{ signal: string; decisionBy: string }>("POST", "/gauge", {
      text: reply,
    });
    expect(reading).toMatchObject({ signal: "still-deciding", decisionBy: "2026-12-15" });
    await call("POST", "/applications/acme-pm/replies", { text: reply, from: "Dana Lee" });
    const page = await call<ApplicationView>("GET", "/applications/acme-pm");
    const checkIn = page.actions.find((a) => a.kind === "check-in");
    expect(checkIn?.rule).toBe("check-in-on-new-date");
    expect(checkIn?.dueFrom.slice(0, 10)).toBe("2026-12-15");
    expect(checkIn?.dueFromText).toMatch(/^Tue 15 Dec/);
    expect(page.events[0]).toMatchObject({ type: "reply", signal: "still-deciding" });
  });

  it("lists the application on the board with its next step", async () => {
    const list = await call<ApplicationSummary[]>("GET", "/applications");
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ app: "acme-pm", company: "Acme", stage: "waiting" });
    // Sam Ortiz's thank-you (due Thu 19 Nov) was never sent: a missed action stays first
    // until it is done or dropped, ahead of the check-in on the decision date.
    expect(list[0]?.next).toMatchObject({
      kind: "thank-you",
      overdue: true,
      dueByText: "Thu 19 Nov, 11:00",
      dueByMs: Date.parse("2026-11-19T11:00:00-07:00"),
    });
  });

  it("exports what was recorded, which imports back into an empty store", async () => {
    const jsonl = await call<string>("GET", "/export");
    expect(jsonl.trim().split("\n")).toHaveLength(4);
    const other = await openStore({ dir: join(dir, "other") });
    try {
      const second = createApp({ store: other, clock: () => now, fallbackZone: ZONE });
      const res = await second.request(`${ORIGIN}/api/import`, {
        method: "POST",
        headers: { origin: ORIGIN, "x-hearback": "1", "content-type": "application/json" },
        body: JSON.stringify({ text: jsonl, name: "export.jsonl" }),
      });
      expect(await res.json()).toEqual({ events: 4, applications: 1 });
      expect(await other.timeline()).toEqual(await store.timeline());
    } finally {
      await other.close();
    }
  });
});
