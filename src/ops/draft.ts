/**
 * Drafting, written once for every front end: the message for a planned action (or for a
 * kind the user asks for), from a stored application or from a timeline file, with the
 * user's own templates from the data folder; and a draft as an `.eml` file.
 *
 * The application is folded and planned as every other operation does (the gauge taught by
 * the replies the user labelled), so a draft is always for an action the agenda shows.
 */
import { HearbackError } from "../core/errors.js";
import { matchApp } from "../core/ids.js";
import type { ReplyHistory } from "../core/insights.js";
import { sameName } from "../core/names.js";
import { plan } from "../core/plan.js";
import { parseTimeline } from "../core/timeline.js";
import {
  ACTION_KINDS,
  type Action,
  type ActionKind,
  type RuleId,
  type Settings,
  type TimelineEvent,
  type Variant,
} from "../core/types.js";
import { type Draft, mailtoLink, draft as makeDraft } from "../drafts/index.js";
import { buildEml, emlFileName } from "../integrations/eml.js";
import { loadTemplates } from "../store/templates.js";
import { businessCalendar } from "../time/business-days.js";
import { type OpContext, TO_PLAN } from "./context.js";
import { foldAll } from "./engine.js";
import { resolveNames } from "./people.js";
import { findApp } from "./read.js";

/** The kinds of message a draft can be asked for: every action but reading a reply. */
const DRAFT_KINDS: readonly ActionKind[] = ACTION_KINDS.filter((k) => k !== "read-reply");

/** The rule an on-request draft is filed under, when the plan has no such action now. */
const RULE_OF_KIND: Readonly<Record<ActionKind, RuleId>> = {
  "thank-you": "thank-you-24h",
  "ask-timeline": "ask-timeline",
  "check-in": "check-in-default-wait",
  "value-add": "value-add-still-open",
  "final-thanks": "final-thanks-after-rejection",
  "keep-in-touch": "keep-in-touch",
  "let-go": "let-go-unanswered",
  reply: "answer-their-question",
  "read-reply": "gauge-reply",
};

/** Which drafts to make. Every field narrows the planned actions; none: the next one. */
export interface DraftWant {
  readonly kind?: ActionKind | undefined;
  /**
   * Whom it is for, as typed ("Sam" finds Sam Ortiz, as everywhere); `null`: the action
   * for nobody in particular.
   */
  readonly to?: string | null | undefined;
  readonly variant?: Variant | undefined;
  /** The interview round the action follows. */
  readonly round?: number | undefined;
  /** Every matching action's draft, not only the next one. */
  readonly all?: boolean | undefined;
  /**
   * Asked for a kind the plan does not hold now (a thank-you already sent, a value-add not
   * due yet): draft one anyway, since the user knows something the timeline may not.
   * Otherwise that is a not-found.
   */
  readonly onRequest?: boolean | undefined;
  /** Sign as this name instead of the one in the settings. */
  readonly name?: string | undefined;
}

export interface Drafted {
  readonly draft: Draft;
  readonly mailto: string;
  /** True when it was drafted on request, not planned now. */
  readonly onRequest: boolean;
}

export interface DraftsResult {
  readonly app: string;
  /** The application's zone (its times are meant there). */
  readonly appZone: string;
  /** The zone the user reads times in. */
  readonly zone: string;
  readonly drafts: readonly Drafted[];
  /** Files in the data folder's templates/ that are not templates, and were ignored. */
  readonly ignoredTemplates: readonly string[];
  /** The settings the drafts were written with (the name possibly replaced), for an .eml's From. */
  readonly settings: Settings;
}

/** Drafts for a stored application (an id or a unique prefix of one). */
export async function draftStored(
  ctx: OpContext,
  input: { readonly app: string } & DraftWant,
): Promise<DraftsResult> {
  // findApp refuses an application whose stored data no longer reads, naming why.
  const { app } = await findApp(ctx, input.app);
  const { replyHistoryFor } = await import("./history.js");
  return draftEvents({
    events: await ctx.store.timeline({ app }),
    log: () => ctx.store.timeline(TO_PLAN),
    history: await replyHistoryFor(ctx),
    app,
    settings: ctx.settings,
    fallbackZone: ctx.fallbackZone,
    now: ctx.now,
    dataDir: ctx.dataDir,
    source: ctx.source,
    want: input,
  });
}

/**
 * Drafts for an application of a timeline file's text; nothing stored is read or written
 * (the user's templates in `dataDir` are used). Times without an offset are read in `zone`.
 */
export async function draftFromTimeline(input: {
  readonly text: string;
  /** The file's name in messages. */
  readonly file: string;
  readonly app: string;
  readonly zone: string;
  readonly now: number;
  readonly dataDir: string;
  readonly source: string;
  readonly want: DraftWant;
}): Promise<DraftsResult> {
  const parsed = parseTimeline(input.text, { file: input.file, defaultZone: input.zone });
  if (parsed.problems.length > 0) {
    throw new HearbackError(
      "bad-input",
      `${input.file}: the timeline has problems`,
      parsed.problems,
    );
  }
  const ids = [...new Set(parsed.events.filter((e) => e.type === "application").map((e) => e.app))];
  const app = matchApp(input.app, ids);
  return draftEvents({
    events: parsed.events.filter((e) => e.app === app),
    app,
    settings: {},
    fallbackZone: input.zone,
    now: input.now,
    dataDir: input.dataDir,
    source: input.source,
    want: input.want,
  });
}

async function draftEvents(input: {
  readonly events: readonly TimelineEvent[];
  readonly log?: () => Promise<readonly TimelineEvent[]>;
  /** The user's replies across applications (./history.ts), which the waits adapt to. */
  readonly history?: ReplyHistory | null;
  readonly app: string;
  readonly settings: Settings;
  readonly fallbackZone: string;
  readonly now: number;
  readonly dataDir: string;
  readonly source: string;
  readonly want: DraftWant;
}): Promise<DraftsResult> {
  const { want, now } = input;
  // Read on every call, so that an edited template shows at once.
  const { templates, ignored } = await loadTemplates(input.dataDir);
  const [state] = await foldAll(input);
  if (!state) throw new Error(`draft: no state for ${input.app}`);
  const zone = input.settings.timezone ?? input.fallbackZone;
  // The user's zone in force (their setting, else the computer's) for what the draft shows them.
  const settings: Settings = {
    ...input.settings,
    ...(want.name ? { name: want.name } : {}),
    timezone: zone,
  };
  const planned = plan({
    states: [state],
    now,
    settings: input.settings,
    calendars: businessCalendar,
    history: input.history,
  });
  const actions = chooseActions({
    planned,
    want,
    app: input.app,
    company: state.company,
    zone: state.zone,
    contacts: state.contacts.map((c) => c.name),
    now,
    source: input.source,
  });
  const drafts = actions.map(({ action, onRequest }) => {
    const d = makeDraft({ action, state, settings, now, templates });
    return { draft: d, mailto: mailtoLink(d), onRequest };
  });
  return {
    app: input.app,
    appZone: state.zone,
    zone,
    drafts,
    ignoredTemplates: ignored,
    settings,
  };
}

/**
 * The actions to draft: the planned ones matching the want (the next one, or all), else
 * one drafted on request when that is allowed.
 */
function chooseActions(input: {
  readonly planned: readonly Action[];
  readonly want: DraftWant;
  readonly app: string;
  readonly company: string;
  readonly zone: string;
  readonly contacts: readonly string[];
  readonly now: number;
  readonly source: string;
}): { action: Action; onRequest: boolean }[] {
  const { planned, want, app, company } = input;
  // Someone not recorded yet may still get a draft: it stores nothing.
  const to =
    want.to === undefined || want.to === null
      ? want.to
      : resolveNames({
          given: [want.to],
          known: input.contacts,
          field: "to",
          company,
          source: input.source,
          newContact: true,
        })[0]!;
  const matching = planned.filter(
    (a) =>
      (want.kind === undefined || a.kind === want.kind) &&
      (to === undefined ||
        (to === null ? a.to === undefined : a.to !== undefined && sameName(a.to, to))) &&
      (want.variant === undefined || a.variant === want.variant) &&
      (want.round === undefined || a.round === want.round),
  );
  if (matching.length > 0) {
    return (want.all ? matching : matching.slice(0, 1)).map((action) => ({
      action,
      onRequest: false,
    }));
  }
  const who = to ? ` for ${to}` : "";
  if (want.kind === undefined) {
    const ask = input.source === "cli" ? "--kind" : "a kind";
    throw new HearbackError(
      "not-found",
      `nothing is planned${who} for ${app} now; ask for a message with ${ask} (${DRAFT_KINDS.join(", ")})`,
    );
  }
  if (!want.onRequest) {
    throw new HearbackError(
      "not-found",
      `no ${want.kind} is planned for ${app}${to ? ` to ${to}` : ""} any more; reload the page`,
    );
  }
  return [
    {
      action: onRequestAction(want.kind, want, {
        app,
        company,
        zone: input.zone,
        now: input.now,
        to,
      }),
      onRequest: true,
    },
  ];
}

/** An action the plan does not hold now, as asked for. */
function onRequestAction(
  kind: ActionKind,
  want: DraftWant,
  at: { app: string; company: string; zone: string; now: number; to: string | null | undefined },
): Action {
  const iso = new Date(at.now).toISOString();
  return {
    app: at.app,
    company: at.company,
    kind,
    ...(at.to ? { to: at.to } : {}),
    ...(kind === "value-add" ? { variant: want.variant ?? "article" } : {}),
    channels:
      kind === "thank-you"
        ? ["email", "card"]
        : kind === "check-in"
          ? ["email", "phone"]
          : ["email"],
    dueFrom: iso,
    dueBy: iso,
    zone: at.zone,
    overdue: false,
    rule: RULE_OF_KIND[kind],
    reason: `You asked for a ${kind} draft; hearback has not planned one for ${at.app} now.`,
  };
}

/**
 * A draft as an `.eml` file any mail program opens as a draft, from the user (their name
 * and address in `settings`), dated `now`. Throws bad-input for a draft that is no message.
 */
export async function draftEml(input: {
  readonly draft: Draft;
  readonly settings: Settings;
  readonly now: number;
}): Promise<{ readonly filename: string; readonly eml: Buffer }> {
  const eml = await buildEml({
    draft: input.draft,
    from: { name: input.settings.name, email: input.settings.email },
    date: input.now,
  });
  return { filename: emlFileName(input.draft), eml };
}
