/**
 * The web app as the tests use it: the production build (dist/web), made by Vite as
 * `npm run build` makes it, before the suite (test/global-setup.ts) when it is missing or
 * stale; the browser tests (test/e2e) then run against what ships.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;

function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

/** A line only React's development bundle holds (its warning about list keys). */
export const REACT_DEVELOPMENT_MARK = 'unique "key" prop';

/** The built UI's entry script (React is in it; pages loaded later have chunks of their own). */
function builtScript(): string | undefined {
  const assets = join(ROOT, "dist/web/assets");
  if (!existsSync(assets)) return undefined;
  const js = readdirSync(assets).find((f) => f.startsWith("index-") && f.endsWith(".js"));
  return js === undefined ? undefined : readFileSync(join(assets, js), "utf8");
}

/**
 * Builds dist/web as `npm run build` does (Vite, in production mode: what ships) when it is
 * missing, older than the UI's sources, or a development build. The test runner sets
 * NODE_ENV=test, which would give React's development bundle; so the build is told.
 */
export function buildWebIfStale(): void {
  const index = join(ROOT, "dist/web/index.html");
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(
    newest(join(ROOT, "web")),
    newest(join(ROOT, "src/core")),
    statSync(join(ROOT, "src/server/api-types.ts")).mtimeMs,
  );
  const script = builtScript();
  if (built >= sources && script !== undefined && !script.includes(REACT_DEVELOPMENT_MARK)) return;
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules/vite/bin/vite.js"),
      "build",
      "--config",
      "web/vite.config.ts",
      "--logLevel",
      "warn",
    ],
    { cwd: ROOT, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } },
  );
}
