/**
 * `npm run bench -- drafts`: how fast drafts are made, for the demo timeline's planned
 * actions as of Wed 18 Nov 2026. Baselines measured in the same run: planning those same
 * applications (what every draft request does first), and a bare Mustache render of the
 * same built-in text (the floor any templated draft pays).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Mustache from "mustache";
import { fold } from "../src/core/fold.js";
import { plan } from "../src/core/plan.js";
import { parseTimeline } from "../src/core/timeline.js";
import { builtInTemplates, draft } from "../src/drafts/index.js";
import { readReply } from "../src/gauge/index.js";
import { businessCalendar } from "../src/time/business-days.js";
import { parseDateTime } from "../src/time/index.js";

const ZONE = "America/Denver";
// `npm run bench` runs benchmarks from the repository root.
const text = readFileSync(join(process.cwd(), "examples/demo.jsonl"), "utf8");
const { events } = parseTimeline(text, { file: "demo.jsonl", defaultZone: ZONE });
const now = parseDateTime("2026-11-18T12:00", ZONE)!; /* Wed */
const states = fold(events, { defaultZone: ZONE, readReply });
const byApp = new Map(states.map((s) => [s.app, s]));
const settings = { name: "Ann Smith", timezone: ZONE };
const actions = plan({ states, now, settings, calendars: businessCalendar });

function perSecond(fn: () => void, units: number): number {
  for (let i = 0; i < 200; i++) fn(); // warm-up
  (globalThis as { gc?: () => void }).gc?.();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 1500) {
    fn();
    n += units;
  }
  return n / ((performance.now() - start) / 1000);
}

const draftAll = () => {
  for (const action of actions) draft({ action, state: byApp.get(action.app)!, settings, now });
};
const planAll = () => {
  plan({ states, now, settings, calendars: businessCalendar });
};
const sample = builtInTemplates()["thank-you"][0]!.text;
const view = {
  first_name: "Dana",
  role: "Product Manager",
  company: "Acme",
  topic: "pricing",
  your_name: "Ann",
  interview_when: "today",
};
const bareRender = () => {
  for (let i = 0; i < actions.length; i++) Mustache.render(sample, view, {}, { escape: String });
};

const drafts = perSecond(draftAll, actions.length);
const plans = perSecond(planAll, 1);
const renders = perSecond(bareRender, actions.length);
const fmt = (x: number) => Math.round(x).toLocaleString("en-US");

console.log(
  `${actions.length} planned actions over ${states.length} applications (examples/demo.jsonl, Wed 18 Nov 2026)\n`,
);
console.log(
  `draft()                     ${fmt(drafts).padStart(10)} drafts/s   (${(1e6 / drafts).toFixed(1)} µs each)`,
);
console.log(
  `baseline: bare Mustache     ${fmt(renders).padStart(10)} renders/s  (draft costs ${(renders / drafts).toFixed(1)}x a bare render)`,
);
console.log(
  `baseline: plan(all apps)    ${fmt(plans).padStart(10)} plans/s    (drafting every action costs ${((plans / drafts) * actions.length).toFixed(2)}x one plan)`,
);
