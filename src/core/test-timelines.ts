/**
 * Small builders of timeline events for the core's tests (and the benchmarks): an
 * application "acme" in America/Denver with the US holiday calendar unless told otherwise.
 */
import { parseDateTime } from "../time/index.js";
import type { Contact, TimelineEvent } from "./types.js";

export const ZONE = "America/Denver";
export const DANA: Contact = {
  name: "Dana Lee",
  email: "dana@acme.example",
  role: "hiring-manager",
};
export const SAM: Contact = { name: "Sam Ortiz" };

type Extra = Record<string, unknown>;

export const application = (extra: Extra = {}): TimelineEvent =>
  ({
    type: "application",
    app: "acme",
    company: "Acme",
    role: "Product Manager",
    timezone: ZONE,
    region: "US",
    ...extra,
  }) as TimelineEvent;

export const interview = (at: string, extra: Extra = {}): TimelineEvent =>
  ({ type: "interview", app: "acme", at, interviewers: [DANA], ...extra }) as TimelineEvent;

export const sent = (at: string, kind: string, extra: Extra = {}): TimelineEvent =>
  ({ type: "sent", app: "acme", at, kind, to: "Dana Lee", ...extra }) as TimelineEvent;

export const reply = (at: string, extra: Extra = {}): TimelineEvent =>
  ({ type: "reply", app: "acme", at, from: "Dana Lee", ...extra }) as TimelineEvent;

export const status = (at: string, value: string): TimelineEvent =>
  ({ type: "status", app: "acme", at, status: value }) as TimelineEvent;

/** An instant from a local date-time in the test zone (or any ISO string with offset). */
export function ms(at: string, zone = ZONE): number {
  const v = parseDateTime(at, zone);
  if (v === null) throw new Error(`not a date-time: ${at}`);
  return v;
}
