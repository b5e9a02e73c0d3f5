/**
 * The integrations' doorway to the engine: plan a stored log with the user's settings,
 * and check events before they are stored. Kept here, on core's public functions, so that
 * the integrations do not depend on how src/ops arranges its own.
 */
import { fold, needsGauge } from "../core/fold.js";
import { plan } from "../core/plan.js";
import { validateEvent } from "../core/timeline.js";
import type { Action, ReadReply, Settings, TimelineEvent } from "../core/types.js";

/** The gauge (and chrono-node with it), loaded only when a reply needs reading. */
export async function loadReadReply(): Promise<ReadReply> {
  return (await import("../gauge/index.js")).readReply;
}

/** Every planned action of the log as of `now`, ordered by due time. */
export async function planEvents(input: {
  readonly events: readonly TimelineEvent[];
  readonly settings: Settings;
  readonly now: number;
  readonly fallbackZone: string;
}): Promise<readonly Action[]> {
  const readReply = input.events.some(needsGauge) ? await loadReadReply() : undefined;
  const states = fold(input.events, {
    defaultZone: input.settings.timezone ?? input.fallbackZone,
    ...(input.settings.region === undefined ? {} : { defaultRegion: input.settings.region }),
    ...(readReply ? { readReply } : {}),
  });
  return plan({ states, now: input.now, settings: input.settings });
}

/** Problems with one event, each `field: message`; empty when it is valid. */
export function eventProblems(event: TimelineEvent): readonly string[] {
  return validateEvent(event).problems.map((p) => `${p.field}: ${p.message}`);
}
