import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeMessage, toMbox } from "../../test/mail/messages.js";
import type { TimelineEvent } from "../core/types.js";
import { stripReply } from "../gauge/index.js";
import {
  type IncomingMessage,
  parseMessage,
  planInboxImport,
  readMailPath,
  splitMbox,
} from "./inbox.js";

const EVENTS: readonly TimelineEvent[] = [
  {
    type: "application",
    app: "acme-pm",
    company: "Acme",
    role: "Product Manager",
    timezone: "America/Denver",
    url: "https://jobs.acme.example/pm",
    contacts: [{ name: "Dana Lee", email: "Dana@Acme.example" }],
  },
  {
    type: "interview",
    app: "acme-pm",
    at: "2026-11-02T10:00" /* Mon */,
    interviewers: [{ name: "Sam Ortiz", email: "sam@acme.example" }],
  },
  {
    type: "sent",
    app: "acme-pm",
    at: "2026-11-02T16:30",
    kind: "thank-you",
    to: "Dana Lee",
    messageId: "<ty-1@hearback.example>",
  },
  {
    type: "application",
    app: "acme-design",
    company: "Acme",
    role: "Designer",
    url: "https://acme.example/jobs/d",
  },
  {
    type: "application",
    app: "globex",
    company: "Globex",
    role: "Analyst",
    timezone: "Europe/London",
    url: "https://boards.greenhouse.io/globex/123",
    contacts: [{ name: "Jo Park", email: "jo.park@gmail.com", role: "recruiter" }],
  },
];

const NOW = Date.parse("2026-11-25T12:00:00Z"); /* Wed */
const at = (iso: string) => new Date(iso);

async function msg(
  from: string,
  extra: Partial<Parameters<typeof composeMessage>[0]> = {},
): Promise<IncomingMessage> {
  const raw = await composeMessage({
    from,
    subject: "Re: Thank you",
    text: "Thanks for your note.",
    date: at("2026-11-18T18:02:00Z"),
    ...extra,
  });
  return parseMessage(raw, from);
}

const plan = (messages: readonly IncomingMessage[], events: readonly TimelineEvent[] = EVENTS) =>
  planInboxImport({
    messages,
    events,
    zone: "America/New_York",
    userAddresses: ["ann@example.net"],
    nowMs: NOW,
    strip: stripReply,
  });

describe("matching replies to applications", () => {
  it("files a reply to a message hearback sent under that application, without the quoted history", async () => {
    const m = await msg("Dana Lee <dana@acme.example>", {
      messageId: "<r1@acme.example>",
      inReplyTo: "<ty-1@hearback.example>",
      text: "Thanks for checking in! We hope to decide by December 1.\n\nBest,\nDana\n\nOn Mon, Nov 2, 2026 at 4:30 PM Ann wrote:\n> Thank you for your time today. I'm very excited.",
    });
    const p = plan([m]);
    expect(p.matched).toEqual([expect.objectContaining({ app: "acme-pm", by: "thread" })]);
    expect(p.replies).toEqual([
      {
        type: "reply",
        app: "acme-pm",
        at: "2026-11-18T11:02:00-07:00",
        from: "Dana Lee",
        text: "Thanks for checking in! We hope to decide by December 1.",
        subject: "Re: Thank you",
        messageId: "<r1@acme.example>",
        references: ["<ty-1@hearback.example>"],
        fromAddress: "dana@acme.example",
      },
    ]);
  });

  it.each([
    ["an interviewer's address", "Sam <sam@acme.example>", "acme-pm", "contact", "Sam Ortiz"],
    [
      "a contact's address at a shared mail domain",
      "jo.park@gmail.com",
      "globex",
      "contact",
      "Jo Park",
    ],
  ])("matches %s", async (_label, from, app, by, name) => {
    const p = plan([await msg(from)]);
    expect(p.matched[0]).toMatchObject({ app, by });
    expect(p.replies[0]?.from).toBe(name);
  });

  it("matches a stranger at the company's domain when only one application is there", async () => {
    const events = EVENTS.filter((e) => e.app !== "acme-design");
    const p = plan([await msg("Talent Team <talent@mail.acme.example>")], events);
    expect(p.matched[0]).toMatchObject({ app: "acme-pm", by: "domain" });
    expect(p.replies[0]?.from).toBe("Talent Team");
  });

  it("lists a stranger at a domain two applications share as ambiguous, with both", async () => {
    const p = plan([await msg("hr@acme.example")]);
    expect(p.replies).toEqual([]);
    expect(p.ambiguous[0]?.apps).toEqual(["acme-pm", "acme-design"]);
  });

  it.each([
    ["someone at a shared mail domain", "friend@gmail.com"],
    ["a job board, whose domain is not the company's", "no-reply@greenhouse.io"],
    ["a sender nobody knows", "news@example.org"],
  ])("does not guess for %s", async (_label, from) => {
    const p = plan([await msg(from)]);
    expect(p.replies).toEqual([]);
    expect(p.unmatched.map((m) => m.fromAddress)).toEqual([from]);
  });

  it("leaves out the user's own messages", async () => {
    const p = plan([await msg("Ann <ann@example.net>")]);
    expect(p.replies).toEqual([]);
    expect(p.fromUser).toHaveLength(1);
  });

  it("files a later message of the same thread with the reply it answers", async () => {
    const first = await msg("dana@acme.example", {
      messageId: "<r1@acme.example>",
      date: at("2026-11-18T18:00:00Z"),
    });
    const second = await msg("Ops <ops@elsewhere.example>", {
      messageId: "<r2@elsewhere.example>",
      references: ["<r1@acme.example>"],
      date: at("2026-11-19T18:00:00Z"),
    });
    expect(plan([second, first]).matched.map((m) => [m.app, m.by])).toEqual([
      ["acme-pm", "contact"],
      ["acme-pm", "thread"],
    ]);
  });
});

describe("Message-IDs, which are case-sensitive before the @ (RFC 5322)", () => {
  const stranger = "Ops <ops@elsewhere.example>";

  it("keeps a reply's Message-ID and thread exactly as they were written", async () => {
    const m = await msg("dana@acme.example", {
      messageId: "<CAF3x9Q+AbC=Zy@Mail.Acme.example>",
      inReplyTo: "<ty-1@hearback.example>",
      references: ["<Start.A1@Acme.example>", "<ty-1@hearback.example>"],
    });
    const [reply] = plan([m]).replies;
    expect(reply?.messageId).toBe("<CAF3x9Q+AbC=Zy@Mail.Acme.example>");
    expect(reply?.references).toEqual(["<Start.A1@Acme.example>", "<ty-1@hearback.example>"]);
  });

  it("files an answer to that reply by its id, whatever the case of the domain", async () => {
    const first = await msg("dana@acme.example", { messageId: "<CAF3x9Q+AbC@Mail.Acme.example>" });
    const [logged] = plan([first]).replies;
    const answer = (id: string) =>
      msg(stranger, { inReplyTo: id, messageId: `<a-${id.length}@x>` });
    const events = [...EVENTS, logged as TimelineEvent];
    expect(plan([await answer("<CAF3x9Q+AbC@mail.acme.EXAMPLE>")], events).matched).toEqual([
      expect.objectContaining({ app: "acme-pm", by: "thread" }),
    ]);
    // Another local part is another message.
    expect(plan([await answer("<caf3x9q+abc@mail.acme.example>")], events).matched).toEqual([]);
  });

  it("still matches ids that earlier versions stored lower-cased", async () => {
    const old: TimelineEvent[] = [
      ...EVENTS,
      {
        type: "reply",
        app: "globex",
        at: "2026-11-18T10:00",
        messageId: "<caf3x9q+abc@mail.globex.example>",
      },
    ];
    const again = await msg(stranger, { messageId: "<CAF3x9Q+AbC@Mail.Globex.example>" });
    expect(plan([again], old).duplicates).toHaveLength(1);
    const answer = await msg(stranger, { inReplyTo: "<CAF3x9Q+AbC@Mail.Globex.example>" });
    expect(plan([answer], old).matched).toEqual([
      expect.objectContaining({ app: "globex", by: "thread" }),
    ]);
  });
});

describe("logging each message once", () => {
  it("skips a message whose Message-ID is already in the log, or twice in one batch", async () => {
    const m = await msg("dana@acme.example", { messageId: "<r1@acme.example>" });
    const first = plan([m, m]);
    expect(first.replies).toHaveLength(1);
    expect(first.duplicates).toHaveLength(1);
    const second = plan([m], [...EVENTS, ...first.replies]);
    expect(second.replies).toEqual([]);
    expect(second.duplicates).toHaveLength(1);
  });

  it("gives a message without a Message-ID the same stand-in id every time", async () => {
    const raw = (
      await composeMessage({
        from: "dana@acme.example",
        subject: "x",
        text: "y",
        date: at("2026-11-18T18:00:00Z"),
      })
    )
      .toString()
      .replace(/^Message-ID:.*\n/im, "");
    const a = await parseMessage(raw, "a");
    const b = await parseMessage(raw, "b");
    expect(a.messageId).toMatch(/@no-message-id\.hearback\.invalid>$/);
    expect(a.messageId).toBe(b.messageId);
  });
});

describe("reading mail files", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hearback-inbox-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("splits an mbox file and restores body lines that start with From", async () => {
    const a = await composeMessage({
      from: "dana@acme.example",
      subject: "One",
      text: "From now on, Sam leads.\nBest",
      date: at("2026-11-18T18:00:00Z"),
    });
    const b = await composeMessage({
      from: "sam@acme.example",
      subject: "Two",
      text: "Hi",
      date: at("2026-11-19T18:00:00Z"),
    });
    const parts = splitMbox(toMbox([a, b]));
    expect(parts).toHaveLength(2);
    const first = await parseMessage(parts[0] as Buffer, "x");
    expect(first.text).toContain("From now on, Sam leads.");
  });

  it("reads every .eml and .mbox file of a folder, and nothing else", async () => {
    const one = await composeMessage({
      from: "a@acme.example",
      subject: "1",
      text: "1",
      date: at("2026-11-18T18:00:00Z"),
    });
    const two = await composeMessage({
      from: "b@acme.example",
      subject: "2",
      text: "2",
      date: at("2026-11-18T18:00:00Z"),
    });
    const three = await composeMessage({
      from: "c@acme.example",
      subject: "3",
      text: "3",
      date: at("2026-11-18T18:00:00Z"),
    });
    await writeFile(join(dir, "one.eml"), one);
    await writeFile(join(dir, "more.mbox"), toMbox([two, three]));
    await writeFile(join(dir, "notes.txt"), "not mail");
    const read = await readMailPath(dir);
    expect(read.map((m) => [m.fromAddress, m.origin])).toEqual([
      ["b@acme.example", "more.mbox#1"],
      ["c@acme.example", "more.mbox#2"],
      ["a@acme.example", "one.eml"],
    ]);
  });

  it("says so when the path does not exist", async () => {
    await expect(readMailPath(join(dir, "nope.eml"))).rejects.toThrow(
      /nope\.eml: no such file or folder/,
    );
  });

  it("marks an automatic reply", async () => {
    const m = await msg("dana@acme.example", { headers: { "Auto-Submitted": "auto-replied" } });
    expect(m.automatic).toBe(true);
    expect((await msg("dana@acme.example")).automatic).toBe(false);
  });
});
