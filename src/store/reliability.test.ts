/**
 * What the store promises across processes, tested with real processes on a real file:
 * no acknowledged write is lost when a writer is killed, a batch is all or nothing, and
 * two writers at once both succeed (no SQLITE_BUSY reaches them).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { build } from "esbuild";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rng } from "../../bench/plan/generate.js";
import { hearback } from "../../test/cli.js";
import { openStore } from "./sqlite.js";

const KILLS = 50;
/** Events per append: a batch is stored whole or not at all. */
const BATCH_SIZE = 3;
const BIN = join(import.meta.dirname, "../../bin/hearback.js");

let work: string;
let writer: string;
let dir: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "hearback-reliability-"));
  // The writer runs as its own Node process, so it is bundled like the CLI.
  writer = join(import.meta.dirname, "../../node_modules/.cache/hearback-tests/writer.mjs");
  await build({
    entryPoints: [join(import.meta.dirname, "fixtures/writer.ts")],
    outfile: writer,
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "warning",
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeEach(async () => {
  dir = mkdtempSync(join(work, "data-"));
  const store = await openStore({ dir });
  await store.append([{ type: "application", app: "acme", company: "Acme", role: "PM" }], {
    recordedAt: 0,
    source: "test",
  });
  await store.close();
});

function startWriter(
  tag: string,
  count: number,
  stopFile?: string,
): {
  child: ChildProcess;
  acked: number[];
  firstAck: Promise<void>;
  exit: Promise<{ code: number | null; signal: string | null; stderr: string }>;
} {
  const args = [
    writer,
    dir,
    tag,
    String(count),
    String(BATCH_SIZE),
    ...(stopFile ? [stopFile] : []),
  ];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  const acked: number[] = [];
  let pending = "";
  let stderr = "";
  let resolveFirst: () => void = () => {};
  const firstAck = new Promise<void>((r) => {
    resolveFirst = r;
  });
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) acked.push(Number(line));
    if (acked.length > 0) resolveFirst();
  });
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exit = new Promise<{ code: number | null; signal: string | null; stderr: string }>(
    (resolve) => {
      child.on("exit", (code, signal) => {
        resolveFirst();
        resolve({ code, signal, stderr });
      });
    },
  );
  return { child, acked, firstAck, exit };
}

/** How many CLI commands, and how many HTTP requests, write at once. */
const WRITERS = 6;

/** Runs the real CLI on the test's data folder. */
async function run(args: readonly string[]): Promise<{ status: number; stderr: string }> {
  const { status, stderr } = await hearback([...args, "--data-dir", dir]);
  return { status, stderr };
}

/** The real `hearback serve` on a free loopback port over the test's data folder. */
async function startServe(): Promise<{
  url: string;
  stderr: () => string;
  stop: () => Promise<void>;
}> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--data-dir", dir], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d) => {
    stderr += String(d);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += String(d);
      const m = /running at (http:\/\/\S+?)\/?(\s|$)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once("exit", (code) => reject(new Error(`hearback serve exited (${code}): ${stderr}`)));
  });
  return {
    url,
    stderr: () => stderr,
    stop: async () => {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

function batchSizes(file: string): Map<number, number> {
  const db = new Database(file);
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const rows = db
      .prepare("SELECT batch, count(*) AS n FROM events WHERE type = 'note' GROUP BY batch")
      .all() as { batch: number; n: number }[];
    return new Map(rows.map((r) => [r.batch, r.n]));
  } finally {
    db.close();
  }
}

describe("a writer killed at random moments", () => {
  it(`loses no acknowledged write and leaves no half batch (${KILLS} kills)`, async () => {
    const seed = Date.now() % 100_000;
    const next = rng(seed);
    const acknowledged: number[] = [];
    for (let i = 0; i < KILLS; i++) {
      const w = startWriter(`kill-${i}`, 100_000);
      // Startup takes a while; kill somewhere in the stream of writes that follows.
      await w.firstAck;
      await new Promise((r) => setTimeout(r, next() * 40));
      w.child.kill("SIGKILL");
      const { signal } = await w.exit;
      expect(signal, `seed ${seed}, kill ${i}`).toBe("SIGKILL");
      acknowledged.push(...w.acked);

      const sizes = batchSizes(join(dir, "hearback.db"));
      const lost = acknowledged.filter((b) => sizes.get(b) !== BATCH_SIZE);
      expect(lost, `seed ${seed}, kill ${i}: acknowledged batches missing`).toEqual([]);
      const partial = [...sizes].filter(([, n]) => n !== BATCH_SIZE);
      expect(partial, `seed ${seed}, kill ${i}: batches stored in part`).toEqual([]);
    }
    expect(acknowledged.length).toBeGreaterThan(KILLS);
    // And the store still opens and writes after all that.
    const store = await openStore({ dir });
    await store.append([{ type: "note", app: "acme", at: "2026-11-02T10:00Z", text: "after" }], {
      recordedAt: 1,
      source: "test",
    });
    expect((await store.timeline()).at(-1)).toMatchObject({ text: "after" });
    await store.close();
  }, 120_000);
});

describe("two processes writing at once", () => {
  it("both succeed and every write is stored", async () => {
    const a = startWriter("a", 150);
    const b = startWriter("b", 150);
    const [ea, eb] = await Promise.all([a.exit, b.exit]);
    expect(ea).toEqual({ code: 0, signal: null, stderr: "" });
    expect(eb).toEqual({ code: 0, signal: null, stderr: "" });
    const sizes = batchSizes(join(dir, "hearback.db"));
    expect(sizes.size).toBe(300);
    expect([...a.acked, ...b.acked].every((id) => sizes.get(id) === BATCH_SIZE)).toBe(true);
  }, 60_000);

  it("CLI commands and HTTP requests write at once with a writer process: all stored once, none busy", async () => {
    const stop = join(dir, "stop");
    const w = startWriter("writer", 1_000_000, stop);
    await w.firstAck;
    const server = await startServe();
    const timed = async <T>(write: () => Promise<T>) => {
      const start = Date.now();
      const result = await write();
      return { start, end: Date.now(), result };
    };
    const cli = (i: number) =>
      timed(() =>
        run(["sent", "acme", "--kind", "check-in", "--to", `Person ${i}`, "--new-contact"]),
      );
    const http = (i: number) =>
      timed(async () => {
        const res = await fetch(`${server.url}/api/applications/acme/notes`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-hearback": "1" },
          body: JSON.stringify({ text: `http-${i}` }),
        });
        return { status: res.status, body: await res.text() };
      });
    const [byCli, byHttp] = await Promise.all([
      Promise.all(Array.from({ length: WRITERS }, (_, i) => cli(i))),
      Promise.all(Array.from({ length: WRITERS }, (_, i) => http(i))),
    ]);
    const writes = [...byCli, ...byHttp];
    writeFileSync(stop, "");
    await server.stop();
    expect(await w.exit).toEqual({ code: 0, signal: null, stderr: "" });

    const clis = byCli.map((x) => x.result);
    expect(clis).toEqual(clis.map(() => ({ status: 0, stderr: "" })));
    for (const { result } of byHttp) {
      expect(result.status, result.body).toBe(200);
    }
    expect(server.stderr()).toBe("");
    // They ran at once: the last to start began before the first to finish ended.
    expect(Math.max(...writes.map((x) => x.start))).toBeLessThan(
      Math.min(...writes.map((x) => x.end)),
    );

    const db = new Database(join(dir, "hearback.db"), { readonly: true });
    const rows = db
      .prepare(
        "SELECT id, type, source, body ->> '$.to' AS person, body ->> '$.text' AS text FROM events",
      )
      .all() as {
      id: number;
      type: string;
      source: string;
      person: string | null;
      text: string | null;
    }[];
    db.close();
    const sent = rows.filter((r) => r.type === "sent");
    const notes = rows.filter((r) => r.type === "note" && r.source !== "writer");
    const written = rows.filter((r) => r.source === "writer");
    // Each write stored once: nothing lost, nothing twice.
    expect(sent.map((r) => r.person).sort()).toEqual(
      Array.from({ length: WRITERS }, (_, i) => `Person ${i}`).sort(),
    );
    expect(notes.map((r) => r.text).sort()).toEqual(
      Array.from({ length: WRITERS }, (_, i) => `http-${i}`).sort(),
    );
    expect(written.length).toBe(w.acked.length * BATCH_SIZE);
    // And each went in while the writer process was writing: among its entries, not after.
    for (const r of [...sent, ...notes]) {
      expect(written.some((x) => x.id < r.id) && written.some((x) => x.id > r.id)).toBe(true);
    }
  }, 300_000);
});
