// `npm run bench`: runs every benchmark in bench/ (each a bench/<name>.ts or bench/<name>/index.ts),
// or only those named: `npm run bench -- plan gauge`. Each prints its own figures; flags are
// passed on (`npm run bench -- gauge --errors`).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
spawnSync(process.execPath, [join(root, "scripts/build.mjs")], { stdio: "inherit" });
// Names choose benchmarks; flags (`--errors`) go to each benchmark run.
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const flags = process.argv.slice(2).filter((a) => a.startsWith("--"));
const all = readdirSync(join(root, "bench"), { withFileTypes: true })
  .map((e) =>
    e.isDirectory()
      ? existsSync(join(root, "bench", e.name, "index.ts"))
        ? e.name
        : null
      : e.name.endsWith(".bench.ts")
        ? e.name.replace(/\.bench\.ts$/, "")
        : null,
  )
  .filter((n) => n && (wanted.length === 0 || wanted.includes(n)))
  .sort();
let failed = 0;
for (const name of all) {
  const file = existsSync(join(root, "bench", name, "index.ts"))
    ? join("bench", name, "index.ts")
    : join("bench", `${name}.bench.ts`);
  process.stdout.write(`\n## bench: ${name}\n\n`);
  // Benchmarks are TypeScript; vite-node-free: esbuild bundles each to a temp file first.
  const out = join(root, "bench/.data", `${name}.mjs`);
  const b = spawnSync(
    join(root, "node_modules/.bin/esbuild"),
    [
      file,
      "--bundle",
      "--platform=node",
      "--format=esm",
      `--outfile=${out}`,
      "--packages=external",
      "--log-level=warning",
    ],
    { cwd: root, stdio: "inherit" },
  );
  if (b.status !== 0) {
    failed++;
    continue;
  }
  const r = spawnSync(process.execPath, ["--expose-gc", out, ...flags], {
    cwd: root,
    stdio: "inherit",
  });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
