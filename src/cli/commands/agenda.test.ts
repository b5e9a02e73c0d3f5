/**
 * `hearback agenda` with kept plans, as a user runs it: the built CLI in a child process
 * over a real data folder. The text and the JSON must be the same whether the plans were
 * just made (a cold cache), kept from an earlier run (warm), or partly out of date.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");
const BIN = join(ROOT, "bin/hearback.js");
const DEMO = join(ROOT, "examples/demo.jsonl");

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "hearback-agenda-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function hb(...args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...args, "--data-dir", join(dir, "data")], {
    encoding: "utf8",
    env: {
      ...process.env,
      HEARBACK_HOME: join(dir, "home"),
      XDG_DATA_HOME: join(dir, "xdg"),
      NO_COLOR: "1",
      TZ: "America/Denver",
    },
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

const keptPlans = () => {
  const db = new Database(join(dir, "data/hearback.db"), { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM plan_cache").pluck().get() as number;
  } finally {
    db.close();
  }
};

const dropKeptPlans = () => {
  const db = new Database(join(dir, "data/hearback.db"));
  db.exec("DELETE FROM plan_cache");
  db.close();
};

describe("hearback agenda with kept plans", () => {
  it.each([
    ["2026-11-18T12:00" /* Wed */],
    ["2026-11-10T08:00" /* Tue */],
    ["2027-01-04T09:00" /* Mon */],
  ])("prints the same agenda at %s from a cold and a warm cache", (now) => {
    hb("import", DEMO);
    const cold = hb("agenda", "--now", now);
    const coldJson = hb("agenda", "--all", "--json", "--now", now);
    expect(keptPlans()).toBeGreaterThan(0);
    expect(hb("agenda", "--now", now)).toBe(cold);
    expect(hb("agenda", "--all", "--json", "--now", now)).toBe(coldJson);
    // Deleting the kept plans only costs time.
    dropKeptPlans();
    expect(hb("agenda", "--all", "--json", "--now", now)).toBe(coldJson);
    expect(hb("agenda", "--now", now)).toBe(cold);
  });

  it("shows a change recorded after the plans were kept", () => {
    hb("import", DEMO);
    const before = hb("agenda", "--all", "--json", "--now", "2026-11-18T12:00");
    const [first] = JSON.parse(before) as { app: string; kind: string }[];
    // Soylent's brush-off (Ruth Alvarez, Tue 27 Oct) makes letting go the first thing to do.
    expect(first).toMatchObject({ app: "soylent-brand", kind: "let-go" });
    hb("status", first!.app, "withdrawn", "--at", "2026-11-17T09:00");
    const after = hb("agenda", "--all", "--json", "--now", "2026-11-18T12:00");
    dropKeptPlans();
    expect(hb("agenda", "--all", "--json", "--now", "2026-11-18T12:00")).toBe(after);
    expect((JSON.parse(after) as { app: string }[]).some((a) => a.app === first!.app)).toBe(false);
  });
});
