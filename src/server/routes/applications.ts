/** The Today page and the applications: the agenda, the list, one application, recording. */
import type { Context } from "hono";
import { describeChanges } from "../../ops/changes.js";
import { type OpContext, ops, userZone } from "../../ops/index.js";
import { applicationCount, appState } from "../../ops/read.js";
import type { ApplicationSummary, InsightsView, TodayView } from "../api-types.js";
import type { RouteDef } from "../http.js";
import { applicationView, summaryView, todayView } from "../views.js";
import { headKey, KeptAnswers } from "./kept.js";
import { jsonBody, type RouteKit } from "./kit.js";

/** The Today page: what to do, overdue first. */
export function todayRoutes(kit: RouteKit): RouteDef[] {
  const { run, view } = kit;
  return [
    {
      method: "get",
      path: "/today",
      summary: "Overdue, today's and coming actions, with reasons and dates in your zone",
      tag: "today",
      handler: keptView(kit, async (ctx): Promise<TodayView> => {
        const agenda = await run(ctx, "agenda", {});
        return todayView(view(ctx), {
          actions: agenda.actions,
          applications: await applicationCount(ctx),
          later: agenda.later,
          unreadable: agenda.unreadable,
        });
      }),
    },
  ];
}

/** The Insights page: the `insights` operation's numbers, kept between changes as Today's are. */
export function insightsRoutes(kit: RouteKit): RouteDef[] {
  return [
    {
      method: "get",
      path: "/insights",
      summary: "Your search in numbers, as the Insights page shows them (hearback stats)",
      tag: "today",
      handler: keptView(kit, async (ctx): Promise<InsightsView> => {
        // The page does not list the answered messages (hundreds in a long search).
        const { answered: _, ...shown } = await kit.run(ctx, "insights", {});
        return shown;
      }),
    },
  ];
}

export function applicationRoutes(kit: RouteKit): RouteDef[] {
  const { context, run, view } = kit;
  return [
    {
      method: "get",
      path: "/applications",
      summary: "Every application with its stage and next step",
      tag: "applications",
      handler: keptView(kit, async (ctx): Promise<ApplicationSummary[]> => {
        const { applications } = await run(ctx, "listApplications", {});
        const v = view(ctx);
        return applications.map((s) => summaryView(v, s));
      }),
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
 * A view derived from the store, answered from the account's kept answer while what it
 * depends on holds: every write to the store (from this server, the CLI or an import; undo
 * and corrections included), the settings, and the minute it is (on a team server, each
 * person's own minute: see minuteOf). Two requests with the same key get the same answer.
 */
function keptView(kit: RouteKit, compute: (ctx: OpContext) => Promise<unknown>) {
  const kept = kit.deps.whose ? new KeptAnswers() : KeptAnswers.ofOnePerson();
  return async (c: Context): Promise<Response> => {
    const head = await kit.deps.store.head();
    const ctx = await kit.context(head.settings);
    const whose = kit.whose();
    const json = await kept.answer(whose, headKey(head), ctx.now, () => compute(ctx));
    return kept.response(c, whose, json);
  };
}
