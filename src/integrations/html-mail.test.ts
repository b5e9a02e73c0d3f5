/**
 * HTML mail as Outlook, Gmail and applicant-tracking systems send it, built by Python's
 * `email` package (not by hearback's mail library), read from .eml files and from a real
 * IMAP server: what is stored is the sender's own words, and the gauge reads them.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendMail, startDovecot, type TestImap } from "../../test/mail/dovecot.js";
import { HTML_REPLIES, HTML_REPLY_APPS } from "../../test/mail/html-replies.js";
import { pythonMail } from "../../test/mail/python-mail.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import type { ReplyEvent } from "../core/types.js";
import { gaugeReply, stripReply } from "../gauge/index.js";
import { fetchNewMessages } from "./imap.js";
import { type IncomingMessage, parseMessage, planInboxImport, readMailPath } from "./inbox.js";

const NOW = Date.parse("2026-11-25T12:00:00Z"); /* Wed */

const plan = (messages: readonly IncomingMessage[]) =>
  planInboxImport({
    messages,
    events: HTML_REPLY_APPS,
    zone: "UTC",
    userAddresses: ["ann@example.net"],
    nowMs: NOW,
    strip: stripReply,
  });

/** The checks both ways in share: each reply stored as its sender's words, read as it says. */
function expectRepliesAsWritten(replies: readonly ReplyEvent[]): void {
  for (const want of HTML_REPLIES) {
    const got = replies.find((r) => r.messageId === want.mail.message_id);
    expect(got?.app, want.name).toBe(want.app);
    expect(got?.text, want.name).toBe(want.text);
    const reading = gaugeReply(got?.text ?? "", {
      receivedMs: Date.parse(got?.at ?? ""),
      zone: "UTC",
    });
    expect(reading.signal, want.name).toBe(want.signal);
  }
}

describeWith(PROGRAMS.python, "HTML mail built by Python's email package", {}, () => {
  let raws: Buffer[];
  let dir: string;
  beforeAll(async () => {
    raws = pythonMail(HTML_REPLIES.map((r) => r.mail));
    dir = await mkdtemp(join(tmpdir(), "hearback-html-mail-"));
    await Promise.all(raws.map((raw, i) => writeFile(join(dir, `reply-${i + 1}.eml`), raw)));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe("imported as .eml files", () => {
    it("stores each reply as its sender wrote it, and the gauge reads what it says", async () => {
      const p = plan(await readMailPath(dir));
      expect(p.unmatched).toEqual([]);
      expect(p.replies).toHaveLength(HTML_REPLIES.length);
      expectRepliesAsWritten(p.replies);
    });

    it("keeps link addresses, image alt texts, the hidden preheader and styles out of the text", async () => {
      const texts = (await readMailPath(dir)).map((m) => m.text).join("\n");
      for (const unseen of [
        "http",
        "utm_",
        "Acme logo",
        "An update on your Research Analyst application",
        "MsoNormal",
        "font-family",
        "{",
      ]) {
        expect(texts).not.toContain(unseen);
      }
      // Characters from windows-1252 and iso-8859-2, and entities, decoded.
      expect(texts).toContain("we’ve decided");
      expect(texts).toContain("Łódź");
      expect(texts).toContain("Research & Development");
    });

    it("reads a 10 MB HTML-only mail in bounded time, from its start, and says how much", async () => {
      const reply = HTML_REPLIES[0]?.mail;
      if (!reply) throw new Error("no fixture");
      const [big] = pythonMail([
        {
          ...reply,
          shape: "html",
          html: `<p>Unfortunately, we have decided not to move forward with your application.</p>${"<p class=MsoNormal>Earlier message line.".repeat(250_000)}`,
        },
      ]);
      if (!big) throw new Error("python wrote nothing");
      expect(big.length).toBeGreaterThan(10_000_000);
      const start = performance.now();
      const m = await parseMessage(big, "big.eml");
      // A few hundred milliseconds on a quiet machine; before the cap it was empty text.
      expect(performance.now() - start).toBeLessThan(10_000);
      expect(m.text.startsWith("Unfortunately, we have decided not to move forward")).toBe(true);
      expect(m.warnings).toEqual([
        "only the first 200,000 characters of its HTML were read for its text",
      ]);
    });
  });

  describeWith(
    PROGRAMS.dovecot,
    "synced from a real IMAP server (dovecot on 127.0.0.1)",
    {},
    () => {
      let imap: TestImap;
      beforeAll(async () => {
        imap = await startDovecot();
        const date = new Date(NOW - 86_400_000);
        await appendMail(
          imap,
          "INBOX",
          raws.map((raw) => ({ raw, date })),
        );
      });
      afterAll(async () => {
        await imap?.stop();
      });

      it("stores each reply as its sender wrote it, and the gauge reads what it says", async () => {
        const { messages } = await fetchNewMessages({
          config: {
            host: imap.host,
            port: imap.port,
            tls: "none",
            user: imap.user,
            pass: imap.pass,
            folders: ["INBOX"],
          },
          folders: ["INBOX"],
          state: {},
          firstSyncSince: new Date("2026-10-01T00:00:00Z"),
        });
        const p = plan(messages);
        expect(p.replies).toHaveLength(HTML_REPLIES.length);
        expectRepliesAsWritten(p.replies);
      });
    },
  );
});
