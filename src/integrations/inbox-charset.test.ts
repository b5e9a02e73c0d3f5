/**
 * A message whose bytes are not in the character set it declares (a mail program that
 * says UTF-8 and writes Latin-1) is still read, with a warning naming what happened.
 */
import { describe, expect, it } from "vitest";
import { parseMessage } from "./inbox.js";

const message = (charset: string, body: Buffer) =>
  Buffer.concat([
    Buffer.from(
      [
        "From: Dana Lee <dana@acme.example>",
        "To: Ann <ann@example.net>",
        "Subject: Re: Checking in",
        "Date: Wed, 18 Nov 2026 11:02:00 -0700",
        "Message-ID: <latin1@acme.example>",
        "MIME-Version: 1.0",
        `Content-Type: text/plain; charset=${charset}`,
        "Content-Transfer-Encoding: 8bit",
        "",
        "",
      ].join("\r\n"),
    ),
    body,
  ]);

describe("a message in another character set than it says", () => {
  // "Café René" in Latin-1: é is the single byte 0xE9.
  const latin1 = Buffer.from("We will decide by Friday. Caf\xe9 Ren\xe9 says hello.\r\n", "latin1");

  it("is read, what could not be read shown as �, with a warning", async () => {
    const m = await parseMessage(message("utf-8", latin1), "reply.eml");
    expect(m.text.trim()).toBe("We will decide by Friday. Caf\uFFFD Ren\uFFFD says hello.");
    expect(m.warnings).toEqual([
      'its text is not all in the character set it declares: 2 characters could not be read and show as "\uFFFD"',
    ]);
  });

  it("is read whole and without a warning when it says what it is", async () => {
    const m = await parseMessage(message("iso-8859-1", latin1), "reply.eml");
    expect(m.text.trim()).toBe("We will decide by Friday. Café René says hello.");
    expect(m.warnings).toBeUndefined();
  });
});
