/**
 * `npm run bench -- web`: what the web app costs.
 *
 * 1. JavaScript shipped to the browser (dist/web), gzipped, all chunks; goal: at most 120 KB.
 * 2. The Today and Insights pages with 1,000 applications, in headless Chromium, median of
 *    10 loads each, from navigation to: the page's content on screen (Today's last action,
 *    Insights' last chart and table), then interactive: a click on one of its controls
 *    handled (Today: Open draft opens the dialog; Insights: a link in the navigation takes
 *    the app to Today); goal: interactive in under 500 ms on localhost. Their views are
 *    computed once before (timed: first request, then kept), so every load gets the kept
 *    answer, as every visit but the first after a change does.
 * 3. The agenda API with 1,000 applications under load from a second process (autocannon,
 *    10 connections, 10 s each): requests per second and p99, for GET /api/today (the UI's
 *    view, kept between changes to the store) and GET /api/ops/agenda (planned afresh on
 *    every request), against a trivial Hono route served the same way in the same run.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { chromium } from "playwright-core";
import { createContext, runOp } from "../../src/ops/index.js";
import { createApp } from "../../src/server/app.js";
import { openStore } from "../../src/store/index.js";
import { generateTimeline } from "../plan/generate.js";

const run = promisify(execFile);
const root = process.cwd();
const APPS = 1_000;
const LOADS = 10;
/** The moment the synthetic timeline is planned at (as in the plan benchmark). */
const NOW = Date.parse("2026-11-18T19:00:00Z");
const ZONE = "America/Denver";

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/* 1. bytes shipped */
const assets = join(root, "dist/web/assets");
let js = 0;
let jsGz = 0;
let css = 0;
const chunks: string[] = [];
for (const f of readdirSync(assets)) {
  const bytes = readFileSync(join(assets, f));
  const gz = gzipSync(bytes, { level: 9 }).length;
  if (f.endsWith(".js")) {
    js += bytes.length;
    jsGz += gz;
    // Vite names chunks NAME-HASH.js; the names (index, InsightsPage) have no hyphen.
    chunks.push(`${f.slice(0, f.indexOf("-"))} ${kb(gz)}`);
  } else if (f.endsWith(".css")) css += gz;
}
console.log(
  `web bundle: JS ${kb(jsGz)} gzipped (${chunks.sort().join(", ")}; ${kb(js)} raw; goal <= 120 KB gzipped), CSS ${kb(css)} gzipped`,
);

/* the data: 1,000 applications imported through the operations */
const dir = mkdtempSync(join(tmpdir(), "hearback-bench-web-"));
const dataDir = join(root, "bench/.data");
mkdirSync(dataDir, { recursive: true });
const file = join(dataDir, `web-timeline-${APPS}.jsonl`);
await generateTimeline(file, APPS);
const store = await openStore({ dir });
const ctx = await createContext({ store, now: NOW, fallbackZone: ZONE, source: "bench" });
const imported = await runOp(ctx, "importTimeline", {
  text: readFileSync(file, "utf8"),
  name: "bench",
});
const app = createApp({
  store,
  clock: () => NOW,
  fallbackZone: ZONE,
  webDir: join(root, "dist/web"),
});
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((r) => server.once("listening", r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
/** One GET of the view at `path`, its body read: ms and the body. */
async function get(path: string): Promise<{ ms: number; body: string }> {
  const start = performance.now();
  const body = await (await fetch(`${base}${path}`)).text();
  return { ms: performance.now() - start, body };
}
const views: Record<string, string> = {};
for (const path of ["/api/today", "/api/insights"]) {
  const first = await get(path);
  const kept: number[] = [];
  for (let i = 0; i < 5; i++) kept.push((await get(path)).ms);
  views[path] = first.body;
  console.log(
    `GET ${path}: ${first.ms.toFixed(0)} ms computed, then kept: median ${median(kept).toFixed(1)} ms of 5 (${kb(first.body.length)} of JSON)`,
  );
}
const today = JSON.parse(views["/api/today"]!) as Record<
  "overdue" | "today" | "upcoming" | "letGo",
  unknown[]
>;
const shown =
  today.overdue.length + today.today.length + today.upcoming.length + today.letGo.length;
console.log(
  `data: ${APPS} applications, ${imported.imported} events; Today lists ${shown} actions`,
);

/* 2. Today and Insights in Chromium */
const profile = mkdtempSync(join(tmpdir(), "hearback-bench-chromium-"));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
let page = browser.pages()[0] ?? (await browser.newPage());
const since = () => page.evaluate(() => performance.now());

interface Loads {
  shown: number[];
  interactive: number[];
  /** Chromium's main-thread busy time for the load (TaskDuration): what the machine's load moves least. */
  busy: number[];
}

/** Loads `path` LOADS times, each in a fresh tab: ms from navigation to its content on screen, then to a click handled. */
async function loads(path: string, content: () => Promise<void>, click: () => Promise<void>) {
  const r: Loads = { shown: [], interactive: [], busy: [] };
  for (let i = 0; i < LOADS; i++) {
    await page.close();
    page = await browser.newPage();
    const cdp = await browser.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(`${base}${path}`);
    await content();
    r.shown.push(await since());
    await click();
    r.interactive.push(await since());
    const { metrics } = await cdp.send("Performance.getMetrics");
    r.busy.push(metrics.find((m) => m.name === "TaskDuration")!.value * 1000);
  }
  return r;
}

const spread = (xs: number[]) =>
  `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
const report = (name: string, r: Loads) =>
  console.log(
    `${name} page, ${APPS} applications, ${LOADS} loads: content on screen ${spread(r.shown)}; interactive ${spread(r.interactive)} (goal < 500 ms); main thread busy ${spread(r.busy)}`,
  );

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(", ")} on ${availableParallelism()} cores`,
);
report(
  "Today",
  await loads(
    "/",
    () => page.locator("li.action button").last().waitFor(),
    async () => {
      await page.getByRole("button", { name: "Open draft" }).first().click();
      await page.locator("dialog[open]").waitFor();
    },
  ),
);
report(
  "Insights",
  await loads(
    "/insights",
    async () => {
      await page.locator(".figure.wide .chart rect.bar").last().waitFor();
      await page.locator(".figure.wide tbody tr").last().waitFor();
    },
    async () => {
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Today" })
        .click();
      await page.locator('nav a[aria-current="page"][href="/"]').waitFor();
    },
  ),
);
await browser.close();
rmSync(profile, { recursive: true, force: true });

/* 3. under load, against the floor */
const floorApp = new Hono().get("/ping", (c) => c.json({ ok: true }));
const floor = serve({ fetch: floorApp.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((r) => floor.once("listening", r));
const floorUrl = `http://127.0.0.1:${(floor.address() as AddressInfo).port}/ping`;

interface Cannon {
  requests: { average: number };
  latency: { p99: number; average: number };
  non2xx: number;
  errors: number;
}
async function cannon(url: string): Promise<Cannon> {
  const { stdout } = await run(
    process.execPath,
    [join(root, "node_modules/autocannon/autocannon.js"), "-c", "10", "-d", "10", "-j", url],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Cannon;
}
const trivial = await cannon(floorUrl);
const agenda = await cannon(`${base}/api/today`);
const planned = await cannon(`${base}/api/ops/agenda`);
const line = (name: string, r: Cannon) =>
  `${name}: ${r.requests.average.toFixed(0)} req/s, p99 ${r.latency.p99} ms, mean ${r.latency.average.toFixed(1)} ms${r.non2xx || r.errors ? ` (${r.non2xx} non-2xx, ${r.errors} errors)` : ""}`;
console.log(line("floor, trivial Hono route", trivial));
console.log(line(`GET /api/today, ${APPS} applications (answer kept between changes)`, agenda));
console.log(line(`GET /api/ops/agenda, ${APPS} applications (planned on every request)`, planned));
console.log(
  `ratios to the floor's req/s: /api/today ${(agenda.requests.average / trivial.requests.average).toFixed(2)}x, /api/ops/agenda ${(planned.requests.average / trivial.requests.average).toFixed(4)}x`,
);

floor.close();
server.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
