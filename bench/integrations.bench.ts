/**
 * `npm run bench -- integrations`: the calendar feed, reply matching and the spreadsheet
 * import, each against a baseline measured in the same run:
 * - rendering the .ics of the demo timeline vs planning it (what every feed request does first);
 * - matching 1,000 parsed messages vs parsing them with mailparser (the floor of any import);
 * - importing a 1,000-row Huntr CSV vs csv-parse alone on the same text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import nodemailer from "nodemailer";
import { fold } from "../src/core/fold.js";
import { plan } from "../src/core/plan.js";
import { parseTimeline } from "../src/core/timeline.js";
import { readReply, stripReply } from "../src/gauge/index.js";
import { importCsv } from "../src/integrations/csv.js";
import { renderCalendar } from "../src/integrations/ics.js";
import { type IncomingMessage, parseMessage, planInboxImport } from "../src/integrations/inbox.js";
import { businessCalendar } from "../src/time/business-days.js";
import { parseDateTime } from "../src/time/index.js";

const ZONE = "America/Denver";
const text = readFileSync(join(process.cwd(), "examples/demo.jsonl"), "utf8");
const { events } = parseTimeline(text, { file: "demo.jsonl", defaultZone: ZONE });
const now = parseDateTime("2026-11-18T12:00", ZONE)!; /* Wed */
const settings = { timezone: ZONE };
const states = fold(events, { defaultZone: ZONE, readReply });
const actions = plan({ states, now, settings, calendars: businessCalendar });

async function perSecond(fn: () => unknown, units: number, ms = 1500): Promise<number> {
  for (let i = 0; i < 5; i++) await fn(); // warm-up
  (globalThis as { gc?: () => void }).gc?.();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    await fn();
    n += units;
  }
  return n / ((performance.now() - start) / 1000);
}
const fmt = (x: number) => Math.round(x).toLocaleString("en-US");

// Calendar.
const feeds = await perSecond(() => renderCalendar({ events, actions, zone: ZONE, nowMs: now }), 1);
const plans = await perSecond(
  () =>
    plan({
      states: fold(events, { defaultZone: ZONE, readReply }),
      now,
      settings,
      calendars: businessCalendar,
    }),
  1,
);

// Mail: 1,000 messages from the demo's contacts and strangers.
const addresses = events.flatMap((e) =>
  e.type === "application" ? (e.contacts ?? []).flatMap((c) => (c.email ? [c.email] : [])) : [],
);
const composer = nodemailer.createTransport({
  streamTransport: true,
  buffer: true,
  newline: "unix",
});
const raws: Buffer[] = [];
for (let i = 0; i < 1000; i++) {
  const from =
    i % 4 === 0
      ? `someone${i}@example.org`
      : (addresses[i % Math.max(1, addresses.length)] ?? "x@example.org");
  const info = await composer.sendMail({
    from,
    to: "ann@example.net",
    subject: `Re: Interview ${i}`,
    text: `Thanks for your note! We hope to decide by December ${1 + (i % 20)}.\n\nBest,\nDana\n\nOn Mon, Ann wrote:\n> Thank you for your time today.`,
    date: new Date(now - i * 60_000),
    messageId: `<m${i}@bench.example>`,
  });
  raws.push(info.message as Buffer);
}
const parsed: IncomingMessage[] = [];
const parseRate = await perSecond(
  async () => {
    parsed.length = 0;
    for (const r of raws) parsed.push(await parseMessage(r, "bench"));
  },
  raws.length,
  3000,
);
const matchRate = await perSecond(
  () =>
    planInboxImport({
      messages: parsed,
      events,
      zone: ZONE,
      userAddresses: [],
      nowMs: now,
      strip: stripReply,
    }),
  parsed.length,
);

// Spreadsheets: a 1,000-row Huntr export.
const rows = ["id,createdAt,title,listName,companyName,url"];
for (let i = 0; i < 1000; i++) {
  rows.push(
    `id${i},2026-10-${String(1 + (i % 28)).padStart(2, "0")}T15:00:00.000Z,Role ${i},${i % 5 === 0 ? "Rejected" : "Applied"},Company ${i % 300},https://c${i}.example/job`,
  );
}
const csv = rows.join("\n");
const imports = await perSecond(
  () =>
    importCsv({
      text: csv,
      source: "huntr",
      file: "b.csv",
      existingApps: new Set(),
      imported: [],
      now: "2026-11-18T12:00:00Z",
    }),
  1000,
);
const bareParse = await perSecond(() => parse(csv, { columns: true }), 1000);

console.log(
  `examples/demo.jsonl: ${actions.length} planned actions, ${events.length} events (Wed 18 Nov 2026)\n`,
);
console.log(
  `renderCalendar()            ${fmt(feeds).padStart(10)} feeds/s    (${(1000 / feeds).toFixed(2)} ms each)`,
);
console.log(
  `baseline: fold + plan       ${fmt(plans).padStart(10)} plans/s    (a feed costs ${(plans / feeds).toFixed(2)}x planning)`,
);
console.log(
  `planInboxImport()           ${fmt(matchRate).padStart(10)} msgs/s     (${(1e6 / matchRate).toFixed(1)} µs each, quote stripping included)`,
);
console.log(
  `baseline: mailparser        ${fmt(parseRate).padStart(10)} msgs/s     (matching costs ${(parseRate / matchRate).toFixed(3)}x parsing)`,
);
console.log(`importCsv() Huntr           ${fmt(imports).padStart(10)} rows/s`);
console.log(
  `baseline: csv-parse alone   ${fmt(bareParse).padStart(10)} rows/s     (import costs ${(bareParse / imports).toFixed(2)}x parsing)`,
);
