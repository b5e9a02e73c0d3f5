/**
 * The user's own mail accounts (SMTP to send, IMAP to read replies), from the environment
 * or from `mail.json` in the data folder.
 *
 * Passwords live only there: never in the SQLite store (so never in an export, a log entry
 * or an API response). The file must be readable by its owner only (mode 0600); hearback
 * refuses a file others can read and says how to fix it, the way ssh treats its keys.
 *
 * Environment (wins over the file, field by field):
 *   HEARBACK_SMTP_URL   smtp://user:pass@host:587 (STARTTLS) or smtps://user:pass@host:465
 *   HEARBACK_SMTP_HOST, _PORT, _USER, _PASS, _TLS (implicit | starttls | none), _FROM
 *   HEARBACK_IMAP_URL   imaps://user:pass@host:993 or imap://user:pass@host:143 (STARTTLS)
 *   HEARBACK_IMAP_HOST, _PORT, _USER, _PASS, _TLS, _FOLDERS (comma-separated, default INBOX)
 */
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { HearbackError } from "../core/errors.js";
import { jsonErrorPlace } from "./redact.js";

export const MAIL_CONFIG_FILE = "mail.json";

/** implicit: TLS from the first byte (465, 993); starttls: upgrade required; none: plain (local relays only). */
export type TlsMode = "implicit" | "starttls" | "none";

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly tls: TlsMode;
  readonly user?: string;
  readonly pass?: string;
}

export interface SmtpConfig extends ServerConfig {
  /** The From address; defaults to the user's email setting, then to `user`. */
  readonly from?: string;
}

export interface ImapConfig extends ServerConfig {
  readonly folders: readonly string[];
}

export interface MailConfig {
  readonly smtp?: SmtpConfig;
  readonly imap?: ImapConfig;
}

type Env = Readonly<Record<string, string | undefined>>;
type Raw = Record<string, unknown>;

const TLS_MODES: readonly TlsMode[] = ["implicit", "starttls", "none"];
const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

function fromUrl(url: string, kind: "smtp" | "imap", where: string): Raw {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new HearbackError("bad-input", `${where}: not a URL: use ${kind}s://user:password@host`);
  }
  const scheme = u.protocol.replace(/:$/, "");
  if (scheme !== kind && scheme !== `${kind}s`) {
    throw new HearbackError(
      "bad-input",
      `${where}: the URL must start with ${kind}:// or ${kind}s://`,
    );
  }
  const tls = u.searchParams.get("tls") ?? (scheme === `${kind}s` ? "implicit" : "starttls");
  return {
    host: u.hostname.replace(/^\[|\]$/g, ""),
    ...(u.port ? { port: u.port } : {}),
    tls,
    ...(u.username ? { user: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { pass: decodeURIComponent(u.password) } : {}),
  };
}

function fromEnv(env: Env, kind: "smtp" | "imap"): Raw {
  const p = `HEARBACK_${kind.toUpperCase()}_`;
  const out: Raw = env[`${p}URL`] ? fromUrl(env[`${p}URL`] as string, kind, `${p}URL`) : {};
  for (const field of ["host", "port", "tls", "user", "pass", "from", "folders"]) {
    const v = env[`${p}${field.toUpperCase()}`];
    if (v !== undefined && v !== "") out[field] = v;
  }
  return out;
}

function resolveServer(raw: Raw, kind: "smtp" | "imap", where: string): ServerConfig {
  const host = raw.host;
  if (typeof host !== "string" || host === "") {
    throw new HearbackError("bad-input", `${where}: ${kind}.host is missing`);
  }
  const tls = (raw.tls ?? "starttls") as TlsMode;
  if (!TLS_MODES.includes(tls)) {
    throw new HearbackError(
      "bad-input",
      `${where}: ${kind}.tls must be one of ${TLS_MODES.join(", ")}, not ${JSON.stringify(raw.tls)}`,
    );
  }
  const defaultPort =
    kind === "smtp" ? (tls === "implicit" ? 465 : 587) : tls === "implicit" ? 993 : 143;
  const port = raw.port === undefined ? defaultPort : Number(raw.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new HearbackError(
      "bad-input",
      `${where}: ${kind}.port is not a port number: ${JSON.stringify(raw.port)}`,
    );
  }
  if (tls === "none" && raw.pass !== undefined && !LOOPBACK.has(host)) {
    // A password sent in clear over the network is a password given away.
    throw new HearbackError(
      "bad-input",
      `${where}: ${kind}.tls is "none" but ${host} is not this machine; hearback sends a password unencrypted only to 127.0.0.1 (use starttls or implicit)`,
    );
  }
  return {
    host,
    port,
    tls,
    ...(typeof raw.user === "string" ? { user: raw.user } : {}),
    ...(typeof raw.pass === "string" ? { pass: raw.pass } : {}),
  };
}

/** mail.json's settings (also CalDAV's), or nothing when there is no file; refused when others can read it. */
export async function readConfigFile(file: string): Promise<Raw> {
  let mode: number;
  try {
    mode = (await stat(file)).mode;
  } catch {
    return {};
  }
  if (process.platform !== "win32" && (mode & 0o077) !== 0) {
    throw new HearbackError(
      "bad-input",
      `${file} can be read by other users (mode ${(mode & 0o777).toString(8)}); it holds passwords, so hearback will not use it. Fix: chmod 600 ${file}`,
    );
  }
  const text = await readFile(file, "utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    // The parser's message quotes the text around the mistake, which may be a password.
    throw new HearbackError("bad-input", `${file}: ${jsonErrorPlace(text, err)}`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new HearbackError("bad-input", `${file}: not a JSON object`);
  }
  return parsed as Raw;
}

/**
 * The mail settings, or what is missing. A setting absent from both the environment and
 * the file is left out (`smtp` undefined: sending is not set up).
 */
export async function loadMailConfig(opts: {
  readonly dataDir: string;
  readonly env: Env;
}): Promise<MailConfig> {
  const file = join(opts.dataDir, MAIL_CONFIG_FILE);
  const fileRaw = await readConfigFile(file);
  const section = (kind: "smtp" | "imap"): Raw | undefined => {
    const inFile = fileRaw[kind];
    let fromFile: Raw = {};
    if (inFile !== undefined) {
      if (inFile === null || typeof inFile !== "object")
        throw new HearbackError("bad-input", `${file}: ${kind} must be an object`);
      const r = inFile as Raw;
      fromFile =
        typeof r.url === "string"
          ? { ...fromUrl(r.url, kind, `${file}: ${kind}.url`), ...r }
          : { ...r };
      delete fromFile.url;
    }
    const merged = { ...fromFile, ...fromEnv(opts.env, kind) };
    return Object.keys(merged).length === 0 ? undefined : merged;
  };
  const smtpRaw = section("smtp");
  const imapRaw = section("imap");
  const where = (kind: string) =>
    Object.keys(fromEnv(opts.env, kind as "smtp")).length > 0
      ? `HEARBACK_${kind.toUpperCase()}_*`
      : file;
  const smtp = smtpRaw
    ? Object.freeze({
        ...resolveServer(smtpRaw, "smtp", where("smtp")),
        ...(typeof smtpRaw.from === "string" ? { from: smtpRaw.from } : {}),
      })
    : undefined;
  const imap = imapRaw
    ? Object.freeze({
        ...resolveServer(imapRaw, "imap", where("imap")),
        folders: Object.freeze(
          (Array.isArray(imapRaw.folders)
            ? imapRaw.folders.map(String)
            : typeof imapRaw.folders === "string"
              ? imapRaw.folders.split(",")
              : ["INBOX"]
          )
            .map((f) => f.trim())
            .filter((f) => f !== ""),
        ),
      })
    : undefined;
  return Object.freeze({ ...(smtp ? { smtp } : {}), ...(imap ? { imap } : {}) });
}

/** A server as the user may see it: never the password. */
export function describeServer(s: ServerConfig): string {
  const how = { implicit: "TLS", starttls: "STARTTLS", none: "no encryption" }[s.tls];
  return `${s.user ? `${s.user}@` : ""}${s.host}:${s.port} (${how})`;
}
