/**
 * Checking events before they are stored, with the engine's own validator and parser, so
 * that stored data always reads back (src/core/timeline.ts).
 */

import { emailProblem } from "../core/email.js";
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
 * Email addresses are held to the rule the forms and the API use (src/core/email.ts); the
 * timeline's own schema does not, so that entries stored before the rule still read.
 */
export function parseTimelineFile(
  text: string,
  opts: { readonly name: string; readonly zone: string; readonly knownApps: readonly string[] },
): ParsedTimeline {
  const parsed = coreParseTimeline(text, {
    file: opts.name,
    defaultZone: opts.zone,
    stored: { apps: new Set(opts.knownApps), problem: storedProblem },
  });
  const wrong = parsed.events.flatMap((e, i) =>
    addressProblems(e).map((p) => `${opts.name}:${parsed.lines[i]}: ${p}`),
  );
  return wrong.length === 0 ? parsed : { ...parsed, problems: [...parsed.problems, ...wrong] };
}

/** `application.contacts[0].email: not an email address: ...`, for each address that is not one. */
export function addressProblems(e: TimelineEvent): string[] {
  const people =
    e.type === "application"
      ? { field: "contacts", list: e.contacts }
      : e.type === "interview"
        ? { field: "interviewers", list: e.interviewers }
        : null;
  return (people?.list ?? []).flatMap((c, k) => {
    const wrong = typeof c.email === "string" ? emailProblem(c.email) : null;
    return wrong === null ? [] : [`${e.type}.${people?.field}[${k}].email: ${wrong}`];
  });
}

function storedProblem(at: string, type: string, app: string): string {
  if (type === "application") {
    return `${at}: application.app: ${JSON.stringify(app)} is already stored (import adds new applications)`;
  }
  const command = COMMAND_OF[type];
  return `${at}: ${type}.app: ${JSON.stringify(app)} is stored already; an import adds new applications with all their events${command ? ` (record this one with: hearback ${command})` : ""}`;
}
