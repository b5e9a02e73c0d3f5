/**
 * The job-search record (`hearback report`): every application with its stage history,
 * every interview and follow-up, in a period, as printable HTML, PDF or CSV. Some
 * unemployment offices ask for exactly this as proof of a job search, so each activity is
 * a dated row naming the employer, the position, the person and the channel.
 *
 * `buildReport` is pure (the log in, rows out); the renderers only lay the rows out.
 */
import { stringify } from "csv-stringify/sync";
import type { TimelineEvent } from "../core/types.js";
import { dateInZone, formatDateTime, formatDay, wallTime } from "../time/index.js";
import { type ApplicationSummary, summarize } from "./summary.js";

export interface Activity {
  readonly atMs: number;
  /** The calendar day in the user's zone. */
  readonly date: string;
  /** "09:00" in the user's zone. */
  readonly time: string;
  /** "Mon 2 Nov 2026, 10:00" in the user's zone (one clock for every row, so they read in order). */
  readonly when: string;
  readonly app: string;
  readonly company: string;
  readonly role: string;
  /** "Applied", "Interview (round 1)", "Thank-you sent", "Reply received", "Status: rejected"... */
  readonly activity: string;
  readonly contact: string;
  readonly channel: string;
  readonly detail: string;
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
  readonly counts: {
    readonly applications: number;
    readonly applied: number;
    readonly interviews: number;
    readonly followUps: number;
    readonly replies: number;
  };
}

/** Always with the year: a record is read long after the fact. */
const NEVER_THIS_YEAR = 0;

const SENT_LABEL: Readonly<Record<string, string>> = {
  "thank-you": "Thank-you sent",
  "check-in": "Check-in sent",
  "value-add": "Follow-up note sent",
  "final-thanks": "Final thank-you sent",
  "keep-in-touch": "Keep-in-touch note sent",
  other: "Message sent",
};

const firstLine = (s: string | undefined, max = 140) => {
  const line = (s ?? "").trim().split(/\r?\n/)[0] ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

/**
 * The record of a period (`from`/`to` inclusive calendar days, each activity read in its
 * user's zone, like the period's days: a week claimed is the user's week). An application is
 * listed when something happened in it in the period.
 *
 * @example
 * buildReport({ events, userZone: "America/Denver", from: "2026-11-01", to: "2026-11-30" }).counts.interviews // 2
 */
export function buildReport(input: {
  readonly events: readonly TimelineEvent[];
  readonly userZone: string;
  readonly from?: string;
  readonly to?: string;
}): Report {
  const from = input.from ?? null;
  const to = input.to ?? null;
  const applications: ReportApplication[] = [];
  const zone = input.userZone;
  for (const s of summarize(input.events, zone)) {
    const rows: Activity[] = [];
    const add = (atMs: number | null, activity: string, extra: Partial<Activity> = {}) => {
      if (atMs === null) return;
      const date = dateInZone(atMs, zone);
      if ((from !== null && date < from) || (to !== null && date > to)) return;
      rows.push({
        atMs,
        date,
        time: wallTime(atMs, zone),
        when: formatDateTime(atMs, zone, NEVER_THIS_YEAR),
        app: s.app,
        company: s.company,
        role: s.role,
        activity,
        contact: "",
        channel: "",
        detail: "",
        ...extra,
      });
    };
    add(s.appliedMs, "Applied", { detail: s.url ?? "" });
    s.interviews.forEach((iv, i) => {
      add(iv.atMs, iv.stage ? `Interview: ${iv.stage}` : `Interview (round ${i + 1})`, {
        contact: (iv.interviewers ?? []).map((c) => c.name).join(", "),
        channel: "interview",
        detail: (iv.topics ?? []).join(", "),
      });
    });
    for (const m of s.sent) {
      add(m.atMs, SENT_LABEL[m.kind] ?? "Message sent", {
        contact: Array.isArray(m.to) ? m.to.join(", ") : ((m.to as string | undefined) ?? ""),
        channel: m.channel ?? "",
        detail: m.subject ?? firstLine(m.text),
      });
    }
    for (const r of s.replies) {
      add(r.atMs, "Reply received", {
        contact: r.from ?? "",
        channel: "email",
        detail: firstLine(r.text),
      });
    }
    for (const st of s.statuses) {
      add(st.atMs, `Status: ${st.status}`, { detail: st.note ?? "" });
    }
    rows.sort((a, b) => a.atMs - b.atMs);
    if (rows.length > 0) applications.push({ summary: s, activities: rows });
  }
  const activities = applications.flatMap((a) => a.activities).sort((a, b) => a.atMs - b.atMs);
  const count = (p: (a: Activity) => boolean) => activities.filter(p).length;
  return {
    from,
    to,
    applications,
    activities,
    counts: {
      applications: applications.length,
      applied: count((a) => a.activity === "Applied"),
      interviews: count((a) => a.channel === "interview"),
      followUps: count((a) => a.activity.endsWith("sent")),
      replies: count((a) => a.activity === "Reply received"),
    },
  };
}

export const REPORT_CSV_COLUMNS = [
  "date",
  "time",
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

function periodText(report: Report): string {
  const day = (d: string) => formatDay(d, NEVER_THIS_YEAR);
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
  const activityRows = (rows: readonly Activity[], withCompany: boolean) =>
    rows
      .map(
        (a) =>
          `<tr><td>${e(a.when)}</td>${withCompany ? `<td>${e(a.company)}</td><td>${e(a.role)}</td>` : ""}<td>${e(a.activity)}</td><td>${e(a.contact)}</td><td>${e(a.channel)}</td><td>${e(a.detail)}</td></tr>`,
      )
      .join("\n");
  const sections = report.applications
    .map(({ summary: s, activities }) => {
      const stages = s.stages
        .filter((st) => st.atMs !== null)
        .map(
          (st) =>
            `${e(st.label)} (${e(formatDay(dateInZone(st.atMs as number, header.zone), NEVER_THIS_YEAR))})`,
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
<p class="meta">${who ? `${who} · ` : ""}Period: ${e(periodText(report))} · Made ${e(formatDateTime(header.generatedMs, header.zone, NEVER_THIS_YEAR))} · all times in ${e(header.zone)}</p>
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

/**
 * The same record as a PDF (pdfkit, standard Helvetica: text outside Latin-1 is shown
 * as "?", see the limits in docs/integrations.md).
 */
export async function renderReportPdf(report: Report, header: ReportHeader): Promise<Buffer> {
  const { default: PDFDocument } = await import("pdfkit");
  const doc = new PDFDocument({
    size: "A4",
    margin: 42,
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
  const latin1 = (s: string) =>
    s.replace(/[^ -~\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022]/g, "?");
  const c = report.counts;
  doc
    .font("Helvetica-Bold")
    .fontSize(16)
    .text(latin1(`Job search record${header.name ? ` of ${header.name}` : ""}`));
  doc
    .font("Helvetica")
    .fontSize(9)
    .fillColor("#444")
    .text(
      latin1(
        [
          header.email ?? "",
          `Period: ${periodText(report)}`,
          `Made ${formatDateTime(header.generatedMs, header.zone, NEVER_THIS_YEAR)} · all times in ${header.zone}`,
        ]
          .filter(Boolean)
          .join("  ·  "),
      ),
    )
    .moveDown(0.5)
    .fillColor("#000")
    .fontSize(10)
    .text(
      `${c.applications} applications with activity, ${c.applied} applied in the period, ${c.interviews} interviews, ${c.followUps} follow-ups sent, ${c.replies} replies received.`,
    )
    .moveDown();
  for (const { summary: s, activities } of report.applications) {
    if (doc.y > doc.page.height - 160) doc.addPage();
    doc
      .font("Helvetica-Bold")
      .fontSize(12)
      .text(latin1(`${s.company}: ${s.role}`));
    doc
      .font("Helvetica")
      .fontSize(9)
      .fillColor("#444")
      .text(latin1(`Status: ${s.status ?? "open"}${s.url ? `  ·  ${s.url}` : ""}`))
      .fillColor("#000")
      .moveDown(0.3);
    doc.fontSize(8.5).table({
      columnStyles: [95, 95, 90, 55, "*"],
      data: [
        ["When", "Activity", "Contact", "Channel", "Detail"].map((t) => ({
          text: t,
          type: "TH" as const,
          font: { src: "Helvetica-Bold" },
        })),
        ...activities.map((a) => [a.when, a.activity, a.contact, a.channel, a.detail].map(latin1)),
      ],
    });
    doc.moveDown();
  }
  doc.end();
  return done;
}
