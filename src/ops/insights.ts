/** The numbers of the user's job search (`hearback stats`, the Insights page), as of `ctx.now`. */
import { type Insights, insights } from "../core/insights.js";
import { businessCalendar } from "../time/business-days.js";
import { type OpContext, userZone } from "./context.js";
import { foldAll } from "./engine.js";

export type { Insights } from "../core/insights.js";

export async function jobSearchInsights(ctx: OpContext): Promise<Insights & { zone: string }> {
  const zone = userZone(ctx);
  const states = await foldAll({
    events: await ctx.store.timeline(),
    settings: ctx.settings,
    fallbackZone: ctx.fallbackZone,
  });
  const weekEnd = ctx.settings.weekEnds;
  return {
    zone,
    ...insights({ states, now: ctx.now, zone, weekEnd, calendars: businessCalendar }),
  };
}
