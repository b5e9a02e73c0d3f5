/** The timeline as a whole: import, export, undo, the demo; and every operation as it is. */
import { z } from "zod";
import { loadDemo } from "../../ops/demo.js";
import { type OpName, ops } from "../../ops/index.js";
import type { RouteDef } from "../http.js";
import { jsonBody, queryInput, type RouteKit } from "./kit.js";

export function timelineRoutes(kit: RouteKit): RouteDef[] {
  const { context, run } = kit;
  return [
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
      handler: async () => loadDemo(await context(), kit.deps.demoFile),
    },
  ];
}

/** Every operation as it is: GET for those that only read (input as ?input=JSON), POST for all. */
export function operationRoutes(kit: RouteKit): RouteDef[] {
  const routes: RouteDef[] = [];
  for (const [name, op] of Object.entries(ops) as [OpName, (typeof ops)[OpName]][]) {
    const handler: RouteDef["handler"] = async (c) => {
      const input = c.req.method === "GET" ? queryInput(c) : await jsonBody(c);
      return kit.run(await kit.context(), name, input);
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
