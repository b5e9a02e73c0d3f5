/**
 * Reading stored data that no longer passes the checks: entries written by an older
 * hearback (before dates were held to the supported range) or changed by another program.
 * Such an application is left out of folding and planning, where it could break every
 * read, and is named instead; `hearback doctor` says what to do about it.
 */
import type { TimelineEvent } from "../core/types.js";
import type { Store, TimelineFilter } from "../store/types.js";

export interface Screened {
  /** The events of the applications that read well (the input itself when all do). */
  readonly events: readonly TimelineEvent[];
  /** Each application left out, with its first problem (`interview.at: ...`). */
  readonly unreadable: ReadonlyMap<string, string>;
}

const UNREADABLE_HINT = "run `hearback doctor` for what to do";

/**
 * Sorts out the applications whose stored events do not pass the timeline's checks. The
 * checks load with the first events read: the agenda with every plan kept reads none, and
 * should not load them (with the holiday table they import, a tenth of its start).
 */
async function screenEvents(events: readonly TimelineEvent[]): Promise<Screened> {
  const [{ quickCheck }, { validateEvent }] = await Promise.all([
    import("../core/text/quick-check.js"),
    import("../core/timeline.js"),
  ]);
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
    note(
      await screenEvents(
        await orUndamaged(store.timeline(filter), store, filter, unreadable, (app) =>
          store.timeline({ ...filter, app }),
        ),
      ),
    ).events;
  const events: Store["events"] = async (filter) => {
    const all = await orUndamaged(store.events(filter), store, filter, unreadable, (app) =>
      store.events({ app }),
    );
    const s = note(await screenEvents(all.map((e) => e.event)));
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

/**
 * The applications with an entry whose text is not JSON (a file changed by another
 * program), each with its first such entry; `err` (the failed read's error) is thrown
 * again when there is none, as it was about something else.
 */
async function damagedApps(
  store: Store,
  filter: { readonly app?: string } | undefined,
  err: unknown,
): Promise<Map<string, string>> {
  const damaged = new Map<string, string>();
  for (const t of await store.storedTexts(filter?.app === undefined ? {} : { app: filter.app })) {
    if (damaged.has(t.app)) continue;
    try {
      JSON.parse(t.text);
    } catch {
      damaged.set(t.app, `entry ${t.id} is not readable: its text is not JSON`);
    }
  }
  if (damaged.size === 0) throw err;
  return damaged;
}

/**
 * What `read` gives; when it fails on a damaged entry, what `readApp` gives of each
 * application without one (those with one are noted in `unreadable`).
 */
async function orUndamaged<T>(
  read: Promise<readonly T[]>,
  store: Store,
  filter: TimelineFilter | undefined,
  unreadable: Map<string, string>,
  readApp: (app: string) => Promise<readonly T[]>,
): Promise<readonly T[]> {
  try {
    return await read;
  } catch (err) {
    const damaged = await damagedApps(store, filter, err);
    for (const [app, problem] of damaged) unreadable.set(app, problem);
    const all: T[] = [];
    for (const app of await store.appIds()) {
      if (damaged.has(app) || (filter?.app !== undefined && filter.app !== app)) continue;
      for (const e of await readApp(app)) all.push(e);
    }
    return all;
  }
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
