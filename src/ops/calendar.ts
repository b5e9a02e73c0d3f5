/**
 * The calendar as the CLI writes it and the server serves it (`/calendar.ics?token=...`):
 * the stored log, planned as of now, rendered by src/integrations/ics.ts.
 *
 * The feed's token is a random secret kept in the store's settings (not one of the user's
 * visible settings, so the settings API does not show it). It is made on first use; a
 * calendar app that has the URL can read the feed, so `rotateFeedToken` makes a new one.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { HearbackError } from "../core/errors.js";
import type { CaldavConfig, PublishResult } from "../integrations/caldav.js";
import { type CalendarItem, calendarItems, writeCalendar } from "../integrations/ics.js";
import type { StoreReader, StoreWriter } from "../store/types.js";
import { userSettings } from "./context.js";
import { planAll } from "./engine.js";

const FEED_TOKEN_KEY = "calendarFeedToken";
/** The events handed out in exported files, by UID (see exportStoredCalendar). */
const EXPORTED_KEY = "calendarExported";

interface StoredOptions {
  readonly store: StoreReader;
  readonly now: number;
  readonly fallbackZone: string;
}

/** The calendar's events as of `now`, and the user's zone. */
async function storedItems(opts: StoredOptions): Promise<{ items: CalendarItem[]; zone: string }> {
  const settings = userSettings(await opts.store.settings());
  const events = await opts.store.timeline();
  // Log entries per application, corrections included: the events' SEQUENCE (see ics.ts).
  const revisions = new Map<string, number>();
  for (const entry of await opts.store.log())
    revisions.set(entry.app, (revisions.get(entry.app) ?? 0) + 1);
  const actions = await planAll({
    events,
    history: "events",
    settings,
    now: opts.now,
    fallbackZone: opts.fallbackZone,
  });
  const zone = settings.timezone ?? opts.fallbackZone;
  return { items: calendarItems({ events, actions, zone, nowMs: opts.now, revisions }), zone };
}

/** The whole calendar as of `now`, as the feed serves it. */
async function renderStoredCalendar(
  opts: StoredOptions,
): Promise<{ readonly ics: string; readonly events: number }> {
  const { items, zone } = await storedItems(opts);
  return {
    ics: writeCalendar(items, { nowMs: opts.now, zone, publish: true }),
    events: items.length,
  };
}

/** What an exported file said about an event: enough to write it again as cancelled. */
type ExportedItem = Pick<
  CalendarItem,
  "app" | "kind" | "summary" | "startMs" | "endMs" | "zone" | "sequence" | "cancelled"
>;

function exportedRecord(stored: unknown): Record<string, ExportedItem> {
  return stored !== null && typeof stored === "object"
    ? (stored as Record<string, ExportedItem>)
    : {};
}

/**
 * The calendar as a file to import, as of `now`. Calendar apps keep what an earlier import
 * put in; so every event handed out in an earlier file that is no longer planned (done,
 * dropped, its application closed) is in this one as `STATUS:CANCELLED`, which makes a
 * re-import remove it. What was handed out is kept in the store's settings.
 */
export async function exportStoredCalendar(
  opts: StoredOptions & { readonly store: StoreWriter },
): Promise<{ readonly ics: string; readonly events: number; readonly cancelled: number }> {
  const { items, zone } = await storedItems(opts);
  const before = exportedRecord((await opts.store.settings())[EXPORTED_KEY]);
  // A SEQUENCE never goes down, and goes up whenever an event is cancelled or comes back.
  const next = (uid: string, cancelled: boolean, sequence: number) => {
    const old = before[uid];
    if (!old) return sequence;
    return Math.max(sequence, old.sequence + (Boolean(old.cancelled) === cancelled ? 0 : 1));
  };
  const current = items.map((i) => ({ ...i, sequence: next(i.uid, false, i.sequence) }));
  const live = new Set(items.map((i) => i.uid));
  const gone: CalendarItem[] = Object.entries(before)
    .filter(([uid]) => !live.has(uid))
    .map(([uid, old]) => ({
      ...old,
      uid,
      sequence: next(uid, true, old.sequence),
      cancelled: true,
      description: "Done or no longer needed.",
      alarmMinutesBefore: 0,
    }));
  const all = [...current, ...gone];
  const record: Record<string, ExportedItem> = {};
  for (const { uid, app, kind, summary, startMs, endMs, zone: z, sequence, cancelled } of all)
    record[uid] = { app, kind, summary, startMs, endMs, zone: z, sequence, cancelled };
  await opts.store.updateSettings({ [EXPORTED_KEY]: record });
  return {
    ics: writeCalendar(all, { nowMs: opts.now, zone, publish: true }),
    events: current.length,
    cancelled: gone.length,
  };
}

/** The CalDAV settings to publish with (see src/integrations/caldav.ts); tsdav loads only here. */
export async function loadPublishConfig(
  opts: Parameters<typeof import("../integrations/caldav.js").loadCaldavConfig>[0],
): Promise<CaldavConfig> {
  return (await import("../integrations/caldav.js")).loadCaldavConfig(opts);
}

/**
 * Puts the calendar as of `now` on the CalDAV server the user named: one object per event,
 * replaced when published again, deleted once done or dropped. Nothing is written locally.
 */
export async function publishStoredCalendar(
  opts: StoredOptions & { readonly config: CaldavConfig },
): Promise<PublishResult> {
  const [{ putCalendar }, { items, zone }] = await Promise.all([
    import("../integrations/caldav.js"),
    storedItems(opts),
  ]);
  return putCalendar({ items, zone, now: opts.now, config: opts.config });
}

/** The feed's token, made and stored on first use. */
export async function feedToken(store: StoreWriter): Promise<string> {
  const stored = (await store.settings())[FEED_TOKEN_KEY];
  if (typeof stored === "string" && stored !== "") return stored;
  return rotateFeedToken(store);
}

/** Makes a new token: calendars subscribed with the old URL stop receiving updates. */
export async function rotateFeedToken(store: StoreWriter): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await store.updateSettings({ [FEED_TOKEN_KEY]: token });
  return token;
}

/**
 * The feed for the server's `/calendar.ics?token=...`. A missing or wrong token is
 * "not-found" (404), so that a guessed URL learns nothing.
 *
 * @example
 * app.get("/calendar.ics", async (c) => c.body(await calendarFeed({ store, now: clock(), fallbackZone, token: c.req.query("token") }), 200, { "Content-Type": "text/calendar; charset=utf-8" }))
 */
export async function calendarFeed(opts: {
  readonly store: StoreReader;
  readonly now: number;
  readonly fallbackZone: string;
  readonly token: string | undefined;
}): Promise<string> {
  const stored = (await opts.store.settings())[FEED_TOKEN_KEY];
  const given = Buffer.from(opts.token ?? "");
  const expected = Buffer.from(typeof stored === "string" ? stored : "");
  if (
    expected.length === 0 ||
    given.length !== expected.length ||
    !timingSafeEqual(given, expected)
  ) {
    throw new HearbackError(
      "not-found",
      "no calendar feed at this address; get the current one with: hearback calendar --feed-url",
    );
  }
  return (await renderStoredCalendar(opts)).ics;
}

/** The content type calendar apps expect for a feed. */
export const CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8";

/**
 * The feed's entity tag: a hash of the calendar without its DTSTAMP lines, which hold the time
 * of the request. Weak (`W/`), as two answers with the same tag differ in those lines.
 */
export function feedEtag(ics: string): string {
  const content = ics.replace(/^DTSTAMP:.*\r?\n/gm, "");
  return `W/"${createHash("sha256").update(content).digest("base64url").slice(0, 27)}"`;
}

/** Whether an If-None-Match header names `etag`, compared weakly (RFC 9110, 13.1.2). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}
