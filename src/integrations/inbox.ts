/**
 * Mail in: replies from the user's mailbox become `reply` events of the right application,
 * without retyping. Messages come from `.eml` files, mbox files, folders of either, or an
 * IMAP account (./imap.ts); this module reads and matches them.
 *
 * Matching never guesses. A message belongs to an application when
 * 1. it answers a message hearback knows (In-Reply-To / References name the Message-ID of
 *    a `sent` or `reply` event), or else
 * 2. its sender's address is the email of a contact of exactly one application, or else
 * 3. its sender's domain is the company's domain (a contact's email domain, or the job
 *    link's host unless that is a job board) for exactly one application.
 * Anything else is listed as unmatched (or ambiguous, with the candidates), for the user to
 * log by hand. Each message is logged once: the reply keeps its Message-ID, and a message
 * whose id is already in the log is skipped.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { simpleParser } from "mailparser";
import { HearbackError } from "../core/errors.js";
import type { Contact, ReplyEvent, TimelineEvent } from "../core/types.js";
import { isoWithOffset, isSupportedInstant } from "../time/index.js";
import { htmlAsText, MAX_HTML_CHARS, MAX_HTML_DEPTH } from "./html-text.js";

/** What matching needs of a message: its headers (an IMAP server gives them without the body). */
export interface MessageMeta {
  /** `<id@host>` exactly as the sender wrote it; a digest of the headers when the message has none. */
  readonly messageId: string;
  /** Lower-case address. */
  readonly fromAddress: string;
  readonly fromName?: string;
  readonly dateMs: number | null;
  readonly subject: string;
  /** In-Reply-To and References, in that order, as written. */
  readonly threadIds: readonly string[];
  /** Where it was read from (`inbox.mbox#3`, `imap:INBOX/412`), for messages to the user. */
  readonly origin: string;
}

/** What hearback needs of one mail message. */
export interface IncomingMessage extends MessageMeta {
  /** The plain-text body, quoted history and all (from the HTML when there is no plain text). */
  readonly text: string;
  /** What the user should know about how the body was read ("only the first ... of its HTML"). */
  readonly warnings?: readonly string[];
  /** The thread before this message, oldest first (References, else In-Reply-To), as written. */
  readonly references: readonly string[];
  /** Auto-Submitted / Precedence say a machine sent it (an out-of-office reply). */
  readonly automatic: boolean;
}

/** A Message-ID in angle brackets, otherwise as written. */
export const normId = (id: string) => {
  const t = id.trim();
  return t.startsWith("<") ? t : `<${t}>`;
};

/** How Message-IDs compare (RFC 5322): case matters before the "@", not in the domain. */
function idKey(id: string): string {
  const t = normId(id);
  const at = t.lastIndexOf("@");
  return at === -1 ? t : t.slice(0, at) + t.slice(at).toLowerCase();
}

/**
 * Message-IDs to values. Versions before 0.2 stored ids lower-cased whole, so an id not
 * found as written is also looked up lower-cased: those old entries keep matching.
 */
class IdMap<V> {
  readonly #byKey = new Map<string, V>();
  set(id: string, value: V): this {
    this.#byKey.set(idKey(id), value);
    return this;
  }
  get(id: string): V | undefined {
    const key = idKey(id);
    return this.#byKey.get(key) ?? this.#byKey.get(key.toLowerCase());
  }
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}

/** Reads one RFC 5322 message with mailparser. */
export async function parseMessage(
  source: Buffer | string,
  origin: string,
): Promise<IncomingMessage> {
  const mail = await simpleParser(source, {
    skipImageLinks: true,
    skipTextToHtml: true,
    // Done below, with options for reading (mailparser's keeps link addresses and alt texts).
    skipHtmlToText: true,
  }).catch((err: unknown) => {
    throw tooLargeToRead(err, origin) ?? err;
  });
  const from = mail.from?.value[0];
  const refs =
    mail.references === undefined
      ? []
      : Array.isArray(mail.references)
        ? mail.references
        : [mail.references];
  const ids = (list: readonly string[]) =>
    list
      .flatMap((r) => r.split(/\s+/))
      .filter((s) => s !== "")
      .map(normId);
  const inReplyTo = ids(mail.inReplyTo ? [mail.inReplyTo] : []);
  const references = ids(refs);
  const threadIds = [...inReplyTo, ...references];
  const { text, warnings } = await bodyText(mail.text, mail.html);
  const headerValue = (name: string) => {
    const v = mail.headers.get(name);
    return typeof v === "string" ? v.toLowerCase() : "";
  };
  const autoSubmitted = headerValue("auto-submitted");
  const automatic =
    (autoSubmitted !== "" && autoSubmitted !== "no") ||
    ["auto_reply", "bulk", "junk"].includes(headerValue("precedence")) ||
    mail.headers.has("x-autoreply");
  // A Date header outside the dates hearback reads (year 9999, say) is treated as missing,
  // so that one odd message cannot keep the others from being logged.
  const dateMs = mail.date && isSupportedInstant(mail.date.getTime()) ? mail.date.getTime() : null;
  const messageId = mail.messageId
    ? normId(mail.messageId)
    : `<${createHash("sha256")
        .update(`${from?.address ?? ""}\n${dateMs ?? ""}\n${mail.subject ?? ""}\n${text}`)
        .digest("hex")
        .slice(0, 32)}@no-message-id.hearback.invalid>`;
  return {
    messageId,
    fromAddress: (from?.address ?? "").toLowerCase(),
    ...(from?.name ? { fromName: from.name } : {}),
    dateMs,
    subject: mail.subject ?? "",
    text,
    threadIds,
    references: references.length > 0 ? references : inReplyTo,
    automatic,
    origin,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/**
 * mailparser's limits, said in the user's words with the message they stopped at. A header
 * block counts at least 64 bytes a line against its 1 MB, so tens of KB of short header
 * lines are enough.
 */
function tooLargeToRead(err: unknown, origin: string): HearbackError | undefined {
  if ((err as { code?: unknown }).code !== "EMAXLEN") return undefined;
  const what = /child nodes/i.test((err as Error).message)
    ? "it has more than 1,000 parts"
    : "its header is too large (more than 1 MB, or more than 16,000 lines)";
  return new HearbackError("bad-input", `${origin}: this message cannot be read: ${what}`);
}

/**
 * The body as text: the plain-text part when it says anything (multipart/alternative keeps
 * using it), else the text of the HTML (HTML-only mail, or HTML with inline images). Bytes
 * that are not in the character set the message declares (a mail program that says UTF-8
 * and writes Latin-1) are read by mailparser as "�": the message is still logged, as the
 * rest of it is readable and it may be the answer the user waits for, with a warning.
 */
async function bodyText(
  plain: string | undefined,
  html: string | false | undefined,
): Promise<{ text: string; warnings: string[] }> {
  const warnings: string[] = [];
  let text = plain ?? "";
  if (text.trim() === "" && html) {
    const read = await htmlAsText(html);
    text = read.text;
    if (read.cut === "length") {
      warnings.push(
        `only the first ${MAX_HTML_CHARS.toLocaleString("en-US")} characters of its HTML were read for its text`,
      );
    } else if (read.cut === "nesting") {
      warnings.push(
        `its HTML nests more than ${MAX_HTML_DEPTH} levels deep; its text was read up to there`,
      );
    }
  }
  const unreadable = text.split("\uFFFD").length - 1;
  if (unreadable > 0) {
    warnings.push(
      `its text is not all in the character set it declares: ${unreadable} character${unreadable === 1 ? "" : "s"} could not be read and show as "\uFFFD"`,
    );
  }
  return { text, warnings };
}

/**
 * Splits an mbox file into its messages. Each message starts at a line beginning with
 * "From " (the envelope line, dropped); lines that mboxrd escaped as ">From " are restored.
 */
export function splitMbox(data: Buffer): Buffer[] {
  const starts: number[] = [];
  const marker = Buffer.from("From ");
  if (data.subarray(0, 5).equals(marker)) starts.push(0);
  for (let i = data.indexOf("\nFrom "); i !== -1; i = data.indexOf("\nFrom ", i + 1))
    starts.push(i + 1);
  return starts.map((start, k) => {
    const end = k + 1 < starts.length ? (starts[k + 1] as number) : data.length;
    const bodyStart = data.indexOf("\n", start);
    const raw = data.subarray(bodyStart === -1 ? end : bodyStart + 1, end).toString("latin1");
    // latin1 keeps every byte as one char, so unescaping cannot damage 8-bit content.
    return Buffer.from(raw.replace(/^>(>*From )/gm, "$1"), "latin1");
  });
}

/**
 * Reads `.eml` files, mbox files, or a folder of them (not recursive, so that a folder's
 * attachments and other files are not read as mail).
 */
export async function readMailPath(path: string): Promise<IncomingMessage[]> {
  if (path === "-") return readMailData(await readStdin(), "stdin");
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new HearbackError("not-found", `${path}: no such file or folder`);
  }
  const files = info.isDirectory()
    ? (await readdir(path))
        .filter((n) => [".eml", ".mbox", ".mbx"].includes(extname(n).toLowerCase()))
        .sort()
        .map((n) => join(path, n))
    : [path];
  if (info.isDirectory() && files.length === 0) {
    throw new HearbackError("not-found", `${path}: no .eml or .mbox files in this folder`);
  }
  const out: IncomingMessage[] = [];
  for (const file of files) {
    const ext = extname(file).toLowerCase();
    out.push(
      ...(await readMailData(
        await readFile(file),
        basename(file),
        ext === ".mbox" || ext === ".mbx",
      )),
    );
  }
  return out;
}

/** One message, or an mbox file (named so, or starting like one: the "From " envelope line). */
async function readMailData(data: Buffer, name: string, mbox = false): Promise<IncomingMessage[]> {
  if (!mbox && data.subarray(0, 5).toString() !== "From ") return [await parseMessage(data, name)];
  const out: IncomingMessage[] = [];
  for (const [i, part] of splitMbox(data).entries())
    out.push(await parseMessage(part, `${name}#${i + 1}`));
  return out;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/* ------------------------------------------------------------------ matching */

/** Mail domains anyone can have an address at: a sender there says nothing about a company. */
const SHARED_MAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "gmx.de",
  "web.de",
  "mail.com",
  "fastmail.com",
  "zoho.com",
  "hey.com",
]);

/** Job boards and applicant-tracking systems: a job link there is not the company's site. */
const JOB_BOARD_DOMAINS = [
  "linkedin.com",
  "indeed.com",
  "glassdoor.com",
  "greenhouse.io",
  "lever.co",
  "myworkdayjobs.com",
  "workday.com",
  "ashbyhq.com",
  "smartrecruiters.com",
  "icims.com",
  "jobvite.com",
  "bamboohr.com",
  "workable.com",
  "recruitee.com",
  "teamtailor.com",
  "personio.de",
  "wellfound.com",
  "ziprecruiter.com",
  "monster.com",
  "dice.com",
  "huntr.co",
];

const domainOf = (address: string) => address.slice(address.lastIndexOf("@") + 1).toLowerCase();

function isUnder(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

function siteDomain(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (JOB_BOARD_DOMAINS.some((d) => isUnder(host, d))) return null;
  // jobs.acme.example and careers.acme.example mail from acme.example.
  return host.replace(/^(?:www|jobs|careers|apply|job|career|work)\./, "");
}

interface AppMailFacts {
  readonly app: string;
  readonly zone: string;
  readonly contacts: Map<string, Contact>;
  readonly domains: Set<string>;
}

/** What matching needs from the log, built once per import. */
export interface MailIndex {
  readonly apps: ReadonlyMap<string, AppMailFacts>;
  /** Message-ID -> application, from sent and reply events that carry one. */
  readonly threads: IdMap<string>;
  /** Message-IDs already logged. */
  readonly known: IdMap<true>;
}

/** Indexes a log for matching. `zone` is the user's zone, for applications with none. */
export function buildMailIndex(events: readonly TimelineEvent[], zone: string): MailIndex {
  const apps = new Map<string, AppMailFacts>();
  const threads = new IdMap<string>();
  const known = new IdMap<true>();
  const factsOf = (app: string) => {
    let f = apps.get(app);
    if (!f) {
      f = { app, zone, contacts: new Map(), domains: new Set() };
      apps.set(app, f);
    }
    return f;
  };
  const addContacts = (f: AppMailFacts, people: readonly Contact[] | undefined) => {
    for (const c of people ?? []) {
      if (!c.email) continue;
      const address = c.email.trim().toLowerCase();
      f.contacts.set(address, c);
      const d = domainOf(address);
      if (!SHARED_MAIL_DOMAINS.has(d)) f.domains.add(d);
    }
  };
  for (const e of events) {
    if (e.type === "application") {
      const f = { ...factsOf(e.app), zone: e.timezone ?? zone };
      apps.set(e.app, f);
      addContacts(f, e.contacts);
      const site = e.url ? siteDomain(e.url) : null;
      if (site) f.domains.add(site);
      if (typeof e.domain === "string" && e.domain !== "") f.domains.add(e.domain.toLowerCase());
    } else if (e.type === "interview") {
      addContacts(factsOf(e.app), e.interviewers);
    } else if ((e.type === "sent" || e.type === "reply") && typeof e.messageId === "string") {
      threads.set(e.messageId, e.app);
      known.set(e.messageId, true);
    }
  }
  return { apps, threads, known };
}

export type MatchResult =
  | {
      readonly kind: "matched";
      readonly app: string;
      readonly by: "thread" | "contact" | "domain";
      readonly contact?: Contact;
    }
  | {
      readonly kind: "ambiguous";
      readonly apps: readonly string[];
      readonly by: "contact" | "domain";
    }
  | { readonly kind: "unmatched" };

/** The application a message belongs to, by the rules at the top of this file. */
export function matchMessage(msg: MessageMeta, index: MailIndex): MatchResult {
  const contactOf = (app: string) => index.apps.get(app)?.contacts.get(msg.fromAddress);
  for (const id of msg.threadIds) {
    const app = index.threads.get(id);
    if (app !== undefined) {
      const contact = contactOf(app);
      return { kind: "matched", app, by: "thread", ...(contact ? { contact } : {}) };
    }
  }
  if (msg.fromAddress === "") return { kind: "unmatched" };
  const byContact = [...index.apps.values()].filter((f) => f.contacts.has(msg.fromAddress));
  if (byContact.length === 1) {
    const f = byContact[0] as AppMailFacts;
    return {
      kind: "matched",
      app: f.app,
      by: "contact",
      contact: f.contacts.get(msg.fromAddress) as Contact,
    };
  }
  if (byContact.length > 1)
    return { kind: "ambiguous", apps: byContact.map((f) => f.app), by: "contact" };
  const domain = domainOf(msg.fromAddress);
  if (SHARED_MAIL_DOMAINS.has(domain)) return { kind: "unmatched" };
  const byDomain = [...index.apps.values()].filter((f) =>
    [...f.domains].some((d) => isUnder(domain, d)),
  );
  if (byDomain.length === 1)
    return { kind: "matched", app: (byDomain[0] as AppMailFacts).app, by: "domain" };
  if (byDomain.length > 1)
    return { kind: "ambiguous", apps: byDomain.map((f) => f.app), by: "domain" };
  return { kind: "unmatched" };
}

/** The user's own reply text, cut from the message (quoted history and signature removed). */
export type StripQuoted = (text: string) => string;

export interface InboxPlan {
  /** Reply events to append, in message order. */
  readonly replies: readonly ReplyEvent[];
  /** Messages matched to an application, with how. */
  readonly matched: readonly {
    readonly message: IncomingMessage;
    readonly app: string;
    readonly by: string;
  }[];
  readonly unmatched: readonly IncomingMessage[];
  readonly ambiguous: readonly {
    readonly message: IncomingMessage;
    readonly apps: readonly string[];
  }[];
  /** Already in the log (same Message-ID), or twice in this batch. */
  readonly duplicates: readonly IncomingMessage[];
  /** Sent by the user (their own address): not replies. */
  readonly fromUser: readonly IncomingMessage[];
}

/**
 * Decides what to log for a batch of messages; pure, so that the file import and the IMAP
 * sync share it and tests can check it without a mailbox.
 */
export function planInboxImport(input: {
  readonly messages: readonly IncomingMessage[];
  readonly events: readonly TimelineEvent[];
  /** The user's zone, for applications with none. */
  readonly zone: string;
  /** The user's own addresses (lower-case), whose messages are not replies. */
  readonly userAddresses: readonly string[];
  /** When a message has no date: the time to log it at (epoch ms). */
  readonly nowMs: number;
  readonly strip: StripQuoted;
}): InboxPlan {
  const index = buildMailIndex(input.events, input.zone);
  // The index is this import's own: messages logged below join what is known.
  const seen = index.known;
  const own = new Set(input.userAddresses.map((a) => a.toLowerCase()));
  const replies: ReplyEvent[] = [];
  const matched: { message: IncomingMessage; app: string; by: string }[] = [];
  const unmatched: IncomingMessage[] = [];
  const ambiguous: { message: IncomingMessage; apps: readonly string[] }[] = [];
  const duplicates: IncomingMessage[] = [];
  const fromUser: IncomingMessage[] = [];
  const ordered = [...input.messages].sort((a, b) => (a.dateMs ?? 0) - (b.dateMs ?? 0));
  for (const message of ordered) {
    if (seen.has(message.messageId)) {
      duplicates.push(message);
      continue;
    }
    if (own.has(message.fromAddress)) {
      fromUser.push(message);
      continue;
    }
    const m = matchMessage(message, index);
    if (m.kind === "unmatched") {
      unmatched.push(message);
      continue;
    }
    if (m.kind === "ambiguous") {
      ambiguous.push({ message, apps: m.apps });
      continue;
    }
    seen.set(message.messageId, true);
    const zone = index.apps.get(m.app)?.zone ?? input.zone;
    const body = input.strip(message.text).trim();
    const from = m.contact?.name ?? message.fromName ?? message.fromAddress;
    replies.push({
      type: "reply",
      app: m.app,
      at: isoWithOffset(message.dateMs ?? input.nowMs, zone),
      from,
      text: body,
      ...(message.subject ? { subject: message.subject } : {}),
      messageId: message.messageId,
      ...(message.references.length > 0 ? { references: message.references } : {}),
      fromAddress: message.fromAddress,
    });
    // Later messages in the same thread (a reply to this reply) land here too.
    index.threads.set(message.messageId, m.app);
    matched.push({ message, app: m.app, by: m.by });
  }
  return { replies, matched, unmatched, ambiguous, duplicates, fromUser };
}
