import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDroppingSmtp, startSmtp, type TestSmtp } from "../../test/mail/smtp-server.js";
import { HearbackError } from "../core/errors.js";
import type { SmtpConfig } from "./mail-config.js";
import { MaybeSent, sendMail } from "./smtp.js";

const USER = "ann@example.net";
const PASS = "s3cret-pass-phrase";

const message = {
  from: "Ann Candidate <ann@example.net>",
  to: "Dana Lee <dana@acme.example>",
  subject: "Thank you, Dana",
  text: "Dear Dana,\n\nThank you for your time today.\n\nBest,\nAnn",
};

async function failure(p: Promise<unknown>): Promise<HearbackError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof HearbackError) return err;
    throw err;
  }
  throw new Error("expected the send to fail");
}

describe("sendMail through a real SMTP server on 127.0.0.1", () => {
  let server: TestSmtp;
  let config: SmtpConfig;
  beforeAll(async () => {
    server = await startSmtp({ user: USER, pass: PASS, refuse: ["nobody@acme.example"] });
    config = { host: "127.0.0.1", port: server.port, tls: "none", user: USER, pass: PASS };
  });
  afterAll(async () => {
    await server.close();
  });

  it("delivers the message as shown, with the Message-ID it reports", async () => {
    const result = await sendMail({
      config,
      message: { ...message, inReplyTo: "<r1@acme.example>" },
    });
    const got = server.received.at(-1);
    expect(got?.subject).toBe("Thank you, Dana");
    expect(got?.text?.trim()).toBe(message.text);
    expect(got?.to && !Array.isArray(got.to) ? got.to.value[0]?.address : null).toBe(
      "dana@acme.example",
    );
    expect(got?.messageId).toBe(result.messageId);
    expect(got?.inReplyTo).toBe("<r1@acme.example>");
    expect(result.messageId).toMatch(/@example\.net>$/);
  });

  it("says the recipient was refused, and what the server said", async () => {
    const before = server.received.length;
    const err = await failure(
      sendMail({ config, message: { ...message, to: "nobody@acme.example" } }),
    );
    expect(err.code).toBe("failed");
    expect(err.message).toContain("refused the recipient nobody@acme.example");
    expect(err.message).toContain("Recipient address rejected");
    expect(err.message).toContain("Nothing was sent");
    expect(server.received.length).toBe(before);
  });

  it("says the login was refused, without showing the password", async () => {
    const err = await failure(sendMail({ config: { ...config, pass: "wrong-password" }, message }));
    expect(err.message).toContain("did not accept the user name and password");
    expect(err.message).not.toContain("wrong-password");
  });

  it("leaves the rest of the text whole when the password is a piece of another word", async () => {
    const err = await failure(sendMail({ config: { ...config, pass: "x" }, message }));
    expect(err.message).toContain(`ann@example.net@127.0.0.1:${server.port}`);
    expect(err.message).not.toContain("****");
  });
});

describe("sendMail when things go wrong outside", () => {
  it.each([
    ["as the message begins", "start"],
    ["once the whole message arrived", "end"],
  ] as const)(
    "says the message may have been sent when the server hangs up %s, after DATA",
    async (_when, at) => {
      const dropping = await startDroppingSmtp({ at });
      try {
        const err = await failure(
          sendMail({ config: { host: "127.0.0.1", port: dropping.port, tls: "none" }, message }),
        );
        expect(err).toBeInstanceOf(MaybeSent);
        expect((err as MaybeSent).messageId).toMatch(/^<[^@]+@example\.net>$/);
        expect(err.message).toMatch(/connection to 127\.0\.0\.1:\d+ \(no encryption\) was lost/);
        expect(err.message).toContain("It may have been sent.");
        expect(err.message).not.toMatch(/nothing was sent/i);
        if (at === "end") {
          expect(dropping.received).toContain(`Message-ID: ${(err as MaybeSent).messageId}`);
        }
      } finally {
        await dropping.close();
      }
    },
  );

  it("says it could not connect when nothing listens", async () => {
    const dropping = await startDroppingSmtp();
    const port = dropping.port;
    await dropping.close();
    const err = await failure(
      sendMail({ config: { host: "127.0.0.1", port, tls: "none" }, message }),
    );
    expect(err.message).toContain(`could not connect to 127.0.0.1:${port}`);
  });
});
