/**
 * The id of a new application: `acme-pm` for Acme's Product Manager (see ./ids.ts for how
 * an id is named on the command line). A module of its own because any-ascii's tables
 * (550 KB of code) load with it: a command that only names applications (the agenda,
 * `hearback --help` through send's list of kinds) should not pay for them.
 */
import anyAscii from "any-ascii";

const MAX_COMPANY_CHARS = 16;
const MAX_ROLE_WORD_CHARS = 12;
/** Small words that add nothing to an id ("Head of Product" -> hp). */
const FILLER = new Set(["of", "the", "and", "for", "a", "an", "at", "in", "to", "&"]);

/** Words in ASCII: any-ascii spells every script in Latin letters (Łódź -> lodz, 王芳 -> wangfang). */
function words(s: string): string[] {
  return anyAscii(s)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * The id for a new application: the company's name, then the role (its initials when it
 * has several words), lower-case ASCII, joined by hyphens; `-2`, `-3`... when taken.
 *
 * @example
 * appIdFor({ company: "Acme", role: "Product Manager", taken: [] }) // "acme-pm"
 * appIdFor({ company: "Acme", role: "Product Manager", taken: ["acme-pm"] }) // "acme-pm-2"
 * appIdFor({ company: "Zürich Re", role: "Actuary", taken: [] }) // "zurich-re-actuary"
 * appIdFor({ company: "Łódź Systems", role: "Designer", taken: [] }) // "lodz-systems-designer"
 */
export function appIdFor(opts: {
  readonly company: string;
  readonly role: string;
  readonly taken: Iterable<string>;
}): string {
  let company = "";
  for (const w of words(opts.company)) {
    const next = company ? `${company}-${w}` : w;
    if (company && next.length > MAX_COMPANY_CHARS) break;
    company = next.slice(0, MAX_COMPANY_CHARS);
  }
  const roleWords = words(opts.role).filter((w) => !FILLER.has(w));
  const role =
    roleWords.length === 1
      ? roleWords[0]!.slice(0, MAX_ROLE_WORD_CHARS)
      : roleWords.map((w) => (/^\d/.test(w) ? w : w[0])).join("");
  const base = [company, role].filter(Boolean).join("-") || "app";
  // A set is used as it is: a bulk import calls this once a row with one growing set.
  const taken = opts.taken instanceof Set ? opts.taken : new Set(opts.taken);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
