import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hearback as run } from "../../../test/cli.js";

/** These run the built CLI (`node bin/hearback.js`), exactly as a user runs it. */
const hearback = (args: readonly string[], input: string) =>
  run(args, { env: { TZ: "UTC" }, input });

const RECEIVED = ["--received", "2026-11-18T11:02" /* Wed */, "--tz", "America/Denver"];

describe("hearback gauge", () => {
  describe("one reply on stdin", () => {
    it("prints a friendly reading with the signal, the evidence and the decision day", async () => {
      const r = await hearback(
        ["gauge", ...RECEIVED],
        "Thanks for checking in! We're still interviewing and hope to decide by the end of next week.\n\nBest,\nDana",
      );
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/Reads as:\s+still-deciding/);
      expect(r.stdout).toContain("still interviewing");
      expect(r.stdout).toContain("Fri 27 Nov");
      expect(r.stdout).toContain('"by the end of next week"');
    });

    describe("when it can't tell", () => {
      // Neither a no nor a promise: it could be either.
      const vague = "Got it, thanks. We'll see how things go on our side.";

      it("shows both likeliest readings with their advice, and how to say which", async () => {
        const r = await hearback(["gauge", ...RECEIVED], vague);
        expect(r.status).toBe(0);
        const named = /Reads as:\s+can't tell: ([a-z-]+) or ([a-z-]+)/.exec(r.stdout);
        expect(named).not.toBeNull();
        // Each reading on a line of its own, with what it would mean.
        for (const signal of named!.slice(1))
          expect(r.stdout).toMatch(new RegExp(`^  ${signal}: \\S`, "m"));
        expect(r.stdout).toMatch(/--as [a-z-]+/);
      });

      it("reads it as the user says with --as", async () => {
        const r = await hearback(["gauge", ...RECEIVED, "--as", "rejection"], vague);
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(/Reads as:\s+rejection \(as you said\)/);
        expect(r.stdout).toContain("This is a no.");
        expect(r.stdout).not.toContain("can't tell");
      });

      it("names the two readings in --json", async () => {
        const r = await hearback(["gauge", ...RECEIVED, "--json"], vague);
        expect(JSON.parse(r.stdout).cantTell).toHaveLength(2);
      });

      it("exits 2 naming --as when it is not a signal", async () => {
        const r = await hearback(["gauge", ...RECEIVED, "--as", "maybe"], vague);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('--as: not a signal: "maybe"');
      });
    });

    it("prints the spec's fields as JSON with --json", async () => {
      const r = await hearback(
        ["gauge", ...RECEIVED, "--json"],
        "I am out of the office until Monday 30 November with limited access to email.",
      );
      expect(r.status).toBe(0);
      const reading = JSON.parse(r.stdout);
      expect(Object.keys(reading).sort()).toEqual(
        ["confidence", "decisionBy", "decisionPhrase", "evidence", "returnOn", "signal"].sort(),
      );
      expect(reading).toMatchObject({
        signal: "out-of-office",
        returnOn: "2026-11-30" /* Mon */,
        decisionBy: null,
      });
      expect(reading.confidence).toBeGreaterThan(0.5);
      expect(reading.confidence).toBeLessThanOrEqual(1);
    });

    it.each([
      ["empty", ""],
      ["blank", "  \n\n  "],
    ])("exits 2 with a clear message on %s input", async (_name, input) => {
      const r = await hearback(["gauge", ...RECEIVED], input);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/no reply on stdin/);
    });

    it("exits 2 naming --received when it is not a date-time", async () => {
      const r = await hearback(["gauge", "--received", "next tuesday"], "Thanks!");
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--received: not a date-time: "next tuesday"/);
    });
  });

  describe("--jsonl", () => {
    it("writes one reading per input line, in order, each resolved against its own received time", async () => {
      const input = [
        { id: "a", text: "We regret to inform you that the position has been filled." },
        {
          id: 2,
          text: "No decision yet - we hope to decide by Friday.",
          received: "2026-11-23T09:00" /* Mon */,
        },
        { id: "c", text: "We'll keep your resume on file and reach out if anything changes." },
      ]
        .map((o) => JSON.stringify(o))
        .join("\n");
      const r = await hearback(["gauge", "--jsonl", ...RECEIVED], `${input}\n`);
      expect(r.status).toBe(0);
      const lines = r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => [l.id, l.signal])).toEqual([
        ["a", "rejection"],
        [2, "still-deciding"],
        ["c", "brush-off"],
      ]);
      expect(lines[1]).toMatchObject({
        decisionBy: "2026-11-27" /* Fri */,
        decisionPhrase: "by Friday",
      });
      expect(Object.keys(lines[0]).sort()).toEqual(
        ["confidence", "decisionBy", "decisionPhrase", "id", "returnOn", "signal"].sort(),
      );
    });

    it("exits 2 naming every bad line, and writes nothing on stdout", async () => {
      const input =
        '{"id":"a","text":"Thanks"}\nnot json\n{"id":"c"}\n{"id":"d","text":"x","received":"soon"}\n';
      const r = await hearback(["gauge", "--jsonl"], input);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^stdin:2: not JSON/m);
      expect(r.stderr).toMatch(/^stdin:3: text: missing/m);
      expect(r.stderr).toMatch(/^stdin:4: received: not a date-time: "soon"/m);
    });

    it("exits 2 with a clear message when there are no lines", async () => {
      const r = await hearback(["gauge", "--jsonl"], "\n");
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/no lines on stdin/);
    });
  });
});

describe("hearback plan with replies the user did not label", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hearback-gauge-plan-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const timeline = (reply: Record<string, unknown>) =>
    [
      {
        type: "application",
        app: "acme-pm",
        company: "Acme",
        role: "Product Manager",
        timezone: "America/Denver",
        region: "US",
      },
      {
        type: "interview",
        app: "acme-pm",
        at: "2026-11-02T10:00" /* Mon */,
        interviewers: [{ name: "Dana Lee", role: "hiring-manager" }],
      },
      { type: "sent", app: "acme-pm", at: "2026-11-02T16:30", kind: "thank-you", to: "Dana Lee" },
      {
        type: "sent",
        app: "acme-pm",
        at: "2026-11-13T10:00" /* Fri */,
        kind: "check-in",
        to: "Dana Lee",
      },
      {
        type: "reply",
        app: "acme-pm",
        at: "2026-11-16T11:02" /* Mon */,
        from: "Dana Lee",
        ...reply,
      },
    ]
      .map((e) => JSON.stringify(e))
      .join("\n");

  async function plan(
    reply: Record<string, unknown>,
  ): Promise<{ kind: string; rule: string; reason: string; dueFrom: string }[]> {
    const file = join(dir, `t-${Math.random().toString(36).slice(2)}.jsonl`);
    await writeFile(file, `${timeline(reply)}\n`);
    const r = await hearback(
      [
        "plan",
        "--timeline",
        file,
        "--now",
        "2026-11-18T12:00" /* Wed */,
        "--tz",
        "America/Denver",
        "--json",
      ],
      "",
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    return JSON.parse(r.stdout);
  }

  it("gauges an unlabelled brush-off and advises letting go, quoting the reply", async () => {
    const actions = await plan({
      text: "Hi, thanks for checking in. No update at this time - we'll reach out if anything changes.\n\nDana",
    });
    const letGo = actions.find((a) => a.kind === "let-go");
    expect(letGo?.rule).toBe("let-go-brush-off");
    expect(letGo?.reason).toMatch(/Dana Lee's reply .* reads as a brush-off: "[^"]+"/);
    expect(letGo?.reason).toMatch(/reach out if anything changes|No update at this time/);
    expect(actions.some((a) => a.kind === "check-in")).toBe(false);
  });

  it("lets the user's own signal win over the text", async () => {
    const actions = await plan({
      text: "No update at this time - we'll reach out if anything changes.",
      signal: "still-deciding",
    });
    expect(actions.some((a) => a.kind === "let-go")).toBe(false);
  });

  it("waits out an unlabelled out-of-office reply until after its return date", async () => {
    const actions = await plan({
      text: "Thank you for your email. I am out of the office until Monday 30 November with limited access to email.",
    });
    const checkIn = actions.find((a) => a.kind === "check-in");
    expect(checkIn?.rule).toBe("wait-out-of-office");
    expect(checkIn?.reason).toMatch(
      /automatic reply \(as read from its text\) says they are back on Mon 30 Nov/,
    );
    expect(checkIn?.dueFrom.startsWith("2026-12-01" /* Tue */)).toBe(true);
  });

  it("plans the final thank-you after an unlabelled rejection, quoting it", async () => {
    const actions = await plan({
      text: "Thanks for checking in. Unfortunately we have decided to move forward with another candidate.",
    });
    const thanks = actions.find((a) => a.kind === "final-thanks");
    expect(thanks?.rule).toBe("final-thanks-after-rejection");
    expect(thanks?.reason).toMatch(/turns you down: "[^"]*another candidate"/);
    expect(actions.some((a) => a.kind === "check-in")).toBe(false);
  });

  it("checks in on the new date an unlabelled still-deciding reply names", async () => {
    const actions = await plan({
      text: "Thanks for your patience! We're still interviewing and hope to decide by Tuesday, December 1.",
    });
    const checkIn = actions.find((a) => a.kind === "check-in");
    expect(checkIn?.rule).toBe("check-in-on-new-date");
    expect(checkIn?.reason).toMatch(/Tue 1 Dec/);
  });
});
