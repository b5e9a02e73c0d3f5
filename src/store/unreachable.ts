/**
 * Whether an error means the database could not be reached (it is down, restarting, or the
 * network to it is cut), rather than a mistake: such a request is worth trying again in a
 * moment, and says so (HTTP 503) instead of reporting a bug.
 */

/** Node's codes for a connection that could not be made or was cut. */
const NETWORK = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * PostgreSQL's SQLSTATEs of the same: class 08 (connection exception), the server shutting
 * down or starting up (57P01-57P03), and no connection slot left (53300).
 */
function unreachableState(code: string): boolean {
  return code.startsWith("08") || ["57P01", "57P02", "57P03", "53300"].includes(code);
}

/** `pg`'s own messages for a connection that ended or never came, which carry no code. */
const PG_MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error",
];

export function databaseUnreachable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string" && (NETWORK.has(code) || unreachableState(code))) return true;
  return PG_MESSAGES.some((m) => err.message.startsWith(m));
}

/**
 * Whether PostgreSQL gave up on a statement that ran too long (57014: statement_timeout,
 * or an administrator cancelled it); its transaction was rolled back. (A transaction left
 * idle too long loses its connection, and reads as unreachable.)
 */
export function databaseTooSlow(err: unknown): boolean {
  return err instanceof Error && (err as { code?: unknown }).code === "57014";
}
