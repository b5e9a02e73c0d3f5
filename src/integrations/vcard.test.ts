import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../core/types.js";
import { foldLine, people, renderVcards } from "./vcard.js";

const EVENTS: readonly TimelineEvent[] = [
  {
    type: "application",
    app: "acme-pm",
    company: "Acme, Inc.",
    role: "Product Manager",
    contacts: [{ name: "Dana Lee", email: "dana@acme.example", role: "hiring-manager" }],
  },
  {
    type: "interview",
    app: "acme-pm",
    at: "2026-11-02T10:00" /* Mon */,
    interviewers: [
      { name: "Dana Lee", title: "Head of Product; Platform" },
      { name: "Sam Ortiz", phone: "+1 555 0100" },
    ],
  },
  {
    type: "application",
    app: "acme-design",
    company: "Acme, Inc.",
    role: "Designer",
    contacts: [
      { name: "Dana Lee", email: "DANA@acme.example" },
      { name: "Zoë Ångström-Ç", email: "zoe@acme.example", title: "Recruiter\nEMEA" },
    ],
  },
];

/** Parses with ical.js, which reads vCard as well as iCalendar. */
function parseCards(text: string) {
  const parsed = ICAL.parse(text);
  const comps = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  return comps.map((jcard) => {
    const c = new ICAL.Component(jcard as never);
    const value = (name: string) => c.getFirstPropertyValue(name);
    return {
      fn: value("fn"),
      n: value("n"),
      org: value("org"),
      title: value("title"),
      email: value("email"),
      tel: value("tel"),
      note: value("note"),
      uid: value("uid"),
      version: value("version"),
    };
  });
}

describe("contacts as vCards", () => {
  const cards = parseCards(renderVcards(people(EVENTS, "UTC")));

  it("makes one card per person, the same address being one person across applications", () => {
    expect(cards.map((c) => c.fn)).toEqual(["Dana Lee", "Sam Ortiz", "Zoë Ångström-Ç"]);
    expect(cards[0]?.note).toBe(
      "hearback: Product Manager at Acme, Inc. (acme-pm), hiring manager; Designer at Acme, Inc. (acme-design), contact",
    );
  });

  it("keeps commas, semicolons, newlines and accents intact through escaping and folding", () => {
    expect(cards[0]).toMatchObject({
      org: "Acme, Inc.",
      title: "Head of Product; Platform",
      email: "dana@acme.example",
    });
    expect(cards[2]).toMatchObject({ title: "Recruiter\nEMEA", email: "zoe@acme.example" });
    expect(cards[1]).toMatchObject({ tel: "+1 555 0100", version: "3.0" });
  });

  it("gives each card a UID that a second export repeats", () => {
    const again = parseCards(renderVcards(people(EVENTS, "UTC")));
    expect(again.map((c) => c.uid)).toEqual(cards.map((c) => c.uid));
    expect(new Set(cards.map((c) => c.uid)).size).toBe(3);
  });
});

describe("foldLine", () => {
  it("folds at 75 octets without splitting a character", () => {
    const line = `NOTE:${"é".repeat(80)}`;
    const folded = foldLine(line);
    for (const l of folded.split("\r\n")) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });
});
