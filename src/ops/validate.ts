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
 * again: an import adds new applications.
 */
export function parseTimelineFile(
  text: string,
  opts: { readonly name: string; readonly zone: string; readonly knownApps: readonly string[] },
): ParsedTimeline {
  const parsed = coreParseTimeline(text, { file: opts.name, defaultZone: opts.zone });
  const known = new Set(opts.knownApps);
  // An event of an application that is stored already reads, to the parser, as one
  // before its application; say what is really the matter.
  const problems = parsed.problems.map((p) => {
    const m = /^(.*?): (\w+)\.app: no application ("(?:[^"\\]|\\.)*") before this line/.exec(p);
    if (!m || !known.has(JSON.parse(m[3]!) as string)) return p;
    const command = COMMAND_OF[m[2]!];
    return `${m[1]}: ${m[2]}.app: ${m[3]} is stored already; an import adds new applications with all their events${command ? ` (record this one with: hearback ${command})` : ""}`;
  });
  parsed.events.forEach((event, i) => {
    if (event.type === "application" && known.has(event.app)) {
      problems.push(
        `${opts.name}:${parsed.lines[i]}: application.app: ${JSON.stringify(event.app)} is already stored (import adds new applications)`,
      );
    }
  });
  problems.sort((a, b) => lineOf(a) - lineOf(b));
  return { events: parsed.events, problems };
}

function lineOf(problem: string): number {
  const m = /:(\d+): /.exec(problem);
  return m ? Number(m[1]) : 0;
}
