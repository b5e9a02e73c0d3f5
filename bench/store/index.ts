/**
 * `npm run bench -- store`: the tracker's read path, as users run it.
 *
 * 1. Cold start: `hearback agenda` with 1,000 applications stored, against `node -e 0`
 *    measured in the same run, interleaved (goal: at most 2.5x).
 * 2. Scale: `hearback agenda` with 1k, 10k and 100k applications stored (goal: under 1 s
 *    at 100k): the first run with no kept plans (a cold plan cache: everything is planned
 *    and kept), then runs that find them kept (warm), and where the time of planning
 *    everything goes in process (read, fold, plan).
 * Also reported: `hearback import` speed, which builds the stores (once; they are kept in
 * bench/.data between runs).
 *
 * The applications come from the plan benchmark's generator (about 10 events each).
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { fold } from "../../src/core/fold.js";
import { plan } from "../../src/core/plan.js";
import { readReply } from "../../src/gauge/index.js";
import { createContext, runOp } from "../../src/ops/index.js";
import { openStore } from "../../src/store/index.js";
import { businessCalendar } from "../../src/time/business-days.js";
import { applicationLines, rng } from "../plan/generate.js";

const root = process.cwd();
const BIN = snapshotCli();
const SIZES = (process.env.BENCH_STORE_SIZES ?? "1000,10000,100000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const NOW = "2026-11-18T12:00";
const ZONE = "America/Denver";
const env = {
  ...process.env,
  NO_COLOR: "1",
  TZ: ZONE,
  HEARBACK_HOME: join(root, "bench/.data/none"),
};

/**
 * A private copy of the built CLI (bin/ and dist/), so that nobody rebuilding dist/ in the
 * same working tree can change or break what is being measured half way. It resolves its
 * packages from the repository's node_modules, as the original does.
 */
function snapshotCli(): string {
  const snap = join(root, "bench/.data/cli-snapshot");
  for (let attempt = 1; ; attempt++) {
    spawnSync(process.execPath, [join(root, "scripts/build.mjs"), "--cli-only"], {
      stdio: "inherit",
    });
    rmSync(snap, { recursive: true, force: true });
    cpSync(join(root, "dist"), join(snap, "dist"), {
      recursive: true,
      filter: (f) => !f.includes("/dist/web"),
    });
    cpSync(join(root, "bin"), join(snap, "bin"), { recursive: true });
    const bin = join(snap, "bin/hearback.js");
    const ok = spawnSync(process.execPath, [bin, "agenda", "--help"], { encoding: "utf8" });
    const chunks = readdirSync(join(snap, "dist/chunks"));
    const cli = readFileSync(join(snap, "dist/cli.js"), "utf8");
    const missing = [...cli.matchAll(/chunks\/([\w-]+\.js)/g)].some((m) => !chunks.includes(m[1]!));
    if (ok.status === 0 && !missing) return bin;
    if (attempt === 5) throw new Error(`could not snapshot a working CLI build: ${ok.stderr}`);
  }
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** A data folder with `n` applications, imported through `hearback import`'s operation. */
async function storeWith(n: number): Promise<string> {
  const dir = join(root, "bench/.data", `store-${n}`);
  if (existsSync(join(dir, "hearback.db"))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = rng(42);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) for (const l of applicationLines(i, random)) lines.push(l);
  const text = `${lines.join("\n")}\n`;
  const store = await openStore({ dir });
  try {
    const ctx = await createContext({
      store,
      now: Date.now(),
      fallbackZone: ZONE,
      source: "bench",
    });
    await runOp(ctx, "updateSettings", { timezone: ZONE, region: "US" });
    const t = performance.now();
    const r = await runOp(
      await createContext({ store, now: Date.now(), fallbackZone: ZONE, source: "bench" }),
      "importTimeline",
      { text, name: "bench.jsonl" },
    );
    const took = performance.now() - t;
    console.log(
      `import ${n.toLocaleString("en")} applications: ${r.imported.toLocaleString("en")} events in ${ms(took)} (${Math.round(r.imported / (took / 1000)).toLocaleString("en")} events/s)`,
    );
  } finally {
    await store.close();
  }
  return dir;
}

/**
 * GNU time, when the machine has it, also gives the CPU seconds a run used: on a shared
 * machine under load, wall-clock times swing with the load, CPU time much less.
 */
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

interface Timing {
  readonly wall: number;
  /** user + system CPU milliseconds, or NaN without GNU time. */
  readonly cpu: number;
}

function run(args: readonly string[]): Timing {
  const [cmd, argv] = GNU_TIME
    ? [GNU_TIME, ["-f", "%U %S", process.execPath, ...args]]
    : [process.execPath, [...args]];
  const t = performance.now();
  const r = spawnSync(cmd, argv, { env, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 2 ** 30 });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  const last = String(r.stderr).trim().split("\n").at(-1) ?? "";
  const [user, sys] = last.split(" ").map(Number);
  return { wall, cpu: GNU_TIME ? ((user ?? Number.NaN) + (sys ?? Number.NaN)) * 1000 : Number.NaN };
}

const dirs = new Map<number, string>();
for (const n of [...new Set([1000, ...SIZES])]) {
  const dir = await storeWith(n);
  // Brought up to the current schema here (once), so that no timed run migrates.
  await (await openStore({ dir })).close();
  dirs.set(n, dir);
}

/** Deletes the kept plans: the next agenda plans everything (a cold plan cache). */
function dropKeptPlans(dir: string): void {
  const db = new Database(join(dir, "hearback.db"));
  db.exec("DELETE FROM plan_cache");
  db.close();
}

// 0. Import speed, into an empty folder each run (the stores above are built once and kept).
{
  const random = rng(7);
  const lines: string[] = [];
  for (let i = 0; i < 10_000; i++) for (const l of applicationLines(i, random)) lines.push(l);
  const dir = join(root, "bench/.data/import-run");
  rmSync(dir, { recursive: true, force: true });
  const store = await openStore({ dir });
  const ctx = await createContext({ store, now: Date.now(), fallbackZone: ZONE, source: "bench" });
  const t = performance.now();
  const r = await runOp(ctx, "importTimeline", { text: lines.join("\n"), name: "bench.jsonl" });
  const took = performance.now() - t;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `import 10,000 applications (${r.imported.toLocaleString("en")} events, checked and stored in one transaction): ${ms(took)}, ${Math.round(r.imported / (took / 1000)).toLocaleString("en")} events/s`,
  );
}

// 1. Cold start, interleaved with the baseline so that both see the same machine load.
const agenda1k = [BIN, "agenda", "--now", NOW, "--data-dir", dirs.get(1000)!];
const base: Timing[] = [];
const help: Timing[] = [];
const cold: Timing[] = [];
run(["-e", "0"]);
run(agenda1k);
for (let i = 0; i < RUNS; i++) {
  base.push(run(["-e", "0"]));
  help.push(run([BIN, "--help"]));
  cold.push(run(agenda1k));
}
const wallOf = (xs: Timing[]) => median(xs.map((x) => x.wall));
const cpuOf = (xs: Timing[]) => median(xs.map((x) => x.cpu));
const line = (label: string, xs: Timing[], goal = "") => {
  const w = wallOf(xs);
  const c = cpuOf(xs);
  const cpu = Number.isNaN(c)
    ? ""
    : `   cpu ${ms(c).padStart(7)}  ${(c / cpuOf(base)).toFixed(2)}x`;
  console.log(
    `  ${label.padEnd(30)} wall ${ms(w).padStart(7)}  ${(w / wallOf(base)).toFixed(2)}x${cpu}${goal}`,
  );
};
console.log(`\ncold start (median of ${RUNS}, interleaved):`);
line("node -e 0", base);
line("hearback --help", help);
line("hearback agenda (1,000 apps)", cold, "  (plans kept by the first run; goal <= 2.5x)");

// 2. Scale.
const scaleRuns = Math.max(3, Math.floor(RUNS / 3));
console.log(
  `\nhearback agenda by applications stored (median of ${scaleRuns}; in process: one run):`,
);
console.log(
  "  apps       db size   cold cache wall (cpu)   agenda wall (cpu)     --all --json wall (cpu)    read    fold    plan",
);
for (const n of SIZES) {
  const dir = dirs.get(n)!;
  dropKeptPlans(dir);
  const first = run([BIN, "agenda", "--now", NOW, "--data-dir", dir]);
  const a: Timing[] = [];
  const all: Timing[] = [];
  for (let i = 0; i < scaleRuns; i++) {
    a.push(run([BIN, "agenda", "--now", NOW, "--data-dir", dir]));
    all.push(run([BIN, "agenda", "--all", "--json", "--now", NOW, "--data-dir", dir]));
  }
  // In process: where the time goes.
  const store = await openStore({ dir });
  const settings = await store.settings();
  let t = performance.now();
  const events = await store.timeline();
  const read = performance.now() - t;
  t = performance.now();
  const states = fold(events, { defaultZone: ZONE, defaultRegion: "US", readReply });
  const folded = performance.now() - t;
  t = performance.now();
  plan({ states, now: Date.parse("2026-11-18T19:00:00Z"), settings, calendars: businessCalendar });
  const planned = performance.now() - t;
  await store.close();
  const size = statSync(join(dir, "hearback.db")).size / 1e6;
  console.log(
    `  ${n.toLocaleString("en").padEnd(9)} ${`${size.toFixed(0)} MB`.padStart(7)}  ${`${ms(first.wall)} (${ms(first.cpu)})`.padStart(22)}  ${`${ms(wallOf(a))} (${ms(cpuOf(a))})`.padStart(20)}  ${`${ms(wallOf(all))} (${ms(cpuOf(all))})`.padStart(25)}  ${ms(read).padStart(6)}  ${ms(folded).padStart(6)}  ${ms(planned).padStart(6)}`,
  );
}
writeFileSync(join(root, "bench/.data/store-last.txt"), new Date().toISOString());
