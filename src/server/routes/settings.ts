/** The calendar (feed address and file) and the user's settings. */
import { z } from "zod";
import { exportStoredCalendar, feedToken, rotateFeedToken } from "../../ops/calendar.js";
import { ops } from "../../ops/index.js";
import type { RouteDef } from "../http.js";
import { jsonBody, type RouteKit } from "./kit.js";

export function settingsRoutes(kit: RouteKit): RouteDef[] {
  const { context, run } = kit;
  return [
    {
      method: "post",
      path: "/calendar",
      summary:
        "The address of your calendar feed (made on first use); `rotate: true` makes a new one",
      tag: "calendar",
      body: z.object({ rotate: z.boolean().default(false) }).strict(),
      handler: async (c, { body }) => {
        const { store } = await context();
        const { rotate } = body as { rotate: boolean };
        const token = rotate ? await rotateFeedToken(store) : await feedToken(store);
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
        const { store, now, fallbackZone } = await context();
        const file = await exportStoredCalendar({ store, now, fallbackZone });
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
  ];
}
