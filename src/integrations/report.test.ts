import { inflateSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../core/types.js";
import {
  buildReport,
  escapeHtml,
  renderReportCsv,
  renderReportHtml,
  renderReportPdf,
} from "./report.js";

const EVENTS: readonly TimelineEvent[] = [
  {
    type: "application",
    app: "acme-pm",
    company: "Acme <script>alert(1)</script>",
    role: "Product Manager & Lead",
    at: "2026-10-20T09:00" /* Tue */,
    timezone: "America/Denver",
    url: 'https://acme.example/pm?a=1&b="2"',
    contacts: [{ name: "Dana Lee", email: "dana@acme.example", title: "Head of Product" }],
  },
  {
    type: "interview",
    app: "acme-pm",
    at: "2026-11-02T10:00" /* Mon */,
    interviewers: [{ name: "Dana Lee" }, { name: "Sam Ortiz" }],
    stage: "onsite",
  },
  {
    type: "sent",
    app: "acme-pm",
    at: "2026-11-02T16:30",
    kind: "thank-you",
    to: "Dana Lee",
    channel: "email",
    subject: "Thank you",
  },
  {
    type: "reply",
    app: "acme-pm",
    at: "2026-11-18T11:02",
    from: "Dana Lee",
    text: "Thanks!\nWe will decide by 1 Dec.",
  },
  { type: "status", app: "acme-pm", at: "2026-12-02T09:00", status: "rejected" },
  {
    type: "application",
    app: "old",
    company: "Old Co",
    role: "Analyst",
    at: "2026-08-01T09:00",
    timezone: "UTC",
  },
];

const HEADER = {
  name: "Ann <Candidate>",
  email: "ann@example.net",
  generatedMs: Date.parse("2026-12-03T12:00:00Z"),
  zone: "UTC",
};

describe("buildReport", () => {
  it("lists every activity of the period in order, read in the application's zone", () => {
    const r = buildReport({
      events: EVENTS,
      userZone: "UTC",
      from: "2026-11-01",
      to: "2026-11-30",
    });
    expect(r.activities.map((a) => [a.when, a.activity, a.contact, a.channel])).toEqual([
      ["Mon 2 Nov 2026, 10:00", "Interview: onsite", "Dana Lee, Sam Ortiz", "interview"],
      ["Mon 2 Nov 2026, 16:30", "Thank-you sent", "Dana Lee", "email"],
      ["Wed 18 Nov 2026, 11:02", "Reply received", "Dana Lee", "email"],
    ]);
    expect(r.counts).toEqual({
      applications: 1,
      applied: 0,
      interviews: 1,
      followUps: 1,
      replies: 1,
    });
  });

  it("includes the application date and the outcome when the period covers them", () => {
    const r = buildReport({ events: EVENTS, userZone: "UTC" });
    expect(r.activities.map((a) => a.activity)).toEqual([
      "Applied",
      "Applied",
      "Interview: onsite",
      "Thank-you sent",
      "Reply received",
      "Status: rejected",
    ]);
    expect(r.applications.map((a) => a.summary.app)).toEqual(["acme-pm", "old"]);
  });

  it.each([
    ["starts after", { from: "2026-12-03" }],
    ["ends before", { to: "2026-07-31" }],
  ])("has nothing for a period that %s everything", (_label, period) => {
    expect(buildReport({ events: EVENTS, userZone: "UTC", ...period }).applications).toEqual([]);
  });
});

describe("renderReportHtml", () => {
  const html = renderReportHtml(buildReport({ events: EVENTS, userZone: "UTC" }), HEADER);

  it("escapes all user text", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("Acme &#60;script&#62;alert(1)&#60;/script&#62;");
    expect(html).toContain("Product Manager &#38; Lead");
    expect(html).toContain('href="https://acme.example/pm?a=1&#38;b=&#34;2&#34;"');
    expect(html).toContain("Ann &#60;Candidate&#62;");
  });

  it("links only web addresses, so a javascript: URL from an imported file stays text", () => {
    const evil: TimelineEvent[] = [
      {
        type: "application",
        app: "x",
        company: "X",
        role: "Y",
        at: "2026-11-02T09:00",
        url: "javascript:alert(1)",
      },
    ];
    const page = renderReportHtml(buildReport({ events: evil, userZone: "UTC" }), HEADER);
    expect(page).not.toContain("href=");
    expect(page).toContain("javascript:alert(1)");
  });

  it("is printable: print styles, and table headers repeated on each page", () => {
    expect(html).toContain("@media print");
    expect(html).toContain("thead { display: table-header-group; }");
  });

  it.each(["<", ">", "&", '"', "'"])("escapes %s", (ch) => {
    expect(escapeHtml(`a${ch}b`)).toBe(`a&#${ch.charCodeAt(0)};b`);
  });
});

describe("renderReportCsv", () => {
  it("has one row per activity, with a date and time a form can take", () => {
    const rows = parse(
      renderReportCsv(buildReport({ events: EVENTS, userZone: "UTC", from: "2026-11-01" })),
      {
        columns: true,
      },
    ) as Record<string, string>[];
    expect(rows.map((r) => [r.date, r.time, r.activity, r.company])).toEqual([
      ["2026-11-02", "10:00", "Interview: onsite", "Acme <script>alert(1)</script>"],
      ["2026-11-02", "16:30", "Thank-you sent", "Acme <script>alert(1)</script>"],
      ["2026-11-18", "11:02", "Reply received", "Acme <script>alert(1)</script>"],
      ["2026-12-02", "09:00", "Status: rejected", "Acme <script>alert(1)</script>"],
    ]);
    expect(rows[2]?.detail).toBe("Thanks!");
  });
});

/** The text a PDF shows: its content streams inflated, the hex strings of TJ arrays decoded. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const out: string[] = [];
  const re = /stream\r?\n/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    let body: string;
    try {
      body = inflateSync(Buffer.from(raw.slice(start, end), "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const tj of body.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hexes = [...(tj[1] ?? "").matchAll(/<([0-9a-fA-F]*)>/g)].map((h) =>
        Buffer.from(h[1] ?? "", "hex").toString("latin1"),
      );
      out.push(hexes.join(""));
    }
  }
  return out.join("\n");
}

describe("renderReportPdf", () => {
  it("writes a PDF that shows the employers, activities and people", async () => {
    const pdf = await renderReportPdf(buildReport({ events: EVENTS, userZone: "UTC" }), HEADER);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("Job search record of Ann <Candidate>");
    expect(text).toContain("Old Co: Analyst");
    expect(text).toContain("Thank-you sent");
    expect(text).toContain("Sam Ortiz");
  });
});
