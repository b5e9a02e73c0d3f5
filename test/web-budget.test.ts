/**
 * The web app's JavaScript budget (issue 14's goal): every chunk the production build ships,
 * gzipped as a server would send it, at most 120 KB in all. `npm run bench -- web` prints the
 * same sum chunk by chunk; this keeps a change from going over it unnoticed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const ASSETS = new URL("../dist/web/assets", import.meta.url).pathname;
const BUDGET = 120 * 1024;

describe("the web app as shipped", () => {
  it("sends at most 120 KB of JavaScript, gzipped, over all its chunks", () => {
    const chunks = readdirSync(ASSETS).filter((f) => f.endsWith(".js"));
    // The entry, the Insights figures and the team pages come as chunks of their own.
    expect(chunks.length).toBeGreaterThan(2);
    const gzipped = chunks.map((f) => gzipSync(readFileSync(join(ASSETS, f)), { level: 9 }).length);
    const total = gzipped.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
});
