// Trains the gauge's fallback model on the corpus's train split: bundles bench/gauge/train.ts
// with esbuild (it shares the gauge's TypeScript) and runs it. Run: `node data/gauge/train.mjs`.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));
const out = `${root}bench/.data/train-gauge.mjs`;
await build({
  absWorkingDir: root,
  entryPoints: ["bench/gauge/train.ts"],
  outfile: out,
  bundle: true,
  platform: "node",
  format: "esm",
  packages: "external",
  logLevel: "warning",
});
const r = spawnSync(process.execPath, [out, "--write"], { stdio: "inherit" });
process.exitCode = r.status ?? 1;
