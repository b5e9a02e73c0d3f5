/**
 * The fuzz harness: generated input for every way data comes in (timeline lines, CSV rows,
 * .eml files, API bodies, CLI options, reply text), each checked for what a user must be
 * able to count on:
 *
 * - no stack trace: every refusal is an expected error with a message (in process: a
 *   HearbackError; over HTTP: a 2xx or 4xx; from the CLI: exit 0 or 2, no "    at ");
 * - nothing stored on refusal: the log's last entry is the same before and after;
 * - every later read works: listing, the agenda, the page of each application the input
 *   changed, and `/api/today`. After a refusal that stored nothing the reads would meet the
 *   very log they met before, so only every 10th refusal reads again.
 *
 * The CLI's command lines run in this process through `runCli` (what `bin/hearback.js`
 * runs), with stdout, stderr and stdin of their own; a sample of them runs through the real
 * `bin/hearback.js` process as well.
 *
 * `npm test` runs a short pass with a fixed seed; `npm run fuzz` a long one. Settings, by
 * environment: FUZZ_COUNT (inputs per surface), FUZZ_CLI_COUNT (of the CLI's, how many
 * also start a process), FUZZ_SEED, FUZZ_SECONDS (a time bound per surface: the surface
 * stops early and says how many it ran). The figures are printed at the end.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program.js";
import { HearbackError } from "../../src/core/errors.js";
import { parseMessage } from "../../src/integrations/inbox.js";
import { createContext, type OpContext } from "../../src/ops/context.js";
import { importCsvIntoStore } from "../../src/ops/csv.js";
import { logMessages } from "../../src/ops/inbox.js";
import { runOp } from "../../src/ops/index.js";
import { createApp } from "../../src/server/app.js";
import { openStore, type Store } from "../../src/store/index.js";
import * as gen from "./generators.js";

const COUNT = Number(process.env.FUZZ_COUNT ?? 40);
const CLI_COUNT = Number(process.env.FUZZ_CLI_COUNT ?? 3);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 20);
const ROOT = join(import.meta.dirname, "../..");
const NOW = Date.parse("2026-11-18T19:00:00Z");

/** The run's folder: the demo store's first copy, the stores in use, the CLI's data folder. */
let dir: string;
let store: Store;
let app: Hono;

interface Tally {
  inputs: number;
  accepted: number;
  refused: number;
  /** Unexpected errors: what a user would have seen as a stack trace. */
  stackTraces: string[];
  /** Reads that failed after an input. */
  brokenReads: string[];
  /** Refusals that stored something anyway. */
  storedOnRefusal: string[];
  /** How long the surface ran. */
  seconds?: number;
}

const tallies = new Map<string, Tally>();

function tally(surface: string): Tally {
  let t = tallies.get(surface);
  if (!t) {
    t = {
      inputs: 0,
      accepted: 0,
      refused: 0,
      stackTraces: [],
      brokenReads: [],
      storedOnRefusal: [],
    };
    tallies.set(surface, t);
  }
  return t;
}

const context = (): Promise<OpContext> =>
  createContext({ store, now: NOW, fallbackZone: "America/Denver", source: "fuzz" });

async function lastEntry(): Promise<number> {
  const [last] = await store.log({ limit: 1 });
  return last?.id ?? 0;
}

/**
 * The applications of the entries after entry `before` up to `last`: only those are read
 * (ids only grow), for the log's last 200 would be replies of up to 100 KB read whole.
 */
async function appsSince(before: number, last: number): Promise<string[]> {
  const entries = await store.log({ limit: last - before });
  return [...new Set(entries.filter((e) => e.id > before).map((e) => e.app))];
}

/** Every read a user makes after an input: none may fail. */
async function readsWork(t: Tally, what: string, apps: readonly string[]): Promise<void> {
  try {
    const ctx = await context();
    await runOp(ctx, "listApplications", {});
    await runOp(ctx, "agenda", { all: true });
    for (const a of apps) await runOp(ctx, "showApplication", { app: a });
    const today = await app.request("http://127.0.0.1:4100/api/today");
    if (today.status !== 200) throw new Error(`/api/today answered ${today.status}`);
  } catch (err) {
    t.brokenReads.push(`${what}: ${(err as Error).stack ?? String(err)}`);
  }
}

/**
 * Every how many inputs run in process meet a fresh copy of the demo store. `undo` takes
 * back what an input stored, but the log keeps both entries and reads step over taken-back
 * ones: after 1,500 replies and their undos each reply's cycle took a third more time.
 */
const FRESH_STORE_EVERY = 250;
/** Inputs run in process, of every surface. */
let attempts = 0;
/** Copies made. */
let stores = 0;

/** Opens a fresh copy of the demo store (in `seed`, closed), closing the one in use. */
async function freshStore(): Promise<void> {
  if (stores > 0) {
    await store.close();
    rmSync(join(dir, `store-${stores}`), { recursive: true, force: true });
  }
  const copy = join(dir, `store-${++stores}`);
  cpSync(join(dir, "seed"), copy, { recursive: true });
  store = await openStore({ dir: copy });
  app = createApp({ store, clock: () => NOW, fallbackZone: "America/Denver" });
}

/** Of the refusals that stored nothing, every how many-th is followed by the reads. */
const READ_AFTER_REFUSALS = 10;

/**
 * Runs one input in process: it may be accepted or refused with a message, nothing else.
 * What it stored is taken back after the reads (`undo`), so that every input meets the same
 * store; with a fresh copy every FRESH_STORE_EVERY inputs, a long run takes time in
 * proportion to its inputs.
 */
async function attempt(surface: string, what: string, run: () => Promise<unknown>): Promise<void> {
  const t = tally(surface);
  t.inputs++;
  if (++attempts % FRESH_STORE_EVERY === 0) await freshStore();
  const before = await lastEntry();
  let sample = true;
  try {
    await run();
    t.accepted++;
  } catch (err) {
    if (!(err instanceof HearbackError) || err.code === "failed") {
      t.stackTraces.push(`${what}: ${(err as Error).stack ?? String(err)}`);
    } else {
      t.refused++;
      sample = t.refused % READ_AFTER_REFUSALS === 0;
      if ((await lastEntry()) !== before) t.storedOnRefusal.push(what);
    }
  }
  const last = await lastEntry();
  if (last !== before || sample) await readsWork(t, what, await appsSince(before, last));
  if (last !== before) await runOp(await context(), "undo", {});
}

/** Runs `count` generated inputs through `each`, within the time bound. */
async function drive<T>(
  surface: string,
  arb: fc.Arbitrary<T>,
  count: number,
  each: (input: T) => Promise<void>,
): Promise<void> {
  const deadline = Date.now() + SECONDS * 1000;
  // One input at a time, each from its own seed: inputs of up to 100 KB, 10,000 of them
  // drawn at once, would not fit in memory.
  for (let i = 0; i < count && Date.now() <= deadline; i++) {
    const [input] = fc.sample(arb, { seed: SEED + surface.length + i * 7919, numRuns: 1 });
    await each(input as T);
  }
  const t = tally(surface);
  t.seconds = Math.round((Date.now() - deadline) / 1000 + SECONDS);
  expect(t.stackTraces, "stack traces").toEqual([]);
  expect(t.brokenReads, "reads that failed afterwards").toEqual([]);
  expect(t.storedOnRefusal, "refusals that stored something").toEqual([]);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hearback-fuzz-"));
  store = await openStore({ dir: join(dir, "seed") });
  await runOp(await context(), "importTimeline", {
    text: readFileSync(join(ROOT, "examples/demo.jsonl"), "utf8"),
    name: "demo.jsonl",
  });
  // Read once, so that every copy starts with the plans and waits a user's store would keep.
  await runOp(await context(), "agenda", { all: true });
  await store.close();
  await freshStore();
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const lines = [...tallies].map(
    ([s, t]) =>
      `fuzz ${s}: ${t.inputs} inputs (${t.accepted} accepted, ${t.refused} refused), ${t.stackTraces.length} stack traces, ${t.brokenReads.length} broken reads, ${t.storedOnRefusal.length} stored on refusal, ${t.seconds ?? "?"} s`,
  );
  process.stdout.write(`\nfuzz seed ${SEED}\n${lines.join("\n")}\n`);
});

describe(`fuzzing every input surface (seed ${SEED}, ${COUNT} inputs each)`, () => {
  const timeout = (SECONDS + 60) * 1000;

  it("timeline lines are imported or refused with a message, and reads still work", {
    timeout,
  }, async () => {
    let n = 0;
    await drive("timeline", gen.timelineText, COUNT, (text) => {
      // New application ids each time, half the time defined first, so that imports can succeed.
      const ids = text.replaceAll('"fz-a"', `"fz-a${++n}"`).replaceAll('"fz-b"', `"fz-b${n}"`);
      const head = `{"type":"application","app":"fz-a${n}","company":"Fuzz","role":"R"}\n`;
      const input = n % 2 === 0 ? head + ids : ids;
      return attempt("timeline", input.slice(0, 300), async () =>
        runOp(await context(), "importTimeline", { text: input, name: "fuzz.jsonl" }),
      );
    });
  });

  it("CSV rows are imported or refused with a message, and reads still work", {
    timeout,
  }, async () => {
    await drive("csv", gen.csvText, COUNT, (text) =>
      attempt("csv", text.slice(0, 300), async () =>
        importCsvIntoStore({ ctx: await context(), text, file: "fuzz.csv", source: "csv" }),
      ),
    );
  });

  it(".eml files are logged or refused with a message, and reads still work", {
    timeout,
  }, async () => {
    await drive("eml", gen.emlBytes, COUNT, (bytes) =>
      attempt("eml", bytes.toString("latin1").slice(0, 300), async () => {
        const message = await parseMessage(bytes, "fuzz.eml");
        await logMessages({ ctx: await context(), messages: [message] });
      }),
    );
  });

  it("reply text is recorded and gauged, and reads still work", { timeout }, async () => {
    await drive("reply", gen.replyText, COUNT, (text) =>
      attempt("reply", JSON.stringify(text.slice(0, 200)), async () =>
        runOp(await context(), "logReply", { app: "acme-pm", text }),
      ),
    );
  });

  it("API bodies are answered 2xx or 4xx, never 5xx, and reads still work", {
    timeout,
  }, async () => {
    await drive("api", gen.apiRequest, COUNT, (req) =>
      attempt("api", `${req.method} ${req.path} ${req.body.slice(0, 200)}`, async () => {
        const res = await app.request(`http://127.0.0.1:4100${req.path}`, {
          method: req.method,
          headers: {
            origin: "http://127.0.0.1:4100",
            "x-hearback": "1",
            "content-type": "application/json",
          },
          body: req.method === "GET" ? undefined : req.body,
        });
        if (res.status >= 500) throw new Error(`${res.status}: ${await res.text()}`);
        if (res.status >= 400) throw new HearbackError("bad-input", `answered ${res.status}`);
      }),
    );
  });

  it("CLI options end with exit 0 or 2 and a message, never a stack trace", {
    timeout,
  }, async () => {
    const data = join(dir, "cli");
    await run(["import", join(ROOT, "examples/demo.jsonl"), "--data-dir", data]);
    const cliStore = await openStore({ dir: data });
    const last = async () => (await cliStore.log({ limit: 1 }))[0]?.id ?? 0;
    // Every so many command lines also run as a process, through bin/hearback.js.
    const processEvery = Math.max(1, Math.round(COUNT / Math.max(CLI_COUNT, 1)));
    let n = 0;
    await drive("cli", gen.cliArgs, COUNT, async (args) => {
      const t = tally("cli");
      t.inputs++;
      const hearback = n++ % processEvery === 0 ? run : runHere;
      const before = await last();
      const r = await hearback([...args, "--data-dir", data]);
      const what = `hearback ${args.join(" ")}`;
      if (
        /^\s+at /m.test(r.stderr) ||
        ![0, 1, 2].includes(r.status) ||
        /unexpected error/.test(r.stderr)
      ) {
        t.stackTraces.push(`${what}: exit ${r.status}: ${r.stderr.slice(0, 500)}`);
      } else if (r.status === 0) t.accepted++;
      else {
        t.refused++;
        if ((await last()) !== before) t.storedOnRefusal.push(what);
      }
      // In process: the command line tests a process's start-up, bundle and exit status
      // (list and agenda are among the commands); reads as processes too made the sampled
      // inputs (4 s each at load 10, against 0.1 s in process) half of a long run.
      for (const read of [["list"], ["agenda", "--all"]]) {
        const after = await runHere([...read, "--data-dir", data]);
        if (after.status !== 0) t.brokenReads.push(`${what}, then ${read[0]}: ${after.stderr}`);
      }
      // What it stored is taken back, so that every command line meets the same store.
      if ((await last()) !== before) await runHere(["undo", "--data-dir", data]);
    });
    await cliStore.close();
  });
});

interface Ran {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * `hearback ARGS` in this process, as `bin/hearback.js` runs it (`runCli`): its output
 * caught, an empty stdin (as from `< /dev/null`), and the run's folder as the working
 * directory (`draft --out NAME` writes there).
 */
async function runHere(args: readonly string[]): Promise<Ran> {
  const caught = { stdout: "", stderr: "" };
  const catching = (key: keyof typeof caught) =>
    ((chunk: unknown, ...rest: unknown[]) => {
      caught[key] += String(chunk);
      const done = rest.find((r) => typeof r === "function") as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write;
  const saved = {
    stdout: process.stdout.write,
    stderr: process.stderr.write,
    stdin: Object.getOwnPropertyDescriptor(process, "stdin") as PropertyDescriptor,
    cwd: process.cwd(),
  };
  process.stdout.write = catching("stdout");
  process.stderr.write = catching("stderr");
  Object.defineProperty(process, "stdin", { value: Readable.from([]), configurable: true });
  process.chdir(dir);
  try {
    const status = await runCli([process.execPath, "hearback", ...args]);
    return { status, ...caught };
  } finally {
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    Object.defineProperty(process, "stdin", saved.stdin);
    process.chdir(saved.cwd);
  }
}

/** `hearback ARGS` as a process of its own, through bin/hearback.js. */
function run(args: readonly string[]): Promise<Ran> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [join(ROOT, "bin/hearback.js"), ...args],
      {
        env: { ...process.env, NO_COLOR: "1", TZ: "America/Denver" },
        // `draft --out NAME` writes where it runs: in the run's own folder, not the project.
        cwd: dir,
        timeout: 30_000,
        maxBuffer: 1 << 26,
      },
      (err, stdout, stderr) => {
        const status = err ? (typeof err.code === "number" ? err.code : 99) : 0;
        resolve({ status, stdout: String(stdout), stderr: String(stderr) });
      },
    );
    // Stdin ends at once, as from `< /dev/null`: `reply` without --text reads the reply
    // there, and would otherwise wait for it until the timeout.
    child.stdin?.end();
  });
}
