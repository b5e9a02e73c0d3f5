/**
 * What every route group shares: a fresh operations' context per request (the clock read
 * once), running an operation by name, the reader's zone for views, and reading a body.
 */
import type { Context } from "hono";
import { HearbackError } from "../../core/errors.js";
import type { SettingsRecord, Store } from "../../ops/data-folder.js";
import {
  createContext,
  type OpContext,
  type OpInput,
  type OpName,
  type OpOutput,
  runOp,
  userZone,
} from "../../ops/index.js";
import { readJson } from "../http.js";
import type { ViewContext } from "../views.js";

export interface RouteDeps {
  readonly store: Store;
  readonly clock: () => number;
  readonly fallbackZone: string;
  readonly demoFile?: string | undefined;
  /** The mail settings' environment, for the digest sent from Settings (absent in team mode). */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  /** Whose data a request reads (team mode: the signed-in account's); without it, one person's. */
  readonly whose?: (() => string) | undefined;
}

/** Who the store records as the author of the web UI's changes. */
const SOURCE = "web";

export interface RouteKit {
  readonly deps: RouteDeps;
  /**
   * The context of one request: the store, the moment it is, the user's settings (read
   * from the store unless given).
   */
  context(stored?: SettingsRecord): Promise<OpContext>;
  /** Whose data the request reads: what is kept between requests is kept per person. */
  whose(): string;
  view(ctx: OpContext): ViewContext;
  run<N extends OpName>(ctx: OpContext, name: N, input: unknown): Promise<OpOutput<N>>;
}

export function routeKit(deps: RouteDeps): RouteKit {
  return {
    deps,
    context: (stored) =>
      createContext({
        store: deps.store,
        now: deps.clock(),
        fallbackZone: deps.fallbackZone,
        source: SOURCE,
        stored,
      }),
    whose: () => deps.whose?.() ?? "",
    view: (ctx) => ({ now: ctx.now, zone: userZone(ctx) }),
    run: <N extends OpName>(ctx: OpContext, name: N, input: unknown) =>
      runOp(ctx, name, input as OpInput<N>) as Promise<OpOutput<N>>,
  };
}

export const jsonBody = readJson;

/** The operation's input given as `?input=JSON` (GET), or {} when there is none. */
export function queryInput(c: Context): unknown {
  const raw = c.req.query("input");
  if (raw === undefined || raw === "") return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new HearbackError("bad-input", "query.input: not valid JSON", [
      "query.input: not valid JSON (give the operation's input as JSON)",
    ]);
  }
}
