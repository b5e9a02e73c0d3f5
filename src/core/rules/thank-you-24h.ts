/** thank-you-24h: a thank-you to each interviewer within a day of the interview's end. */
import { HOUR_MS } from "../../time/index.js";
import type { Touch } from "../fold.js";
import { type Ctx, day, dayOf, EMAIL_OR_CARD, plural } from "./context.js";
import { emit } from "./emit.js";

/**
 * One thank-you per interviewer of the last round, due within `thankYouHours` elapsed
 * hours of its end. Returns the latest dueBy planned (a touch for spacing), or null.
 */
export function thankYous(ctx: Ctx, roundIndex: number): number | null {
  const { s, policy } = ctx;
  const round = s.rounds[roundIndex]!;
  // A follow-up sent since the round began means the user moved on: no late thank-you.
  let thankedAny = false;
  for (const t of s.touches) {
    if (t.atMs < round.atMs || t.atMs > ctx.now) continue;
    if (t.kind === "check-in" || t.kind === "value-add") return null;
    if (t.kind !== "thank-you") continue;
    if (t.to.length === 0) return null; // one note to the whole panel
    thankedAny = true;
  }
  const from = round.endMs;
  // Elapsed hours: 24 hours is 24 hours even on the night the clocks change.
  const by = round.endMs + policy.thankYouHours * HOUR_MS;
  const when = day(dayOf(ctx, round.atMs));
  const hours = plural(policy.thankYouHours, "hour");
  const stage = round.stage ? ` (${round.stage})` : "";
  let planned: number | null = null;
  if (round.interviewers.length === 0) {
    if (thankedAny) return null;
    emit(ctx, {
      kind: "thank-you",
      rule: "thank-you-24h",
      from,
      by,
      to: undefined,
      channels: EMAIL_OR_CARD,
      round: round.round,
      variant: undefined,
      assumption: false,
      floating: false,
      reason: `Your interview${stage} on ${when} ended without a thank-you sent; it is due within ${hours} of the end (no interviewer's name is recorded).`,
    });
    return by;
  }
  for (const person of round.interviewers) {
    if (thankedAny && thanked(s.touches, round.atMs, ctx.now, person.name)) continue;
    emit(ctx, {
      kind: "thank-you",
      rule: "thank-you-24h",
      from,
      by,
      to: person.name,
      channels: EMAIL_OR_CARD,
      round: round.round,
      variant: undefined,
      assumption: false,
      floating: false,
      reason: `${person.name} interviewed you${stage} on ${when}; a thank-you to each interviewer is due within ${hours} of the end.`,
    });
    planned = by;
  }
  return planned;
}

/** True when a thank-you sent from `since` up to `now` names `name`. */
function thanked(touches: readonly Touch[], since: number, now: number, name: string): boolean {
  for (const t of touches) {
    if (t.kind === "thank-you" && t.atMs >= since && t.atMs <= now && t.to.includes(name)) {
      return true;
    }
  }
  return false;
}
