/**
 * The job-search record (`hearback report`): every application with its stage history,
 * every interview and follow-up, in a period, as printable HTML, PDF or CSV. Some
 * unemployment offices ask for exactly this as proof of a job search, so each activity is
 * a dated row naming the employer, the position, the person and the channel.
 *
 * `buildReport` is pure (the log in, rows out); the renderers only lay the rows out.
 */
import { stringify } from "csv-stringify/sync";
import { DEFAULT_WEEK_END, weekEnding } from "../core/insights.js";
import type { Contact, Paper, Signal, TimelineEvent, WeekDay } from "../core/types.js";
import { dateInZone, isIsoDate, wallTime } from "../time/index.js";
import { type Reader, showDay, showDayOf, showTime, showTimeBeside } from "../time/show.js";
import type { Doc } from "./pdf-text.js";
import { type ApplicationSummary, summarize } from "./summary.js";

export interface Activity {
  readonly atMs: number;
  /** The calendar day in the user's zone (the day as written, for a day without a time). */
  readonly date: string;
  /** "09:00" in the user's zone; "" for a day without a time (an application dated by its day). */
  readonly time: string;
  /**
   * As times are shown everywhere (src/time/show.ts): "Mon 2 Nov, 12:00" in the user's zone,
   * the employer's clock beside it where it differs ("... your time · 10:00 in Denver"); a
   * day without a time is the day alone ("Mon 2 Nov"), never "0:00".
   */
  readonly when: string;
  readonly app: string;
  readonly company: string;
  readonly role: string;
  /** "Applied", "Interview (round 1)", "Thank-you sent", "Reply received", "Status: rejected"... */
  readonly activity: string;
  readonly contact: string;
  readonly channel: string;
  readonly detail: string;
  /** The zone the time is read in; "" for a day without a time. */
  readonly zone: string;
  /** The last day (`YYYY-MM-DD`) of the week the activity falls in. */
  readonly weekEnding: string;
  /** How the employer was contacted: "email", "phone", "in person", "online", "card"... */
  readonly method: string;
  /** What is known of the employer's address, phone and email, from the person's record. */
  readonly employerContact: string;
  /** What came of it: the reply's reading, the application's latest outcome... */
  readonly result: string;
}

export interface ReportApplication {
  readonly summary: ApplicationSummary;
  readonly activities: readonly Activity[];
}

export interface Report {
  /** Inclusive `YYYY-MM-DD` bounds, or null for open-ended. */
  readonly from: string | null;
  readonly to: string | null;
  readonly applications: readonly ReportApplication[];
  /** Every activity of the period, oldest first. */
  readonly activities: readonly Activity[];
  /** The same activities by week, oldest week first; `ending` is the week's last day. */
  readonly weeks: readonly { readonly ending: string; readonly activities: readonly Activity[] }[];
  readonly counts: {
    readonly applications: number;
    readonly applied: number;
    readonly interviews: number;
    readonly followUps: number;
    readonly replies: number;
  };
}

const SENT_LABEL: Readonly<Record<string, string>> = {
  "thank-you": "Thank-you sent",
  "check-in": "Check-in sent",
  "value-add": "Follow-up note sent",
  "final-thanks": "Final thank-you sent",
  "keep-in-touch": "Keep-in-touch note sent",
  other: "Message sent",
};

const METHOD: Readonly<Record<string, string>> = {
  email: "email",
  phone: "phone",
  card: "card (post)",
  linkedin: "online (LinkedIn)",
  other: "other",
};

const READING: Readonly<Record<Signal, string>> = {
  offer: "Offer",
  "next-step": "Next step offered",
  encouraging: "Encouraging reply",
  "still-deciding": "Still deciding",
  "brush-off": "Non-committal reply",
  rejection: "Rejected",
  "out-of-office": "Out of office",
};

const GREETING =
  /^(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings)\b[^.!?]{0,40}[,!:]?$|^[\p{L} .'-]{1,40},$/iu;

/** A message's gist: its first sentence after the greeting ("Hi Ann," says nothing). */
export function gist(text: string | undefined, max = 140): string {
  const lines = (text ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const body = (GREETING.test(lines[0] ?? "") ? lines.slice(1) : lines).join(" ");
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(body)?.[0] ?? body;
  return sentence.length > max ? `${sentence.slice(0, max - 1)}…` : sentence;
}

/** The people of a `to`/`from` field (not split at commas: "Lee, Dana" is one name). */
const people = (v: string | readonly string[] | undefined): string[] =>
  (typeof v === "string" ? [v] : [...(v ?? [])]).map((p) => p.trim()).filter(Boolean);

/** "Dana Lee <dana@acme.example>" without its address: "Dana Lee". */
function withoutAddress(name: string): string {
  const open = name.indexOf("<");
  return (open === -1 ? name : name.slice(0, open)).trim();
}

/** The e-mail address written in a `to`/`from` value, if any (split into words: no pattern rescans). */
function addressIn(name: string): string | undefined {
  return name.split(/[\s<>]+/).find((w) => /.@./.test(w));
}

/** Address, phones and emails known for the employer and the people named. */
function employerContact(s: ApplicationSummary, names: readonly string[]): string {
  const known = new Map(s.contacts.map((c) => [c.name.trim().toLowerCase(), c]));
  const named: Contact[] = names.flatMap((n) => {
    const c = known.get(withoutAddress(n).toLowerCase());
    return c ? [c] : [];
  });
  // With nobody named (an application), the employer's people stand for the employer.
  const found = names.length > 0 ? named : s.contacts.slice(0, 1);
  const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? [v.trim()] : []);
  const inline = names.flatMap((n) => addressIn(n) ?? []);
  const bits = [
    ...str(s.extra.address ?? s.extra.location),
    ...str(s.extra.phone),
    ...found.flatMap((c) => [...str(c.phone), ...str(c.email)]),
    ...inline,
  ];
  return [...new Set(bits)].join(", ");
}

/**
 * The record of a period (`from`/`to` inclusive calendar days, each activity read in its
 * user's zone, like the period's days: a week claimed is the user's week), grouped into weeks
 * ending on `weekEnd` (Saturday unless told). An application is listed when something happened
 * in it in the period; a job only saved, never applied to, is not an activity.
 *
 * @example
 * buildReport({ events, userZone: "America/Denver", now, from: "2026-11-01", to: "2026-11-30" }).counts.interviews // 2
 */
export function buildReport(input: {
  readonly events: readonly TimelineEvent[];
  readonly userZone: string;
  /** When the record is made: times in its year are shown without the year. */
  readonly now: number;
  readonly from?: string;
  readonly to?: string;
  readonly weekEnd?: WeekDay;
}): Report {
  const from = input.from ?? null;
  const to = input.to ?? null;
  const zone = input.userZone;
  const period: Period = {
    from,
    to,
    zone,
    weekEnd: input.weekEnd ?? DEFAULT_WEEK_END,
    reader: { zone, now: input.now },
  };
  const applications: ReportApplication[] = [];
  for (const s of summarize(input.events, zone)) {
    const rows = activitiesOf(s, period);
    if (rows.length > 0) applications.push({ summary: s, activities: rows });
  }
  const activities = applications.flatMap((a) => a.activities).sort((a, b) => a.atMs - b.atMs);
  const count = (p: (a: Activity) => boolean) => activities.filter(p).length;
  return {
    from,
    to,
    applications,
    activities,
    weeks: byWeek(activities),
    counts: {
      applications: applications.length,
      applied: count((a) => a.activity === "Applied"),
      interviews: count((a) => a.channel === "interview"),
      followUps: count((a) => a.activity.endsWith("sent")),
      replies: count((a) => a.activity === "Reply received"),
    },
  };
}

/** What the report covers: its days (inclusive, null for open), its zone and weeks. */
interface Period {
  readonly from: string | null;
  readonly to: string | null;
  readonly zone: string;
  readonly weekEnd: WeekDay;
  readonly reader: Reader;
}

/** One application's activities in the period, oldest first. */
function activitiesOf(s: ApplicationSummary, period: Period): Activity[] {
  const rows: Activity[] = [];
  const add = (at: Moment, activity: string, extra: ActivityExtra = {}) => {
    const row = activityRow(s, period, at, activity, extra);
    if (row) rows.push(row);
  };
  const outcome = (afterMs: number, none: string) => {
    const later = s.statuses.filter((st) => st.atMs !== null && st.atMs > afterMs).at(-1);
    return later ? `Status: ${later.status}` : none;
  };
  if (s.extra.saved !== true) {
    const interviewed = s.interviews.some((iv) => iv.atMs !== null);
    add({ atMs: s.appliedMs, at: s.appliedOn }, "Applied", {
      detail: s.url ?? "",
      method: s.url || s.extra.source ? "online" : "",
      result: outcome(s.appliedMs ?? 0, interviewed ? "Interviewed" : "Awaiting an answer"),
    });
  }
  s.interviews.forEach((iv, i) => {
    const names = (iv.interviewers ?? []).map((c) => c.name);
    add(iv, iv.stage ? `Interview: ${iv.stage}` : `Interview (round ${i + 1})`, {
      names,
      channel: "interview",
      method: "interview",
      detail: (iv.topics ?? []).join(", "),
      result: outcome(iv.atMs ?? 0, "Awaiting a decision"),
    });
  });
  for (const m of s.sent) {
    const reply = s.replies.find((r) => r.atMs !== null && r.atMs > (m.atMs ?? 0));
    add(m, SENT_LABEL[m.kind] ?? "Message sent", {
      names: people(m.to),
      channel: m.channel ?? "",
      method: METHOD[m.channel ?? ""] ?? "",
      detail: m.subject ?? gist(m.text),
      result:
        m.delivery === "unknown"
          ? "May not have been delivered"
          : reply
            ? "Answered"
            : "No reply yet",
    });
  }
  for (const r of s.replies) {
    add(r, "Reply received", {
      names: people(r.from),
      channel: "email",
      method: "email",
      detail: gist(r.text),
      result: r.signal ? READING[r.signal] : "Reply received",
    });
  }
  for (const st of s.statuses) {
    add(st, `Status: ${st.status}`, { detail: st.note ?? "", result: `Status: ${st.status}` });
  }
  return rows.sort((a, b) => a.atMs - b.atMs);
}

type Moment = { readonly atMs: number | null; readonly at?: string | undefined };
type ActivityExtra = Partial<Activity> & { names?: readonly string[] };

/** One activity of an application, or null when it has no time or falls outside the period. */
function activityRow(
  s: ApplicationSummary,
  period: Period,
  at: Moment,
  activity: string,
  extra: ActivityExtra,
): Activity | null {
  const { atMs } = at;
  const { from, to, zone, reader } = period;
  if (atMs === null) return null;
  // A day without a time is that day wherever it is read: no clock, no zone.
  const day = at.at !== undefined && isIsoDate(at.at) ? at.at : null;
  const date = day ?? dateInZone(atMs, zone);
  if ((from !== null && date < from) || (to !== null && date > to)) return null;
  const { names = [], ...rest } = extra;
  return {
    atMs,
    date,
    time: day ? "" : wallTime(atMs, zone),
    when: day ? showDay(day, reader) : showTimeBeside(atMs, reader, s.zone),
    zone: day ? "" : zone,
    weekEnding: weekEnding(date, period.weekEnd),
    app: s.app,
    company: s.company,
    role: s.role,
    activity,
    contact: names.join(", "),
    channel: "",
    detail: "",
    method: "",
    employerContact: employerContact(s, names),
    result: "",
    ...rest,
  };
}

/** Activities (oldest first) by the week they fall in; weeks in order, none empty. */
function byWeek(activities: readonly Activity[]): Report["weeks"] {
  const weeks = new Map<string, Activity[]>();
  for (const a of activities) weeks.set(a.weekEnding, [...(weeks.get(a.weekEnding) ?? []), a]);
  return [...weeks.keys()]
    .sort()
    .map((ending) => ({ ending, activities: weeks.get(ending) ?? [] }));
}

const REPORT_CSV_COLUMNS = [
  "date",
  "time",
  "zone",
  "company",
  "position",
  "activity",
  "contact",
  "channel",
  "detail",
  "application",
] as const;

/** One row per activity, for a spreadsheet or a form that asks for one. */
export function renderReportCsv(report: Report): string {
  const rows = report.activities.map((a) => [
    a.date,
    a.time,
    a.zone,
    a.company,
    a.role,
    a.activity,
    a.contact,
    a.channel,
    a.detail,
    a.app,
  ]);
  // A leading quote keeps user text from running as a spreadsheet formula.
  const safe = rows.map((r) => r.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
  return stringify([[...REPORT_CSV_COLUMNS], ...safe], { record_delimiter: "windows" });
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface ReportHeader {
  /** The job seeker's name and email, from the settings. */
  readonly name?: string;
  readonly email?: string;
  /** When the report was made (epoch ms) and the zone to show it in. */
  readonly generatedMs: number;
  readonly zone: string;
}

/** Who reads the record: its user, when it was made. */
const readerOf = (header: ReportHeader): Reader => ({ zone: header.zone, now: header.generatedMs });

function periodText(report: Report, reader: Reader): string {
  const day = (d: string) => showDay(d, reader);
  if (report.from && report.to) return `${day(report.from)} to ${day(report.to)}`;
  if (report.from) return `from ${day(report.from)}`;
  if (report.to) return `up to ${day(report.to)}`;
  return "all recorded activity";
}

const CSS = `
  body { font: 11pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; margin: 2rem; }
  h1 { font-size: 18pt; margin: 0 0 .25rem; }
  h2 { font-size: 13pt; margin: 1.5rem 0 .25rem; }
  .meta, .muted { color: #555; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
  th, td { border: 1px solid #bbb; padding: .25rem .4rem; text-align: left; vertical-align: top; }
  th { background: #f0f0f0; }
  section { break-inside: avoid; page-break-inside: avoid; }
  @media print {
    @page { margin: 15mm; }
    body { margin: 0; font-size: 10pt; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
  }`;

/** A link for http(s) addresses only: a `javascript:` URL from an imported file stays text. */
function link(url: string): string {
  return /^https?:\/\//i.test(url.trim())
    ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`
    : escapeHtml(url);
}

/** A standalone, printable HTML page; every piece of user text is escaped. */
export function renderReportHtml(report: Report, header: ReportHeader): string {
  const e = escapeHtml;
  const who = [header.name ? e(header.name) : "", header.email ? `&lt;${e(header.email)}&gt;` : ""]
    .filter((w) => w !== "")
    .join(" ");
  const c = report.counts;
  const reader = readerOf(header);
  const activityRows = (rows: readonly Activity[], withCompany: boolean) =>
    rows
      .map(
        (a) =>
          `<tr><td>${e(a.when)}${a.zone ? `<br><span class="muted">${e(a.zone)}</span>` : ""}</td>${withCompany ? `<td>${e(a.company)}</td><td>${e(a.role)}</td>` : ""}<td>${e(a.activity)}</td><td>${e(a.contact)}</td><td>${e(a.channel)}</td><td>${e(a.detail)}</td></tr>`,
      )
      .join("\n");
  const sections = report.applications
    .map(({ summary: s, activities }) => {
      const stages = s.stages
        .filter((st) => st.atMs !== null)
        .map(
          (st) =>
            `${e(st.label)} (${e(st.day ? showDay(st.day, reader) : showDayOf(st.atMs as number, reader))})`,
        )
        .join(" → ");
      const contacts = s.contacts
        .map((p) => e([p.name, p.title, p.email].filter(Boolean).join(", ")))
        .join("; ");
      return `<section>
<h2>${e(s.company)}: ${e(s.role)}</h2>
<p class="meta">Status: ${e(s.status ?? "open")}${s.url ? ` · ${link(s.url)}` : ""}${contacts ? ` · Contacts: ${contacts}` : ""}</p>
${stages ? `<p>Stages: ${stages}</p>` : ""}
<table><thead><tr><th>When</th><th>Activity</th><th>Contact</th><th>Channel</th><th>Detail</th></tr></thead>
<tbody>
${activityRows(activities, false)}
</tbody></table>
</section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Job search record${header.name ? ` of ${e(header.name)}` : ""}</title>
<style>${CSS}</style>
</head>
<body>
<h1>Job search record${header.name ? ` of ${e(header.name)}` : ""}</h1>
<p class="meta">${who ? `${who} · ` : ""}Period: ${e(periodText(report, reader))} · Made ${e(showTime(header.generatedMs, reader))} · all times in ${e(header.zone)}</p>
<p>${c.applications} application${c.applications === 1 ? "" : "s"} with activity, ${c.applied} applied in the period, ${c.interviews} interview${c.interviews === 1 ? "" : "s"}, ${c.followUps} follow-up${c.followUps === 1 ? "" : "s"} sent, ${c.replies} repl${c.replies === 1 ? "y" : "ies"} received.</p>
<h2>All activity</h2>
<table><thead><tr><th>When</th><th>Employer</th><th>Position</th><th>Activity</th><th>Contact</th><th>Channel</th><th>Detail</th></tr></thead>
<tbody>
${activityRows(report.activities, true)}
</tbody></table>
${sections}
</body>
</html>
`;
}

/** Territories that use US Letter paper (CLDR's paperSize data); the rest of the world uses A4. */
const LETTER_COUNTRIES = new Set("US CA MX PR PH CL CO CR GT NI PA SV VE BZ".split(" "));

/**
 * The paper a record is printed on: the user's choice, else Letter when the holiday region is
 * in a Letter country (US, Canada, Mexico...), else Letter when no region is set and the zone
 * is in the Americas or a US zone, else A4.
 */
export function paperFor(opts: {
  readonly paper?: Paper;
  readonly region?: string;
  readonly zone: string;
}): Paper {
  if (opts.paper) return opts.paper;
  if (opts.region) {
    return LETTER_COUNTRIES.has(opts.region.slice(0, 2).toUpperCase()) ? "letter" : "a4";
  }
  return /^(America|US|Canada)\/|^Pacific\/Honolulu$/.test(opts.zone) ? "letter" : "a4";
}

/** The PDF table's cells of an activity. */
const cells = (a: Activity) => [
  a.zone ? `${a.when}\n${a.zone}` : a.when,
  a.employerContact ? `${a.company}\n${a.employerContact}` : a.company,
  a.role,
  a.contact,
  a.method,
  a.detail ? `${a.activity}: ${a.detail}` : a.activity,
  a.result,
];

/**
 * The same record as a PDF a work-search office can take: the chronological log by week
 * (date and time with the zone, employer and its contact details, position, person, method,
 * activity, result), in an embedded Unicode font, on the paper of the user's country.
 */
export async function renderReportPdf(
  report: Report,
  header: ReportHeader & { readonly paper?: Paper; readonly weekEnd?: WeekDay },
): Promise<Buffer> {
  const [{ default: PDFDocument }, { drawRuns, drawTable, loadFonts }] = await Promise.all([
    import("pdfkit"),
    import("./pdf-text.js"),
  ]);
  const doc = new PDFDocument({
    size: (header.paper ?? "a4") === "letter" ? "LETTER" : "A4",
    layout: "landscape",
    margin: 36,
    info: {
      Title: `Job search record${header.name ? ` of ${header.name}` : ""}`,
      Creator: "hearback",
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const page = doc as unknown as Doc;
  const fonts = await loadFonts(page);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const line = (text: string, bold = false) =>
    drawRuns(page, fonts.runs(text, bold), doc.page.margins.left, doc.y, { width });
  const reader = readerOf(header);
  const c = report.counts;
  doc.fontSize(15);
  line(`Job search record${header.name ? ` of ${header.name}` : ""}`, true);
  doc.fontSize(9).fillColor("#444");
  line(
    [
      header.email ?? "",
      `Period: ${periodText(report, reader)}`,
      `Made ${showTime(header.generatedMs, reader)} · all times in ${header.zone}`,
    ]
      .filter(Boolean)
      .join("  ·  "),
  );
  doc.moveDown(0.3).fillColor("#000").fontSize(10);
  line(
    `${c.applications} applications with activity, ${c.applied} applied in the period, ${c.interviews} interviews, ${c.followUps} follow-ups sent, ${c.replies} replies received. Weeks end on ${capital(header.weekEnd ?? DEFAULT_WEEK_END)}.`,
  );
  // Known before drawing, so that the warning sits at the top where it is seen.
  for (const v of [header.name ?? "", ...report.activities.flatMap(cells)]) fonts.runs(v);
  if (fonts.missing.size > 0) {
    const codes = [...fonts.missing];
    doc.moveDown(0.3).fontSize(8.5).fillColor("#a00");
    line(
      `Some characters are in none of the embedded fonts and are shown as their Unicode codes in brackets: ${codes.slice(0, 12).join(", ")}${codes.length > 12 ? "…" : ""}.`,
    );
    doc.fillColor("#000");
  }
  doc.moveDown();
  for (const week of report.weeks) {
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc.fontSize(11);
    line(`Week ending ${showDay(week.ending, reader)}`, true);
    doc.moveDown(0.2).fontSize(8);
    const widths = [100, 130, 90, 100, 55, 0, 85];
    widths[5] = width - widths.reduce((a, b) => a + b, 0);
    drawTable(page, fonts, {
      widths,
      header: [
        "Date and time",
        "Employer and contact details",
        "Position",
        "Person contacted",
        "Method",
        "Activity",
        "Result",
      ],
      rows: week.activities.map(cells),
    });
    doc.moveDown();
  }
  if (report.weeks.length === 0) {
    doc.fontSize(10);
    line("No activity in this period.");
  }
  doc.end();
  return done;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
