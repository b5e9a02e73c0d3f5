/**
 * Contacts as vCards (`hearback contacts --format vcf`): everyone named in the
 * applications (contacts and interviewers), one card per person.
 *
 * vCard 3.0 (RFC 2426) rather than 4.0: it is the version Apple Contacts, Google Contacts
 * and Outlook all import. Text values are escaped (backslash, comma, semicolon, newline),
 * lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
 * Someone met at several companies gets one ORG (with their TITLE there) per company, each
 * pair in its own group (`item1.ORG`, `item1.TITLE`), as Apple Contacts writes them.
 */
import { createHash } from "node:crypto";
import type { Contact, TimelineEvent } from "../core/types.js";
import { summarize } from "./summary.js";

/** Where a person works, as one application names it. */
export interface Organisation {
  readonly company: string;
  readonly title?: string;
}

export interface PersonCard {
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
  /** Each company they appear at, in the order of the log, with their title there. */
  readonly organisations: readonly Organisation[];
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
  const byKey = new Map<
    string,
    { card: PersonCard; roles: string[]; organisations: Organisation[] }
  >();
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
      const had = byKey.get(key) ?? {
        card: { name: c.name, organisations: [], roles: [] },
        roles: [],
        organisations: [],
      };
      byKey.set(key, had);
      had.roles.push(line);
      addOrganisation(had.organisations, s.company, c.title);
      // Fill in what the first mention lacked.
      had.card = {
        ...had.card,
        ...(had.card.email === undefined && c.email ? { email: c.email } : {}),
        ...(had.card.phone === undefined && c.phone ? { phone: c.phone } : {}),
      };
    }
  }
  return [...byKey.values()].map((v) => ({
    ...v.card,
    organisations: v.organisations,
    roles: v.roles,
  }));
}

/** Adds a company once; a title given later for a company already there fills in its blank. */
function addOrganisation(list: Organisation[], company: string, title: string | undefined): void {
  const i = list.findIndex((o) => o.company.toLowerCase() === company.toLowerCase());
  const had = list[i];
  if (had === undefined) list.push({ company, ...(title ? { title } : {}) });
  else if (title && had.title === undefined) list[i] = { company: had.company, title };
  else if (title && had.title?.toLowerCase() !== title.toLowerCase())
    list.push({ company: had.company, title });
}

/** Escapes a vCard 3.0 text value: backslash, comma, semicolon and newline (RFC 2426 section 4). */
function escapeText(s: string): string {
  return s.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
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

/** What may follow a name after a comma ("Dana Lee, PhD") without it being "Last, First". */
const SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|md|mba|esq|cpa)\.?$/i;

/**
 * FN and N (family; given; additional; prefix; suffix) of a name written "Dana Lee",
 * "Lee, Dana" or "Dana Lee, PhD". Without a comma the last word is taken as the family name.
 */
function nameFields(full: string): {
  fn: string;
  family: string;
  given: string;
  suffix: string;
} {
  const [before = "", after = "", ...more] = full
    .trim()
    .split(",")
    .map((part) => part.trim());
  if (more.length === 0 && before !== "" && after !== "" && !SUFFIX.test(after)) {
    return { fn: `${after} ${before}`, family: before, given: after, suffix: "" };
  }
  const words = before.split(/\s+/);
  return {
    fn: full.trim(),
    family: words.at(-1) as string,
    given: words.slice(0, -1).join(" "),
    suffix: [after, ...more].filter(Boolean).join(", "),
  };
}

/** One vCard 3.0 per person, with a UID that stays the same across exports. */
export function renderVcards(cards: readonly PersonCard[]): string {
  return cards
    .map((p) => {
      const uid = createHash("sha256")
        .update((p.email ?? `${p.name}|${p.organisations[0]?.company ?? ""}`).toLowerCase())
        .digest("hex")
        .slice(0, 32);
      const n = nameFields(p.name);
      const grouped = p.organisations.length > 1;
      const lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        `FN:${escapeText(n.fn)}`,
        `N:${[n.family, n.given, "", "", n.suffix].map(escapeText).join(";")}`,
        ...p.organisations.flatMap((o, i) => {
          const group = grouped ? `item${i + 1}.` : "";
          return [
            `${group}ORG:${escapeText(o.company)}`,
            ...(o.title ? [`${group}TITLE:${escapeText(o.title)}`] : []),
          ];
        }),
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
