/**
 * The user's replies after interviews as the operations keep them (reply-history.json beside
 * the database): worked out again only for what changed, and always what working everything
 * out afresh gives. Five interviews answered after 6, 4, 7, 6 and 2 business days (counted by
 * hand; US holidays Veterans Day Wed 11 Nov, Thanksgiving Thu 26 Nov 2026): a median of 6.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TimelineEvent } from "../core/types.js";
import { openStore } from "../store/index.js";
import type { Store, TimelineFilter } from "../store/types.js";
import { createContext } from "./context.js";
import { HISTORY_FILE, replyHistoryFor } from "./history.js";

const NOW = Date.parse("2026-12-08T12:00:00-07:00");
const meta = { recordedAt: NOW, source: "test" };

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "hearback-history-"));
  store = await openStore({ dir });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const answered = (app: string, interviewed: string, replied: string): TimelineEvent[] => [
  { type: "application", app, company: app, role: "PM", region: "US" },
  { type: "interview", app, at: `${interviewed}T10:00`, interviewers: [{ name: "Dana" }] },
  { type: "reply", app, at: `${replied}T14:00`, from: "Dana", signal: "still-deciding" },
];

const FIVE = [
  ...answered("a", "2026-11-02", "2026-11-10"),
  ...answered("b", "2026-11-09", "2026-11-16"),
  ...answered("c", "2026-11-20", "2026-12-02"),
  ...answered("d", "2026-11-03", "2026-11-12"),
  ...answered("e", "2026-11-04", "2026-11-06"),
];

/** The figure at `now`, and which reads of the log it took (whole, or one application's). */
async function figure(now = NOW) {
  const reads: string[] = [];
  const counted = new Proxy(store, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (prop !== "timeline") return typeof value === "function" ? value.bind(target) : value;
      return (filter?: TimelineFilter) => {
        reads.push(filter?.app ?? "all");
        return target.timeline(filter);
      };
    },
  });
  const ctx = await createContext({
    store: counted,
    now,
    fallbackZone: "America/Denver",
    source: "test",
  });
  return { history: await replyHistoryFor(ctx), reads };
}

describe("the replies the waits learn from, kept between runs", () => {
  it("reads the whole log once, then nothing while no interview or reply is recorded", async () => {
    await store.append(FIVE, meta);
    expect(await figure()).toEqual({
      history: { replies: 5, medianBusinessDays: 6 },
      reads: ["all"],
    });
    expect(existsSync(join(dir, HISTORY_FILE))).toBe(true);
    await store.append(
      [{ type: "sent", app: "a", at: "2026-12-01T09:00", kind: "check-in" }],
      meta,
    );
    expect(await figure()).toEqual({ history: { replies: 5, medianBusinessDays: 6 }, reads: [] });
  });

  it("works out again only the application that gained a reply, as all afresh would", async () => {
    await store.append(
      FIVE.filter((e) => e.app !== "e"),
      meta,
    );
    // Four replies are too few to learn from.
    expect((await figure()).history).toBeNull();
    await store.append(answered("e", "2026-11-04", "2026-11-06"), meta);
    const after = await figure();
    expect(after).toEqual({ history: { replies: 5, medianBusinessDays: 6 }, reads: ["e"] });
    rmSync(join(dir, HISTORY_FILE));
    expect((await figure()).history).toEqual(after.history);
  });

  it("works everything out again after a correction, and for an earlier moment", async () => {
    const entries = await store.append(FIVE, meta);
    await figure();
    // Taking back "a"'s reply leaves four.
    await store.retract(entries[2]!.id, meta);
    expect(await figure()).toEqual({ history: null, reads: ["all"] });
    expect((await figure(NOW - 86_400_000)).reads).toEqual(["all"]);
  });

  it("counts a reply dated later once its moment comes", async () => {
    await store.append(
      [...FIVE.filter((e) => e.app !== "e"), ...answered("e", "2026-12-07", "2026-12-09")],
      meta,
    );
    expect((await figure()).history).toBeNull();
    // Mon 7 Dec -> Wed 9 Dec: 2 business days; sorted 2, 4, 6, 6, 7.
    const later = await figure(Date.parse("2026-12-09T15:00:00-07:00"));
    expect(later).toEqual({ history: { replies: 5, medianBusinessDays: 6 }, reads: ["all"] });
  });

  it("works everything out again over a damaged or foreign file", async () => {
    await store.append(FIVE, meta);
    await figure();
    const file = join(dir, HISTORY_FILE);
    // What another version might have kept: the same key and entry, other fields.
    const [head, days] = readFileSync(file, "utf8").split("\n") as [string, string];
    const { history: _, ...foreign } = JSON.parse(head) as { history: unknown };
    for (const text of [
      "{",
      "null",
      JSON.stringify({ ...foreign, history: {} }),
      `${JSON.stringify({ ...foreign, history: {} })}\n${days}`,
      // The whole of one version's file on one line.
      JSON.stringify({ ...JSON.parse(head), days: JSON.parse(days) }),
    ]) {
      writeFileSync(file, text);
      expect(await figure()).toEqual({
        history: { replies: 5, medianBusinessDays: 6 },
        reads: ["all"],
      });
    }
  });

  it("reads each application's waits only when one gained an interview or a reply", async () => {
    await store.append(FIVE, meta);
    await figure();
    const file = join(dir, HISTORY_FILE);
    const head = readFileSync(file, "utf8").split("\n")[0]!;
    writeFileSync(file, `${head}\n{"a": [6], "b": "damaged`);
    expect(await figure()).toEqual({ history: { replies: 5, medianBusinessDays: 6 }, reads: [] });
    // Now they are needed, and do not read: everything is worked out again.
    await store.append(answered("f", "2026-11-30", "2026-12-03"), meta);
    expect(await figure()).toEqual({
      history: { replies: 6, medianBusinessDays: 5 },
      reads: ["all"],
    });
  });

  it("reads nothing when it is turned off", async () => {
    await store.append(FIVE, meta);
    await store.updateSettings({ policy: { adaptDefaultWait: false } });
    expect(await figure()).toEqual({ history: null, reads: [] });
    expect(existsSync(join(dir, HISTORY_FILE))).toBe(false);
  });
});
