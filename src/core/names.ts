/**
 * People's names as people say them: "Samir" for Samir Nagheenanajar, "nag" for the same,
 * "Jose" for José, "Lee, Dana" for Dana Lee. One matcher used by every command, the API and
 * the drafts, so that a name typed anywhere finds the same person. Pure.
 */

/** Titles that come before a name and say nothing about who it is. */
const TITLES = new Set(["dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame"]);
/** What may follow a surname after a comma ("Dana Lee, PhD") without it being "Last, First". */
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "esq", "cpa"]);

/**
 * A name written the way it is said, first name first: "Lee, Dana" is "Dana Lee";
 * "Dana Lee, PhD" stays as it is.
 *
 * @example
 * spokenName("Lee, Dana") // "Dana Lee"
 * spokenName("Dana Lee") // "Dana Lee"
 */
export function spokenName(name: string): string {
  const parts = name.trim().split(",");
  if (parts.length !== 2) return name.trim();
  const last = parts[0]!.trim();
  const first = parts[1]!.trim();
  if (last === "" || first === "" || SUFFIXES.has(key(first))) return name.trim();
  return `${first} ${last}`;
}

/**
 * The words of a name in speaking order, without accents, case, punctuation or titles:
 * what two ways of writing one name have in common.
 *
 * @example
 * nameWords("Dr. José Álvarez-Ruiz") // ["jose", "alvarez", "ruiz"]
 * nameWords("Lee, Dana") // ["dana", "lee"]
 */
export function nameWords(name: string): string[] {
  const words = key(spokenName(name)).split(" ").filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0]!)) words.shift();
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words;
}

/** Lower case, accents dropped, every run of other than letters and digits one space. */
function key(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The first name, as a greeting uses it: "Dana" for "Dana Lee", "Lee, Dana" and "Dr. Dana Lee". */
export function givenName(name: string): string {
  const spoken = spokenName(name).split(/\s+/);
  while (spoken.length > 1 && TITLES.has(key(spoken[0]!))) spoken.shift();
  return spoken[0] ?? name.trim();
}

/** True when two ways of writing a name are the same name ("lee, dana" and "Dana Lee"). */
export function sameName(a: string, b: string): boolean {
  return nameWords(a).join(" ") === nameWords(b).join(" ");
}

/** What a name someone typed stands for among the names known. */
export type PersonMatch =
  | { readonly kind: "one"; readonly name: string }
  | { readonly kind: "many"; readonly names: readonly string[] }
  | { readonly kind: "none" };

/**
 * The person a typed name means: the known name written the same way (case, accents,
 * titles and "Last, First" aside), else the one known name whose words the typed words
 * begin, each a different word in any order ("Samir", "Nag", "S Nagheenanajar", "samir n").
 * Several people fit: "many", with their names; nobody: "none".
 *
 * @example
 * matchPerson("samir", ["Samir Nagheenanajar", "Dana Lee"]) // { kind: "one", name: "Samir Nagheenanajar" }
 * matchPerson("Sam", ["Sam Ortiz", "Samir Nagheenanajar"]).kind // "many"
 */
export function matchPerson(given: string, known: readonly string[]): PersonMatch {
  const want = nameWords(given);
  if (want.length === 0) return { kind: "none" };
  const wanted = want.join(" ");
  const exact = known.find((n) => nameWords(n).join(" ") === wanted);
  if (exact !== undefined) return { kind: "one", name: exact };
  const found: string[] = [];
  for (const name of known) {
    if (!beginsWords(want, nameWords(name))) continue;
    if (!found.some((f) => sameName(f, name))) found.push(name);
  }
  if (found.length === 1) return { kind: "one", name: found[0]! };
  return found.length === 0 ? { kind: "none" } : { kind: "many", names: found };
}

/** True when each typed word begins a different word of the name. */
function beginsWords(typed: readonly string[], words: readonly string[]): boolean {
  if (typed.length > words.length) return false;
  // Longest typed words first take their words, so "s samir" does not spend "samir" on "s".
  const free = [...words];
  for (const t of [...typed].sort((a, b) => b.length - a.length)) {
    const at = free.findIndex((w) => w.startsWith(t));
    if (at < 0) return false;
    free.splice(at, 1);
  }
  return true;
}
