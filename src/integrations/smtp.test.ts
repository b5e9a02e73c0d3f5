import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDroppingSmtp, startSmtp, type TestSmtp } from "../../test/mail/smtp-server.js";
import { HearbackError } from "../core/errors.js";
import type { SmtpConfig } from "./mail-config.js";
import { sendMail } from "./smtp.js";

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
});

describe("sendMail when things go wrong outside", () => {
  it("says the connection was lost when the server hangs up mid-message", async () => {
    const dropping = await startDroppingSmtp();
    try {
      const err = await failure(
        sendMail({ config: { host: "127.0.0.1", port: dropping.port, tls: "none" }, message }),
      );
      expect(err.code).toBe("failed");
      expect(err.message).toMatch(/connection to 127\.0\.0\.1:\d+ \(no encryption\) was lost/);
    } finally {
      await dropping.close();
    }
  });

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
