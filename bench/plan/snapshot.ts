/**
 * A private copy of the built command for benchmarks: on a shared machine another build can
 * replace dist/ in the middle of a run. Copies dist/cli.js and its chunks once they are
 * complete (every chunk cli.js and plan-worker.js import exists), and returns the path of a bin that runs them.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

export function snapshotCli(root: string, name: string): string {
  const dir = join(root, "bench/.data", `cli-${name}`);
  for (let attempt = 0; attempt < 20; attempt++) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "bin"), { recursive: true });
    try {
      cpSync(join(root, "dist/cli.js"), join(dir, "dist/cli.js"));
      // The worker thread of `hearback plan` on large timelines, started by file name.
      cpSync(join(root, "dist/plan-worker.js"), join(dir, "dist/plan-worker.js"));
      cpSync(join(root, "dist/chunks"), join(dir, "dist/chunks"), { recursive: true });
    } catch {
      continue;
    }
    if (complete(join(dir, "dist"))) {
      writeFileSync(join(dir, "bin/hearback.js"), `import "../dist/cli.js";\n`);
      return join(dir, "bin/hearback.js");
    }
  }
  throw new Error("could not copy a complete build of dist/ (is a build running?)");
}

/** True when every chunk imported by cli.js and its chunks is there. */
function complete(dist: string): boolean {
  const files = [
    join(dist, "cli.js"),
    join(dist, "plan-worker.js"),
    ...readdirSync(join(dist, "chunks")).map((f) => join(dist, "chunks", f)),
  ];
  for (const f of files) {
    for (const m of readFileSync(f, "utf8").matchAll(/["']\.\.?\/(?:chunks\/)?([\w-]+\.js)["']/g)) {
      if (!existsSync(join(dist, "chunks", m[1]!)) && !existsSync(join(dist, m[1]!))) return false;
    }
  }
  return true;
}
