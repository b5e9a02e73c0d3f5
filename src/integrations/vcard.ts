/**
 * Contacts as vCards (`hearback contacts --format vcf`): everyone named in the
 * applications (contacts and interviewers), one card per person.
 *
 * vCard 3.0 (RFC 2426) rather than 4.0: it is the version Apple Contacts, Google Contacts
 * and Outlook all import. Text values are escaped (backslash, comma, semicolon, newline),
 * lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
 */
import { createHash } from "node:crypto";
import type { Contact, TimelineEvent } from "../core/types.js";
import { summarize } from "./summary.js";

export interface PersonCard {
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
  readonly title?: string;
  /** The company of the first application that names them. */
  readonly company: string;
  /** "Product Manager at Acme (acme-pm), hiring manager" for each application. */
  readonly roles: readonly string[];
}

const ROLE_WORDS: Readonly<Record<string, string>> = {
  interviewer: "interviewer",
  recruiter: "recruiter",
  "hiring-manager": "hiring manager",
  other: "contact",
};

/**
 * Everyone in the log, one entry per person: the same email address (or, without one, the
 * same name at the same company) is one person across applications.
 */
export function people(events: readonly TimelineEvent[], userZone: string): PersonCard[] {
  const byKey = new Map<string, { card: PersonCard; roles: string[] }>();
  for (const s of summarize(events, userZone)) {
    const interviewers = new Set(
      s.interviews.flatMap((iv) => (iv.interviewers ?? []).map((c) => c.name.toLowerCase())),
    );
    for (const c of s.contacts as readonly Contact[]) {
      const key = c.email
        ? c.email.toLowerCase()
        : `${c.name.toLowerCase()}|${s.company.toLowerCase()}`;
      const role = c.role
        ? ROLE_WORDS[c.role]
        : interviewers.has(c.name.toLowerCase())
          ? "interviewer"
          : "contact";
      const line = `${s.role} at ${s.company} (${s.app}), ${role}`;
      const had = byKey.get(key);
      if (had) {
        had.roles.push(line);
        // Fill in what the first mention lacked.
        had.card = {
          ...had.card,
          ...(had.card.email === undefined && c.email ? { email: c.email } : {}),
          ...(had.card.phone === undefined && c.phone ? { phone: c.phone } : {}),
          ...(had.card.title === undefined && c.title ? { title: c.title } : {}),
        };
        continue;
      }
      byKey.set(key, {
        card: {
          name: c.name,
          ...(c.email ? { email: c.email } : {}),
          ...(c.phone ? { phone: c.phone } : {}),
          ...(c.title ? { title: c.title } : {}),
          company: s.company,
          roles: [line],
        },
        roles: [line],
      });
    }
  }
  return [...byKey.values()].map((v) => ({ ...v.card, roles: v.roles }));
}

/**
 * Escapes a vCard text value: backslash, comma and newline always; semicolons only where
 * they would split a structured value (N, ORG), as RFC 6350 section 3.4 allows and as
 * common parsers expect (ical.js keeps a "\\;" in TITLE or NOTE as written).
 */
export function escapeText(s: string, structured = false): string {
  return s
    .replace(structured ? /[\\,;]/g : /[\\,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line at 75 octets, never inside a UTF-8 sequence (RFC 2425 section 5.8.1). */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Step back off continuation bytes (10xxxxxx) so a character stays whole.
    while (end < bytes.length && end > start && ((bytes[end] as number) & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString("utf8"));
    start = end;
    limit = 74; // continuation lines start with one space
  }
  return parts.join("\r\n ");
}

function nameParts(full: string): string {
  const words = full.trim().split(/\s+/);
  if (words.length < 2) return `${escapeText(full.trim(), true)};;;;`;
  const family = words.at(-1) as string;
  const given = words.slice(0, -1).join(" ");
  return `${escapeText(family, true)};${escapeText(given, true)};;;`;
}

/** One vCard 3.0 per person, with a UID that stays the same across exports. */
export function renderVcards(cards: readonly PersonCard[]): string {
  return cards
    .map((p) => {
      const uid = createHash("sha256")
        .update((p.email ?? `${p.name}|${p.company}`).toLowerCase())
        .digest("hex")
        .slice(0, 32);
      const lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        `FN:${escapeText(p.name)}`,
        `N:${nameParts(p.name)}`,
        `ORG:${escapeText(p.company, true)}`,
        ...(p.title ? [`TITLE:${escapeText(p.title)}`] : []),
        ...(p.email ? [`EMAIL;TYPE=INTERNET,WORK:${escapeText(p.email)}`] : []),
        ...(p.phone ? [`TEL;TYPE=WORK,VOICE:${escapeText(p.phone)}`] : []),
        `NOTE:${escapeText(`hearback: ${p.roles.join("; ")}`)}`,
        "CATEGORIES:hearback",
        `UID:urn:hearback:${uid}`,
        "END:VCARD",
      ];
      return lines.map(foldLine).join("\r\n");
    })
    .map((card) => `${card}\r\n`)
    .join("");
}
