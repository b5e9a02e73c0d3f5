/** let-go-brush-off: the latest reply reads as a brush-off; let the opportunity go. */
import type { ReplyState } from "../fold.js";
import { type Ctx, describeReply } from "./context.js";
import { emitDueNow } from "./emit.js";

/** Plans letting go when the latest reply is a brush-off; true when it did. */
export function letGoBrushOff(ctx: Ctx, latestReal: ReplyState | undefined): boolean {
  if (latestReal?.signal !== "brush-off") return false;
  // Due "now" (the reply is never later than now): the deadline moves with the clock.
  emitDueNow(ctx, {
    kind: "let-go",
    rule: "let-go-brush-off",
    from: latestReal.atMs,
    reason: `${describeReply(ctx, latestReal)}; let this opportunity go rather than check in again.`,
  });
  return true;
}
