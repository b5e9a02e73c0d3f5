import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applicationLines } from "../../../bench/plan/generate.js";
import { businessCalendar } from "../../time/business-days.js";
import { fold } from "../fold.js";
import { replyHistory } from "../insights.js";
import { plan } from "../plan.js";
import { DEFAULT_POLICY } from "../policy.js";
import { parseTimeline } from "../timeline.js";
import type { Action, ReadReply } from "../types.js";
import {
  historyOfShards,
  indexTimeline,
  mergeShardOrder,
  mergeShardProblems,
  planIndexedShard,
  planIndexedTimeline,
  shardOf,
} from "./plan-text.js";

const NOW = Date.parse("2026-11-18T19:00:00Z");

/**
 * The plain way, as the agenda plans stored events: every line parsed and folded, the
 * history of replies worked out from all the states, then planned.
 */
function reference(text: string, readReply?: ReadReply, policy = DEFAULT_POLICY) {
  const parsed = parseTimeline(text, { file: "t.jsonl", defaultZone: "America/Denver" });
  if (parsed.problems.length > 0) return { actions: [], problems: parsed.problems };
  const states = fold(parsed.events, {
    defaultZone: "America/Denver",
    ...(readReply ? { readReply } : {}),
  });
  return {
    actions: plan({
      states,
      now: NOW,
      policy,
      calendars: businessCalendar,
      // As the agenda does: the figure is not even worked out with the setting off.
      history: policy.adaptDefaultWait ? replyHistory(states, NOW, businessCalendar).history : null,
    }),
    problems: [],
  };
}

function onePass(text: string, readReply?: ReadReply, policy = DEFAULT_POLICY) {
  const index = indexTimeline(text, { file: "t.jsonl" });
  return planIndexedTimeline(index, {
    now: NOW,
    policy,
    defaultZone: "America/Denver",
    readReply,
    calendars: businessCalendar,
  });
}

const readReplyEncouraging: ReadReply = () => ({
  signal: "encouraging",
  confidence: 0.6,
  decisionBy: null,
  decisionPhrase: null,
  returnOn: null,
  evidence: [],
});

/** Lines of two interleaved applications, some broken, some written unusually. */
const LINES = [
  `{"type":"application","app":"a","company":"A","role":"R","timezone":"America/New_York"}`,
  `{"type":"application","app":"b","company":"B","role":"R","region":"GB"}`,
  `{"app": "a", "type": "interview", "at": "2026-11-02T10:00", "interviewers": [{"name": "Dana"}], "decisionBy": "2026-11-10"}`,
  `{"type":"interview","app":"b","at":"2026-11-04T10:00","interviewers":[{"name":"Sam","role":"hiring-manager"}]}`,
  `{"type":"sent","app":"a","at":"2026-11-02T16:00","kind":"thank-you","to":"Dana"}`,
  `{"type":"sent","app":"b","at":"2026-11-12T16:00","kind":"check-in","text":"the \\"app\\": b"}`,
  `{"type":"reply","app":"b","at":"2026-11-13T09:00","signal":"still-deciding","decisionBy":"2026-11-20"}`,
  `{"type":"reply","app":"a","at":"2026-11-13T09:00","text":"We will be in touch"}`,
  `{"type":"status","app":"a","at":"2026-11-14T09:00","status":"rejected"}`,
  `{"type":"note","app":"b","at":"2026-11-14T09:00","text":"x","meta":{"app":"zzz","type":"note"}}`,
  `{"type":"note","app":"\\u0062","at":"2026-11-14T09:00","text":"escaped app id"}`,
  `{"type":"note","app":"a","at":"soon","text":"bad date"}`,
  `{"type":"meeting","app":"a"}`,
  `{"type":"note","app":"c","at":"2026-11-14T09:00","text":"no application"}`,
  `{"type":"note",`,
  `[1,2]`,
  `{"type":"note","at":"2026-11-14T09:00","text":"only a nested app","meta":{"app":"a"}}`,
  "",
  `{"type":"application","app":"a","company":"A again","role":"R"}`,
];

/**
 * Timelines of those lines: half of them opened by both applications, and the well-formed
 * lines drawn more often than the rest, so that many plan actions and many have problems.
 */
const textArb = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.oneof(
        { arbitrary: fc.constantFrom(...LINES.slice(2, 11)), weight: 4 },
        { arbitrary: fc.constantFrom(...LINES), weight: 1 },
      ),
      { maxLength: 14 },
    ),
  )
  .map(([opened, lines]) => [...(opened ? LINES.slice(0, 2) : []), ...lines].join("\n"));

/** A seeded generator (Park-Miller), so that the generated timelines are the same every run. */
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 48271) % 2147483647;
    return x / 2147483647;
  };
}

/**
 * Thousands of lines (more than the first pass first makes room for) of 300 generated
 * applications: each application's lines together, or interleaved as a real log has them.
 */
function generated(interleaved: boolean): string {
  const random = seeded(7);
  const apps = Array.from({ length: 300 }, (_, i) => applicationLines(i, random));
  if (!interleaved) return apps.flat().join("\n");
  const lines: string[] = [];
  for (let k = 0; apps.some((l) => k < l.length); k++) {
    for (const l of apps) if (k < l.length) lines.push(l[k]!);
  }
  return lines.join("\n");
}

describe("planning a timeline's text in one pass", () => {
  it("agrees with parsing then planning, problems and actions alike", () => {
    const readReply = readReplyEncouraging;
    const seen = { problems: 0, actions: 0 };
    fc.assert(
      fc.property(textArb, fc.boolean(), (text, gauge) => {
        const r = gauge ? readReply : undefined;
        const expected = reference(text, r);
        expect(onePass(text, r)).toEqual(expected);
        if (expected.problems.length > 0) seen.problems++;
        else if (expected.actions.length > 0) seen.actions++;
      }),
      { numRuns: 800 },
    );
    // Both answers were compared many times: problems, and a plan with actions.
    expect(seen.problems).toBeGreaterThanOrEqual(800 / 10);
    expect(seen.actions).toBeGreaterThanOrEqual(800 / 20);
  });

  it("agrees on the demo timeline", () => {
    const text = readFileSync(join(import.meta.dirname, "../../../examples/demo.jsonl"), "utf8");
    const result = onePass(text);
    expect(result.problems).toEqual([]);
    expect(result.actions.length).toBeGreaterThan(5);
    expect(result).toEqual(reference(text));
  });

  it.each([
    ["together", false],
    ["interleaved", true],
  ])("agrees on thousands of lines, each application's lines %s", (_how, interleaved) => {
    const text = generated(interleaved);
    expect(text.split("\n").length).toBeGreaterThan(2000);
    const result = onePass(text);
    expect(result.actions.length).toBeGreaterThan(100);
    expect(result).toEqual(reference(text));
  });

  it("says when a reply may need the gauge", () => {
    expect(indexTimeline(LINES[7]!, { file: "t" }).needsGauge).toBe(true);
    expect(indexTimeline(LINES[6]!, { file: "t" }).needsGauge).toBe(false);
  });
});

/** As `hearback plan` does on several threads: each shard planned alone, then merged. */
function sharded(text: string, count: number, readReply?: ReadReply, policy = DEFAULT_POLICY) {
  const passes = Array.from({ length: count }, (_, index) =>
    planIndexedShard(indexTimeline(text, { file: "t.jsonl", shard: { index, count } }), {
      now: NOW,
      policy,
      defaultZone: "America/Denver",
      readReply,
      calendars: businessCalendar,
    }),
  );
  if (passes.some((p) => p.plain)) return onePass(text, readReply, policy);
  const problems = mergeShardProblems(passes);
  if (problems.length > 0) return { actions: [], problems };
  const history = historyOfShards(passes);
  const parts = passes.map((p) => {
    const part = p.plan(history);
    return { ...part, apps: part.actions.map((a) => a.app) };
  });
  const next = parts.map(() => 0);
  const actions = Array.from(mergeShardOrder(parts), (s) => parts[s]!.actions[next[s]!++]!);
  return { actions, problems: [] };
}

describe("planning a timeline's text in shards (one per thread)", () => {
  it("puts every line of one application in the same shard", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 1, max: 16 }), (app, count) => {
        const s = shardOf(app, count);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThan(count);
        expect(shardOf(app, count)).toBe(s);
      }),
    );
  });

  it("spreads applications over the shards", () => {
    const counts = [0, 0];
    for (let i = 0; i < 1000; i++) counts[shardOf(`app-${i}`, 2)]!++;
    expect(Math.min(...counts)).toBeGreaterThan(400);
  });

  it.each([1, 2, 3])(
    "agrees with one pass in %i shards, problems (in line order) and actions alike",
    (count) => {
      const seen = { problems: 0, actions: 0 };
      fc.assert(
        fc.property(textArb, fc.boolean(), (text, gauge) => {
          const r = gauge ? readReplyEncouraging : undefined;
          const expected = reference(text, r);
          expect(sharded(text, count, r)).toEqual(expected);
          if (expected.problems.length > 0) seen.problems++;
          else if (expected.actions.length > 0) seen.actions++;
        }),
        { numRuns: 400 },
      );
      expect(seen.problems).toBeGreaterThanOrEqual(400 / 10);
      expect(seen.actions).toBeGreaterThanOrEqual(400 / 20);
    },
  );

  it.each([
    ["together", false],
    ["interleaved", true],
  ])(
    "agrees on thousands of lines in 2 shards, each application's lines %s",
    (_how, interleaved) => {
      const text = generated(interleaved);
      expect(sharded(text, 2)).toEqual(reference(text));
    },
  );

  it("agrees on the demo timeline in 2 shards", () => {
    const text = readFileSync(join(import.meta.dirname, "../../../examples/demo.jsonl"), "utf8");
    expect(sharded(text, 2)).toEqual(reference(text));
  });
});

describe("the wait after an interview, learned from the timeline's own replies", () => {
  const LEARNED = "your replies came a median of";
  const learned = (r: { readonly actions: readonly Action[] }) =>
    r.actions.filter((a) => a.reason.includes(LEARNED));

  it("moves first check-ins in thousands of lines, one pass and 2 shards alike", () => {
    const text = generated(true);
    const one = onePass(text);
    expect(learned(one).length).toBeGreaterThan(10);
    expect(learned(one).every((a) => a.rule === "check-in-default-wait")).toBe(true);
    expect(sharded(text, 2)).toEqual(one);
    expect(sharded(text, 3)).toEqual(one);
  });

  it("plans what rests on it with the history it is given, as plan does with that history", () => {
    const text = generated(true);
    const pass = planIndexedShard(indexTimeline(text, { file: "t.jsonl" }), {
      now: NOW,
      defaultZone: "America/Denver",
      calendars: businessCalendar,
    });
    // Another figure than the file's own, as when the other shards' replies count too.
    const given = { replies: 500, medianBusinessDays: 12.5 };
    const states = fold(
      parseTimeline(text, { file: "t.jsonl", defaultZone: "America/Denver" }).events,
      {
        defaultZone: "America/Denver",
      },
    );
    const expected = plan({ states, now: NOW, calendars: businessCalendar, history: given });
    expect(learned({ actions: expected }).length).toBeGreaterThan(10);
    expect(expected.some((a) => a.reason.includes("a median of 12.5 business days"))).toBe(true);
    expect(pass.plan(given).actions).toEqual(expected);
  });

  it("plans nothing with a history when the policy's adaptDefaultWait is off", () => {
    const off = { ...DEFAULT_POLICY, adaptDefaultWait: false };
    const text = generated(true);
    const pass = planIndexedShard(indexTimeline(text, { file: "t.jsonl" }), {
      now: NOW,
      policy: off,
      defaultZone: "America/Denver",
      calendars: businessCalendar,
    });
    expect(pass.plan({ replies: 500, medianBusinessDays: 12.5 }).actions).toEqual(
      onePass(text, undefined, off).actions,
    );
  });

  it("changes nothing with the policy's adaptDefaultWait off", () => {
    const off = { ...DEFAULT_POLICY, adaptDefaultWait: false };
    for (const interleaved of [false, true]) {
      const text = generated(interleaved);
      const plain = reference(text, undefined, off);
      expect(learned(plain)).toEqual([]);
      expect(onePass(text, undefined, off)).toEqual(plain);
      expect(sharded(text, 2, undefined, off)).toEqual(plain);
    }
  });
});
