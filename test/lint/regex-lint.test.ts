/**
 * The lint's check of regular expressions (eslint.config.js) as `npm run lint` runs it:
 * a pattern that backtracks super-linearly on text a user or an employer controls fails it.
 */
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

async function findings(code: string, file = "src/integrations/example.ts"): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.severity === 2 ? "error" : "warn"} ${m.ruleId}`);
}

describe("the lint of regular expressions", () => {
  it.each([
    ["nested quantifiers", "export const r = /^(a+)+$/;"],
    ["two runs of spaces that can trade characters", "export const r = /no\\s*\\s*decision/;"],
    ["a word run inside a word run", "export const r = /unfortun\\w*t\\w*ly/;"],
    ["a run before an anchored end, moved over a long text", "export const r = /\\s+$/g;"],
    ["a pattern built with new RegExp", 'export const r = new RegExp("(x|x)*y");'],
  ])("fails %s", async (_name, code) => {
    expect(await findings(code)).toContainEqual(
      expect.stringMatching(/^error regexp\/no-super-linear/),
    );
  });

  it.each([
    ["a plain word", "export const r = /\\bdecision\\b/i;"],
    ["runs that cannot overlap", "export const r = /^[^\\s@]+@[^\\s@.]+(?:\\.[^\\s@.]+)+$/;"],
  ])("passes %s", async (_name, code) => {
    expect(await findings(code)).toEqual([]);
  });

  it("reports a new vulnerable pattern in the gauge's files, which --max-warnings counts", async () => {
    expect(await findings("export const r = /^(a+)+$/;", "src/gauge/lexicon.ts")).toEqual([
      "warn regexp/no-super-linear-backtracking",
    ]);
  });
});
