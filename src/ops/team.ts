/**
 * Team mode's data as the front ends reach it: the team database (a pool over PostgreSQL,
 * a store per account), its accounts, and passwords (argon2id, @node-rs/argon2 at its
 * default cost). Loaded only in team mode.
 */
import { hash, verify } from "@node-rs/argon2";

export { type Account, Accounts, ROLES, type Role } from "../store/accounts.js";
export { PostgresDatabase } from "../store/postgres.js";

/** Hashes a password for an account. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Whether a password is the one a hash was made from (false for a hash that is not one). */
export function passwordMatches(hashed: string, password: string): Promise<boolean> {
  return verify(hashed, password).catch(() => false);
}

export {
  type CandidateOverview,
  candidateContext,
  coachOverview,
  coachView,
} from "./team-view.js";
