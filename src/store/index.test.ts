/**
 * Choosing the store, as a user does: the built CLI with and without HEARBACK_DATABASE_URL,
 * against a real SQLite file and a real PostgreSQL server.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres, type TestPostgres } from "../../test/postgres.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";

const BIN = join(import.meta.dirname, "../../bin/hearback.js");
const DEMO = join(import.meta.dirname, "../../examples/demo.jsonl");
/** Wed 11 Nov 2026, 09:00 in Denver: the demo's applications have things due. */
const NOW = "2026-11-11T09:00-07:00";

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "hearback-configured-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function hb(
  args: readonly string[],
  opts: { readonly dir: string; readonly url?: string; readonly input?: string },
): { status: number | null; stdout: string; stderr: string } {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", TZ: "UTC" };
  delete env.HEARBACK_DATABASE_URL;
  if (opts.url !== undefined) env.HEARBACK_DATABASE_URL = opts.url;
  const r = spawnSync(process.execPath, [BIN, ...args, "--data-dir", opts.dir], {
    env,
    input: opts.input,
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("HEARBACK_DATABASE_URL", () => {
  it("refuses an address that is not PostgreSQL's, naming the variable, before touching data", () => {
    const dir = join(work, "refused");
    const r = hb(["list"], { dir, url: "mysql://ann:secret@db.example/hb" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(
      'HEARBACK_DATABASE_URL: "mysql:" is not a PostgreSQL address; give one such as postgres://user:password@host:5432/database',
    );
    expect(r.stderr).not.toContain("secret");
    expect(existsSync(dir)).toBe(false);
  });
});

describeWith(PROGRAMS.postgresql, "a personal timeline moved to PostgreSQL and back", {}, () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(() => server?.stop());

  it("exports the same lines from each store, and plans the same agenda", async () => {
    const url = await server.newDatabase();
    const personal = join(work, "personal");
    expect(hb(["import", DEMO], { dir: personal }).status).toBe(0);
    // A correction, so that what moves is the effective timeline, not the raw log.
    expect(hb(["undo"], { dir: personal }).status).toBe(0);
    expect(hb(["import", DEMO], { dir: personal }).status).toBe(0);
    const exported = hb(["export"], { dir: personal });
    expect(exported.stdout.split("\n")).toHaveLength(
      readFileSync(DEMO, "utf8").trim().split("\n").length + 1,
    );

    const team = join(work, "team-folder");
    const imported = hb(["import", "-"], { dir: team, url, input: exported.stdout });
    expect(imported.stderr).toBe("");
    expect(hb(["export"], { dir: team, url }).stdout).toBe(exported.stdout);
    const agenda = hb(["agenda", "--all", "--now", NOW], { dir: personal }).stdout;
    expect(agenda).toContain("Acme");
    expect(hb(["agenda", "--all", "--now", NOW], { dir: team, url }).stdout).toBe(agenda);

    const back = join(work, "back");
    const fromTeam = hb(["export"], { dir: team, url }).stdout;
    expect(hb(["import", "-"], { dir: back, input: fromTeam }).status).toBe(0);
    expect(hb(["export"], { dir: back }).stdout).toBe(exported.stdout);
  });

  it("keeps the data in PostgreSQL, not in the data folder", async () => {
    const url = await server.newDatabase();
    const dir = join(work, "only-templates");
    expect(hb(["import", DEMO], { dir, url }).status).toBe(0);
    expect(hb(["export"], { dir }).stdout).toBe("");
    const rows = await server.query<{ n: string }>(
      new URL(url).pathname.slice(1),
      "SELECT count(*) AS n FROM events",
    );
    expect(Number(rows[0]!.n)).toBe(readFileSync(DEMO, "utf8").trim().split("\n").length);
  });
});
