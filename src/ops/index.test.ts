import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../store/index.js";
import type { Store } from "../store/types.js";
import { createContext, type OpContext, runOp } from "./index.js";

/** Mon 2 Nov 2026, 12:00 in Denver. */
const NOW = Date.parse("2026-11-02T12:00:00-07:00");

let dir: string;
let store: Store;
let ctx: OpContext;

async function contextAt(now: number): Promise<OpContext> {
  return createContext({ store, now, fallbackZone: "America/Denver", source: "test" });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "hearback-ops-"));
  store = await openStore({ dir });
  ctx = await contextAt(NOW);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function addAcme(): Promise<string> {
  const { app } = await runOp(ctx, "addApplication", {
    company: "Acme",
    role: "Product Manager",
    timezone: "America/Denver",
    region: "US",
  });
  return app;
}

describe("addApplication", () => {
  it("gives each application a short id, numbered when taken", async () => {
    expect(await addAcme()).toBe("acme-pm");
    expect(await addAcme()).toBe("acme-pm-2");
  });

  it("uses the id given, and refuses one that is taken", async () => {
    await runOp(ctx, "addApplication", { company: "Acme", role: "PM", id: "acme" });
    await expect(
      runOp(ctx, "addApplication", { company: "Acme", role: "PM", id: "acme" }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it.each([
    [{ company: "", role: "PM" }, "company: must not be empty"],
    [{ role: "PM" }, "company: is required"],
    [{ company: "Acme", role: "PM", timezone: "Mars/Olympus" }, "timezone: not a time zone"],
    [{ company: "Acme", role: "PM", region: "XX-YY" }, "region: not a holiday region"],
    [{ company: "Acme", role: "PM", contacts: [{ email: "a@b.c" }] }, "contacts.0.name"],
    [{ company: "Acme", role: "PM", colour: "red" }, "input: unknown field: colour"],
    [{ company: "Acme", role: "PM", url: "javascript:alert(1)" }, "url: not a web address"],
    [{ company: "Acme", role: "PM", url: "acme.example/jobs" }, "url: not a web address"],
  ])("names the field of a bad input (%j)", async (input, problem) => {
    await expect(runOp(ctx, "addApplication", input as never)).rejects.toMatchObject({
      code: "bad-input",
      problems: expect.arrayContaining([expect.stringContaining(problem)]),
    });
    expect(await store.timeline()).toEqual([]);
  });
});

describe("resolveApp", () => {
  it("finds an application by a unique prefix", async () => {
    await addAcme();
    await runOp(ctx, "addApplication", { company: "Globex", role: "SRE" });
    expect(await runOp(ctx, "resolveApp", { app: "gl" })).toEqual({ app: "globex-sre" });
  });

  it("names the candidates of an ambiguous prefix", async () => {
    await addAcme();
    await addAcme();
    await expect(runOp(ctx, "resolveApp", { app: "acme" })).rejects.toThrow(/acme-pm, acme-pm-2/);
  });
});

describe("logging events", () => {
  it("stores an interview's time with the application's offset", async () => {
    await addAcme();
    const r = await runOp(ctx, "logInterview", {
      app: "acme",
      at: "2026-11-02T10:00" /* Mon */,
      interviewers: [{ name: "Dana Lee", email: "dana@acme.example" }],
      decisionBy: "2026-11-13" /* Fri */,
    });
    expect(r.event).toEqual({
      type: "interview",
      app: "acme-pm",
      at: "2026-11-02T10:00:00-07:00",
      interviewers: [{ name: "Dana Lee", email: "dana@acme.example" }],
      decisionBy: "2026-11-13",
    });
    expect(await store.timeline({ app: "acme-pm" })).toContainEqual(r.event);
  });

  it("records a message at now when no time is given", async () => {
    await addAcme();
    const r = await runOp(ctx, "logSent", {
      app: "acme-pm",
      kind: "thank-you",
      to: "Dana Lee",
      newContact: true,
    });
    expect(r.event.at).toBe("2026-11-02T12:00:00-07:00");
  });

  it.each([
    [{ at: "next tuesday" }, 'at: not a date-time: "next tuesday"'],
    [{ at: "2026-11-02T10:00", decisionBy: "soon" }, 'decisionBy: not a date: "soon"'],
    [{ at: "2026-11-02T10:00", durationMinutes: 0 }, "durationMinutes"],
  ])("refuses a bad interview (%j) and stores nothing", async (input, problem) => {
    await addAcme();
    await expect(runOp(ctx, "logInterview", { app: "acme", ...input })).rejects.toMatchObject({
      code: "bad-input",
      problems: [expect.stringContaining(problem)],
    });
    expect(await store.timeline()).toHaveLength(1);
  });

  it("corrects an interview's panel and topics, and refuses an address new entries may not have", async () => {
    await addAcme();
    const r = await runOp(ctx, "logInterview", {
      app: "acme",
      at: "2026-11-02T10:00",
      interviewers: [{ name: "Dana Lee" }],
    });
    const event = { ...r.event, interviewers: [{ name: "Sam Ortiz", email: "sam@acme" }] };
    await expect(runOp(ctx, "amendEvent", { id: r.entry.id, event })).rejects.toMatchObject({
      code: "bad-input",
      problems: [expect.stringMatching(/^interview\.interviewers\[0\]\.email: /)],
    });
    const fixed = { ...event, interviewers: [{ name: "Sam Ortiz", email: "sam@acme.example" }] };
    await runOp(ctx, "amendEvent", { id: r.entry.id, event: { ...fixed, topics: ["pricing"] } });
    expect(await store.timeline({ app: "acme-pm" })).toContainEqual({
      ...fixed,
      topics: ["pricing"],
    });
  });

  it("refuses an event of an unknown application", async () => {
    await addAcme();
    await expect(
      runOp(ctx, "setStatus", { app: "globex", status: "rejected" }),
    ).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("logReply", () => {
  const text = "Thanks for checking in! We're still interviewing and hope to decide by December 1.";

  it("shows what the gauge read but stores only the reply as given", async () => {
    await addAcme();
    const r = await runOp(ctx, "logReply", {
      app: "acme",
      text,
      from: "Dana Lee",
      newContact: true,
      at: "2026-11-18T11:02" /* Wed */,
    });
    expect(r.reading).toMatchObject({ signal: "still-deciding", decisionBy: "2026-12-01" });
    expect(r.effective).toMatchObject({ signal: "still-deciding", decisionBy: "2026-12-01" });
    expect(r.event).toEqual({
      type: "reply",
      app: "acme-pm",
      at: "2026-11-18T11:02:00-07:00",
      from: "Dana Lee",
      text,
    });
  });

  it("lets the user's signal and date win over the gauge, and stores them", async () => {
    await addAcme();
    const r = await runOp(ctx, "logReply", {
      app: "acme",
      text,
      signal: "encouraging",
      decisionBy: "2026-12-04",
    });
    expect(r.effective).toMatchObject({ signal: "encouraging", decisionBy: "2026-12-04" });
    expect(r.event).toMatchObject({ signal: "encouraging", decisionBy: "2026-12-04" });
  });

  describe("learns from the user's corrections", () => {
    const reply = (name: string, sender: string) =>
      `Hi ${name}, thanks so much for your note and for your patience. The team is still meeting other people this month. We'll be in touch.\n\nBest,\n${sender}`;

    it("reads a reply nearly the same as one they relabelled the way they said, and says why", async () => {
      await addAcme();
      await runOp(ctx, "addApplication", { company: "Globex", role: "Analyst", id: "globex" });
      const first = await runOp(ctx, "logReply", {
        app: "acme",
        text: reply("Sam", "Dana"),
        at: "2026-12-03T10:00" /* Thu */,
      });
      expect(first.reading?.signal).toBe("still-deciding");
      // The user says it was a brush-off: the stored reply is corrected.
      await runOp(ctx, "amendEvent", {
        id: first.entry.id,
        event: { ...first.event, signal: "brush-off" },
      });
      const second = await runOp(ctx, "logReply", {
        app: "globex",
        text: reply("Sam", "Priya at Globex"),
        at: "2026-12-05T09:00",
      });
      expect(second.reading).toMatchObject({ signal: "brush-off" });
      expect(second.reading?.evidence).toEqual([
        "reads like the reply you marked as a brush-off on Thu 3 Dec",
      ]);
      expect(second.reading?.cantTell).toBeUndefined();
    });

    it("keeps what one user teaches out of another user's readings", async () => {
      await addAcme();
      const first = await runOp(ctx, "logReply", { app: "acme", text: reply("Sam", "Dana") });
      await runOp(ctx, "amendEvent", {
        id: first.entry.id,
        event: { ...first.event, signal: "brush-off" },
      });
      const otherDir = mkdtempSync(join(tmpdir(), "hearback-ops-"));
      const other = await openStore({ dir: otherDir });
      try {
        const otherCtx = await createContext({
          store: other,
          now: NOW,
          fallbackZone: "America/Denver",
          source: "test",
        });
        await runOp(otherCtx, "addApplication", {
          company: "Globex",
          role: "Analyst",
          id: "globex",
        });
        const r = await runOp(otherCtx, "logReply", {
          app: "globex",
          text: reply("Alex", "Priya"),
        });
        expect(r.reading?.signal).toBe("still-deciding");
      } finally {
        await other.close();
        rmSync(otherDir, { recursive: true, force: true });
      }
    });
  });

  it("needs a text or a signal", async () => {
    await addAcme();
    await expect(runOp(ctx, "logReply", { app: "acme" })).rejects.toMatchObject({
      code: "bad-input",
    });
  });
});

describe("importTimeline and exportTimeline", () => {
  const good = [
    '{"type":"application","app":"acme-pm","company":"Acme","role":"PM","timezone":"America/Denver"}',
    '{"type":"interview","app":"acme-pm","at":"2026-11-02T10:00","interviewers":[{"name":"Dana Lee"}],"mood":"good"}',
    "",
    '{"type":"sent","app":"acme-pm","at":"2026-11-02T16:30","kind":"thank-you","to":"Dana Lee"}',
  ].join("\n");

  it("imports every event and exports them back unchanged", async () => {
    const r = await runOp(ctx, "importTimeline", { text: good, name: "t.jsonl" });
    expect(r).toEqual({ imported: 3, applications: ["acme-pm"] });
    const { events } = await runOp(ctx, "exportTimeline", {});
    expect(events.map((e) => JSON.stringify(e)).join("\n")).toBe(
      good.split("\n").filter(Boolean).join("\n"),
    );
  });

  it("reports every bad line with its number and stores nothing", async () => {
    await addAcme();
    const bad = [
      '{"type":"application","app":"globex","company":"Globex","role":"SRE"}',
      '{"type":"interview","app":"globex","at":"next tuesday"}',
      "not json",
      '{"type":"sent","app":"globex","at":"2026-11-02T16:30","kind":"hug"}',
    ].join("\n");
    const err = await runOp(ctx, "importTimeline", { text: bad, name: "t.jsonl" }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: "bad-input" });
    const problems = (err as { problems: string[] }).problems;
    expect(problems).toEqual([
      expect.stringMatching(/^t\.jsonl:2: interview\.at: not a date-time/),
      expect.stringMatching(/^t\.jsonl:3: not valid JSON/),
      expect.stringMatching(/^t\.jsonl:4: sent\.kind: /),
    ]);
    expect(await store.appIds()).toEqual(["acme-pm"]);
  });

  it("refuses to define an application that is already stored", async () => {
    await runOp(ctx, "importTimeline", { text: good, name: "t.jsonl" });
    await expect(
      runOp(ctx, "importTimeline", { text: good, name: "again.jsonl" }),
    ).rejects.toMatchObject({
      problems: [
        expect.stringMatching(/^again\.jsonl:1: application\.app: "acme-pm" is already stored/),
      ],
    });
    expect(await store.timeline()).toHaveLength(3);
  });

  it("takes back a whole import with one undo", async () => {
    await addAcme();
    await runOp(ctx, "importTimeline", {
      text: good.replaceAll("acme-pm", "acme-2"),
      name: "t.jsonl",
    });
    const { undone } = await runOp(ctx, "undo", {});
    expect(undone).toHaveLength(3);
    expect(await store.appIds()).toEqual(["acme-pm"]);
  });
});

describe("settings", () => {
  it("shows the defaults and the machine's zone when nothing is set", async () => {
    const r = await runOp(ctx, "getSettings", {});
    expect(r.timezone).toBe("America/Denver");
    expect(r.policy.checkInAfterDecisionBusinessDays).toBe(3);
  });

  it("changes policy numbers, zone and working hours, and resets them", async () => {
    await runOp(ctx, "updateSettings", {
      timezone: "Europe/London",
      name: "Ann Lee",
      workingHours: { start: "08:30", end: "16:30" },
      policy: { checkInAfterDecisionBusinessDays: 4 },
    });
    let r = await runOp(await contextAt(NOW), "getSettings", {});
    expect(r.timezone).toBe("Europe/London");
    expect(r.policy.workingHours).toEqual({ start: "08:30", end: "16:30" });
    expect(r.policy.checkInAfterDecisionBusinessDays).toBe(4);
    await runOp(await contextAt(NOW), "updateSettings", {
      policy: { checkInAfterDecisionBusinessDays: null },
    });
    r = await runOp(await contextAt(NOW), "getSettings", {});
    expect(r.policy.checkInAfterDecisionBusinessDays).toBe(3);
    expect(r.policy.workingHours).toEqual({ start: "08:30", end: "16:30" });
  });

  it("checks every value and stores nothing when one is wrong", async () => {
    await expect(
      runOp(ctx, "updateSettings", {
        name: "Ann",
        timezone: "Nowhere/Land",
        policy: { checkInAfterDecisionBusinessDays: 9, thankYouHours: 24 },
      }),
    ).rejects.toMatchObject({
      problems: [
        expect.stringMatching(/^timezone: not a time zone/),
        "policy.checkInAfterDecisionBusinessDays: must be from 2 to 5, got 9",
      ],
    });
    expect(await store.settings()).toEqual({});
  });

  it("keeps the report's week end and paper, and refuses a day that is not one", async () => {
    await runOp(ctx, "updateSettings", { weekEnds: "friday", paper: "a4" });
    const r = await runOp(await contextAt(NOW), "getSettings", {});
    expect(r.settings).toMatchObject({ weekEnds: "friday", paper: "a4" });
    await expect(runOp(ctx, "updateSettings", { weekEnds: "fri" } as never)).rejects.toThrow(
      /^weekEnds: not one of monday, .*sunday/,
    );
  });
});

describe("undo", () => {
  it("takes back the last entry and says what it was", async () => {
    await addAcme();
    await runOp(ctx, "logSent", { app: "acme", kind: "thank-you", channel: "card" });
    const { undone } = await runOp(ctx, "undo", {});
    expect(undone.map((e) => e.event)).toMatchObject([{ type: "sent", kind: "thank-you" }]);
    expect((await store.timeline()).map((e) => e.type)).toEqual(["application"]);
  });
});

describe("importing events of a stored application", () => {
  it("says the application is stored already, on the event's line", async () => {
    await addAcme();
    const text = '{"type":"sent","app":"acme-pm","at":"2026-11-02T16:30","kind":"thank-you"}';
    await expect(runOp(ctx, "importTimeline", { text, name: "t.jsonl" })).rejects.toMatchObject({
      problems: [expect.stringMatching(/^t\.jsonl:1: sent\.app: "acme-pm" is stored already/)],
    });
  });
});

describe("dismissAction", () => {
  /** Acme interviewed Mon 2 Nov with Dana and Sam; a brush-off came Tue 10 Nov. */
  async function brushedOff(): Promise<void> {
    await addAcme();
    await runOp(ctx, "logInterview", {
      app: "acme",
      at: "2026-11-02T10:00",
      interviewers: [{ name: "Dana Lee" }, { name: "Sam Ortiz" }],
    });
    await runOp(ctx, "logReply", {
      app: "acme",
      from: "Dana",
      signal: "brush-off",
      at: "2026-11-10T10:00",
    });
  }

  it("drops a missed thank-you, and undo brings it back", async () => {
    await brushedOff();
    const january = await contextAt(Date.parse("2027-01-06T12:00:00-07:00"));
    const before = await runOp(january, "agenda", {});
    expect(before.actions.map((a) => [a.kind, a.to, a.missed])).toEqual([
      ["thank-you", "Dana Lee", true],
      ["thank-you", "Sam Ortiz", true],
      ["let-go", undefined, undefined],
    ]);
    const dropped = await runOp(january, "dismissAction", {
      app: "acme",
      kind: "thank-you",
      to: "sam",
    });
    expect(dropped.event).toMatchObject({ type: "dismiss", kind: "thank-you", to: "Sam Ortiz" });
    expect(dropped.changes).toMatchObject([
      { change: "dropped", action: { kind: "thank-you", to: "Sam Ortiz" } },
    ]);
    await runOp(january, "undo", {});
    expect((await runOp(january, "agenda", {})).actions).toHaveLength(3);
  });

  it("acknowledges advice to let go, which leaves the agenda", async () => {
    await brushedOff();
    const later = await contextAt(Date.parse("2026-11-11T09:00:00-07:00"));
    const acked = await runOp(later, "dismissAction", { app: "acme", kind: "let-go" });
    expect(acked.actions.filter((a) => a.kind === "let-go")).toEqual([]);
  });

  it("refuses to guess between several, naming them, and stores nothing", async () => {
    await brushedOff();
    const january = await contextAt(Date.parse("2027-01-06T12:00:00-07:00"));
    const stored = (await store.timeline()).length;
    await expect(runOp(january, "dismissAction", { app: "acme" })).rejects.toMatchObject({
      code: "bad-input",
      message: expect.stringContaining("thank-you to Dana Lee, thank-you to Sam Ortiz, let-go"),
    });
    await expect(
      runOp(january, "dismissAction", { app: "acme", kind: "value-add" }),
    ).rejects.toMatchObject({ code: "not-found" });
    expect((await store.timeline()).length).toBe(stored);
  });
});

describe("a huge reply", () => {
  // A 50 MB reply made every agenda take 38 s: the log was read, checked and gauged whole.
  it("is read only as far as planning reads it by the agenda and the list, and whole by show", async () => {
    let read = 0;
    const counted = new Proxy(store, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (prop !== "timeline" && prop !== "events") {
          return typeof value === "function" ? value.bind(target) : value;
        }
        return async (filter?: object) => {
          const got = await (value as (f?: object) => Promise<unknown[]>).call(target, filter);
          read += JSON.stringify(got).length;
          return got;
        };
      },
    });
    const at = (now: number) =>
      createContext({ store: counted, now, fallbackZone: "America/Denver", source: "test" });
    await addAcme();
    const text = `Thanks for checking in! We're still interviewing. ${"More words here. ".repeat(300_000)}`;
    await runOp(ctx, "logReply", { app: "acme", text, at: "2026-11-02T11:00" });
    read = 0;
    const later = await at(Date.parse("2026-11-20T12:00:00-07:00"));
    await runOp(later, "agenda", {});
    await runOp(later, "listApplications", {});
    expect(read).toBeLessThan(500_000);
    const stored = (await store.timeline()).find((e) => e.type === "reply");
    expect((stored as { text: string }).text.length).toBeGreaterThan(5_000_000);
    const shown = await runOp(later, "showApplication", { app: "acme" });
    expect(shown.events.map((e) => e.event)).toContainEqual(stored);
  });
});
