/**
 * The worker thread of `hearback plan` on a large timeline: plans one shard
 * (./plan-shard.ts) of the timeline whose bytes the main thread sends (shared memory, not a
 * copy), in two steps: it folds its applications and posts the waits for replies it counted;
 * the main thread answers with the history learned from every shard's, and the worker posts
 * its plan. Bundled as its own entry (dist/plan-worker.js).
 */
import { parentPort } from "node:worker_threads";
import type { ReplyHistory } from "../core/insights.js";
import { loadPlanner, type ShardInput, startShard } from "./plan-shard.js";

// The planner and the holiday table load while the main thread reads the file. A failure to
// load shows when startShard loads them again.
loadPlanner().catch(() => undefined);

type Start = { input: Omit<ShardInput, "text">; bytes: SharedArrayBuffer; length: number };

parentPort?.once("message", (m: Start) =>
  answer(async () => {
    const text = Buffer.from(m.bytes, 0, m.length).toString("utf8");
    const started = await startShard({ ...m.input, text });
    parentPort?.once("message", (h: { history: ReplyHistory | null }) =>
      answer(async () => {
        const part = started.finish(h.history);
        // The JSON bytes and the deadlines move to the main thread rather than being copied.
        const moved = [part.dueByMs.buffer as ArrayBuffer];
        if (part.json) moved.push(part.json.buffer as ArrayBuffer);
        return { message: { part }, moved };
      }),
    );
    return { message: { replyDays: started.replyDays }, moved: [] };
  }),
);

/**
 * Posts what `step` gives, or that it failed: the command then plans the whole timeline on
 * its main thread, which reports any error.
 */
async function answer(
  step: () => Promise<{ message: object; moved: ArrayBuffer[] }>,
): Promise<void> {
  try {
    const { message, moved } = await step();
    parentPort?.postMessage({ ok: true, ...message }, moved);
  } catch (err) {
    parentPort?.postMessage({ ok: false, error: String((err as Error)?.stack ?? err) });
  }
}
