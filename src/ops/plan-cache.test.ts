/**
 * The agenda's kept plans, against real SQLite files: the agenda must always equal planning
 * the whole log afresh (`planFor`), whatever was kept, and keep using what still holds.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Action, ActionKind, TimelineEvent } from "../core/types.js";
import { openStore } from "../store/index.js";
import { migrationProvider } from "../store/migrations.js";
import type { Store } from "../store/types.js";
import { createContext, type OpContext } from "./context.js";
import { hash128, orderEntries, type PlannedEntry, planKey } from "./plan-cache.js";
import { agenda, planFor } from "./read.js";

const ZONE = "America/Denver";
/** Tue 3 Nov 2026, 12:00 in Denver. */
const NOW = Date.parse("2026-11-03T12:00:00-07:00");
const HOUR = 3_600_000;
const meta = { recordedAt: NOW, source: "test" };

const app = (id: string, company: string): TimelineEvent => ({
  type: "application",
  app: id,
  company,
  role: "PM",
  timezone: ZONE,
  region: "US",
});

/**
 * Three applications: a thank-you due and a check-in after it, an interview coming, a
 * brush-off to let go.
 */
const TIMELINE: TimelineEvent[] = [
  app("acme", "Acme"),
  {
    type: "interview",
    app: "acme",
    at: "2026-11-02T10:00" /* Mon */,
    interviewers: [{ name: "Dana Lee" }],
    decisionBy: "2026-11-06" /* Fri */,
  },
  app("globex", "Globex"),
  {
    type: "interview",
    app: "globex",
    at: "2026-11-09T14:00" /* Mon */,
    interviewers: [{ name: "Sam Ortiz" }],
  },
  app("initech", "Initech"),
  { type: "interview", app: "initech", at: "2026-10-26T09:00" /* Mon */ },
  { type: "sent", app: "initech", at: "2026-10-26T15:00" /* Mon */, kind: "thank-you" },
  {
    type: "reply",
    app: "initech",
    at: "2026-10-30T09:00" /* Fri */,
    from: "Priya Shah",
    signal: "brush-off",
  },
];

let dir: string;
let store: Store;

async function at(now: number, s: Store = store): Promise<OpContext> {
  return createContext({ store: s, now, fallbackZone: ZONE, source: "test" });
}

/** The agenda (everything planned) with kept plans, and the same planned from scratch. */
async function bothAt(now: number, s: Store = store) {
  const ctx = await at(now, s);
  return { kept: (await agenda(ctx, { all: true })).actions, fresh: await planFor(ctx) };
}

function rows(): { app: string; planned_at: number; stable_until: number | null }[] {
  const db = new Database(join(dir, "hearback.db"), { readonly: true });
  try {
    return db
      .prepare("SELECT app, planned_at, stable_until FROM plan_cache ORDER BY app")
      .all() as { app: string; planned_at: number; stable_until: number | null }[];
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "hearback-plan-cache-"));
  store = await openStore({ dir });
  await store.updateSettings({ timezone: ZONE, region: "US" });
  await store.append(TIMELINE, meta);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the agenda's kept plans", () => {
  describe("on a first run", () => {
    it("plans every application, keeps each plan, and equals planning afresh", async () => {
      const { kept, fresh } = await bothAt(NOW);
      expect(kept).toEqual(fresh);
      expect(kept.map((a) => a.kind).sort()).toEqual([
        "ask-timeline",
        "check-in",
        "let-go",
        "thank-you",
      ]);
      expect(rows().map((r) => [r.app, r.planned_at])).toEqual([
        ["acme", NOW],
        ["globex", NOW],
        ["initech", NOW],
      ]);
    });
  });

  describe("on later runs", () => {
    it("reads what still holds instead of planning it again", async () => {
      await agenda(await at(NOW), { all: true });
      // A kept plan is believed as it stands: changing its text shows in the agenda.
      const db = new Database(join(dir, "hearback.db"));
      db.prepare(
        "UPDATE plan_actions SET entry = replace(entry, 'Sam Ortiz', 'Sam Kept') WHERE app = 'globex'",
      ).run();
      db.close();
      const later = NOW + HOUR;
      const { kept } = await bothAt(later);
      expect(kept.find((a) => a.app === "globex")?.to).toBe("Sam Kept");
      expect(rows().find((r) => r.app === "globex")?.planned_at).toBe(NOW);
    });

    it("recomputes overdue and a deadline of 'now' for the moment asked about", async () => {
      await agenda(await at(NOW), { all: true });
      // The thank-you (due by Tue 3 Nov, 11:00) is overdue a day later; the let-go moves on.
      const later = NOW + 24 * HOUR;
      const { kept, fresh } = await bothAt(later);
      expect(kept).toEqual(fresh);
      expect(kept.find((a) => a.kind === "thank-you")?.overdue).toBe(true);
      expect(kept.find((a) => a.kind === "let-go")?.dueBy).toBe("2026-11-04T12:00:00-07:00");
    });
  });

  describe("plans again what changed", () => {
    it.each([
      [
        "a new event",
        async () => {
          await store.append(
            [
              {
                type: "sent",
                app: "acme",
                at: "2026-11-03T09:00" /* Tue */,
                kind: "thank-you",
                to: "Dana Lee",
              },
            ],
            meta,
          );
        },
        "acme",
      ],
      [
        "an undo",
        async () => {
          await store.append(
            [{ type: "note", app: "globex", at: "2026-11-03T08:00", text: "x" }],
            meta,
          );
          await agenda(await at(NOW), { all: true });
          await store.undo(meta);
        },
        "globex",
      ],
      [
        "an amendment",
        async () => {
          const [, iv] = await store.events({ app: "acme" });
          await store.amend(
            iv!.id,
            { ...(iv!.event as TimelineEvent & { type: "interview" }), decisionBy: "2026-11-13" },
            meta,
          );
        },
        "acme",
      ],
    ])("after %s", async (_what, change, changed) => {
      await agenda(await at(NOW), { all: true });
      await change();
      const later = NOW + HOUR;
      const { kept, fresh } = await bothAt(later);
      expect(kept).toEqual(fresh);
      const byApp = Object.fromEntries(rows().map((r) => [r.app, r.planned_at]));
      expect(byApp[changed]).toBe(later);
      for (const other of ["acme", "globex", "initech"].filter((a) => a !== changed)) {
        expect(byApp[other]).toBe(NOW);
      }
    });

    it("plans again an application whose reply reads like one the user just labelled", async () => {
      // The same reply from two companies: the gauge reads Hooli's as the user labels Acme's.
      const reply = (sender: string) =>
        `Hi, thanks so much for your note and for your patience. The team is still meeting other people this month. We'll be in touch.\n\nBest,\n${sender}`;
      await store.append(
        [
          { type: "reply", app: "acme", at: "2026-11-02T15:00", text: reply("Dana") },
          app("hooli", "Hooli"),
          { type: "interview", app: "hooli", at: "2026-10-26T10:00" /* Mon */ },
          { type: "reply", app: "hooli", at: "2026-10-29T16:00", text: reply("Gavin at Hooli") },
        ],
        meta,
      );
      const before = (await agenda(await at(NOW), { all: true })).actions;
      const acmeReply = (await store.events({ app: "acme" })).find(
        (e) => e.event.type === "reply",
      )!;
      await store.amend(acmeReply.id, { ...acmeReply.event, signal: "brush-off" }, meta);
      const { kept, fresh } = await bothAt(NOW + HOUR);
      const hooli = (actions: readonly Action[]) =>
        actions.filter((a) => a.app === "hooli").map((a) => a.kind);
      // Hooli's log did not change, but how its reply reads did.
      expect(hooli(before)).not.toContain("let-go");
      expect(hooli(fresh)).toContain("let-go");
      expect(kept).toEqual(fresh);
    });

    it("plans everything again when the settings change", async () => {
      await agenda(await at(NOW), { all: true });
      await store.updateSettings({ policy: { thankYouHours: 48 } });
      const later = NOW + HOUR;
      const { kept, fresh } = await bothAt(later);
      expect(kept).toEqual(fresh);
      expect(kept.find((a) => a.kind === "thank-you")?.dueBy).toBe("2026-11-04T11:00:00-07:00");
      expect(kept.find((a) => a.kind === "thank-you")?.overdue).toBe(false);
      expect(rows().every((r) => r.planned_at === later)).toBe(true);
    });

    it("plans an application again once the clock passes its stable_until", async () => {
      await agenda(await at(NOW), { all: true });
      const globex = rows().find((r) => r.app === "globex")!;
      // Globex's plan holds until its interview starts (Mon 9 Nov, 14:00).
      expect(globex.stable_until).toBe(Date.parse("2026-11-09T14:00:00-07:00"));
      const after = globex.stable_until! + HOUR;
      const { kept, fresh } = await bothAt(after);
      expect(kept).toEqual(fresh);
      expect(kept.some((a) => a.app === "globex" && a.kind === "ask-timeline")).toBe(false);
      expect(rows().find((r) => r.app === "globex")?.planned_at).toBe(after);
    });

    it("plans again for a moment before the one a plan was made at", async () => {
      await agenda(await at(NOW), { all: true });
      const before = Date.parse("2026-11-02T09:00:00-07:00"); /* Mon, before Acme's interview */
      const { kept, fresh } = await bothAt(before);
      expect(kept).toEqual(fresh);
      expect(kept.some((a) => a.app === "acme" && a.kind === "ask-timeline")).toBe(true);
    });

    it("forgets nothing when a whole application is taken back", async () => {
      await store.append([app("hooli", "Hooli")], meta);
      await agenda(await at(NOW), { all: true });
      await store.undo(meta);
      const { kept, fresh } = await bothAt(NOW + HOUR);
      expect(kept).toEqual(fresh);
      expect(kept.some((a) => a.app === "hooli")).toBe(false);
    });
  });

  describe("what the agenda shows", () => {
    it.each([
      ["the first run", false],
      ["a later run", true],
    ])(
      "on %s, shows what is overdue or opens within 7 days and counts the rest",
      async (_when, warm) => {
        // Hooli's interview is a month away: its thank-you opens after the 7 days.
        await store.append(
          [
            app("hooli", "Hooli"),
            { type: "interview", app: "hooli", at: "2026-12-03T10:00" /* Thu */ },
          ],
          meta,
        );
        if (warm) await agenda(await at(NOW - HOUR), {});
        const ctx = await at(NOW);
        const fresh = await planFor(ctx);
        const horizon = NOW + 7 * 24 * HOUR;
        const shown = fresh.filter((a) => a.overdue || Date.parse(a.dueFrom) <= horizon);
        const result = await agenda(ctx, {});
        expect(result.actions).toEqual(shown);
        expect(result.later).toBe(fresh.length - shown.length);
        expect(result.later).toBeGreaterThan(0);
      },
    );

    it("does not count the kept actions of an application planned again", async () => {
      await store.append(
        [app("hooli", "Hooli"), { type: "interview", app: "hooli", at: "2026-12-03T10:00" }],
        meta,
      );
      await agenda(await at(NOW), {});
      // Hooli's interview moves into the week: its kept thank-you (later) no longer holds.
      const [, iv] = await store.events({ app: "hooli" });
      await store.amend(
        iv!.id,
        { type: "interview", app: "hooli", at: "2026-11-05T10:00" /* Thu */ },
        meta,
      );
      const ctx = await at(NOW + HOUR);
      const fresh = await planFor(ctx);
      const result = await agenda(ctx, {});
      expect(result.actions.some((a) => a.app === "hooli")).toBe(true);
      expect(result.actions.length + result.later).toBe(fresh.length);
    });
  });

  describe("ordering what was kept", () => {
    it("orders names as the planner does, where SQLite's byte order differs", async () => {
      // U+1F600 sorts after U+FF21 by UTF-8 bytes (SQLite) but before it by UTF-16 units.
      await store.append(
        [
          app("wayne", "Wayne"),
          {
            type: "interview",
            app: "wayne",
            at: "2026-11-03T09:00" /* Tue */,
            interviewers: [{ name: "\uFF21nn" }, { name: "\u{1F600} Bo" }, { name: "Cy" }],
          },
        ],
        meta,
      );
      await agenda(await at(NOW), { all: true });
      const { kept, fresh } = await bothAt(NOW + HOUR);
      expect(kept).toEqual(fresh);
      expect(kept.filter((a) => a.app === "wayne" && a.kind === "thank-you")).toHaveLength(3);
    });

    it("puts the actions due now among the others as the planner does", async () => {
      // Initech's let-go is due "now" at whatever moment is asked about.
      await agenda(await at(NOW), { all: true });
      for (const later of [NOW + HOUR, NOW + 24 * HOUR, NOW + 5 * 24 * HOUR]) {
        const { kept, fresh } = await bothAt(later);
        expect(kept).toEqual(fresh);
      }
    });
  });

  describe("with another process at work", () => {
    it("never replaces a plan kept from a later log entry with an older one", async () => {
      const plans = store.plans!;
      const plan = (lastEntry: number, to: string) => ({
        app: "acme",
        lastEntry,
        key: "k",
        plannedAt: NOW,
        stableUntil: null,
        actions: [
          {
            dueByMs: NOW,
            dueFromMs: NOW,
            kindOrder: 1,
            person: to,
            floatingZone: null,
            json: JSON.stringify({ app: "acme", to }),
          },
        ],
      });
      const log = { from: 0, to: 0 };
      expect(await plans.keep([plan(20, "newer")], log)).toBe(true);
      expect(await plans.keep([plan(10, "older")], log)).toBe(true);
      const db = new Database(join(dir, "hearback.db"), { readonly: true });
      try {
        expect(db.prepare("SELECT last_entry FROM plan_cache").pluck().all()).toEqual([20]);
        expect(db.prepare("SELECT person FROM plan_actions").pluck().all()).toEqual(["newer"]);
      } finally {
        db.close();
      }
    });

    it("plans again an application written to between another reader's look and its keep", async () => {
      await agenda(await at(NOW), { all: true });
      // A reader looks at the kept plans...
      const ctx = await at(NOW + HOUR);
      const seen = await store.plans!.fresh({ key: planKey(ctx), now: ctx.now, horizon: null });
      expect(seen.stale).toEqual([]);
      // ...another process records an event for Globex...
      await store.append(
        [{ type: "note", app: "globex", at: "2026-11-03T13:00" /* Tue */, text: "called" }],
        meta,
      );
      // ...and the reader keeps what it checked, which must not cover Globex's new entry.
      expect(await store.plans!.keep([], seen.log)).toBe(true);
      const { kept, fresh } = await bothAt(NOW + 2 * HOUR);
      expect(kept).toEqual(fresh);
      expect(rows().find((r) => r.app === "globex")?.planned_at).toBe(NOW + 2 * HOUR);
    });
  });

  describe("when many plans are made again at once", () => {
    const MANY = 1_200;
    const many = (): TimelineEvent[] =>
      Array.from({ length: MANY }, (_, i) => [
        app(`co-${i}`, `Co ${i}`),
        {
          type: "interview" as const,
          app: `co-${i}`,
          at: `2026-11-0${1 + (i % 3)}T10:00` /* Sun-Tue */,
          interviewers: [{ name: `Person ${i % 7}` }],
        },
      ]).flat();
    const keptActions = () => {
      const db = new Database(join(dir, "hearback.db"), { readonly: true });
      try {
        return db.prepare("SELECT app, seq FROM plan_actions").all() as {
          app: string;
          seq: number;
        }[];
      } finally {
        db.close();
      }
    };

    it("replaces every kept action after the settings change", async () => {
      await store.append(many(), meta);
      await agenda(await at(NOW), { all: true });
      await store.updateSettings({ policy: { thankYouHours: 48 } });
      const { kept, fresh } = await bothAt(NOW + HOUR);
      expect(kept).toEqual(fresh);
      expect(keptActions()).toHaveLength(fresh.length);
      expect((await bothAt(NOW + 2 * HOUR)).kept).toEqual((await bothAt(NOW + 2 * HOUR)).fresh);
    });

    it("keeps the actions of a plan kept from a later entry", async () => {
      await store.append(many(), meta);
      await agenda(await at(NOW), { all: true });
      // As if another process had planned co-7 from an entry this one has not seen yet.
      const newer = {
        dueByMs: NOW,
        dueFromMs: NOW,
        kindOrder: 1,
        person: "newer",
        floatingZone: null,
        json: "{}",
      };
      const plan = { app: "co-7", lastEntry: 1e9, key: "k", plannedAt: NOW, stableUntil: null };
      await store.plans!.keep([{ ...plan, actions: [newer] }], { from: 0, to: 0 });
      await store.updateSettings({ policy: { thankYouHours: 48 } });
      const { kept, fresh } = await bothAt(NOW + HOUR);
      expect(kept).toEqual(fresh);
      expect(keptActions().filter((a) => a.app === "co-7")).toEqual([{ app: "co-7", seq: 0 }]);
      expect(keptActions()).toHaveLength(
        fresh.length - fresh.filter((a) => a.app === "co-7").length + 1,
      );
    });
  });

  describe("when kept plans are deleted by hand", () => {
    it.each([
      ["one kept plan", "DELETE FROM plan_cache WHERE app = 'globex'"],
      ["every kept plan", "DELETE FROM plan_cache"],
      ["the mark of what was checked", "DELETE FROM plan_cache_log"],
    ])("plans again what is missing after deleting %s", async (_what, statement) => {
      await agenda(await at(NOW), { all: true });
      const db = new Database(join(dir, "hearback.db"));
      db.exec(statement);
      db.close();
      const { kept, fresh } = await bothAt(NOW + HOUR);
      expect(kept).toEqual(fresh);
      expect(rows().map((r) => r.app)).toEqual(["acme", "globex", "initech"]);
    });
  });

  describe("when the plans cannot be kept", () => {
    it("still answers, without waiting for another process's write", async () => {
      // Were the cache write to wait for the lock as other writes do, this would hang a minute.
      const patient = await openStore({ dir, busyTimeoutMs: 60_000 });
      const other = new Database(join(dir, "hearback.db"));
      other.exec("BEGIN IMMEDIATE");
      try {
        const { kept, fresh } = await bothAt(NOW, patient);
        expect(kept).toEqual(fresh);
        expect(kept).toHaveLength(4);
      } finally {
        other.exec("ROLLBACK");
        other.close();
        await patient.close();
      }
      expect(rows()).toEqual([]);
    });

    it("still answers when writing the cache fails", async () => {
      const db = new Database(join(dir, "hearback.db"));
      db.exec(
        "CREATE TRIGGER refuse BEFORE INSERT ON plan_cache BEGIN SELECT RAISE(ABORT, 'disk full'); END",
      );
      db.close();
      const { kept, fresh } = await bothAt(NOW);
      expect(kept).toEqual(fresh);
      expect(kept).toHaveLength(4);
      expect(rows()).toEqual([]);
      // The store itself still writes.
      await store.append([app("hooli", "Hooli")], meta);
      expect(await store.appIds()).toContain("hooli");
    });
  });
});

describe("a database from before kept plans were one row per action", () => {
  it("is brought up to date, keeps its log, and plans the agenda afresh", async () => {
    await store.close();
    const oldDir = join(dir, "v3");
    const { mkdirSync, readdirSync } = await import("node:fs");
    mkdirSync(oldDir);
    const raw = new Database(join(oldDir, "hearback.db"));
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const v3 = await new Migrator({ db, provider: migrationProvider }).migrateTo("0003-plan-cache");
    expect(v3.error).toBeUndefined();
    raw.pragma("user_version = 3");
    const insert = raw.prepare(
      "INSERT INTO events (app, type, body, batch, recorded_at, source) VALUES (?, ?, ?, 1, 0, 'v3')",
    );
    for (const e of TIMELINE) insert.run(e.app, e.type, JSON.stringify(e));
    raw
      .prepare("INSERT INTO settings (key, value) VALUES ('timezone', ?), ('region', ?)")
      .run(JSON.stringify(ZONE), JSON.stringify("US"));
    // A plan kept by the previous schema (its text would be wrong now): not carried over.
    raw
      .prepare(
        "INSERT INTO plan_cache (app, last_entry, key, planned_at, actions) VALUES ('acme', 99, 'k', 0, '[]')",
      )
      .run();
    await db.destroy();

    store = await openStore({ dir: oldDir });
    expect(await store.timeline()).toEqual(TIMELINE);
    const { kept, fresh } = await bothAt(NOW);
    expect(kept).toEqual(fresh);
    expect(kept).toHaveLength(4);
    expect(readdirSync(oldDir).filter((f) => f.endsWith(".bak"))).toEqual([
      "hearback.db.before-0004-plan-actions.bak",
    ]);
    const { kept: again } = await bothAt(NOW + HOUR);
    expect(again).toEqual((await bothAt(NOW + HOUR)).fresh);
  });
});

describe("a database opened by a development build of the v4 kept plans", () => {
  it("has its kept plans made afresh, and its agenda equals planning afresh", async () => {
    await store.close();
    const oldDir = join(dir, "v4dev");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(oldDir);
    const raw = new Database(join(oldDir, "hearback.db"));
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const v4 = await new Migrator({ db, provider: migrationProvider }).migrateTo(
      "0004-plan-actions",
    );
    expect(v4.error).toBeUndefined();
    // The first form of v4: each action's JSON alone, and no trigger to replace a plan.
    raw.exec(`DROP TABLE plan_actions; DROP TRIGGER plan_cache_replace;
      CREATE TABLE plan_actions (due_by_ms INTEGER NOT NULL, app TEXT NOT NULL,
        kind_order INTEGER NOT NULL, person TEXT NOT NULL, seq INTEGER NOT NULL,
        due_from_ms INTEGER NOT NULL, floating_zone TEXT, action TEXT NOT NULL,
        PRIMARY KEY (due_by_ms, app, kind_order, person, seq)) WITHOUT ROWID`);
    raw.pragma("user_version = 4");
    await db.destroy();
    store = await openStore({ dir: oldDir });
    await store.updateSettings({ timezone: ZONE, region: "US" });
    await store.append(TIMELINE, meta);
    for (const moment of [NOW, NOW + HOUR]) {
      const { kept, fresh } = await bothAt(moment);
      expect(kept).toEqual(fresh);
    }
    const check = new Database(join(oldDir, "hearback.db"), { readonly: true });
    try {
      expect(check.prepare("SELECT count(*) FROM plan_cache").pluck().get()).toBe(3);
    } finally {
      check.close();
    }
  });
});

describe("the key kept plans are checked against", () => {
  it("is 32 hex digits, the same for the same text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(hash128(text)).toMatch(/^[0-9a-f]{32}$/);
        expect(hash128(text)).toBe(hash128(text.slice()));
      }),
    );
  });

  it("differs for settings that differ in one character, a swap or a length", () => {
    const base = JSON.stringify(["1:chunk-ABC.js", ZONE, { timezone: ZONE, region: "US" }]);
    const variants = new Set<string>([base]);
    for (let i = 0; i < base.length; i++) {
      for (const c of ["a", "0", " ", "\u00e9"]) {
        variants.add(base.slice(0, i) + c + base.slice(i + 1));
      }
      variants.add(base.slice(0, i) + base.slice(i + 1));
      if (i > 0) variants.add(base.slice(0, i - 1) + base[i] + base[i - 1] + base.slice(i + 1));
    }
    const hashes = new Set([...variants].map(hash128));
    expect(hashes.size).toBe(variants.size);
  });

  it("changes with the settings", async () => {
    const ctx = await at(NOW);
    const other = { ...ctx, settings: { ...ctx.settings, policy: { thankYouHours: 48 } } };
    expect(planKey(other)).not.toBe(planKey(ctx));
    expect(planKey({ ...ctx, fallbackZone: "Europe/Berlin" })).not.toBe(planKey(ctx));
  });
});

describe("ordering the kept plans' actions", () => {
  const KINDS: readonly ActionKind[] = [
    "ask-timeline",
    "check-in",
    "final-thanks",
    "keep-in-touch",
    "let-go",
    "thank-you",
    "value-add",
  ];
  // Few apps, people and deadlines, so that many entries tie on their deadline.
  const entry = fc
    .record({
      dueByMs: fc.integer({ min: 0, max: 6 }).map((h) => NOW + h * HOUR),
      app: fc.constantFrom("acme", "globex", "initech"),
      kind: fc.constantFrom(...KINDS),
      to: fc.option(fc.constantFrom("Ann", "Bo"), { nil: undefined }),
      tag: fc.nat(),
    })
    .map(({ dueByMs, app, kind, to, tag }): PlannedEntry => {
      const action = { app, kind, ...(to === undefined ? {} : { to }), reason: String(tag) };
      return { dueByMs, dueFromMs: dueByMs, action: action as unknown as Action };
    });

  it("orders by deadline, then app, kind and person, keeping the given order of ties", () => {
    let tied = 0;
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60, size: "max" }), (entries) => {
        const sorted = orderEntries([...entries]);
        let tie = false;
        expect(sorted).toHaveLength(entries.length);
        for (let i = 1; i < sorted.length; i++) {
          const p = sorted[i - 1]!;
          const q = sorted[i]!;
          const key = (e: PlannedEntry) =>
            [e.dueByMs, e.action.app, KINDS.indexOf(e.action.kind), e.action.to ?? ""] as const;
          const [a, b] = [key(p), key(q)];
          const cmp =
            a[0] - b[0] ||
            (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) ||
            a[2] - b[2] ||
            (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0);
          expect(cmp).toBeLessThanOrEqual(0);
          // Equal keys keep the order they were given in (the planner's, per application).
          if (cmp === 0) expect(entries.indexOf(p)).toBeLessThan(entries.indexOf(q));
          tie ||= cmp === 0;
        }
        expect(new Set(sorted)).toEqual(new Set(entries));
        if (tie) tied++;
      }),
    );
    // Entries equal on the whole key, whose given order must be kept (fast-check runs 100 cases).
    expect(tied).toBeGreaterThanOrEqual(20);
  });
});
