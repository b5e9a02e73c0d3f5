/**
 * What every store promises (the contract of ./types.ts), as one suite that each store's
 * tests run against their own store: SQLite in ./sqlite.test.ts, PostgreSQL in
 * ./postgres.test.ts. Kept plans are not part of it: only the SQLite store keeps them
 * (src/ops/plan-cache.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TimelineEvent } from "../core/types.js";
import type { Store } from "./types.js";

export const meta = { recordedAt: Date.UTC(2026, 10, 2, 18) /* Mon 2 Nov 2026 */, source: "test" };

export const acme: TimelineEvent = {
  type: "application",
  app: "acme-pm",
  company: "Acme",
  role: "Product Manager",
  timezone: "America/Denver",
};
export const interview: TimelineEvent = {
  type: "interview",
  app: "acme-pm",
  at: "2026-11-02T10:00" /* Mon */,
  interviewers: [{ name: "Dana Lee" }],
};
const thanks: TimelineEvent = {
  type: "sent",
  app: "acme-pm",
  at: "2026-11-02T16:30" /* Mon */,
  kind: "thank-you",
  to: "Dana Lee",
};
export const globex: TimelineEvent = {
  type: "application",
  app: "globex-se",
  company: "Globex",
  role: "SE",
};

/** How a store's tests give the suite a store. */
export interface StoreSubject {
  /** A new, empty store. */
  open(): Promise<Store>;
  /** The same data opened again, after `store` is closed. */
  reopen(store: Store): Promise<Store>;
  /**
   * A second handle on the same data to use at the same time as `store`, as a second
   * server process would (its own connection where the store allows several in one
   * process; SQLite's writers in other processes are tested in ./reliability.test.ts).
   */
  beside(store: Store): Promise<Store>;
}

/** Defines the contract's tests (call inside the store's own describe). */
export function storeContract(subject: StoreSubject): void {
  let store: Store;
  beforeEach(async () => {
    store = await subject.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it("keeps what was written across reopening", async () => {
    await store.append([acme, interview], meta);
    await store.close();
    store = await subject.reopen(store);
    expect(await store.timeline()).toEqual([acme, interview]);
  });

  describe("append", () => {
    it("stores events as given, extra fields included, in order", async () => {
      const withExtra = { ...thanks, mood: "hopeful", nested: { a: [1, 2] } } as TimelineEvent;
      await store.append([acme, interview, withExtra], meta);
      expect(await store.timeline()).toEqual([acme, interview, withExtra]);
    });

    it("records when and by whom, and gives the whole call one batch", async () => {
      const entries = await store.append([acme, interview], meta);
      expect(entries.map((e) => [e.type, e.batch, e.source, e.recordedAt])).toEqual([
        ["application", entries[0]!.id, "test", meta.recordedAt],
        ["interview", entries[0]!.id, "test", meta.recordedAt],
      ]);
    });

    it("writes nothing when a transaction fails part way", async () => {
      await store.append([acme], meta);
      await expect(
        store.transaction(async (tx) => {
          await tx.append([interview, thanks], meta);
          throw new Error("the third line was bad");
        }),
      ).rejects.toThrow("the third line was bad");
      expect(await store.timeline()).toEqual([acme]);
    });

    it("filters the timeline by application", async () => {
      await store.append([acme, globex, interview], meta);
      expect(await store.timeline({ app: "acme-pm" })).toEqual([acme, interview]);
      expect(await store.appIds()).toEqual(["acme-pm", "globex-se"]);
    });

    it("hands planning only the start of a long reply, and keeps and exports it whole", async () => {
      // "é" and "😀" take more bytes, and "😀" two UTF-16 units: the cut keeps whole characters.
      const long = `Thanks! ${"é😀 still deciding. ".repeat(20_000)}`;
      const reply: TimelineEvent = {
        type: "reply",
        app: "acme-pm",
        at: "2026-11-20T09:00",
        text: long,
      };
      const note: TimelineEvent = {
        type: "note",
        app: "acme-pm",
        at: "2026-11-20T10:00",
        text: long,
      };
      const short: TimelineEvent = {
        type: "reply",
        app: "acme-pm",
        at: "2026-11-21T09:00",
        text: "Hi",
      };
      await store.append([acme, reply, note, short], meta);
      const [, cut, keptNote, keptShort] = await store.timeline({ replyTextUpTo: 1000 });
      const text = (cut as { text: string }).text;
      expect(text.length).toBeGreaterThanOrEqual(1000);
      expect(long.startsWith(text)).toBe(true);
      expect(text.length).toBeLessThan(2000);
      expect(cut).toEqual({ ...reply, text });
      expect([keptNote, keptShort]).toEqual([note, short]);
      expect(await store.timeline()).toEqual([acme, reply, note, short]);
      expect((await store.events({ app: "acme-pm" }))[1]!.event).toEqual(reply);
      const [, alsoCut] = await store.timeline({ app: "acme-pm", replyTextUpTo: 1000 });
      expect(alsoCut).toEqual(cut);
    });
  });

  describe("corrections", () => {
    it("an amendment replaces an event in its place", async () => {
      const [, iv] = await store.append([acme, interview, thanks], meta);
      const moved = { ...interview, at: "2026-11-03T10:00" /* Tue */ };
      await store.amend(iv!.id, moved, meta);
      expect(await store.timeline()).toEqual([acme, moved, thanks]);
      const events = await store.events({ app: "acme-pm" });
      expect(events[1]).toMatchObject({ id: iv!.id, amended: true, event: moved });
    });

    it("an amendment may not change the event's type or application", async () => {
      const [, iv] = await store.append([acme, interview], meta);
      await expect(store.amend(iv!.id, thanks, meta)).rejects.toMatchObject({ code: "bad-input" });
    });

    it("a retraction leaves the event out", async () => {
      const [, iv] = await store.append([acme, interview, thanks], meta);
      await store.retract(iv!.id, meta);
      expect(await store.timeline()).toEqual([acme, thanks]);
      await expect(store.retract(iv!.id, meta)).rejects.toMatchObject({ code: "conflict" });
    });

    it("refuses to take back an application that still has events", async () => {
      const [app] = await store.append([acme, interview], meta);
      await expect(store.retract(app!.id, meta)).rejects.toMatchObject({ code: "conflict" });
    });

    it("never changes or deletes a stored row", async () => {
      const [, iv] = await store.append([acme, interview], meta);
      await store.amend(iv!.id, { ...interview, notes: "went well" }, meta);
      await store.retract(iv!.id, meta);
      const log = await store.log();
      expect(log.map((e) => [e.type, e.ref])).toEqual([
        ["application", null],
        ["interview", null],
        ["amend", iv!.id],
        ["retract", iv!.id],
      ]);
      expect(log[1]!.event).toEqual(interview);
    });
  });

  describe("undo", () => {
    it("takes back the last batch, then the one before", async () => {
      await store.append([acme], meta);
      await store.append([interview, thanks], meta);
      const first = await store.undo(meta);
      expect(first.map((e) => e.type)).toEqual(["interview", "sent"]);
      expect(await store.timeline()).toEqual([acme]);
      await store.undo(meta);
      expect(await store.timeline()).toEqual([]);
      expect(await store.undo(meta)).toEqual([]);
    });

    it("undoing an amendment restores what was there before", async () => {
      const [, iv] = await store.append([acme, interview], meta);
      await store.amend(iv!.id, { ...interview, notes: "v2" }, meta);
      await store.amend(iv!.id, { ...interview, notes: "v3" }, meta);
      await store.undo(meta);
      expect((await store.timeline())[1]).toEqual({ ...interview, notes: "v2" });
      await store.undo(meta);
      expect((await store.timeline())[1]).toEqual(interview);
    });
  });

  describe("settings", () => {
    it("sets, replaces and removes values by key", async () => {
      await store.updateSettings({ name: "Ann", policy: { thankYouHours: 12 } });
      await store.updateSettings({ name: "Ann Lee", email: "ann@example.com" });
      expect(await store.settings()).toEqual({
        name: "Ann Lee",
        email: "ann@example.com",
        policy: { thankYouHours: 12 },
      });
      await store.updateSettings({ email: null });
      expect(await store.settings()).not.toHaveProperty("email");
    });

    it("are read with the last entry's id at once (the head), corrections and undo included", async () => {
      expect(await store.head()).toEqual({ lastEntry: 0, settings: {} });
      const [, iv] = await store.append([acme, interview], meta);
      await store.updateSettings({ timezone: "Europe/Paris" });
      expect(await store.head()).toEqual({
        lastEntry: iv!.id,
        settings: { timezone: "Europe/Paris" },
      });
      const retraction = await store.retract(iv!.id, meta);
      expect((await store.head()).lastEntry).toBe(retraction.id);
      await store.undo(meta);
      const [last] = await store.log({ limit: 1 });
      expect(last!.id).toBeGreaterThan(retraction.id);
      expect((await store.head()).lastEntry).toBe(last!.id);
    });
  });

  describe("two handles on one store at once", () => {
    let other: Store;
    beforeEach(async () => {
      other = await subject.beside(store);
    });
    afterEach(async () => {
      await other.close();
    });

    it("sees what the other wrote", async () => {
      await store.append([acme, interview], meta);
      expect(await other.timeline()).toEqual([acme, interview]);
    });

    it("stores every batch of two writers at once, each whole and with its own ids", async () => {
      await store.append([acme], meta);
      const note = (tag: string, i: number, j: number): TimelineEvent => ({
        type: "note",
        app: "acme-pm",
        at: "2026-11-02T12:00",
        text: `${tag}-${i}-${j}`,
      });
      const writes = (s: Store, tag: string) =>
        Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            s.append(
              [0, 1, 2].map((j) => note(tag, i, j)),
              meta,
            ),
          ),
        );
      const [a, b] = await Promise.all([writes(store, "a"), writes(other, "b")]);
      const batches = [...a, ...b];
      expect(new Set(batches.flat().map((e) => e.id)).size).toBe(120);
      const log = await store.log();
      for (const written of batches) {
        expect(log.filter((e) => e.batch === written[0]!.batch).map((e) => e.event)).toEqual(
          written.map((e) => e.event),
        );
      }
      expect(await store.timeline()).toHaveLength(121);
    });

    it("lets one of two writers take an entry back, and tells the other it is gone", async () => {
      const [, iv] = await store.append([acme, interview], meta);
      const results = await Promise.allSettled([
        store.retract(iv!.id, meta),
        other.retract(iv!.id, meta),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(failed.reason).toMatchObject({ code: "conflict" });
      expect((await store.log()).filter((e) => e.type === "retract")).toHaveLength(1);
    });

    it("runs two read-then-write transactions one after the other, never interleaved", async () => {
      await store.append([acme], meta);
      // Each counts the notes, then adds one naming the count it saw: interleaved, both
      // would see the same count.
      const countThenAdd = (s: Store) =>
        s.transaction(async (tx) => {
          const seen = (await tx.timeline()).filter((e) => e.type === "note").length;
          await tx.append(
            [{ type: "note", app: "acme-pm", at: "2026-11-02T12:00", text: `saw ${seen}` }],
            meta,
          );
        });
      await Promise.all([countThenAdd(store), countThenAdd(other), countThenAdd(store)]);
      const seen = (await store.timeline()).flatMap((e) => (e.type === "note" ? [e.text] : []));
      expect(seen.sort()).toEqual(["saw 0", "saw 1", "saw 2"]);
    });
  });

  describe("a large import", () => {
    it("is one batch that one undo takes back whole", async () => {
      const notes: TimelineEvent[] = Array.from({ length: 2500 }, (_, i) => ({
        type: "note",
        app: "acme-pm",
        at: "2026-11-02T12:00",
        text: `note ${i}`,
      }));
      await store.append([acme], meta);
      const written = await store.append(notes, meta);
      expect(new Set(written.map((e) => e.batch))).toEqual(new Set([written[0]!.id]));
      expect(await store.timeline()).toEqual([acme, ...notes]);
      expect(await store.undo(meta)).toHaveLength(2500);
      expect(await store.timeline()).toEqual([acme]);
    });
  });

  describe("entries that do not exist", () => {
    it("cannot be amended or taken back", async () => {
      await store.append([acme], meta);
      await expect(store.retract(987_654, meta)).rejects.toMatchObject({ code: "not-found" });
      await expect(store.amend(987_654, acme, meta)).rejects.toMatchObject({
        code: "not-found",
      });
    });
  });
}
