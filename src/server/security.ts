/**
 * The server's guards, in the order they run on every request:
 *
 * 1. Host check: a page on another site can point its own domain at 127.0.0.1 (DNS
 *    rebinding) and then read our answers as "same origin". Answering only requests whose
 *    Host is the address we listen on defeats that.
 * 2. Token: when the server listens beyond loopback, every request must carry the token
 *    printed at start (a cookie set by `/?token=...`, or `Authorization: Bearer ...`).
 * 3. CSRF: every state-changing request must carry the `X-Hearback` header and, when the
 *    browser says where it comes from, come from our own origin. A cross-site page cannot
 *    add a custom header without a CORS preflight, which this server never grants; hono's
 *    `csrf()` also rejects cross-site form posts.
 */
import { timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { ErrorBody } from "./api-types.js";

const CSRF_HEADER = "x-hearback";
const TOKEN_COOKIE = "hearback_token";
const LOOPBACK_NAMES = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function deny(c: Context, status: 401 | 403, code: string, message: string) {
  const body: ErrorBody = { error: { code, message, problems: [] } };
  return c.json(body, status);
}

/** The name in a Host header ("127.0.0.1:4100" -> "127.0.0.1"), or undefined if it names none. */
function hostName(header: string): string | undefined {
  try {
    return header === "" ? undefined : new URL(`http://${header}`).hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Rejects requests whose Host is not one of ours (see 1. above). Both the Host header and
 * the request target are checked: an absolute-form target (`GET http://127.0.0.1/...`)
 * makes the URL ignore the header. A request without a Host header (HTTP/1.0, or a test's
 * `app.request`) is judged by its URL; an empty one is refused.
 */
export function hostCheck(allowed: readonly string[] | "any"): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header("host");
    const named = header === undefined ? new URL(c.req.url).hostname : hostName(header);
    if (named === undefined) {
      return deny(c, 403, "forbidden", "a request must name this server in its Host header");
    }
    if (allowed !== "any") {
      for (const hostname of new Set([named, new URL(c.req.url).hostname])) {
        if (!allowed.includes(hostname)) {
          return deny(
            c,
            403,
            "forbidden",
            `this server does not answer for the host "${hostname}"`,
          );
        }
      }
    }
    await next();
  };
}

/** Fewest bits a token guarding a server beyond loopback may carry. */
export const TOKEN_BITS = 128;

/**
 * A generous estimate of a token's strength: its length times the bits of the smallest
 * alphabet it is drawn from (hex digits, base64url, or any printable character). A token
 * of fewer than 8 distinct characters ("aaaa...", "abab...") is not random: 0.
 */
export function tokenBits(token: string): number {
  if (new Set(token).size < 8) return 0;
  const alphabet = /^[0-9a-f]*$/i.test(token) ? 16 : /^[\w-]*$/.test(token) ? 64 : 95;
  return token.length * Math.log2(alphabet);
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Requires the access token on every request (see 2. above). */
export function tokenCheck(token: string): MiddlewareHandler {
  return async (c, next) => {
    const given = c.req.query("token");
    if (given !== undefined && c.req.method === "GET" && !c.req.path.startsWith("/api/")) {
      if (!same(given, token))
        return deny(c, 401, "unauthorized", "the token in the address is wrong");
      // Trade the token in the address for a cookie, and drop it from the address bar.
      setCookie(c, TOKEN_COOKIE, token, { httpOnly: true, sameSite: "Strict", path: "/" });
      return c.redirect(c.req.path, 303);
    }
    const auth = c.req.header("authorization");
    const bearer = auth?.startsWith("Bearer ") ? auth.slice(7) : undefined;
    const cookie = getCookie(c, TOKEN_COOKIE);
    if ((bearer && same(bearer, token)) || (cookie && same(cookie, token))) {
      await next();
      return;
    }
    return deny(
      c,
      401,
      "unauthorized",
      "this server needs its access token: open the address it printed at start (with ?token=...)",
    );
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Requires the custom header and a same-origin Origin on state-changing requests (see 3.). */
export function csrfHeader(): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      if (c.req.header(CSRF_HEADER) === undefined) {
        return deny(
          c,
          403,
          "forbidden",
          `a request that changes data must carry the ${CSRF_HEADER} header`,
        );
      }
      const origin = c.req.header("origin");
      if (origin !== undefined && origin !== new URL(c.req.url).origin) {
        return deny(c, 403, "forbidden", `requests from ${origin} are not accepted`);
      }
      if (c.req.header("sec-fetch-site") === "cross-site") {
        return deny(c, 403, "forbidden", "cross-site requests are not accepted");
      }
    }
    await next();
  };
}
