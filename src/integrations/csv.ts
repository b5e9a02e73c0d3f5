/**
 * Spreadsheets in and out: the CSV exports of other job trackers (Huntr, JobSync, Teal, or
 * any CSV with a header mapping) become timeline events, and `export --format csv` writes
 * one row per application.
 *
 * Importing is all or nothing: every row is checked first and every problem is reported
 * with its line and column; only a file without problems yields events. Each imported
 * application carries an `importKey` (`huntr:<id>`, or the company, role and date when the
 * tracker has no id), so importing the same file twice adds nothing the second time.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { HearbackError } from "../core/errors.js";
import { STATUSES, type Status, type TimelineEvent } from "../core/types.js";
import { appIdFor } from "../ops/ids.js";
import { isIsoDate, isoWithOffset, isValidZone } from "../time/index.js";
import { summarize } from "./summary.js";

export const CSV_SOURCES = ["huntr", "jobsync", "teal", "csv"] as const;
export type CsvSource = (typeof CSV_SOURCES)[number];

/** The fields hearback reads from a row. */
export const CSV_FIELDS = [
  "id",
  "company",
  "role",
  "applied",
  "updated",
  "status",
  "url",
  "location",
  "notes",
  "timezone",
  "contact",
  "email",
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/**
 * Header names per source, compared without case, spaces or punctuation. The first header
 * of a list that the file has is used.
 *
 * - Huntr's job export: `id,createdAt,title,...,listName,companyName,...` (the list is the
 *   board column the job sits in: Wishlist, Applied, Interview, Offer, Rejected...).
 * - JobSync's export: `index,createdAt,applied,appliedDate,Company,JobTitle,jobType,
 *   Location,JobSource,Status`.
 * - Teal's job tracker export, as best known: Company, Job Position, Status, Date Saved,
 *   Date Applied, Job URL, Location, Notes (older files say "Job Title", "URL").
 */
const HEADERS: Readonly<Record<CsvSource, Readonly<Partial<Record<CsvField, readonly string[]>>>>> =
  {
    huntr: {
      id: ["id"],
      company: ["companyName", "company"],
      role: ["title", "jobTitle"],
      applied: ["appliedAt", "dateApplied", "createdAt"],
      updated: ["updatedAt", "lastUpdated"],
      status: ["listName", "list", "stage"],
      url: ["url", "jobUrl"],
      location: ["location"],
      notes: ["notes"],
    },
    jobsync: {
      id: ["id", "index"],
      company: ["Company"],
      role: ["JobTitle", "title"],
      applied: ["appliedDate", "createdAt"],
      status: ["Status"],
      location: ["Location"],
      url: ["url", "jobUrl"],
    },
    teal: {
      id: ["id"],
      company: ["Company", "Company Name"],
      role: ["Job Position", "Job Title", "Position", "Title"],
      applied: ["Date Applied", "Applied Date", "Date Saved"],
      updated: ["Last Updated", "Date Updated"],
      status: ["Status", "Stage"],
      url: ["Job URL", "URL", "Link"],
      location: ["Location"],
      notes: ["Notes"],
    },
    csv: {
      id: ["app", "id"],
      company: ["company", "employer", "organization", "organisation"],
      role: ["role", "title", "job title", "position"],
      applied: ["applied", "applied at", "date applied", "applied date", "date"],
      updated: ["updated", "last updated"],
      status: ["status", "stage"],
      url: ["url", "link", "job url"],
      location: ["location"],
      notes: ["notes", "note"],
      timezone: ["timezone", "time zone"],
      contact: ["contact", "contact name", "recruiter"],
      email: ["email", "contact email"],
    },
  };

/**
 * Board columns and statuses of other trackers, read as hearback statuses. Anything not
 * listed (Wishlist, Applied, Interviewing...) is an open application: the stage is kept in
 * a note, and no status is recorded.
 */
const STATUS_WORDS: Readonly<Record<string, Status>> = {
  offer: "offer",
  offered: "offer",
  negotiating: "offer",
  accepted: "accepted",
  hired: "accepted",
  rejected: "rejected",
  "not selected": "rejected",
  declined: "rejected",
  withdrawn: "withdrawn",
  "i withdrew": "withdrawn",
  withdrew: "withdrawn",
  "on hold": "on-hold",
  "on-hold": "on-hold",
  filled: "filled",
  closed: "filled",
  expired: "filled",
};

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Reads the dates trackers write: ISO 8601 (kept as it is, offset and all), US
 * `M/D/YYYY`, `Mon D, YYYY` and `D Mon YYYY`. A bare date becomes the start of that day,
 * read in the application's zone. Returns null for anything else.
 */
export function readTrackerDate(raw: string): string | null {
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return isIsoDate(s) ? `${s}T00:00` : null;
  const iso =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (iso) return isIsoDate(iso[1] as string) ? `${iso[1]}T${iso[2]}${iso[3] ?? ""}` : null;
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
  const named = /^([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/i.exec(s);
  const dayFirst = /^(\d{1,2}) ([a-z]{3})[a-z]*\.? (\d{4})$/i.exec(s);
  if (us) {
    m = Number(us[1]);
    d = Number(us[2]);
    y = Number(us[3]) + ((us[3] as string).length === 2 ? 2000 : 0);
  } else if (named) {
    m = MONTHS.indexOf((named[1] as string).toLowerCase()) + 1;
    d = Number(named[2]);
    y = Number(named[3]);
  } else if (dayFirst) {
    d = Number(dayFirst[1]);
    m = MONTHS.indexOf((dayFirst[2] as string).toLowerCase()) + 1;
    y = Number(dayFirst[3]);
  }
  if (y === undefined || !m || !d) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(date) ? `${date}T00:00` : null;
}

/** Reads `company=Employer,role=Position` (the `--map` option) into a field -> header mapping. */
export function parseMapping(spec: string): Partial<Record<CsvField, string>> {
  const out: Partial<Record<CsvField, string>> = {};
  const problems: string[] = [];
  for (const part of spec.split(",")) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    const field = (eq < 0 ? part : part.slice(0, eq)).trim();
    const header = eq < 0 ? "" : part.slice(eq + 1).trim();
    if (!(CSV_FIELDS as readonly string[]).includes(field)) {
      problems.push(`--map: "${field}" is not a field; use one of ${CSV_FIELDS.join(", ")}`);
    } else if (header === "") {
      problems.push(`--map: ${field}: give the column's header after "=" (${field}=Header)`);
    } else {
      out[field as CsvField] = header;
    }
  }
  if (problems.length > 0) throw new HearbackError("bad-input", problems[0] as string, problems);
  return out;
}

export interface CsvImportInput {
  readonly text: string;
  readonly source: CsvSource;
  /** The file's name, for messages (`jobs.csv:4: companyName: empty`). */
  readonly file: string;
  /** Field -> header overrides (always used for `csv`, optional for the others). */
  readonly mapping?: Readonly<Partial<Record<CsvField, string>>>;
  /** Application ids already stored, so new ones do not collide. */
  readonly existingApps: ReadonlySet<string>;
  /** `importKey`s already stored, so a second import of the same rows adds nothing. */
  readonly importedKeys: ReadonlySet<string>;
  /** The import time (ISO with offset), for facts a row gives no date for. */
  readonly now: string;
}

export interface CsvImportResult {
  readonly events: readonly TimelineEvent[];
  readonly applications: number;
  /** Rows left out because they were imported before, by line. */
  readonly alreadyImported: readonly number[];
}

interface Row {
  readonly record: Record<string, string>;
  readonly line: number;
}

/**
 * Turns a tracker's CSV export into timeline events, or throws one HearbackError listing
 * every problem (`jobs.csv:4: companyName: empty`).
 *
 * @example
 * importCsv({ text, source: "huntr", file: "huntr.csv", existingApps: new Set(),
 *   importedKeys: new Set(), now: "2026-11-25T10:00:00Z" }).events[0]
 * // { type: "application", app: "acme-product-manager", company: "Acme", ... }
 */
export function importCsv(input: CsvImportInput): CsvImportResult {
  let rows: Row[];
  try {
    rows = (
      parse(input.text, {
        columns: true,
        bom: true,
        skip_empty_lines: true,
        trim: true,
        relax_column_count: true,
        info: true,
      }) as { record: Record<string, string>; info: { lines: number } }[]
    ).map((r) => ({ record: r.record, line: r.info.lines }));
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    throw new HearbackError("bad-input", `${input.file}: not a readable CSV file`, [
      `${input.file}:${e.lines ?? 1}: ${e.message ?? String(err)}`,
    ]);
  }
  const first = rows[0];
  if (!first) {
    throw new HearbackError("bad-input", `${input.file}: no rows below the header`, [
      `${input.file}:2: no rows below the header`,
    ]);
  }
  const headers = Object.keys(first.record);
  const byNorm = new Map(headers.map((h) => [norm(h), h] as const));
  const columnOf: Partial<Record<CsvField, string>> = {};
  const problems: string[] = [];
  for (const field of CSV_FIELDS) {
    const wanted = input.mapping?.[field];
    if (wanted !== undefined) {
      const h = byNorm.get(norm(wanted));
      if (h === undefined) {
        problems.push(
          `${input.file}:1: --map ${field}=${wanted}: no such column (the columns are: ${headers.join(", ")})`,
        );
      } else {
        columnOf[field] = h;
      }
      continue;
    }
    for (const candidate of HEADERS[input.source][field] ?? []) {
      const h = byNorm.get(norm(candidate));
      if (h !== undefined) {
        columnOf[field] = h;
        break;
      }
    }
  }
  for (const required of ["company", "role"] as const) {
    if (columnOf[required] === undefined && !input.mapping?.[required]) {
      const known = (HEADERS[input.source][required] ?? []).join('" or "');
      problems.push(
        `${input.file}:1: no ${required} column (looked for "${known}"; name yours with --map ${required}=HEADER)`,
      );
    }
  }
  if (problems.length > 0) throw new HearbackError("bad-input", problems[0] as string, problems);

  const events: TimelineEvent[] = [];
  const usedIds = new Set(input.existingApps);
  const keysInFile = new Set<string>();
  const alreadyImported: number[] = [];
  let applications = 0;
  for (const { record, line } of rows) {
    const get = (f: CsvField) => {
      const h = columnOf[f];
      return h === undefined ? "" : (record[h] ?? "").trim();
    };
    const where = (f: CsvField) => `${input.file}:${line}: ${columnOf[f] ?? f}`;
    const rowProblems: string[] = [];
    const company = get("company");
    const role = get("role");
    if (company === "")
      rowProblems.push(`${where("company")}: empty; every application needs a company`);
    if (role === "") rowProblems.push(`${where("role")}: empty; every application needs a role`);
    const readDate = (f: "applied" | "updated") => {
      const raw = get(f);
      if (raw === "") return undefined;
      const at = readTrackerDate(raw);
      if (at === null) {
        rowProblems.push(
          `${where(f)}: not a date: ${JSON.stringify(raw)} (use 2026-11-13, 11/13/2026 or Nov 13, 2026)`,
        );
      }
      return at ?? undefined;
    };
    const applied = readDate("applied");
    const updated = readDate("updated");
    const timezone = get("timezone");
    if (timezone !== "" && !isValidZone(timezone)) {
      rowProblems.push(`${where("timezone")}: not an IANA time zone: ${JSON.stringify(timezone)}`);
    }
    const email = get("email");
    if (email !== "" && !/^[^\s@]+@[^\s@]+$/.test(email)) {
      rowProblems.push(`${where("email")}: not an email address: ${JSON.stringify(email)}`);
    }
    const stage = get("status");
    const status =
      STATUS_WORDS[stage.toLowerCase()] ??
      ((STATUSES as readonly string[]).includes(stage) ? (stage as Status) : undefined);
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    const id = get("id");
    const importKey = `${input.source}:${id !== "" ? id : `${company}|${role}|${applied ?? ""}`}`;
    if (input.importedKeys.has(importKey) || keysInFile.has(importKey)) {
      alreadyImported.push(line);
      continue;
    }
    keysInFile.add(importKey);

    // The generic format may name the id itself (a file hearback exported); others get one
    // the way the tracker makes them ("acme-pm").
    const app =
      input.source === "csv" && id !== "" && !usedIds.has(id)
        ? id
        : appIdFor({ company, role, taken: usedIds });
    usedIds.add(app);
    applications += 1;

    const contact = get("contact");
    const location = get("location");
    events.push({
      type: "application",
      app,
      company,
      role,
      ...(applied ? { at: applied } : {}),
      ...(timezone ? { timezone } : {}),
      ...(get("url") ? { url: get("url") } : {}),
      ...(contact ? { contacts: [{ name: contact, ...(email ? { email } : {}) }] } : {}),
      ...(location ? { location } : {}),
      importKey,
    });
    // A fact with no date of its own is dated by the row's last update, else when it was applied,
    // else now: never later than what the tracker knew.
    const factAt = updated ?? applied ?? input.now;
    const trackerName = input.source === "csv" ? "the spreadsheet" : trackerLabel(input.source);
    // "open" is what `export --format csv` writes for an application with no status.
    if (stage !== "" && status === undefined && stage.toLowerCase() !== "open") {
      events.push({ type: "note", app, at: factAt, text: `Stage in ${trackerName}: ${stage}` });
    }
    if (status !== undefined) events.push({ type: "status", app, at: factAt, status });
    const notes = get("notes");
    if (notes !== "") events.push({ type: "note", app, at: factAt, text: notes });
  }
  if (problems.length > 0) {
    throw new HearbackError(
      "bad-input",
      `${input.file}: ${problems.length} problem(s); nothing was imported`,
      problems,
    );
  }
  return { events, applications, alreadyImported };
}

function trackerLabel(source: CsvSource): string {
  return { huntr: "Huntr", jobsync: "JobSync", teal: "Teal", csv: "the spreadsheet" }[source];
}

/** The columns of `export --format csv`; `import --from csv` reads them back. */
export const EXPORT_COLUMNS = [
  "app",
  "company",
  "role",
  "applied",
  "status",
  "interviews",
  "last interview",
  "messages sent",
  "last sent",
  "replies",
  "last reply",
  "contacts",
  "timezone",
  "url",
] as const;

/**
 * One row per application, times in the application's zone with their offset.
 *
 * @example
 * exportCsv(events, "America/Denver") // "app,company,role,applied,...\r\nacme-pm,Acme,..."
 */
export function exportCsv(events: readonly TimelineEvent[], userZone: string): string {
  const when = (ms: number | null | undefined, zone: string) =>
    ms === null || ms === undefined ? "" : isoWithOffset(ms, zone);
  const rows = summarize(events, userZone).map((s) => [
    s.app,
    s.company,
    s.role,
    when(s.appliedMs, s.zone),
    s.status ?? "open",
    s.interviews.length,
    when(s.interviews.at(-1)?.atMs, s.zone),
    s.sent.length,
    when(s.sent.at(-1)?.atMs, s.zone),
    s.replies.length,
    when(s.replies.at(-1)?.atMs, s.zone),
    s.contacts.map((c) => (c.email ? `${c.name} <${c.email}>` : c.name)).join("; "),
    s.ownZone ? s.zone : "",
    s.url ?? "",
  ]);
  // Spreadsheet programs run cells that start with = + - @ as formulas; a leading quote
  // keeps user text as text (OWASP "CSV injection").
  const safe = rows.map((r) =>
    r.map((v) => (typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v)),
  );
  return stringify([[...EXPORT_COLUMNS], ...safe], { record_delimiter: "windows" });
}
