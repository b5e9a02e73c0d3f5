/**
 * A quick check of the timeline's schemas for the common case: it accepts an event only
 * when the zod schemas in ./timeline.ts would (a property test holds the two together), so
 * that the valid lines (nearly all of them) skip zod's slower walk, and any line it does not
 * accept goes through zod, which names every problem. Why: zod takes several microseconds per
 * event with nested contacts, which is most of the time of planning a large timeline.
 */
import { isValidRegion } from "../../time/business-days.js";
import { isSupportedDateOrDateTime, isSupportedDateTime, isValidZone } from "../../time/index.js";
import {
  ACTION_KINDS,
  CHANNELS,
  CONTACT_ROLES,
  SENT_KINDS,
  SIGNALS,
  STATUSES,
  VARIANTS,
} from "../types.js";

/** The longest `app` id accepted. */
export const MAX_APP_ID_LENGTH = 200;
const MAX_INTERVIEW_MINUTES = 24 * 60;

const CONTACT_ROLE_SET: ReadonlySet<unknown> = new Set(CONTACT_ROLES);
const SENT_KIND_SET: ReadonlySet<unknown> = new Set(SENT_KINDS);
const CHANNEL_SET: ReadonlySet<unknown> = new Set(CHANNELS);
const VARIANT_SET: ReadonlySet<unknown> = new Set(VARIANTS);
const SIGNAL_SET: ReadonlySet<unknown> = new Set(SIGNALS);
const STATUS_SET: ReadonlySet<unknown> = new Set(STATUSES);
const ACTION_KIND_SET: ReadonlySet<unknown> = new Set(ACTION_KINDS);

type Obj = Record<string, unknown>;

const optString = (v: unknown) => v === undefined || typeof v === "string";
const nonBlank = (v: unknown) => typeof v === "string" && v.trim().length > 0;
const optIn = (v: unknown, set: ReadonlySet<unknown>) => v === undefined || set.has(v);
const isDateTime = (v: unknown) => typeof v === "string" && isSupportedDateTime(v);
const optDateOrDateTime = (v: unknown) =>
  v === undefined || (typeof v === "string" && isSupportedDateOrDateTime(v));
const isApp = (v: unknown) =>
  typeof v === "string" && v.length >= 1 && v.length <= MAX_APP_ID_LENGTH;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function contactsOk(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (const c of v) {
    if (!isObject(c)) return false;
    if (!nonBlank(c.name)) return false;
    if (!optString(c.email) || !optString(c.phone) || !optString(c.title)) return false;
    if (!optIn(c.role, CONTACT_ROLE_SET)) return false;
  }
  return true;
}

function stringsOk(v: unknown, minLength: number): boolean {
  if (!Array.isArray(v)) return false;
  for (const s of v) if (typeof s !== "string" || s.length < minLength) return false;
  return true;
}

/** True only when the event's schema (by its `type`) accepts `o`. */
export function quickCheck(o: Obj): boolean {
  if (!isApp(o.app)) return false;
  switch (o.type) {
    case "application":
      return (
        nonBlank(o.company) &&
        nonBlank(o.role) &&
        (o.at === undefined || isDateTime(o.at)) &&
        (o.timezone === undefined || (typeof o.timezone === "string" && isValidZone(o.timezone))) &&
        (o.region === undefined || (typeof o.region === "string" && isValidRegion(o.region))) &&
        optString(o.url) &&
        contactsOk(o.contacts)
      );
    case "interview": {
      const d = o.durationMinutes;
      return (
        isDateTime(o.at) &&
        (d === undefined ||
          (typeof d === "number" && Number.isInteger(d) && d >= 1 && d <= MAX_INTERVIEW_MINUTES)) &&
        contactsOk(o.interviewers) &&
        optString(o.stage) &&
        (o.topics === undefined || stringsOk(o.topics, 0)) &&
        optString(o.notes) &&
        optDateOrDateTime(o.decisionBy)
      );
    }
    case "sent": {
      const to = o.to;
      return (
        isDateTime(o.at) &&
        SENT_KIND_SET.has(o.kind) &&
        (to === undefined || (typeof to === "string" ? to.length >= 1 : stringsOk(to, 1))) &&
        optIn(o.channel, CHANNEL_SET) &&
        optIn(o.variant, VARIANT_SET) &&
        optString(o.subject) &&
        optString(o.text)
      );
    }
    case "reply":
      return (
        isDateTime(o.at) &&
        optString(o.from) &&
        optString(o.text) &&
        optIn(o.signal, SIGNAL_SET) &&
        optDateOrDateTime(o.decisionBy) &&
        optDateOrDateTime(o.returnOn)
      );
    case "status":
      return isDateTime(o.at) && STATUS_SET.has(o.status) && optString(o.note);
    case "note":
      return isDateTime(o.at) && typeof o.text === "string";
    case "dismiss":
      return (
        isDateTime(o.at) &&
        ACTION_KIND_SET.has(o.kind) &&
        (o.to === undefined || (typeof o.to === "string" && o.to.length >= 1)) &&
        (o.dueFrom === undefined || isDateTime(o.dueFrom)) &&
        optString(o.note)
      );
    default:
      return false;
  }
}
