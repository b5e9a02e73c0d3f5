/**
 * `hearback doctor`: checks that every stored event still reads and plans. Data written by
 * an older hearback (before dates were checked against the supported range) or changed by
 * another program could break a read; this names each such entry and what to do about it.
 */
import { validateEvent } from "../core/timeline.js";
import type { TimelineEvent } from "../core/types.js";
import type { OpContext } from "./context.js";

export interface Finding {
  readonly app: string;
  /** The entry at fault, or null when only the application as a whole fails to plan. */
  readonly entry: number | null;
  readonly problem: string;
}

export interface DoctorReport {
  readonly entries: number;
  readonly applications: number;
  readonly findings: readonly Finding[];
}

export async function checkStore(ctx: OpContext): Promise<DoctorReport> {
  const texts = await ctx.store.storedTexts();
  const findings: Finding[] = [];
  const byApp = new Map<string, TimelineEvent[]>();
  const broken = new Set<string>();
  for (const t of texts) {
    const problems = entryProblems(t.text);
    for (const problem of problems) findings.push({ app: t.app, entry: t.id, problem });
    if (problems.length > 0) broken.add(t.app);
    else {
      // Pushed, not copied: copying the list for each entry made a long history quadratic.
      const events = byApp.get(t.app) ?? [];
      events.push(JSON.parse(t.text) as TimelineEvent);
      byApp.set(t.app, events);
    }
  }
  // An application whose entries are each valid could still fail as a whole: plan each one
  // alone, so that one failure does not hide the others.
  const { planAll } = await import("./engine.js");
  for (const [app, events] of byApp) {
    if (broken.has(app)) continue;
    try {
      await planAll({
        events,
        settings: ctx.settings,
        now: ctx.now,
        fallbackZone: ctx.fallbackZone,
      });
    } catch (err) {
      findings.push({ app, entry: null, problem: `cannot be planned: ${(err as Error).message}` });
    }
  }
  return { entries: texts.length, applications: new Set(texts.map((t) => t.app)).size, findings };
}

function entryProblems(text: string): readonly string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return ["not readable: its text is not JSON (was hearback.db changed by another program?)"];
  }
  return validateEvent(value).problems.map((p) => `${p.field}: ${p.message}`);
}
