import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres, type TestPostgres } from "../../test/postgres.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import { openPostgresStore, PostgresDatabase, redactUrl } from "./postgres.js";
import { acme, globex, interview, meta, storeContract } from "./store-contract.js";
import type { Store } from "./types.js";

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
      open: async () => open(await server.newDatabase()),
      reopen: (s) => open(urls.get(s)!),
      beside: (s) => open(urls.get(s)!),
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
      expect(done.map((r) => r.name)).toEqual(["0001-events-and-settings"]);
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
