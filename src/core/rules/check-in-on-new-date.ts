/**
 * check-in-on-new-date: a reply named a new decision date; check in on that date, not before.
 * Spent once a check-in went out on it.
 */
import { epochDay } from "../../time/index.js";
import {
  type Ctx,
  type Due,
  day,
  dayOf,
  type FollowUpFacts,
  heardText,
  lastFollowUpDay,
  replySince,
} from "./context.js";

export function checkInOnNewDate(ctx: Ctx, a: FollowUpFacts): Due | null {
  const d = ctx.decision;
  if (d?.source !== "reply") return null;
  const dateDay = epochDay(d.date);
  const who = d.by ?? ctx.s.company;
  const gauged = d.gauged ? " (as read from their reply)" : "";
  const heard = heardText(ctx, replySince(d, a));
  const onDay = ctx.cal.onOrAfterDay(dateDay);
  const lastDay = lastFollowUpDay(ctx, a);
  if (lastDay !== null && lastDay >= onDay) return null;
  return {
    rule: "check-in-on-new-date",
    startDay: onDay,
    reason: `${who} wrote on ${day(dayOf(ctx, d.statedMs))} that they hope to decide by ${day(dateDay)}${gauged}${heard}; check in again on that date if you have not heard`,
  };
}
