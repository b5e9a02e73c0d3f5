/**
 * Reading a reply without storing it (the web app's "what does this reply mean?"): the
 * gauge as the plan uses it, taught by the replies the user labelled.
 */
import { HearbackError } from "../core/errors.js";
import type { ReplyReading } from "../core/types.js";
import { replyText } from "../integrations/html-text.js";
import { isSupportedInstant, momentProblem, parseDateTime } from "../time/index.js";
import { type OpContext, TO_PLAN, userZone } from "./context.js";
import { loadReadReply } from "./engine.js";

export async function gaugeText(
  ctx: OpContext,
  input: {
    readonly text: string;
    /** When it arrived: ISO 8601, without an offset on the user's clock; default: now. */
    readonly received?: string | undefined;
    /** How the field is named in messages. */
    readonly field?: string;
  },
): Promise<ReplyReading> {
  const zone = userZone(ctx);
  const receivedMs = input.received === undefined ? ctx.now : parseDateTime(input.received, zone);
  if (receivedMs === null || !isSupportedInstant(receivedMs)) {
    const problem = momentProblem(
      input.field ?? "received",
      String(input.received),
      "2026-11-18T11:02",
    );
    throw new HearbackError("bad-input", problem, [problem]);
  }
  const readReply = await loadReadReply(await ctx.store.timeline(TO_PLAN), zone);
  // HTML pasted into the reply box is read as its text, as logReply stores it.
  return readReply(await replyText(input.text), { receivedMs, zone });
}
