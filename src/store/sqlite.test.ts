import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TimelineEvent } from "../core/types.js";
import { MIGRATIONS, migrationProvider } from "./migrations.js";
import { LATEST_SCHEMA_VERSION } from "./schema-version.js";
import { openStore } from "./sqlite.js";
import { storeContract } from "./store-contract.js";
import type { Store } from "./types.js";

const meta = { recordedAt: Date.UTC(2026, 10, 2, 18) /* Mon 2 Nov 2026 */, source: "test" };

const acme: TimelineEvent = {
  type: "application",
  app: "acme-pm",
  company: "Acme",
  role: "Product Manager",
  timezone: "America/Denver",
};
const interview: TimelineEvent = {
  type: "interview",
  app: "acme-pm",
  at: "2026-11-02T10:00" /* Mon */,
  interviewers: [{ name: "Dana Lee" }],
};

let dir: string;
let store: Awaited<ReturnType<typeof openStore>>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "hearback-store-"));
  store = await openStore({ dir });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("openStore", () => {
  it("creates the data folder and the database file on first use", async () => {
    const nested = join(dir, "a", "b");
    const s = await openStore({ dir: nested });
    await s.close();
    expect(existsSync(join(nested, "hearback.db"))).toBe(true);
  });

  it("keeps a new data folder and database private to the user", async () => {
    const nested = join(dir, "private");
    const s = await openStore({ dir: nested });
    await s.append([acme], meta);
    await s.close();
    expect(statSync(nested).mode & 0o777).toBe(0o700);
    expect(statSync(join(nested, "hearback.db")).mode & 0o777).toBe(0o600);
  });

  it("keeps its journal in WAL mode, so readers never block the writer", () => {
    const db = new Database(store.file, { readonly: true });
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      db.close();
    }
  });
});

describe("the store contract, on SQLite", () => {
  storeContract({
    open: () => openStore({ dir: join(dir, "contract") }),
    reopen: (s) => openStore({ dir: s.dataDir }),
    // One process keeps one connection to a file (a second would wait for the first's
    // write lock holding up the only thread): the same store, closed only once.
    beside: async (s) => Object.assign(Object.create(s) as Store, { close: async () => {} }),
  });
});

describe("migrations", () => {
  it("the schema version is the number of migrations", () => {
    expect(LATEST_SCHEMA_VERSION).toBe(Object.keys(MIGRATIONS).length);
  });

  it("brings a database of the first schema up to date and keeps a backup", async () => {
    const oldDir = join(dir, "old");
    const oldFile = join(oldDir, "hearback.db");
    await store.close();
    // A database as the first release left it: only the first migration ran.
    const { mkdirSync } = await import("node:fs");
    mkdirSync(oldDir);
    const raw = new Database(oldFile);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const first = await new Migrator({ db, provider: migrationProvider }).migrateTo(
      "0001-events-and-settings",
    );
    expect(first.error).toBeUndefined();
    raw
      .prepare(
        "INSERT INTO events (app, type, body, batch, recorded_at, source) VALUES (?, ?, ?, 1, 0, 'v1')",
      )
      .run("acme-pm", "application", JSON.stringify(acme));
    await db.destroy();

    store = await openStore({ dir: oldDir });
    expect(await store.timeline()).toEqual([acme]);
    const [iv] = await store.append([interview], meta);
    await store.retract(iv!.id, meta);

    const backups = readdirSync(oldDir).filter((f) => f.endsWith(".bak"));
    expect(backups).toEqual(["hearback.db.before-0002-corrections.bak"]);
    const copy = new Database(join(oldDir, backups[0]!), { readonly: true });
    try {
      expect(copy.prepare("SELECT body FROM events").pluck().all()).toEqual([JSON.stringify(acme)]);
      expect(
        copy
          .prepare("SELECT count(*) FROM pragma_table_info('events') WHERE name = 'ref'")
          .pluck()
          .get(),
      ).toBe(0);
    } finally {
      copy.close();
    }
    expect(new Database(oldFile).pragma("user_version", { simple: true })).toBe(
      LATEST_SCHEMA_VERSION,
    );
  });

  it("makes no backup of a new database", () => {
    expect(readdirSync(dir).filter((f) => f.endsWith(".bak"))).toEqual([]);
  });

  it("refuses a database from a newer hearback, leaving it alone", async () => {
    await store.append([acme], meta);
    await store.close();
    const raw = new Database(join(dir, "hearback.db"));
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    await expect(openStore({ dir })).rejects.toThrow(/newer hearback/);
    const check = new Database(join(dir, "hearback.db"));
    check.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
    check.close();
    store = await openStore({ dir });
    expect(await store.timeline()).toEqual([acme]);
  });
});

describe("another process holding the write lock", () => {
  it("makes a write wait, then fail with a plain message, storing nothing", async () => {
    await store.append([acme], meta);
    const patient = await openStore({ dir, busyTimeoutMs: 200 });
    const other = new Database(store.file);
    other.exec("BEGIN IMMEDIATE");
    try {
      await expect(patient.append([interview], meta)).rejects.toMatchObject({
        code: "failed",
        message: expect.stringMatching(/stayed busy .* nothing was recorded/),
      });
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    await patient.append([interview], meta);
    expect(await patient.timeline()).toEqual([acme, interview]);
    await patient.close();
  });
});
