/**
 * keep-in-touch: months after the final thank-you, an optional hello about future roles.
 */
import { addMonths, atWallMinutes, epochDay, fromEpochDay } from "../../time/index.js";
import type { Touch } from "../fold.js";
import { type Ctx, day, dayOf, EMAIL_OR_LINKEDIN, plural } from "./context.js";
import { emit } from "./emit.js";

/** Business days the keep-in-touch reminder's window stays open (it is low priority). */
const KEEP_IN_TOUCH_WINDOW_BUSINESS_DAYS = 10;

export function keepInTouch(
  ctx: Ctx,
  a: {
    readonly finalThanks: Touch;
    readonly touches: readonly Touch[];
    readonly to: string | undefined;
  },
): void {
  const { s, policy, cal } = ctx;
  const { finalThanks, touches, to } = a;
  const ftDay = dayOf(ctx, finalThanks.atMs);
  if (touches.some((t) => t.kind === "keep-in-touch" && t.atMs > finalThanks.atMs)) return;
  const start = cal.onOrAfterDay(
    epochDay(addMonths(fromEpochDay(ftDay), policy.keepInTouchMonths)),
  );
  emit(ctx, {
    kind: "keep-in-touch",
    rule: "keep-in-touch",
    from: atWallMinutes(start, ctx.workStart, ctx.zone),
    by: atWallMinutes(
      cal.addBusinessDaysToDay(start, KEEP_IN_TOUCH_WINDOW_BUSINESS_DAYS),
      ctx.workEnd,
      ctx.zone,
    ),
    to: finalThanks.to[0] ?? to,
    channels: EMAIL_OR_LINKEDIN,
    round: undefined,
    variant: undefined,
    assumption: false,
    floating: false,
    reason: `You thanked ${s.company} on ${day(ftDay)} after their decision; an optional hello about ${plural(policy.keepInTouchMonths, "month")} later keeps you in mind for future roles.`,
  });
}
