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
  it("lists every activity of the period in order, on the user's clock", () => {
    const r = buildReport({
      events: EVENTS,
      userZone: "America/New_York",
      from: "2026-11-01",
      to: "2026-11-30",
    });
    // Written in Denver's zone (no offset): 10:00 there is 12:00 in New York.
    expect(r.activities.map((a) => [a.when, a.activity, a.contact, a.channel])).toEqual([
      ["Mon 2 Nov 2026, 12:00", "Interview: onsite", "Dana Lee, Sam Ortiz", "interview"],
      ["Mon 2 Nov 2026, 18:30", "Thank-you sent", "Dana Lee", "email"],
      ["Wed 18 Nov 2026, 13:02", "Reply received", "Dana Lee", "email"],
    ]);
    expect(r.activities.map((a) => [a.date, a.time])[0]).toEqual(["2026-11-02", "12:00"]);
    expect(r.counts).toEqual({
      applications: 1,
      applied: 0,
      interviews: 1,
      followUps: 1,
      replies: 1,
    });
  });

  describe("with employers in several zones", () => {
    const events: TimelineEvent[] = [
      { type: "application", app: "acme", company: "Acme", role: "PM", timezone: "America/Denver" },
      {
        type: "application",
        app: "kraft",
        company: "Kraft",
        role: "DE",
        timezone: "Europe/Berlin",
      },
      { type: "interview", app: "acme", at: "2026-11-02T10:00" /* 12:00 in New York */ },
      { type: "interview", app: "kraft", at: "2026-11-02T17:00" /* 11:00 in New York */ },
      // Saturday 20:00 in New York, already Sunday in Berlin.
      { type: "sent", app: "kraft", at: "2026-11-07T20:00-05:00", kind: "thank-you" },
    ];
    const weekOf = (from: string, to: string) =>
      buildReport({ events, userZone: "America/New_York", from, to }).activities.map(
        (a) => `${a.when} ${a.company}: ${a.activity}`,
      );

    it("writes every row on one clock, so the rows read in order", () => {
      expect(weekOf("2026-11-01", "2026-11-07")).toEqual([
        "Mon 2 Nov 2026, 11:00 Kraft: Interview (round 1)",
        "Mon 2 Nov 2026, 12:00 Acme: Interview (round 1)",
        "Sat 7 Nov 2026, 20:00 Kraft: Thank-you sent",
      ]);
    });

    it("counts an activity in the user's week, not the employer's", () => {
      expect(weekOf("2026-11-08", "2026-11-14")).toEqual([]);
    });

    it("names the zone of its times", () => {
      const html = renderReportHtml(buildReport({ events, userZone: "America/New_York" }), {
        ...HEADER,
        zone: "America/New_York",
      });
      expect(html).toContain("all times in America/New_York");
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
      renderReportCsv(
        buildReport({ events: EVENTS, userZone: "America/Denver", from: "2026-11-01" }),
      ),
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
