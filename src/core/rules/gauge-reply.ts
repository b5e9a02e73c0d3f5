/**
 * gauge-reply: the gauge can't tell how the latest reply reads. Acting on a guess could mean
 * chasing a no, so the plan asks the user and waits for their word.
 */
import type { ReplyState } from "../fold.js";
import { type Ctx, day, dayOf, SIGNAL_WORDS } from "./context.js";
import { emitDueNow } from "./emit.js";

/** Plans the question to the user when the reply needs one; true when it did. */
export function gaugeReply(ctx: Ctx, latestReal: ReplyState | undefined): boolean {
  if (!latestReal?.cantTell) return false;
  const [a, b] = latestReal.cantTell;
  const who = latestReal.from ?? ctx.s.company;
  emitDueNow(ctx, {
    kind: "read-reply",
    rule: "gauge-reply",
    from: latestReal.atMs,
    reason: `hearback can't tell how to read ${who}'s reply of ${day(dayOf(ctx, latestReal.atMs))}: it ${SIGNAL_WORDS[a]}, or it ${SIGNAL_WORDS[b]}; tell hearback which, and the plan goes on from there.`,
  });
  return true;
}
