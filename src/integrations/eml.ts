/**
 * A draft as a file any mail program opens: an RFC 5322 message (`.eml`), UTF-8, built by
 * nodemailer's MailComposer, and as a `mailto:` link. The CLI's `draft --format eml`, the
 * web app and the mail sender share these.
 *
 * The message carries `X-Unsent: 1`, which tells Outlook and others to open it as a draft
 * ready to edit and send, rather than as a received message.
 */
import anyAscii from "any-ascii";
import MailComposer from "nodemailer/lib/mail-composer";
import { HearbackError } from "../core/errors.js";
import { type Draft, mailtoLink, stableHash } from "../drafts/index.js";

export { mailtoLink };

export interface EmlInput {
  readonly draft: Draft;
  /** The user, from their settings; left out when their address is unknown (the mail program fills it). */
  readonly from?: { readonly name?: string | undefined; readonly email?: string | undefined };
  /** Epoch milliseconds: the message's Date header. */
  readonly date: number;
}

/**
 * Builds the `.eml` of an email draft. Throws HearbackError("bad-input") for a draft that
 * is not a message (ask-timeline, let-go).
 *
 * The To header is there when the recipient's address is known; otherwise it is left out
 * and the mail program asks for it (a header with a made-up address would be worse).
 * The Message-ID is derived from the draft and the date, so the same draft gives the same
 * file.
 *
 * @example
 * const eml = await buildEml({ draft, from: { name: "Ann Smith", email: "ann@example.org" }, date: now });
 * await writeFile("thank-you.eml", eml);
 */
export async function buildEml(input: EmlInput): Promise<Buffer> {
  const { draft, from, date } = input;
  if (!draft.sendable || draft.subject === null) {
    throw new HearbackError(
      "bad-input",
      `${draft.kind}: this draft is not a message to send, so it has no .eml (use --format text)`,
    );
  }
  const fromAddress = from?.email?.trim()
    ? { name: from.name?.trim() ?? "", address: from.email.trim() }
    : undefined;
  const to = draft.to?.email ? { name: draft.to.name, address: draft.to.email } : undefined;
  const domain = fromAddress?.address.split("@")[1] ?? "hearback.invalid";
  const id = stableHash([draft.app, draft.kind, draft.to?.name ?? "", draft.subject, draft.body]);
  const composer = new MailComposer({
    ...(fromAddress ? { from: fromAddress } : {}),
    ...(to ? { to } : {}),
    subject: draft.subject,
    date: new Date(date),
    // RFC 5322 lines end with CRLF; MailComposer passes the text's own line ends through.
    text: `${draft.body.replace(/\r?\n/g, "\r\n")}\r\n`,
    textEncoding: "quoted-printable",
    messageId: `<hearback.${id.toString(36)}.${date.toString(36)}@${domain}>`,
    headers: { "X-Unsent": "1" },
    xMailer: false,
  });
  return composer.compile().build();
}

/**
 * A file name for a draft's `.eml`: "acme-pm-thank-you-dana-lee.eml".
 *
 * @example
 * emlFileName({ app: "acme-pm", kind: "thank-you", to: { name: "Dana Lee" } }) // "acme-pm-thank-you-dana-lee.eml"
 */
export function emlFileName(draft: Pick<Draft, "app" | "kind" | "to">): string {
  const parts = [draft.app, draft.kind, draft.to?.name ?? ""].map((p) =>
    anyAscii(p)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      // Runs are one dash by now.
      .replace(/^-|-$/g, ""),
  );
  return `${parts.filter(Boolean).join("-") || "draft"}.eml`;
}
