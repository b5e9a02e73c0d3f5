/** The Today page and the applications: the agenda, the list, one application, recording. */
import type { Context } from "hono";
import { describeChanges } from "../../ops/changes.js";
import { ops, userZone } from "../../ops/index.js";
import { applicationCount, appState, storeMark } from "../../ops/read.js";
import type { ApplicationSummary, InsightsView, TodayView } from "../api-types.js";
import type { RouteDef } from "../http.js";
import { applicationView, summaryView, todayView } from "../views.js";
import { jsonBody, type RouteKit } from "./kit.js";

/** The Today page: what to do, overdue first. */
export function todayRoutes(kit: RouteKit): RouteDef[] {
  const { context, run, view } = kit;
  const todayCache = new LastAnswer();
  return [
    {
      method: "get",
      path: "/today",
      summary: "Overdue, today's and coming actions, with reasons and dates in your zone",
      tag: "today",
      handler: async (c) => {
        const ctx = await context();
        return todayCache.answer(c, await freshness(ctx), async (): Promise<TodayView> => {
          const agenda = await run(ctx, "agenda", {});
          return todayView(view(ctx), {
            actions: agenda.actions,
            applications: await applicationCount(ctx),
            later: agenda.later,
            unreadable: agenda.unreadable,
          });
        });
      },
    },
  ];
}

/** The Insights page: the `insights` operation's numbers, kept between changes as Today's are. */
export function insightsRoutes(kit: RouteKit): RouteDef[] {
  const { context, run } = kit;
  const insightsCache = new LastAnswer();
  return [
    {
      method: "get",
      path: "/insights",
      summary: "Your search in numbers, as the Insights page shows them (hearback stats)",
      tag: "today",
      handler: async (c) => {
        const ctx = await context();
        return insightsCache.answer(c, await freshness(ctx), async (): Promise<InsightsView> => {
          // The page does not list the answered messages (hundreds in a long search).
          const { answered: _, ...shown } = await run(ctx, "insights", {});
          return shown;
        });
      },
    },
  ];
}

export function applicationRoutes(kit: RouteKit): RouteDef[] {
  const { context, run, view } = kit;
  const listCache = new LastAnswer();
  return [
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
        const r = await run(await context(), "addApplication", await jsonBody(c));
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
          state: await appState(ctx, r.events),
        });
      },
    },
    record(kit, "interviews", "logInterview", "Log an interview (past or scheduled)"),
    record(kit, "sent", "logSent", "Record a message, card or call you sent"),
    record(
      kit,
      "replies",
      "logReply",
      "Record a reply; your signal and dates win over the gauge's",
    ),
    record(kit, "status", "setStatus", "Record where the application stands"),
    record(kit, "notes", "addNote", "Add a note to the application's timeline"),
    record(
      kit,
      "dismiss",
      "dismissAction",
      "Drop a missed action, or acknowledge advice to let go",
    ),
  ];
}

/** A route that records something about one application, then says what it changed. */
function record(
  kit: RouteKit,
  path: string,
  name: "logInterview" | "logSent" | "logReply" | "setStatus" | "addNote" | "dismissAction",
  summary: string,
): RouteDef {
  return {
    method: "post",
    path: `/applications/:app/${path}`,
    summary,
    tag: "applications",
    bodyDoc: ops[name].input,
    handler: async (c) => {
      const ctx = await kit.context();
      // The application is the one in the path.
      const body = { ...((await jsonBody(c)) as object), app: c.req.param("app") };
      const result = await kit.run(ctx, name, body);
      return {
        app: result.app,
        entry: result.entry.id,
        /** What it did to the pending actions, in sentences, times in the user's zone. */
        changes: describeChanges(result.changes, userZone(ctx), ctx.now),
      };
    },
  };
}

/**
 * What an agenda depends on: every write to the store (from this server, the CLI or an
 * import), the settings, and the minute it is. Two requests with the same key get the
 * same answer.
 */
async function freshness(ctx: Parameters<typeof storeMark>[0]): Promise<string> {
  return `${await storeMark(ctx)}|${Math.floor(ctx.now / 60_000)}`;
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
