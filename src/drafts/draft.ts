/**
 * `draft`: the message for one planned action, in the right tone, from what hearback knows.
 *
 * Pure: the action, the application's state, the user's settings, `now` and the templates
 * are all arguments. The same input gives the same draft, byte for byte.
 */
import { HearbackError } from "../core/errors.js";
import type { AppState, InterviewRound } from "../core/fold.js";
import { givenName, sameName, spokenName } from "../core/names.js";
import type {
  Action,
  ActionKind,
  Channel,
  Contact,
  RuleId,
  Settings,
  Variant,
} from "../core/types.js";
import { dateInZone, showTimeBeside } from "../time/index.js";
import { assignPhrasings } from "./choose.js";
import { conversation } from "./conversation.js";
import { FIELD_PLACEHOLDERS, FIELDS, type FieldValues } from "./fields.js";
import {
  builtInTemplates,
  type Phrasing,
  renderPhrasing,
  type TemplateName,
  type TemplateSet,
} from "./templates.js";
import { namesPhrase, proseDay, relativeDay, topicPhrase } from "./words.js";

/** How the user delivers a draft: a message channel, in person (ask-timeline), or not at all. */
export type DraftChannel = Channel | "in-person" | "none";

export interface DraftRecipient {
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
  readonly title?: string;
}

export interface Draft {
  readonly app: string;
  readonly company: string;
  readonly kind: ActionKind;
  /** For value-add: article or achievement. */
  readonly variant?: Variant;
  readonly rule: RuleId;
  /** Why hearback planned it (the action's reason). */
  readonly reason: string;
  readonly dueBy: string;
  /** The suggested channel: the action's first. */
  readonly channel: DraftChannel;
  /**
   * False for what is not a message: the ask-timeline reminder (said in person) and the
   * let-go note (to the user). Those have no subject, .eml or mailto link.
   */
  readonly sendable: boolean;
  /** Who it is for; null when hearback knows nobody to address (or for let-go). */
  readonly to: DraftRecipient | null;
  /** The email's subject; null when the draft is not an email. */
  readonly subject: string | null;
  /** The email's text; for ask-timeline the question to ask, for let-go the note to the user. */
  readonly body: string;
  /** Thank-you: the same thanks, short enough for a handwritten card. */
  readonly card?: string;
  /** Check-in: what to say on the phone (and on voicemail). */
  readonly phoneScript?: string;
  /** Ask-timeline: what to do with the answer. */
  readonly note?: string;
  /** Facts the draft needed and hearback did not have, as they stand in the text. */
  readonly placeholders: readonly string[];
  /** Which phrasing each part came from ("check-in#2", or the user's template file). */
  readonly phrasings: readonly string[];
}

export interface DraftInput {
  readonly action: Action;
  readonly state: AppState;
  readonly settings: Settings;
  /** Epoch milliseconds. */
  readonly now: number;
  /** The templates to use; the built-in phrasings when absent (see `templateSet`). */
  readonly templates?: TemplateSet;
}

/**
 * Drafts the message for one action.
 *
 * - thank-you: email + handwritten card, to the action's interviewer, naming the role, the
 *   company and a topic of that interview when one is known;
 * - ask-timeline: the question to ask at the end of the next interview + what to record;
 * - check-in: email + phone script; value-add: article or achievement email;
 * - final-thanks, keep-in-touch: email;
 * - let-go: no message (`sendable: false`): a kind note to the user saying why to stop.
 *
 * @example
 * const d = draft({ action, state, settings: { name: "Ann Smith" }, now });
 * d.subject // "Thank you for your time, Dana"
 * d.placeholders // [] when every needed fact is known
 */
export function draft(input: DraftInput): Draft {
  const { action, state, settings, now } = input;
  const templates = input.templates ?? builtInTemplates();
  if (action.app !== state.app) {
    throw new Error(`draft: action is for "${action.app}" but the state is "${state.app}"`);
  }
  const recipient = action.kind === "let-go" ? null : recipientOf(action, state, now);
  const interview = interviewFor(action, state, recipient, now);
  const values = fieldValues({ action, state, settings, now, recipient, interview });

  const person = recipient?.name ?? "";
  const pick = (name: TemplateName): Phrasing => {
    const pool = templates[name];
    const index =
      action.kind === "thank-you"
        ? thankYouIndex({ state, name, size: pool.length, interview, person })
        : repeatIndex({ action, state, name, size: pool.length, person, now });
    return pool[index] ?? pool[0]!;
  };

  const used: Phrasing[] = [];
  const render = (name: TemplateName) => {
    const p = pick(name);
    used.push(p);
    return renderPhrasing(p, values);
  };

  const base = {
    app: action.app,
    company: action.company,
    kind: action.kind,
    ...(action.variant ? { variant: action.variant } : {}),
    rule: action.rule,
    reason: action.reason,
    dueBy: action.dueBy,
  };
  let result: Omit<Draft, "placeholders" | "phrasings">;
  switch (action.kind) {
    case "thank-you": {
      const email = render("thank-you");
      const card = render("thank-you.card");
      result = {
        ...base,
        ...message(action, recipient, email),
        card: card.text,
      };
      break;
    }
    case "check-in": {
      if (action.rule === "follow-up-after-application") {
        result = { ...base, ...message(action, recipient, render("check-in.application")) };
        break;
      }
      const email = render("check-in");
      const phone = render("check-in.phone");
      result = { ...base, ...message(action, recipient, email), phoneScript: phone.text };
      break;
    }
    case "value-add": {
      const email = render(
        action.variant === "achievement" ? "value-add.achievement" : "value-add.article",
      );
      result = { ...base, ...message(action, recipient, email) };
      break;
    }
    case "final-thanks":
    case "keep-in-touch":
    case "reply": {
      result = { ...base, ...message(action, recipient, render(action.kind)) };
      break;
    }
    case "ask-timeline": {
      const question = render("ask-timeline");
      const note = render("ask-timeline.note");
      result = {
        ...base,
        channel: "in-person",
        sendable: false,
        // Whom to ask, when the plan says; nothing is sent to them.
        to: recipient,
        subject: null,
        body: question.text,
        note: note.text,
      };
      break;
    }
    case "let-go":
    case "read-reply": {
      // Nothing to send. For read-reply the user tells hearback how the reply reads, as the
      // reason says.
      result = {
        ...base,
        channel: "none",
        sendable: false,
        to: null,
        subject: null,
        body: action.kind === "let-go" ? render("let-go").text : action.reason,
      };
      break;
    }
    default: {
      const never: never = action.kind;
      throw new HearbackError("bad-input", `kind: no draft for "${String(never)}"`, [
        `kind: no draft for "${String(never)}"`,
      ]);
    }
  }
  const texts = [result.subject, result.body, result.card, result.phoneScript, result.note];
  const known = [...FIELD_PLACEHOLDERS, ...used.flatMap((p) => p.literalPlaceholders)];
  return Object.freeze({
    ...result,
    placeholders: Object.freeze(placeholdersIn(texts, known)),
    phrasings: Object.freeze(used.map((p) => p.id)),
  });
}

function message(
  action: Action,
  recipient: DraftRecipient | null,
  email: { subject: string | null; text: string },
) {
  return {
    channel: action.channels[0] ?? ("email" as const),
    sendable: true,
    to: recipient,
    subject: email.subject,
    body: email.text,
  };
}

/** The placeholders that stand in the texts, in order of first appearance. */
function placeholdersIn(
  texts: readonly (string | null | undefined)[],
  known: readonly string[],
): string[] {
  const found: { p: string; at: number }[] = [];
  const all = texts.filter((t): t is string => typeof t === "string").join("\n\u0000\n");
  for (const p of new Set(known)) {
    const at = all.indexOf(p);
    if (at >= 0) found.push({ p, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.p);
}

/* ------------------------------------------------------------------ who */

/** Every contact the state knows, the application's first, then each interview's. */
function allContacts(state: AppState): Contact[] {
  const out: Contact[] = [];
  const add = (c: Contact) => {
    const i = out.findIndex((o) => sameName(o.name, c.name));
    if (i < 0) out.push(c);
    else out[i] = { ...c, ...out[i] }; // the first mention wins, later ones fill gaps
  };
  for (const c of state.contacts) add(c);
  for (const iv of state.rounds) for (const c of iv.interviewers) add(c);
  return out;
}

function recipientFromContact(c: Contact): DraftRecipient {
  return {
    name: c.name,
    ...(c.email ? { email: c.email } : {}),
    ...(c.phone ? { phone: c.phone } : {}),
    ...(c.title ? { title: c.title } : {}),
  };
}

/**
 * Who the message is for: the action's contact when it names one; otherwise (a check-in
 * is to the employer, not to one interviewer) the person who last wrote back, else the
 * one who gave the decision date, else the hiring manager, else the recruiter, else the first interviewer of the latest interview.
 * Null when the state knows nobody: the draft then greets `[their name]`.
 */
function recipientOf(action: Action, state: AppState, now: number): DraftRecipient | null {
  const contacts = allContacts(state);
  // A reply's sender may be written as a name or as an address.
  const find = (who: string) =>
    contacts.find(
      (c) => sameName(c.name, who) || (c.email !== undefined && sameName(c.email, who)),
    );
  if (action.to) {
    const c = find(action.to);
    return c ? recipientFromContact(c) : { name: action.to };
  }
  const lastReply = [...state.replies]
    .filter((r) => r.atMs <= now && r.from && r.signal !== "out-of-office")
    .sort((a, b) => b.atMs - a.atMs)[0];
  const fromReply = lastReply?.from ? find(lastReply.from) : undefined;
  const byRole = (role: Contact["role"]) => contacts.find((c) => c.role === role);
  const lastInterview = [...state.rounds].reverse().find((iv) => iv.atMs <= now);
  const c =
    fromReply ??
    (state.decision?.by ? find(state.decision.by) : undefined) ??
    byRole("hiring-manager") ??
    byRole("recruiter") ??
    lastInterview?.interviewers[0] ??
    contacts[0];
  if (c) return recipientFromContact(c);
  return lastReply?.from ? { name: lastReply.from } : null;
}

/**
 * The interview a draft speaks about: for a thank-you, the action's round (else the latest
 * interview the person sat in); for the rest, the latest interview that has happened.
 */
function interviewFor(
  action: Action,
  state: AppState,
  recipient: DraftRecipient | null,
  now: number,
): InterviewRound | undefined {
  const past = state.rounds.filter((iv) => iv.atMs <= now);
  if (action.kind === "thank-you") {
    if (action.round !== undefined) {
      const byRound = state.rounds.find((iv) => iv.round === action.round);
      if (byRound) return byRound;
    }
    const withPerson = [...past]
      .reverse()
      .find((iv) => recipient && iv.interviewers.some((c) => sameName(c.name, recipient.name)));
    return withPerson ?? past[past.length - 1];
  }
  return past[past.length - 1];
}

/* --------------------------------------------------------------- fields */

function fieldValues(input: {
  readonly action: Action;
  readonly state: AppState;
  readonly settings: Settings;
  readonly now: number;
  readonly recipient: DraftRecipient | null;
  readonly interview: InterviewRound | undefined;
}): FieldValues {
  const { action, state, settings, now, recipient, interview } = input;
  const zone = state.zone;
  const thisYear = Number(dateInZone(now, zone).slice(0, 4));
  const needed = (field: keyof typeof FIELDS, value: string | undefined | null): string => {
    const v = value?.trim();
    return v ? v : (FIELDS[field].placeholder ?? "");
  };

  const interviewers = interview?.interviewers.map((c) => c.name) ?? [];
  const topics = interview?.topics ?? [];
  // Interviewers of one round each get a different topic when there are several, so their
  // notes differ in substance and not only in wording.
  const position = recipient
    ? Math.max(
        0,
        interviewers.findIndex((n) => sameName(n, recipient.name)),
      )
    : 0;
  const topic =
    action.kind === "thank-you" ? topics[position % Math.max(1, topics.length)] : undefined;
  const anyTopic = topic ?? lastTopic(state, now);

  const others =
    action.kind === "thank-you"
      ? interviewers
      : uniqueNames(
          state.rounds
            .filter((iv) => iv.atMs <= now)
            .flatMap((iv) => iv.interviewers.map((c) => c.name)),
        );
  const otherInterviewers = others.filter((n) => !recipient || !sameName(n, recipient.name));

  const next = state.rounds.find((iv) => iv.atMs > now);
  const decision = state.decision?.date;
  const talk = conversation(state, now);

  return Object.freeze({
    your_name: needed("your_name", settings.name),
    your_phone: needed("your_phone", undefined),
    name: needed("name", recipient?.name),
    first_name: needed("first_name", recipient ? greetingName(recipient.name) : undefined),
    title: recipient?.title ?? "",
    company: state.company,
    role: state.role,
    topic: topicPhrase(anyTopic ?? ""),
    topics: namesPhrase(topics.map(topicPhrase)),
    stage: interview?.stage ?? "",
    interview_when: interview
      ? relativeDay({ atMs: interview.atMs, nowMs: now, zone })
      : "recently",
    interview_day: interview ? proseDay(dateInZone(interview.atMs, zone), thisYear) : "",
    applied_day:
      state.appliedMs === null ? "" : proseDay(dateInZone(state.appliedMs, zone), thisYear),
    other_interviewers: namesPhrase(otherInterviewers),
    decision_date: decision ? proseDay(decision, thisYear) : "",
    // For the user's own note (the question to ask at it): on their clock, the employer's beside.
    next_interview: next
      ? showTimeBeside(next.atMs, { zone: settings.timezone ?? zone, now }, zone)
      : "",
    next_interviewers: namesPhrase(next?.interviewers.map((c) => c.name) ?? []),
    article_link: needed("article_link", undefined),
    article_why: needed("article_why", undefined),
    achievement: needed("achievement", undefined),
    welcome_back: talk.backFromAway ? "yes" : "",
    their_promise: talk.promise,
    their_date: talk.namedDay === null ? "" : proseDay(talk.namedDay, thisYear),
    their_request: talk.request,
    reason: action.reason,
    app: action.app,
  });
}

const HONORIFIC = /^(dr|mr|mrs|ms|mx|prof)\.?$/i;

/** How to greet someone: their first name, or "Dr. Lee" when the name starts with a title. */
function greetingName(name: string): string {
  const words = spokenName(name).split(/\s+/);
  if (words.length >= 2 && HONORIFIC.test(words[0]!)) {
    return `${words[0]} ${words[words.length - 1]}`;
  }
  return givenName(name);
}

function uniqueNames(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) if (!out.some((o) => sameName(o, n))) out.push(n);
  return out;
}

/** The first topic of the latest interview (that has happened) with any. */
function lastTopic(state: AppState, now: number): string | undefined {
  const iv = [...state.rounds].reverse().find((i) => i.atMs <= now && i.topics.length > 0);
  return iv?.topics[0];
}

/* ------------------------------------------------------------ phrasings */

/** Thank-yous: assigned round by round, so interviewers of one round get different notes. */
function thankYouIndex(input: {
  readonly state: AppState;
  readonly name: TemplateName;
  readonly size: number;
  readonly interview: InterviewRound | undefined;
  readonly person: string;
}): number {
  const { state, name, size, interview, person } = input;
  const key = (p: string) => p.trim().toLowerCase();
  const upTo = interview ? state.rounds.indexOf(interview) : state.rounds.length - 1;
  const batches = state.rounds
    .slice(0, upTo + 1)
    .map((iv) => iv.interviewers.map((c) => key(c.name)));
  if (batches.length === 0) batches.push([]);
  const last = batches[batches.length - 1]!;
  if (!last.includes(key(person))) batches[batches.length - 1] = [...last, key(person)];
  const assigned = assignPhrasings({ key: [state.app, name], size, batches });
  return assigned[assigned.length - 1]!.get(key(person)) ?? 0;
}

/** Other kinds: the person's n-th message of this template gets a phrasing not used before. */
function repeatIndex(input: {
  readonly action: Action;
  readonly state: AppState;
  readonly name: TemplateName;
  readonly size: number;
  readonly person: string;
  readonly now: number;
}): number {
  const { action, state, name, size, person, now } = input;
  const sentKind = action.kind;
  const before = state.touches.filter(
    (s) =>
      s.atMs <= now &&
      s.kind === sentKind &&
      (sentKind !== "value-add" || (s.variant ?? "article") === (action.variant ?? "article")) &&
      (person === "" || s.to.some((t) => sameName(t, person))),
  ).length;
  const who = person.trim().toLowerCase();
  const batches = Array.from({ length: before + 1 }, () => [who]);
  const assigned = assignPhrasings({ key: [state.app, name], size, batches });
  return assigned[before]!.get(who) ?? 0;
}
