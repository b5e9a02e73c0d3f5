/**
 * People named in commands, matched against those an application knows, through the
 * operations every caller (CLI, API, web) goes through, on a real store.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../store/index.js";
import type { Store } from "../store/types.js";
import { createContext, type OpContext, runOp } from "./index.js";

/** Tue 3 Nov 2026, 9:00 in Denver: the day after the interview. */
const NOW = Date.parse("2026-11-03T09:00:00-07:00");

let dir: string;
let store: Store;

async function contextFor(source: string): Promise<OpContext> {
  return createContext({ store, now: NOW, fallbackZone: "America/Denver", source });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "hearback-people-"));
  store = await openStore({ dir });
  const ctx = await contextFor("test");
  await runOp(ctx, "addApplication", {
    company: "Initech",
    role: "Engineer",
    id: "initech",
    timezone: "America/Denver",
  });
  await runOp(ctx, "logInterview", {
    app: "initech",
    at: "2026-11-02T10:00",
    interviewers: [{ name: "Samir Nagheenanajar" }, { name: "Sam Ortiz" }],
  });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const thankYousDue = (actions: readonly { kind: string; to?: string }[]) =>
  actions.filter((a) => a.kind === "thank-you").map((a) => a.to);

describe("a person named by first name", () => {
  it("is the person recorded, so their thank-you is done", async () => {
    const ctx = await contextFor("cli");
    const result = await runOp(ctx, "logSent", { app: "initech", kind: "thank-you", to: "Samir" });
    expect(result.event.to).toBe("Samir Nagheenanajar");
    expect(thankYousDue(result.actions)).toEqual(["Sam Ortiz"]);
    expect(result.changes).toEqual([
      expect.objectContaining({
        change: "dropped",
        action: expect.objectContaining({ kind: "thank-you", to: "Samir Nagheenanajar" }),
      }),
    ]);
  });

  it("is matched in every list of recipients, and in a reply's sender", async () => {
    const ctx = await contextFor("cli");
    const sent = await runOp(ctx, "logSent", {
      app: "initech",
      kind: "thank-you",
      to: ["nagheenanajar", "ortiz"],
    });
    expect(sent.event.to).toEqual(["Samir Nagheenanajar", "Sam Ortiz"]);
    const reply = await runOp(ctx, "logReply", {
      app: "initech",
      from: "SAMIR",
      signal: "encouraging",
    });
    expect(reply.event.from).toBe("Samir Nagheenanajar");
  });

  it("keeps a later interview's panel under the names already known", async () => {
    const ctx = await contextFor("cli");
    const result = await runOp(ctx, "logInterview", {
      app: "initech",
      at: "2026-11-09T10:00",
      interviewers: [{ name: "samir" }, { name: "Michael Bolton" }],
    });
    expect(result.event.interviewers?.map((c) => c.name)).toEqual([
      "Samir Nagheenanajar",
      "Michael Bolton",
    ]);
  });
});

describe("a name that is not clear", () => {
  it("is refused when it could be several people, naming them, and nothing is stored", async () => {
    const ctx = await contextFor("cli");
    const before = (await store.timeline()).length;
    await expect(
      runOp(ctx, "logSent", { app: "initech", kind: "thank-you", to: "Sam" }),
    ).rejects.toMatchObject({
      code: "bad-input",
      message: '--to: "Sam" could be Samir Nagheenanajar or Sam Ortiz; type more of the name',
    });
    expect((await store.timeline()).length).toBe(before);
  });

  it("in an interview's panel is refused naming its row (the web) or --with (the CLI)", async () => {
    const panel = { app: "initech", at: "2026-11-09T10:00" };
    const web = await contextFor("web");
    await expect(
      runOp(web, "logInterview", {
        ...panel,
        interviewers: [{ name: "Bob Slydell" }, { name: "Sam" }],
      }),
    ).rejects.toMatchObject({
      problems: [
        'interviewers.1.name: "Sam" could be Samir Nagheenanajar or Sam Ortiz; type more of the name',
      ],
    });
    const cli = await contextFor("cli");
    await expect(
      runOp(cli, "logInterview", { ...panel, interviewers: [{ name: "Sam" }] }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/^--with: "Sam" could be/) });
  });

  it("is refused when it matches nobody, unless a new contact is asked for", async () => {
    const cli = await contextFor("cli");
    await expect(
      runOp(cli, "logReply", { app: "initech", from: "Bill Lumbergh", signal: "encouraging" }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(
        /^--from: nobody called "Bill Lumbergh" is known at Initech \(the people recorded at Initech are Samir Nagheenanajar and Sam Ortiz\); .*--new-contact/,
      ),
    });
    const web = await contextFor("web");
    await expect(
      runOp(web, "logSent", { app: "initech", kind: "check-in", to: "Bill" }),
    ).rejects.toMatchObject({ message: expect.stringContaining('"newContact": true') });
    const asked = await runOp(web, "logReply", {
      app: "initech",
      from: "Bill Lumbergh",
      signal: "encouraging",
      newContact: true,
    });
    expect(asked.event.from).toBe("Bill Lumbergh");
  });
});

describe("someone recorded as new", () => {
  it("is known by name from then on", async () => {
    const ctx = await contextFor("cli");
    await runOp(ctx, "logReply", {
      app: "initech",
      from: "Bill Lumbergh",
      signal: "encouraging",
      newContact: true,
    });
    const sent = await runOp(ctx, "logSent", { app: "initech", kind: "check-in", to: "bill" });
    expect(sent.event.to).toBe("Bill Lumbergh");
  });
});
