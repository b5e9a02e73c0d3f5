import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import type { TimelineEvent } from "../core/types.js";
import {
  buildReport,
  escapeHtml,
  gist,
  paperFor,
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

/** When the record is made: Thu 3 Dec 2026. */
const MADE = Date.parse("2026-12-03T12:00:00Z");

const HEADER = {
  name: "Ann <Candidate>",
  email: "ann@example.net",
  generatedMs: MADE,
  zone: "UTC",
};

describe("buildReport", () => {
  it("lists every activity of the period in order, on the user's clock", () => {
    const r = buildReport({
      now: MADE,
      events: EVENTS,
      userZone: "America/New_York",
      from: "2026-11-01",
      to: "2026-11-30",
    });
    // Written in Denver's zone (no offset): 10:00 there is 12:00 in New York. Shown as times
    // are everywhere: the user's clock, Denver's beside it, no year in the year it is made.
    expect(r.activities.map((a) => [a.when, a.activity, a.contact, a.channel])).toEqual([
      [
        "Mon 2 Nov, 12:00 your time · 10:00 in Denver",
        "Interview: onsite",
        "Dana Lee, Sam Ortiz",
        "interview",
      ],
      ["Mon 2 Nov, 18:30 your time · 16:30 in Denver", "Thank-you sent", "Dana Lee", "email"],
      ["Wed 18 Nov, 13:02 your time · 11:02 in Denver", "Reply received", "Dana Lee", "email"],
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
      buildReport({ now: MADE, events, userZone: "America/New_York", from, to }).activities.map(
        (a) => `${a.when} ${a.company}: ${a.activity}`,
      );

    it("writes every row on one clock, so the rows read in order", () => {
      expect(weekOf("2026-11-01", "2026-11-07")).toEqual([
        "Mon 2 Nov, 11:00 your time · 17:00 in Berlin Kraft: Interview (round 1)",
        "Mon 2 Nov, 12:00 your time · 10:00 in Denver Acme: Interview (round 1)",
        "Sat 7 Nov, 20:00 your time · Sun 8 Nov, 2:00 in Berlin Kraft: Thank-you sent",
      ]);
    });

    it("counts an activity in the user's week, not the employer's", () => {
      expect(weekOf("2026-11-08", "2026-11-14")).toEqual([]);
    });

    it("names the zone of its times", () => {
      const html = renderReportHtml(
        buildReport({ now: MADE, events, userZone: "America/New_York" }),
        {
          ...HEADER,
          zone: "America/New_York",
        },
      );
      expect(html).toContain("all times in America/New_York");
    });
  });

  it("includes the application date and the outcome when the period covers them", () => {
    const r = buildReport({ now: MADE, events: EVENTS, userZone: "UTC" });
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
    expect(
      buildReport({ now: MADE, events: EVENTS, userZone: "UTC", ...period }).applications,
    ).toEqual([]);
  });
});

describe.each([
  ["as a day (a timeline file)", "2026-11-02"],
  ["at midnight, as imports and add --applied store a day", "2026-11-02T00:00"],
])("an application dated by its day alone, %s", (_label, at) => {
  // Applied on Mon 2 Nov in Berlin, no time given: midnight there is 18:00 on Sunday in New York.
  const events: TimelineEvent[] = [
    {
      type: "application",
      app: "kraft",
      company: "Kraft",
      role: "DE",
      at,
      timezone: "Europe/Berlin",
    },
  ];
  const report = buildReport({ now: MADE, events, userZone: "America/New_York" });

  it("is on the day written, with no time and no zone", () => {
    expect(report.activities.map((a) => [a.date, a.time, a.when, a.zone])).toEqual([
      ["2026-11-02", "", "Mon 2 Nov", ""],
    ]);
    expect(report.weeks.map((w) => w.ending)).toEqual(["2026-11-07"]);
  });

  it("prints the day without a 0:00 or an evening before, in HTML and CSV", () => {
    const html = renderReportHtml(report, { ...HEADER, zone: "America/New_York" });
    expect(html).toContain("<td>Mon 2 Nov</td>");
    expect(html).toContain("Applied (Mon 2 Nov)");
    expect(html).not.toMatch(/0:00|18:00|Sun 1 Nov/);
    const [, row] = parse(renderReportCsv(report)) as string[][];
    expect(row?.slice(0, 3)).toEqual(["2026-11-02", "", ""]);
  });
});

describe("renderReportHtml", () => {
  const html = renderReportHtml(
    buildReport({ now: MADE, events: EVENTS, userZone: "UTC" }),
    HEADER,
  );

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
    const page = renderReportHtml(
      buildReport({ now: MADE, events: evil, userZone: "UTC" }),
      HEADER,
    );
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
        buildReport({ now: MADE, events: EVENTS, userZone: "America/Denver", from: "2026-11-01" }),
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

/** A work-search log in several scripts and zones, over two weeks, with a saved job. */
const WORLD: readonly TimelineEvent[] = [
  {
    type: "application",
    app: "kw",
    company: "Kraków Widgets",
    role: "Backend Engineer",
    at: "2026-11-02T09:15" /* Mon */,
    timezone: "Europe/Warsaw",
    url: "https://kw.example/jobs/1",
    location: "ul. Długa 5, Kraków",
    contacts: [
      { name: "Zoë Łukasiewicz-Müller", email: "zoe@kw.example", phone: "+48 12 345 67 89" },
    ],
  } as TimelineEvent,
  {
    type: "interview",
    app: "kw",
    at: "2026-11-06T14:00" /* Fri */,
    interviewers: [{ name: "Νίκος Παππάς" }],
  },
  {
    type: "sent",
    app: "kw",
    at: "2026-11-07T18:00" /* Sat */,
    kind: "thank-you",
    to: "Zoë Łukasiewicz-Müller",
    channel: "email",
    subject: "Dziękuję",
  },
  {
    type: "reply",
    app: "kw",
    at: "2026-11-09T10:30" /* Mon */,
    from: "Zoë Łukasiewicz-Müller",
    text: "Hi Ann,\n\nThanks for your note. We will decide by Friday.\n\nBest,\nZoë",
    signal: "still-deciding",
  },
  {
    type: "application",
    app: "msk",
    company: "Анна и партнёры",
    role: "Аналитик",
    at: "2026-11-03T10:00" /* Tue */,
    timezone: "America/Denver",
    contacts: [{ name: "Анна Иванова", phone: "+1 303 555 0100" }],
  },
  {
    type: "sent",
    app: "msk",
    at: "2026-11-10T10:00",
    kind: "check-in",
    to: ["王小明", "김민준", "प्रिया शर्मा", "தமிழ்செல்வி", "محمد علي", "דנה לוי", "𠀀"],
    channel: "phone",
  },
  // A tracker's wishlist row, dated when it was saved: still not an application.
  {
    type: "application",
    app: "wish",
    company: "Someday Inc",
    role: "Dream job",
    at: "2026-11-04T12:00",
    saved: true,
  },
];

describe("a work-search log an office can take", () => {
  const report = buildReport({ now: MADE, events: WORLD, userZone: "Europe/Warsaw" });

  it("groups activities by the week they fall in, weeks ending on Saturday", () => {
    expect(report.weeks.map((w) => [w.ending, w.activities.map((a) => a.date)])).toEqual([
      ["2026-11-07", ["2026-11-02", "2026-11-03", "2026-11-06", "2026-11-07"]],
      ["2026-11-14", ["2026-11-09", "2026-11-10"]],
    ]);
  });

  it("ends weeks on the day the settings name", () => {
    const byFriday = buildReport({
      now: MADE,
      events: WORLD,
      userZone: "Europe/Warsaw",
      weekEnd: "friday",
    });
    expect(byFriday.weeks.map((w) => [w.ending, w.activities.length])).toEqual([
      ["2026-11-06", 3],
      ["2026-11-13", 3],
    ]);
  });

  it("has no row for a job that was only saved, never applied to", () => {
    expect(report.activities.map((a) => a.company)).not.toContain("Someday Inc");
  });

  it("gives each row its method, the employer's contact details and the result", () => {
    expect(
      report.activities.map((a) => [a.activity, a.method, a.employerContact, a.result]),
    ).toEqual([
      ["Applied", "online", "ul. Długa 5, Kraków, +48 12 345 67 89, zoe@kw.example", "Interviewed"],
      ["Applied", "", "+1 303 555 0100", "Awaiting an answer"],
      ["Interview (round 1)", "interview", "ul. Długa 5, Kraków", "Awaiting a decision"],
      [
        "Thank-you sent",
        "email",
        "ul. Długa 5, Kraków, +48 12 345 67 89, zoe@kw.example",
        "Answered",
      ],
      [
        "Reply received",
        "email",
        "ul. Długa 5, Kraków, +48 12 345 67 89, zoe@kw.example",
        "Still deciding",
      ],
      ["Check-in sent", "phone", "", "No reply yet"],
    ]);
  });

  it("sums a reply up by its first sentence after the greeting, not by the greeting", () => {
    expect(report.activities.find((a) => a.activity === "Reply received")?.detail).toBe(
      "Thanks for your note.",
    );
  });

  it.each([
    ["Hi Ann,\nThanks!\nWe will decide by 1 Dec.", "Thanks!"],
    [
      "Dear Ms. Łukasiewicz-Müller,\n\nWe are pleased to invite you. Please reply.",
      "We are pleased to invite you.",
    ],
    ["Ann,\nSorry, the role is filled.", "Sorry, the role is filled."],
    ["No greeting here. Second sentence.", "No greeting here."],
  ])("sums %j up as %j", (text, expected) => {
    expect(gist(text)).toBe(expected);
  });
});

describe("paperFor", () => {
  it.each([
    [{ zone: "America/Chicago" }, "letter"],
    [{ zone: "Europe/Berlin" }, "a4"],
    [{ zone: "Europe/Berlin", region: "US-NY" }, "letter"],
    [{ zone: "America/New_York", region: "GB" }, "a4"],
    [{ zone: "America/Toronto", region: "CA-ON" }, "letter"],
    [{ zone: "America/Chicago", paper: "a4" as const }, "a4"],
  ])("prints %j on %s", (opts, paper) => {
    expect(paperFor(opts)).toBe(paper);
  });
});

/** Read back with poppler (Debian's poppler-utils), a PDF reader hearback did not write. */
describeWith(PROGRAMS.poppler, "the PDF, read by poppler", {}, async () => {
  const dir = mkdtempSync(join(tmpdir(), "hearback-pdf-"));
  const write = async (name: string, paper: "letter" | "a4") => {
    const file = join(dir, name);
    const header = { ...HEADER, name: "Zoë Łukasiewicz-Müller", zone: "Europe/Warsaw", paper };
    writeFileSync(
      file,
      await renderReportPdf(
        buildReport({ now: MADE, events: WORLD, userZone: "Europe/Warsaw" }),
        header,
      ),
    );
    return file;
  };
  const letter = await write("letter.pdf", "letter");
  const a4 = await write("a4.pdf", "a4");
  const run = (cmd: string, ...args: string[]) =>
    execFileSync(`/usr/bin/${cmd}`, args, { encoding: "utf8" });
  // Table cells wrap, so words are compared with the line breaks taken out.
  const text = run("pdftotext", letter, "-").replace(/\s+/g, " ");

  it("shows names in Polish, Greek and Cyrillic as written", () => {
    expect(text).toContain("Job search record of Zoë Łukasiewicz-Müller");
    expect(text).toContain("Νίκος Παππάς");
    expect(text).toContain("Анна и партнёры");
    expect(text).toContain("Аналитик");
    expect(text).not.toContain("?");
  });

  it("prints Chinese, Korean, Devanagari, Tamil, Arabic and Hebrew names in fonts that have them", () => {
    expect(text).toContain("王小明");
    expect(text).toContain("김민준");
    // poppler gives the Devanagari vowel sign before the consonant it is drawn before.
    for (const letter of ["प", "्", "र", "ि", "य", "ा", "श", "म"]) expect(text).toContain(letter);
    for (const letter of ["த", "ம", "ி", "ழ", "்", "ச", "ெ", "ல", "வ"])
      expect(text).toContain(letter);
    // Right to left: poppler gives the Arabic words as written, the Hebrew letters in the
    // order drawn from the left, which is "דנה לוי" read from the right.
    expect(text).toContain("محمد علي");
    expect(text).toContain("יול הנד");
    const fonts = run("pdffonts", letter);
    for (const face of ["NotoSansDevanagari", "NotoSansTamil", "UnifontExMono"]) {
      expect(fonts).toMatch(new RegExp(`\\+${face}\\S* .* yes +yes +yes`));
    }
  });

  it("shows a character no font has as its code and says so, never as a silent ?", () => {
    expect(text).toContain("[U+20000]");
    expect(text).toContain("shown as their Unicode codes in brackets: U+20000.");
  });

  it("shows each time with its zone, grouped by week ending", () => {
    // Made in 2026: no year, as everywhere times of this year are shown.
    expect(text).toContain("Week ending Sat 7 Nov ");
    expect(text).toContain("Week ending Sat 14 Nov ");
    expect(text).toContain("Mon 2 Nov, 9:15 Europe/Warsaw");
    // The employer's clock beside the user's, as everywhere, when they differ.
    expect(text).toMatch(/Tue 3 Nov, 18:00 your\s+time · 10:00 in Denver\s+Europe\/Warsaw/);
    expect(text.indexOf("Sat 14 Nov")).toBeGreaterThan(text.indexOf("Sat 7 Nov, 18:00"));
  });

  it("has the columns a work-search log asks for", () => {
    for (const column of [
      "Date and time",
      "Employer and contact details",
      "Position",
      "Person contacted",
      "Method",
      "Activity",
      "Result",
    ]) {
      expect(text).toContain(column);
    }
    expect(text).toContain("+48 12 345 67 89");
    expect(text).toContain("Reply received: Thanks for your note.");
    expect(text).not.toContain("Someday Inc");
  });

  it("embeds its font", () => {
    const fonts = run("pdffonts", letter).split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    // Every font embedded, as a subset, with its Unicode map.
    for (const line of fonts) expect(line).toMatch(/ yes +yes +yes +\d+ +\d+$/);
    expect(fonts.some((line) => /DejaVuSans/.test(line))).toBe(true);
  });

  it("is on Letter paper or A4 as asked", () => {
    expect(run("pdfinfo", letter)).toMatch(/Page size: +792 x 612 pts \(letter\)/);
    expect(run("pdfinfo", a4)).toMatch(/Page size: +841\.89 x 595\.28 pts \(A4\)/);
  });
});
