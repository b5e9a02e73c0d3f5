/**
 * What the quick commands load, read from the built bundle as users run it: each chunk of
 * dist/ names the source files it holds. Loading costs start-up time (any-ascii's tables
 * about 5 ms of CPU, the holiday table 5 ms, Temporal 6 ms, zod 40 ms) against goals of
 * 2.5x a bare `node -e 0`, and an import in a shared module can bring any of them back
 * unnoticed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const bin = join(root, "bin/hearback.js");
const NOW = "2026-11-18T12:00";

/** Runs hearback and gives the source files and packages of every module it loaded. */
function sourcesLoaded(dir: string, args: readonly string[]): Set<string> {
  const log = join(dir, `loads-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(
    process.execPath,
    ["--import", join(root, "test/record-loads.mjs"), bin, ...args],
    { encoding: "utf8", env: { ...process.env, TZ: "America/Denver", RECORD_LOADS: log } },
  );
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const sources = new Set<string>();
  for (const url of readFileSync(log, "utf8").split("\n")) {
    if (!url.startsWith("file:") || !url.includes("/dist/")) continue;
    // esbuild heads each bundled file with its path: "// src/time/show.ts".
    for (const m of readFileSync(fileURLToPath(url), "utf8").matchAll(
      /^\/\/ ((?:src\/\S+)|node_modules\/(?:@[\w.-]+\/)?[\w.-]+)/gm,
    )) {
      sources.add(m[1]!);
    }
  }
  return sources;
}

/** What a command that only shows what is kept has no use for. */
const HEAVY = [
  "node_modules/any-ascii",
  "node_modules/zod",
  "node_modules/kysely",
  "node_modules/chrono-node",
  "src/time/holiday-table.ts",
  "src/core/fold.ts",
  "src/core/plan.ts",
  "src/gauge/index.ts",
];

describe("what a quick command loads", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "hearback-start-up-"));
    const imported = spawnSync(
      process.execPath,
      [bin, "import", join(root, "examples/demo.jsonl"), "--data-dir", dir],
      { encoding: "utf8", env: { ...process.env, TZ: "America/Denver" } },
    );
    expect(imported.status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("hearback --help loads none of the heavy modules, nor Temporal", () => {
    const loaded = sourcesLoaded(dir, ["--help"]);
    expect(loaded).toContain("src/cli/main.ts");
    expect(HEAVY.filter((s) => loaded.has(s))).toEqual([]);
    expect(loaded).not.toContain("node_modules/temporal-polyfill");
  });

  it("hearback agenda plans on its first run, and with its plans kept loads none of the heavy modules", () => {
    const first = sourcesLoaded(dir, ["agenda", "--now", NOW, "--data-dir", dir]);
    expect(first).toContain("src/core/fold.ts");
    const kept = sourcesLoaded(dir, ["agenda", "--now", NOW, "--data-dir", dir]);
    expect(kept).toContain("src/cli/agenda-text.ts");
    expect(HEAVY.filter((s) => kept.has(s))).toEqual([]);
  });
});
