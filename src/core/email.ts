/**
 * The one rule for an email address, wherever one comes in: the command line (`--contact`,
 * `--with`), the API and the web app's forms, timeline and spreadsheet imports, settings.
 * Each says what is wrong the same way, after the name of its field:
 *
 *   contacts.0.email: not an email address: "dana at acme.example" (write it like name@example.com)
 *
 * One address, as a person would write it to send mail: a local part (no spaces, no <>,;:"
 * and no @), an @, and a domain of at least two labels of letters, digits and hyphens, in
 * any script (zoë@exämple.de is an address). A name with it ("Dana <dana@acme.example>"),
 * two addresses, or a host without a dot (dana@acme) is refused: in a job search each is a
 * slip, and mail to it would not arrive.
 */

/** RFC 5321's limits. */
const MAX_ADDRESS = 254;
const MAX_LOCAL_PART = 64;
const MAX_LABEL = 63;

/** Characters a local part may not hold unquoted (quoted local parts are not taken). */
const NOT_IN_LOCAL_PART = /[\s\p{Cc}<>()[\]\\,;:"@]/u;
const LABEL_CHARS = /^[\p{L}\p{M}\p{N}-]+$/u;
const ALL_DIGITS = /^\d+$/;

/** Null when `address` is an email address; otherwise what is wrong, in the user's words. */
export function emailProblem(address: string): string | null {
  return isEmailAddress(address) ? null : notAnAddress(address);
}

/** Whether `address` (spaces around it aside) is an email address by the rule above. */
export function isEmailAddress(address: string): boolean {
  const a = address.trim();
  if (a.length > MAX_ADDRESS) return false;
  const at = a.lastIndexOf("@");
  if (at <= 0) return false;
  const local = a.slice(0, at);
  const domain = a.slice(at + 1);
  if (local.length > MAX_LOCAL_PART || NOT_IN_LOCAL_PART.test(local)) return false;
  if (local.startsWith(".") || local.endsWith(".") || local.includes("..")) return false;
  const labels = domain.split(".");
  if (labels.length < 2 || ALL_DIGITS.test(labels[labels.length - 1] ?? "")) return false;
  return labels.every(
    (l) =>
      l.length > 0 &&
      l.length <= MAX_LABEL &&
      !l.startsWith("-") &&
      !l.endsWith("-") &&
      LABEL_CHARS.test(l),
  );
}

function notAnAddress(given: string): string {
  const shown = JSON.stringify(given.length > 80 ? `${given.slice(0, 77)}...` : given);
  return `not an email address: ${shown} (write it like name@example.com)`;
}
