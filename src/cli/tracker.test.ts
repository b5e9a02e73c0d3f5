/**
 * The tracker's commands as a user runs them: the built `bin/hearback.js` in a child
 * process, against a real data folder in a temporary directory.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CliRun, hearbackSync, homesIn, succeeded } from "../../test/cli.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import { onTerminal as runOnTerminal } from "../../test/terminal.js";

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "hearback-cli-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs hearback with the data folder in `dir`, as a script would (no terminal). */
function hb(
  args: readonly string[],
  opts: { input?: string; env?: Record<string, string> } = {},
): CliRun {
  // Never the developer's own data, whatever a command does with --data-dir.
  const env = { ...homesIn(dir), TZ: "America/Denver", ...opts.env };
  return hearbackSync(args, { ...opts, env });
}

const data = () => ["--data-dir", join(dir, "data")];

function ok(args: readonly string[], input?: string): string {
  return succeeded(hb([...args, ...data()], input === undefined ? {} : { input }));
}

function json<T = unknown>(args: readonly string[], input?: string): T {
  return JSON.parse(ok([...args, "--json"], input)) as T;
}

/** Acme with a two-person interview on Mon 2 Nov 2026, 10:00 Denver time. */
function interviewed(): void {
  ok(["add", "Acme", "Product Manager", "--tz", "America/Denver", "--region", "US"]);
  ok([
    "interview",
    "acme",
    "--at",
    "2026-11-02T10:00" /* Mon */,
    "--with",
    "Dana Lee <dana@acme.example>, Hiring Manager",
    "--with",
    "Sam Ortiz",
    "--topic",
    "pricing roadmap, onboarding",
    "--decision-by",
    "2026-11-13" /* Fri */,
  ]);
}

describe("the data folder", () => {
  it("is --data-dir when given", () => {
    ok(["add", "Acme", "PM"]);
    expect(existsSync(join(dir, "data", "hearback.db"))).toBe(true);
    expect(existsSync(join(dir, "home"))).toBe(false);
  });

  it("is $HEARBACK_HOME, else $XDG_DATA_HOME/hearback", () => {
    expect(hb(["add", "Acme", "PM"]).status).toBe(0);
    expect(existsSync(join(dir, "home", "hearback.db"))).toBe(true);
    const env = { HEARBACK_HOME: "" };
    expect(hb(["add", "Acme", "PM"], { env }).status).toBe(0);
    expect(existsSync(join(dir, "xdg", "hearback", "hearback.db"))).toBe(true);
  });
});

describe("a day in the life", () => {
  it("plans thank-yous after an interview and drops each one once sent", () => {
    interviewed();
    const now = ["--now", "2026-11-02T12:00"];
    const due = json<{ kind: string; to: string; dueBy: string }[]>(["agenda", ...now]);
    expect(due.map((a) => [a.kind, a.to, a.dueBy])).toEqual([
      ["thank-you", "Dana Lee", "2026-11-03T11:00:00-07:00"],
      ["thank-you", "Sam Ortiz", "2026-11-03T11:00:00-07:00"],
    ]);
    ok(["sent", "acme", "--kind", "thank-you", "--to", "Dana Lee", "--at", "2026-11-02T16:30"]);
    const left = json<{ to: string }[]>(["agenda", "--now", "2026-11-02T17:00"]);
    expect(left.map((a) => a.to)).toEqual(["Sam Ortiz"]);
  });

  it("moves the check-in to the date a reply names", () => {
    interviewed();
    ok(["sent", "acme", "--kind", "thank-you", "--to", "Dana Lee", "--at", "2026-11-02T16:30"]);
    ok(["sent", "acme", "--kind", "thank-you", "--to", "Sam Ortiz", "--at", "2026-11-02T16:40"]);
    const before = json<{ kind: string; dueFrom: string }[]>([
      "agenda",
      "--all",
      "--now",
      "2026-11-18T09:00" /* Wed */,
    ]);
    expect(before.map((a) => [a.kind, a.dueFrom])).toEqual([
      ["check-in", "2026-11-18T09:00:00-07:00"],
    ]);
    const reply = json<{ reading: { signal: string; decisionBy: string } }>(
      ["reply", "acme", "--from", "Dana Lee", "--at", "2026-11-18T11:02"],
      "Thanks for checking in! We're still interviewing and hope to decide by December 1.",
    );
    expect(reply.reading).toMatchObject({ signal: "still-deciding", decisionBy: "2026-12-01" });
    const after = json<{ kind: string; dueFrom: string }[]>([
      "agenda",
      "--all",
      "--now",
      "2026-11-18T12:00",
    ]);
    expect(after.map((a) => [a.kind, a.dueFrom])).toEqual([
      ["check-in", "2026-12-01T09:00:00-07:00" /* Tue */],
    ]);
  });

  it("shows what the gauge read, in words", () => {
    interviewed();
    const out = ok(
      ["reply", "acme", "--at", "2026-11-18T11:02", "--now", "2026-11-18T11:05"],
      "We hope to decide by December 1.",
    );
    expect(out).toMatch(/The gauge reads it as still-deciding/);
    expect(out).toMatch(/Decision date read: 2026-12-01/);
  });

  it("lets the user's signal win over the gauge", () => {
    interviewed();
    const r = json<{ effective: { signal: string }; event: { signal: string } }>(
      ["reply", "acme", "--signal", "brush-off", "--at", "2026-11-18T11:02"],
      "Thanks, we will be in touch!",
    );
    expect(r.effective.signal).toBe("brush-off");
    expect(r.event.signal).toBe("brush-off");
  });

  it("lists, shows and ends an application", () => {
    interviewed();
    const list = json<{ applications: { app: string; stage: string }[] }>([
      "list",
      "--now",
      "2026-11-02T12:00",
    ]);
    expect(list.applications).toMatchObject([{ app: "acme-pm", stage: "waiting" }]);
    const shown = ok(["show", "acm", "--now", "2026-11-02T12:00"]);
    expect(shown).toMatch(/Acme: Product Manager/);
    expect(shown).toMatch(/Dana Lee \(Hiring Manager, dana@acme\.example\)/);
    expect(shown).toMatch(/send Dana Lee a thank-you by Tue 3 Nov, 11:00/);
    ok(["status", "acme", "rejected", "--at", "2026-11-20T15:00"]);
    const ended = json<{ applications: { stage: string; next: { kind: string } | null }[] }>([
      "list",
      "--now",
      "2026-11-20T16:00",
    ]);
    expect(ended.applications[0]).toMatchObject({
      stage: "rejected",
      next: { kind: "final-thanks" },
    });
  });

  it("undoes the last entry", () => {
    interviewed();
    ok(["sent", "acme", "--kind", "thank-you", "--to", "Dana Lee"]);
    expect(ok(["undo"])).toMatch(/Took back the thank-you of acme-pm/);
    const events = ok(["export"]).trim().split("\n");
    expect(events.map((l) => JSON.parse(l).type)).toEqual(["application", "interview"]);
  });
});

describe("undo --entry", () => {
  it("takes back one entry by its number, and refuses one already taken back", () => {
    interviewed();
    ok(["sent", "acme", "--kind", "thank-you", "--to", "Dana Lee"]);
    expect(ok(["undo", "--entry", "2"])).toMatch(/Took back entry 2 of acme-pm/);
    const types = ok(["export"])
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).type);
    expect(types).toEqual(["application", "sent"]);
    const again = hb(["undo", "--entry", "2", ...data()]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/entry 2 was already taken back/);
  });
});

describe("application ids", () => {
  it("are short, numbered when taken, and any unique prefix names one", () => {
    expect(json<{ app: string }>(["add", "Acme", "Product Manager"]).app).toBe("acme-pm");
    expect(json<{ app: string }>(["add", "Acme", "Product Manager"]).app).toBe("acme-pm-2");
    ok(["add", "Globex", "Site Reliability Engineer"]);
    expect(json<{ app: string }>(["status", "glob", "on-hold"]).app).toBe("globex-sre");
  });

  it("an ambiguous prefix is an error naming the candidates", () => {
    ok(["add", "Acme", "Product Manager"]);
    ok(["add", "Acme", "Designer"]);
    const r = hb(["status", "acme", "on-hold", ...data()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/"acme" could be acme-pm, acme-designer/);
  });

  it("an unknown one is a failure listing the ids", () => {
    ok(["add", "Acme", "Product Manager"]);
    const r = hb(["show", "initech", ...data()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no application "initech"; the ids are acme-pm/);
  });
});

describe("bad input", () => {
  it.each([
    [["add"], /missing the company/],
    [["add", "Acme"], /missing the role/],
    [["sent", "acme"], /missing --kind \(one of thank-you, check-in/],
    [["interview", "acme"], /missing --at/],
    [["interview", "acme", "--at", "next tuesday"], /at: not a date-time: "next tuesday"/],
    [["sent", "acme", "--kind", "hug"], /kind: /],
    [["reply", "acme"], /missing the reply's text/],
    [["agenda", "--now", "soon"], /--now: not a date-time: "soon"/],
    [["policy", "set", "max-value-adds", "9"], /policy\.maxValueAdds: must be from 0 to 6, got 9/],
    [["policy", "set", "week-ends", "fri"], /week-ends: write one of monday, .*sunday, not "fri"/],
  ])("hearback %j exits 2 and says what is missing or wrong", (args, message) => {
    ok(["add", "Acme", "Product Manager"]);
    const before = ok(["export"]);
    const r = hb([...args, ...data()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
    expect(ok(["export"])).toBe(before);
  });
});

describe("import and export", () => {
  const timeline = [
    '{"type":"application","app":"acme-pm","company":"Acme","role":"Product Manager","timezone":"America/Denver","region":"US"}',
    '{"type":"interview","app":"acme-pm","at":"2026-11-02T10:00","durationMinutes":60,"interviewers":[{"name":"Dana Lee","email":"dana@acme.example","role":"hiring-manager"},{"name":"Sam Ortiz"}],"decisionBy":"2026-11-13","topics":["pricing roadmap"]}',
    '{"type":"sent","app":"acme-pm","at":"2026-11-02T16:30","kind":"thank-you","to":"Dana Lee","channel":"email"}',
    '{"type":"reply","app":"acme-pm","at":"2026-11-18T11:02","from":"Dana Lee","text":"Thanks for checking in! We\'re still interviewing and hope to decide by December 1.","x-custom":{"kept":true}}',
  ];

  it("exports exactly the events imported", () => {
    const file = join(dir, "timeline.jsonl");
    writeFileSync(file, `${timeline.join("\n")}\n`);
    expect(json(["import", file])).toEqual({ imported: 4, applications: ["acme-pm"] });
    expect(ok(["export"])).toBe(`${timeline.join("\n")}\n`);
  });

  it("reports every bad line as FILE:LINE: field: message and stores nothing", () => {
    const file = join(dir, "bad.jsonl");
    writeFileSync(
      file,
      [
        timeline[0],
        '{"type":"interview","app":"acme-pm","at":"next tuesday"}',
        timeline[2],
        '{"type":"sent","app":"globex","at":"2026-11-02T16:30","kind":"thank-you"}',
      ].join("\n"),
    );
    const r = hb(["import", file, ...data()]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual([
      `${file}:2: interview.at: not a date-time: "next tuesday"`,
      expect.stringMatching(new RegExp(`^${file}:4: sent\\.app: no application "globex"`)),
    ]);
    expect(ok(["export"])).toBe("");
  });

  it("reads stdin with -", () => {
    expect(json(["import", "-"], `${timeline[0]}\n`)).toMatchObject({ imported: 1 });
  });
});

describe("policy", () => {
  it("changes the zone, working hours and policy numbers, and resets them", () => {
    ok(["policy", "set", "timezone", "Europe/London"]);
    ok(["policy", "set", "working-hours", "8:30-16:30"]);
    ok(["policy", "set", "check-in-after-decision-business-days", "4"]);
    const r = json<{ timezone: string; policy: Record<string, unknown> }>(["policy"]);
    expect(r.timezone).toBe("Europe/London");
    expect(r.policy).toMatchObject({
      workingHours: { start: "08:30", end: "16:30" },
      checkInAfterDecisionBusinessDays: 4,
    });
    ok(["policy", "reset", "check-in-after-decision-business-days"]);
    expect(
      json<{ policy: Record<string, unknown> }>(["policy"]).policy.checkInAfterDecisionBusinessDays,
    ).toBe(3);
  });

  it("plans check-ins with the numbers set", () => {
    interviewed();
    ok(["sent", "acme", "--kind", "thank-you", "--to", "Dana Lee", "--at", "2026-11-02T16:30"]);
    ok(["sent", "acme", "--kind", "thank-you", "--to", "Sam Ortiz", "--at", "2026-11-02T16:40"]);
    ok(["policy", "set", "check-in-after-decision-business-days", "5"]);
    const [checkIn] = json<{ dueFrom: string }[]>(["agenda", "--all", "--now", "2026-11-14T09:00"]);
    // Fri 13 Nov + 5 business days = Fri 20 Nov.
    expect(checkIn?.dueFrom).toBe("2026-11-20T09:00:00-07:00");
  });
});

describe("output", () => {
  it("has no colour codes when NO_COLOR is set or stdout is not a terminal", () => {
    interviewed();
    const r = hb(["agenda", "--now", "2026-11-02T12:00", ...data()], { env: { NO_COLOR: "" } });
    expect(r.stdout).toMatch(/Acme: send Dana Lee a thank-you/);
    expect(r.stdout.includes("\u001b[")).toBe(false);
  });
});

describeWith(PROGRAMS.script, "on a terminal", {}, () => {
  const onTerminal = (
    args: readonly string[],
    answers: readonly [RegExp, string][],
    env: Record<string, string> = {},
  ) =>
    runOnTerminal(args, answers, {
      HEARBACK_HOME: join(dir, "home"),
      TZ: "America/Denver",
      ...env,
    });

  it("asks for what is missing, then records it", async () => {
    const { code } = await onTerminal(
      ["add", ...data()],
      [
        [/Which company\?/, "Acme\r"],
        [/Which role\?/, "Product Manager\r"],
      ],
    );
    expect(code).toBe(0);
    expect(json<{ applications: { app: string }[] }>(["list"]).applications).toMatchObject([
      { app: "acme-pm" },
    ]);
  }, 30_000);

  it("uses colours, unless NO_COLOR is set", async () => {
    interviewed();
    const args = ["agenda", "--now", "2026-11-02T12:00", ...data()];
    const coloured = await onTerminal(args, [], { NO_COLOR: "" });
    expect(coloured.output).toContain("\u001b[1m");
    const plain = await onTerminal(args, [], { NO_COLOR: "1" });
    expect(plain.output).toMatch(/Acme: send Dana Lee\s+a thank-you/);
    expect(plain.output).not.toContain("\u001b[1m");
  }, 30_000);

  it("offers the kinds and the people there to pick from", async () => {
    interviewed();
    const { code } = await onTerminal(
      ["sent", "acme", ...data()],
      [
        [/What did you send\?/, "\r"],
        [/To whom\?/, " \r"],
      ],
    );
    expect(code).toBe(0);
    const last = ok(["export"]).trim().split("\n").at(-1)!;
    expect(JSON.parse(last)).toMatchObject({ type: "sent", kind: "thank-you", to: "Dana Lee" });
  }, 30_000);
});

describe("people named by how people say them", () => {
  it("sent --to takes a first name for the person recorded, and says the thank-you is done", () => {
    interviewed();
    const said = ok([
      "sent",
      "acme",
      "--kind",
      "thank-you",
      "--to",
      "dana",
      "--at",
      "2026-11-02T16:30",
      "--now",
      "2026-11-02T17:00",
    ]);
    expect(said).toContain("Logged a thank-you to Dana Lee");
    expect(said).toContain("Dropped: the thank-you to Dana Lee (was due by Tue 3 Nov, 11:00).");
    const left = json<{ kind: string; to: string }[]>(["agenda", "--now", "2026-11-02T17:00"]);
    expect(left.filter((a) => a.kind === "thank-you").map((a) => a.to)).toEqual(["Sam Ortiz"]);
  });

  it("refuses a name nobody has, saying how to add them, and adds them with --new-contact", () => {
    interviewed();
    const refused = hb(["sent", "acme", "--kind", "check-in", "--to", "Riley", ...data()]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--to: nobody called "Riley" is known at Acme');
    expect(refused.stderr).toContain("--new-contact");
    const added = ok(["sent", "acme", "--kind", "check-in", "--to", "Riley", "--new-contact"]);
    expect(added).toContain("Logged a check-in to Riley");
  });
});

describe("names written Last, First", () => {
  it("interview --with reads them as the person, and a title still follows a comma", () => {
    ok(["add", "Hooli", "Designer", "--tz", "America/Los_Angeles"]);
    const logged = json<{ event: { interviewers: unknown[] } }>([
      "interview",
      "hooli",
      "--at",
      "2026-11-02T10:00",
      "--with",
      "Lee, Dana",
      "--with",
      "Ortiz, Sam <sam@hooli.example>, Talent Partner",
      "--with",
      "Okafor, Ngozi Ann, Hiring Manager",
      "--with",
      "Kim, Recruiter",
    ]);
    expect(logged.event.interviewers).toEqual([
      { name: "Dana Lee", role: "interviewer" },
      { name: "Sam Ortiz", email: "sam@hooli.example", title: "Talent Partner", role: "recruiter" },
      { name: "Ngozi Ann Okafor", title: "Hiring Manager", role: "hiring-manager" },
      { name: "Kim", title: "Recruiter", role: "recruiter" },
    ]);
  });

  it("add --contact reads them too", () => {
    const added = json<{ event: { contacts: unknown[] } }>([
      "add",
      "Hooli",
      "Designer",
      "--contact",
      "Lee, Dana <dana@hooli.example>",
    ]);
    expect(added.event.contacts).toEqual([{ name: "Dana Lee", email: "dana@hooli.example" }]);
  });

  it("sent --to and reply --from find the person recorded; someone new is kept first name first", () => {
    interviewed();
    const said = ok(["sent", "acme", "--kind", "thank-you", "--to", "Ortiz, Sam"]);
    expect(said).toContain("Logged a thank-you to Sam Ortiz");
    const replied = ok(["reply", "acme", "--signal", "encouraging", "--from", "lee, dana"]);
    expect(replied).toContain("Dana Lee");
    const added = ok([
      "sent",
      "acme",
      "--kind",
      "check-in",
      "--to",
      "Nguyen, Riley",
      "--new-contact",
    ]);
    expect(added).toContain("Logged a check-in to Riley Nguyen");
  });
});

describe("a status change", () => {
  it("says what it did to the pending check-in", () => {
    interviewed();
    ok(["reply", "acme", "--signal", "encouraging", "--from", "sam", "--at", "2026-11-05T10:00"]);
    const said = ok(["status", "acme", "still-open", "--now", "2026-11-20T10:00"]);
    expect(said).toContain("Dropped: the check-in with Dana Lee (was due by Fri 20 Nov, 17:00).");
    expect(said).toContain("New: the casual update to Dana Lee, from Mon 23 Nov, 9:00.");
  });
});

describe("a plan that answers the reply", () => {
  it("plans an answer to a question about availability, not a check-in", () => {
    interviewed();
    ok(["sent", "acme", "--kind", "thank-you", "--to", "Dana", "--at", "2026-11-02T16:30"]);
    const said = ok([
      "reply",
      "acme",
      "--from",
      "Dana",
      "--signal",
      "next-step",
      "--text",
      "We'd like you to come in for a final round; what's your availability?",
      "--at",
      "2026-11-05T10:00",
      "--now",
      "2026-11-05T10:05",
    ]);
    expect(said).toContain("New: your answer to Dana Lee, due by Fri 6 Nov, 17:00.");
    expect(said).toContain("Dropped: the check-in with Dana Lee");
    expect(said).not.toContain("if there is no news");
  });
});

describe("aging", () => {
  it("shows a long-missed action as missed, and drop sets it aside until undone", () => {
    interviewed();
    const january = ["--now", "2027-01-06T12:00"];
    const agenda = ok(["agenda", ...january]);
    expect(agenda).toContain("Missed: still want to?");
    expect(agenda).not.toContain("Overdue");
    ok(["sent", "acme", "--kind", "thank-you", "--to", "Dana", "--at", "2026-11-02T16:30"]);
    const dropped = ok(["drop", "acme", "--kind", "thank-you", "--to", "sam", ...january]);
    expect(dropped).toContain("Set aside for acme-pm: thank-you to Sam Ortiz");
    const after = json<{ kind: string; to?: string }[]>(["agenda", ...january]);
    expect(after.map((a) => [a.kind, a.to])).toEqual([["check-in", "Dana Lee"]]);
    expect(ok(["show", "acme", ...january])).toContain("set aside: thank-you to Sam Ortiz");
    ok(["undo"]);
    const back = json<{ kind: string; to?: string }[]>(["agenda", ...january]);
    expect(back.map((a) => a.kind)).toContain("thank-you");
  });
});
