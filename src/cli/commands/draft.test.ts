import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** These run the built CLI (`node bin/hearback.js`), exactly as a user runs it. */
const BIN = new URL("../../../bin/hearback.js", import.meta.url).pathname;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let home: string;
let timeline: string;

function hearback(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, HEARBACK_HOME: home, NO_COLOR: "1", ...env }, encoding: "utf8" },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const TIMELINE = [
  {
    type: "application",
    app: "cafe-pm",
    company: "Café Zoë",
    role: "Product Manager",
    timezone: "America/Denver",
    region: "US",
  },
  {
    type: "interview",
    app: "cafe-pm",
    at: "2026-11-02T10:00" /* Mon */,
    interviewers: [
      { name: "Dana Lee", email: "dana@cafe.example", role: "hiring-manager" },
      { name: "Sam Ortiz", email: "sam@cafe.example" },
    ],
    topics: ["the pricing roadmap"],
    decisionBy: "2026-11-13" /* Fri */,
  },
  { type: "sent", app: "cafe-pm", at: "2026-11-02T16:30", kind: "thank-you", to: "Dana Lee" },
  { type: "sent", app: "cafe-pm", at: "2026-11-02T16:40", kind: "thank-you", to: "Sam Ortiz" },
];

const AFTER_INTERVIEW = ["--now", "2026-11-02T15:00" /* Mon */, "--tz", "America/Denver"];
const AFTER_DECISION_DATE = ["--now", "2026-11-18T12:00" /* Wed */, "--tz", "America/Denver"];

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "hearback-draft-"));
  timeline = join(home, "timeline.jsonl");
  // Only the interview: both thank-yous are planned.
  await writeFile(
    timeline,
    TIMELINE.slice(0, 2)
      .map((e) => JSON.stringify(e))
      .join("\n"),
  );
  await writeFile(join(home, "later.jsonl"), TIMELINE.map((e) => JSON.stringify(e)).join("\n"));
});

afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

describe("hearback draft --timeline", () => {
  it("prints the next planned action's draft, its card and its mailto: link", async () => {
    const r = await hearback(["draft", "cafe", "--timeline", timeline, ...AFTER_INTERVIEW]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^thank-you to Dana Lee <dana@cafe\.example> · by email · due by Tue 3 Nov, 11:00/,
    );
    expect(r.stdout).toMatch(/\nSubject: .+\n\n(Dear|Hi) Dana,\n/);
    expect(r.stdout).toContain("Product Manager");
    expect(r.stdout).toContain("Café Zoë");
    expect(r.stdout).toContain("-- handwritten card --");
    expect(r.stdout).toContain("Fill in before sending: [your name]");
    expect(r.stdout).toMatch(/\nmailto:dana@cafe\.example\?subject=[^\s]+&body=[^\s]+\n$/);
  });

  it("reads the timeline from stdin with --timeline -", async () => {
    const r = await new Promise<Run>((resolve) => {
      const child = execFile(
        process.execPath,
        [BIN, "draft", "cafe", "--timeline", "-", ...AFTER_INTERVIEW, "--format", "json"],
        { env: { ...process.env, HEARBACK_HOME: home }, encoding: "utf8" },
        (err, stdout, stderr) => resolve({ code: err ? 1 : 0, stdout, stderr }),
      );
      child.stdin?.end(
        TIMELINE.slice(0, 2)
          .map((e) => JSON.stringify(e))
          .join("\n"),
      );
    });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: "thank-you", to: { name: "Dana Lee" } });
  });

  it("signs with --name", async () => {
    const r = await hearback([
      "draft",
      "cafe",
      "--timeline",
      timeline,
      ...AFTER_INTERVIEW,
      "--name",
      "Ann Smith",
      "--format",
      "json",
    ]);
    const d = JSON.parse(r.stdout);
    expect(d.body.split("\n").at(-1)).toBe("Ann Smith");
    expect(d.placeholders).toEqual([]);
  });

  it("drafts every planned action with --all, a different note for each interviewer", async () => {
    const r = await hearback([
      "draft",
      "cafe",
      "--timeline",
      timeline,
      ...AFTER_INTERVIEW,
      "--all",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const drafts = JSON.parse(r.stdout) as {
      kind: string;
      to: { name: string };
      phrasings: string[];
      planned: boolean;
    }[];
    const thankYous = drafts.filter((d) => d.kind === "thank-you");
    expect(thankYous.map((d) => d.to.name)).toEqual(["Dana Lee", "Sam Ortiz"]);
    expect(thankYous[0]!.phrasings[0]).not.toBe(thankYous[1]!.phrasings[0]);
    expect(thankYous[0]!.phrasings[1]).not.toBe(thankYous[1]!.phrasings[1]);
    expect(drafts.every((d) => d.planned)).toBe(true);
  });

  it.each(["sam ortiz", "Sam", "ort"])("picks the person with --to %j", async (to) => {
    const r = await hearback([
      "draft",
      "cafe",
      "--timeline",
      timeline,
      ...AFTER_INTERVIEW,
      "--to",
      to,
      "--format",
      "json",
    ]);
    expect(JSON.parse(r.stdout).to).toEqual({ name: "Sam Ortiz", email: "sam@cafe.example" });
  });

  it("drafts the check-in with its phone script once the decision date has passed", async () => {
    const r = await hearback([
      "draft",
      "cafe",
      "--timeline",
      join(home, "later.jsonl"),
      ...AFTER_DECISION_DATE,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^check-in to Dana Lee/);
    expect(r.stdout).toContain("Friday 13 November");
    expect(r.stdout).toContain("-- phone script --");
  });

  it("writes an .eml that a mail parser reads back: To, Subject, Date, UTF-8 body", async () => {
    const out = join(home, "thanks.eml");
    const r = await hearback([
      "draft",
      "cafe",
      "--timeline",
      timeline,
      ...AFTER_INTERVIEW,
      "--name",
      "Ann Smith",
      "--format",
      "eml",
      "--out",
      out,
    ]);
    expect(r.code).toBe(0);
    const mail = await simpleParser(await readFile(out));
    expect(mail.to).toMatchObject({ value: [{ name: "Dana Lee", address: "dana@cafe.example" }] });
    expect(mail.subject).toMatch(/^(Thank|Great to meet)/);
    expect(mail.date?.toISOString()).toBe("2026-11-02T22:00:00.000Z");
    expect(mail.text).toContain("Café Zoë");
    expect(mail.text?.trimEnd().split("\n").at(-1)).toBe("Ann Smith");
  });

  it("writes the .eml to stdout without --out", async () => {
    const r = await hearback([
      "draft",
      "cafe",
      "--timeline",
      timeline,
      ...AFTER_INTERVIEW,
      "--format",
      "eml",
    ]);
    expect(r.stdout).toMatch(/^X-Unsent: 1\r\n/);
    expect(r.stdout).toContain("\r\nTo: Dana Lee <dana@cafe.example>\r\n");
  });

  it("drafts a kind the plan does not hold now, on request, and says so", async () => {
    const r = await hearback([
      "draft",
      "cafe",
      "--timeline",
      timeline,
      ...AFTER_INTERVIEW,
      "--kind",
      "keep-in-touch",
      "--to",
      "Dana Lee",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^keep-in-touch to Dana Lee .*drafted on request, not planned now/);
  });

  it("gives let-go as a note with nothing to send, and refuses it as .eml", async () => {
    const text = await hearback([
      "draft",
      "cafe",
      "--timeline",
      timeline,
      ...AFTER_INTERVIEW,
      "--kind",
      "let-go",
    ]);
    expect(text.stdout).toMatch(/^let-go · nothing to send/);
    expect(text.stdout).not.toContain("mailto:");
    const eml = await hearback([
      "draft",
      "cafe",
      "--timeline",
      timeline,
      ...AFTER_INTERVIEW,
      "--kind",
      "let-go",
      "--format",
      "eml",
    ]);
    expect(eml.code).toBe(2);
    expect(eml.stdout).toBe("");
    expect(eml.stderr).toMatch(/let-go draft is not a message to send/);
  });

  describe("bad input", () => {
    it.each([
      [["--kind", "thanks"], /--kind: "thanks" is not one of thank-you,/],
      [["--format", "pdf"], /--format: "pdf" is not one of text, eml, json/],
      [["--now", "next tuesday"], /--now: not a date-time: "next tuesday"/],
    ])("exits 2 naming the option for %j", async (extra, message) => {
      const r = await hearback([
        "draft",
        "cafe",
        "--timeline",
        timeline,
        ...AFTER_INTERVIEW,
        ...extra,
      ]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
    });

    it("names the line and field of a bad timeline", async () => {
      const bad = join(home, "bad.jsonl");
      await writeFile(
        bad,
        `${JSON.stringify(TIMELINE[0])}\n{"type":"interview","app":"cafe-pm","at":"soon"}\n`,
      );
      const r = await hearback(["draft", "cafe", "--timeline", bad, ...AFTER_INTERVIEW]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/bad\.jsonl:2: interview\.at: /);
    });

    it("says which applications exist when the id matches none", async () => {
      const r = await hearback(["draft", "globex", "--timeline", timeline, ...AFTER_INTERVIEW]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("cafe-pm");
    });
  });
});

describe("user templates", () => {
  let own: string;
  beforeAll(async () => {
    own = await mkdtemp(join(tmpdir(), "hearback-templates-"));
  });
  afterAll(async () => {
    await rm(own, { recursive: true, force: true });
  });

  it("templates edit writes the built-in one out (never over yours) and prints its path", async () => {
    const first = await hearback(["templates", "edit", "thank-you"], { HEARBACK_HOME: own });
    const path = join(own, "templates", "thank-you.mustache");
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`${path}\n`);
    const text = await readFile(path, "utf8");
    expect(text).toContain("Subject: ");
    await writeFile(
      path,
      "Subject: Cheers, {{first_name}}\n\nThanks for {{topic}} at {{company}}.\n{{your_name}}\n",
    );
    const again = await hearback(["templates", "edit", "thank-you"], { HEARBACK_HOME: own });
    expect(again.stdout).toBe(`${path}\n`);
    expect(await readFile(path, "utf8")).toContain("Cheers");
  });

  it("a template in the data folder replaces the built-in wording in drafts", async () => {
    const r = await hearback(
      ["draft", "cafe", "--timeline", timeline, ...AFTER_INTERVIEW, "--format", "json"],
      { HEARBACK_HOME: own },
    );
    const d = JSON.parse(r.stdout);
    expect(d.subject).toBe("Cheers, Dana");
    expect(d.body).toBe("Thanks for the pricing roadmap at Café Zoë.\n[your name]");
  });

  it("templates list and show tell whose template is in use", async () => {
    const list = await hearback(["templates", "list", "--json"], { HEARBACK_HOME: own });
    const rows = JSON.parse(list.stdout).templates as { name: string; file: string | null }[];
    expect(rows.find((t) => t.name === "thank-you")?.file).toBe(
      join(own, "templates", "thank-you.mustache"),
    );
    expect(rows.find((t) => t.name === "check-in")?.file).toBeNull();
    const show = await hearback(["templates", "show", "thank-you"], { HEARBACK_HOME: own });
    expect(show.stdout).toContain("Cheers, {{first_name}}");
    const builtIn = await hearback(["templates", "show", "check-in", "--all"], {
      HEARBACK_HOME: own,
    });
    expect(builtIn.stdout).toContain("{{! check-in#4 }}");
  });

  it("a template with an unknown field is an error naming the file, line and field", async () => {
    await mkdir(join(own, "templates"), { recursive: true });
    const path = join(own, "templates", "check-in.phone.mustache");
    await writeFile(path, "Hi {{first_name}},\nthis is {{nmae}}.");
    const r = await hearback(["draft", "cafe", "--timeline", timeline, ...AFTER_INTERVIEW], {
      HEARBACK_HOME: own,
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${path}:2: unknown field "nmae"`);
    await rm(path);
  });

  it("names the templates a misspelt name could mean", async () => {
    const r = await hearback(["templates", "show", "value-add"], { HEARBACK_HOME: own });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("value-add.article or value-add.achievement");
  });
});

describe("hearback draft from the store", () => {
  it("drafts from stored data, signed with the name in the settings", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hearback-store-"));
    const env = { HEARBACK_HOME: dir, TZ: "America/Denver" };
    try {
      const steps = [
        ["add", "Acme", "Product Manager", "--tz", "America/Denver", "--now", "2026-10-20T09:00"],
        ["policy", "set", "name", "Ann Smith"],
        ["policy", "set", "timezone", "America/Denver"],
        [
          "interview",
          "acme",
          "--at",
          "2026-11-02T10:00",
          "--with",
          "Dana Lee <dana@acme.example>, Hiring Manager",
          "--topic",
          "the pricing roadmap",
          "--now",
          "2026-11-02T12:00",
        ],
      ];
      for (const s of steps) {
        const r = await hearback(s, env);
        expect(r.stderr).toBe("");
      }
      const r = await hearback(
        ["draft", "acme", "--now", "2026-11-02T15:00", "--format", "json"],
        env,
      );
      expect(r.stderr).toBe("");
      const d = JSON.parse(r.stdout);
      expect(d).toMatchObject({
        app: "acme-pm",
        kind: "thank-you",
        to: { name: "Dana Lee", email: "dana@acme.example" },
      });
      expect(d.body).toContain("the pricing roadmap");
      expect(d.body.split("\n").at(-1)).toBe("Ann Smith");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
