/**
 * follow-up-after-application: applied, no interview and no reply. One polite note after
 * `followUpAfterApplicationBusinessDays`; once it has gone out, as long again without an
 * answer and the advice is to let go. Any reply (an auto-reply aside) ends the rule: the
 * conversation has started, and the interview rules take over once one is booked.
 */
import { atWallMinutes } from "../../time/index.js";
import type { AppState, Touch } from "../fold.js";
import {
  type Ctx,
  day,
  dayOf,
  EMAIL_OR_LINKEDIN,
  holdsUntil,
  NO_CHANNEL,
  plural,
  touchWindow,
  upTo,
} from "./context.js";
import { emit } from "./emit.js";
import { spacingFloorDay } from "./spacing.js";

export function followUpAfterApplication(ctx: Ctx): void {
  const { s, policy, cal, now } = ctx;
  if (s.saved || s.appliedMs === null || s.appliedMs > now) return;
  const applied = s.appliedMs;
  for (const r of s.replies) {
    if (r.atMs >= applied && r.atMs <= now && r.signal !== "out-of-office") return;
  }
  const touches = upTo(s.touches, now);
  let note: Touch | undefined;
  for (const t of touches) {
    if (t.atMs >= applied && (t.kind === "check-in" || t.kind === "value-add")) note ??= t;
  }
  const wait = policy.followUpAfterApplicationBusinessDays;
  const appliedDay = dayOf(ctx, applied);
  if (note === undefined) {
    const floor = spacingFloorDay(ctx, touches, null);
    const w = touchWindow(ctx, Math.max(cal.addBusinessDaysToDay(appliedDay, wait), floor.day));
    emit(ctx, {
      kind: "check-in",
      rule: "follow-up-after-application",
      from: w.from,
      by: w.by,
      to: applicationContact(s),
      channels: EMAIL_OR_LINKEDIN,
      round: undefined,
      variant: undefined,
      assumption: false,
      floating: false,
      reason: `You applied on ${day(appliedDay)} and have heard nothing; ${plural(wait, "business day")} on, one short, polite note asking where things stand.`,
    });
    return;
  }
  const giveUp = atWallMinutes(
    cal.addBusinessDaysToDay(dayOf(ctx, note.atMs), wait),
    ctx.workStart,
    ctx.zone,
  );
  if (giveUp > now) holdsUntil(ctx, giveUp);
  const sent = day(dayOf(ctx, note.atMs));
  emit(ctx, {
    kind: "let-go",
    rule: "follow-up-after-application",
    from: giveUp,
    by: Math.max(giveUp, now),
    to: undefined,
    channels: NO_CHANNEL,
    round: undefined,
    variant: undefined,
    assumption: false,
    floating: giveUp <= now,
    reason:
      giveUp <= now
        ? `Your note of ${sent} about your application got no reply; let this one go rather than write again.`
        : `Your note of ${sent} about your application got no reply yet; if none comes by ${day(dayOf(ctx, giveUp))}, let this one go rather than write again.`,
  });
}

/** Whom to write to about an application: its hiring manager, else recruiter, else first contact. */
function applicationContact(s: AppState): string | undefined {
  let recruiter: string | undefined;
  for (const c of s.contacts) {
    if (c.role === "hiring-manager") return c.name;
    if (c.role === "recruiter") recruiter ??= c.name;
  }
  return recruiter ?? s.contacts[0]?.name;
}
