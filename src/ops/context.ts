/**
 * What every operation runs with. The caller (CLI, server) builds it once per request:
 * the store it opened, the moment the request is about, and the user's settings.
 */
import { REPLY_READ_CHARS } from "../core/limits.js";
import type { Settings } from "../core/types.js";
import type { SettingsRecord, Store } from "../store/types.js";
import { screenedStore } from "./screen.js";

export interface OpContext {
  readonly store: Store;
  /**
   * The data folder: besides the store, the user's own files live there (templates, mail
   * settings, the error log, the calendar feed's state).
   */
  readonly dataDir: string;
  /** Epoch milliseconds: "now" for everything the operation does. Never read from the clock here. */
  readonly now: number;
  /** The user's settings as stored (policy overrides, zone, region, name, email). */
  readonly settings: Settings;
  /**
   * The zone to read times in when neither the application nor the settings name one:
   * the machine's zone, which the caller knows.
   */
  readonly fallbackZone: string;
  /** Written with every entry: who made the change ("cli", "web", "calendar", ...). */
  readonly source: string;
}

/**
 * How the operations read the log to plan from it: a reply's text only as far as planning
 * reads it, so that a huge reply is read whole only where it is shown or exported.
 */
export const TO_PLAN = Object.freeze({ replyTextUpTo: REPLY_READ_CHARS });

/** The keys of the store's settings that make up `Settings`; other keys belong to integrations. */
const SETTINGS_KEYS = [
  "name",
  "email",
  "timezone",
  "region",
  "weekEnds",
  "paper",
  "policy",
] as const;

/**
 * Builds a context, reading the settings from the store.
 *
 * @example
 * const ctx = await createContext({ store, now: Date.now(), fallbackZone: "Europe/London", source: "cli" });
 */
export async function createContext(opts: {
  readonly store: Store;
  readonly now: number;
  readonly fallbackZone: string;
  readonly source: string;
  /** The store's settings when already read (a view across many accounts reads them at once). */
  readonly stored?: SettingsRecord | undefined;
}): Promise<OpContext> {
  const { stored = await opts.store.settings(), ...rest } = opts;
  return Object.freeze({
    ...rest,
    dataDir: opts.store.dataDir,
    store: screenedStore(opts.store),
    settings: Object.freeze(userSettings(stored)),
  });
}

/** The user's `Settings` among the store's settings (the keys of `SETTINGS_KEYS`). */
export function userSettings(stored: Readonly<Record<string, unknown>>): Settings {
  const settings: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) if (stored[key] !== undefined) settings[key] = stored[key];
  return settings as Settings;
}

/** The user's zone: their setting, else the machine's. */
export function userZone(ctx: OpContext): string {
  return ctx.settings.timezone ?? ctx.fallbackZone;
}
