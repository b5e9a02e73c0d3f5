/**
 * `hearback agenda` with kept plans, as a user runs it: the built CLI in a child process
 * over a real data folder. The text and the JSON must be the same whether the plans were
 * just made (a cold cache), kept from an earlier run (warm), or partly out of date.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");
const BIN = join(ROOT, "bin/hearback.js");
const DEMO = join(ROOT, "examples/demo.jsonl");

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "hearback-agenda-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args, "--data-dir", join(dir, "data")], {
    encoding: "utf8",
    env: {
      ...process.env,
      HEARBACK_HOME: join(dir, "home"),
      XDG_DATA_HOME: join(dir, "xdg"),
      NO_COLOR: "1",
      TZ: "America/Denver",
    },
  });
}

function hb(...args: string[]): string {
  const r = run(...args);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

const keptPlans = () => {
  const db = new Database(join(dir, "data/hearback.db"), { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM plan_cache").pluck().get() as number;
  } finally {
    db.close();
  }
};

const dropKeptPlans = () => {
  const db = new Database(join(dir, "data/hearback.db"));
  db.exec("DELETE FROM plan_cache");
  db.close();
};

describe("hearback agenda with kept plans", () => {
  it.each([
    ["2026-11-18T12:00" /* Wed */],
    ["2026-11-10T08:00" /* Tue */],
    ["2027-01-04T09:00" /* Mon */],
  ])("prints the same agenda at %s from a cold and a warm cache", (now) => {
    hb("import", DEMO);
    const cold = hb("agenda", "--now", now);
    const coldJson = hb("agenda", "--all", "--json", "--now", now);
    expect(keptPlans()).toBeGreaterThan(0);
    expect(hb("agenda", "--now", now)).toBe(cold);
    expect(hb("agenda", "--all", "--json", "--now", now)).toBe(coldJson);
    // Deleting the kept plans only costs time.
    dropKeptPlans();
    expect(hb("agenda", "--all", "--json", "--now", now)).toBe(coldJson);
    expect(hb("agenda", "--now", now)).toBe(cold);
  });

  it("shows a change recorded after the plans were kept", () => {
    hb("import", DEMO);
    const before = hb("agenda", "--all", "--json", "--now", "2026-11-18T12:00");
    const [first] = JSON.parse(before) as { app: string; kind: string }[];
    // Soylent's brush-off (Ruth Alvarez, Tue 27 Oct) makes letting go the first thing to do.
    expect(first).toMatchObject({ app: "soylent-brand", kind: "let-go" });
    hb("status", first!.app, "withdrawn", "--at", "2026-11-17T09:00");
    const after = hb("agenda", "--all", "--json", "--now", "2026-11-18T12:00");
    dropKeptPlans();
    expect(hb("agenda", "--all", "--json", "--now", "2026-11-18T12:00")).toBe(after);
    expect((JSON.parse(after) as { app: string }[]).some((a) => a.app === first!.app)).toBe(false);
  });
});

/*
 * The wait after an interview learned from the user's replies: five interviews answered after
 * 6, 4, 7, 6 and 2 business days (counted by hand, US holidays Veterans Day Wed 11 Nov and
 * Thanksgiving Thu 26 Nov 2026 left out), a median of 6.
 */
const NOW = "2026-12-08T12:00"; // Tue

/** An application whose interview (10:00) got a reply at 14:00 of `replied`. */
const answered = (app: string, interviewed: string, replied: string) => [
  { type: "application", app, company: app.toUpperCase(), role: "PM", region: "US" },
  { type: "interview", app, at: `${interviewed}T10:00`, interviewers: [{ name: "Dana Lee" }] },
  { type: "reply", app, at: `${replied}T14:00`, from: "Dana Lee", signal: "still-deciding" },
];

/** The timeline file: five answered interviews and Zeta, interviewed Mon 7 Dec, thanked, waiting. */
function writeTimeline(): string {
  const events = [
    ...answered("a", "2026-11-02", "2026-11-10"),
    ...answered("b", "2026-11-09", "2026-11-16"),
    ...answered("c", "2026-11-20", "2026-12-02"),
    ...answered("d", "2026-11-03", "2026-11-12"),
    ...answered("e", "2026-11-04", "2026-11-06"),
    { type: "application", app: "zeta", company: "Zeta", role: "PM", region: "US" },
    { type: "interview", app: "zeta", at: "2026-12-07T10:00", interviewers: [{ name: "Sam" }] },
    { type: "sent", app: "zeta", at: "2026-12-07T15:00", kind: "thank-you", to: "Sam" },
  ];
  const file = join(dir, "timeline.jsonl");
  writeFileSync(file, events.map((e) => JSON.stringify(e)).join("\n"));
  return file;
}

function importTimeline(): void {
  hb("import", writeTimeline());
}

const zetaCheckIn = () => {
  const all = JSON.parse(hb("agenda", "--all", "--json", "--now", NOW)) as {
    app: string;
    kind: string;
    dueFrom: string;
    reason: string;
  }[];
  return all.find((a) => a.app === "zeta" && a.kind === "check-in")!;
};

describe("hearback and the wait learned from your replies", () => {
  it("checks in after your median wait, says so, and stops when you turn it off", () => {
    importTimeline();
    const text = hb("agenda", "--all", "--now", NOW);
    expect(text).toContain(
      "your replies came a median of 6 business days after an interview; checking in after 6 instead of 7",
    );
    // Mon 7 Dec + 6 business days: Tue 15 Dec (7 would be Wed 16 Dec).
    expect(zetaCheckIn().dueFrom).toBe("2026-12-15T09:00:00-07:00");
    expect(existsSync(join(dir, "data/reply-history.json"))).toBe(true);
    expect(hb("agenda", "--all", "--now", NOW)).toBe(text);
    expect(hb("show", "zeta", "--now", NOW)).toContain("checking in after 6 instead of 7");

    expect(hb("policy", "set", "adapt-default-wait", "off")).toMatch(
      /adapt-default-wait\s+off \(yours\)/,
    );
    const off = zetaCheckIn();
    expect(off.dueFrom).toBe("2026-12-16T09:00:00-07:00");
    expect(off.reason).toContain("check in 7 business days after it");

    expect(hb("policy", "reset", "adapt-default-wait")).toMatch(/adapt-default-wait\s+on\n/);
    expect(zetaCheckIn().dueFrom).toBe("2026-12-15T09:00:00-07:00");
  });

  it("plans the timeline file (hearback plan, on one thread or two) as the agenda plans it once imported", () => {
    const file = writeTimeline();
    // `hearback plan` reads no data folder.
    const plan = (...extra: string[]) => {
      const r = spawnSync(
        process.execPath,
        [
          BIN,
          "plan",
          "--timeline",
          file,
          "--now",
          NOW,
          "--tz",
          "America/Denver",
          "--json",
          ...extra,
        ],
        { encoding: "utf8" },
      );
      expect(r.stderr).toBe("");
      return r.stdout;
    };
    const planned = plan();
    const zeta = (JSON.parse(planned) as { app: string; kind: string; reason: string }[]).find(
      (a) => a.app === "zeta" && a.kind === "check-in",
    );
    expect(zeta?.reason).toContain(
      "your replies came a median of 6 business days after an interview; checking in after 6 instead of 7",
    );
    expect(plan("--threads", "2")).toBe(planned);
    hb("import", file);
    expect(JSON.parse(planned)).toEqual(JSON.parse(hb("agenda", "--all", "--json", "--now", NOW)));

    // Off, on the command line as in the settings: the plain wait, on one thread or two.
    const off = plan("--no-adapt-default-wait");
    expect(off).not.toContain("median");
    expect(plan("--no-adapt-default-wait", "--threads", "2")).toBe(off);
    hb("policy", "set", "adapt-default-wait", "off");
    expect(JSON.parse(off)).toEqual(JSON.parse(hb("agenda", "--all", "--json", "--now", NOW)));
  });

  it("adapts again when a new reply moves the median", () => {
    importTimeline();
    expect(zetaCheckIn().dueFrom).toBe("2026-12-15T09:00:00-07:00");
    // Three more interviews answered after 7 business days: sorted 2, 4, 6, 6, 7, 7, 7, 7,
    // a median of 6.5, rounded up to 7: the setting, so the reason says nothing of it.
    const more = join(dir, "more.jsonl");
    const events = [
      ...answered("f", "2026-11-16", "2026-11-25"),
      ...answered("g", "2026-11-17", "2026-11-27"),
      // Wed 18 Nov -> Mon 30 Nov: 19, 20, 23, 24, 25, 27, 30 = 7.
      ...answered("h", "2026-11-18", "2026-11-30"),
    ];
    writeFileSync(more, events.map((e) => JSON.stringify(e)).join("\n"));
    hb("import", more);
    const c = zetaCheckIn();
    expect(c.dueFrom).toBe("2026-12-16T09:00:00-07:00");
    expect(c.reason).not.toContain("median");
  });

  it("refuses a switch that is neither on nor off, naming what was typed", () => {
    const r = run("policy", "set", "adapt-default-wait", "maybe");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('adapt-default-wait: write on or off, not "maybe"');
  });
});
