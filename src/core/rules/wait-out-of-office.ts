/** wait-out-of-office: an automatic reply is not an answer; the next check-in waits for their return. */
import { epochDay } from "../../time/index.js";
import type { ReplyState } from "../fold.js";
import { type Ctx, type Due, day, dayOf, plural } from "./context.js";

/** wait-out-of-office: an auto-reply is not an answer, and the next touch waits for the return. */
export function outOfOfficeDue(
  ctx: Ctx,
  due: Due,
  latest: ReplyState | undefined,
  latestReal: ReplyState | undefined,
): Due {
  if (latest?.signal !== "out-of-office") return due;
  if (latestReal && latestReal.atMs > latest.atMs) return due;
  const { cal, policy } = ctx;
  const who = latest.from ?? ctx.s.company;
  const back = latest.returnOn === null ? null : epochDay(latest.returnOn);
  const start =
    back === null
      ? cal.addBusinessDaysToDay(dayOf(ctx, latest.atMs), policy.outOfOfficeDefaultBusinessDays)
      : cal.addBusinessDaysToDay(back, 1);
  if (start <= cal.onOrAfterDay(due.startDay)) return due;
  // A reply the gauge read as an auto-reply says so, as every gauged reading does.
  const gauged = latest.source === "gauge" ? " (as read from its text)" : "";
  const reason =
    back === null
      ? `${who}'s automatic reply of ${day(dayOf(ctx, latest.atMs))}${gauged} gives no return date; wait ${plural(policy.outOfOfficeDefaultBusinessDays, "business day")} before the next check-in`
      : `${who}'s automatic reply${gauged} says they are back on ${day(back)}; check in on the first business day after that`;
  return { rule: "wait-out-of-office", startDay: start, reason, assumption: back === null };
}
