/**
 * Export is lossless: any valid timeline imported and exported comes back line for line,
 * and importing that export into an empty store gives the same export again.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { CHANNELS, SENT_KINDS, SIGNALS, STATUSES } from "../core/types.js";
import { openStore } from "../store/index.js";
import { createContext, runOp } from "./index.js";

const work = mkdtempSync(join(tmpdir(), "hearback-roundtrip-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NOW = Date.parse("2026-11-25T12:00:00Z"); /* Wed */

const words = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0);
const anyText = fc.string({ maxLength: 200, unit: "binary" });
const moment = fc
  .date({
    min: new Date("2020-01-01T00:00:00Z"),
    max: new Date("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .chain((d) =>
    fc.constantFrom(
      d.toISOString(),
      d.toISOString().slice(0, 16),
      `${d.toISOString().slice(0, 19)}+05:30`,
    ),
  );
const day = moment.map((m) => m.slice(0, 10));
const contact = fc.record(
  {
    name: words,
    email: fc.emailAddress(),
    title: words,
    role: fc.constantFrom("interviewer", "recruiter", "hiring-manager", "other"),
  },
  { requiredKeys: ["name"] },
);
/** Fields hearback does not know: kept as they are. */
const extra = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 8 }).map((k) => `x-${k}`),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 2 },
);

function otherEvent(app: string) {
  return fc.oneof(
    fc.record(
      {
        type: fc.constant("interview"),
        app: fc.constant(app),
        at: moment,
        durationMinutes: fc.integer({ min: 1, max: 600 }),
        interviewers: fc.array(contact, { maxLength: 3 }),
        stage: anyText,
        topics: fc.array(anyText, { maxLength: 3 }),
        notes: anyText,
        decisionBy: fc.oneof(day, moment),
      },
      { requiredKeys: ["type", "app", "at"] },
    ),
    fc.record(
      {
        type: fc.constant("sent"),
        app: fc.constant(app),
        at: moment,
        kind: fc.constantFrom(...SENT_KINDS),
        to: fc.oneof(words, fc.array(words, { minLength: 1, maxLength: 3 })),
        channel: fc.constantFrom(...CHANNELS),
        subject: anyText,
        text: anyText,
      },
      { requiredKeys: ["type", "app", "at", "kind"] },
    ),
    fc.record(
      {
        type: fc.constant("reply"),
        app: fc.constant(app),
        at: moment,
        from: anyText,
        text: anyText,
        signal: fc.constantFrom(...SIGNALS),
        decisionBy: day,
        returnOn: day,
      },
      { requiredKeys: ["type", "app", "at"] },
    ),
    fc.record({
      type: fc.constant("status"),
      app: fc.constant(app),
      at: moment,
      status: fc.constantFrom(...STATUSES),
    }),
    fc.record({ type: fc.constant("note"), app: fc.constant(app), at: moment, text: anyText }),
  );
}

const timeline = fc
  .uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), { minLength: 1, maxLength: 4 })
  .chain((apps) =>
    fc.tuple(
      fc.tuple(
        ...apps.map((app) =>
          fc.record(
            {
              type: fc.constant("application"),
              app: fc.constant(app),
              company: words,
              role: words,
              at: moment,
              timezone: fc.constantFrom("America/Denver", "Europe/London", "Asia/Kolkata", "UTC"),
              region: fc.constantFrom("US", "US-CO", "GB", "IN"),
              url: fc.webUrl(),
              contacts: fc.array(contact, { maxLength: 2 }),
            },
            { requiredKeys: ["type", "app", "company", "role"] },
          ),
        ),
      ),
      fc.array(
        fc.constantFrom(...apps).chain((app) => fc.tuple(otherEvent(app), extra)),
        { maxLength: 12 },
      ),
    ),
  )
  .map(([applications, others]) => [
    ...applications,
    ...others.map(([event, more]) => ({ ...more, ...event })),
  ]);

let runs = 0;
async function exportAfterImport(text: string): Promise<string> {
  const store = await openStore({ dir: join(work, `run-${runs++}`) });
  try {
    const ctx = await createContext({ store, now: NOW, fallbackZone: "UTC", source: "test" });
    await runOp(ctx, "importTimeline", { text, name: "t.jsonl" });
    const { events } = await runOp(ctx, "exportTimeline", {});
    return events.map((e) => `${JSON.stringify(e)}\n`).join("");
  } finally {
    await store.close();
  }
}

describe("export after import", () => {
  it("gives back every event exactly, and again after a second import", async () => {
    await fc.assert(
      fc.asyncProperty(timeline, async (events) => {
        const text = events.map((e) => `${JSON.stringify(e)}\n`).join("");
        const first = await exportAfterImport(text);
        expect(first).toBe(text);
        expect(await exportAfterImport(first)).toBe(first);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
