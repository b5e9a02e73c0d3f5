/**
 * One shard of `hearback plan` on a large timeline: the applications whose id hashes to
 * `shard.index` (see core/plan-text.ts `shardOf`), planned on one thread. The command runs
 * shard 0 on its main thread and the others in worker threads (./plan-worker.ts), then
 * merges the pieces into exactly what one thread would print.
 */
import type { Action } from "../core/types.js";

export interface ShardInput {
  readonly text: string;
  /** How problems name the timeline: its path, or "stdin". */
  readonly file: string;
  readonly shard: { readonly index: number; readonly count: number };
  readonly now: number;
  readonly zone: string;
  /** True: give each action as its JSON text (for `--json`), else as an object. */
  readonly json: boolean;
}

export interface ShardOutput {
  readonly plain: boolean;
  readonly problems: readonly (readonly [number, string])[];
  readonly dueByMs: readonly number[];
  readonly apps: readonly string[];
  /**
   * With `json`: each action's JSON text, as `JSON.stringify` writes it, one per line, in
   * UTF-8. Bytes, not a string: a worker hands them over without a copy, and the command
   * writes them out as they are (no string of the whole plan to build and encode).
   */
  readonly json?: Uint8Array;
  readonly actions?: readonly Action[];
}

/**
 * Plans one shard.
 *
 * @example
 * const part = await planShard({ text, file: path, shard: { index: 1, count: 2 }, now, zone, json: true });
 */
export async function planShard(input: ShardInput): Promise<ShardOutput> {
  const { indexTimeline, planIndexedShard } = await import("../core/plan-text.js");
  const index = indexTimeline(input.text, { file: input.file, shard: input.shard });
  const readReply = index.needsGauge ? (await import("../gauge/index.js")).readReply : undefined;
  const part = planIndexedShard(index, {
    now: input.now,
    defaultZone: input.zone,
    settings: { timezone: input.zone },
    readReply,
  });
  const apps = part.actions.map((a) => a.app);
  if (!input.json) return { ...part, apps };
  return {
    plain: part.plain,
    problems: part.problems,
    dueByMs: part.dueByMs,
    apps,
    // TextEncoder's bytes have an ArrayBuffer of their own (a small Buffer shares its pool),
    // which a worker can transfer.
    json: new TextEncoder().encode(actionsJson(part.actions)),
  };
}

/**
 * Each action's JSON text, one per line. One stringify of the whole array is about 3x
 * faster than one per action; every action starts with its "app" key, and `},{"app":`
 * cannot occur inside a JSON string (its quote would be escaped), so that is exactly where
 * one action ends and the next begins. Nor can a line break (JSON escapes it).
 *
 * @example
 * actionsJson(actions).split("\n") // one JSON object per action
 */
export function actionsJson(actions: readonly Action[]): string {
  if (actions.length === 0) return "";
  return JSON.stringify(actions).slice(1, -1).replaceAll('},{"app":', '}\n{"app":');
}
