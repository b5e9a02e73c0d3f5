/**
 * Real RFC 5322 messages for the mail tests, written by nodemailer's own composer, so the
 * tests read what a mail program would write rather than hand-made text.
 */
import nodemailer from "nodemailer";

export interface TestMessage {
  readonly from: string;
  readonly to?: string;
  readonly subject: string;
  readonly text: string;
  /** Date header. */
  readonly date: Date;
  readonly messageId?: string;
  readonly inReplyTo?: string;
  readonly references?: readonly string[];
  readonly headers?: Readonly<Record<string, string>>;
}

const composer = nodemailer.createTransport({
  streamTransport: true,
  buffer: true,
  newline: "unix",
});

export async function composeMessage(m: TestMessage): Promise<Buffer> {
  const info = await composer.sendMail({
    from: m.from,
    to: m.to ?? "Ann Candidate <ann@example.net>",
    subject: m.subject,
    text: m.text,
    date: m.date,
    ...(m.messageId ? { messageId: m.messageId } : {}),
    ...(m.inReplyTo ? { inReplyTo: m.inReplyTo } : {}),
    ...(m.references ? { references: [...m.references] } : {}),
    ...(m.headers ? { headers: { ...m.headers } } : {}),
  });
  return info.message as Buffer;
}

/** An mbox file (mboxrd: body lines starting with "From " are escaped) of some messages. */
export function toMbox(messages: readonly Buffer[]): Buffer {
  return Buffer.concat(
    messages.map((m) => {
      const body = m.toString("latin1").replace(/^(>*From )/gm, ">$1");
      return Buffer.from(
        `From MAILER-DAEMON Thu Jan  1 00:00:00 1970\n${body}${body.endsWith("\n") ? "" : "\n"}\n`,
        "latin1",
      );
    }),
  );
}
