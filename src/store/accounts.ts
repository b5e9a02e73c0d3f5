/**
 * Team mode's people, in the PostgreSQL database beside the log (see the migration
 * 0002-accounts): organisations, accounts (candidates and coaches), sessions, failed
 * logins and who shares their search with which coach. Only the server's sign-in layer
 * reads these tables; the log itself is guarded by row-level security besides.
 *
 * Secrets are never stored: a session is kept as the SHA-256 of its token, a password as
 * its argon2 hash (made by the caller).
 */
import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { HearbackError } from "../core/errors.js";

export const ROLES = ["candidate", "coach"] as const;
export type Role = (typeof ROLES)[number];

export interface Account {
  readonly id: number;
  readonly organisation: number;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** A lead coach sees the candidates of every coach of their organisation. */
  readonly lead: boolean;
}

/** A candidate as a coach sees them: with the coaches (of the organisation) they share with. */
export interface SharingCandidate extends Account {
  readonly sharedWith: readonly { readonly id: number; readonly name: string }[];
}

interface AccountRow extends Account {
  readonly password_hash: string;
}

/** Emails are compared without regard to case or surrounding spaces. */
function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const ACCOUNT_COLUMNS = sql`a.id, a.organisation, a.email, a.name, a.role, a.lead`;

/** An account with the settings that schedule its digest (see Accounts.withDigestSettings). */
export interface DigestSettingsOf {
  readonly account: Account;
  readonly settings: Readonly<Record<string, unknown>>;
  /** A setting whose stored value is not JSON (changed outside hearback): its key. */
  unreadable?: string;
}

/** The accounts' tables, through a pool whose user may read them. */
export class Accounts {
  constructor(private readonly db: Kysely<unknown>) {}

  /** The organisation of that name, made when missing. */
  async organisation(name: string): Promise<number> {
    const { rows } = await sql<{ id: number }>`
      INSERT INTO organisations (name) VALUES (${name})
      ON CONFLICT (name) DO UPDATE SET name = excluded.name
      RETURNING id`.execute(this.db);
    return rows[0]!.id;
  }

  async create(opts: {
    readonly organisation: number;
    readonly email: string;
    readonly name: string;
    readonly role: Role;
    /** A lead coach (coaches only). */
    readonly lead?: boolean;
    readonly passwordHash: string;
    readonly now: number;
  }): Promise<Account> {
    const email = normaliseEmail(opts.email);
    if (opts.lead && opts.role !== "coach") {
      throw new HearbackError("bad-input", "only a coach can be a lead coach");
    }
    try {
      const { rows } = await sql<Account>`
        INSERT INTO accounts AS a (organisation, email, name, role, lead, password_hash, created_at)
        VALUES (${opts.organisation}, ${email}, ${opts.name}, ${opts.role}, ${opts.lead ?? false}, ${opts.passwordHash}, ${opts.now})
        RETURNING ${ACCOUNT_COLUMNS}`.execute(this.db);
      return rows[0]!;
    } catch (err) {
      // 23505, unique_violation: the email is taken.
      if ((err as { code?: string }).code === "23505") {
        throw new HearbackError("conflict", `there is already an account for ${email}`);
      }
      throw err;
    }
  }

  /** The account of an email, with its password hash, for signing in. */
  async forSignIn(email: string): Promise<(Account & { passwordHash: string }) | undefined> {
    const { rows } = await sql<AccountRow>`
      SELECT ${ACCOUNT_COLUMNS}, a.password_hash FROM accounts a
      WHERE a.email = ${normaliseEmail(email)}`.execute(this.db);
    const row = rows[0];
    if (!row) return undefined;
    const { password_hash, ...account } = row;
    return { ...account, passwordHash: password_hash };
  }

  /** Changes the name an account is shown by (to its coaches, candidates and lead coaches). */
  async rename(id: number, name: string): Promise<Account> {
    const { rows } = await sql<Account>`
      UPDATE accounts AS a SET name = ${name} WHERE a.id = ${id}
      RETURNING ${ACCOUNT_COLUMNS}`.execute(this.db);
    return rows[0]!;
  }

  /**
   * Every account with the settings that schedule its digest (`keys`, among those the
   * migration 0006-digest-schedules lets this read), in one query rather than one per account.
   */
  async withDigestSettings(keys: readonly string[]): Promise<DigestSettingsOf[]> {
    const rows = await this.db.transaction().execute(async (trx) => {
      await sql`SELECT set_config('hearback.digest_schedules', 'read', true)`.execute(trx);
      const { rows } = await sql<Account & { key: string | null; value: string | null }>`
        SELECT ${ACCOUNT_COLUMNS}, s.key, s.value FROM accounts a
        LEFT JOIN settings s ON s.account = a.id AND s.key IN (${sql.join(keys)})
        ORDER BY a.id`.execute(trx);
      return rows;
    });
    const byId = new Map<number, DigestSettingsOf & { settings: Record<string, unknown> }>();
    for (const { key, value, ...account } of rows) {
      const entry = byId.get(account.id) ?? { account, settings: {} };
      byId.set(account.id, entry);
      if (key === null || value === null) continue;
      try {
        entry.settings[key] = JSON.parse(value);
      } catch {
        // One damaged row must not keep everyone else's digest from being read.
        entry.unreadable = key;
      }
    }
    return [...byId.values()];
  }

  async byId(id: number): Promise<Account | undefined> {
    const { rows } = await sql<Account>`
      SELECT ${ACCOUNT_COLUMNS} FROM accounts a WHERE a.id = ${id}`.execute(this.db);
    return rows[0];
  }

  /** Keeps a new session (its token's hash) until `expiresAt`. */
  async startSession(token: string, account: number, expiresAt: number): Promise<void> {
    await sql`INSERT INTO sessions (token_hash, account, expires_at)
      VALUES (${sha256(token)}, ${account}, ${expiresAt})`.execute(this.db);
  }

  /** The account a session token stands for, if it is known and not expired. */
  async session(token: string, now: number): Promise<Account | undefined> {
    const { rows } = await sql<Account>`
      SELECT ${ACCOUNT_COLUMNS} FROM sessions s JOIN accounts a ON a.id = s.account
      WHERE s.token_hash = ${sha256(token)} AND s.expires_at > ${now}`.execute(this.db);
    return rows[0];
  }

  async endSession(token: string): Promise<void> {
    await sql`DELETE FROM sessions WHERE token_hash = ${sha256(token)}`.execute(this.db);
  }

  /** Failed sign-ins for an email since a moment (the rate limit counts these). */
  async failures(email: string, since: number): Promise<{ count: number; first: number | null }> {
    const { rows } = await sql<{ count: number; first: number | null }>`
      SELECT count(*)::int AS count, min(at) AS first FROM login_failures
      WHERE email = ${normaliseEmail(email)} AND at > ${since}`.execute(this.db);
    return rows[0]!;
  }

  async recordFailure(email: string, at: number): Promise<void> {
    await sql`INSERT INTO login_failures (email, at)
      VALUES (${normaliseEmail(email)}, ${at})`.execute(this.db);
  }

  async clearFailures(email: string): Promise<void> {
    await sql`DELETE FROM login_failures WHERE email = ${normaliseEmail(email)}`.execute(this.db);
  }

  /**
   * A candidate shares their search with a coach of their organisation (named by email).
   * Anyone else is "no such coach", so that the answer tells nothing about other
   * organisations' accounts.
   */
  async share(candidate: Account, coachEmail: string, now: number): Promise<Account> {
    const coach = await this.forSignIn(coachEmail);
    if (coach?.role !== "coach" || coach.organisation !== candidate.organisation) {
      throw new HearbackError(
        "not-found",
        `there is no coach ${normaliseEmail(coachEmail)} in your organisation`,
      );
    }
    await sql`INSERT INTO shares (candidate, coach, since) VALUES (${candidate.id}, ${coach.id}, ${now})
      ON CONFLICT DO NOTHING`.execute(this.db);
    const { passwordHash: _, ...shown } = coach;
    return shown;
  }

  /** Stops sharing with a coach; false when the search was not shared with them. */
  async unshare(candidate: number, coach: number): Promise<boolean> {
    const result = await sql`DELETE FROM shares
      WHERE candidate = ${candidate} AND coach = ${coach}`.execute(this.db);
    return Number(result.numAffectedRows ?? 0) > 0;
  }

  /** The coaches a candidate shares with. */
  async coachesOf(candidate: number): Promise<Account[]> {
    const { rows } = await sql<Account>`
      SELECT ${ACCOUNT_COLUMNS} FROM shares s JOIN accounts a ON a.id = s.coach
      WHERE s.candidate = ${candidate} ORDER BY a.name, a.id`.execute(this.db);
    return rows;
  }

  /**
   * The candidates a coach sees: those who share their search with them, or, for a lead
   * coach, with any coach of their organisation; with `coach`, only those sharing with that
   * coach. Each names the coaches they share with (those the viewer may know of). The query
   * is the database's (migration 0008); a coach's digest reads the same shares (0010).
   */
  async candidatesOf(
    viewer: Account,
    opts: { readonly coach?: number | undefined } = {},
  ): Promise<SharingCandidate[]> {
    const { rows } = await sql<SharingCandidate>`
      SELECT * FROM hearback_candidates(${viewer.id}, ${opts.coach ?? null})
      ORDER BY name, id`.execute(this.db);
    return rows;
  }
}
