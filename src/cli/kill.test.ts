/**
 * The real `hearback` CLI killed (SIGKILL) at random moments while it records: `sent`, and
 * `import` of a large timeline. Afterwards every write it acknowledged (exit 0) is stored,
 * an import is stored whole or not at all, and every later read works.
 *
 * `npm test` runs a few kills with a fixed seed; `npm run fuzz` many (FUZZ_KILLS, FUZZ_SEED).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rng } from "../../bench/plan/generate.js";
import { hearbackSync } from "../../test/cli.js";

const KILLS = Number(process.env.FUZZ_KILLS ?? 16);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const BIN = join(import.meta.dirname, "../../bin/hearback.js");
/** Applications in each imported timeline: enough that an import takes a while. */
const IMPORTED = 1500;
const NOW = "2026-11-18T12:00";

let work: string;
let dataDir: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "hearback-kill-"));
  dataDir = join(work, "data");
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A timeline of `IMPORTED` applications, each with an interview and a thank-you. */
function timeline(prefix: string): string {
  const lines: string[] = [];
  for (let i = 0; i < IMPORTED; i++) {
    const app = `${prefix}-${i}`;
    lines.push(
      JSON.stringify({ type: "application", app, company: `Co ${i}`, role: "PM" }),
      JSON.stringify({
        type: "interview",
        app,
        at: "2026-11-02T10:00",
        interviewers: [{ name: "Dana Lee", email: "dana@co.example" }],
      }),
      JSON.stringify({ type: "sent", app, at: "2026-11-02T16:00", kind: "thank-you" }),
    );
  }
  return `${lines.join("\n")}\n`;
}

function hearback(args: readonly string[]) {
  return hearbackSync([...args, "--data-dir", dataDir], { env: { TZ: "America/Denver" } });
}

/** Runs the CLI, killing it after `killAfterMs` unless it ended first. */
async function runKilled(
  args: readonly string[],
  killAfterMs: number,
): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  const child: ChildProcess = spawn(process.execPath, [BIN, ...args, "--data-dir", dataDir], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, TZ: "America/Denver", NO_COLOR: "1" },
  });
  let stderr = "";
  child.stderr!.on("data", (d) => {
    stderr += String(d);
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
  const [code, signal] = await new Promise<[number | null, string | null]>((done) =>
    child.once("exit", (c, s) => done([c, s])),
  );
  clearTimeout(timer);
  return { code, signal, stderr };
}

function stored(): { sent: Set<string>; imported: Map<string, number> } {
  const db = new Database(join(dataDir, "hearback.db"), { readonly: true });
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const sent = db
      .prepare("SELECT body ->> '$.text' FROM events WHERE type = 'sent' AND app = 'acme-pm'")
      .pluck()
      .all() as string[];
    const rows = db
      .prepare(
        "SELECT substr(app, 1, instr(app, '-') - 1) AS run, count(*) AS n FROM events WHERE app LIKE 'k%-%' GROUP BY run",
      )
      .all() as { run: string; n: number }[];
    return { sent: new Set(sent), imported: new Map(rows.map((r) => [r.run, r.n])) };
  } finally {
    db.close();
  }
}

describe("the CLI killed at random moments", () => {
  it(`keeps every acknowledged write, stores no part of an import, and reads afterwards (${KILLS} kills)`, async () => {
    expect(hearback(["add", "Acme", "Product Manager", "--id", "acme-pm"]).status).toBe(0);
    // How long each command takes here, so that kills land before, during and after it.
    const timed = (args: readonly string[]) => {
      const started = Date.now();
      expect(hearback(args).status).toBe(0);
      return Date.now() - started;
    };
    const importMs = timed(["import", writeTimeline("k0")]);
    const sentMs = timed([
      "sent",
      "acme-pm",
      "--kind",
      "check-in",
      "--text",
      "sent 0",
      "--now",
      NOW,
    ]);
    const next = rng(SEED);
    const acknowledged = { sent: ["sent 0"], imports: ["k0"] };
    const sentKilled: string[] = [];
    let importsKilled = 0;
    for (let i = 1; i <= KILLS; i++) {
      const where = `seed ${SEED}, kill ${i}`;
      const isImport = next() < 0.5;
      const name = isImport ? `k${i}` : `sent ${i}`;
      const args = isImport
        ? ["import", writeTimeline(name)]
        : ["sent", "acme-pm", "--kind", "check-in", "--text", name, "--now", NOW];
      const r = await runKilled(args, next() * 2.5 * (isImport ? importMs : sentMs));
      if (r.signal === null) {
        expect(r, where).toMatchObject({ code: 0, stderr: "" });
        if (isImport) acknowledged.imports.push(name);
        else acknowledged.sent.push(name);
      } else if (isImport) importsKilled++;
      else sentKilled.push(name);

      const { sent, imported } = stored();
      for (const s of acknowledged.sent) expect(sent.has(s), `${where}: "${s}" lost`).toBe(true);
      for (const run of acknowledged.imports) {
        expect(imported.get(run), `${where}: import ${run} lost`).toBe(3 * IMPORTED);
      }
      for (const [run, n] of imported) {
        expect([0, 3 * IMPORTED], `${where}: import ${run} stored in part`).toContain(n);
      }
      // A killed `sent` is stored or not; never twice.
      expect(sent.size, where).toBeLessThanOrEqual(acknowledged.sent.length + sentKilled.length);
    }
    // The kills landed: some runs ended by them, imports among them (the first import and
    // the first `sent`, run to the end before, are acknowledged writes whatever the load).
    console.log(
      `kill test: ${KILLS} runs, ${importsKilled} imports and ${sentKilled.length} sent killed, ${acknowledged.imports.length - 1} imports and ${acknowledged.sent.length - 1} sent acknowledged`,
    );
    expect(importsKilled).toBeGreaterThan(0);
    for (const args of [
      ["list", "--now", NOW],
      ["agenda", "--all", "--now", NOW],
      ["show", "acme-pm", "--now", NOW],
      ["doctor"],
    ]) {
      const r = hearback(args);
      expect({ args, status: r.status, stderr: r.stderr }).toEqual({ args, status: 0, stderr: "" });
    }
  }, 300_000);
});

function writeTimeline(prefix: string): string {
  const file = join(work, `${prefix}.jsonl`);
  writeFileSync(file, timeline(prefix));
  return file;
}
