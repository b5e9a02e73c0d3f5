/**
 * stop-on-outcome: an ending outcome (an offer, a rejection, a withdrawal, the role filled)
 * closes the thread; only a rejection leaves something to do (the final thank-you, then
 * keep-in-touch). No action carries this id.
 */
import { type AppState, ENDING_STATUSES, type Outcome, type OutcomeKind } from "../fold.js";

/**
 * The outcome as of `now`: the state's own outcome when it is not in the future (the
 * common case), else the same reading of statuses and replies up to `now`.
 */
export function outcomeAt(s: AppState, now: number): Outcome | null {
  if (s.lastEventMs === null || s.lastEventMs <= now) return s.outcome;
  let outcome: Outcome | null = null;
  let i = 0;
  let j = 0;
  // Statuses and replies merged in time order, as `fold` read them (statuses first on ties).
  while (i < s.statuses.length || j < s.replies.length) {
    const st = s.statuses[i];
    const r = s.replies[j];
    if (st && (!r || st.atMs <= r.atMs)) {
      i++;
      if (st.atMs > now) continue;
      outcome = ENDING_STATUSES.has(st.status)
        ? { kind: st.status as OutcomeKind, atMs: st.atMs, source: "status", gauged: false }
        : null;
    } else if (r) {
      j++;
      if (r.atMs > now) continue;
      if ((r.signal === "rejection" || r.signal === "offer") && !r.cantTell) {
        outcome = {
          kind: r.signal === "rejection" ? "rejected" : "offer",
          atMs: r.atMs,
          source: "reply",
          gauged: r.source !== "user",
        };
      }
    }
  }
  return outcome;
}
