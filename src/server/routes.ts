/**
 * The API's routes. Each one calls an operation of src/ops (the same ones the CLI runs),
 * then shapes the result for the web UI with ./views. `/api/ops/{name}` offers every
 * operation as it is, for scripts.
 */
import { readFile } from "node:fs/promises";
import type { Context } from "hono";
import { z } from "zod";
import { HearbackError } from "../core/errors.js";
import type { AppState } from "../core/fold.js";
import { ACTION_KINDS, VARIANTS } from "../core/types.js";
import { exportStoredCalendar, feedToken, rotateFeedToken } from "../ops/calendar.js";
import { describeChanges } from "../ops/changes.js";
import type { Store, StoredEvent } from "../ops/data-folder.js";
import { demoTimeline } from "../ops/demo.js";
import { type Drafted, draftEml, draftStored } from "../ops/draft.js";
import { foldAll, loadReadReply } from "../ops/engine.js";
import {
  createContext,
  type OpContext,
  type OpInput,
  type OpName,
  type OpOutput,
  ops,
  runOp,
  userZone,
} from "../ops/index.js";
import { isSupportedInstant, momentProblem, parseDateTime } from "../time/index.js";
import type { ApplicationSummary, TodayView } from "./api-types.js";
import { type RouteDef, readJson } from "./http.js";
import { applicationView, readingView, summaryView, todayView, type ViewContext } from "./views.js";

const draftRequest = z
  .object({
    app: z.string().min(1),
    kind: z.enum(ACTION_KINDS),
    to: z.string().optional(),
    round: z.number().int().positive().optional(),
    variant: z.enum(VARIANTS).optional(),
  })
  .strict();

const emlRequest = draftRequest.extend({
  subject: z.string().trim().min(1, "must not be empty").max(1000),
  body: z.string().max(100_000),
});

export interface RouteDeps {
  readonly store: Store;
  readonly clock: () => number;
  readonly fallbackZone: string;
  readonly demoFile?: string | undefined;
}

/** Who the store records as the author of the web UI's changes. */
const SOURCE = "web";

export function apiRoutes(deps: RouteDeps): RouteDef[] {
  const context = (): Promise<OpContext> =>
    createContext({
      store: deps.store,
      now: deps.clock(),
      fallbackZone: deps.fallbackZone,
      source: SOURCE,
    });
  const view = (ctx: OpContext): ViewContext => ({ now: ctx.now, zone: userZone(ctx) });
  const run = <N extends OpName>(ctx: OpContext, name: N, input: unknown) =>
    runOp(ctx, name, input as OpInput<N>) as Promise<OpOutput<N>>;
  /** The body of a route under /applications/:app, with the app taken from the path. */
  const withApp = (c: Context, body: unknown) => ({
    ...(body as object),
    app: c.req.param("app"),
  });

  /** A route that records something about one application, then answers with its page. */
  const record = (
    path: string,
    name: "logInterview" | "logSent" | "logReply" | "setStatus" | "addNote" | "dismissAction",
    summary: string,
  ): RouteDef => ({
    method: "post",
    path: `/applications/:app/${path}`,
    summary,
    tag: "applications",
    bodyDoc: ops[name].input,
    handler: async (c) => {
      const ctx = await context();
      const result = await run(ctx, name, withApp(c, await jsonBody(c)));
      return {
        app: result.app,
        entry: result.entry.id,
        /** What it did to the pending actions, in sentences, times in the user's zone. */
        changes: describeChanges(result.changes, userZone(ctx), ctx.now),
      };
    },
  });

  const todayCache = new LastAnswer();
  const listCache = new LastAnswer();

  const routes: RouteDef[] = [
    {
      method: "get",
      path: "/today",
      summary: "Overdue, today's and coming actions, with reasons and dates in your zone",
      tag: "today",
      handler: async (c) => {
        const ctx = await context();
        return todayCache.answer(c, await freshness(ctx), async (): Promise<TodayView> => {
          const agenda = await run(ctx, "agenda", {});
          const applications = (await ctx.store.appIds()).length;
          return todayView(view(ctx), {
            actions: agenda.actions,
            applications,
            later: agenda.later,
          });
        });
      },
    },
    {
      method: "get",
      path: "/applications",
      summary: "Every application with its stage and next step",
      tag: "applications",
      handler: async (c) => {
        const ctx = await context();
        return listCache.answer(
          c,
          await freshness(ctx),
          async (): Promise<ApplicationSummary[]> => {
            const { applications } = await run(ctx, "listApplications", {});
            const v = view(ctx);
            return applications.map((s) => summaryView(v, s));
          },
        );
      },
    },
    {
      method: "post",
      path: "/applications",
      summary: "Add an application",
      tag: "applications",
      bodyDoc: ops.addApplication.input,
      handler: async (c) => {
        const ctx = await context();
        const r = await run(ctx, "addApplication", await jsonBody(c));
        return { app: r.app, entry: r.entry.id };
      },
    },
    {
      method: "get",
      path: "/applications/:app",
      summary: "One application: timeline, interviews, contacts and next actions",
      tag: "applications",
      handler: async (c) => {
        const ctx = await context();
        const r = await run(ctx, "showApplication", { app: c.req.param("app") });
        return applicationView(view(ctx), {
          events: r.events,
          actions: r.actions,
          stage: r.summary?.stage ?? null,
          state: await stateOf(ctx, r.events),
        });
      },
    },
    record("interviews", "logInterview", "Log an interview (past or scheduled)"),
    record("sent", "logSent", "Record a message, card or call you sent"),
    record("replies", "logReply", "Record a reply; your signal and dates win over the gauge's"),
    record("status", "setStatus", "Record where the application stands"),
    record("notes", "addNote", "Add a note to the application's timeline"),
    record("dismiss", "dismissAction", "Drop a missed action, or acknowledge advice to let go"),
    {
      method: "post",
      path: "/gauge",
      summary: "Read a reply without storing it: signal, evidence, decision and return dates",
      tag: "gauge",
      body: z
        .object({
          text: z.string().max(100_000, "at most 100,000 characters"),
          app: z.string().optional(),
          received: z.string().optional(),
        })
        .strict(),
      handler: async (_c, { body }) => {
        const ctx = await context();
        const { text, received } = body as { text: string; received?: string };
        // Without an offset, on the user's clock (as the CLI reads it), not the server's.
        const receivedMs =
          received === undefined ? ctx.now : parseDateTime(received, userZone(ctx));
        if (receivedMs === null || !isSupportedInstant(receivedMs)) {
          const problem = momentProblem("body.received", String(received), "2026-11-18T11:02");
          throw new HearbackError("bad-input", problem, [problem]);
        }
        const zone = userZone(ctx);
        const readReply = await loadReadReply(await ctx.store.timeline(), zone);
        const reading = readReply(text, { receivedMs, zone });
        return readingView(view(ctx), reading);
      },
    },
    {
      method: "post",
      path: "/drafts",
      summary: "The draft of one planned action (as listed by /today or an application's page)",
      tag: "drafts",
      body: draftRequest,
      handler: async (_c, { body }) => {
        const { draft: d, mailto } = await draftFor(
          await context(),
          body as z.infer<typeof draftRequest>,
        );
        return {
          to: d.to ?? undefined,
          subject: d.subject ?? "",
          body: d.body,
          mailto,
          sendable: d.sendable,
          card: d.card,
          phoneScript: d.phoneScript,
          note: d.note,
          placeholders: d.placeholders,
        };
      },
    },
    {
      method: "post",
      path: "/drafts/eml",
      summary: "An edited draft as an .eml file to open in a mail program",
      tag: "drafts",
      body: emlRequest,
      handler: async (_c, { body }) => {
        const ctx = await context();
        const { subject, body: text, ...want } = body as z.infer<typeof emlRequest>;
        // The user's edits replace the drafted subject and text; the rest stays the draft's.
        const { draft: d } = await draftFor(ctx, want);
        const { filename, eml } = await draftEml({
          draft: { ...d, subject, body: text },
          settings: ctx.settings,
          now: ctx.now,
        });
        return { filename, eml: eml.toString("utf8") };
      },
    },
    {
      method: "post",
      path: "/calendar",
      summary:
        "The address of your calendar feed (made on first use); `rotate: true` makes a new one",
      tag: "calendar",
      body: z.object({ rotate: z.boolean().default(false) }).strict(),
      handler: async (c, { body }) => {
        const { rotate } = body as { rotate: boolean };
        const token = rotate ? await rotateFeedToken(deps.store) : await feedToken(deps.store);
        const url = new URL(`/calendar.ics?token=${token}`, c.req.url).toString();
        return { url, webcal: url.replace(/^http/, "webcal") };
      },
    },
    {
      method: "post",
      path: "/calendar/file",
      summary:
        "The calendar as a file to import (METHOD:PUBLISH); follow-ups done or dropped since an earlier file are in it as cancelled",
      tag: "calendar",
      handler: async () => {
        const ctx = await context();
        const file = await exportStoredCalendar({
          store: deps.store,
          now: ctx.now,
          fallbackZone: deps.fallbackZone,
        });
        return { filename: "hearback.ics", ...file };
      },
    },
    {
      method: "get",
      path: "/settings",
      summary: "Your settings and the policy in force",
      tag: "settings",
      handler: async () => run(await context(), "getSettings", {}),
    },
    {
      method: "put",
      path: "/settings",
      summary: "Change your settings and policy numbers",
      tag: "settings",
      bodyDoc: ops.updateSettings.input,
      handler: async (c) => run(await context(), "updateSettings", await jsonBody(c)),
    },
    {
      method: "post",
      path: "/import",
      summary: "Import a timeline (JSON Lines), all or nothing",
      tag: "timeline",
      bodyDoc: ops.importTimeline.input,
      handler: async (c) => {
        const r = await run(await context(), "importTimeline", await jsonBody(c));
        return { events: r.imported, applications: r.applications.length };
      },
    },
    {
      method: "get",
      path: "/export",
      summary: "The whole timeline as JSON Lines (a download)",
      tag: "timeline",
      produces: "application/x-ndjson",
      handler: async (c) => {
        const { events } = await run(await context(), "exportTimeline", {});
        const text = events.map((e) => JSON.stringify(e)).join("\n");
        c.header("Content-Disposition", 'attachment; filename="hearback-timeline.jsonl"');
        return c.body(text ? `${text}\n` : "", 200, {
          "Content-Type": "application/x-ndjson; charset=utf-8",
        });
      },
    },
    {
      method: "post",
      path: "/undo",
      summary: "Take back the last thing recorded",
      tag: "timeline",
      handler: async () => {
        const r = await run(await context(), "undo", {});
        return { undone: r.undone.length };
      },
    },
    {
      method: "post",
      path: "/demo",
      summary: "Load the demo job search (only into an empty store)",
      tag: "timeline",
      handler: async () => {
        const ctx = await context();
        if (!deps.demoFile) throw new HearbackError("not-found", "there is no demo to load");
        if ((await ctx.store.appIds()).length > 0) {
          throw new HearbackError(
            "conflict",
            "the demo loads only when nothing is stored yet (your data stays as it is)",
          );
        }
        const text = await readFile(deps.demoFile, "utf8").catch(() => {
          throw new HearbackError("not-found", `the demo file is missing: ${deps.demoFile}`);
        });
        const r = await run(ctx, "importTimeline", {
          text: demoTimeline(text, ctx.now, userZone(ctx)),
          name: "demo.jsonl",
        });
        return { events: r.imported, applications: r.applications.length };
      },
    },
  ];

  // Every operation as it is: GET for those that only read (input as ?input=JSON), POST for all.
  for (const [name, op] of Object.entries(ops) as [OpName, (typeof ops)[OpName]][]) {
    const handler: RouteDef["handler"] = async (c) => {
      const input = c.req.method === "GET" ? queryInput(c) : await jsonBody(c);
      return run(await context(), name, input);
    };
    routes.push({
      method: "post",
      path: `/ops/${name}`,
      summary: op.summary,
      tag: "operations",
      bodyDoc: op.input,
      handler,
    });
    if (!op.writes) {
      routes.push({
        method: "get",
        path: `/ops/${name}`,
        summary: `${op.summary} (input as ?input=JSON)`,
        tag: "operations",
        query: z.object({ input: z.string().optional() }),
        handler,
      });
    }
  }
  return routes;
}

const jsonBody = readJson;

/**
 * What an agenda depends on: every write to the store (from this server, the CLI or an
 * import: each adds a log entry, undo and corrections included), the settings, and the
 * minute it is. Two requests with the same key get the same answer.
 */
async function freshness(ctx: OpContext): Promise<string> {
  const [last] = await ctx.store.log({ limit: 1 });
  return `${last?.id ?? 0}|${JSON.stringify(ctx.settings)}|${Math.floor(ctx.now / 60_000)}`;
}

/**
 * Keeps the last answer of a derived view, as JSON text, for as long as its key holds.
 * Planning 1,000 applications takes tens of milliseconds; the UI asks for the same agenda
 * again and again between changes, so it is computed once per change (or per minute).
 */
class LastAnswer {
  private key: string | undefined;
  private json: Promise<string> | undefined;

  async answer(c: Context, key: string, compute: () => Promise<unknown>): Promise<Response> {
    if (key !== this.key || this.json === undefined) {
      this.key = key;
      const json = compute().then((v) => JSON.stringify(v));
      this.json = json;
      // A failure is not kept: the next request computes again.
      json.catch(() => {
        if (this.json === json) this.json = undefined;
      });
    }
    return c.body(await this.json, 200, { "Content-Type": "application/json; charset=UTF-8" });
  }
}

/** The draft of the planned action a request names (it must still be planned). */
async function draftFor(ctx: OpContext, want: z.infer<typeof draftRequest>): Promise<Drafted> {
  const { drafts } = await draftStored(ctx, { ...want, to: want.to ?? null });
  return drafts[0]!;
}

/** The folded state of one application's events, folded the way the operations fold. */
async function stateOf(ctx: OpContext, events: readonly StoredEvent[]): Promise<AppState> {
  const [state] = await foldAll({
    events: events.map((e) => e.event),
    log: () => ctx.store.timeline(),
    settings: ctx.settings,
    fallbackZone: ctx.fallbackZone,
  });
  if (!state) throw new Error("stateOf: no application event");
  return state;
}

function queryInput(c: Context): unknown {
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
