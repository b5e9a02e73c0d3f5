import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { HearbackError } from "../core/errors.js";
import type { Draft } from "../drafts/index.js";
import { buildEml, emlFileName, mailtoLink } from "./eml.js";

const thankYou: Draft = {
  app: "acme-pm",
  company: "Acme",
  kind: "thank-you",
  rule: "thank-you-24h",
  reason: "You met Zoë on Mon 2 Nov.",
  dueBy: "2026-11-03T11:00:00-07:00",
  channel: "email",
  sendable: true,
  to: { name: "Zoë Müller-Łukasik", email: "zoe@acme.example" },
  subject: "Thank you for your time, Zoë",
  body: "Dear Zoë,\n\nThank you for our talk about the café’s “pricing” roadmap — 10 € well spent.\n\nBest regards,\nAnn Smith",
  card: "Dear Zoë, thank you.",
  placeholders: [],
  phrasings: ["thank-you#1", "thank-you.card#1"],
};
const NOW = Date.parse("2026-11-02T22:00:00Z"); /* Mon */

describe("buildEml", () => {
  it("is an RFC 5322 message a mail parser reads back: To, From, Subject, Date, UTF-8 body", async () => {
    const eml = await buildEml({
      draft: thankYou,
      from: { name: "Ann Smith", email: "ann@example.org" },
      date: NOW,
    });
    const parsed = await simpleParser(eml);
    expect(parsed.to).toMatchObject({
      value: [{ name: "Zoë Müller-Łukasik", address: "zoe@acme.example" }],
    });
    expect(parsed.from).toMatchObject({
      value: [{ name: "Ann Smith", address: "ann@example.org" }],
    });
    expect(parsed.subject).toBe(thankYou.subject);
    expect(parsed.date?.getTime()).toBe(NOW);
    expect(parsed.text?.trimEnd()).toBe(thankYou.body);
    expect(parsed.headers.get("x-unsent")).toBe("1");
  });

  it("keeps its header lines ASCII and ends lines with CRLF", async () => {
    const raw = (await buildEml({ draft: thankYou, date: NOW })).toString("utf8");
    const [head] = raw.split("\r\n\r\n");
    expect(head).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(head).toMatch(/Content-Type: text\/plain; charset=utf-8/i);
    expect(raw.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("gives the same file for the same draft and date", async () => {
    const a = await buildEml({ draft: thankYou, date: NOW });
    const b = await buildEml({ draft: thankYou, date: NOW });
    expect(a.equals(b)).toBe(true);
  });

  it("leaves To out when the recipient's address is unknown, rather than inventing one", async () => {
    const parsed = await simpleParser(
      await buildEml({ draft: { ...thankYou, to: { name: "Dana Lee" } }, date: NOW }),
    );
    expect(parsed.to).toBeUndefined();
    expect(parsed.subject).toBe(thankYou.subject);
  });

  it.each(["ask-timeline", "let-go"] as const)(
    "refuses a %s draft, which is not a message",
    async (kind) => {
      const d: Draft = { ...thankYou, kind, sendable: false, subject: null, to: null };
      await expect(buildEml({ draft: d, date: NOW })).rejects.toBeInstanceOf(HearbackError);
    },
  );
});

describe("mailtoLink", () => {
  it("round-trips the address, subject and body through URL parsing", () => {
    const link = mailtoLink(thankYou);
    const url = new URL(link);
    expect(url.protocol).toBe("mailto:");
    expect(url.pathname).toBe("zoe@acme.example");
    expect(url.searchParams.get("subject")).toBe(thankYou.subject);
    expect(url.searchParams.get("body")).toBe(thankYou.body.replace(/\n/g, "\r\n"));
  });

  it("encodes characters that would end the subject early", () => {
    const link = mailtoLink({ ...thankYou, subject: "Q&A = fun? #1 + more" });
    expect(new URL(link).searchParams.get("subject")).toBe("Q&A = fun? #1 + more");
  });

  it("has no recipient when the address is unknown, and is empty for what is not a message", () => {
    expect(mailtoLink({ ...thankYou, to: { name: "Dana Lee" } })).toMatch(/^mailto:\?subject=/);
    expect(mailtoLink({ ...thankYou, sendable: false, subject: null })).toBe("");
  });
});

describe("emlFileName", () => {
  it("is a plain slug of the application, kind and person", () => {
    expect(emlFileName(thankYou)).toBe("acme-pm-thank-you-zoe-muller-lukasik.eml");
    expect(emlFileName({ app: "acme-pm", kind: "check-in", to: null })).toBe(
      "acme-pm-check-in.eml",
    );
  });

  it("spells names in other scripts in Latin letters", () => {
    expect(emlFileName({ app: "wf", kind: "check-in", to: { name: "王芳" } })).toBe(
      "wf-check-in-wangfang.eml",
    );
  });
});
