/**
 * Publishing the calendar to a CalDAV server the user names (`hearback calendar --publish`),
 * so that it reaches a phone or a web calendar, which a feed on 127.0.0.1 never does.
 *
 * One calendar object per event, at `hearback-<hash>.ics` in the calendar named, its UID the
 * one ics.ts derives from what the event is about: publishing again replaces each object
 * (never a copy), and an object of ours whose follow-up is done or dropped is deleted, so it
 * leaves every device synced to that calendar. Objects not named `hearback-*` are never read
 * or touched: the calendar may be shared with other things.
 *
 * Nothing is written locally: the server holds the state, so a publish that fails half-way
 * is completed by the next one. The client is tsdav; the password goes in an Authorization
 * header only and never into a message.
 */
import { join } from "node:path";
import {
  createCalendarObject,
  type DAVCalendarObject,
  type DAVResponse,
  deleteCalendarObject,
  fetchCalendarObjects,
  getBasicAuthHeaders,
  propfind,
  updateCalendarObject,
} from "tsdav";
import { HearbackError } from "../core/errors.js";
import { type CalendarItem, writeCalendar } from "./ics.js";
import { MAIL_CONFIG_FILE, readConfigFile } from "./mail-config.js";
import { redactSecrets } from "./redact.js";

export interface CaldavConfig {
  /** The calendar's own address (a collection), ending in `/`. */
  readonly url: string;
  readonly user?: string;
  readonly pass?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const LOOPBACK = new Set(["127.0.0.1", "[::1]", "localhost"]);
const OBJECT_PREFIX = "hearback-";
/** A server that accepted the connection but never answers is as good as down. */
const REQUEST_TIMEOUT_MS = 30_000;

/** The address without its user name and password, as it may be shown. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    return u.toString();
  } catch {
    return "(not a URL)";
  }
}

/**
 * The CalDAV settings: the calendar's address from `given` (the command line), else
 * `HEARBACK_CALDAV_URL`, else `caldav.url` in mail.json; the user and password from
 * `HEARBACK_CALDAV_USER`/`_PASS`, else the URL's own `user:password@`, else mail.json's
 * `caldav.user`/`caldav.pass`. The environment wins over the file, field by field.
 */
export async function loadCaldavConfig(opts: {
  readonly dataDir: string;
  readonly env: Env;
  readonly given?: string;
}): Promise<CaldavConfig> {
  const file = join(opts.dataDir, MAIL_CONFIG_FILE);
  const section = (await readConfigFile(file)).caldav;
  if (section !== undefined && (section === null || typeof section !== "object")) {
    throw new HearbackError("bad-input", `${file}: caldav must be an object`);
  }
  const inFile = (section ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
  const [raw, where] = opts.given
    ? [opts.given, "--publish"]
    : text(opts.env.HEARBACK_CALDAV_URL)
      ? [opts.env.HEARBACK_CALDAV_URL as string, "HEARBACK_CALDAV_URL"]
      : [text(inFile.url), `${file}: caldav.url`];
  if (raw === undefined) {
    throw new HearbackError(
      "bad-input",
      `publishing is not set up: name your calendar's address (hearback calendar --publish https://dav.example.net/ann/hearback/), or set HEARBACK_CALDAV_URL, or put it in ${file} (mode 600) as "caldav": {"url": ..., "user": ..., "pass": ...}; see "Publishing to a CalDAV server" in docs/integrations.md`,
    );
  }
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new HearbackError(
      "bad-input",
      `${where}: not a URL; use the calendar's address, e.g. https://dav.example.net/ann/hearback/`,
    );
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") {
    throw new HearbackError("bad-input", `${where}: the address must start with https://`);
  }
  const user =
    text(opts.env.HEARBACK_CALDAV_USER) ??
    (u.username ? decodeURIComponent(u.username) : undefined) ??
    text(inFile.user);
  const pass =
    text(opts.env.HEARBACK_CALDAV_PASS) ??
    (u.password ? decodeURIComponent(u.password) : undefined) ??
    text(inFile.pass);
  if (u.protocol === "http:" && pass !== undefined && !LOOPBACK.has(u.hostname)) {
    // A password sent in clear over the network is a password given away.
    throw new HearbackError(
      "bad-input",
      `${where}: ${u.host} is not this machine, and over http:// the password would travel unencrypted; use https://`,
    );
  }
  u.username = "";
  u.password = "";
  const url = u.toString().endsWith("/") ? u.toString() : `${u.toString()}/`;
  return Object.freeze({
    url,
    ...(user !== undefined ? { user } : {}),
    ...(pass !== undefined ? { pass } : {}),
  });
}

export interface PublishResult {
  /** The calendar's address (without credentials). */
  readonly url: string;
  /** Events now on the server: added and replaced. */
  readonly added: number;
  readonly updated: number;
  /** Objects of done or dropped follow-ups deleted. */
  readonly removed: number;
}

/** What a failed request means, in the user's words. */
function problem(config: CaldavConfig, status: number, doing: string, body = ""): HearbackError {
  const where = shownUrl(config.url);
  const said = redactSecrets(body.trim().slice(0, 200), { user: config.user, pass: config.pass });
  const tail = said ? ` (the server said: ${said})` : "";
  if (status === 401 || status === 403) {
    return new HearbackError(
      "bad-input",
      `the calendar server at ${where} refused ${config.user ? `the login for ${config.user}` : "access without a login"} (${status}) while ${doing}; check HEARBACK_CALDAV_USER and HEARBACK_CALDAV_PASS (or caldav in mail.json)${tail}`,
    );
  }
  if (status === 404) {
    return new HearbackError(
      "not-found",
      `there is no calendar at ${where} (404); make the calendar in your calendar app or on the server's page, then give its address${tail}`,
    );
  }
  return new HearbackError(
    "failed",
    `the calendar server at ${where} answered ${status} while ${doing}${tail}`,
  );
}

/** A request that never reached the server: refused, unknown host, timed out. */
function unreachable(config: CaldavConfig, err: unknown): HearbackError {
  const cause = (err as { cause?: { code?: string } }).cause?.code;
  const why =
    (err as Error).name === "TimeoutError"
      ? `no answer within ${REQUEST_TIMEOUT_MS / 1000} seconds`
      : cause === "ECONNREFUSED"
        ? "connection refused: is the server running?"
        : cause === "ENOTFOUND"
          ? "no such host"
          : (cause ?? (err as Error).message);
  return new HearbackError(
    "failed",
    `could not reach the calendar server at ${shownUrl(config.url)} (${redactSecrets(String(why), { user: config.user, pass: config.pass })})`,
  );
}

/** Runs a request, turning a network failure into a message that names the server. */
async function reach<T>(config: CaldavConfig, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (err) {
    if (err instanceof HearbackError) throw err;
    throw unreachable(config, err);
  }
}

/** Checks that the address is a calendar the user may open, before anything is written. */
async function checkCalendar(config: CaldavConfig, headers: Record<string, string>) {
  const [answer] = await reach(config, () =>
    propfind({
      url: config.url,
      props: { "d:resourcetype": {} },
      depth: "0",
      headers,
      fetchOptions: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
    }),
  );
  const response = answer as DAVResponse | undefined;
  if (!response) throw problem(config, 0, "opening the calendar");
  if (!response.ok) throw problem(config, response.status, "opening the calendar", response.raw);
  const type = (response.props?.resourcetype ?? {}) as Record<string, unknown>;
  if (!("calendar" in type)) {
    throw new HearbackError(
      "bad-input",
      `${shownUrl(config.url)} is not a calendar (${"addressbook" in type ? "it is an address book" : "it is a folder or a page"}); give the address of one calendar, e.g. https://dav.example.net/ann/hearback/`,
    );
  }
}

const fileOf = (uid: string) => `${OBJECT_PREFIX}${uid.slice(0, uid.indexOf("@"))}.ics`;
const nameOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);

/**
 * Puts the calendar's items on the server: each event created or replaced, and the objects
 * of ours that are not among `items` (done or dropped) deleted.
 *
 * @example
 * await putCalendar({ items, zone: "America/Denver", now, config: { url: "https://dav.example.net/ann/hearback/", user: "ann", pass } })
 * // { url, added: 3, updated: 2, removed: 1 }
 */
export async function putCalendar(opts: {
  readonly items: readonly CalendarItem[];
  /** The user's zone, announced as X-WR-TIMEZONE. */
  readonly zone: string;
  /** The time written as DTSTAMP. */
  readonly now: number;
  readonly config: CaldavConfig;
}): Promise<PublishResult> {
  const { config } = opts;
  const headers =
    config.user !== undefined
      ? getBasicAuthHeaders({ username: config.user, password: config.pass ?? "" })
      : {};
  const fetchOptions = () => ({ signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const { items, zone } = opts;
  await checkCalendar(config, headers);
  const calendar = { url: config.url };
  let theirs: DAVCalendarObject[];
  try {
    theirs = await reach(config, () =>
      fetchCalendarObjects({
        calendar,
        headers,
        urlFilter: (url) => nameOf(url).startsWith(OBJECT_PREFIX),
        fetchOptions: fetchOptions(),
      }),
    );
  } catch (err) {
    // tsdav reports a failed listing as an Error naming the status.
    const status = /failed: (\d{3})/.exec((err as Error).message)?.[1];
    if (status) throw problem(config, Number(status), "listing its events");
    throw err;
  }
  const existing = new Map(theirs.map((o) => [nameOf(o.url), o]));
  let added = 0;
  let updated = 0;
  let removed = 0;
  const check = async (response: Response, doing: string) => {
    if (!response.ok) {
      const body = await response.text().catch(() => "");
      const done = added + updated + removed;
      const err = problem(config, response.status, doing, body);
      throw done === 0
        ? err
        : new HearbackError(
            err.code,
            `${err.message}. ${done} change${done === 1 ? " was" : "s were"} made before that; publishing again completes it`,
          );
    }
  };
  for (const item of items) {
    const filename = fileOf(item.uid);
    const iCalString = writeCalendar([item], { nowMs: opts.now, zone, publish: false });
    const had = existing.get(filename);
    if (had) {
      const response = await reach(config, () =>
        updateCalendarObject({
          calendarObject: { ...had, data: iCalString },
          headers: { ...headers, "content-type": "text/calendar; charset=utf-8" },
          fetchOptions: fetchOptions(),
        }),
      );
      await check(response, `replacing "${item.summary}"`);
      updated += 1;
    } else {
      const response = await reach(config, () =>
        createCalendarObject({
          calendar,
          filename,
          iCalString,
          headers,
          fetchOptions: fetchOptions(),
        }),
      );
      await check(response, `adding "${item.summary}"`);
      added += 1;
    }
  }
  const live = new Set(items.map((i) => fileOf(i.uid)));
  for (const [name, object] of existing) {
    if (live.has(name)) continue;
    const response = await reach(config, () =>
      deleteCalendarObject({ calendarObject: object, headers, fetchOptions: fetchOptions() }),
    );
    // Already gone (deleted in the calendar app) is what was wanted.
    if (response.status !== 404) await check(response, `removing ${name}`);
    removed += 1;
  }
  return { url: shownUrl(config.url), added, updated, removed };
}
