/**
 * Times as a job seeker in New York sees them, with employers in Denver, Los Angeles and
 * Berlin: the built CLI in a child process, run on computers set to different zones. Every
 * time is on the user's clock (their setting), the employer's beside it where it matters,
 * and nothing depends on the computer's zone.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hearbackSync, homesIn, succeeded } from "../../test/cli.js";

const COMPUTER_ZONES = ["UTC", "America/Denver", "Asia/Kolkata", "Pacific/Auckland"] as const;

const TIMELINE = [
  {
    type: "application",
    app: "acme-pm",
    company: "Acme",
    role: "Product Manager",
    timezone: "America/Denver",
    region: "US",
  },
  // Written without an offset: 10:00 in Denver, 12:00 in New York.
  {
    type: "interview",
    app: "acme-pm",
    at: "2026-11-02T10:00",
    interviewers: [{ name: "Dana Lee" }],
  },
  {
    type: "application",
    app: "hooli-mktg",
    company: "Hooli",
    role: "Marketing Lead",
    timezone: "America/Los_Angeles",
    region: "US-CA",
  },
  {
    type: "application",
    app: "kraft-data",
    company: "Kraft",
    role: "Data Engineer",
    timezone: "Europe/Berlin",
    region: "DE",
  },
]
  .map((e) => JSON.stringify(e))
  .join("\n");

let dir: string;

function hb(tz: string, data: string, ...args: string[]) {
  const env = { ...homesIn(dir), TZ: tz };
  return hearbackSync([...args, "--data-dir", join(dir, data)], { env });
}

/** A fresh store for a user in New York, with the timeline above. */
function newYorker(tz: string, data: string): (...args: string[]) => string {
  const run = (...args: string[]) => succeeded(hb(tz, data, ...args));
  run("policy", "set", "timezone", "America/New_York");
  run("import", join(dir, "timeline.jsonl"));
  return run;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hearback-zones-"));
  writeFileSync(join(dir, "timeline.jsonl"), TIMELINE);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** One session of a user's commands, as text, on a computer in `tz`. */
function session(tz: string): string {
  const data = `data-${tz.replace("/", "-")}`;
  newYorker(tz, data);
  const run = (...args: string[]) => {
    const r = hb(tz, data, ...args);
    return `${r.stdout}${r.stderr}`;
  };
  return [
    run("show", "acme", "--now", "2026-11-05T09:00"),
    run("interview", "acme", "--at", "2026-11-25T10:45", "--now", "2026-11-25T12:00"),
    run("agenda", "--now", "2026-11-25T12:00"),
    run(
      "sent",
      "acme",
      "--kind",
      "thank-you",
      "--at",
      "2026-11-25T17:00",
      "--now",
      "2026-11-25T18:00",
    ),
    run(
      "interview",
      "kraft",
      "--at",
      "2026-12-02T09:00",
      "--with",
      "Jonas",
      "--now",
      "2026-12-02T12:00",
    ),
    run("sent", "kraft", "--kind", "thank-you", "--now", "2026-12-03T09:00"),
    run("add", "Zeta", "Engineer", "--applied", "2026-11-10", "--now", "2026-11-20T09:00"),
    run("list", "--now", "2026-12-05T12:00"),
    run("agenda", "--all", "--now", "2026-12-05T12:00"),
    run("agenda", "--all", "--json", "--now", "2026-12-05T12:00"),
    run("export"),
  ].join("\n----\n");
}

describe("times on the user's clock, whatever the computer's zone", () => {
  const sessions = new Map<string, string>();
  beforeAll(() => {
    for (const tz of COMPUTER_ZONES) sessions.set(tz, session(tz));
  });

  it.each(COMPUTER_ZONES.slice(1))(
    "prints exactly the same on a computer in %s as in UTC",
    (tz) => {
      expect(sessions.get(tz)).toBe(sessions.get("UTC"));
    },
  );

  const parts = () => sessions.get("UTC")!.split("\n----\n");

  it("shows a 10:00 Denver interview at 12:00 New York time, with Denver's 10:00 beside it", () => {
    expect(parts()[0]).toContain("Mon 2 Nov, 12:00 your time · 10:00 in Denver");
    expect(parts()[0]).toContain("times in your zone, America/New_York");
  });

  it("gives a deadline the same time in the interview's Next list and in the agenda", () => {
    // Interview 10:45-11:45 New York time: the thank-you is due 24 hours after its end.
    expect(parts()[1]).toContain("on Wed 25 Nov, 10:45 your time · 8:45 in Denver");
    expect(parts()[1]).toContain("a thank-you by Thu 26 Nov, 11:45 your time · 9:45 in Denver");
    expect(parts()[2]).toContain("by Thu 26 Nov, 11:45");
    expect(parts()[2]).toContain(
      "Agenda for Wed 25 Nov, 12:00 (times in your zone, America/New_York)",
    );
  });

  it("reads --at on the user's clock, so a thank-you sent at 17:00 is in the past at 18:00", () => {
    expect(parts()[3]).toContain("Logged a thank-you for acme-pm on Wed 25 Nov, 17:00.");
    expect(parts()[3]).not.toContain("a thank-you by");
  });

  it("shows a check-in window opening at 9:00 in Berlin as 3:00 for the user, saying so", () => {
    expect(parts()[4]).toContain(
      "from Fri 11 Dec, 3:00 to Tue 15 Dec, 11:00 your time (Fri 9:00 to Tue 17:00 in Berlin)",
    );
  });

  it("echoes the moment something was logged on the user's clock", () => {
    expect(parts()[5]).toContain("Logged a thank-you for kraft-data on Thu 3 Dec, 9:00.");
  });

  it("accepts a bare day for --applied, as that day's start on the user's clock", () => {
    expect(parts()[6]).toContain("Added zeta-engineer");
    expect(parts()[10]).toContain(
      '"app":"zeta-engineer","company":"Zeta","role":"Engineer","at":"2026-11-10T00:00:00-05:00"',
    );
  });

  it("lists the employer's clock beside the user's in the agenda, naming their place", () => {
    expect(parts()[8]).toContain(
      "from Fri 11 Dec, 3:00   Kraft: check in with Jonas (email or phone) · 9:00 in Berlin",
    );
    expect(parts()[8]).toContain(
      "from Mon 7 Dec, 11:00   Acme: check in with Dana Lee (email or phone) · 9:00 in Denver",
    );
  });

  it("names the employer's zone in the agenda's JSON", () => {
    const actions = JSON.parse(parts()[9]!) as { app: string; zone: string }[];
    expect(actions.find((a) => a.app === "kraft-data")?.zone).toBe("Europe/Berlin");
    expect(actions.find((a) => a.app === "acme-pm")?.zone).toBe("America/Denver");
  });
});

describe("times people type", () => {
  beforeAll(() => {
    newYorker("UTC", "typed");
  });

  it.each([
    ["add", "Zeta", "Engineer", "--applied", "10 Nov"],
    ["sent", "acme", "--kind", "thank-you", "--at", "yesterday"],
    ["interview", "acme", "--at", "2026-11-31T10:00"],
    ["interview", "acme", "--at", "2026-11-25T10:00", "--decision-by", "soon"],
  ])("names the option typed when it cannot be read: %s ... %s %s", (...args) => {
    const r = hb("UTC", "typed", ...args);
    const option = args.findLast((a) => a.startsWith("--"))!;
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${option}: not a date`);
    expect(r.stderr).toContain(args.at(-1));
  });
});
