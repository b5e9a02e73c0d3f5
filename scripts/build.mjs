// Builds what hearback runs: the CLI bundle (dist/cli.js and its lazily loaded chunks) and,
// unless `--cli-only`, the web UI (dist/web, by Vite).
//
// Why a bundle: Node spends most of a cold start resolving and reading hundreds of small
// module files. One bundle, with heavy modules split into chunks that commands import
// only when they need them, keeps `hearback --help` close to a bare `node -e 0`.
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cliOnly = process.argv.includes("--cli-only");

await rm(join(root, "dist/chunks"), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli/main.ts" },
  outdir: "dist",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Native addons and packages that read their own files at run time stay outside.
  // pdfkit loads its font metrics through package imports relative to its own files.
  external: ["better-sqlite3", "playwright-core", "vite", "esbuild", "pdfkit"],
  // Bundled CommonJS packages call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __hbCreateRequire } from 'node:module'; const require = __hbCreateRequire(import.meta.url);",
  },
  logLevel: "warning",
  legalComments: "none",
});

if (!cliOnly && existsSync(join(root, "web/vite.config.ts"))) {
  const { build: viteBuild } = await import("vite");
  await viteBuild({ configFile: join(root, "web/vite.config.ts"), logLevel: "warn" });
}
