/**
 * Application ids: short, typeable, stable. `acme-pm` for Acme's Product Manager; any
 * unique prefix of an id names it on the command line.
 */
import anyAscii from "any-ascii";
import { HearbackError } from "./errors.js";

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

/**
 * The application an id or a unique prefix of one names. An exact id always wins over
 * longer ids it is a prefix of.
 *
 * @example
 * matchApp("acme", ["acme-pm", "globex-se"]) // "acme-pm"
 */
export function matchApp(given: string, ids: readonly string[]): string {
  const wanted = given.trim();
  if (ids.includes(wanted)) return wanted;
  const lower = wanted.toLowerCase();
  const found = ids.filter((id) => id.toLowerCase().startsWith(lower));
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    throw new HearbackError(
      "bad-input",
      `"${wanted}" could be ${listOf(found)}; type more of the id`,
    );
  }
  throw new HearbackError(
    "not-found",
    ids.length === 0
      ? `no application "${wanted}": nothing is stored yet (add one with: hearback add)`
      : `no application "${wanted}"; the ids are ${listOf(ids)}`,
  );
}

function listOf(ids: readonly string[]): string {
  const shown = ids.slice(0, 8).join(", ");
  return ids.length > 8 ? `${shown} and ${ids.length - 8} more (see: hearback list)` : shown;
}
