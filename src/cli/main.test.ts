/**
 * The `hearback` program as a whole, run as users run it (`node bin/hearback.js`).
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

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
