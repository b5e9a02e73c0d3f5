/**
 * Sending a drafted email through the user's own SMTP server, and its bookkeeping: the
 * message is drafted as `hearback draft` drafts it (./draft.ts), checked (an email, no blank
 * left, an address on both ends), and once sent it is logged as `sent`. The front end shows
 * it and asks between `prepareSend` and `sendAndLog`. Nothing is logged when sending fails;
 * a message that may have gone out is logged as such.
 *
 * Light at the top: the CLI lists SENDABLE in its help; the rest loads when a message is sent.
 */
import { HearbackError } from "../core/errors.js";
import { matchApp } from "../core/ids.js";
import type { ActionKind, SentKind, TimelineEvent, Variant } from "../core/types.js";
import type { SmtpConfig } from "../integrations/mail-config.js";
import type { OpContext } from "./context.js";

/** The drafts that are emails to someone, with the `sent.kind` each is logged as. */
export const SENDABLE: Readonly<Partial<Record<ActionKind, SentKind>>> = {
  "thank-you": "thank-you",
  "check-in": "check-in",
  "value-add": "value-add",
  "final-thanks": "final-thanks",
  "keep-in-touch": "keep-in-touch",
  reply: "other",
};

/** An email ready to send, as the user is shown it before saying yes. */
export interface Outgoing {
  readonly app: string;
  readonly kind: ActionKind;
  /** What it is logged as once sent. */
  readonly sent: SentKind;
  readonly from: string;
  /** `Name <address>`. */
  readonly to: string;
  readonly toName: string;
  readonly subject: string;
  readonly text: string;
  readonly variant?: Variant | undefined;
  /** In the thread of their last message, when they wrote. */
  readonly thread?: { readonly inReplyTo: string; readonly references: readonly string[] };
  /** The server it goes through, in words (no password). */
  readonly via: string;
  readonly smtp: SmtpConfig;
}

/**
 * Drafts the `kind` email for an application (for `to`, else whom the plan names) and checks
 * that it can be sent. `env`: where the SMTP settings may be (besides mail.json).
 */
export async function prepareSend(
  ctx: OpContext,
  input: {
    readonly app: string;
    readonly kind: ActionKind;
    readonly to?: string | undefined;
    readonly env: Readonly<Record<string, string | undefined>>;
  },
): Promise<Outgoing> {
  const { kind } = input;
  const sent = SENDABLE[kind];
  if (!sent) throw new Error(`prepareSend: ${kind} is not an email`);
  const app = matchApp(input.app, await ctx.store.appIds());
  const [{ loadMailConfig, describeServer }, { draftStored }] = await Promise.all([
    import("../integrations/mail-config.js"),
    import("./draft.js"),
  ]);
  // Settings first: a missing server is found before anything is drafted.
  const { smtp } = await loadMailConfig({ dataDir: ctx.dataDir, env: input.env });
  if (!smtp) {
    throw new HearbackError(
      "bad-input",
      `sending is not set up: set HEARBACK_SMTP_URL (e.g. smtps://you%40example.net:PASSWORD@smtp.example.net) or write ${ctx.dataDir}/mail.json (mode 600); see "Mail settings" in docs/integrations.md. Or send it yourself: hearback draft ${app} --kind ${kind} --format eml`,
    );
  }
  const drafted = await draftStored(ctx, { app, kind, to: input.to, onRequest: true });
  const d = drafted.drafts[0]!.draft;
  if (!d.sendable || d.subject === null) {
    throw new HearbackError(
      "bad-input",
      `the ${kind} for ${app} is not an email (${d.channel}); see it with: hearback draft ${app} --kind ${kind}`,
    );
  }
  if (d.placeholders.length > 0) {
    throw new HearbackError(
      "bad-input",
      `the ${kind} draft still has blanks to fill: ${d.placeholders.join(", ")}. Record the missing facts, or send it from your mail program: hearback draft ${app} --kind ${kind} --format eml`,
    );
  }
  const email = d.to?.email;
  if (!d.to || !email) {
    throw new HearbackError(
      "bad-input",
      `no email address is known for ${d.to?.name ?? "the recipient"} at ${d.company}; add it to their contact, or give another person with --to`,
    );
  }
  const { settings } = ctx;
  const fromAddress =
    smtp.from ?? settings.email ?? (smtp.user?.includes("@") ? smtp.user : undefined);
  if (!fromAddress) {
    throw new HearbackError(
      "bad-input",
      "no From address: set your email with: hearback policy set email you@example.net (or set HEARBACK_SMTP_FROM)",
    );
  }
  const thread = threadWith(await ctx.store.timeline({ app }), email);
  return {
    app,
    kind,
    sent,
    from:
      settings.name && !fromAddress.includes("<")
        ? `${settings.name} <${fromAddress}>`
        : fromAddress,
    to: `${d.to.name} <${email}>`,
    toName: d.to.name,
    subject: thread?.subject ?? d.subject,
    text: d.body,
    ...(d.variant ? { variant: d.variant } : {}),
    ...(thread ? { thread: { inReplyTo: thread.inReplyTo, references: thread.references } } : {}),
    via: describeServer(smtp),
    smtp,
  };
}

/**
 * Sends it and logs it as `sent`. A message the server may have accepted before the
 * connection broke is logged with `delivery: "unknown"` (so the plan does not ask for it
 * again) and reported as a failure saying how to undo that.
 */
export async function sendAndLog(ctx: OpContext, message: Outgoing): Promise<void> {
  const [{ sendMail, MaybeSent }, { runOp }] = await Promise.all([
    import("../integrations/smtp.js"),
    import("./index.js"),
  ]);
  const log = (messageId: string, extra: { delivery?: "unknown" } = {}) =>
    runOp(ctx, "logSent", {
      app: message.app,
      kind: message.sent,
      to: message.toName,
      channel: "email",
      ...(message.variant ? { variant: message.variant } : {}),
      subject: message.subject,
      text: message.text,
      messageId,
      ...extra,
    });
  let sent: { messageId: string };
  try {
    sent = await sendMail({
      config: message.smtp,
      message: {
        from: message.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.thread
          ? { inReplyTo: message.thread.inReplyTo, references: [...message.thread.references] }
          : {}),
      },
    });
  } catch (err) {
    if (!(err instanceof MaybeSent)) throw err;
    await log(err.messageId, { delivery: "unknown" });
    throw new HearbackError(
      "failed",
      `${err.message} It is logged as a ${message.sent} that may have been sent (${err.messageId}). If ${message.toName} did not get it, undo that with: hearback undo, and send it again.`,
    );
  }
  try {
    await log(sent.messageId);
  } catch (err) {
    throw new HearbackError(
      "failed",
      `the message was sent (${sent.messageId}) but logging it failed: ${(err as Error).message}. Log it with: hearback sent ${message.app} --kind ${message.sent} --to "${message.toName}"`,
    );
  }
}

/**
 * Answering their last message from `email`: In-Reply-To its Message-ID, References the
 * thread before it and then it (RFC 5322 3.6.4), and their subject with "Re: " when they
 * gave one; undefined when they never wrote from there.
 */
function threadWith(
  events: readonly TimelineEvent[],
  email: string,
): { inReplyTo: string; references: string[]; subject?: string } | undefined {
  const reply = [...events]
    .reverse()
    .find(
      (e) =>
        e.type === "reply" &&
        typeof e.messageId === "string" &&
        typeof e.fromAddress === "string" &&
        e.fromAddress === email.toLowerCase(),
    );
  if (reply?.type !== "reply") return undefined;
  const id = String(reply.messageId);
  const before = Array.isArray(reply.references) ? reply.references.map(String) : [];
  const theirs = typeof reply.subject === "string" ? reply.subject.trim() : "";
  return {
    inReplyTo: id,
    references: [...before.filter((r) => r !== id), id],
    ...(theirs === "" ? {} : { subject: /^re:/i.test(theirs) ? theirs : `Re: ${theirs}` }),
  };
}
