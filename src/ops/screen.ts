/**
 * Reading stored data that no longer passes the checks: entries written by an older
 * hearback (before dates were held to the supported range) or changed by another program.
 * Such an application is left out of folding and planning, where it could break every
 * read, and is named instead; `hearback doctor` says what to do about it.
 */
import { quickCheck } from "../core/quick-check.js";
import { validateEvent } from "../core/timeline.js";
import type { TimelineEvent } from "../core/types.js";
import type { Store } from "../store/types.js";

export interface Screened {
  /** The events of the applications that read well (the input itself when all do). */
  readonly events: readonly TimelineEvent[];
  /** Each application left out, with its first problem (`interview.at: ...`). */
  readonly unreadable: ReadonlyMap<string, string>;
}

const UNREADABLE_HINT = "run `hearback doctor` for what to do";

/** Sorts out the applications whose stored events do not pass the timeline's checks. */
function screenEvents(events: readonly TimelineEvent[]): Screened {
  let unreadable: Map<string, string> | undefined;
  for (const e of events) {
    // The quick check passes nearly every event; only a failure pays for naming it.
    if (quickCheck(e as unknown as Record<string, unknown>)) continue;
    const [first] = validateEvent(e).problems;
    if (first === undefined) continue;
    unreadable ??= new Map();
    if (!unreadable.has(e.app)) unreadable.set(e.app, `${first.field}: ${first.message}`);
  }
  if (unreadable === undefined) return { events, unreadable: new Map() };
  const bad = unreadable;
  return { events: events.filter((e) => !bad.has(e.app)), unreadable: bad };
}

const UNREADABLE = Symbol("unreadable");

/**
 * The store as the operations read it: `timeline()` and `events()` leave out the
 * applications `screenEvents` sorts out, and remember them for `unreadableOf`.
 */
export function screenedStore(store: Store): Store {
  const unreadable = new Map<string, string>();
  const note = (s: Screened) => {
    for (const [app, problem] of s.unreadable) unreadable.set(app, problem);
    return s;
  };
  const timeline: Store["timeline"] = async (filter) =>
    note(screenEvents(await store.timeline(filter))).events;
  const events: Store["events"] = async (filter) => {
    const all = await store.events(filter);
    const s = note(screenEvents(all.map((e) => e.event)));
    return s.unreadable.size === 0 ? all : all.filter((e) => !s.unreadable.has(e.event.app));
  };
  return new Proxy(store, {
    get(target, prop) {
      if (prop === "timeline") return timeline;
      if (prop === "events") return events;
      if (prop === UNREADABLE) return unreadable;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The applications a screened store has left out so far, with their first problem. */
export function unreadableOf(store: Store): ReadonlyMap<string, string> {
  return (
    ((store as unknown as Record<symbol, unknown>)[UNREADABLE] as Map<string, string>) ?? new Map()
  );
}

/** The message for an application left out: what is wrong, and where to look. */
export function unreadableMessage(app: string, problem: string): string {
  return `${app}: its stored data cannot be read (${problem}); ${UNREADABLE_HINT}`;
}
