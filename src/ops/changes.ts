/**
 * What recording something did to an application's plan: which pending actions it
 * settled or dropped, which it added, and which it moved. Every command that records an
 * event says this, so that no pending action disappears without a word.
 */
import type { Action, ActionKind } from "../core/types.js";
import { showTime } from "../time/index.js";

export interface PlanChange {
  /** dropped: no longer planned; added: newly planned; moved: its window changed. */
  readonly change: "dropped" | "added" | "moved";
  /** The action as planned now (for dropped: as it was planned before). */
  readonly action: Action;
  /** For moved: the action as it was planned before. */
  readonly was?: Action;
}

/** An action's identity across two plans: what it is and for whom, not when. */
function identity(a: Action): string {
  return `${a.kind}\u0000${a.to ?? ""}\u0000${a.round ?? ""}\u0000${a.variant ?? ""}`;
}

/**
 * The changes from one plan of an application to the next, dropped first, then moved,
 * then added, each in plan order.
 *
 * @example
 * planChanges([checkIn], [valueAdd]) // [{ change: "dropped", action: checkIn }, { change: "added", action: valueAdd }]
 */
export function planChanges(
  before: readonly Action[],
  after: readonly Action[],
): readonly PlanChange[] {
  const was = new Map(before.map((a) => [identity(a), a]));
  const now = new Map(after.map((a) => [identity(a), a]));
  const dropped: PlanChange[] = [];
  const moved: PlanChange[] = [];
  const added: PlanChange[] = [];
  for (const a of before) if (!now.has(identity(a))) dropped.push({ change: "dropped", action: a });
  for (const a of after) {
    const old = was.get(identity(a));
    if (old === undefined) added.push({ change: "added", action: a });
    else if (
      old.dueFrom !== a.dueFrom ||
      (old.dueBy !== a.dueBy && !(floats(old) && floats(a))) ||
      old.rule !== a.rule
    ) {
      moved.push({ change: "moved", action: a, was: old });
    }
  }
  return [...dropped, ...moved, ...added];
}

/** Advice due "now" whenever it is read (let go; say how a reply reads): it has no window. */
const floats = (a: Action) => a.kind === "let-go" || a.kind === "read-reply";

/** What an action is, as a sentence's subject: "the check-in with Dana Lee". */
const WHAT: Readonly<Record<ActionKind, (to: string) => string>> = Object.freeze({
  "thank-you": (to) => `the thank-you to ${to}`,
  "ask-timeline": (to) => `asking ${to} about their timeline`,
  "check-in": (to) => `the check-in with ${to}`,
  "value-add": (to) => `the casual update to ${to}`,
  "final-thanks": (to) => `the final thank-you to ${to}`,
  "keep-in-touch": (to) => `the hello to ${to}`,
  "let-go": () => "the advice to let this one go",
  reply: (to) => `your answer to ${to}`,
  "read-reply": (to) => `telling hearback how to read ${to}'s reply`,
});

/**
 * The changes in words, one sentence each, times in `zone`: what the CLI prints and the
 * API answers after recording something.
 *
 * @example
 * describeChanges(changes, "America/New_York", now)
 * // ["Dropped: the check-in with Dana Lee (was due by Fri 20 Nov, 19:00).", "New: the casual update to Dana Lee, from Mon 23 Nov, 11:00."]
 */
export function describeChanges(
  changes: readonly PlanChange[],
  zone: string,
  now: number,
): string[] {
  if (changes.length === 0) return ["The plan for it is unchanged."];
  const at = (iso: string) => showTime(Date.parse(iso), { zone, now });
  const window = (a: Action) =>
    floats(a)
      ? ""
      : Date.parse(a.dueFrom) > now
        ? `from ${at(a.dueFrom)}`
        : `due by ${at(a.dueBy)}`;
  return changes.map(({ change, action: a, was }) => {
    const what = WHAT[a.kind](a.to ?? a.company);
    if (change === "dropped") return `Dropped: ${what}${floats(a) ? "" : ` (was ${window(a)})`}.`;
    if (change === "added") return `New: ${what}${floats(a) ? "" : `, ${window(a)}`}.`;
    return `Moved: ${what}, now ${window(a)} (was ${window(was ?? a)}).`;
  });
}
