import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applicationLines } from "../../bench/plan/generate.js";
import { LABELLED_TIMELINE } from "../../test/labelled-timeline.js";
import { DEFAULT_POLICY } from "../core/policy.js";
import {
  historyOfShards,
  indexTimeline,
  mergeShardOrder,
  planIndexedTimeline,
} from "../core/text/plan-text.js";
import type { Action } from "../core/types.js";
import { businessCalendar } from "../time/business-days.js";
import { mergeShardJson, startShard } from "./plan-shard.js";

const NOW = Date.parse("2026-11-18T19:00:00Z");
const ZONE = "America/Denver";

/** What `hearback plan --json` prints on one thread: one action per line. */
async function printed(text: string): Promise<string> {
  const index = indexTimeline(text, { file: "t.jsonl" });
  const { actions } = planIndexedTimeline(index, {
    now: NOW,
    defaultZone: ZONE,
    settings: { timezone: ZONE },
    readReply: index.needsGauge ? (await import("../gauge/index.js")).readReply : undefined,
    calendars: businessCalendar,
  });
  if (actions.length === 0) return "[]\n";
  return `[\n${actions.map((a) => JSON.stringify(a)).join(",\n")}\n]\n`;
}

/** The same, planned in `count` shards and merged, as the command does on several threads. */
async function merged(text: string, count: number): Promise<string> {
  const started = await Promise.all(
    Array.from({ length: count }, (_, index) =>
      startShard({
        text,
        file: "t.jsonl",
        shard: { index, count },
        now: NOW,
        zone: ZONE,
        policy: DEFAULT_POLICY,
        json: true,
      }),
    ),
  );
  const history = historyOfShards(started);
  const parts = started.map((s) => s.finish(history));
  for (const p of parts) expect(p.plain || p.problems.length > 0).toBe(false);
  return mergeShardJson(parts, mergeShardOrder(parts)).toString("utf8");
}

/** A seeded generator (Park-Miller), so that the generated timelines are the same every run. */
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 48271) % 2147483647;
    return x / 2147483647;
  };
}

const generated = (() => {
  const random = seeded(11);
  return Array.from({ length: 200 }, (_, i) => applicationLines(i, random).join("\n")).join("\n");
})();

/** Names and ids beyond ASCII: their bytes differ in number from their characters. */
const BEYOND_ASCII = ["Zoë Ångström", "李小龙", "Renée 🚀 O'Brien"]
  .flatMap((name, k) => [
    `{"type":"application","app":"ü-${k}","company":"Société ${name}","role":"Ingénieur","at":"2026-11-02T09:00","contacts":[{"name":"${name}","role":"recruiter"}]}`,
    `{"type":"interview","app":"ü-${k}","at":"2026-11-1${k}T10:00","interviewers":[{"name":"${name}"}]}`,
  ])
  .join("\n");

describe("merging the shards' JSON into what one thread prints", () => {
  it.each([1, 2, 3, 5])("prints the same bytes from %i shards", async (count) => {
    const text = `${generated}\n${BEYOND_ASCII}`;
    const one = await printed(text);
    expect(one.split("\n").length).toBeGreaterThan(150);
    expect(await merged(text, count)).toBe(one);
  });

  it("prints the same for the demo timeline, whose shards may hold no action", async () => {
    const text = readFileSync(join(import.meta.dirname, "../../examples/demo.jsonl"), "utf8");
    for (const count of [2, 8]) expect(await merged(text, count)).toBe(await printed(text));
  });

  it("prints an empty array when nothing is to be done", async () => {
    const text = `{"type":"application","app":"a","company":"A","role":"R","at":"2026-11-02T09:00"}\n{"type":"status","app":"a","at":"2026-11-03T09:00","status":"withdrawn"}`;
    expect(await printed(text)).toBe("[]\n");
    expect(await merged(text, 2)).toBe("[]\n");
  });

  it("refuses a shard whose JSON holds another number of actions than it says", async () => {
    const started = await startShard({
      text: generated,
      file: "t.jsonl",
      shard: { index: 0, count: 1 },
      now: NOW,
      zone: ZONE,
      policy: DEFAULT_POLICY,
      json: true,
    });
    const part = started.finish(historyOfShards([started]));
    const short = { ...part, apps: part.apps.slice(1) };
    const long = { ...part, apps: [...part.apps, "extra"] };
    expect(() => mergeShardJson([short], new Uint8Array(short.apps.length))).toThrow(/actions/);
    expect(() => mergeShardJson([long], new Uint8Array(long.apps.length))).toThrow(/actions/);
  });
});

describe("the labels the timeline gives its replies", () => {
  it.each([1, 2, 3])(
    "teach the gauge, as the store's labels do, whatever shard plans the reply (%i shards)",
    async (count) => {
      const actions = JSON.parse(await merged(LABELLED_TIMELINE, count)) as Action[];
      const globex = actions.filter((a) => a.app === "globex" && a.kind !== "thank-you");
      expect(globex.map((a) => a.kind)).toEqual(["let-go"]);
    },
  );
});
