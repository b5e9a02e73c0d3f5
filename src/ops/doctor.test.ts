/** `hearback doctor`'s check, against a real SQLite file. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TimelineEvent } from "../core/types.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/types.js";
import { createContext } from "./context.js";
import { checkStore } from "./doctor.js";

const NOW = Date.parse("2026-11-03T12:00:00-07:00");
const meta = { recordedAt: NOW, source: "test" };

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "hearback-doctor-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A store holding one application with `notes` notes. */
async function storeWith(name: string, notes: number): Promise<Store> {
  const store = await openStore({ dir: join(dir, name) });
  const events: TimelineEvent[] = [
    { type: "application", app: "acme-pm", company: "Acme", role: "PM" },
    ...Array.from(
      { length: notes },
      (_, i): TimelineEvent => ({
        type: "note",
        app: "acme-pm",
        at: "2026-11-02T10:00",
        text: `n${i}`,
      }),
    ),
  ];
  await store.append(events, meta);
  return store;
}

async function timeCheck(store: Store): Promise<number> {
  const ctx = await createContext({ store, now: NOW, fallbackZone: "UTC", source: "test" });
  const start = performance.now();
  const report = await checkStore(ctx);
  const took = performance.now() - start;
  expect(report.findings).toEqual([]);
  await store.close();
  return took;
}

describe("checkStore", () => {
  it("takes time in proportion to an application's entries, not to their square", async () => {
    const small = await storeWith("small", 3_000);
    const large = await storeWith("large", 30_000);
    await timeCheck(small); // warms up the engine's modules
    const few = await timeCheck(await openStore({ dir: join(dir, "small") }));
    const many = await timeCheck(large);
    // Ten times the entries: linear work takes about ten times as long; its square, 100.
    expect(many).toBeLessThan(25 * few + 300);
  }, 120_000);
});
