/**
 * The daily digest: what is due today and overdue, in the user's zone, mailed to the user's
 * own address through their own SMTP server. The server sends it at the hour they chose
 * (src/server/digest-schedule.ts), `hearback digest` sends it once (cron, a scheduled task),
 * and team mode sends each account's from a job; all three go through `sendDigest`, which
 * records the day it sent in the store's settings, so that no day's digest goes out twice.
 */
import { actionPhrase } from "../core/action-phrase.js";
import { HearbackError } from "../core/errors.js";
import type { Action } from "../core/types.js";
import type { SmtpConfig } from "../integrations/mail-config.js";
import type { SettingsRecord } from "../store/types.js";
import {
  addDays,
  atWallMinutes,
  dateInZone,
  dayInZone,
  epochDay,
  type Reader,
  showDay,
  showTime,
  whoseTimes,
} from "../time/index.js";
import { type OpContext, userZone } from "./context.js";
import { agenda } from "./read.js";

/** The settings key of the user's choices: `{ on, hour, to? }`. */
export const DIGEST_KEY = "digest";
/** The settings key of the last day a digest was dealt with (a `DigestRecord`). */
export const DIGEST_SENT_KEY = "digestSent";
/**
 * How long a day's claim may stay "sending" (longer than any SMTP exchange takes) before
 * it is taken to have died with its sender, and the day may be claimed again.
 */
const DIGEST_SENDING_LEASE_MS = 10 * 60_000;
/** The hour, on the user's clock, of a digest turned on without one. */
export const DEFAULT_DIGEST_HOUR = 8;

export interface DigestSettings {
  /** Whether the server (or a team's job) sends it every day. `hearback digest` sends regardless. */
  readonly on: boolean;
  /** The hour of the day (0 to 23) in the user's zone from which the day's digest goes. */
  readonly hour: number;
  /** Where it goes; null: the user's email setting, else the SMTP From. */
  readonly to: string | null;
}

/** What became of one day's digest, as kept under DIGEST_SENT_KEY. */
export interface DigestRecord {
  /** The user's day (YYYY-MM-DD, their zone) it was for. */
  readonly day: string;
  /**
   * sent; nothing-due (nothing sent); sending (claimed and not finished; a claim older
   * than the sending lease was left by a process that stopped mid-send, and the day may be
   * sent again: a mail the server accepted in the moment before the stop goes out twice).
   */
  readonly outcome: "sent" | "nothing-due" | "sending";
  /** Epoch ms it was dealt with. */
  readonly at: number;
  /** Who sent it: the context's source ("cli", "server", "team"...). */
  readonly source: string;
  readonly messageId?: string;
  /** How many items it listed. */
  readonly count?: number;
}

/** The user's digest choices from the stored settings (defaults where unset). */
export function digestSettings(stored: SettingsRecord): DigestSettings {
  const raw = (stored[DIGEST_KEY] ?? {}) as Partial<DigestSettings>;
  return {
    on: raw.on === true,
    hour: Number.isInteger(raw.hour) ? (raw.hour as number) : DEFAULT_DIGEST_HOUR,
    to: typeof raw.to === "string" && raw.to !== "" ? raw.to : null,
  };
}

/** The last day's record, or null when no digest was ever dealt with. */
function digestRecord(stored: SettingsRecord): DigestRecord | null {
  const raw = stored[DIGEST_SENT_KEY] as DigestRecord | undefined;
  return raw && typeof raw.day === "string" ? raw : null;
}

/** The moment a day's digest is due: `hour`:00 on that day in `zone` (epoch ms). */
function digestTimeOn(day: string, hour: number, zone: string): number {
  return atWallMinutes(epochDay(day), hour * 60, zone);
}

/**
 * When the scheduled digest should next be tried, epoch ms: today's hour if today's is not
 * dealt with yet (which may be past: then now), else tomorrow's; null while it is off.
 * For a scheduler that wakes up once rather than checking every minute.
 */
export function nextDigestAt(stored: SettingsRecord, now: number, zone: string): number | null {
  const { on, hour } = digestSettings(stored);
  if (!on) return null;
  const today = dateInZone(now, zone);
  const done = digestRecord(stored)?.day === today;
  const at = digestTimeOn(done ? addDays(today, 1) : today, hour, zone);
  return done ? at : Math.max(at, now);
}

export interface DigestItem {
  readonly app: string;
  readonly company: string;
  readonly kind: Action["kind"];
  readonly to?: string;
  /** "check in with Dana Lee". */
  readonly phrase: string;
  /** "by Fri 13 Nov, 9:00" or "from Fri 13 Nov, 14:00", in the user's zone. */
  readonly when: string;
  readonly reason: string;
  /** Its window closed more than a few business days ago: still want to? */
  readonly missed: boolean;
}

export interface Digest {
  /** The user's day (YYYY-MM-DD) it is for. */
  readonly day: string;
  readonly zone: string;
  readonly overdue: readonly DigestItem[];
  readonly today: readonly DigestItem[];
  /** "hearback: 2 overdue, 1 due today (Fri 13 Nov)"; "" when nothing is due. */
  readonly subject: string;
  /** The mail's text; a sentence saying nothing is due when nothing is. */
  readonly text: string;
  /** The same as a small HTML page; every piece of user text escaped. */
  readonly html: string;
}

/**
 * What is due, as of `ctx.now` in the user's zone: the actions overdue, and those whose
 * window is open or opens today (before midnight on the user's clock).
 *
 * @example (await buildDigest(ctx)).text // "Due today, Fri 13 Nov (times in your zone, ...)"
 */
export async function buildDigest(ctx: OpContext): Promise<Digest> {
  const zone = userZone(ctx);
  const reader: Reader = { zone, now: ctx.now };
  const today = dayInZone(ctx.now, zone);
  const { actions } = await agenda(ctx, {});
  const item = (a: Action): DigestItem => {
    const open = a.overdue || Date.parse(a.dueFrom) <= ctx.now;
    const at = Date.parse(open ? a.dueBy : a.dueFrom);
    return {
      app: a.app,
      company: a.company,
      kind: a.kind,
      ...(a.to === undefined ? {} : { to: a.to }),
      phrase: actionPhrase(a),
      when: `${open ? "by" : "from"} ${showTime(at, reader)}`,
      reason: a.reason,
      missed: a.missed === true,
    };
  };
  const overdue = actions.filter((a) => a.overdue).map(item);
  const dueToday = actions
    .filter((a) => !a.overdue && dayInZone(Date.parse(a.dueFrom), zone) <= today)
    .map(item);
  const day = dateInZone(ctx.now, zone);
  // The report's escaping, loaded here: the settings helpers above stay light for the CLI.
  const { escapeHtml } = await import("../integrations/report.js");
  return {
    day,
    zone,
    overdue,
    today: dueToday,
    ...renderDigest({ overdue, today: dueToday, day, reader }, escapeHtml),
  };
}

function renderDigest(
  d: {
    readonly overdue: readonly DigestItem[];
    readonly today: readonly DigestItem[];
    readonly day: string;
    readonly reader: Reader;
  },
  escapeHtml: (s: string) => string,
): { subject: string; text: string; html: string } {
  const dayShown = showDay(d.day, d.reader);
  if (d.overdue.length + d.today.length === 0) {
    const text = `Nothing is due today (${dayShown}) and nothing is overdue.`;
    return { subject: "", text, html: `<p>${escapeHtml(text)}</p>` };
  }
  const counts = [
    ...(d.overdue.length > 0 ? [`${d.overdue.length} overdue`] : []),
    ...(d.today.length > 0 ? [`${d.today.length} due today`] : []),
  ].join(", ");
  const groups = [
    { title: "Overdue", items: d.overdue },
    { title: "Today", items: d.today },
  ].filter((g) => g.items.length > 0);
  const line = (i: DigestItem) =>
    `${i.company}: ${i.phrase}${i.missed ? " (missed: still want to?)" : ""}`;
  const intro = `What to do on ${dayShown} (${whoseTimes(d.reader)}):`;
  const outro =
    "Draft each one in hearback (the web app's Today page, or: hearback agenda). You asked hearback for this daily mail; turn it off in its Settings.";
  const text = [
    intro,
    ...groups.flatMap((g) => [
      "",
      g.title,
      ...g.items.map((i) => `  ${i.when}  ${line(i)}\n      ${i.reason}`),
    ]),
    "",
    outro,
    "",
  ].join("\n");
  const e = escapeHtml;
  const html = [
    `<!doctype html><html><body style="font-family: sans-serif">`,
    `<p>${e(intro)}</p>`,
    ...groups.map(
      (g) =>
        `<h2 style="font-size: 1.1em">${e(g.title)}</h2><ul>${g.items
          .map(
            (i) =>
              `<li><strong>${e(line(i))}</strong>, ${e(i.when)}<br><span style="color: #555">${e(i.reason)}</span></li>`,
          )
          .join("")}</ul>`,
    ),
    `<p style="color: #555">${e(outro)}</p>`,
    "</body></html>",
  ].join("\n");
  return { subject: `hearback: ${counts} (${dayShown})`, text, html };
}

export type DigestOutcome =
  | {
      readonly status: "sent";
      readonly day: string;
      readonly to: string;
      readonly count: number;
      readonly messageId: string;
    }
  /** Nothing was due: nothing sent (the day counts as dealt with). */
  | { readonly status: "nothing-due"; readonly day: string }
  /** The day's digest was dealt with before (by `record.source`): nothing sent. */
  | { readonly status: "already"; readonly day: string; readonly record: DigestRecord }
  /** Scheduled only: the digest is turned off. */
  | { readonly status: "off" }
  /** Scheduled only: today's hour has not come yet; `at` is when it does. */
  | { readonly status: "not-yet"; readonly day: string; readonly at: number };

/**
 * Sends the day's digest once. `scheduled`: as the server or a team's job does, only when
 * turned on and from the chosen hour, once per day whatever happened (sent, or nothing
 * due); otherwise (`hearback digest`) now, unless the day's digest already went out. The
 * day is claimed in one transaction before sending, so two senders at once send one mail;
 * a failed send gives the claim back and throws HearbackError("failed") saying why.
 * `smtp`: the server to send through; else the user's mail settings (mail.json in the data
 * folder, or `env`'s HEARBACK_SMTP_*).
 *
 * @example await sendDigest(ctx, { env: process.env, scheduled: true }) // { status: "not-yet", ... }
 */
export async function sendDigest(
  ctx: OpContext,
  input: {
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly scheduled: boolean;
    readonly smtp?: SmtpConfig;
    /** How long a claim may stay "sending" before it is taken to be dead; default DIGEST_SENDING_LEASE_MS. */
    readonly leaseMs?: number;
    /** The user's address when their settings name none (team mode: their account's email). */
    readonly ownAddress?: string;
  },
): Promise<DigestOutcome> {
  const zone = userZone(ctx);
  const day = dateInZone(ctx.now, zone);
  const lease = input.leaseMs ?? DIGEST_SENDING_LEASE_MS;
  const stored = await ctx.store.settings();
  const choice = digestSettings(stored);
  if (input.scheduled) {
    if (!choice.on) return { status: "off" };
    const at = digestTimeOn(day, choice.hour, zone);
    if (ctx.now < at) return { status: "not-yet", day, at };
  }
  const before = digestRecord(stored);
  if (before !== null && isDone(before, day, input.scheduled, ctx.now, lease)) {
    return { status: "already", day, record: before };
  }
  const mail = await mailSetup(ctx, input, choice.to);
  const digest = await buildDigest(ctx);
  const count = digest.overdue.length + digest.today.length;
  const mark = (record: Omit<DigestRecord, "day" | "at" | "source">): DigestRecord => ({
    day,
    at: ctx.now,
    source: ctx.source,
    ...record,
  });
  // Claim the day, unless another sender did since `before` was read.
  const claimed = await ctx.store.transaction(async (tx) => {
    const now = digestRecord(await tx.settings());
    if (now !== null && isDone(now, day, input.scheduled, ctx.now, lease)) return now;
    await tx.updateSettings({
      [DIGEST_SENT_KEY]: mark({ outcome: count === 0 ? "nothing-due" : "sending" }),
    });
    return null;
  });
  if (claimed !== null) return { status: "already", day, record: claimed };
  if (count === 0) return { status: "nothing-due", day };
  const { sendMail } = await import("../integrations/smtp.js");
  let messageId: string;
  try {
    ({ messageId } = await sendMail({
      config: mail.smtp,
      message: {
        from: mail.from,
        to: mail.to,
        subject: digest.subject,
        text: digest.text,
        html: digest.html,
      },
    }));
  } catch (err) {
    // Not sent (or not known to be): the day is free again, as it was.
    await ctx.store.updateSettings({ [DIGEST_SENT_KEY]: before });
    throw err;
  }
  await ctx.store.updateSettings({
    [DIGEST_SENT_KEY]: mark({ outcome: "sent", messageId, count }),
  });
  return { status: "sent", day, to: mail.to, count, messageId };
}

/**
 * Whether a record settles the day: for the schedule, anything of that day; for a run by
 * hand, a digest sent (or being sent) that day, since "nothing due" may have changed. A
 * claim still "sending" after `leaseMs` was left by a sender that died (a killed process):
 * it settles nothing, so that the retried job sends the day's digest.
 */
function isDone(
  record: DigestRecord,
  day: string,
  scheduled: boolean,
  now: number,
  leaseMs: number,
): boolean {
  if (record.day !== day) return false;
  if (record.outcome === "sending" && now - record.at >= leaseMs) return false;
  return scheduled || record.outcome !== "nothing-due";
}

/** The mail as `hearback digest --dry-run` prints it: its subject and text, or that none would go. */
export function digestPreview(digest: Digest): string {
  return digest.subject === ""
    ? `${digest.text} Nothing would be sent.`
    : `Subject: ${digest.subject}\n\n${digest.text.trimEnd()}`;
}

/** Who dealt with a day's digest, as a person would say it. */
const SENT_BY: Readonly<Record<string, string>> = {
  cli: "by hearback digest",
  web: "from the web app",
  server: "by the server",
  team: "by the team server",
};

/**
 * What became of a digest sent by hand (`hearback digest`, the web app's Send now), in one
 * sentence; times in the user's zone.
 */
export function digestOutcomeText(outcome: DigestOutcome, reader: Reader): string {
  switch (outcome.status) {
    case "sent":
      return `Sent today's digest (${outcome.count} to do) to ${outcome.to}.`;
    case "nothing-due":
      return "Nothing is due today and nothing is overdue: no digest sent.";
    case "already": {
      const { record } = outcome;
      const by = SENT_BY[record.source] ?? `by ${record.source}`;
      return `Today's digest was already sent (${showTime(record.at, reader)}, ${by}); nothing sent.`;
    }
    case "off":
      return "The daily digest is off.";
    case "not-yet":
      return `Today's digest is not due until ${showTime(outcome.at, reader)}.`;
  }
}

/**
 * Where the digest would go now, or why it cannot be sent (no mail server, no address, a
 * mail.json that cannot be read), in the words `hearback digest` would fail with.
 */
export async function digestDelivery(
  ctx: OpContext,
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ readonly to: string } | { readonly problem: string }> {
  try {
    const { to } = await mailSetup(ctx, { env }, digestSettings(await ctx.store.settings()).to);
    return { to };
  } catch (err) {
    if (err instanceof HearbackError) return { problem: err.message };
    throw err;
  }
}

/** The server, From and To of the digest, or a clear error naming what to set. */
async function mailSetup(
  ctx: OpContext,
  input: {
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly smtp?: SmtpConfig;
    readonly ownAddress?: string;
  },
  to: string | null,
): Promise<{ smtp: SmtpConfig; from: string; to: string }> {
  const { loadMailConfig } = await import("../integrations/mail-config.js");
  const smtp = input.smtp ?? (await loadMailConfig({ dataDir: ctx.dataDir, env: input.env })).smtp;
  if (!smtp) {
    throw new HearbackError(
      "bad-input",
      `no mail server is set up to send it through (the digest goes through your own): set HEARBACK_SMTP_URL (e.g. smtps://you%40example.net:PASSWORD@smtp.example.net) or write ${ctx.dataDir}/mail.json (mode 600); see "Mail settings" in docs/integrations.md`,
    );
  }
  const own =
    ctx.settings.email ?? input.ownAddress ?? (smtp.user?.includes("@") ? smtp.user : undefined);
  const from = smtp.from ?? own;
  const address = to ?? own ?? smtp.from;
  if (!from || !address) {
    throw new HearbackError(
      "bad-input",
      "the digest needs your email address: set it with: hearback policy set email you@example.net (or in the web app's Settings)",
    );
  }
  return { smtp, from, to: address };
}
