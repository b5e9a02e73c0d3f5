/**
 * Mail in over IMAP (imapflow): fetches the messages that arrived since the last sync in
 * the folders the user names, read-only (nothing is marked, moved or deleted).
 *
 * Where a sync got to is kept per folder as (UIDVALIDITY, last UID seen): IMAP promises
 * that UIDs only grow while UIDVALIDITY stays the same, so the next sync asks for UIDs
 * above the last one. When the server renumbers a folder (a new UIDVALIDITY) the folder is
 * read again from the start date; Message-IDs keep that from logging anything twice.
 *
 * Messages are read in two steps: first their headers (sender, Message-ID, thread), then
 * the whole message only of those the caller `wants` (those that may belong to an
 * application), so a busy inbox costs a few hundred bytes per message, not its attachments.
 */
import { ImapFlow } from "imapflow";
import { HearbackError } from "../core/errors.js";
import { type IncomingMessage, type MessageMeta, normId, parseMessage } from "./inbox.js";
import { describeServer, type ImapConfig } from "./mail-config.js";
import { redactSecrets } from "./redact.js";

export interface FolderState {
  readonly uidValidity: string;
  readonly lastUid: number;
}

/** Sync progress by folder name, stored in the settings (it holds no secret). */
export type SyncState = Readonly<Record<string, FolderState>>;

const TIMEOUT_MS = 30_000;

/**
 * The messages new since `state`, and the state to store once they are logged.
 * On a folder's first sync, only messages received on or after `firstSyncSince` are read.
 */
export async function fetchNewMessages(opts: {
  readonly config: ImapConfig;
  readonly folders: readonly string[];
  readonly state: SyncState;
  readonly firstSyncSince: Date;
  /** Which messages to download whole (default: all); the others are returned as headers. */
  readonly wants?: (meta: MessageMeta) => boolean;
}): Promise<{
  readonly messages: readonly IncomingMessage[];
  /** New messages not downloaded, as the caller did not want them. */
  readonly passed: readonly MessageMeta[];
  readonly state: SyncState;
}> {
  const { config } = opts;
  const server = describeServer(config);
  const client = new ImapFlow({
    host: config.host,
    port: config.port,
    secure: config.tls === "implicit",
    doSTARTTLS: config.tls === "starttls" ? true : config.tls === "none" ? false : undefined,
    auth: { user: config.user ?? "", pass: config.pass ?? "" },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  // imapflow reports a dropped connection as an 'error' event too; the awaited call rejects.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (err) {
    const e = err as { authenticationFailed?: boolean; message?: string; code?: string };
    if (e.authenticationFailed) {
      throw new HearbackError(
        "failed",
        `${server} did not accept the user name and password. Check HEARBACK_IMAP_USER/PASS or mail.json.`,
      );
    }
    // A server's answer may echo what was sent, the credentials included.
    throw new HearbackError(
      "failed",
      redactSecrets(
        `could not connect to ${server} (${e.message ?? e.code ?? String(err)}).`,
        config,
      ),
    );
  }
  const messages: IncomingMessage[] = [];
  const passed: MessageMeta[] = [];
  const next: Record<string, FolderState> = { ...opts.state };
  try {
    for (const folder of opts.folders) {
      let lock: Awaited<ReturnType<ImapFlow["getMailboxLock"]>>;
      try {
        lock = await client.getMailboxLock(folder, { readOnly: true });
      } catch {
        const names = (await client.list()).map((m) => m.path);
        throw new HearbackError(
          "bad-input",
          `${server} has no folder "${folder}"; its folders are: ${names.join(", ")}`,
        );
      }
      try {
        const box = client.mailbox;
        if (!box) throw new Error(`mailbox ${folder} is not open`);
        const uidValidity = String(box.uidValidity);
        const had = opts.state[folder];
        const lastUid = had && had.uidValidity === uidValidity ? had.lastUid : 0;
        let uids: number[];
        if (lastUid > 0) {
          const found = await client.search({ uid: `${lastUid + 1}:*` }, { uid: true });
          // "N:*" always includes the highest UID, even when it is below N.
          uids = (found || []).filter((u) => u > lastUid);
        } else {
          uids = (await client.search({ since: opts.firstSyncSince }, { uid: true })) || [];
        }
        let highest = lastUid;
        const wanted: number[] = [];
        const received = new Map<number, number>();
        if (uids.length > 0) {
          const query = { uid: true, envelope: true, internalDate: true, headers: ["references"] };
          for await (const m of client.fetch(uids, query, { uid: true })) {
            highest = Math.max(highest, m.uid);
            const meta = metaOf(m, `imap:${folder}/${m.uid}`);
            if (meta.dateMs !== null) received.set(m.uid, meta.dateMs);
            if (meta.messageId !== "" && opts.wants && !opts.wants(meta)) passed.push(meta);
            else wanted.push(m.uid);
          }
        }
        if (wanted.length > 0) {
          for await (const m of client.fetch(wanted, { uid: true, source: true }, { uid: true })) {
            if (!m.source) continue;
            const parsed = await parseMessage(m.source, `imap:${folder}/${m.uid}`);
            const at = received.get(m.uid);
            messages.push(
              parsed.dateMs === null && at !== undefined ? { ...parsed, dateMs: at } : parsed,
            );
          }
        }
        // Nothing new still records the folder, so the next sync skips the date search.
        next[folder] = { uidValidity, lastUid: Math.max(highest, box.uidNext - 1, 0) };
      } finally {
        lock.release();
      }
    }
  } catch (err) {
    if (err instanceof HearbackError) throw err;
    throw new HearbackError(
      "failed",
      `reading mail from ${server} failed (${(err as Error).message}); nothing was logged.`,
    );
  } finally {
    await client.logout().catch(() => client.close());
  }
  return { messages, passed, state: next };
}

interface FetchedHeaders {
  readonly envelope?: {
    readonly date?: Date | string;
    readonly subject?: string;
    readonly messageId?: string;
    readonly inReplyTo?: string;
    readonly from?: readonly { readonly name?: string; readonly address?: string }[];
  };
  readonly internalDate?: Date | string;
  readonly headers?: Buffer;
}

/**
 * A message's headers as matching needs them. A message without a Message-ID gets an
 * empty one here: it is downloaded whole, where parseMessage gives it a stand-in id.
 */
function metaOf(m: FetchedHeaders, origin: string): MessageMeta {
  const env = m.envelope ?? {};
  const from = env.from?.[0];
  const ids = (s: string | undefined) => s?.match(/<[^<>\s]+>/g) ?? [];
  const date = env.date ?? m.internalDate;
  const ms = date === undefined ? Number.NaN : new Date(date).getTime();
  return {
    messageId: env.messageId ? normId(env.messageId) : "",
    fromAddress: (from?.address ?? "").toLowerCase(),
    ...(from?.name ? { fromName: from.name } : {}),
    dateMs: Number.isNaN(ms) ? null : ms,
    subject: env.subject ?? "",
    threadIds: [...ids(env.inReplyTo), ...ids(m.headers?.toString("utf8"))].map(normId),
    origin,
  };
}
