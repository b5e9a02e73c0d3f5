import { afterAll, beforeAll, expect, it } from "vitest";
import { appendMail, startDovecot, type TestImap } from "../../test/mail/dovecot.js";
import { composeMessage } from "../../test/mail/messages.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import { HearbackError } from "../core/errors.js";
import type { TimelineEvent } from "../core/types.js";
import { stripReply } from "../gauge/index.js";
import { fetchNewMessages, type SyncState } from "./imap.js";
import { planInboxImport } from "./inbox.js";
import type { ImapConfig } from "./mail-config.js";

const EVENTS: TimelineEvent[] = [
  {
    type: "application",
    app: "acme-pm",
    company: "Acme",
    role: "Product Manager",
    timezone: "America/Denver",
    contacts: [{ name: "Dana Lee", email: "dana@acme.example" }],
  },
];
const SINCE = new Date("2026-10-01T00:00:00Z"); /* Thu */

describeWith(PROGRAMS.dovecot, "syncing from a real IMAP server (dovecot on 127.0.0.1)", {}, () => {
  let imap: TestImap;
  let config: ImapConfig;

  const append = (folder: string, raw: Buffer, date: Date) =>
    appendMail(imap, folder, [{ raw, date }]);

  beforeAll(async () => {
    imap = await startDovecot();
    config = {
      host: imap.host,
      port: imap.port,
      tls: "none",
      user: imap.user,
      pass: imap.pass,
      folders: ["INBOX"],
    };
    const when = new Date("2026-11-18T18:02:00Z"); /* Wed */
    await append(
      "INBOX",
      await composeMessage({
        from: "Dana Lee <dana@acme.example>",
        subject: "Re: Checking in",
        text: "Thanks for checking in! We hope to decide by December 1.\n\nOn Mon, Ann wrote:\n> Just checking in.",
        date: when,
        messageId: "<r1@acme.example>",
      }),
      when,
    );
    await append(
      "INBOX",
      await composeMessage({
        from: "news@example.org",
        subject: "Weekly digest",
        text: "News",
        date: when,
      }),
      when,
    );
    await append(
      "Jobs",
      await composeMessage({
        from: "dana@acme.example",
        subject: "Next steps",
        text: "Could you come in on Friday?",
        date: new Date("2026-11-19T16:00:00Z"),
        messageId: "<r2@acme.example>",
      }),
      new Date("2026-11-19T16:00:00Z"),
    );
  });

  afterAll(async () => {
    await imap?.stop();
  });

  const sync = (state: SyncState, events: readonly TimelineEvent[], folders = ["INBOX", "Jobs"]) =>
    fetchNewMessages({ config, folders, state, firstSyncSince: SINCE }).then(
      ({ messages, state: next }) => ({
        next,
        plan: planInboxImport({
          messages,
          events,
          zone: "UTC",
          userAddresses: ["ann@example.net"],
          nowMs: Date.parse("2026-11-25T12:00:00Z"),
          strip: stripReply,
        }),
      }),
    );

  it("pulls new messages from the named folders, logs the matched ones and lists the rest", async () => {
    const { plan, next } = await sync({}, EVENTS);
    expect(plan.replies.map((r) => [r.app, r.messageId, r.text])).toEqual([
      ["acme-pm", "<r1@acme.example>", "Thanks for checking in! We hope to decide by December 1."],
      ["acme-pm", "<r2@acme.example>", "Could you come in on Friday?"],
    ]);
    expect(plan.unmatched.map((m) => m.subject)).toEqual(["Weekly digest"]);
    expect(Object.keys(next).sort()).toEqual(["INBOX", "Jobs"]);
  });

  it("adds nothing on a second sync", async () => {
    const first = await sync({}, EVENTS);
    const second = await sync(first.next, [...EVENTS, ...first.plan.replies]);
    expect(second.plan.replies).toEqual([]);
    expect(second.plan.unmatched).toEqual([]);
    expect(second.next).toEqual(first.next);
  });

  it("logs nothing twice when the sync state was lost, by Message-ID", async () => {
    const first = await sync({}, EVENTS);
    const again = await sync({}, [...EVENTS, ...first.plan.replies]);
    expect(again.plan.replies).toEqual([]);
    expect(again.plan.duplicates).toHaveLength(2);
  });

  it("fetches only what arrived after the last sync", async () => {
    const first = await sync({}, EVENTS);
    const later = new Date("2026-11-24T15:00:00Z"); /* Tue */
    await append(
      "INBOX",
      await composeMessage({
        from: "dana@acme.example",
        subject: "Offer",
        text: "We'd like to offer you the role.",
        date: later,
        messageId: "<r3@acme.example>",
      }),
      later,
    );
    const second = await sync(first.next, [...EVENTS, ...first.plan.replies]);
    expect(second.plan.replies.map((r) => r.messageId)).toEqual(["<r3@acme.example>"]);
    expect(second.plan.duplicates).toEqual([]);
  });

  it("downloads whole only the messages the caller wants, and returns the rest as headers", async () => {
    const seen: string[] = [];
    const { messages, passed } = await fetchNewMessages({
      config,
      folders: ["INBOX"],
      state: {},
      firstSyncSince: SINCE,
      wants: (m) => {
        seen.push(m.messageId);
        return m.fromAddress.endsWith("@acme.example");
      },
    });
    // (An earlier test of this server may have added a later message from Acme.)
    expect(messages.every((m) => m.fromAddress.endsWith("@acme.example"))).toBe(true);
    expect(messages.find((m) => m.messageId === "<r1@acme.example>")?.text).toContain(
      "Thanks for checking in!",
    );
    expect(passed.map((m) => [m.fromAddress, m.subject])).toEqual([
      ["news@example.org", "Weekly digest"],
    ]);
    expect(seen).toContain("<r1@acme.example>");
  });

  it("names the folders there are when asked for one that is not", async () => {
    await expect(
      fetchNewMessages({ config, folders: ["Jbos"], state: {}, firstSyncSince: SINCE }),
    ).rejects.toThrow(/has no folder "Jbos"; its folders are: .*INBOX/);
  });

  it("says the login was refused, without the password", async () => {
    const err = await fetchNewMessages({
      config: { ...config, pass: "not-the-password" },
      folders: ["INBOX"],
      state: {},
      firstSyncSince: SINCE,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HearbackError);
    expect((err as Error).message).toContain("did not accept the user name and password");
    expect((err as Error).message).not.toContain("not-the-password");
  });
});
