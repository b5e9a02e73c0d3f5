/**
 * Logs what src/integrations/inbox.ts matched: one transaction per import or sync, so that the replies
 * and the IMAP sync position are stored together or not at all.
 */
import { HearbackError } from "../core/errors.js";
import type { ReplyEvent, ReplyReading } from "../core/types.js";
import { stripReply } from "../gauge/index.js";
import type { SyncState } from "../integrations/imap.js";
import {
  buildMailIndex,
  type IncomingMessage,
  type MessageMeta,
  matchMessage,
  planInboxImport,
} from "../integrations/inbox.js";
import { parseDateTime } from "../time/index.js";
import { type OpContext, userZone } from "./context.js";
import { loadReadReply } from "./engine.js";
import { eventProblems } from "./validate.js";

/** Reads a .eml file, an mbox file, a folder of them, or a message on stdin ("-"). */
export { readMailPath } from "../integrations/inbox.js";

/** Where the IMAP sync got to, in the store's settings (no secret in it). */
const IMAP_STATE_KEY = "inboxImapState";

export interface LoggedReply {
  readonly event: ReplyEvent;
  readonly by: string;
  /** The message said a machine sent it (Auto-Submitted): an out-of-office or a receipt. */
  readonly automatic: boolean;
  /** What the gauge read (not stored: the plan reads it again, so a better gauge helps). */
  readonly reading: ReplyReading;
}

export interface MessageLine {
  readonly from: string;
  readonly subject: string;
  readonly date: string | null;
  readonly origin: string;
}

export interface InboxResult {
  readonly logged: readonly LoggedReply[];
  readonly unmatched: readonly MessageLine[];
  readonly ambiguous: readonly (MessageLine & { readonly apps: readonly string[] })[];
  readonly duplicates: number;
  readonly fromYou: number;
  /** How logged messages were read, where the user should know ("reply.eml: only the first ..."). */
  readonly warnings: readonly string[];
}

const line = (m: MessageMeta): MessageLine => ({
  from: m.fromName ? `${m.fromName} <${m.fromAddress}>` : m.fromAddress,
  subject: m.subject,
  date: m.dateMs === null ? null : new Date(m.dateMs).toISOString(),
  origin: m.origin,
});

/**
 * Matches and logs messages as replies. With `syncState`, stores it in the same
 * transaction (the IMAP position moves only when the replies are stored).
 */
export async function logMessages(opts: {
  readonly ctx: OpContext;
  readonly messages: readonly IncomingMessage[];
  /** Messages seen only by their headers (not wanted, see `mayBelong`): listed, never logged. */
  readonly passed?: readonly MessageMeta[];
  readonly syncState?: SyncState;
}): Promise<InboxResult> {
  const { ctx } = opts;
  const zone = userZone(ctx);
  const own = [ctx.settings.email]
    .filter((e): e is string => typeof e === "string")
    .map((e) => e.toLowerCase());
  return ctx.store.transaction(async (tx) => {
    const events = await tx.timeline();
    const plan = planInboxImport({
      messages: opts.messages,
      events,
      zone,
      userAddresses: own,
      nowMs: ctx.now,
      strip: stripReply,
    });
    const problems = plan.replies.flatMap((r) =>
      eventProblems(r).map((p) => `${r.messageId}: ${p}`),
    );
    if (problems.length > 0) {
      throw new HearbackError(
        "bad-input",
        "some messages could not be logged; nothing was",
        problems,
      );
    }
    if (plan.replies.length > 0)
      await tx.append(plan.replies, { recordedAt: ctx.now, source: "mail" });
    if (opts.syncState) await tx.updateSettings({ [IMAP_STATE_KEY]: opts.syncState });
    const readReply = await loadReadReply(events, zone);
    const appZone = new Map(
      events.flatMap((e) =>
        e.type === "application" ? [[e.app, e.timezone ?? zone] as const] : [],
      ),
    );
    // Headers-only messages: already logged, the user's own, or matching no application.
    const known = buildMailIndex(events, zone).known;
    const passed = opts.passed ?? [];
    const passedKnown = passed.filter((m) => known.has(m.messageId)).length;
    const passedOwn = passed.filter(
      (m) => !known.has(m.messageId) && own.includes(m.fromAddress),
    ).length;
    const passedUnmatched = passed.filter(
      (m) => !known.has(m.messageId) && !own.includes(m.fromAddress),
    );
    return {
      logged: plan.replies.map((event, i) => {
        const z = appZone.get(event.app) ?? zone;
        return {
          event,
          by: plan.matched[i]?.by ?? "",
          automatic: plan.matched[i]?.message.automatic ?? false,
          reading: readReply(event.text ?? "", {
            receivedMs: parseDateTime(event.at, z) ?? ctx.now,
            zone: z,
          }),
        };
      }),
      unmatched: [...plan.unmatched, ...passedUnmatched]
        .sort((a, b) => (a.dateMs ?? 0) - (b.dateMs ?? 0))
        .map(line),
      ambiguous: plan.ambiguous.map((a) => ({ ...line(a.message), apps: a.apps })),
      duplicates: plan.duplicates.length + passedKnown,
      fromYou: plan.fromUser.length + passedOwn,
      warnings: plan.matched.flatMap((m) =>
        (m.message.warnings ?? []).map((w) => `${m.message.origin}: ${w}`),
      ),
    };
  });
}

/** The stored IMAP position. */
async function storedSyncState(ctx: OpContext): Promise<SyncState> {
  const v = (await ctx.store.settings())[IMAP_STATE_KEY];
  return v !== null && typeof v === "object" ? (v as SyncState) : {};
}

/**
 * Which messages are worth downloading whole: those not logged yet, not the user's own,
 * and matching an application (or more than one: the user is told about those).
 */
async function mayBelong(ctx: OpContext): Promise<(meta: MessageMeta) => boolean> {
  const index = buildMailIndex(await ctx.store.timeline(), userZone(ctx));
  const own = typeof ctx.settings.email === "string" ? ctx.settings.email.toLowerCase() : "";
  // Messages wanted in this sync, so that a later one answering them is wanted too.
  const wanted = new Set<string>();
  return (meta) => {
    if (index.known.has(meta.messageId) || meta.fromAddress === own) return false;
    const yes =
      meta.threadIds.some((id) => wanted.has(id)) || matchMessage(meta, index).kind !== "unmatched";
    if (yes) wanted.add(meta.messageId);
    return yes;
  };
}

/**
 * Logs the new replies in the user's IMAP mailbox (read-only there): each folder from where
 * its last sync stopped (from `since`, a day in the user's zone, or `firstSyncDays` ago, on
 * its first sync or with `rescan`). `announce` is told which folders are read, and where.
 */
export async function syncInbox(
  ctx: OpContext,
  input: {
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly folders?: readonly string[] | undefined;
    readonly since?: string | undefined;
    readonly rescan?: boolean | undefined;
    readonly firstSyncDays: number;
    readonly announce: (line: string) => void;
  },
): Promise<InboxResult> {
  const [{ loadMailConfig, describeServer }, { fetchNewMessages }, time] = await Promise.all([
    import("../integrations/mail-config.js"),
    import("../integrations/imap.js"),
    import("../time/index.js"),
  ]);
  const { imap } = await loadMailConfig({ dataDir: ctx.dataDir, env: input.env });
  if (!imap) {
    throw new HearbackError(
      "bad-input",
      `reading mail is not set up: set HEARBACK_IMAP_URL (e.g. imaps://you%40example.net:APP-PASSWORD@imap.example.net) or write ${ctx.dataDir}/mail.json (mode 600); see "Mail settings" in docs/integrations.md`,
    );
  }
  let sinceMs = ctx.now - input.firstSyncDays * time.DAY_MS;
  if (input.since !== undefined) {
    if (!time.isSupportedDate(input.since)) {
      throw new HearbackError(
        "bad-input",
        time.momentProblem("--since", input.since, "2026-10-01"),
      );
    }
    sinceMs = time.atWallTime(input.since, "00:00", userZone(ctx));
  }
  const folders = input.folders && input.folders.length > 0 ? input.folders : imap.folders;
  const state = input.rescan ? {} : await storedSyncState(ctx);
  input.announce(`Reading ${folders.join(", ")} at ${describeServer(imap)}...`);
  const fetched = await fetchNewMessages({
    config: imap,
    folders,
    state,
    firstSyncSince: new Date(sinceMs),
    wants: await mayBelong(ctx),
  });
  return logMessages({
    ctx,
    messages: fetched.messages,
    passed: fetched.passed,
    syncState: { ...(await storedSyncState(ctx)), ...fetched.state },
  });
}
