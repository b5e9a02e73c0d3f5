import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const VITEST = resolve("node_modules/vitest/vitest.mjs");
const REPORTER = resolve("test/count-reporter.ts");
const dir = mkdtempSync(join(tmpdir(), "hearback-count-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs vitest with the reporter over one test file; its exit code and last line. */
function run(name: string, body: string): { code: number | null; last: string } {
  writeFileSync(join(dir, name), body);
  const out = spawnSync(
    process.execPath,
    [VITEST, "run", "--root", dir, "--globals", "--reporter", REPORTER, name],
    { encoding: "utf8", env: { ...process.env, CI: "" } },
  );
  return { code: out.status, last: out.stdout.trimEnd().split("\n").at(-1)! };
}

describe("the closing line CI reads", () => {
  it("counts passed and failed tests", () => {
    const r = run(
      "plain.test.js",
      `it("adds", () => expect(1 + 1).toBe(2));
       it("is wrong", () => expect(1 + 1).toBe(3));`,
    );
    expect(r).toEqual({ code: 1, last: "1 passed, 1 failed" });
  }, 60_000);

  it("counts an error thrown outside any test as a failure, as the run's exit code does", () => {
    const r = run(
      "stray.test.js",
      `it("starts something it does not wait for", () => {
         Promise.reject(new Error("nobody handles this"));
       });`,
    );
    expect(r).toEqual({ code: 1, last: "1 passed, 1 failed" });
  }, 60_000);
});
