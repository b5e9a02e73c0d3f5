/**
 * Application ids: short, typeable, stable. `acme-pm` for Acme's Product Manager (made by
 * ./new-app-id.ts); any unique prefix of an id names it on the command line.
 */
import { HearbackError } from "./errors.js";

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
