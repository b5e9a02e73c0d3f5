/** Reading a stored entry's row, the same for every store. */
import { HearbackError } from "../core/errors.js";
import type { TimelineEvent } from "../core/types.js";
import type { LogEntry, SettingsRecord, StoredEvent, StoredText } from "./types.js";

/** An entry's row as the stores keep it. */
export interface EventRow {
  readonly id: number;
  readonly app: string;
  readonly type: string;
  readonly body: string;
  readonly ref: number | null;
  readonly batch: number;
  readonly recorded_at: number;
  readonly source: string;
}

/**
 * A stored entry's JSON. Only a database changed outside hearback (or a broken disk) holds
 * text that is not JSON: the user is told which entry, and where to look, not shown a
 * parser's complaint.
 */
function parseBody<T>(body: string, id: number, app: string): T {
  try {
    return JSON.parse(body) as T;
  } catch {
    throw new HearbackError(
      "failed",
      `the stored data is damaged: entry ${id} of ${app} is not readable (was the database changed by another program?); run \`hearback doctor\` for what to do`,
    );
  }
}

/** The settings' rows as one record (each value stored as JSON). */
export function settingsRecord(
  rows: readonly { readonly key: string; readonly value: string }[],
): SettingsRecord {
  return Object.freeze(Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)])));
}

export function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function toEntry(row: EventRow): LogEntry {
  return {
    id: row.id,
    app: row.app,
    type: row.type as LogEntry["type"],
    event: parseBody(row.body, row.id, row.app),
    ref: row.ref,
    batch: row.batch,
    recordedAt: row.recorded_at,
    source: row.source,
  };
}

/**
 * The timeline from the one JSON array text a store builds of it (one JSON.parse rather
 * than one per row). When it does not parse, `readEach` reads the entries one by one, which
 * throws naming the damaged one.
 */
export async function parseTimeline(
  text: string,
  readEach: () => Promise<unknown>,
): Promise<TimelineEvent[]> {
  try {
    return JSON.parse(text) as TimelineEvent[];
  } catch {
    await readEach();
    throw new Error("store: the timeline is not JSON, yet each of its entries is");
  }
}

/** Live events from their stored texts. */
export function storedEvents(texts: readonly StoredText[]): StoredEvent[] {
  return texts.map((r) => ({
    id: r.id,
    event: parseBody<TimelineEvent>(r.text, r.id, r.app),
    recordedAt: r.recordedAt,
    source: r.source,
    amended: r.amended,
  }));
}

/** What an amendment may change: what the event says, not its type or application. */
export function checkAmendment(target: LogEntry, event: TimelineEvent): void {
  if (target.type === "amend" || target.type === "retract") {
    throw new HearbackError(
      "bad-input",
      `entry ${target.id} is a correction; amend the event itself`,
    );
  }
  if (event.type !== target.type || event.app !== target.app) {
    throw new HearbackError(
      "bad-input",
      `an amendment keeps the event's type and application: entry ${target.id} is a ${target.type} of ${target.app}`,
    );
  }
}
