/**
 * `hearback plan` as a user runs it: the built command (`node bin/hearback.js`), real files.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateTimeline } from "../../../bench/plan/generate.js";

const root = join(import.meta.dirname, "../../..");
const dir = mkdtempSync(join(tmpdir(), "hearback-plan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function hearback(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(root, "bin/hearback.js"), ...args], {
    cwd: dir,
    encoding: "utf8",
    input,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, lines: readonly string[]): string {
  writeFileSync(join(dir, name), `${lines.join("\n")}\n`);
  return name;
}

const GOOD = [
  `{"type":"application","app":"acme-pm","company":"Acme","role":"PM","timezone":"America/Denver","region":"US"}`,
  `{"type":"interview","app":"acme-pm","at":"2026-11-02T10:00","interviewers":[{"name":"Dana Lee","role":"hiring-manager"},{"name":"Sam Ortiz"}],"decisionBy":"2026-11-13"}`,
  `{"type":"sent","app":"acme-pm","at":"2026-11-02T16:30","kind":"thank-you","to":"Dana Lee"}`,
];

describe("hearback plan", () => {
  describe("with a good timeline", () => {
    it("prints the actions as one JSON array, ordered by dueBy", () => {
      const r = hearback([
        "plan",
        "--timeline",
        file("good.jsonl", GOOD),
        "--now",
        "2026-11-18T12:00",
        "--tz",
        "America/Denver",
        "--json",
      ]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const actions = JSON.parse(r.stdout);
      expect(actions).toMatchObject([
        {
          app: "acme-pm",
          company: "Acme",
          kind: "thank-you",
          to: "Sam Ortiz",
          overdue: true,
          rule: "thank-you-24h",
        },
        {
          kind: "check-in",
          to: "Dana Lee",
          channels: ["email", "phone"],
          dueFrom: "2026-11-18T09:00:00-07:00",
          dueBy: "2026-11-20T17:00:00-07:00",
          overdue: false,
          rule: "check-in-after-decision-date",
          reason:
            "Dana Lee said you'd hear by Fri 13 Nov; it is now 3 business days later with no news.",
        },
      ]);
    });

    it("prints a readable agenda grouped by when, with weekday dates", () => {
      const r = hearback([
        "plan",
        "--timeline",
        file("good.jsonl", GOOD),
        "--now",
        "2026-11-18T12:00-07:00",
        "--tz",
        "America/New_York",
      ]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(
        "Agenda for Wed 18 Nov, 14:00 (times in your zone, America/New_York)",
      );
      // The thank-you of Tue 3 Nov closed more than 5 business days ago: missed, not overdue.
      const missed = r.stdout.indexOf("Missed: still want to?");
      // The check-in's window is open, its deadline days away: this week, not today.
      const week = r.stdout.indexOf("This week");
      expect(missed).toBeGreaterThan(0);
      expect(week).toBeGreaterThan(missed);
      expect(r.stdout).not.toContain("Overdue");
      expect(r.stdout).not.toContain("Today");
      // 11:00 in Denver, on the user's clock with Denver's beside it.
      expect(r.stdout).toContain("by Tue 3 Nov, 13:00");
      expect(r.stdout).toContain("· 11:00 in Denver");
      expect(r.stdout).toContain("Acme: send Sam Ortiz a thank-you (email or card)");
      expect(r.stdout).toContain("Acme: check in with Dana Lee (email or phone)");
    });

    it("reads the timeline from stdin with --timeline -", () => {
      const r = hearback(
        ["plan", "--timeline", "-", "--now", "2026-11-18T19:00Z", "--json"],
        `${GOOD.join("\n")}\n`,
      );
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toHaveLength(2);
    });

    it("plans the demo timeline", () => {
      const r = hearback([
        "plan",
        "--timeline",
        join(root, "examples/demo.jsonl"),
        "--now",
        "2026-11-18T12:00",
        "--tz",
        "America/Denver",
        "--json",
      ]);
      expect(r.status).toBe(0);
      const rules = new Set(JSON.parse(r.stdout).map((a: { rule: string }) => a.rule));
      for (const rule of [
        "thank-you-24h",
        "check-in-after-decision-date",
        "let-go-brush-off",
        "let-go-unanswered",
        "final-thanks-after-rejection",
        "ask-timeline",
        "value-add-still-open",
      ]) {
        expect(rules).toContain(rule);
      }
    });
  });

  describe("with bad input", () => {
    it.each([
      ["broken JSON", [GOOD[0]!, `{"type":"interview",`], /^bad\.jsonl:2: not valid JSON \(.+\)$/],
      [
        "a missing field",
        [GOOD[0]!, `{"type":"interview","app":"acme-pm"}`],
        /^bad\.jsonl:2: interview\.at: required field is missing$/,
      ],
      [
        "a bad date",
        [GOOD[0]!, `{"type":"interview","app":"acme-pm","at":"next tuesday"}`],
        /^bad\.jsonl:2: interview\.at: not a date-time: "next tuesday"$/,
      ],
      [
        "an event before its application",
        [GOOD[1]!, GOOD[0]!],
        /^bad\.jsonl:1: interview\.app: no application "acme-pm" before this line/,
      ],
      [
        "an unknown zone",
        [`{"type":"application","app":"a","company":"A","role":"R","timezone":"Mars/Olympus"}`],
        /^bad\.jsonl:1: application\.timezone: unknown time zone: "Mars\/Olympus"/,
      ],
      [
        "an unknown region",
        [`{"type":"application","app":"a","company":"A","role":"R","region":"ZZ"}`],
        /^bad\.jsonl:1: application\.region: unknown holiday region: "ZZ"/,
      ],
    ])(
      "exits 2 on %s, with one line per problem on stderr and nothing on stdout",
      (_what, lines, expected) => {
        const r = hearback([
          "plan",
          "--timeline",
          file("bad.jsonl", lines),
          "--now",
          "2026-11-18T12:00Z",
          "--json",
        ]);
        expect(r.status).toBe(2);
        expect(r.stdout).toBe("");
        const problems = r.stderr.trimEnd().split("\n");
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(expected);
      },
    );

    it("reports every problem of the file", () => {
      const r = hearback([
        "plan",
        "--timeline",
        file("bad.jsonl", [GOOD[1]!, "{", `{"type":"x"}`]),
        "--now",
        "2026-11-18T12:00Z",
      ]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(
        r.stderr
          .trimEnd()
          .split("\n")
          .map((l) => l.split(":").slice(0, 2).join(":")),
      ).toEqual(["bad.jsonl:1", "bad.jsonl:2", "bad.jsonl:3"]);
    });

    it.each([
      [["--now", "tomorrow"], '--now: not a date-time: "tomorrow"'],
      [["--tz", "Nowhere/City"], '--tz: unknown time zone: "Nowhere/City"'],
      [["--timeline", "missing.jsonl"], '--timeline: cannot read "missing.jsonl": no such file'],
    ])("exits 2 on the bad option %j", (args, expected) => {
      const base = ["plan", "--timeline", file("ok.jsonl", GOOD), "--now", "2026-11-18T12:00Z"];
      const r = hearback([...base, ...args]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(expected);
    });

    it("exits 2 without --timeline", () => {
      const r = hearback(["plan"]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("--timeline");
    });
  });

  describe("on several threads (--threads, the default for large files)", () => {
    /** 300 generated applications, their lines interleaved as a real log interleaves them. */
    const lines: string[] = [];
    beforeAll(async () => {
      const path = join(dir, "generated.jsonl");
      await generateTimeline(path, 300, 7);
      const byApp = new Map<string, string[]>();
      for (const line of readFileSync(path, "utf8").split("\n")) {
        if (line === "") continue;
        const app = (JSON.parse(line) as { app: string }).app;
        byApp.set(app, [...(byApp.get(app) ?? []), line]);
      }
      const lists = [...byApp.values()];
      for (let k = 0; lists.some((l) => k < l.length); k++) {
        for (const l of lists) if (k < l.length) lines.push(l[k]!);
      }
      // A reply of the user's without a signal: read by the reply gauge on every thread.
      lines.push(
        `{"type":"reply","app":"app-3","at":"2026-11-16T10:00","from":"Dana Lee","text":"Thanks for your patience, we will decide by Friday."}`,
      );
    });

    /** Bad lines, and whether each is a problem (an application after its note is not). */
    const BAD: [string, boolean][] = [
      ["{", true],
      [`{"type":"x"}`, true],
      [
        `{"type":"note","app":"late","at":"2026-11-01T10:00","text":"before its application"}`,
        true,
      ],
      [`{"type":"application","app":"late","company":"L","role":"R"}`, false],
      [`{"type":"application","app":"app-5","company":"Again","role":"R"}`, true],
      [`{"type":"interview","app":"app-9","durationMinutes":30}`, true],
      [`{"type":"sent","app":"app-11","at":"2026-13-01T10:00","kind":"thank-you"}`, true],
    ];

    /** The timeline with the bad lines spread through it. */
    const withBadLines = () => {
      const out = [...lines];
      for (const [k, [bad]] of BAD.entries()) {
        out.splice(Math.floor(((k + 1) * out.length) / (BAD.length + 1)), 0, bad);
      }
      return out;
    };

    const run = (name: string, timeline: readonly string[], threads: number, extra: string[]) =>
      hearback([
        "plan",
        "--timeline",
        file(name, timeline),
        "--now",
        "2026-11-18T12:00",
        "--tz",
        "America/Denver",
        "--threads",
        String(threads),
        ...extra,
      ]);

    it.each([
      ["--json", ["--json"]],
      ["the agenda", []],
    ])("prints the same plan (%s) as one thread", (_what, extra) => {
      const one = run("gen.jsonl", lines, 1, extra);
      expect(one.status).toBe(0);
      expect(one.stdout.length).toBeGreaterThan(1000);
      for (const threads of [2, 3]) expect(run("gen.jsonl", lines, threads, extra)).toEqual(one);
    });

    it("prints the same bytes (--json) for text beyond ASCII, accents, CJK and emoji alike", () => {
      const names = ["Zoë Ångström", "李小龙", "Renée 🚀 O'Brien", "Ωmega"];
      const extra = names.flatMap((name, k) => [
        `{"type":"application","app":"ü-${k}","company":"Société ${name}","role":"Ingénieur","at":"2026-11-02T09:00","contacts":[{"name":"${name}","role":"recruiter"}]}`,
        `{"type":"interview","app":"ü-${k}","at":"2026-11-1${k}T10:00","interviewers":[{"name":"${name}"}]}`,
      ]);
      const timeline = [...lines.slice(0, 40), ...extra, ...lines.slice(40)];
      const one = run("gen-utf8.jsonl", timeline, 1, ["--json"]);
      expect(one.status).toBe(0);
      for (const name of names) expect(one.stdout).toContain(name);
      for (const threads of [2, 3]) {
        expect(run("gen-utf8.jsonl", timeline, threads, ["--json"])).toEqual(one);
      }
    });

    it("reports the same problems, each with its line number, in line order", () => {
      const one = run("gen-bad.jsonl", withBadLines(), 1, ["--json"]);
      expect(one.status).toBe(2);
      expect(one.stdout).toBe("");
      const numbers = one.stderr
        .trimEnd()
        .split("\n")
        .map((p) => Number(p.match(/^gen-bad\.jsonl:(\d+):/)?.[1]));
      const timeline = withBadLines();
      const expected = BAD.filter(([, bad]) => bad).map(([line]) => timeline.indexOf(line) + 1);
      expect(numbers).toEqual(expected);
      for (const threads of [2, 3]) {
        expect(run("gen-bad.jsonl", withBadLines(), threads, ["--json"])).toEqual(one);
      }
    });

    it("plans a line whose text names another application the plain way, alike", () => {
      // The first "app" key is nested: only parsing the line tells its application.
      const tricky = [
        ...lines,
        `{"type":"note","meta":{"app":"app-7"},"app":"app-8","at":"2026-11-17T10:00","text":"hi"}`,
      ];
      const one = run("gen-tricky.jsonl", tricky, 1, ["--json"]);
      expect(one.status).toBe(0);
      expect(run("gen-tricky.jsonl", tricky, 2, ["--json"])).toEqual(one);
    });

    it("reads stdin alike", () => {
      const text = `${lines.join("\n")}\n`;
      const args = ["plan", "--timeline", "-", "--now", "2026-11-18T12:00", "--tz", "UTC"];
      const one = hearback([...args, "--threads", "1", "--json"], text);
      expect(one.status).toBe(0);
      expect(hearback([...args, "--threads", "2", "--json"], text)).toEqual(one);
    });

    it.each([
      ["a missing file", "missing.jsonl", "no such file"],
      ["a folder", ".", "it is a folder"],
    ])("names an unreadable timeline (%s) alike, after other bad options", (_what, path, why) => {
      const args = [
        "plan",
        "--timeline",
        path,
        "--now",
        "2026-11-18T12:00",
        "--tz",
        "Nowhere/City",
      ];
      const one = hearback([...args, "--threads", "1", "--json"]);
      expect(one.status).toBe(2);
      expect(one.stdout).toBe("");
      expect(one.stderr).toMatch(
        new RegExp(
          `--tz: unknown time zone[^\\n]*\\n[^\\n]*--timeline: cannot read "${path.replace(".", "\\.")}": ${why}`,
        ),
      );
      for (const threads of ["2", "3"]) {
        expect(hearback([...args, "--threads", threads, "--json"])).toEqual(one);
      }
    });

    it("ends with the error when the planner cannot load, without waiting for its workers", () => {
      // A broken install: the built command with the holiday table's chunk missing.
      const copy = join(dir, "broken");
      cpSync(join(root, "dist/cli.js"), join(copy, "dist/cli.js"));
      cpSync(join(root, "dist/plan-worker.js"), join(copy, "dist/plan-worker.js"));
      cpSync(join(root, "dist/chunks"), join(copy, "dist/chunks"), {
        recursive: true,
        filter: (from) => !basename(from).startsWith("business-days-"),
      });
      writeFileSync(join(copy, "hearback.mjs"), 'import "./dist/cli.js";\n');
      const r = spawnSync(
        process.execPath,
        [
          join(copy, "hearback.mjs"),
          "plan",
          "--timeline",
          file("two.jsonl", GOOD),
          "--threads",
          "2",
        ],
        {
          cwd: dir,
          encoding: "utf8",
          timeout: 20_000,
          env: { ...process.env, HEARBACK_HOME: copy },
        },
      );
      expect(r.signal).toBeNull();
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/Cannot find module .*business-days-/);
    });

    it.each(["0", "17", "two"])("exits 2 on --threads %s", (n) => {
      const r = run("gen.jsonl", lines, 1, ["--threads", n]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`--threads: expected a whole number from 1 to 16, got "${n}"`);
    });
  });
});
