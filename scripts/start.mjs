// `npm start`: builds what is missing or out of date (the CLI bundle and the web UI), then
// runs `hearback serve` over the store in the user's data folder, prints the address and
// opens it in the browser (not when --no-open is given, in CI, or without a terminal).
// Arguments after `--` go to `hearback serve`: `npm start -- --port 5000`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const noOpen = args.includes("--no-open");
const serveArgs = args.filter((a) => a !== "--no-open");

/** The newest modification time of the files under `dir` (0 when it is missing). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return t;
}
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

const cli = join(root, "dist/cli.js");
const web = join(root, "dist/web/index.html");
const cliStale = mtime(cli) < newest(join(root, "src"));
const webStale = mtime(web) < Math.max(newest(join(root, "web")), newest(join(root, "src/core")));
if (cliStale || webStale) {
  process.stdout.write(
    `Building ${[cliStale && "the CLI", webStale && "the web app"].filter(Boolean).join(" and ")}...\n`,
  );
  const r = spawnSync(
    process.execPath,
    [join(root, "scripts/build.mjs"), ...(webStale ? [] : ["--cli-only"])],
    {
      stdio: "inherit",
    },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const child = spawn(process.execPath, [join(root, "bin/hearback.js"), "serve", ...serveArgs], {
  stdio: ["inherit", "pipe", "inherit"],
});
let opened = false;
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  const m = /running at (\S+)/.exec(String(chunk));
  if (m && !opened && !noOpen && process.stdout.isTTY && !process.env.CI) {
    opened = true;
    openBrowser(m[1]);
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

function openBrowser(url) {
  const [cmd, cmdArgs] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  try {
    const p = spawn(cmd, cmdArgs, { stdio: "ignore", detached: true });
    // No browser opener on this machine: the printed address is enough.
    p.on("error", () => {});
    p.unref();
  } catch {
    // same as above
  }
}
