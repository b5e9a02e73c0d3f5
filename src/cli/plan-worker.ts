/**
 * The worker thread of `hearback plan` on a large timeline: plans one shard
 * (./plan-shard.ts) and posts it back. Bundled as its own entry (dist/plan-worker.js).
 */
import { parentPort, workerData } from "node:worker_threads";
import { planShard, type ShardInput } from "./plan-shard.js";

try {
  parentPort?.postMessage({ ok: true, part: await planShard(workerData as ShardInput) });
} catch (err) {
  // The command then plans the whole timeline on its main thread, which reports any error.
  parentPort?.postMessage({ ok: false, error: String((err as Error)?.stack ?? err) });
}
