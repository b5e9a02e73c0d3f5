/**
 * Mail out: one message through the user's own SMTP server, with nodemailer. The `send`
 * command calls this after the user confirmed that very message; the daily digest
 * (src/ops/digest.ts) sends the user's own agenda to the user's own address, once a day,
 * only when they turned it on or ran `hearback digest`. Nothing else in hearback sends.
 *
 * Failures are HearbackError("failed") saying what the server said, with the password
 * never in the text; the caller logs a `sent` event only after this resolves. When the
 * connection is lost after the message itself went out, nobody can tell whether it was
 * delivered: that is a MaybeSent, which the caller logs as "may have been sent".
 */
import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import { HearbackError } from "../core/errors.js";
import { describeServer, type SmtpConfig } from "./mail-config.js";
import { redactSecrets } from "./redact.js";

export interface OutgoingMessage {
  readonly from: string;
  /** "Dana Lee <dana@acme.example>" or a bare address. */
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** An HTML version of the same text, sent beside it (multipart/alternative). */
  readonly html?: string;
  /** Threading: the Message-ID this answers, when known. */
  readonly inReplyTo?: string;
  readonly references?: readonly string[];
}

export interface SendResult {
  /** The Message-ID the message went out with, kept in the `sent` event to match replies. */
  readonly messageId: string;
  /** The server's last reply ("250 2.0.0 Ok: queued as ..."). */
  readonly response: string;
}

/** The server took the message text but never said whether it accepted it. */
export class MaybeSent extends HearbackError {
  readonly messageId: string;
  constructor(messageId: string, message: string) {
    super("failed", message);
    this.messageId = messageId;
  }
}

/** How long to wait on a silent server before giving up. */
const TIMEOUT_MS = 20_000;

function addressDomain(from: string): string {
  const at = from.lastIndexOf("@");
  const domain = from
    .slice(at + 1)
    .trim()
    .replace(/>$/, "");
  return at >= 0 && /^[^>\s]+$/.test(domain) ? domain : "hearback.invalid";
}

/**
 * Sends one message, or throws HearbackError("failed") saying why.
 *
 * @example
 * await sendMail({ config, message: { from: "ann@example.net", to: "Dana Lee <dana@acme.example>", subject: "Thank you", text } })
 * // { messageId: "<...@example.net>", response: "250 Ok" }
 */
export async function sendMail(opts: {
  readonly config: SmtpConfig;
  readonly message: OutgoingMessage;
}): Promise<SendResult> {
  const { config, message } = opts;
  // Whether the server said "354, go ahead": from then on the message may be delivered even
  // if the answer never comes. The transaction log has commands and replies, not the message.
  let dataStarted = false;
  const watch = (entry: { tnx?: string }, line: unknown) => {
    if (entry?.tnx === "server" && /^354/.test(String(line))) dataStarted = true;
  };
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.tls === "implicit",
    requireTLS: config.tls === "starttls",
    ignoreTLS: config.tls === "none",
    ...(config.user ? { auth: { user: config.user, pass: config.pass ?? "" } } : {}),
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
    // Only `watch` sees the log, and it keeps one flag: the password is never logged.
    logger: { debug: watch, info() {}, warn() {}, error() {}, trace() {}, fatal() {} } as never,
    transactionLog: true,
    debug: false,
  });
  const messageId = `<${randomUUID()}@${addressDomain(message.from)}>`;
  try {
    const info = await transport.sendMail({
      from: message.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html === undefined ? {} : { html: message.html }),
      messageId,
      ...(message.inReplyTo ? { inReplyTo: message.inReplyTo } : {}),
      ...(message.references && message.references.length > 0
        ? { references: [...message.references] }
        : {}),
    });
    if (info.rejected.length > 0) {
      // Some servers accept the message for some recipients only; with one recipient this means refused.
      throw Object.assign(new Error("recipient refused"), {
        code: "EENVELOPE",
        response: info.response,
      });
    }
    return { messageId, response: String(info.response ?? "") };
  } catch (err) {
    const answered = typeof (err as { responseCode?: unknown }).responseCode === "number";
    if (dataStarted && !answered) throw maybeSent(err, config, messageId);
    throw explain(err, config, message);
  } finally {
    transport.close();
  }
}

/** A text shown to the user, with the password in any form it is sent in replaced by ****. */
function redact(text: string, config: SmtpConfig): string {
  return redactSecrets(text, config);
}

function maybeSent(err: unknown, config: SmtpConfig, messageId: string): MaybeSent {
  const e = err as { code?: string; message?: string };
  return new MaybeSent(
    messageId,
    redact(
      `the connection to ${describeServer(config)} was lost after the message went out, before the server said whether it took it (${e.message ?? e.code}). It may have been sent.`,
      config,
    ),
  );
}

function explain(err: unknown, config: SmtpConfig, message: OutgoingMessage): HearbackError {
  const e = err as { code?: string; response?: string; responseCode?: number; message?: string };
  const server = describeServer(config);
  const said = e.response ? `: the server said "${e.response.trim()}"` : "";
  const tail = "Nothing was sent, and nothing was logged.";
  const detail = `${e.message ?? ""} ${e.code ?? ""}`;
  let what: string;
  if (e.code === "EENVELOPE") {
    what = `${server} refused the recipient ${message.to}${said}.`;
  } else if (e.code === "EAUTH") {
    what = `${server} did not accept the user name and password${said}. Check HEARBACK_SMTP_USER/PASS or mail.json.`;
  } else if (e.code === "EMESSAGE") {
    what = `${server} refused the message${said}.`;
  } else if (e.code === "ETLS") {
    what = `${server} could not set up encryption (${e.message ?? e.code}); check the tls setting.`;
  } else if (/closed unexpectedly|ECONNRESET|EPIPE|socket hang up/i.test(detail)) {
    // nodemailer reports a hang-up as ECONNECTION "Connection closed unexpectedly".
    what = `the connection to ${server} was lost before the message was accepted (${e.message ?? e.code}).`;
  } else if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN/i.test(detail)) {
    what = `could not connect to ${server} (${e.message ?? e.code}).`;
  } else if (/ETIMEDOUT|timeout/i.test(detail)) {
    what = `${server} stopped answering (timed out).`;
  } else {
    what = `sending through ${server} failed (${e.message ?? String(err)}).`;
  }
  // The password is never in nodemailer's messages, but a server could echo it.
  return new HearbackError("failed", redact(`${what} ${tail}`, config));
}
