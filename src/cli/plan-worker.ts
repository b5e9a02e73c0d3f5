/**
 * The worker thread of `hearback plan` on a large timeline: plans one shard
 * (./plan-shard.ts) of the timeline whose bytes the main thread sends (shared memory, not a
 * copy), and posts it back. Bundled as its own entry (dist/plan-worker.js).
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadPlanner, planShard, type ShardInput } from "./plan-shard.js";

// The planner loads while the main thread reads the file. A failure to load shows when
// planShard loads it again.
loadPlanner().catch(() => undefined);

parentPort?.once("message", async (m: { bytes: SharedArrayBuffer; length: number }) => {
  try {
    const text = Buffer.from(m.bytes, 0, m.length).toString("utf8");
    const input = { ...(workerData as Omit<ShardInput, "text">), text };
    const part = await planShard(input);
    // The JSON bytes and the deadlines move to the main thread rather than being copied.
    const moved = [part.dueByMs.buffer as ArrayBuffer];
    if (part.json) moved.push(part.json.buffer as ArrayBuffer);
    parentPort?.postMessage({ ok: true, part }, moved);
  } catch (err) {
    // The command then plans the whole timeline on its main thread, which reports any error.
    parentPort?.postMessage({ ok: false, error: String((err as Error)?.stack ?? err) });
  }
});
