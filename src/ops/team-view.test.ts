import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres, type TestPostgres } from "../../test/postgres.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import type { TimelineEvent } from "../core/types.js";
import { type Account, Accounts } from "../store/accounts.js";
import { PostgresDatabase, type Reading } from "../store/postgres.js";
import { agenda } from "./read.js";
import { candidateContext, coachOverview } from "./team-view.js";

const at = (iso: string) => Date.parse(`${iso}Z`);
const meta = { recordedAt: at("2026-11-02T08:00"), source: "test" };
const events = (...list: object[]) => list as unknown as TimelineEvent[];
const acme = { type: "application", app: "acme", company: "Acme", role: "PM", timezone: "UTC" };
// Interviewed on Monday morning: the thank-you is due that day, overdue a day after.
const interview = {
  type: "interview",
  app: "acme",
  at: "2026-11-02T09:00",
  interviewers: [{ name: "Lee" }],
};
// Thanked a week before: a check-in opens days later.
const globex = [
  { type: "application", app: "globex", company: "Globex", role: "PM", timezone: "UTC" },
  { type: "interview", app: "globex", at: "2026-10-26T09:00", interviewers: [{ name: "Sam" }] },
  { type: "sent", app: "globex", at: "2026-10-26T15:00", kind: "thank-you", to: "Sam" },
];

describeWith(PROGRAMS.postgresql, "a coach's view of kept overviews", {}, () => {
  let server: TestPostgres;
  let dataDir: string;
  let url: string;
  let database: PostgresDatabase;
  let accounts: Accounts;
  let coach: Account;
  let other: Account;
  let ann: Account;
  beforeAll(async () => {
    server = await startPostgres();
    dataDir = mkdtempSync(join(tmpdir(), "hearback-team-view-"));
    url = await server.newDatabase({ owner: "app" });
    database = await PostgresDatabase.connect({ url });
    accounts = new Accounts(database.db as never);
    const org = await accounts.organisation("Career Centre");
    const person = (email: string, role: "candidate" | "coach") =>
      accounts.create({ organisation: org, email, name: email, role, passwordHash: "-", now: 0 });
    coach = await person("cleo@example.com", "coach");
    other = await person("max@example.com", "coach");
    ann = await person("ann@example.com", "candidate");
    await accounts.share(ann, coach.email, 0);
    await database.store(ann.id, dataDir).append(events(acme, interview, ...globex), meta);
  });
  afterAll(async () => {
    await database?.close();
    server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const view = async (iso: string, viewer = coach) => {
    const [o, ...more] = await coachOverview({
      database,
      accounts,
      coach: viewer,
      dataDir,
      now: at(iso),
      fallbackZone: "UTC",
    });
    expect(more).toEqual([]);
    return o!;
  };
  const dbName = () => new URL(url).pathname.slice(1);
  const kept = () =>
    server.query<{ account: number; last_entry: string }>(
      dbName(),
      "SELECT account::int, last_entry FROM overviews",
    );
  const forget = () => server.query(dbName(), "DELETE FROM overviews");

  it("keeps each candidate's overview, and shows as the clock moves what one made afresh shows", async () => {
    await forget();
    const monday = await view("2026-11-02T12:00");
    expect(monday.dueToday.map((a) => [a.kind, a.overdue])).toEqual([["thank-you", false]]);
    expect(await kept()).toEqual([{ account: ann.id, last_entry: expect.any(String) }]);
    // Every 11 hours for two weeks: the kept overview, set to that moment (and made again
    // where it stopped holding), against one made from the log at that moment.
    for (let hour = 18; hour < 24 * 14; hour += 11) {
      const moment = new Date(at("2026-11-02T00:00") + hour * 3_600_000).toISOString().slice(0, 16);
      const fromKept = await view(moment);
      await forget();
      expect([moment, fromKept]).toEqual([moment, await view(moment)]);
    }
    const wednesday = await view("2026-11-04T12:00");
    expect(wednesday.thankYousOverdue.map((a) => a.to)).toEqual(["Lee"]);
  });

  it("makes several views' overviews at once, each on one connection of a small pool", async () => {
    const small = await PostgresDatabase.connect({ url, poolSize: 2 });
    try {
      await forget();
      // Each view finds Ann's overview missing and makes it (a few at once, no turns).
      const views = await Promise.all(
        Array.from({ length: 4 }, () =>
          coachOverview({
            database: small,
            accounts: new Accounts(small.db as never),
            coach,
            dataDir,
            now: at("2026-11-02T12:00"),
            fallbackZone: "UTC",
          }),
        ),
      );
      expect(views.map((v) => v.map((o) => o.candidate.id))).toEqual(Array(4).fill([ann.id]));
      expect(await kept()).toEqual([{ account: ann.id, last_entry: expect.any(String) }]);
    } finally {
      await small.close();
    }
  });

  it("makes a candidate's overview again once they write, or change their settings", async () => {
    await view("2026-11-02T12:00");
    const store = database.store(ann.id, dataDir);
    await store.append(
      events({ type: "sent", app: "acme", at: "2026-11-02T11:00", kind: "thank-you" }),
      meta,
    );
    expect((await view("2026-11-02T12:00")).dueToday).toEqual([]);
    await store.undo(meta);
    expect((await view("2026-11-02T12:00")).dueToday.map((a) => a.kind)).toEqual(["thank-you"]);
    await store.updateSettings({ timezone: "Asia/Tokyo" });
    expect((await view("2026-11-02T12:00")).zone).toBe("Asia/Tokyo");
    await store.updateSettings({ timezone: null });
    expect((await view("2026-11-02T12:00")).zone).toBe("UTC");
  });

  it("are read and written only by a coach the candidate shares with", async () => {
    await view("2026-11-02T12:00");
    const as = <T>(viewer: number, fn: (reading: Reading) => Promise<T>) =>
      database.readAs(viewer, dataDir, 1, fn);
    expect(await as(other.id, (r) => r.keptOverviews([ann.id]))).toEqual(
      new Map([[ann.id, { lastEntry: 0 }]]),
    );
    const forged = { account: ann.id, key: "-", lastEntry: 0, stableUntil: null, body: "{}" };
    await expect(as(other.id, (r) => r.keepOverviews([forged]))).rejects.toThrow(
      /row-level security/,
    );
    const coachs = (await as(coach.id, (r) => r.keptOverviews([ann.id]))).get(ann.id)?.kept;
    expect(coachs).toBeDefined();
    expect(coachs?.key).not.toBe(forged.key);
  });

  it("sends a body again only to a reader that does not hold that version of it", async () => {
    await view("2026-11-02T12:00");
    const kept = (held: ReadonlyMap<number, string>) =>
      database
        .settingsAndOverviews([ann.id], coach.id, held)
        .then((r) => r.kept.get(ann.id)!.kept!);
    const { version, body } = await kept(new Map());
    expect(body).toEqual(expect.any(String));
    const held = (v: string) => kept(new Map([[ann.id, v]]));
    expect(await held(version)).toMatchObject({ version, body: null });
    expect(await held(`${version}0`)).toMatchObject({ version, body });
  });

  it("uses a body the process holds only while PostgreSQL says the kept one is that version", async () => {
    await view("2026-11-02T12:00");
    await view("2026-11-02T12:00"); // read from the database, and held
    const said = async () => (await view("2026-11-02T12:00")).dueToday.map((a) => a.reason);
    const [reason] = await said();
    // Another process keeps its own (here: the same, worded otherwise).
    await server.query(dbName(), "UPDATE overviews SET body = replace(body, 'Lee', 'L. Lee')");
    expect(await said()).toEqual([reason!.replace("Lee", "L. Lee")]);
  });

  describe("a candidate's summary", () => {
    let tess: Account;
    let ben: Account;
    const interviewed = (app: string, at: string, name: string) => [
      { type: "application", app, company: app.toUpperCase(), role: "PM", timezone: "UTC" },
      { type: "interview", app, at, interviewers: [{ name }] },
    ];
    beforeAll(async () => {
      const org = await accounts.organisation("Career Centre");
      const person = (email: string, role: "candidate" | "coach") =>
        accounts.create({ organisation: org, email, name: email, role, passwordHash: "-", now: 0 });
      tess = await person("tess@example.com", "coach");
      ben = await person("ben@example.com", "candidate");
      await accounts.share(ben, tess.email, 0);
      await database.store(ben.id, dataDir).append(
        events(
          // Thank-yous due a day after each interview: three overdue by Monday noon, one not.
          ...interviewed("globex", "2026-10-29T10:00", "Sam"),
          ...interviewed("acme", "2026-10-30T10:00", "Lee"),
          ...interviewed("umbrella", "2026-10-31T10:00", "Pat"),
          ...interviewed("initech", "2026-11-02T09:00", "Kay"),
          // Turned away on Friday: advice to let it go.
          ...interviewed("soylent", "2026-10-20T10:00", "Al"),
          { type: "sent", app: "soylent", at: "2026-10-20T15:00", kind: "thank-you", to: "Al" },
          {
            type: "reply",
            app: "soylent",
            at: "2026-10-30T09:00",
            from: "Al",
            signal: "brush-off",
          },
          // Thanked in September, never checked in: that window closed weeks ago.
          ...interviewed("hooli", "2026-09-01T09:00", "Gil"),
          { type: "sent", app: "hooli", at: "2026-09-01T15:00", kind: "thank-you", to: "Gil" },
        ),
        meta,
      );
    });
    const summary = async (first?: number, now = at("2026-11-02T12:00")) => {
      const [o, ...more] = await coachOverview({
        database,
        accounts,
        coach: tess,
        dataDir,
        now,
        fallbackZone: "UTC",
        first,
      });
      expect(more).toEqual([]);
      return o!;
    };
    const said = (a: { app: string; kind: string; to?: string }) => [a.app, a.kind, a.to];

    it("counts everything due and gives the first few: by deadline, advice to let go and missed windows last", async () => {
      const all = await summary();
      expect(all.dueToday.map(said)).toEqual([
        ["globex", "thank-you", "Sam"],
        ["acme", "thank-you", "Lee"],
        ["umbrella", "thank-you", "Pat"],
        ["initech", "thank-you", "Kay"],
        ["soylent", "let-go", undefined],
        ...all.dueToday.filter((a) => a.app === "hooli").map(said),
      ]);
      const missed = all.dueToday.slice(5);
      expect(missed.length).toBeGreaterThan(0);
      for (const a of missed) expect([a.app, a.missed]).toEqual(["hooli", true]);
      expect(all.thankYousOverdue.map((a) => a.to)).toEqual(["Sam", "Lee", "Pat"]);
      const firstThree = await summary(3);
      expect(firstThree.dueTodayCount).toBe(all.dueToday.length);
      expect(firstThree.dueToday).toEqual(all.dueToday.slice(0, 3));
      expect(firstThree.thankYousOverdue).toEqual(all.thankYousOverdue);
    });

    it("shows from the kept summary what one made afresh shows, as the advice to let go moves with the clock", async () => {
      let letGo = 0;
      for (let hour = 12; hour < 24 * 7; hour += 7) {
        const now = at("2026-11-02T00:00") + hour * 3_600_000;
        const fromKept = await summary(3, now);
        await forget();
        expect([now, fromKept]).toEqual([now, await summary(3, now)]);
        // Due "now" whenever asked: never overdue.
        for (const a of fromKept.dueToday.filter((a) => a.kind === "let-go")) {
          expect([a.dueByMs, a.overdue]).toEqual([now, false]);
          letGo++;
        }
      }
      expect(letGo).toBeGreaterThan(0);
    });

    it("leaves the rest to the candidate's Today, which their coach reads", async () => {
      const ctx = await candidateContext({
        database,
        candidate: ben.id,
        coach: tess.id,
        dataDir,
        now: at("2026-11-02T12:00"),
        fallbackZone: "UTC",
      });
      const today = (await agenda(ctx, {})).actions.map(said);
      for (const a of (await summary()).dueToday) expect(today).toContainEqual(said(a));
    });
  });
});
