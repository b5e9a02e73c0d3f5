/**
 * The calendar as the CLI writes it and the server serves it (`/calendar.ics?token=...`):
 * the stored log, planned as of now, rendered by ./ics.ts.
 *
 * The feed's token is a random secret kept in the store's settings (not one of the user's
 * visible settings, so the settings API does not show it). It is made on first use; a
 * calendar app that has the URL can read the feed, so `rotateFeedToken` makes a new one.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { HearbackError } from "../core/errors.js";
import type { Settings } from "../core/types.js";
import { planAll } from "../ops/engine.js";
import { screenEvents } from "../ops/screen.js";
import type { StoreReader, StoreWriter } from "../store/types.js";
import { renderCalendar } from "./ics.js";

export const FEED_TOKEN_KEY = "calendarFeedToken";
const USER_SETTING_KEYS = ["name", "email", "timezone", "region", "policy"] as const;

async function userSettings(store: StoreReader): Promise<Settings> {
  const stored = await store.settings();
  const out: Record<string, unknown> = {};
  for (const key of USER_SETTING_KEYS) if (stored[key] !== undefined) out[key] = stored[key];
  return out as Settings;
}

/** The whole calendar as of `now`. */
export async function renderStoredCalendar(opts: {
  readonly store: StoreReader;
  readonly now: number;
  readonly fallbackZone: string;
}): Promise<{ readonly ics: string; readonly events: number }> {
  const settings = await userSettings(opts.store);
  // Applications whose stored data no longer reads are left out (hearback doctor names them).
  const { events } = screenEvents(await opts.store.timeline());
  // Log entries per application, corrections included: the events' SEQUENCE (see ics.ts).
  const revisions = new Map<string, number>();
  for (const entry of await opts.store.log())
    revisions.set(entry.app, (revisions.get(entry.app) ?? 0) + 1);
  const actions = await planAll({
    events,
    settings,
    now: opts.now,
    fallbackZone: opts.fallbackZone,
  });
  const ics = renderCalendar({
    events,
    actions,
    zone: settings.timezone ?? opts.fallbackZone,
    nowMs: opts.now,
    revisions,
  });
  return { ics, events: (ics.match(/^BEGIN:VEVENT\r?$/gm) ?? []).length };
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
