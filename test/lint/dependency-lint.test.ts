/**
 * The dependency rule (.dependency-cruiser.cjs) as `npm run lint` runs it: a small tree
 * laid out like hearback's src/ is checked with the project's own command and config, so
 * a forbidden import in it must fail the lint and an allowed one must pass.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const run = promisify(execFile);
const scripts: Record<string, string> = JSON.parse(
  readFileSync(join(ROOT, "package.json"), "utf8"),
).scripts;

const trees: string[] = [];
afterAll(() => {
  for (const tree of trees) rmSync(tree, { recursive: true, force: true });
});

/** Lays out `files` (path -> source) beside the project's config and runs `npm run lint:deps` there. */
async function lintDeps(files: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  const tree = mkdtempSync(join(tmpdir(), "hearback-deps-"));
  trees.push(tree);
  cpSync(join(ROOT, ".dependency-cruiser.cjs"), join(tree, ".dependency-cruiser.cjs"));
  cpSync(join(ROOT, "tsconfig.json"), join(tree, "tsconfig.json"));
  mkdirSync(join(tree, "web"));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), source);
  }
  const command = scripts["lint:deps"];
  if (!command) throw new Error("package.json has no lint:deps script");
  const env = { ...process.env, PATH: `${join(ROOT, "node_modules/.bin")}:${process.env.PATH}` };
  try {
    const { stdout, stderr } = await run("sh", ["-c", command], { cwd: tree, env });
    return { ok: true, output: stdout + stderr };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

/** The layers every case imports from. */
const LAYERS = {
  "src/time/index.ts": "export const zone = 'UTC';\n",
  "src/core/types.ts": "import { zone } from '../time/index.js';\nexport const z = zone;\n",
  "src/store/index.ts": "export const openStore = () => 1;\n",
  "src/integrations/ics.ts": "export const ics = () => 'BEGIN:VCALENDAR';\n",
  "src/ops/index.ts":
    "import { openStore } from '../store/index.js';\nimport { ics } from '../integrations/ics.js';\nexport const runOp = () => [openStore(), ics()];\n",
};

describe("the dependency lint", () => {
  it("passes the layering as docs/architecture.md draws it", async () => {
    const result = await lintDeps({
      ...LAYERS,
      "src/cli/main.ts":
        "import { runOp } from '../ops/index.js';\nimport { z } from '../core/types.js';\nexport const m = [runOp(), z];\n",
    });
    expect(result.output).toContain("no dependency violations found");
    expect(result.ok).toBe(true);
  });

  describe("in a tree holding one forbidden import of each kind", () => {
    const FORBIDDEN = [
      ["the core importing the store", "src/core/plan.ts", "../store/index.js", "pure-core"],
      ["the time module reading files", "src/time/read.ts", "node:fs", "pure-core"],
      ["the gauge importing an operation", "src/gauge/read.ts", "../ops/index.js", "pure-readers"],
      ["drafts starting a process", "src/drafts/open.ts", "node:child_process", "pure-readers"],
      [
        "the CLI opening the store",
        "src/cli/main.ts",
        "../store/index.js",
        "front-ends-through-ops",
      ],
      [
        "the server calling an integration",
        "src/server/routes.ts",
        "../integrations/ics.js",
        "front-ends-through-ops",
      ],
      [
        "an integration calling an operation",
        "src/integrations/csv.ts",
        "../ops/index.js",
        "integrations-below-ops",
      ],
      [
        "the store calling an operation",
        "src/store/sqlite.ts",
        "../ops/index.js",
        "store-below-ops",
      ],
    ] as const;
    let result: { ok: boolean; output: string };
    // One run over the whole tree: the lint reports every violation, not only the first.
    beforeAll(async () => {
      const files: Record<string, string> = {
        ...LAYERS,
        "src/drafts/a.ts": "import { b } from './b.js';\nexport const a = () => b;\n",
        "src/drafts/b.ts": "import { a } from './a.js';\nexport const b = () => a;\n",
      };
      for (const [, file, target] of FORBIDDEN) {
        files[file] = `import * as x from "${target}";\nexport const y = x;\n`;
      }
      result = await lintDeps(files);
    });

    it("fails", () => {
      expect(result.ok).toBe(false);
    });

    it.each(FORBIDDEN)("names %s, with its file and rule", (_name, file, _target, rule) => {
      expect(result.output).toContain(`error ${rule}: ${file} → `);
    });

    it("names two modules that import each other", () => {
      expect(result.output).toContain("error no-cycles: src/drafts/");
    });
  });
});
