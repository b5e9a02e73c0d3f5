import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { HearbackError } from "../core/errors.js";
import type { TimelineEvent } from "../core/types.js";
import { exportCsv, importCsv, parseMapping, readTrackerDate } from "./csv.js";

const NOW = "2026-11-25T10:00:00Z"; /* Wed */

const base = { existingApps: new Set<string>(), importedKeys: new Set<string>(), now: NOW };

function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof HearbackError) return err.problems;
    throw err;
  }
  throw new Error("expected a HearbackError");
}

const HUNTR = [
  "id,createdAt,title,description,url,location,salary,listName,companyName,updatedAt",
  '64f1a,2026-10-01T15:04:05.000Z,Product Manager,"Own the roadmap, end to end",https://acme.example/pm,Denver,,Interview,Acme,2026-10-20T09:00:00.000Z',
  "64f1b,2026-09-12T08:00:00.000Z,Analyst,,,London,,Rejected,Globex,2026-10-02T12:00:00.000Z",
  "64f1c,2026-09-15T08:00:00.000Z,Analyst,,,,,Offer,Globex,",
].join("\n");

const JOBSYNC = [
  "index,createdAt,applied,appliedDate,Company,JobTitle,jobType,Location,JobSource,Status",
  "1,2026-10-01,true,10/02/2026,Initech,Engineer,FT,Austin,LinkedIn,applied",
  "2,2026-10-03,true,2026-10-04,Umbrella,Engineer,FT,Remote,Indeed,rejected",
].join("\r\n");

const TEAL = [
  "Company,Job Position,Status,Date Saved,Date Applied,Job URL,Location,Notes",
  'Hooli,Designer,Interviewing,"Oct 1, 2026","Oct 3, 2026",https://hooli.example/d,"Palo Alto, CA",Met Gavin at a meetup',
  "Pied Piper,Designer,I Withdrew,3 Oct 2026,,,,",
].join("\n");

const apps = (events: readonly TimelineEvent[]) => events.filter((e) => e.type === "application");

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
  ])("reads %s", (raw, at) => {
    expect(readTrackerDate(raw)).toBe(at);
  });

  it.each(["yesterday", "2026-02-30", "13/13/2026", "Foo 1, 2026"])("rejects %s", (raw) => {
    expect(readTrackerDate(raw)).toBeNull();
  });
});

describe("importCsv", () => {
  describe("Huntr", () => {
    const result = importCsv({ ...base, text: HUNTR, source: "huntr", file: "huntr.csv" });

    it("makes one application per row, with company, role, date, link and a stable key", () => {
      expect(apps(result.events)).toEqual([
        expect.objectContaining({
          app: "acme-pm",
          company: "Acme",
          role: "Product Manager",
          at: "2026-10-01T15:04:05.000Z",
          url: "https://acme.example/pm",
          location: "Denver",
          importKey: "huntr:64f1a",
        }),
        expect.objectContaining({ app: "globex-analyst", importKey: "huntr:64f1b" }),
        expect.objectContaining({ app: "globex-analyst-2", importKey: "huntr:64f1c" }),
      ]);
    });

    it("records the end states as statuses dated by the last update, and open stages as notes", () => {
      const rest = result.events.filter((e) => e.type !== "application");
      expect(rest).toEqual([
        {
          type: "note",
          app: "acme-pm",
          at: "2026-10-20T09:00:00.000Z",
          text: "Stage in Huntr: Interview",
        },
        {
          type: "status",
          app: "globex-analyst",
          at: "2026-10-02T12:00:00.000Z",
          status: "rejected",
        },
        {
          type: "status",
          app: "globex-analyst-2",
          at: "2026-09-15T08:00:00.000Z",
          status: "offer",
        },
      ]);
    });

    it("adds nothing when the same rows were imported before", () => {
      const keys = new Set(apps(result.events).map((e) => String(e.importKey)));
      const again = importCsv({
        ...base,
        importedKeys: keys,
        text: HUNTR,
        source: "huntr",
        file: "huntr.csv",
      });
      expect(again.events).toEqual([]);
      expect(again.alreadyImported).toEqual([2, 3, 4]);
    });

    it("does not reuse the id of an application already stored", () => {
      const r = importCsv({
        ...base,
        existingApps: new Set(["acme-pm"]),
        text: HUNTR,
        source: "huntr",
        file: "huntr.csv",
      });
      expect(apps(r.events)[0]?.app).toBe("acme-pm-2");
    });
  });

  it("reads JobSync's columns and US dates", () => {
    const r = importCsv({ ...base, text: JOBSYNC, source: "jobsync", file: "jobsync.csv" });
    expect(apps(r.events).map((e) => [e.app, e.at, e.importKey])).toEqual([
      ["initech-engineer", "2026-10-02T00:00", "jobsync:1"],
      ["umbrella-engineer", "2026-10-04T00:00", "jobsync:2"],
    ]);
    expect(r.events.find((e) => e.type === "status")).toMatchObject({
      app: "umbrella-engineer",
      status: "rejected",
    });
  });

  it("reads Teal's columns, quoted commas and notes", () => {
    const r = importCsv({ ...base, text: TEAL, source: "teal", file: "teal.csv" });
    expect(apps(r.events)[0]).toMatchObject({
      company: "Hooli",
      role: "Designer",
      at: "2026-10-03T00:00",
      location: "Palo Alto, CA",
    });
    expect(r.events).toContainEqual({
      type: "note",
      app: "hooli-designer",
      at: "2026-10-03T00:00",
      text: "Met Gavin at a meetup",
    });
    expect(r.events).toContainEqual({
      type: "status",
      app: "pied-piper-designer",
      at: NOW /* no date applied: dated by the import */,
      status: "withdrawn",
    });
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
        'h.csv:3: createdAt: not a date: "last week" (use 2026-11-13, 11/13/2026 or Nov 13, 2026)',
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
