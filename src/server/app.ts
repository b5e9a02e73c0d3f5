/**
 * The HTTP server as a Hono app, without a port: `serve.ts` listens, tests call
 * `app.request()`. It offers the JSON API under /api (the same operations as the CLI,
 * from src/ops), its OpenAPI description, and the built web UI from dist/web.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { HearbackError, HTTP_STATUS } from "../core/errors.js";
import {
  databaseTooSlow,
  databaseUnreachable,
  logUnexpected,
  type Store,
} from "../ops/data-folder.js";
import type { ErrorBody } from "./api-types.js";
import { openApi, type RouteDef, readJson, validate } from "./http.js";
import { apiRoutes } from "./routes/index.js";
import { csrfHeader, hostCheck, tokenCheck } from "./security.js";
import type { TeamLayer } from "./team.js";

export interface AppOptions {
  readonly store: Store;
  /** The clock, read once per request (the core never reads it). */
  readonly clock: () => number;
  /** The built web UI (dist/web); when missing, pages say how to build it. */
  readonly webDir?: string;
  /** The demo job search offered on first run (examples/demo.jsonl). */
  readonly demoFile?: string;
  /** The zone to read times in when the settings name none (the machine's). */
  readonly fallbackZone: string;
  /** Required on every request when set (the server listens beyond loopback). */
  readonly token?: string;
  /** Host names the server answers for; default: the loopback names. */
  readonly hosts?: readonly string[] | "any";
  readonly version?: string;
  /**
   * Team mode: people sign in, and `store` stands for the signed-in account's log
   * (./team.ts). No calendar feed is offered (its secret names no account).
   */
  readonly team?: TeamLayer;
  /**
   * Where the mail settings may be (HEARBACK_SMTP_*), for Settings' digest Preview and Send
   * now; without it (team mode, whose jobs send each account's) those are not offered.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Largest request body accepted: an imported timeline of a few thousand events fits. */
const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** The Content-Security-Policy: only our own scripts, styles and connections. */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function errorBody(code: string, message: string, problems: readonly string[]): ErrorBody {
  return { error: { code, message, problems } };
}

function onError(err: Error, c: Context, opts: AppOptions) {
  if (err instanceof HearbackError) {
    return c.json(errorBody(err.code, err.message, err.problems), HTTP_STATUS[err.code]);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    const message =
      status === 413
        ? `body: larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`
        : status === 403
          ? "request refused as a possible cross-site request: send JSON (Content-Type: application/json) with the X-Hearback header, from this server's own pages"
          : err.message;
    return c.json(errorBody(status === 403 ? "forbidden" : "bad-input", message, []), status);
  }
  const unreachable = databaseUnreachable(err);
  if (unreachable || databaseTooSlow(err)) {
    // The database is down or restarting, or too busy (a statement cut off at the server's
    // limit; PostgreSQL's log names it): not a bug, and the same request may work again.
    c.header("Retry-After", "5");
    const which = opts.team ? "the team database" : "the database";
    const what = unreachable ? "cannot be reached" : "took too long to answer";
    return c.json(errorBody("unavailable", `${which} ${what}; try again in a moment`, []), 503);
  }
  // A programmer mistake: say so without leaking internals, and log it for the user.
  const where = logUnexpected(opts.store.dataDir, `${c.req.method} ${c.req.path}`, err);
  return c.json(
    errorBody(
      "failed",
      `unexpected error in hearback's server (a bug); the details are in ${where}`,
      [],
    ),
    500,
  );
}

export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  app.onError((err, c) => onError(err, c, opts));
  app.notFound((c) =>
    c.json(errorBody("not-found", `no such address: ${c.req.method} ${c.req.path}`, []), 404),
  );
  guard(app, opts);
  opts.team?.mount(app);
  mountApi(app, opts);
  mountWeb(app, opts.webDir);
  return app;
}

/** What every request passes first: safe headers, the host, the token, CSRF, body size. */
function guard(app: Hono, opts: AppOptions): void {
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: CSP,
      referrerPolicy: "no-referrer",
      // Plain HTTP on this machine: HSTS would mean nothing here, and could upset other local sites.
      strictTransportSecurity: false,
      xFrameOptions: "DENY",
      crossOriginOpenerPolicy: "same-origin",
      crossOriginResourcePolicy: "same-origin",
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  );
  app.use("*", hostCheck(opts.hosts ?? ["127.0.0.1", "localhost", "[::1]"]));
  // The calendar feed (src/ops/calendar.ts) carries its own secret in the address, as
  // calendar apps send no header or cookie; so it is answered before the server's token check.
  if (!opts.team) serveCalendarFeed(app, opts);
  if (opts.token) {
    // The calendar feed carries a secret of its own (calendar apps cannot send cookies).
    app.use("*", async (c, next) =>
      c.req.path === "/calendar.ics" ? next() : tokenCheck(opts.token!)(c, next),
    );
  }
  app.use("/api/*", csrf(), csrfHeader());
  app.use("/api/*", bodyLimit({ maxSize: MAX_BODY_BYTES }));
  // API answers are the user's data: never cached.
  app.use("/api/*", async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  });
}

function serveCalendarFeed(app: Hono, opts: AppOptions): void {
  app.get("/calendar.ics", async (c) => {
    const feed = await import("../ops/calendar.js");
    const ics = await feed.calendarFeed({
      store: opts.store,
      now: opts.clock(),
      fallbackZone: opts.fallbackZone,
      token: c.req.query("token"),
    });
    // Calendar apps poll every few minutes: an unchanged calendar is answered with 304 and no
    // body. Kept by no shared cache (the address is a secret), revalidated on every poll.
    const etag = feed.feedEtag(ics);
    c.header("ETag", etag);
    c.header("Cache-Control", "private, no-cache");
    if (feed.matchesEtag(c.req.header("If-None-Match"), etag)) return c.body(null, 304);
    return c.body(ics, 200, { "Content-Type": feed.CALENDAR_CONTENT_TYPE });
  });
}

/** The JSON API: every route of ./routes.ts, checked against its schemas, and its description. */
function mountApi(app: Hono, opts: AppOptions): void {
  const routes: readonly RouteDef[] = apiRoutes({
    store: opts.store,
    clock: opts.clock,
    fallbackZone: opts.fallbackZone,
    demoFile: opts.demoFile,
    env: opts.env,
    whose: opts.team?.whose,
  });
  for (const r of routes) {
    app.on(r.method.toUpperCase(), `/api${r.path}`, async (c) => {
      const body = r.body ? validate(r.body, await readJson(c), "body") : undefined;
      const query = r.query ? validate(r.query, c.req.query(), "query") : undefined;
      const out = await r.handler(c, { params: c.req.param(), body, query });
      return out instanceof Response ? out : c.json(out as object);
    });
  }
  const description = openApi(routes, opts.version ?? "0.1.0");
  app.get("/api/openapi.json", (c) => c.json(description as object));
  app.all("/api/*", (c) =>
    c.json(errorBody("not-found", `no such API route: ${c.req.method} ${c.req.path}`, []), 404),
  );
}

/** The web UI: files from dist/web, and index.html for every page path (client routing). */
function mountWeb(app: Hono, webDir: string | undefined): void {
  if (webDir && existsSync(join(webDir, "index.html"))) {
    app.use(
      "/assets/*",
      async (c, next) => {
        await next();
        // File names carry a content hash, so they never change.
        if (c.res.ok) c.header("Cache-Control", "public, max-age=31536000, immutable");
      },
      serveStatic({ root: webDir }),
    );
    app.use("/favicon.svg", serveStatic({ root: webDir }));
    const index = readFileSync(join(webDir, "index.html"), "utf8");
    app.get("*", (c) => {
      c.header("Cache-Control", "no-cache");
      return c.html(index);
    });
  } else {
    app.get("*", (c) =>
      c.text(
        "hearback's web UI is not built yet: run `npm run build` (or `npm start`, which builds it).\n",
        503,
      ),
    );
  }
}
