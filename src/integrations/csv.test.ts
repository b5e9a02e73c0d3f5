import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { HearbackError } from "../core/errors.js";
import { fold } from "../core/fold.js";
import type { ApplicationEvent, TimelineEvent } from "../core/types.js";
import { stageOf } from "../ops/engine.js";
import {
  type CsvImportResult,
  type CsvSource,
  exportCsv,
  importCsv,
  importedApps,
  parseMapping,
  readTrackerDate,
} from "./csv.js";
import { buildReport } from "./report.js";

const NOW = "2026-11-25T10:00:00Z"; /* Wed */

const base = { existingApps: new Set<string>(), imported: [], now: NOW };

function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof HearbackError) return err.problems;
    throw err;
  }
  throw new Error("expected a HearbackError");
}

const TEAL = [
  "Company,Job Position,Status,Date Saved,Date Applied,Job URL,Location,Notes",
  'Hooli,Designer,Interviewing,"Oct 1, 2026","Oct 3, 2026",https://hooli.example/d,"Palo Alto, CA",Met Gavin at a meetup',
  "Pied Piper,Designer,I Withdrew,3 Oct 2026,,,,",
].join("\n");

const apps = (events: readonly TimelineEvent[]) =>
  events.filter((e): e is ApplicationEvent => e.type === "application");
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");

/** What the store does with an import: corrections replace applications, events append. */
function store(events: readonly TimelineEvent[], r: CsvImportResult): TimelineEvent[] {
  const fixed = new Map(r.corrections.map((e) => [e.app, e]));
  return [
    ...events.map((e) => (e.type === "application" ? (fixed.get(e.app) ?? e) : e)),
    ...r.events,
  ];
}

/** Imports `text` over what `events` hold, as the store would. */
function importOver(
  events: readonly TimelineEvent[],
  text: string,
  source: CsvSource,
  now = NOW,
): { result: CsvImportResult; events: TimelineEvent[] } {
  const result = importCsv({
    ...base,
    existingApps: new Set(events.map((e) => e.app)),
    imported: importedApps(events),
    text,
    source,
    file: `${source}.csv`,
    now,
  });
  return { result, events: store(events, result) };
}

describe("readTrackerDate", () => {
  it.each([
    ["2026-11-13" /* Fri */, "2026-11-13T00:00"],
    ["2026-11-13T09:30:00.000Z", "2026-11-13T09:30:00.000Z"],
    ["2026-11-13 09:30", "2026-11-13T09:30"],
    ["11/13/2026", "2026-11-13T00:00"],
    ["11/13/26", "2026-11-13T00:00"],
    ["Nov 13, 2026", "2026-11-13T00:00"],
    ["November 13 2026", "2026-11-13T00:00"],
    ["13 Nov 2026", "2026-11-13T00:00"],
    ["10/12/2026 15:30", "2026-10-12T15:30"],
    ["10/8/2026 9:05", "2026-10-08T09:05"],
    ["10/12/2026 3:30 PM", "2026-10-12T15:30"],
    ["10/12/2026 12:10 am", "2026-10-12T00:10"],
    ["10/12/2026 15:30:45", "2026-10-12T15:30:45"],
  ])("reads %s", (raw, at) => {
    expect(readTrackerDate(raw)).toBe(at);
  });

  it.each([
    "yesterday",
    "2026-02-30",
    "13/13/2026",
    "Foo 1, 2026",
    "10/12/2026 25:00",
    "10/12/2026 13:00 PM",
  ])("rejects %s", (raw) => {
    expect(readTrackerDate(raw)).toBeNull();
  });
});

describe("importCsv", () => {
  describe("JobSync's export, as its export code writes it", () => {
    const first = importOver([], fixture("jobsync-export.csv"), "jobsync");
    const byCompany = (events: readonly TimelineEvent[], company: string) =>
      apps(events).filter((e) => e.company === company);

    it("reads all 205 rows, the 201st too, though 200-row chunks are joined by a bare newline", () => {
      expect(first.result.added.length + first.result.skipped.length).toBe(205);
      // Row 201 (index 201) is Company 005, the first row of the second chunk.
      expect(byCompany(first.events, "Company 005")).toEqual([
        expect.objectContaining({
          role: "Data Analyst",
          at: "2026-03-06T00:00",
          location: "Remote",
        }),
      ]);
      expect(byCompany(first.events, "Company 004")[0]?.company).toBe("Company 004");
    });

    it("reads N/A as a missing value, not as a bad date", () => {
      // Company 006 was applied to (applied=Yes) with no date: the day it was added stands in.
      expect(byCompany(first.events, "Company 006")[0]).toMatchObject({ at: "2026-03-06T00:00" });
      expect(byCompany(first.events, "Company 001")[0]).not.toHaveProperty("location");
    });

    it("imports drafts (applied=No) as saved jobs, with no applied date, never reported as applied", () => {
      const draft = byCompany(first.events, "Company 004")[0];
      expect(draft).toMatchObject({ saved: true });
      expect(draft).not.toHaveProperty("at");
      expect(first.result.saved).toHaveLength(21);
      const [state] = fold(
        first.events.filter((e) => e.app === draft?.app),
        { defaultZone: "UTC" },
      );
      expect(state && stageOf(state, Date.parse(NOW))).toBe("saved");
      const report = buildReport({
        now: Date.parse("2026-12-03T12:00:00Z"),
        events: first.events,
        userZone: "UTC",
      });
      expect(report.activities.filter((a) => a.app === draft?.app)).toEqual([]);
      expect(report.counts.applied).toBe(205 - 21);
    });

    it("keeps location, job source and work type, and names the column it does not keep", () => {
      expect(byCompany(first.events, "Company 002")[0]).toMatchObject({
        location: "Austin, TX",
        jobSource: "Indeed",
        jobType: "Part Time",
        workplace: "Hybrid",
      });
      expect(byCompany(first.events, "Initech, LLC")[0]).not.toHaveProperty("jobSource");
      expect(apps(first.events).some((e) => e.role === 'Engineer "Platform"')).toBe(true);
      expect(first.result.dropped).toEqual(["index"]);
    });

    it("dates the stages it reads by the import, not by the applied date", () => {
      const rejected = byCompany(first.events, "Company 001")[0]?.app;
      expect(first.events).toContainEqual({
        type: "status",
        app: rejected,
        at: NOW,
        status: "rejected",
      });
      expect(
        first.events
          .filter((e) => e.type !== "application")
          .every((e) => "at" in e && e.at === NOW),
      ).toBe(true);
    });

    describe("then a later export, where every row moved down one place", () => {
      const LATER = "2026-12-01T09:00:00Z";
      const second = importOver(
        first.events,
        fixture("jobsync-export-later.csv"),
        "jobsync",
        LATER,
      );

      it("adds the new job only and duplicates none", () => {
        expect(second.result.added).toEqual(["company-206-pm"]);
        expect(apps(second.events)).toHaveLength(206);
        expect(new Set(apps(second.events).map((e) => e.importKey)).size).toBe(206);
      });

      it("records a changed stage as seen on the day of the import", () => {
        const app = byCompany(second.events, "Company 203")[0]?.app;
        expect(second.result.events.filter((e) => e.app === app)).toEqual([
          { type: "note", app, at: LATER, text: "Stage in JobSync: Interview" },
        ]);
      });

      it("makes a saved job an application when it was applied to, on the day JobSync gives", () => {
        const [job] = byCompany(second.events, "Company 194");
        expect(job).toMatchObject({ at: "2026-09-20T00:00" });
        expect(job).not.toHaveProperty("saved");
        expect(second.result.updated.toSorted()).toEqual(
          [job?.app, byCompany(second.events, "Company 203")[0]?.app].toSorted(),
        );
        expect(second.result.unchanged).toBe(203);
      });

      it("adds nothing when the same file comes again", () => {
        const third = importOver(second.events, fixture("jobsync-export-later.csv"), "jobsync");
        expect(third.result.events).toEqual([]);
        expect(third.result.corrections).toEqual([]);
        expect(third.result.unchanged).toBe(206);
      });
    });
  });

  describe("Teal's export, then the same file saved again by Excel", () => {
    const first = importOver([], fixture("teal-export.csv"), "teal");
    const LATER = "2026-11-30T09:00:00Z";
    const second = importOver(first.events, fixture("teal-export-excel.csv"), "teal", LATER);
    const appOf = (company: string) => apps(second.events).find((e) => e.company === company);

    it("imports Bookmarked and Applying as saved jobs, and a withdrawal as a status seen now", () => {
      expect(first.result.saved.toSorted()).toEqual(["endframe-dl", "raviga-ur"]);
      expect(first.events).toContainEqual({
        type: "status",
        app: "pied-piper-designer",
        at: NOW,
        status: "withdrawn",
      });
    });

    it("reads the BOM, CRLF, M/D/YYYY dates and date-times Excel writes", () => {
      expect(second.result.added).toEqual([]);
      expect(apps(second.events)).toHaveLength(5);
      expect(appOf("Raviga")).toMatchObject({ at: "2026-10-12T15:30" });
    });

    it("records a changed status, dated by the import", () => {
      expect(second.result.events).toContainEqual({
        type: "status",
        app: "hooli-pd",
        at: LATER,
        status: "rejected",
      });
    });

    it("corrects a changed applied date instead of adding the job again", () => {
      expect(appOf("Bachmanity")).toMatchObject({ at: "2026-10-08T09:05" });
      expect(second.result.updated.toSorted()).toEqual([
        "bachmanity-designer",
        "hooli-pd",
        "raviga-ur",
      ]);
      expect(second.result.unchanged).toBe(2);
    });

    it("matches applications an earlier version imported under its own keys", () => {
      const old = apps(first.events).map((e) => ({
        ...e,
        importKey: `teal:${e.company}|${e.role}|x`,
      }));
      const { trackerStage: _, ...legacy } = old[0] as ApplicationEvent;
      const again = importOver([legacy, ...old.slice(1)], fixture("teal-export-excel.csv"), "teal");
      expect(again.result.added).toEqual([]);
    });
  });

  describe("Huntr's export", () => {
    const r = importOver([], fixture("huntr-export.csv"), "huntr");
    const appOf = (company: string) => apps(r.events).find((e) => e.company === company);

    it("keeps the description, salary and location, and names updatedAt as not kept", () => {
      expect(appOf("Acme")).toMatchObject({
        app: "acme-pm",
        at: "2026-10-01T15:04:05.000Z",
        description: "Own the roadmap, end to end.\nWork with design and engineering.",
        salary: "$140,000 - $160,000",
        location: "Denver, CO",
        importKey: "huntr:64f1a0c2e1",
      });
      expect(r.result.dropped).toEqual(["updatedAt"]);
    });

    it("imports the Wishlist as saved jobs and dates end states by the import", () => {
      expect(r.result.saved).toEqual(["umbrella-se"]);
      expect(r.result.events.filter((e) => e.type === "status")).toEqual([
        { type: "status", app: "globex-analyst", at: NOW, status: "rejected" },
        { type: "status", app: "globex-analyst-2", at: NOW, status: "offer" },
      ]);
    });

    it("does not reuse the id of an application already stored", () => {
      const again = importCsv({
        ...base,
        existingApps: new Set(["acme-pm"]),
        text: fixture("huntr-export.csv"),
        source: "huntr",
        file: "huntr.csv",
      });
      expect(apps(again.events)[0]?.app).toBe("acme-pm-2");
    });
  });

  it("refuses a date outside the years hearback reads, naming the line and column", () => {
    const problems = problemsOf(() =>
      importCsv({
        ...base,
        text: "Company,JobTitle,appliedDate,createdAt\r\nInitech,Engineer,1/2/1850,2026-10-01 10:00",
        source: "jobsync",
        file: "j.csv",
      }),
    );
    expect(problems).toEqual([
      'j.csv:2: appliedDate: outside the dates hearback reads: "1/2/1850" (the years 1900-2199)',
    ]);
  });

  it("leaves out a job never applied to that the tracker shows as ended, and says so", () => {
    const r = importCsv({
      ...base,
      text: "index,createdAt,applied,appliedDate,Company,JobTitle,Status\r\n1,2026-10-01,No,N/A,Initech,Engineer,Expired",
      source: "jobsync",
      file: "j.csv",
    });
    expect(r.added).toEqual([]);
    expect(r.skipped).toEqual([{ line: 2, why: "never applied to, and Expired in JobSync" }]);
  });

  it("reads Teal's columns, quoted commas and notes", () => {
    const r = importCsv({ ...base, text: TEAL, source: "teal", file: "teal.csv" });
    expect(apps(r.events)[0]).toMatchObject({
      company: "Hooli",
      role: "Designer",
      at: "2026-10-03T00:00",
      url: "https://hooli.example/d",
      location: "Palo Alto, CA",
    });
    expect(r.events).toContainEqual(
      expect.objectContaining({ type: "note", text: "Met Gavin at a meetup" }),
    );
  });

  it("reads any CSV through a header mapping", () => {
    const text = "Employer Name;Position;When\nAcme;PM;2026-11-02\n".replaceAll(";", ",");
    const r = importCsv({
      ...base,
      text,
      source: "csv",
      file: "mine.csv",
      mapping: parseMapping("company=Employer Name,role=Position,applied=When"),
    });
    expect(apps(r.events)).toEqual([
      expect.objectContaining({ company: "Acme", role: "PM", at: "2026-11-02T00:00" }),
    ]);
  });

  describe("bad input", () => {
    it("names the line and column of every problem and imports nothing", () => {
      const text = [
        "id,createdAt,title,listName,companyName",
        "a,2026-10-01,PM,Applied,Acme",
        "b,last week,PM,Applied,",
        "c,2026-10-01,,Applied,Initech",
      ].join("\n");
      expect(
        problemsOf(() => importCsv({ ...base, text, source: "huntr", file: "h.csv" })),
      ).toEqual([
        "h.csv:3: companyName: empty; every application needs a company",
        'h.csv:3: createdAt: not a date: "last week" (use 2026-11-13, 11/13/2026, 11/13/2026 15:30 or Nov 13, 2026)',
        "h.csv:4: title: empty; every application needs a role",
      ]);
    });

    it("says which column it looked for when the file is not the tracker's export", () => {
      const problems = problemsOf(() =>
        importCsv({ ...base, text: "a,b\n1,2\n", source: "jobsync", file: "x.csv" }),
      );
      expect(problems[0]).toBe(
        'x.csv:1: no company column (looked for "Company"; name yours with --map company=HEADER)',
      );
    });

    it("names a mapped column that the file does not have", () => {
      const problems = problemsOf(() =>
        importCsv({
          ...base,
          text: "Company,Role\nA,B\n",
          source: "csv",
          file: "x.csv",
          mapping: { applied: "Date" },
        }),
      );
      expect(problems).toEqual([
        "x.csv:1: --map applied=Date: no such column (the columns are: Company, Role)",
      ]);
    });

    it("reads rows shorter than a 100 KB header in time in proportion to the file, not to rows times header", () => {
      const rows = Array.from({ length: 4_000 }, (_, i) => `Acme ${i},PM\n`).join("");
      const took = (header: string) => {
        const start = performance.now();
        const r = importCsv({ ...base, text: `${header}\n${rows}`, source: "csv", file: "x.csv" });
        expect(r.added).toHaveLength(4_000);
        return performance.now() - start;
      };
      const short = took("Company,Role,Notes");
      const long = took(`Company,Role,${"n".repeat(100_000)}`);
      // The header is 6,000 times longer, the file 3 times: allow the file's ratio and slack.
      expect(long).toBeLessThan(3 * short + 200);
    });

    it("quotes at most 60 characters of a long column name or value in a problem", () => {
      const column = `Applied ${"on ".repeat(30_000)}`;
      const text = `Company,Role,${column}\nAcme,PM,${"soon ".repeat(20_000)}\n`;
      const problems = problemsOf(() =>
        importCsv({ ...base, text, source: "csv", file: "x.csv", mapping: { applied: column } }),
      );
      expect(problems).toEqual([
        `x.csv:2: ${`Applied ${"on ".repeat(20)}`.slice(0, 60)}…: not a date: "${"soon ".repeat(12)}…" (use 2026-11-13, 11/13/2026, 11/13/2026 15:30 or Nov 13, 2026)`,
      ]);
    });

    it("keeps a column named like an object's own property as a column", () => {
      const r = importCsv({
        ...base,
        text: "Company,Role,__proto__\nAcme,PM,x\n",
        source: "csv",
        file: "x.csv",
      });
      expect(r.added).toHaveLength(1);
      expect(r.dropped).toEqual(["__proto__"]);
    });

    it("rejects a mapping to a field it does not know", () => {
      expect(problemsOf(() => parseMapping("employer=Company"))[0]).toMatch(
        /^--map: "employer" is not a field/,
      );
    });
  });
});

describe("exportCsv", () => {
  const events: TimelineEvent[] = [
    {
      type: "application",
      app: "acme-pm",
      company: '=HYPERLINK("x")',
      role: "PM, Platform",
      at: "2026-10-01T09:00",
      timezone: "America/Denver",
      contacts: [{ name: "Dana Lee", email: "dana@acme.example" }],
    },
    {
      type: "interview",
      app: "acme-pm",
      at: "2026-11-02T10:00" /* Mon */,
      interviewers: [{ name: "Sam Ortiz" }],
    },
    { type: "sent", app: "acme-pm", at: "2026-11-02T16:30", kind: "thank-you" },
    { type: "status", app: "acme-pm", at: "2026-11-20T09:00", status: "rejected" },
  ];

  it("writes one row per application with times in the application's zone", () => {
    const [header, row] = parse(exportCsv(events, "UTC")) as string[][];
    const rec = Object.fromEntries((header ?? []).map((h, i) => [h, row?.[i]]));
    expect(rec).toMatchObject({
      app: "acme-pm",
      role: "PM, Platform",
      applied: "2026-10-01T09:00:00-06:00",
      status: "rejected",
      interviews: "1",
      "last interview": "2026-11-02T10:00:00-07:00",
      "messages sent": "1",
      contacts: "Dana Lee <dana@acme.example>; Sam Ortiz",
    });
  });

  it("keeps a cell that looks like a formula from running in a spreadsheet", () => {
    const [, row] = parse(exportCsv(events, "UTC")) as string[][];
    expect(row?.[1]).toBe('\'=HYPERLINK("x")');
  });

  it("is read back by the generic CSV import", () => {
    const r = importCsv({
      ...base,
      text: exportCsv(events, "UTC"),
      source: "csv",
      file: "export.csv",
    });
    expect(apps(r.events)[0]).toMatchObject({
      app: "acme-pm",
      role: "PM, Platform",
      timezone: "America/Denver",
    });
    expect(r.events).toContainEqual(
      expect.objectContaining({ type: "status", status: "rejected" }),
    );
  });
});
