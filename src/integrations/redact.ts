/**
 * Secrets out of anything shown or logged: a mail server's answer may echo what the
 * client sent (`AUTH PLAIN <base64>`), and a parser's complaint may quote the file it read.
 */

export interface Secrets {
  readonly user?: string | undefined;
  readonly pass?: string | undefined;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const base64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

/**
 * `text` with the password (as a whole word), its base64 forms (alone, and as SASL PLAIN
 * sends it with the user name), and the argument of any AUTH or AUTHENTICATE command
 * replaced by ****.
 */
export function redactSecrets(text: string, secrets: Secrets): string {
  let out = text.replace(/\b(AUTH(?:ENTICATE)?[ \t]+[A-Z0-9-]+)[ \t]+[^\s"]+/gi, "$1 ****");
  const { user = "", pass } = secrets;
  if (!pass) return out;
  const forms = [
    base64(`\0${user}\0${pass}`),
    base64(`${user}\0${user}\0${pass}`),
    base64(pass),
    pass,
  ].filter((f) => f.length > 0);
  for (const form of forms) {
    out = out.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${literal(form)}(?![\\p{L}\\p{N}])`, "gu"),
      "****",
    );
  }
  return out;
}

/** Where a JSON.parse error is, by line and column, without the text it quotes. */
export function jsonErrorPlace(text: string, err: unknown): string {
  const at = /position (\d+)/.exec((err as Error).message ?? "");
  if (!at) return "not valid JSON";
  const before = text.slice(0, Number(at[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `not valid JSON at line ${line}, column ${column}`;
}
