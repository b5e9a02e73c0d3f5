/**
 * answer-their-question: a reply that asks something (availability, references, documents)
 * is answered within a business day, not chased with a check-in.
 */
import { atWallMinutes } from "../../time/index.js";
import { whatTheyAsk } from "../asks.js";
import type { ReplyState, Touch } from "../fold.js";
import type { Signal } from "../types.js";
import { type Ctx, checkInContact, dayOf, describeReply, EMAIL, plural } from "./context.js";
import { emit } from "./emit.js";

/** Replies that may ask something of you and wait for your answer. */
const ASKING_SIGNALS: ReadonlySet<Signal> = new Set<Signal>([
  "next-step",
  "encouraging",
  "still-deciding",
]);

/**
 * answer-their-question: when their latest reply asks something (availability, references,
 * documents) and nothing was sent since, plans your answer, due within
 * `answerWithinBusinessDays` business days, instead of a check-in. Returns true when it did.
 */
export function answerTheirQuestion(
  ctx: Ctx,
  reply: ReplyState,
  touches: readonly Touch[],
  lastIndex: number,
): boolean {
  if (!ASKING_SIGNALS.has(reply.signal)) return false;
  const n = touches.length;
  if (n > 0 && touches[n - 1]!.atMs >= reply.atMs) return false;
  const asked = whatTheyAsk(reply.text);
  if (asked === null) return false;
  const { policy, cal } = ctx;
  const within = policy.answerWithinBusinessDays;
  const replyDay = dayOf(ctx, reply.atMs);
  emit(ctx, {
    kind: "reply",
    rule: "answer-their-question",
    from: reply.atMs,
    by: atWallMinutes(cal.addBusinessDaysToDay(replyDay, within), ctx.workEnd, ctx.zone),
    to: reply.from ?? checkInContact(ctx.s, ctx.decision, lastIndex, ctx.now),
    channels: EMAIL,
    round: undefined,
    variant: undefined,
    assumption: false,
    floating: false,
    reason: `${describeReply(ctx, reply)} and asks for ${asked}; answer within ${plural(within, "business day")}, before any check-in.`,
  });
  return true;
}
