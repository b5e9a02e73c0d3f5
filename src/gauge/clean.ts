/**
 * Cuts a reply down to what its sender wrote this time: no quoted history (the candidate's
 * own email below, "On Tue, Dana wrote:", Outlook's "From: ... Sent: ..." block), no
 * signature, no legal footer. The gauge must not read the candidate's "I'm very excited"
 * or an old "we'll decide by Friday" as the employer's words.
 */

/** Quote headers of mailers in other languages (the English ones are matched in isQuoteHeader). */
const OTHER_QUOTE_HEADERS: readonly RegExp[] = [
  /^\s*Le .{4,120} a écrit\s*:\s*$/i,
  /^\s*Am .{4,120} schrieb .{0,80}:\s*$/i,
  /^\s*El .{4,120} escribió\s*:\s*$/i,
];

/** A sign-off line: what follows it (a name, a title, a phone number) is the signature. */
const SIGN_OFF =
  /^\s*(?:best(?: regards| wishes)?|kind(?:est)? regards|warm(?:est)? regards|regards|many thanks|thanks(?: again| so much)?|thank you(?: again)?|cheers|sincerely|yours sincerely|yours faithfully|all the best|warmly|best of luck|talk soon|speak soon|rgds|br|thx|ta)\s*(?:[,.!]\s*)?$/i;

/** Lines that open a signature or footer on their own. */
const SIGNATURE_START: readonly RegExp[] = [
  /^--\s*$/, // RFC 3676 signature separator
  /^\s*Sent from my (?:iPhone|iPad|Android|Galaxy|mobile|phone)/i,
  /^\s*Get Outlook for /i,
  /^\s*(?:CONFIDENTIALITY|DISCLAIMER)\b/i,
  /^\s*This (?:e-?mail|message)(?: and any (?:files|attachments))? (?:is|are|may be) (?:confidential|intended)/i,
];

/** All of them in one pattern: one test a line. */
const SIGNATURE_START_ANY = new RegExp(
  SIGNATURE_START.map((re) => `(?:${re.source})`).join("|"),
  "i",
);

/** How many lines may follow a sign-off and still be a signature (name, title, company, phone, link). */
const MAX_SIGNATURE_LINES = 7;

/**
 * The part of a reply its sender wrote, without quoted history and signature.
 *
 * @example
 * stripReply("Thanks, we'll decide by Friday.\n\nBest,\nDana\n\nOn Mon, Sam wrote:\n> I'm excited")
 * // "Thanks, we'll decide by Friday."
 */
export function stripReply(text: string): string {
  // Every line with its whitespace collapsed: no pattern below meets a run of spaces, so none
  // can backtrack over one (a reply of 5,000 spaces is read as fast as a short one).
  const lines = text
    .replace(/\r\n?/g, "\n")
    .replace(/[^\S\n]+/g, " ")
    .replace(/\n(?: ?\n)+/g, "\n\n")
    .split("\n")
    .map((l) => l.trim());
  // Where the last run of quoted and blank lines starts: a quoted line ends the reply only
  // there; one quoted mid-reply ("> you asked...") is dropped and the reply goes on.
  let quotedTail = lines.length;
  while (quotedTail > 0 && /^(?:>|$)/.test(lines[quotedTail - 1]!)) quotedTail--;
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.startsWith(">") ? i >= quotedTail : isQuoteHeader(lines, i)) {
      end = i;
      break;
    }
  }
  // No quoted lines, and one blank line at most between paragraphs.
  const body = lines
    .slice(0, end)
    .filter((l, i, all) => !l.startsWith(">") && (l !== "" || (i > 0 && all[i - 1] !== "")));
  return cutSignature(body).join("\n").trim();
}

/** The first letters a quote header can start with ("On", "---", "___", "From:", "Le", "Am", "El"). */
const QUOTE_HEADER_START = /^[-_ofael]/i;

function isQuoteHeader(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  // Most lines start otherwise: one test spares them the patterns below.
  if (!QUOTE_HEADER_START.test(line)) return false;
  if (/^\s*On .{4,200}\bwrote:\s*$/i.test(line)) return true;
  // A wrapped "On ... <addr>\nwrote:" header.
  if (/^\s*On .{4,200}$/i.test(line) && /^\s*wrote:\s*$/i.test(lines[i + 1] ?? "")) return true;
  if (/^\s*-{2,}\s*(?:Original|Forwarded) Message\s*-{2,}/i.test(line)) return true;
  if (/^\s*_{8,}\s*$/.test(line)) return true;
  if (/^\s*From:\s.+$/i.test(line)) {
    // Outlook's header block: From: then Sent:/Date:/To: within the next lines.
    const next = lines.slice(i + 1, i + 4).join("\n");
    return /^\s*(?:Sent|Date|To|Subject):/im.test(next);
  }
  return OTHER_QUOTE_HEADERS.some((re) => re.test(line));
}

function cutSignature(lines: readonly string[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (SIGNATURE_START_ANY.test(line)) return lines.slice(0, i);
  }
  // The last sign-off line with only a few short lines after it.
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (!SIGN_OFF.test(line)) continue;
    const rest = lines.slice(i + 1).filter((l) => l.trim() !== "");
    if (rest.length <= MAX_SIGNATURE_LINES && rest.every((l) => l.trim().length <= 80)) {
      // A reply that is only "Thanks," keeps its words.
      if (lines.slice(0, i).some((l) => l.trim() !== "")) return lines.slice(0, i);
    }
    break;
  }
  return [...lines];
}
