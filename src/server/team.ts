/**
 * Team mode (`hearback serve --team`): people sign in, and each API request reaches the
 * signed-in account's own log, nobody else's.
 *
 * - Sessions are random tokens in a cookie (HttpOnly, Secure, SameSite=Strict), kept in
 *   PostgreSQL as their SHA-256: any server process answers any request (no sticky
 *   sessions), and nothing in a process's memory is the truth.
 * - Passwords are argon2id hashes (see src/ops/team.ts). An email unknown is
 *   checked against a hash all the same, so that the time taken does not say which
 *   emails have accounts.
 * - Failed sign-ins are counted in the database per email: after LOGIN_LIMIT.failures in
 *   LOGIN_LIMIT.windowMs, that email is refused until the window has passed.
 * - The routes of ./routes.ts run unchanged over `store`, which stands for the request's
 *   account (an AsyncLocalStorage set by the session check); the store names the account
 *   in every query, and PostgreSQL's row-level security holds it to that account besides.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import type { Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Kysely } from "kysely";
import { z } from "zod";
import { HearbackError } from "../core/errors.js";
import { createContext, type OpContext, userZone } from "../ops/context.js";
import type { Store } from "../ops/data-folder.js";
import { agenda, applicationCount, listApplications } from "../ops/read.js";
import {
  type Account,
  Accounts,
  candidateContext,
  coachView,
  hashPassword,
  type PostgresDatabase,
  passwordMatches,
} from "../ops/team.js";
import type { ApplicationSummary, CoachView, SessionAccount, TodayView } from "./api-types.js";
import { errorBody } from "./app.js";
import { readJson, validate } from "./http.js";
import { headKey, KeptAnswers } from "./routes/kept.js";
import { coachCandidateView, dateText, summaryView, todayView } from "./views.js";

export const SESSION_COOKIE = "hearback_session";
/** How long a session lasts: two weeks. */
const SESSION_MS = 14 * 24 * 3_600_000;
/**
 * How many of a candidate's actions due today the coach's view sends: a coach scans 200
 * candidates, and each candidate's page has the rest (the whole list cost the view most
 * of its CPU, see docs/performance.md).
 */
const FIRST_DUE = 3;
/** Failed sign-ins allowed per email within the window. */
export const LOGIN_LIMIT = Object.freeze({ failures: 5, windowMs: 15 * 60_000 });

/** Whose kept answer a coach's view with these filters is (see KeptAnswers, minuteOf). */
export function coachViewOf(coach: number, stage?: string, coachedBy?: number): string {
  return JSON.stringify([coach, stage ?? null, coachedBy ?? null]);
}

/** What createApp needs of team mode. */
export interface TeamLayer {
  /** The signed-in account's store, during a request. */
  readonly store: Store;
  /** The signed-in account, during a request (its number, as text). */
  whose(): string;
  /** Adds the sign-in routes, the session check and the sharing routes. */
  mount(app: Hono): void;
}

interface RequestAccount {
  readonly account: Account;
  readonly store: Store;
}

const signIn = z
  .object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1000) })
  .strict();
const shareWith = z.object({ coach: z.string().trim().min(1).max(320) }).strict();
const naming = z.object({ name: z.string().trim().min(1, "must not be empty").max(200) }).strict();

/** `?coach=ID`: a coach's account number. */
function coachFilter(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id < 1) {
    throw new HearbackError("bad-input", `query.coach: "${value}" is not a coach's number`, [
      `query.coach: not a coach's number: "${value}"`,
    ]);
  }
  return id;
}

export function teamLayer(opts: {
  readonly database: PostgresDatabase;
  readonly dataDir: string;
  readonly clock: () => number;
  /** The zone of a candidate whose settings name none. */
  readonly fallbackZone: string;
}): TeamLayer {
  const current = new AsyncLocalStorage<RequestAccount>();
  const accounts = new Accounts(opts.database.db as unknown as Kysely<unknown>);
  let decoy: Promise<string> | undefined;
  const store = new Proxy({} as Store, {
    get(_, prop) {
      const here = current.getStore();
      if (!here) {
        // Outside a request only the data folder can be told (for the error log).
        if (prop === "dataDir") return opts.dataDir;
        throw new Error(
          `team mode: the store was used outside a signed-in request (${String(prop)})`,
        );
      }
      const value = Reflect.get(here.store, prop, here.store) as unknown;
      return typeof value === "function" ? value.bind(here.store) : value;
    },
  });

  const unauthorized = (c: Context) =>
    c.json(errorBody("unauthorized", "please sign in (your session is over or missing)", []), 401);

  async function sessionAccount(c: Context): Promise<Account | undefined> {
    const token = getCookie(c, SESSION_COOKIE);
    return token ? accounts.session(token, opts.clock()) : undefined;
  }

  function shown(a: Account): SessionAccount {
    return { id: a.id, email: a.email, name: a.name, role: a.role, lead: a.lead };
  }

  return {
    store,
    whose: () => String(current.getStore()!.account.id),
    mount(app: Hono) {
      app.post("/api/session", async (c) => {
        const { email, password } = validate(signIn, await readJson(c), "body");
        const now = opts.clock();
        const failed = await accounts.failures(email, now - LOGIN_LIMIT.windowMs);
        if (failed.count >= LOGIN_LIMIT.failures) {
          const minutes = Math.ceil(((failed.first ?? now) + LOGIN_LIMIT.windowMs - now) / 60_000);
          return c.json(
            errorBody(
              "too-many",
              `too many failed sign-ins for ${email}: try again in ${minutes} minute${minutes === 1 ? "" : "s"}`,
              [],
            ),
            429,
          );
        }
        const account = await accounts.forSignIn(email);
        decoy ??= hashPassword(randomBytes(16).toString("hex"));
        const right = await passwordMatches(account?.passwordHash ?? (await decoy), password);
        if (!account || !right) {
          await accounts.recordFailure(email, now);
          return c.json(errorBody("unauthorized", "wrong email or password", []), 401);
        }
        await accounts.clearFailures(email);
        const token = randomBytes(32).toString("base64url");
        await accounts.startSession(token, account.id, now + SESSION_MS);
        setCookie(c, SESSION_COOKIE, token, {
          httpOnly: true,
          secure: true,
          sameSite: "Strict",
          path: "/",
          maxAge: SESSION_MS / 1000,
        });
        return c.json({ account: shown(account) });
      });
      app.get("/api/session", async (c) => {
        const account = await sessionAccount(c);
        return account ? c.json({ account: shown(account) }) : unauthorized(c);
      });
      app.delete("/api/session", async (c) => {
        const token = getCookie(c, SESSION_COOKIE);
        if (token) await accounts.endSession(token);
        deleteCookie(c, SESSION_COOKIE, { path: "/", secure: true });
        return c.json({ signedOut: true });
      });

      // Every other API request acts for the signed-in account, and only for it.
      app.use("/api/*", async (c, next) => {
        if (c.req.path === "/api/openapi.json") return next();
        const account = await sessionAccount(c);
        if (!account) return unauthorized(c);
        const own = opts.database.store(account.id, opts.dataDir);
        return current.run({ account, store: own }, () => next());
      });

      const who = () => current.getStore()!.account;

      // The name the signed-in person is shown by (their settings keep the rest).
      app.put("/api/team/account", async (c) => {
        const { name } = validate(naming, await readJson(c), "body");
        return c.json({ account: shown(await accounts.rename(who().id, name)) });
      });
      const onlyFor = (c: Context, role: Account["role"]) =>
        who().role === role
          ? undefined
          : c.json(errorBody("not-found", `only a ${role} has this page`, []), 404);

      app.get("/api/team/coaches", async (c) => {
        const refused = onlyFor(c, "candidate");
        if (refused) return refused;
        return c.json({ coaches: (await accounts.coachesOf(who().id)).map(shown) });
      });
      app.post("/api/team/coaches", async (c) => {
        const refused = onlyFor(c, "candidate");
        if (refused) return refused;
        const { coach } = validate(shareWith, await readJson(c), "body");
        return c.json({ sharedWith: shown(await accounts.share(who(), coach, opts.clock())) });
      });
      app.delete("/api/team/coaches/:coach", async (c) => {
        const refused = onlyFor(c, "candidate");
        if (refused) return refused;
        const coach = Number(c.req.param("coach"));
        if (!Number.isSafeInteger(coach) || !(await accounts.unshare(who().id, coach))) {
          return c.json(
            errorBody("not-found", "your search is not shared with that coach", []),
            404,
          );
        }
        return c.json({ stopped: true });
      });
      app.get("/api/team/candidates", async (c) => {
        const refused = onlyFor(c, "coach");
        if (refused) return refused;
        return c.json({ candidates: (await accounts.candidatesOf(who())).map(shown) });
      });

      // A coach's view across the candidates sharing with them (filters: ?stage=, and for a
      // lead coach ?coach=ID), kept per coach and filters while the database says that all
      // it shows is unchanged (see PostgresDatabase.coachHead), and the minute (the coach's
      // own, see minuteOf).
      const coachViews = new KeptAnswers();
      app.get("/api/team/agenda", async (c) => {
        const refused = onlyFor(c, "coach");
        if (refused) return refused;
        const now = opts.clock();
        const stage = c.req.query("stage") || undefined;
        const coachedBy = coachFilter(c.req.query("coach"));
        const whose = coachViewOf(who().id, stage, coachedBy);
        const key = await opts.database.coachHead(who().id, coachedBy);
        const json = await coachViews.answer(whose, key, now, () =>
          coachAgenda(who(), { now, stage, coachedBy }),
        );
        return coachViews.response(c, whose, json);
      });
      const coachAgenda = async (
        coach: Account,
        filters: { now: number; stage?: string | undefined; coachedBy?: number | undefined },
      ): Promise<CoachView> => {
        const { now } = filters;
        const { coachSettings, candidates } = await coachView({
          database: opts.database,
          accounts,
          coach,
          dataDir: opts.dataDir,
          fallbackZone: opts.fallbackZone,
          first: FIRST_DUE,
          ...filters,
        });
        const mine = await createContext({
          store,
          stored: coachSettings,
          now,
          fallbackZone: opts.fallbackZone,
          source: "web",
        });
        const v = { now, zone: userZone(mine) };
        return {
          nowText: dateText(v, now),
          zone: v.zone,
          candidates: candidates.map((o) => coachCandidateView(v, o)),
        };
      };

      // A shared candidate's Today and applications as they see them (their zone), read-only;
      // kept per coach and candidate while the candidate shares, their log and settings are
      // unchanged (read as the coach), and the minute (the coach's own, see minuteOf).
      const notShared = (c: Context) =>
        c.json(errorBody("not-found", "no candidate of yours has that number", []), 404);
      const sharedView = (compute: (ctx: OpContext) => Promise<unknown>) => {
        const kept = new KeptAnswers();
        return async (c: Context) => {
          const id = Number(c.req.param("id"));
          const coach = who().id;
          const head =
            who().role === "coach" && Number.isSafeInteger(id)
              ? await opts.database.sharedHead(coach, id)
              : undefined;
          if (!head) return notShared(c);
          const now = opts.clock();
          const whose = `${coach}|${id}`;
          const json = await kept.answer(whose, headKey(head), now, async () =>
            compute(
              await candidateContext({
                database: opts.database,
                candidate: id,
                coach,
                dataDir: opts.dataDir,
                now,
                fallbackZone: opts.fallbackZone,
                stored: head.settings,
              }),
            ),
          );
          return kept.response(c, whose, json);
        };
      };
      const asTheySeeIt = (ctx: OpContext) => ({ now: ctx.now, zone: userZone(ctx) });
      app.get(
        "/api/team/candidates/:id/applications",
        sharedView(async (ctx): Promise<ApplicationSummary[]> => {
          const { applications } = await listApplications(ctx);
          return applications.map((s) => summaryView(asTheySeeIt(ctx), s));
        }),
      );
      app.get(
        "/api/team/candidates/:id/today",
        sharedView(async (ctx): Promise<TodayView> => {
          const planned = await agenda(ctx, {});
          return todayView(asTheySeeIt(ctx), {
            actions: planned.actions,
            applications: await applicationCount(ctx),
            later: planned.later,
            unreadable: planned.unreadable,
          });
        }),
      );
    },
  };
}
