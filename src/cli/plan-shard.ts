/**
 * One shard of `hearback plan` on a large timeline: the applications whose id hashes to
 * `shard.index` (see core/text/plan-text.ts `shardOf`), planned on one thread. The command runs
 * shard 0 on its main thread and the others in worker threads (./plan-worker.ts), then
 * merges the pieces into exactly what one thread would print.
 */
import type { ReplyHistory } from "../core/insights.js";
import type { Policy } from "../core/policy.js";
import type { Action } from "../core/types.js";

export interface ShardInput {
  readonly text: string;
  /** How problems name the timeline: its path, or "stdin". */
  readonly file: string;
  readonly shard: { readonly index: number; readonly count: number };
  readonly now: number;
  readonly zone: string;
  readonly policy: Policy;
  /** True: give the actions as JSON text (for `--json`), else as objects. */
  readonly json: boolean;
}

export interface ShardOutput {
  readonly plain: boolean;
  readonly problems: readonly (readonly [number, string])[];
  /** Each action's `dueBy` as epoch milliseconds (a typed array: a worker hands it over). */
  readonly dueByMs: Float64Array;
  readonly apps: readonly string[];
  /**
   * With `json`: the actions as one JSON array, as `JSON.stringify` writes it, in UTF-8.
   * Bytes, not a string: a worker hands them over without a copy, and the command copies
   * each action's bytes into what it prints (no string of the whole plan to build and
   * encode; see `mergeShardJson`).
   */
  readonly json?: Uint8Array;
  readonly actions?: readonly Action[];
}

/**
 * Loads the planner (core/text/plan-text.ts) and the holiday table: a worker calls it as it
 * starts, so that both are ready by the time the timeline's bytes arrive (the table, loaded
 * after them, cost the worker about 30 ms before it could start).
 */
export function loadPlanner(): Promise<
  [typeof import("../core/text/plan-text.js"), typeof import("../time/business-days.js")]
> {
  return Promise.all([import("../core/text/plan-text.js"), import("../time/business-days.js")]);
}

/** One shard folded and counted, the plans that rest on the history of replies waiting for it. */
export interface ShardStarted {
  /** As `ShardPass.replyDays`: what the shard adds to the history. */
  readonly replyDays: readonly (number | undefined)[];
  /** The shard's plan, with the history learned from every shard's `replyDays`. */
  finish(history: ReplyHistory | null): ShardOutput;
}

/**
 * Plans one shard, in two steps: the second once the history of every shard's replies is
 * known (`historyOfShards`).
 *
 * @example
 * const started = await startShard({ text, file: path, shard: { index: 1, count: 2 }, now, zone, json: true });
 * const part = started.finish(historyOfShards([started, ...others]));
 */
export async function startShard(input: ShardInput): Promise<ShardStarted> {
  const [{ indexTimeline, planIndexedShard }, { businessCalendar }] = await loadPlanner();
  const index = indexTimeline(input.text, { file: input.file, shard: input.shard });
  // The gauge loads only when some reply has no signal; the labels of the whole file teach it.
  const readReply = index.needsGauge
    ? (await import("../gauge/learn.js")).timelineReader(input.text, input.zone)
    : undefined;
  const pass = planIndexedShard(index, {
    now: input.now,
    policy: input.policy,
    defaultZone: input.zone,
    settings: { timezone: input.zone },
    readReply,
    calendars: businessCalendar,
  });
  return {
    replyDays: pass.replyDays,
    finish: (history) => {
      const { plain, problems } = pass;
      const { actions, dueByMs } = pass.plan(history);
      const apps = actions.map((a) => a.app);
      const due = Float64Array.from(dueByMs);
      if (!input.json) return { plain, problems, dueByMs: due, apps, actions };
      // TextEncoder's bytes have an ArrayBuffer of their own (a small Buffer shares its
      // pool), which a worker can transfer.
      const json = new TextEncoder().encode(JSON.stringify(actions));
      return { plain, problems, dueByMs: due, apps, json };
    },
  };
}

/**
 * Where one action ends and the next begins in a JSON array of actions: every action starts
 * with its "app" key, and `},{"app":` cannot occur inside a JSON string (its quote would be
 * escaped), nor inside an action (no action holds an object with an "app" key).
 */
const BETWEEN_ACTIONS = Buffer.from('},{"app":');

/**
 * Where each of the `count` actions of a JSON array of actions (`ShardOutput.json`) starts;
 * action `i` ends one byte before action `i + 1` starts, and the last one byte before the
 * array's end: so the last entry, for `count`, is the array's length.
 */
function actionStarts(json: Uint8Array, count: number): Float64Array {
  const bytes = Buffer.from(json.buffer, json.byteOffset, json.length);
  const starts = new Float64Array(count + 1);
  let at = 1;
  for (let i = 0; i < count; i++) {
    starts[i] = at;
    if (i + 1 < count) {
      const between = bytes.indexOf(BETWEEN_ACTIONS, at);
      if (between < 0)
        throw new Error(`plan: found ${i + 1} actions in a shard's JSON, not ${count}`);
      at = between + 2;
    }
  }
  starts[count] = bytes.length;
  if (count > 0 && bytes.indexOf(BETWEEN_ACTIONS, at) >= 0) {
    throw new Error(`plan: found more actions in a shard's JSON than ${count}`);
  }
  return starts;
}

/**
 * The JSON array that the command prints with `--json` (one action per line), in UTF-8,
 * from the shards' JSON (see `ShardOutput.json`) taken in `order` (from `mergeShardOrder`):
 * each action's bytes copied as they are, so that no string of the whole plan is built,
 * then encoded again.
 *
 * @example
 * process.stdout.write(mergeShardJson(parts, mergeShardOrder(parts)));
 */
export function mergeShardJson(
  parts: readonly { readonly json?: Uint8Array; readonly apps: readonly string[] }[],
  order: Uint8Array,
): Buffer {
  if (order.length === 0) return Buffer.from("[]\n");
  const json = parts.map((p) => p.json ?? new Uint8Array(2));
  const starts = parts.map((p, s) => actionStarts(json[s]!, p.apps.length));
  // "[\n", each action, ",\n" between them, "\n]\n".
  let total = 2 + 2 * (order.length - 1) + 3;
  for (const at of starts) total += at[at.length - 1]! - 1 - at[0]! - (at.length - 2);
  const out = Buffer.allocUnsafe(total);
  out[0] = 0x5b; // [
  out[1] = 0x0a;
  let pos = 2;
  const next = new Int32Array(parts.length);
  for (let k = 0; k < order.length; k++) {
    const s = order[k]!;
    const i = next[s]!++;
    if (k > 0) {
      out[pos++] = 0x2c; // ,
      out[pos++] = 0x0a;
    }
    const at = starts[s]!;
    const from = at[i]!;
    const to = at[i + 1]! - 1;
    out.set(json[s]!.subarray(from, to), pos);
    pos += to - from;
  }
  out[pos++] = 0x0a;
  out[pos++] = 0x5d; // ]
  out[pos++] = 0x0a;
  if (pos !== total) throw new Error(`plan: merged ${pos} bytes of JSON, expected ${total}`);
  return out;
}
