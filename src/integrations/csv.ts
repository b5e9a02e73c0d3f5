/**
 * Spreadsheets in and out: the CSV exports of other job trackers (Huntr, JobSync, Teal, or
 * any CSV with a header mapping, as exported or after a round trip through Excel) become
 * timeline events, and `export --format csv` writes one row per application.
 *
 * Importing is all or nothing: every row is checked first and every problem is reported
 * with its line and column; only a file without problems yields events. A row's identity
 * comes from what it says (the tracker's own id when it has one, else company, role and
 * the day the job was added), never from its place in the file, and is kept as the
 * application's `importKey`. Importing a later export of the same tracker therefore adds
 * the new jobs only and updates the others: a changed stage becomes a status event (or a
 * note) dated when the import saw it; changed details (applied date, location, salary...)
 * correct the application. Jobs not applied to yet (a wishlist) become saved jobs.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { abridge } from "../core/abridge.js";
import { emailProblem } from "../core/email.js";
import { HearbackError } from "../core/errors.js";
import { appIdFor } from "../core/new-app-id.js";
import { type ApplicationEvent, STATUSES, type Status, type TimelineEvent } from "../core/types.js";
import {
  FIRST_YEAR,
  isIsoDate,
  isoWithOffset,
  isSupportedDateTime,
  isValidZone,
  LAST_YEAR,
} from "../time/index.js";
import { summarize } from "./summary.js";

export const CSV_SOURCES = ["huntr", "jobsync", "teal", "csv"] as const;
export type CsvSource = (typeof CSV_SOURCES)[number];

/** The row's details kept on the application (see docs/integrations.md). */
const DETAILS = [
  "url",
  "location",
  "salary",
  "source",
  "jobType",
  "workplace",
  "description",
] as const;

/** The fields hearback reads from a row. */
const CSV_FIELDS = [
  "id",
  "company",
  "role",
  "applied",
  "created",
  "hasApplied",
  "status",
  ...DETAILS,
  "notes",
  "timezone",
  "contact",
  "email",
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

type Detail = (typeof DETAILS)[number];
/** The event field each detail is kept under. */
const DETAIL_KEY: Readonly<Record<Detail, string>> = {
  url: "url",
  location: "location",
  salary: "salary",
  source: "jobSource",
  jobType: "jobType",
  workplace: "workplace",
  description: "description",
};

/**
 * Header names per source, compared without case, spaces or punctuation. The first header
 * of a list that the file has is used. The layouts, and where each was seen, are in
 * docs/integrations.md; in short:
 *
 * - JobSync: `index,createdAt,applied,appliedDate,Company,JobTitle,jobType,workplaceType,
 *   Location,JobSource,Status` (before July 2026 without workplaceType). `index` is the
 *   row's position in that export, so it is not an identity.
 * - Huntr: `id,createdAt,title,description,url,location,salary,listName,companyName,updatedAt`.
 * - Teal: `Company,Job Position,Status,Date Saved,Date Applied,Job URL,Location,Notes`.
 */
const HEADERS: Readonly<Record<CsvSource, Readonly<Partial<Record<CsvField, readonly string[]>>>>> =
  {
    huntr: {
      id: ["id"],
      company: ["companyName", "company"],
      role: ["title", "jobTitle"],
      applied: ["appliedAt", "dateApplied"],
      created: ["createdAt"],
      status: ["listName", "list", "stage"],
      url: ["url", "jobUrl"],
      location: ["location"],
      salary: ["salary"],
      description: ["description"],
      notes: ["notes"],
    },
    jobsync: {
      company: ["Company"],
      role: ["JobTitle", "title"],
      applied: ["appliedDate"],
      created: ["createdAt"],
      hasApplied: ["applied"],
      status: ["Status"],
      location: ["Location", "Locations"],
      source: ["JobSource"],
      jobType: ["jobType"],
      workplace: ["workplaceType"],
      url: ["url", "jobUrl"],
    },
    teal: {
      company: ["Company", "Company Name"],
      role: ["Job Position", "Job Title", "Position", "Title"],
      applied: ["Date Applied", "Applied Date"],
      created: ["Date Saved"],
      status: ["Status", "Stage"],
      url: ["Job URL", "URL", "Link"],
      location: ["Location"],
      salary: ["Salary"],
      description: ["Job Description", "Description"],
      notes: ["Notes"],
    },
    csv: {
      id: ["app", "id"],
      company: ["company", "employer", "organization", "organisation"],
      role: ["role", "title", "job title", "position"],
      applied: ["applied", "applied at", "date applied", "applied date", "date"],
      created: ["created", "date saved", "saved", "added"],
      status: ["status", "stage"],
      url: ["url", "link", "job url"],
      location: ["location"],
      salary: ["salary", "pay"],
      source: ["source", "job source"],
      jobType: ["job type", "type"],
      workplace: ["workplace", "work type", "remote"],
      description: ["description", "job description"],
      notes: ["notes", "note"],
      timezone: ["timezone", "time zone"],
      contact: ["contact", "contact name", "recruiter"],
      email: ["email", "contact email"],
    },
  };

/**
 * Board columns and statuses of other trackers, read as hearback statuses. Anything not
 * listed (Applied, Interviewing...) is an open application: its stage is kept in a note.
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

/** Stages that say the job was not applied to yet: imported as saved jobs. */
const NOT_APPLIED = new Set(["wishlist", "bookmarked", "saved", "draft", "interested", "applying"]);
/** Stages that say no more than "applied" (or "open", as `export --format csv` writes). */
const PLAIN_STAGES = new Set(["applied", "open", ""]);
/** How trackers write a missing value: JobSync writes N/A, "Unknown", "Not specified". */
const MISSING = new Set(["n/a", "na", "unknown", "not specified", "-"]);

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
/** Company and role as compared for a row's identity: case and spacing aside. */
const same = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
const statusOf = (stage: string): Status | undefined =>
  STATUS_WORDS[stage.toLowerCase()] ??
  ((STATUSES as readonly string[]).includes(stage) ? (stage as Status) : undefined);

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** "3:30 PM" or "15:30:00" as "15:30" (seconds kept); null when not a time of day. */
function readClock(raw: string | undefined): string | null {
  if (raw === undefined) return "";
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?$/i.exec(raw.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const half = m[4]?.toLowerCase();
  if (half && (h < 1 || h > 12)) return null;
  if (half === "p" && h < 12) h += 12;
  if (half === "a" && h === 12) h = 0;
  if (h > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return null;
  return `T${pad(h)}:${m[2]}${m[3] ? `:${m[3]}` : ""}`;
}

/**
 * Reads the dates trackers and spreadsheets write: ISO 8601 (kept as it is, offset and
 * all), US `M/D/YYYY` with or without a time (`10/12/2026 15:30`, `10/12/2026 3:30 PM`, as
 * Excel re-saves them), `Mon D, YYYY` and `D Mon YYYY`. A bare date becomes the start of
 * that day, read in the application's zone. Returns null for anything else.
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
  let clock: string | null = "";
  // The time starts at the first non-space, so that the spaces before it are read one way.
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+(\S.*))?$/.exec(s);
  const named = /^([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/i.exec(s);
  const dayFirst = /^(\d{1,2}) ([a-z]{3})[a-z]*\.? (\d{4})$/i.exec(s);
  if (us) {
    m = Number(us[1]);
    d = Number(us[2]);
    y = Number(us[3]) + ((us[3] as string).length === 2 ? 2000 : 0);
    clock = readClock(us[4]);
  } else if (named) {
    m = MONTHS.indexOf((named[1] as string).toLowerCase()) + 1;
    d = Number(named[2]);
    y = Number(named[3]);
  } else if (dayFirst) {
    d = Number(dayFirst[1]);
    m = MONTHS.indexOf((dayFirst[2] as string).toLowerCase()) + 1;
    y = Number(dayFirst[3]);
  }
  if (y === undefined || !m || !d || clock === null) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(date) ? `${date}${clock === "" ? "T00:00" : clock}` : null;
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

/** An application stored by an earlier import, as the importer compares rows with it. */
export interface ImportedApp {
  readonly application: ApplicationEvent;
  /**
   * The tracker's stage as last imported (the application's `trackerStage`); for those
   * imported by earlier versions, the stage their last note named or the last status.
   */
  readonly stage: string | null;
}

/**
 * What earlier imports stored, as the importer compares rows with it: each imported
 * application with the tracker stage it was last seen at.
 */
export function importedApps(events: readonly TimelineEvent[]): ImportedApp[] {
  const byApp = new Map<string, { application: ApplicationEvent; stage: string | null }>();
  for (const e of events) {
    const had = byApp.get(e.app);
    if (e.type === "application" && typeof e.importKey === "string") {
      const stage = typeof e.trackerStage === "string" ? e.trackerStage : null;
      byApp.set(e.app, { application: e, stage });
    } else if (had && typeof had.application.trackerStage !== "string") {
      // Imported before stages were kept: the stage its note named, or its last status.
      if (e.type === "status") had.stage = e.status;
      const named = e.type === "note" ? /^Stage in [^:]+: (.+)$/.exec(e.text) : null;
      if (named) had.stage = named[1] as string;
    }
  }
  return [...byApp.values()];
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
  /** Applications stored by earlier imports (those with an `importKey`). */
  readonly imported: readonly ImportedApp[];
  /** The import time (ISO with offset): the date of what this import sees change. */
  readonly now: string;
}

export interface CsvImportResult {
  /** Events to append: new applications and their facts, and the changes seen. */
  readonly events: readonly TimelineEvent[];
  /** Applications whose details changed: the corrected application event. */
  readonly corrections: readonly ApplicationEvent[];
  /** New applications (saved jobs included). */
  readonly added: readonly string[];
  /** Of those, the jobs not applied to yet. */
  readonly saved: readonly string[];
  /** Applications imported before whose stage or details changed. */
  readonly updated: readonly string[];
  /** Rows imported before that say nothing new. */
  readonly unchanged: number;
  /** Rows left out, by line, with why. */
  readonly skipped: readonly { readonly line: number; readonly why: string }[];
  /** Columns of the file that hearback does not keep. */
  readonly dropped: readonly string[];
}

interface Row {
  readonly record: Record<string, string>;
  readonly line: number;
}

/** What one row says, checked. */
interface RowFacts {
  readonly line: number;
  readonly key: string;
  readonly company: string;
  readonly role: string;
  readonly applied?: string;
  readonly saved: boolean;
  readonly stage: string;
  readonly status?: Status;
  readonly details: Readonly<Partial<Record<Detail, string>>>;
  readonly notes: string;
  readonly timezone: string;
  readonly contact: string;
  readonly email: string;
  readonly id: string;
}

/**
 * The file's header and its rows, each row keyed by the header's names (as csv-parse's
 * `columns: true` does: a later column of the same name wins, extra cells are dropped).
 * csv-parse is asked for arrays and the names are applied here because with `columns` it
 * deep-copies the whole header into an error object for every row of another length, even
 * when told to accept them: a 100 KB header over 20,000 short rows took more than 4 GB.
 */
function readRows(input: CsvImportInput): { headers: string[]; rows: Row[] } {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes as { record, info }: csv-parse's types do not say so.
    parsed = parse(input.text, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      // JobSync joins its 200-row chunks with a bare "\n" inside a "\r\n" file.
      record_delimiter: ["\r\n", "\n", "\r"],
      info: true,
    }) as unknown as typeof parsed;
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    throw new HearbackError("bad-input", `${input.file}: not a readable CSV file`, [
      `${input.file}:${e.lines ?? 1}: ${e.message ?? String(err)}`,
    ]);
  }
  const [head, ...body] = parsed;
  const names = head?.record ?? [];
  const rows = body.map(({ record, info }) => {
    // No prototype: a column named "__proto__" or "constructor" is a column like another.
    const byName: Record<string, string> = Object.create(null);
    names.forEach((name, i) => {
      const cell = record[i];
      if (cell !== undefined) byName[name] = cell;
    });
    return { record: byName, line: info.lines };
  });
  return { headers: [...new Set(names)], rows };
}

/**
 * The characters of a column's name or a cell's value a problem shows: a file's problems
 * are one line each, and 20,000 rows naming a 100 KB header took gigabytes to say.
 */
const SHOWN_CHARS = 60;

const quoted = (value: string) => JSON.stringify(abridge(value, SHOWN_CHARS));

/** Which column holds each field, or the problems finding them. */
function findColumns(input: CsvImportInput, headers: readonly string[]) {
  const byNorm = new Map(headers.map((h) => [norm(h), h] as const));
  const columnOf: Partial<Record<CsvField, string>> = {};
  const problems: string[] = [];
  for (const field of CSV_FIELDS) {
    const wanted = input.mapping?.[field];
    if (wanted !== undefined) {
      const h = byNorm.get(norm(wanted));
      if (h === undefined) {
        problems.push(
          `${input.file}:1: --map ${field}=${wanted}: no such column (the columns are: ${headers.map((h) => abridge(h, SHOWN_CHARS)).join(", ")})`,
        );
      } else {
        columnOf[field] = h;
      }
      continue;
    }
    const h = (HEADERS[input.source][field] ?? [])
      .map((candidate) => byNorm.get(norm(candidate)))
      .find((found) => found !== undefined);
    if (h !== undefined) columnOf[field] = h;
  }
  for (const required of ["company", "role"] as const) {
    if (columnOf[required] === undefined && !input.mapping?.[required]) {
      const known = (HEADERS[input.source][required] ?? []).join('" or "');
      problems.push(
        `${input.file}:1: no ${required} column (looked for "${known}"; name yours with --map ${required}=HEADER)`,
      );
    }
  }
  return { columnOf, problems };
}
/**
 * Turns a tracker's CSV export into timeline events, or throws one HearbackError listing
 * every problem (`jobs.csv:4: companyName: empty`).
 *
 * @example
 * importCsv({ text, source: "huntr", file: "huntr.csv", existingApps: new Set(),
 *   imported: [], now: "2026-11-25T10:00:00Z" }).events[0]
 * // { type: "application", app: "acme-product-manager", company: "Acme", ... }
 */
export function importCsv(input: CsvImportInput): CsvImportResult {
  const { headers, rows } = readRows(input);
  if (rows.length === 0) {
    throw new HearbackError("bad-input", `${input.file}: no rows below the header`, [
      `${input.file}:2: no rows below the header`,
    ]);
  }
  const { columnOf, problems } = findColumns(input, headers);
  if (problems.length > 0) throw new HearbackError("bad-input", problems[0] as string, problems);

  const facts: RowFacts[] = [];
  const keysInFile = new Map<string, number>();
  for (const row of rows) {
    const checked = checkRow(input, columnOf, row);
    if (typeof checked === "string" || Array.isArray(checked)) {
      problems.push(...[checked].flat());
      continue;
    }
    // Two rows the same in every way that counts are two jobs: number the later ones.
    const n = (keysInFile.get(checked.key) ?? 0) + 1;
    keysInFile.set(checked.key, n);
    facts.push(n === 1 ? checked : { ...checked, key: `${checked.key}#${n}` });
  }
  if (problems.length > 0) {
    throw new HearbackError(
      "bad-input",
      `${input.file}: ${problems.length} problem(s); nothing was imported`,
      problems,
    );
  }
  const used = new Set(Object.values(columnOf));
  return {
    ...applyRows(input, facts),
    dropped: headers.filter((h) => !used.has(h)),
  };
}

/** A row's facts, or the problems with it (`jobs.csv:4: companyName: empty`). */
function checkRow(
  input: CsvImportInput,
  columnOf: Partial<Record<CsvField, string>>,
  { record, line }: Row,
): RowFacts | string[] {
  const get = (f: CsvField) => {
    const h = columnOf[f];
    const v = h === undefined ? "" : (record[h] ?? "").trim();
    return MISSING.has(v.toLowerCase()) ? "" : v;
  };
  const where = (f: CsvField) => `${input.file}:${line}: ${abridge(columnOf[f] ?? f, SHOWN_CHARS)}`;
  const problems: string[] = [];
  const company = get("company");
  const role = get("role");
  if (company === "")
    problems.push(`${where("company")}: empty; every application needs a company`);
  if (role === "") problems.push(`${where("role")}: empty; every application needs a role`);
  const readDate = (f: "applied" | "created") => {
    const raw = get(f);
    if (raw === "") return undefined;
    const at = readTrackerDate(raw);
    if (at === null) {
      problems.push(
        `${where(f)}: not a date: ${quoted(raw)} (use 2026-11-13, 11/13/2026, 11/13/2026 15:30 or Nov 13, 2026)`,
      );
    } else if (!isSupportedDateTime(at)) {
      problems.push(
        `${where(f)}: outside the dates hearback reads: ${quoted(raw)} (the years ${FIRST_YEAR}-${LAST_YEAR})`,
      );
      return undefined;
    }
    return at ?? undefined;
  };
  const applied = readDate("applied");
  const created = readDate("created");
  const timezone = get("timezone");
  if (timezone !== "" && !isValidZone(timezone)) {
    problems.push(`${where("timezone")}: not an IANA time zone: ${quoted(timezone)}`);
  }
  const email = get("email");
  const emailWrong = email === "" ? null : emailProblem(email);
  if (emailWrong !== null) problems.push(`${where("email")}: ${emailWrong}`);
  if (problems.length > 0) return problems;
  const stage = get("status");
  const hasApplied = get("hasApplied").toLowerCase();
  const saved = NOT_APPLIED.has(stage.toLowerCase()) || ["no", "false"].includes(hasApplied);
  const status = statusOf(stage);
  const details: Partial<Record<Detail, string>> = {};
  for (const d of DETAILS) if (get(d) !== "") details[d] = get(d);
  const id = get("id");
  // The tracker's own id when it has one; else what the row says that does not change
  // between exports (never the row's position, nor the applied date, which users edit).
  const identity =
    id !== ""
      ? id
      : [same(company), same(role), created?.slice(0, 10) ?? details.url ?? ""].join("|");
  return {
    line,
    key: `${input.source}:${identity}`,
    company,
    role,
    // A tracker without an applied date (Huntr) added the job when it was applied to.
    ...(saved ? {} : (applied ?? created) ? { applied: applied ?? created } : {}),
    saved,
    stage,
    ...(status ? { status } : {}),
    details,
    notes: get("notes"),
    timezone,
    contact: get("contact"),
    email,
    id,
  };
}

/** New applications for rows not seen before; changes for rows seen before. */
function applyRows(
  input: CsvImportInput,
  facts: readonly RowFacts[],
): Omit<CsvImportResult, "dropped"> {
  const tracker = trackerLabel(input.source);
  const byKey = new Map<string, ImportedApp>();
  for (const a of input.imported) byKey.set(String(a.application.importKey), a);
  const earlier = earlierImports(input, facts, byKey);
  const usedIds = new Set(input.existingApps);
  const events: TimelineEvent[] = [];
  const corrections: ApplicationEvent[] = [];
  const added: string[] = [];
  const saved: string[] = [];
  const updated: string[] = [];
  const skipped: { line: number; why: string }[] = [];
  let unchanged = 0;
  const stageEvents = (app: string, f: RowFacts): TimelineEvent[] => {
    if (f.status) return [{ type: "status", app, at: input.now, status: f.status }];
    if (PLAIN_STAGES.has(f.stage.toLowerCase()) || f.saved) return [];
    return [{ type: "note", app, at: input.now, text: `Stage in ${tracker}: ${f.stage}` }];
  };
  for (const f of facts) {
    const had = byKey.get(f.key) ?? earlier.get(f);
    if (had) {
      const app = had.application.app;
      const change = [...stageChange(had, f, app, stageEvents)];
      const corrected = correct(had.application, f, input.now);
      if (corrected) corrections.push(corrected);
      if (change.length > 0 || corrected) {
        events.push(...change);
        updated.push(app);
      } else unchanged += 1;
      continue;
    }
    if (f.saved && f.status !== undefined && f.status !== "on-hold") {
      skipped.push({ line: f.line, why: `never applied to, and ${f.stage} in ${tracker}` });
      continue;
    }
    // The generic format may name the id itself (a file hearback exported); others get one
    // the way the tracker makes them ("acme-pm").
    const app =
      input.source === "csv" && f.id !== "" && !usedIds.has(f.id)
        ? f.id
        : appIdFor({ company: f.company, role: f.role, taken: usedIds });
    usedIds.add(app);
    added.push(app);
    if (f.saved) saved.push(app);
    events.push({
      ...applicationOf(app, f),
      ...(f.timezone ? { timezone: f.timezone } : {}),
      ...(f.contact
        ? { contacts: [{ name: f.contact, ...(f.email ? { email: f.email } : {}) }] }
        : {}),
    });
    events.push(...stageEvents(app, f));
    if (f.notes !== "") events.push({ type: "note", app, at: input.now, text: f.notes });
  }
  return { events, corrections, added, saved, updated, unchanged, skipped };
}

/** The application event a row describes (without contacts and zone, which it only adds). */
function applicationOf(app: string, f: RowFacts): ApplicationEvent {
  return {
    type: "application",
    app,
    company: f.company,
    role: f.role,
    ...(f.applied ? { at: f.applied } : {}),
    ...(f.saved ? { saved: true } : {}),
    ...Object.fromEntries(
      Object.entries(f.details).map(([d, v]) => [DETAIL_KEY[d as Detail], v] as const),
    ),
    importKey: f.key,
    trackerStage: f.stage,
  };
}

/**
 * Applications imported before under another key (JobSync's row number, or Teal's applied
 * date, as earlier versions used), found by company and role when exactly one stored
 * application of that tracker and exactly one row have them.
 */
function earlierImports(
  input: CsvImportInput,
  facts: readonly RowFacts[],
  byKey: ReadonlyMap<string, ImportedApp>,
): Map<RowFacts, ImportedApp> {
  const name = (company: string, role: string) => `${same(company)}|${same(role)}`;
  const count = <T>(list: readonly T[], key: (t: T) => string) => {
    const m = new Map<string, T[]>();
    for (const t of list) m.set(key(t), [...(m.get(key(t)) ?? []), t]);
    return m;
  };
  const stored = count(
    input.imported.filter((a) => String(a.application.importKey).startsWith(`${input.source}:`)),
    (a) => name(a.application.company, a.application.role),
  );
  const rows = count(
    facts.filter((f) => !byKey.has(f.key)),
    (f) => name(f.company, f.role),
  );
  const out = new Map<RowFacts, ImportedApp>();
  for (const [k, [row, ...more]] of rows) {
    const [app, ...others] = stored.get(k) ?? [];
    const keyed = app && facts.some((f) => f.key === app.application.importKey);
    if (row && app && more.length === 0 && others.length === 0 && !keyed) out.set(row, app);
  }
  return out;
}

/** The events a changed stage makes, dated now; none when the tracker says what it said. */
function* stageChange(
  had: ImportedApp,
  f: RowFacts,
  app: string,
  stageEvents: (app: string, f: RowFacts) => TimelineEvent[],
): Generator<TimelineEvent> {
  const before = had.stage ?? "";
  const unchanged =
    f.status !== undefined || statusOf(before) !== undefined
      ? f.status === statusOf(before)
      : same(f.stage) === same(before);
  if (unchanged || (f.saved && had.application.saved === true)) return;
  yield* stageEvents(app, f);
}

/**
 * The application corrected by what the row says now, or null when nothing differs. A job
 * applied to stays applied; a saved one becomes applied when the tracker says so, on the
 * day it gives, else on the day of this import.
 */
function correct(stored: ApplicationEvent, f: RowFacts, now: string): ApplicationEvent | null {
  const { at: _at, saved: _saved, ...kept } = stored;
  const { at: _freshAt, saved: _freshSaved, ...fresh } = applicationOf(stored.app, f);
  const stillSaved = stored.saved === true && f.saved;
  const at = stillSaved ? undefined : f.saved ? stored.at : (f.applied ?? stored.at ?? now);
  const next: ApplicationEvent = {
    ...kept,
    ...fresh,
    ...(at === undefined ? {} : { at }),
    ...(stillSaved ? { saved: true } : {}),
  };
  const text = (e: ApplicationEvent) => JSON.stringify(Object.entries(e).sort());
  return text(next) === text(stored) ? null : next;
}

function trackerLabel(source: CsvSource): string {
  return { huntr: "Huntr", jobsync: "JobSync", teal: "Teal", csv: "the spreadsheet" }[source];
}

/** The columns of `export --format csv`; `import --from csv` reads them back. */
const EXPORT_COLUMNS = [
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
