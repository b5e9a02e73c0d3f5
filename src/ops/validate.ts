/**
 * Checking events before they are stored, with the engine's own validator and parser, so
 * that stored data always reads back (src/core/timeline.ts).
 */
import {
  parseTimeline as coreParseTimeline,
  validateEvent as coreValidateEvent,
} from "../core/timeline.js";
import type { TimelineEvent } from "../core/types.js";

export interface ParsedTimeline {
  readonly events: readonly TimelineEvent[];
  readonly problems: readonly string[];
}

/** The command that records each kind of event for a stored application. */
const COMMAND_OF: Readonly<Record<string, string>> = {
  interview: "interview",
  sent: "sent",
  reply: "reply",
  status: "status",
};

/** Problems with one event, each `field: message`; empty when it is valid. */
export function eventProblems(event: TimelineEvent): readonly string[] {
  return coreValidateEvent(event).problems.map((p) => `${p.field}: ${p.message}`);
}

/**
 * Parses a timeline file. Applications already stored (`knownApps`) may not be defined
 * again, nor given events here: an import adds new applications with all their events.
 */
export function parseTimelineFile(
  text: string,
  opts: { readonly name: string; readonly zone: string; readonly knownApps: readonly string[] },
): ParsedTimeline {
  return coreParseTimeline(text, {
    file: opts.name,
    defaultZone: opts.zone,
    stored: { apps: new Set(opts.knownApps), problem: storedProblem },
  });
}

function storedProblem(at: string, type: string, app: string): string {
  if (type === "application") {
    return `${at}: application.app: ${JSON.stringify(app)} is already stored (import adds new applications)`;
  }
  const command = COMMAND_OF[type];
  return `${at}: ${type}.app: ${JSON.stringify(app)} is stored already; an import adds new applications with all their events${command ? ` (record this one with: hearback ${command})` : ""}`;
}
