/**
 * The worker thread of `hearback plan` on a large timeline: plans one shard
 * (./plan-shard.ts) of the timeline whose bytes the main thread sends (shared memory, not a
 * copy), and posts it back. Bundled as its own entry (dist/plan-worker.js).
 */
import { parentPort, workerData } from "node:worker_threads";
import { planShard, type ShardInput } from "./plan-shard.js";

parentPort?.once("message", async (m: { bytes: SharedArrayBuffer; length: number }) => {
  try {
    const text = Buffer.from(m.bytes, 0, m.length).toString("utf8");
    const input = { ...(workerData as Omit<ShardInput, "text">), text };
    const part = await planShard(input);
    // The JSON bytes move to the main thread rather than being copied.
    parentPort?.postMessage({ ok: true, part }, part.json ? [part.json.buffer as ArrayBuffer] : []);
  } catch (err) {
    // The command then plans the whole timeline on its main thread, which reports any error.
    parentPort?.postMessage({ ok: false, error: String((err as Error)?.stack ?? err) });
  }
});
