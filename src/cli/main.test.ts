/**
 * The `hearback` program as a whole, run as users run it (`node bin/hearback.js`).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hearback } from "../../test/mail/cli.js";

const root = join(import.meta.dirname, "../..");
const bin = join(root, "bin/hearback.js");

describe("the hearback program", () => {
  it("reports the version of the package", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    const r = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it("exits 2 on an unknown command", () => {
    const r = spawnSync(process.execPath, [bin, "plna"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'plna'/);
  });

  it("ends quietly when the reader closes the pipe early (hearback ... | head)", async () => {
    const child = spawn(
      process.execPath,
      [bin, "plan", "--timeline", join(root, "examples/demo.jsonl"), "--now", "2026-11-18T12:00"],
      { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TZ: "America/Denver" } },
    );
    // Closing our end before the command writes makes its first write fail with EPIPE.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});

describe("errors reach the user as messages, never as stack traces", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "hearback-errors-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const hb = (args: readonly string[]) =>
    hearback([...args, "--data-dir", join(dir, "data")], { env: { TZ: "America/Denver" } });
  const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);

  /** An application line carrying a field nested 10,000 deep. */
  function deepTimeline(): string {
    const file = join(dir, "deep.jsonl");
    const app = { type: "application", app: "acme-pm", company: "Acme", role: "PM" };
    const line = `${JSON.stringify(app).slice(0, -1)},"x":${"[".repeat(10_000)}${"]".repeat(10_000)}}`;
    writeFileSync(file, `${line}\n`);
    return file;
  }

  it("refuses a timeline line nested 10,000 deep on import, naming the line, storing nothing", async () => {
    const file = deepTimeline();
    const r = await hb(["import", file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/deep\.jsonl:1: nested more than 32 levels deep/);
    noStack(r.stderr);
    expect((await hb(["export"])).stdout).toBe("");
  });

  it("refuses the same line when planning, as import does", async () => {
    const r = await hearback(["plan", "--timeline", deepTimeline(), "--now", "2026-11-18T12:00"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/deep\.jsonl:1: nested more than 32 levels deep/);
    noStack(r.stderr);
  });

  it("says which folder is missing when a draft cannot be written", async () => {
    await hb(["import", join(root, "examples/demo.jsonl")]);
    const r = await hb(["draft", "acme-pm", "--format", "eml", "--out", "/missing/dir/x.eml"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "hearback: --out: cannot write /missing/dir/x.eml: no such folder: /missing/dir\n",
    );
  });

  it.each([
    [["--host", "999.1.1.1"], /--host: "999\.1\.1\.1" is not an IP address/],
    [["--host", "0.0.0.0", "--token", ""], /--token: empty/],
    [["--host", "0.0.0.0", "--token", "a"], /--token: too short/],
  ])("refuses serve %j with a message", async (args, message) => {
    const r = await hb(["serve", "--port", "0", ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    noStack(r.stderr);
  });

  it("names a damaged stored entry and points to hearback doctor, on every read", async () => {
    await hb(["import", join(root, "examples/demo.jsonl")]);
    const db = new Database(join(dir, "data/hearback.db"));
    db.prepare("UPDATE events SET body = '{bad' WHERE id = 3").run();
    db.close();
    for (const args of [["list"], ["show", "acme-pm"], ["export"], ["agenda", "--all"]]) {
      const r = await hb(args);
      expect(r.status, args.join(" ")).toBe(1);
      expect(r.stderr).toMatch(/entry 3 of acme-pm is not readable.*hearback doctor/);
      noStack(r.stderr);
    }
    const doctor = await hb(["doctor"]);
    expect(doctor.status).toBe(1);
    expect(doctor.stdout).toMatch(/^acme-pm: entry 3: not readable/m);
    expect((await hb(["undo", "--entry", "3"])).status).toBe(0);
    expect((await hb(["doctor"])).stdout).toMatch(/^All 41 entries of 9 applications read/);
    expect((await hb(["list"])).status).toBe(0);
  });
});
