/**
 * The `hearback` program as a whole, run as users run it (`node bin/hearback.js`).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hearback } from "../../test/cli.js";
import { LABELLED_TIMELINE } from "../../test/labelled-timeline.js";

const root = join(import.meta.dirname, "../..");
const bin = join(root, "bin/hearback.js");

describe("the hearback program", () => {
  it("reports the version of the package", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    const r = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it("exits 2 on an unknown command", () => {
    const r = spawnSync(process.execPath, [bin, "plna"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'plna'/);
  });

  it("lists every command in its help, each as run by its own name", () => {
    // Each command is a file of src/cli/commands that registers it.
    const dir = join(root, "src/cli/commands");
    const commands = readdirSync(dir)
      .filter((f) => /export function register/.test(readFileSync(join(dir, f), "utf8")))
      .map((f) => f.replace(/\.ts$/, ""));
    const help = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    const listed = [...help.stdout.matchAll(/^ {2}([a-z-]+)[| ]/gm)]
      .map((m) => m[1])
      .filter((name) => name !== "help");
    expect(listed.sort()).toEqual(commands.sort());
    // A command run by name is set up alone: its own help says what it is, under every name.
    for (const [name, usage] of [
      ["agenda", "Usage: hearback agenda [options]"],
      ["ack", "Usage: hearback drop|ack [options] <app>"],
      ["drop", "Usage: hearback drop|ack [options] <app>"],
    ]) {
      const r = spawnSync(process.execPath, [bin, name!, "--help"], { encoding: "utf8" });
      expect(r.status).toBe(0);
      expect(r.stdout.split("\n")[0]).toBe(usage);
    }
  });

  it("ends quietly when the reader closes the pipe early (hearback ... | head)", async () => {
    const child = spawn(
      process.execPath,
      [bin, "plan", "--timeline", join(root, "examples/demo.jsonl"), "--now", "2026-11-18T12:00"],
      { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TZ: "America/Denver" } },
    );
    // Closing our end before the command writes makes its first write fail with EPIPE.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});

describe("hearback plan --timeline", () => {
  it("reads a reply like one the file labels as the user labelled it, as the store does", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hearback-plan-labels-"));
    try {
      const file = join(dir, "timeline.jsonl");
      writeFileSync(file, `${LABELLED_TIMELINE}\n`);
      const r = await hearback(
        ["plan", "--timeline", file, "--now", "2026-11-18T12:00", "--json"],
        {
          env: { TZ: "America/Denver" },
        },
      );
      expect(r.status).toBe(0);
      const actions = JSON.parse(r.stdout) as { app: string; kind: string }[];
      expect(actions.filter((a) => a.app === "globex" && a.kind !== "thank-you")).toMatchObject([
        { kind: "let-go" },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("errors reach the user as messages, never as stack traces", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "hearback-errors-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const hb = (args: readonly string[]) =>
    hearback([...args, "--data-dir", join(dir, "data")], { env: { TZ: "America/Denver" } });
  const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);

  /** An application line carrying a field nested 10,000 deep. */
  function deepTimeline(): string {
    const file = join(dir, "deep.jsonl");
    const app = { type: "application", app: "acme-pm", company: "Acme", role: "PM" };
    const line = `${JSON.stringify(app).slice(0, -1)},"x":${"[".repeat(10_000)}${"]".repeat(10_000)}}`;
    writeFileSync(file, `${line}\n`);
    return file;
  }

  it("refuses a timeline line nested 10,000 deep on import, naming the line, storing nothing", async () => {
    const file = deepTimeline();
    const r = await hb(["import", file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/deep\.jsonl:1: nested more than 32 levels deep/);
    noStack(r.stderr);
    expect((await hb(["export"])).stdout).toBe("");
  });

  it("refuses the same line when planning, as import does", async () => {
    const r = await hearback(["plan", "--timeline", deepTimeline(), "--now", "2026-11-18T12:00"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/deep\.jsonl:1: nested more than 32 levels deep/);
    noStack(r.stderr);
  });

  it("says which folder is missing when a draft cannot be written", async () => {
    await hb(["import", join(root, "examples/demo.jsonl")]);
    const r = await hb(["draft", "acme-pm", "--format", "eml", "--out", "/missing/dir/x.eml"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "hearback: --out: cannot write /missing/dir/x.eml: no such folder: /missing/dir\n",
    );
  });

  it.each([
    [["--host", "999.1.1.1"], /--host: "999\.1\.1\.1" is not an IP address/],
    [["--host", "0.0.0.0", "--token", ""], /--token: empty/],
    [["--host", "0.0.0.0", "--token", "a"], /--token: too short/],
  ])("refuses serve %j with a message", async (args, message) => {
    const r = await hb(["serve", "--port", "0", ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    noStack(r.stderr);
  });

  it("names a damaged stored entry and points to hearback doctor, on every read", async () => {
    await hb(["import", join(root, "examples/demo.jsonl")]);
    const db = new Database(join(dir, "data/hearback.db"));
    db.prepare("UPDATE events SET body = '{bad' WHERE id = 3").run();
    db.close();
    for (const args of [["show", "acme-pm"], ["export"]]) {
      const r = await hb(args);
      expect(r.status, args.join(" ")).toBe(1);
      expect(r.stderr).toMatch(/acme-pm: .*entry 3 is not readable.*hearback doctor/);
      noStack(r.stderr);
    }
    // The agenda and the list go on with the other applications, naming the one left out.
    for (const args of [["list"], ["agenda", "--all"], ["agenda", "--all"]]) {
      const r = await hb([...args, "--now", "2026-11-18T12:00"]);
      expect(r.status, args.join(" ")).toBe(0);
      expect(r.stdout).toMatch(/globex/i);
      expect(r.stdout).not.toMatch(/acme/i);
      expect(r.stderr).toMatch(
        /^hearback: left out acme-pm: its stored data cannot be read \(entry 3 is not readable: its text is not JSON\); run `hearback doctor`/m,
      );
      noStack(r.stderr);
    }
    const doctor = await hb(["doctor"]);
    expect(doctor.status).toBe(1);
    expect(doctor.stdout).toMatch(/^acme-pm: entry 3: not readable/m);
    expect((await hb(["undo", "--entry", "3"])).status).toBe(0);
    expect((await hb(["doctor"])).stdout).toMatch(/^All 41 entries of 9 applications read/);
    expect((await hb(["list"])).status).toBe(0);
  });
});

describe("impossible dates are refused at every boundary, naming the field", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "hearback-dates-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const hb = (args: readonly string[]) =>
    hearback([...args, "--data-dir", join(dir, "data")], { env: { TZ: "America/Denver" } });
  const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);
  const APP = { type: "application", app: "acme-pm", company: "Acme", role: "PM" };

  it.each([
    ["interview.at", { type: "interview", app: "acme-pm", at: "+275760-09-13T00:00Z" }],
    ["interview.at", { type: "interview", app: "acme-pm", at: "-000001-01-01T00:00Z" }],
    ["interview.at", { type: "interview", app: "acme-pm", at: "0001-01-01T10:00" }],
    ["interview.at", { type: "interview", app: "acme-pm", at: "1850-01-01T10:00-04:56:02" }],
    [
      "reply.returnOn",
      { type: "reply", app: "acme-pm", at: "2026-11-02T10:00", returnOn: "9999-12-31" },
    ],
    [
      "interview.decisionBy",
      { type: "interview", app: "acme-pm", at: "2026-11-02T10:00", decisionBy: "0000-01-01" },
    ],
  ])("import refuses %s of %j and stores nothing", async (field, event) => {
    const file = join(dir, "t.jsonl");
    writeFileSync(file, `${JSON.stringify(APP)}\n${JSON.stringify(event)}\n`);
    const r = await hb(["import", file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`t\\.jsonl:2: ${field.replace(".", "\\.")}: `));
    expect((await hb(["export"])).stdout).toBe("");
  });

  it("reply --return-on 9999-12-31 is refused before anything is stored", async () => {
    const file = join(dir, "t.jsonl");
    writeFileSync(file, `${JSON.stringify(APP)}\n`);
    await hb(["import", file]);
    const r = await hb([
      "reply",
      "acme-pm",
      "--text",
      "Out of office",
      "--return-on",
      "9999-12-31",
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--return-on|returnOn/);
    expect(r.stderr).toMatch(/outside the dates hearback reads/);
    expect((await hb(["export"])).stdout.trim().split("\n")).toHaveLength(1);
    expect((await hb(["agenda"])).status).toBe(0);
  });

  it("leaves out an application whose stored dates an older version let in, and names it", async () => {
    await hb(["import", join(root, "examples/demo.jsonl")]);
    // As an older hearback stored it, before dates were held to the range.
    const db = new Database(join(dir, "data/hearback.db"));
    const old = { type: "interview", app: "globex-data", at: "+275760-09-13T00:00Z" };
    db.prepare(
      "INSERT INTO events (app, type, body, batch, recorded_at, source) VALUES (?, ?, ?, 999, 0, 'cli')",
    ).run(old.app, old.type, JSON.stringify(old));
    db.close();
    for (const args of [
      ["list"],
      ["agenda", "--all"],
      ["report"],
      ["calendar"],
      ["show", "acme-pm"],
    ]) {
      const r = await hb([...args, "--now", "2026-11-18T12:00"]);
      expect(r.status, args.join(" ")).toBe(0);
      noStack(r.stderr);
    }
    const list = await hb(["list", "--now", "2026-11-18T12:00"]);
    expect(list.stdout).toMatch(/^acme-pm /m);
    expect(list.stderr).toMatch(
      /left out globex-data: its stored data cannot be read \(interview\.at: outside the dates hearback reads.*hearback doctor/,
    );
    const show = await hb(["show", "globex-data"]);
    expect(show.status).toBe(1);
    expect(show.stderr).toMatch(/^hearback: globex-data: its stored data cannot be read/);
    const doctor = await hb(["doctor"]);
    expect(doctor.status).toBe(1);
    expect(doctor.stdout).toMatch(/^globex-data: entry 43: interview\.at: outside the dates/m);
  });

  it.each([
    ["plan", "+275760-09-13T00:00Z"],
    ["plan", "9999-12-31T23:59"],
    ["agenda", "0001-01-01"],
  ])("%s --now %s is refused at once", async (command, now) => {
    const started = Date.now();
    const r =
      command === "plan"
        ? await hearback(["plan", "--timeline", join(root, "examples/demo.jsonl"), "--now", now])
        : await hb([command, "--now", now]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--now: outside the dates hearback reads/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("what employers and users wrote cannot steer the terminal", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "hearback-terminal-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const hb = (args: readonly string[]) =>
    hearback([...args, "--data-dir", join(dir, "data")], { env: { TZ: "America/Denver" } });

  it("show, list and agenda write escape sequences out instead of sending them", async () => {
    const file = join(dir, "t.jsonl");
    const events = [
      {
        type: "application",
        app: "evil",
        company: "Evil\u001b[2J\u001b]0;owned\u0007",
        role: "PM",
      },
      {
        type: "interview",
        app: "evil",
        at: "2026-11-16T10:00",
        interviewers: [{ name: "Dana\u001b[8m" }],
      },
      {
        type: "reply",
        app: "evil",
        at: "2026-11-17T10:00",
        text: "Thanks\u009b31m \u202eexe.doc",
        signal: "still-deciding",
      },
    ];
    writeFileSync(file, `${events.map((e) => JSON.stringify(e)).join("\n")}\n`);
    expect((await hb(["import", file])).status).toBe(0);
    for (const args of [["show", "evil"], ["list"], ["agenda", "--all"]]) {
      const r = await hb([...args, "--now", "2026-11-17T12:00"]);
      expect(r.status, args.join(" ")).toBe(0);
      const controls = [...r.stdout].filter((c) => {
        const n = c.codePointAt(0)!;
        return (n < 0x20 && n !== 0x0a && n !== 0x09) || (n >= 0x7f && n <= 0x9f) || n === 0x202e;
      });
      expect(controls, args.join(" ")).toEqual([]);
    }
    expect((await hb(["show", "evil", "--now", "2026-11-17T12:00"])).stdout).toContain(
      "Evil\\u001b[2J\\u001b]0;owned\\u0007",
    );
  });
});
