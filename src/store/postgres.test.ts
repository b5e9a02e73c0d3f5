import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Kysely, Migrator, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres, type TestPostgres } from "../../test/postgres.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import { Accounts } from "./accounts.js";
import { openPostgresStore, PostgresDatabase, redactUrl } from "./postgres.js";
import { POSTGRES_MIGRATIONS } from "./postgres-migrations.js";
import { acme, globex, interview, meta, storeContract } from "./store-contract.js";
import type { Store } from "./types.js";
import { databaseUnreachable } from "./unreachable.js";

describeWith(PROGRAMS.postgresql, "the PostgreSQL store", {}, () => {
  let server: TestPostgres;
  let dataDir: string;
  beforeAll(async () => {
    server = await startPostgres();
    dataDir = mkdtempSync(join(tmpdir(), "hearback-pg-data-"));
  });
  afterAll(() => {
    server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const urls = new WeakMap<Store, string>();
  async function open(url: string): Promise<Store> {
    const store = await openPostgresStore({ url, dataDir });
    urls.set(store, url);
    return store;
  }

  describe("the store contract, on PostgreSQL", () => {
    storeContract({
      // As a role without superuser rights, which row-level security binds.
      open: async () => open(await server.newDatabase({ owner: "app" })),
      reopen: (s) => open(urls.get(s)!),
      beside: (s) => open(urls.get(s)!),
    });
  });

  describe("a long reply planning reads the start of", () => {
    it("is handed whole when jsonb cannot read it (a NUL character in its text)", async () => {
      const store = await open(await server.newDatabase({ owner: "app" }));
      try {
        const reply = {
          type: "reply",
          app: "acme-pm",
          at: "2026-11-20T09:00",
          text: `Thanks\u0000${"x".repeat(5000)}`,
        } as const;
        await store.append([acme, reply], meta);
        expect(await store.timeline({ replyTextUpTo: 1000 })).toEqual([acme, reply]);
        // Within a transaction too, which goes on to write.
        await store.transaction(async (tx) => {
          expect(await tx.timeline({ replyTextUpTo: 1000 })).toEqual([acme, reply]);
          await tx.append([globex], meta);
        });
        expect(await store.appIds()).toEqual(["acme-pm", "globex-se"]);
      } finally {
        await store.close();
      }
    });
  });

  describe("accounts in one database", () => {
    it("each read and write only its own log, and another's entry ids are not found", async () => {
      const database = await PostgresDatabase.connect({ url: await server.newDatabase() });
      try {
        const ann = database.store(1, dataDir);
        const bob = database.store(2, dataDir);
        const [annApp] = await ann.append([acme, interview], meta);
        await bob.append([globex], meta);
        await ann.updateSettings({ name: "Ann" });
        expect(await ann.timeline()).toEqual([acme, interview]);
        expect(await bob.timeline()).toEqual([globex]);
        expect(await bob.appIds()).toEqual(["globex-se"]);
        expect(await bob.settings()).toEqual({});
        await expect(bob.retract(annApp!.id, meta)).rejects.toMatchObject({ code: "not-found" });
        await expect(bob.amend(annApp!.id, acme, meta)).rejects.toMatchObject({
          code: "not-found",
        });
        // Bob's undo takes back Bob's last batch, not Ann's later one.
        await ann.append([{ ...interview, at: "2026-11-03T10:00" }], meta);
        expect((await bob.undo(meta)).map((e) => e.app)).toEqual(["globex-se"]);
        expect(await ann.timeline()).toHaveLength(3);
      } finally {
        await database.close();
      }
    });
  });

  describe("row-level security, behind the account every query names", () => {
    let url: string;
    let database: PostgresDatabase;
    let ann: number;
    let bob: number;
    let coach: number;
    const leads = { here: 0, colleague: 0, elsewhere: 0 };
    beforeAll(async () => {
      url = await server.newDatabase({ owner: "app" });
      database = await PostgresDatabase.connect({ url });
      const accounts = new Accounts(database.db as never);
      const org = await accounts.organisation("Career Centre");
      const person = (email: string, role: "candidate" | "coach") =>
        accounts.create({ organisation: org, email, name: email, role, passwordHash: "-", now: 0 });
      ann = (await person("ann@example.com", "candidate")).id;
      bob = (await person("bob@example.com", "candidate")).id;
      const coachAccount = await person("cleo@example.com", "coach");
      coach = coachAccount.id;
      await database.store(ann, dataDir).append([acme, interview], meta);
      await database.store(bob, dataDir).append([globex], meta);
      await accounts.share((await accounts.byId(ann))!, "cleo@example.com", 0);
      const lead = (organisation: number, email: string, isLead: boolean) =>
        accounts
          .create({
            organisation,
            email,
            name: email,
            role: "coach",
            lead: isLead,
            passwordHash: "-",
            now: 0,
          })
          .then((a) => a.id);
      leads.here = await lead(org, "lena@example.com", true);
      leads.colleague = await lead(org, "max@example.com", false);
      leads.elsewhere = await lead(
        await accounts.organisation("Elsewhere"),
        "otto@example.com",
        true,
      );
    });
    afterAll(() => database?.close());

    /** Runs SQL in one transaction acting for `actor` (undefined: no account set). */
    async function asApp(actor: number | undefined, text: string): Promise<unknown[]> {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query("BEGIN");
        if (actor !== undefined) {
          await client.query("SELECT set_config('hearback.account', $1, true)", [String(actor)]);
        }
        const { rows } = await client.query(text);
        await client.query("COMMIT");
        return rows;
      } finally {
        await client.end();
      }
    }

    it("shows a query that names no account only the acting account's rows", async () => {
      expect(await asApp(ann, "SELECT DISTINCT app FROM events")).toEqual([{ app: "acme-pm" }]);
      expect(await asApp(bob, "SELECT DISTINCT app FROM events")).toEqual([{ app: "globex-se" }]);
      expect(await asApp(undefined, "SELECT count(*)::int AS n FROM events")).toEqual([{ n: 0 }]);
    });

    it("refuses to write a row for another account", async () => {
      await expect(
        asApp(
          ann,
          `INSERT INTO events (account, app, type, body, batch, recorded_at, source)
           VALUES (${bob}, 'x', 'note', '{}', 1, 0, 'test')`,
        ),
      ).rejects.toThrow(/row-level security/);
    });

    it("keeps each log's last entry for its own account only, and shows a coach the shared ones", async () => {
      const heads = "SELECT account::int FROM log_heads ORDER BY account";
      expect(await asApp(ann, heads)).toEqual([{ account: ann }]);
      expect(await asApp(coach, heads)).toEqual([{ account: ann }]);
      expect(await asApp(undefined, heads)).toEqual([]);
      await expect(
        asApp(ann, `INSERT INTO log_heads VALUES (${bob}, 1) ON CONFLICT DO NOTHING`),
      ).rejects.toThrow(/row-level security/);
    });

    it("lets a coach read a search shared with them, and nothing else", async () => {
      expect(await database.store(ann, dataDir, { viewer: coach }).timeline()).toEqual([
        acme,
        interview,
      ]);
      // Bob shares with no one: even asked for his account by number, nothing shows.
      expect(await database.store(bob, dataDir, { viewer: coach }).timeline()).toEqual([]);
      expect(await database.store(bob, dataDir, { viewer: ann }).timeline()).toEqual([]);
      expect(await database.store(bob, dataDir, { viewer: coach }).head()).toEqual({
        lastEntry: 0,
        settings: {},
      });
    });

    it("sets the reader of a head read for its own statement only", async () => {
      const one = await PostgresDatabase.connect({ url, poolSize: 1 });
      try {
        expect((await one.store(ann, dataDir).head()).lastEntry).toBeGreaterThan(0);
        // The same connection, next: no account is set, so no row shows.
        const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM events`.execute(
          one.db,
        );
        expect(rows).toEqual([{ n: 0 }]);
      } finally {
        await one.close();
      }
    });

    it("sets the reader of a coach's overviews for its own statement only", async () => {
      const one = await PostgresDatabase.connect({ url, poolSize: 1 });
      try {
        const { kept } = await one.settingsAndOverviews([ann, bob], coach, new Map());
        expect(kept.get(ann)!.lastEntry).toBeGreaterThan(0);
        expect(kept.get(bob)!.lastEntry).toBe(0);
        const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM events`.execute(
          one.db,
        );
        expect(rows).toEqual([{ n: 0 }]);
      } finally {
        await one.close();
      }
    });

    it("gives a coach the settings of those who share with them at once, and no one else's", async () => {
      await database.store(ann, dataDir).updateSettings({ timezone: "Europe/Paris" });
      await database.store(bob, dataDir).updateSettings({ timezone: "Asia/Tokyo" });
      const { settings: seen } = await database.settingsAndOverviews([ann, bob], coach, new Map());
      expect(Object.fromEntries(seen)).toEqual({
        [ann]: { timezone: "Europe/Paris" },
        [bob]: {},
      });
    });

    it("reads several logs in one transaction as a coach: the shared ones only, and no writes", async () => {
      const [annsLog, bobsLog] = await database.readAs(coach, dataDir, 2, async ({ storeOf }) => [
        await storeOf(ann).timeline(),
        await storeOf(bob).timeline(),
      ]);
      expect(annsLog).toEqual([acme, interview]);
      expect(bobsLog).toEqual([]);
      await expect(
        database.readAs(coach, dataDir, 1, ({ storeOf }) => storeOf(ann).append([globex], meta)),
      ).rejects.toMatchObject({ code: "bad-input", message: expect.stringMatching(/read-only/) });
      expect(await database.store(ann, dataDir).appIds()).toEqual(["acme-pm"]);
    });

    it("leaves connections for everyone else while coaches read many logs at once", async () => {
      const small = await PostgresDatabase.connect({ url, poolSize: 2 });
      let open: () => void = () => {};
      const gate = new Promise<void>((resolve) => {
        open = resolve;
      });
      try {
        // Four coaches' first views (200 logs each), each holding its transaction until the
        // gate opens.
        const views = Array.from({ length: 4 }, () =>
          small.readAs(coach, dataDir, 200, async ({ storeOf }) => {
            await gate;
            return storeOf(ann).appIds();
          }),
        );
        const waited = new Promise((resolve) => setTimeout(() => resolve("still waiting"), 3000));
        const annsOwn = small.store(ann, dataDir).appIds();
        expect(await Promise.race([annsOwn, waited])).toEqual(["acme-pm"]);
        // A view after a candidate wrote, reading one log, does not wait for them.
        const afterAWrite = small.readAs(coach, dataDir, 1, ({ storeOf }) => storeOf(ann).appIds());
        expect(await Promise.race([afterAWrite, waited])).toEqual(["acme-pm"]);
        open();
        expect(await Promise.all(views)).toEqual(Array(4).fill(["acme-pm"]));
      } finally {
        open();
        await small.close();
      }
    });

    it("lets a lead coach read what is shared with any coach of their organisation, and only that", async () => {
      const as = (viewer: number, account: number) =>
        database.store(account, dataDir, { viewer }).timeline();
      expect(await as(leads.here, ann)).toEqual([acme, interview]);
      expect(await as(leads.here, bob)).toEqual([]);
      // Neither a coach who is no lead, nor a lead of another organisation.
      expect(await as(leads.colleague, ann)).toEqual([]);
      expect(await as(leads.elsewhere, ann)).toEqual([]);
      await expect(
        database.store(ann, dataDir, { viewer: leads.here }).append([globex], meta),
      ).rejects.toMatchObject({ code: "bad-input" });
    });

    it("keeps a shared search read-only for the coach", async () => {
      await expect(
        database.store(ann, dataDir, { viewer: coach }).append([globex], meta),
      ).rejects.toMatchObject({ code: "bad-input", message: expect.stringMatching(/read-only/) });
      expect(await database.store(ann, dataDir).appIds()).toEqual(["acme-pm"]);
    });
  });

  describe("finding the searches shared with a coach (the row-level security policy)", () => {
    it("costs no more in a database of thousands of other candidates than in an empty one", async () => {
      const url = await server.newDatabase({ owner: "app" });
      const database = await PostgresDatabase.connect({ url });
      const accounts = new Accounts(database.db as never);
      const org = await accounts.organisation("Career Centre");
      const person = (email: string, role: "candidate" | "coach") =>
        accounts.create({ organisation: org, email, name: email, role, passwordHash: "-", now: 0 });
      const coach = await person("cleo@example.com", "coach");
      const other = await person("max@example.com", "coach");
      await accounts.share(await person("ann@example.com", "candidate"), coach.email, 0);
      /** Pages PostgreSQL reads to list the accounts shared with the coach. */
      const pagesRead = async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query("BEGIN");
          await client.query("SELECT set_config('hearback.account', $1, true)", [String(coach.id)]);
          const { rows } = await client.query(
            "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT count(*) FROM hearback_shared_accounts()",
          );
          await client.query("COMMIT");
          const top = rows[0]["QUERY PLAN"][0].Plan;
          return top["Shared Hit Blocks"] + top["Shared Read Blocks"];
        } finally {
          await client.end();
        }
      };
      try {
        const alone = await pagesRead();
        // 3,000 candidates of the same organisation who share with another coach.
        const name = new URL(url).pathname.slice(1);
        await server.query(
          name,
          `WITH made AS (
             INSERT INTO accounts (organisation, email, name, role, password_hash, created_at)
             SELECT $1, 'c' || i || '@example.com', 'C ' || i, 'candidate', '-', 0
             FROM generate_series(1, 3000) i RETURNING id)
           INSERT INTO shares (candidate, coach, since) SELECT id, $2, 0 FROM made`,
          [org, other.id],
        );
        await server.query(name, "ANALYZE");
        expect(await pagesRead()).toBeLessThanOrEqual(alone + 5);
      } finally {
        await database.close();
      }
    });
  });

  describe("its schema", () => {
    it("is made once when several processes open a new database at once", async () => {
      const url = await server.newDatabase();
      const stores = await Promise.all([open(url), open(url), open(url)]);
      await stores[0]!.append([acme], meta);
      expect(await stores[2]!.timeline()).toEqual([acme]);
      await Promise.all(stores.map((s) => s.close()));
      const done = await server.query<{ name: string }>(
        new URL(url).pathname.slice(1),
        "SELECT name FROM kysely_migration",
      );
      expect(done.map((r) => r.name)).toEqual(Object.keys(POSTGRES_MIGRATIONS));
    });

    it("keeps every log's head when a database of an earlier hearback is brought up to date", async () => {
      const url = await server.newDatabase({ owner: "app" });
      // The schema as hearback wrote it before heads were kept (migration 0010).
      const earlier = new Kysely<unknown>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }),
      });
      const before = Object.keys(POSTGRES_MIGRATIONS).indexOf("0010-log-heads");
      const provider = {
        getMigrations: async () =>
          Object.fromEntries(Object.entries(POSTGRES_MIGRATIONS).slice(0, before)),
      };
      const { error } = await new Migrator({ db: earlier, provider }).migrateToLatest();
      expect(error).toBeUndefined();
      const appended: Record<number, number> = {};
      for (const [account, events] of [
        [1, [acme, interview]],
        [2, [globex]],
      ] as const) {
        await sql`SELECT set_config('hearback.account', ${String(account)}, false)`.execute(
          earlier,
        );
        // As that hearback appended: the trigger of 0010 is not there yet.
        for (const [i, e] of events.entries()) {
          const { rows } = await sql<{ id: string }>`
            INSERT INTO events (account, app, type, body, batch, recorded_at, source)
            VALUES (${account}, ${e.app}, ${e.type}, ${JSON.stringify(e)}, ${i}, 0, 'test')
            RETURNING id`.execute(earlier);
          appended[account] = Number(rows[0]!.id);
        }
      }
      await earlier.destroy();
      const database = await PostgresDatabase.connect({ url });
      try {
        for (const account of [1, 2]) {
          expect((await database.store(account, dataDir).head()).lastEntry).toBe(appended[account]);
        }
        expect((await database.store(3, dataDir).head()).lastEntry).toBe(0);
        // Row-level security is forced again on the log, as on the heads.
        const { rows } = await sql<{ table: string; forced: boolean }>`
          SELECT relname AS table, relforcerowsecurity AS forced FROM pg_class
          WHERE relname IN ('events', 'log_heads') ORDER BY relname`.execute(database.db);
        expect(rows).toEqual([
          { table: "events", forced: true },
          { table: "log_heads", forced: true },
        ]);
        // And the head moves with the next entry.
        const [next] = await database.store(2, dataDir).append([acme], meta);
        expect((await database.store(2, dataDir).head()).lastEntry).toBe(next!.id);
      } finally {
        await database.close();
      }
    });

    it("is refused, and left alone, when a newer hearback changed it", async () => {
      const url = await server.newDatabase();
      const db = new URL(url).pathname.slice(1);
      await (await open(url)).close();
      await server.query(
        db,
        "INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-the-future', 'x')",
      );
      await expect(open(url)).rejects.toThrow(
        /written by a newer hearback .*9999-from-the-future.*please upgrade hearback/,
      );
    });
  });

  describe("a server's connections", () => {
    const setting = async (database: PostgresDatabase, name: string) => {
      const { rows } = await sql<Record<string, string>>`SHOW ${sql.raw(name)}`.execute(
        database.db,
      );
      return rows[0]![name];
    };

    it("cancel a statement after 5 s and end a transaction idle for 30 s, unless the address says otherwise", async () => {
      const url = await server.newDatabase({ owner: "app" });
      const limits = async (address: string, opts: { server?: boolean } = {}) => {
        const database = await PostgresDatabase.connect({ url: address, ...opts });
        try {
          return [
            await setting(database, "statement_timeout"),
            await setting(database, "idle_in_transaction_session_timeout"),
          ];
        } finally {
          await database.close();
        }
      };
      expect(await limits(url, { server: true })).toEqual(["5s", "30s"]);
      expect(await limits(`${url}?statement_timeout=12000`, { server: true })).toEqual([
        "12s",
        "30s",
      ]);
      // A command on the terminal has no such limits: its user can stop it.
      expect(await limits(url)).toEqual(["0", "0"]);
    });

    it("wait for another process's schema change longer than their statement limit", async () => {
      const url = await server.newDatabase({ owner: "app" });
      // Another process holds the lock of schema changes (Kysely's) for a while.
      const other = new pg.Client({ connectionString: server.url(new URL(url).pathname.slice(1)) });
      await other.connect();
      try {
        await other.query("SELECT pg_advisory_lock(3853314791062309107)");
        const opening = PostgresDatabase.connect({
          url: `${url}?statement_timeout=300`,
          server: true,
        });
        const released = new Promise((r) => setTimeout(r, 1200)).then(() =>
          other.query("SELECT pg_advisory_unlock(3853314791062309107)"),
        );
        const database = await opening;
        await released;
        try {
          const store = database.store(1, dataDir);
          await store.append([acme], meta);
          expect(await store.timeline()).toEqual([acme]);
          // The limit holds again once the schema is made.
          expect(await setting(database, "statement_timeout")).toBe("300ms");
        } finally {
          await database.close();
        }
      } finally {
        await other.end();
      }
    });

    it("end a transaction left idle, store none of it, and write again at once", async () => {
      const url = await server.newDatabase({ owner: "app" });
      const database = await PostgresDatabase.connect({
        url: `${url}?idle_in_transaction_session_timeout=300`,
        server: true,
      });
      try {
        const store = database.store(1, dataDir);
        const stalled = store.transaction(async (tx) => {
          await tx.append([acme], meta);
          await new Promise((r) => setTimeout(r, 1000));
          await tx.append([globex], meta);
        });
        // Its connection is gone: a request meets the 503 of a database out of reach.
        await expect(stalled).rejects.toSatisfy(databaseUnreachable);
        expect(await store.timeline()).toEqual([]);
        await store.append([globex], meta);
        expect(await store.timeline()).toEqual([globex]);
      } finally {
        await database.close();
      }
    });
  });

  describe("a database that cannot be reached", () => {
    it("is named without its password, with what went wrong", async () => {
      const url = server.url("no_such_database").replace("hb@", "hb:s3cret@");
      const failure = open(url);
      await expect(failure).rejects.toThrow(
        /cannot use the database at postgres:\/\/hb:\*\*\*@127\.0\.0\.1:\d+\/no_such_database \(HEARBACK_DATABASE_URL\): .*does not exist/,
      );
      await expect(failure).rejects.not.toThrow(/s3cret/);
    });
  });
});

describe("redactUrl", () => {
  it("hides the password and keeps the rest", () => {
    expect(redactUrl("postgres://ann:pw@db.example:5432/hb?sslmode=require")).toBe(
      "postgres://ann:***@db.example:5432/hb?sslmode=require",
    );
    expect(redactUrl("postgres://db.example/hb")).toBe("postgres://db.example/hb");
  });
});
