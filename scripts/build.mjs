// Builds what hearback runs: the CLI bundle (dist/cli.js and its lazily loaded chunks) and,
// unless `--cli-only`, the web UI (dist/web, by Vite).
//
// Why a bundle: Node spends most of a cold start resolving and reading hundreds of small
// module files. One bundle, with heavy modules split into chunks that commands import
// only when they need them, keeps `hearback --help` close to a bare `node -e 0`.
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cliOnly = process.argv.includes("--cli-only");

const result = await build({
  write: false,
  absWorkingDir: root,
  // The worker that plans a shard of a large timeline (`hearback plan`) is its own entry:
  // it is started by file name, beside cli.js.
  entryPoints: { cli: "src/cli/main.ts", "plan-worker": "src/cli/plan-worker.ts" },
  outdir: "dist",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Native addons and packages that read their own files at run time stay outside.
  // pdfkit loads its font metrics through package imports relative to its own files; fontkit
  // is the one pdfkit uses. pg refers to its optional native binding, which is not installed;
  // @node-rs/argon2 loads the prebuilt binary of this platform.
  external: [
    "pg",
    "@node-rs/argon2",
    "better-sqlite3",
    "playwright-core",
    "vite",
    "esbuild",
    "pdfkit",
    "fontkit",
  ],
  // Bundled CommonJS packages call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __hbCreateRequire } from 'node:module'; const require = __hbCreateRequire(import.meta.url);",
  },
  logLevel: "warning",
  legalComments: "none",
});

// Each file is written beside its place and renamed into it, so a CLI process that is
// running while another build happens (tests run in parallel) never reads half a file.
// Chunks of earlier builds are removed only once they are an hour old: a process started
// before this build may still import them lazily.
const written = new Set();
for (const file of result.outputFiles) {
  await mkdir(dirname(file.path), { recursive: true });
  const tmp = `${file.path}.${process.pid}.tmp`;
  await writeFile(tmp, file.contents);
  await rename(tmp, file.path);
  written.add(file.path);
}
const chunkDir = join(root, "dist/chunks");
for (const name of existsSync(chunkDir) ? await readdir(chunkDir) : []) {
  const path = join(chunkDir, name);
  if (written.has(path)) continue;
  const { mtimeMs } = await stat(path);
  if (Date.now() - mtimeMs > 3_600_000) await rm(path, { force: true });
}

if (!cliOnly && existsSync(join(root, "web/vite.config.ts"))) {
  const { build: viteBuild } = await import("vite");
  await viteBuild({ configFile: join(root, "web/vite.config.ts"), logLevel: "warn" });
}
