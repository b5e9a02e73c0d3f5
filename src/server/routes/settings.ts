/** The calendar (feed address and file), the user's settings and the daily digest sent by hand. */
import { z } from "zod";
import { exportStoredCalendar, feedToken, rotateFeedToken } from "../../ops/calendar.js";
import { ops } from "../../ops/index.js";
import type { DigestMail, DigestPreview, DigestSent } from "../api-types.js";
import type { RouteDef } from "../http.js";
import { jsonBody, type RouteKit } from "./kit.js";

export function settingsRoutes(kit: RouteKit): RouteDef[] {
  const { context, run } = kit;
  return [
    ...digestRoutes(kit),
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

/**
 * The daily digest from Settings, for one person's server (team mode's jobs send each
 * account's): whether it can be sent, the mail as `hearback digest --dry-run` shows it, and
 * Send now, which sends as `hearback digest` does (once a day, whoever sent it first).
 */
function digestRoutes(kit: RouteKit): RouteDef[] {
  const { env } = kit.deps;
  if (env === undefined) return [];
  const digest = () => import("../../ops/digest.js");
  return [
    {
      method: "get",
      path: "/digest/mail",
      summary:
        "Where the daily digest would go, or why it cannot be sent (no mail server set up...)",
      tag: "settings",
      handler: async (): Promise<DigestMail> => {
        const { digestDelivery } = await digest();
        const delivery = await digestDelivery(await kit.context(), env);
        return "to" in delivery ? { to: delivery.to, problem: null } : { to: null, ...delivery };
      },
    },
    {
      method: "get",
      path: "/digest",
      summary: "Today's digest as it would be sent now (the text of hearback digest --dry-run)",
      tag: "settings",
      handler: async (): Promise<DigestPreview> => {
        const { buildDigest, digestPreview } = await digest();
        const built = await buildDigest(await kit.context());
        return { due: built.overdue.length + built.today.length, text: digestPreview(built) };
      },
    },
    {
      method: "post",
      path: "/digest/send",
      summary: "Send today's digest now, as hearback digest does (never twice a day)",
      tag: "settings",
      body: z.object({}).strict(),
      handler: async (): Promise<DigestSent> => {
        const { digestOutcomeText, sendDigest } = await digest();
        const ctx = await kit.context();
        const outcome = await sendDigest(ctx, { env, scheduled: false });
        return { status: outcome.status, message: digestOutcomeText(outcome, kit.view(ctx)) };
      },
    },
  ];
}
