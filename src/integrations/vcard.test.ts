import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
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
      { name: "Ortiz, Sam", phone: "+1 555 0100", title: "R&D \\ Ops" },
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
  {
    type: "application",
    app: "globex-vp",
    company: "Globex",
    role: "VP Product",
    contacts: [
      { name: "Dana Lee", email: "dana@acme.example", title: "Advisor" },
      { name: "Jo Park, PhD", email: "jo@globex.example" },
    ],
  },
];

/**
 * Reads vCards with python's vobject (Debian's python3-vobject), a reader hearback did
 * not write. Each card: its properties as [group, value] pairs, by name.
 */
const READER = `
import json, sys, vobject
cards = []
for card in vobject.readComponents(sys.stdin.read()):
    props = {}
    for name, lines in card.contents.items():
        out = []
        for line in lines:
            v = line.value
            if name == "n":
                v = [v.family, v.given, v.additional, v.prefix, v.suffix]
            out.append([line.group, v])
        props[name] = out
    cards.append(props)
print(json.dumps(cards))
`;
const PYTHON = "/usr/bin/python3";

type Card = Record<string, [string | null, unknown][]>;
const read = (text: string): Card[] =>
  JSON.parse(execFileSync(PYTHON, ["-c", READER], { input: text, encoding: "utf8" })) as Card[];
const values = (card: Card | undefined, name: string) => (card?.[name] ?? []).map(([, v]) => v);
const one = (card: Card | undefined, name: string) => values(card, name)[0];

describeWith(PROGRAMS.vobject, "contacts as vCards, read back by python's vobject", {}, () => {
  const text = renderVcards(people(EVENTS, "UTC"));
  const cards = read(text);
  const byName = (fn: string) => cards.find((c) => one(c, "fn") === fn);

  it("makes one card per person, the same address being one person across applications", () => {
    expect(cards.map((c) => one(c, "fn"))).toEqual([
      "Dana Lee",
      "Sam Ortiz",
      "Zoë Ångström-Ç",
      "Jo Park, PhD",
    ]);
    expect(one(byName("Dana Lee"), "note")).toBe(
      "hearback: Product Manager at Acme, Inc. (acme-pm), hiring manager; Designer at Acme, Inc. (acme-design), contact; VP Product at Globex (globex-vp), contact",
    );
  });

  it("lists every company a person appears at, each with their title there", () => {
    const dana = byName("Dana Lee") as Card;
    const pairs = (dana.org ?? []).map(([group, org]) => [
      org,
      dana.title?.find(([g]) => g === group)?.[1],
    ]);
    expect(pairs).toEqual([
      [["Acme, Inc."], "Head of Product; Platform"],
      [["Globex"], "Advisor"],
    ]);
  });

  it("keeps backslashes, commas, semicolons, newlines and accents through escaping and folding", () => {
    expect(one(byName("Sam Ortiz"), "title")).toBe("R&D \\ Ops");
    expect(one(byName("Sam Ortiz"), "org")).toEqual(["Acme, Inc."]);
    expect(one(byName("Zoë Ångström-Ç"), "title")).toBe("Recruiter\nEMEA");
    expect(one(byName("Sam Ortiz"), "tel")).toBe("+1 555 0100");
    expect(text).toContain("TITLE:Head of Product\\; Platform\r\n");
  });

  it("reads a name written Last, First as a family and a given name", () => {
    expect(one(byName("Sam Ortiz"), "n")).toEqual(["Ortiz", "Sam", "", "", ""]);
    expect(one(byName("Dana Lee"), "n")).toEqual(["Lee", "Dana", "", "", ""]);
    expect(one(byName("Jo Park, PhD"), "n")).toEqual(["Park", "Jo", "", "", "PhD"]);
  });

  it("gives each card a UID that a second export repeats", () => {
    const again = read(renderVcards(people(EVENTS, "UTC")));
    expect(again.map((c) => one(c, "uid"))).toEqual(cards.map((c) => one(c, "uid")));
    expect(new Set(cards.map((c) => one(c, "uid"))).size).toBe(4);
    expect(cards.every((c) => one(c, "version") === "3.0")).toBe(true);
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
