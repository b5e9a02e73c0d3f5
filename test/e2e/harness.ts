/**
 * What the browser tests run on: the production build of the web UI (made before the
 * suite, see ../web-build.ts), the real `hearback serve` on 127.0.0.1 with a free port over a store in a temp
 * folder, and Debian's Chromium driven by playwright-core with a fresh profile.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { PROGRAMS } from "../system-programs.js";

export const ROOT = new URL("../..", import.meta.url).pathname;
export const ARTIFACTS = join(ROOT, "test-artifacts");
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Server {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

/**
 * A private copy of the built package (bin, dist, examples; node_modules linked), so that
 * a rebuild of dist/ while the tests run (another suite rebuilding the CLI bundle replaces
 * dist/chunks) cannot pull a chunk from under the running server.
 */
function packageCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "hearback-e2e-pkg-"));
  for (const path of ["package.json", "bin", "dist", "examples"]) {
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

const MISSING_CHUNK = /ERR_MODULE_NOT_FOUND[\s\S]*dist\/chunks/;

/**
 * Runs `hearback serve --port 0` (what users run) over a fresh data folder, with `args`
 * besides (`--team`).
 */
export async function startServer(
  env: Record<string, string> = {},
  args: readonly string[] = [],
): Promise<Server> {
  for (let attempt = 1; ; attempt++) {
    const pkg = packageCopy();
    try {
      return await serveFrom(pkg, env, args);
    } catch (err) {
      rmSync(pkg, { recursive: true, force: true });
      // Copied while dist/ was being rebuilt: copy again once the build is done.
      if (attempt < 5 && MISSING_CHUNK.test(String(err))) {
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      throw err;
    }
  }
}

async function serveFrom(
  pkg: string,
  env: Record<string, string>,
  args: readonly string[],
): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), "hearback-e2e-"));
  const child: ChildProcess = spawn(
    process.execPath,
    [join(pkg, "bin/hearback.js"), "serve", "--port", "0", "--data-dir", dataDir, ...args],
    { cwd: pkg, env: { ...process.env, TZ: "UTC", ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr += String(d);
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout?.on("data", (d) => {
        out += String(d);
        const m = /running at (http:\/\/\S+?)\/?(\s|$)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once("exit", (code) => reject(new Error(`hearback serve exited (${code}): ${stderr}`)));
    });
    return {
      url,
      dataDir,
      stop: async () => {
        if (child.exitCode === null) {
          const exited = new Promise((r) => child.once("exit", r));
          child.kill("SIGTERM");
          await exited;
        }
        rmSync(dataDir, { recursive: true, force: true });
        rmSync(pkg, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Script errors and dialogs seen on the page: an XSS payload that ran would show here. */
  readonly alerts: string[];
  close(): Promise<void>;
}

export async function launch(
  opts: { width?: number; height?: number; dark?: boolean } = {},
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "hearback-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: PROGRAMS.chromium.path,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    colorScheme: opts.dark ? "dark" : "light",
    permissions: ["clipboard-read", "clipboard-write"],
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const alerts: string[] = [];
  page.on("dialog", (d) => {
    alerts.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("pageerror", (e) => alerts.push(`pageerror: ${e.message}`));
  return {
    context,
    page,
    alerts,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The serious and critical accessibility violations axe finds on the page, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // A notice fading in or out is half transparent: axe would measure its contrast mid-fade.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
}

/** Saves a screenshot to test-artifacts/ (the whole page unless `fullPage: false`). */
export async function screenshot(
  page: Page,
  name: string,
  opts: { fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({
    path: join(ARTIFACTS, `${name}.png`),
    fullPage: opts.fullPage ?? true,
    // The brief notice after an action would cover part of the page.
    style: ".toast { display: none !important; }",
  });
}

/**
 * A server on Denver's clock with the demo search loaded, and a browser on its Today page;
 * `stop` ends both.
 */
export async function demoSearch(): Promise<{
  demo: Server;
  view: Browser;
  stop: () => Promise<void>;
}> {
  const [demo, view] = await Promise.all([startServer({ TZ: "America/Denver" }), launch()]);
  await view.page.goto(demo.url);
  await view.page.getByRole("button", { name: "Load a demo job search" }).click();
  await view.page.getByRole("heading", { name: /Overdue/ }).waitFor();
  return {
    demo,
    view,
    stop: async () => {
      await view.close();
      await demo.stop();
    },
  };
}
