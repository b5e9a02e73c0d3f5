import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../store/index.js";
import type { Store } from "../store/types.js";
import { createContext, type OpContext, runOp } from "./index.js";

/** Mon 2 Nov 2026, 12:00 in Denver. */
const NOW = Date.parse("2026-11-02T12:00:00-07:00");

let dir: string;
let store: Store;
let ctx: OpContext;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "hearback-board-"));
  store = await openStore({ dir });
  ctx = await createContext({ store, now: NOW, fallbackZone: "America/Denver", source: "test" });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const stageOf = async (app: string) =>
  (await runOp(ctx, "showApplication", { app })).summary?.stage;

describe("an application with every detail", () => {
  it("keeps the job's link, place, pay, description and tags", async () => {
    const { app } = await runOp(ctx, "addApplication", {
      company: "Łódź Systems",
      role: "Designer",
      url: "https://jobs.example/42",
      location: "Łódź, hybrid",
      salary: "PLN 20,000 a month",
      description: "Design the billing pages.",
      tags: ["remote", "Remote", "dream job"],
      at: "2026-10-30",
    });
    const [event] = await store.timeline({ app });
    expect(event).toMatchObject({
      location: "Łódź, hybrid",
      salary: "PLN 20,000 a month",
      description: "Design the billing pages.",
      tags: ["remote", "dream job"],
      at: "2026-10-30T00:00:00-06:00",
    });
  });

  it("refuses a saved job with a date you applied", async () => {
    await expect(
      runOp(ctx, "addApplication", { company: "A", role: "B", saved: true, at: "2026-11-01" }),
    ).rejects.toMatchObject({ problems: [expect.stringMatching(/^at: a saved job/)] });
  });
});

describe("editApplication", () => {
  it("replaces the fields given, clears those set to null, and undo takes it back", async () => {
    const { app } = await runOp(ctx, "addApplication", {
      company: "Acme",
      role: "PM",
      url: "https://acme.example/job",
      salary: "$100k",
    });
    await runOp(ctx, "editApplication", {
      app,
      salary: "$120k",
      url: null,
      tags: ["remote"],
      timezone: "Europe/Berlin",
      region: "DE-BE",
      contacts: [{ name: "Dana Lee", role: "recruiter", email: "dana@acme.example" }],
    });
    const [edited] = await store.timeline({ app });
    expect(edited).toEqual({
      type: "application",
      app,
      company: "Acme",
      role: "PM",
      salary: "$120k",
      tags: ["remote"],
      timezone: "Europe/Berlin",
      region: "DE-BE",
      contacts: [{ name: "Dana Lee", role: "recruiter", email: "dana@acme.example" }],
    });
    await runOp(ctx, "undo", {});
    const [back] = await store.timeline({ app });
    expect(back).toMatchObject({ salary: "$100k", url: "https://acme.example/job" });
    expect(back).not.toHaveProperty("tags");
  });

  it("names the field of a bad value", async () => {
    const { app } = await runOp(ctx, "addApplication", { company: "Acme", role: "PM" });
    await expect(runOp(ctx, "editApplication", { app, region: "Narnia" })).rejects.toMatchObject({
      problems: [expect.stringMatching(/^region: not a holiday region/)],
    });
    await expect(
      runOp(ctx, "editApplication", { app, tags: ["x".repeat(41)] }),
    ).rejects.toMatchObject({ problems: ["tags.0: at most 40 characters"] });
  });
});

describe("moveApplication", () => {
  it("applies to a saved job now, and sends a job with nothing after it back to saved", async () => {
    const { app } = await runOp(ctx, "addApplication", { company: "A", role: "B", saved: true });
    expect(await stageOf(app)).toBe("saved");
    await runOp(ctx, "moveApplication", { app, to: "applied" });
    expect(await stageOf(app)).toBe("applied");
    const [event] = await store.timeline({ app });
    expect(event).toMatchObject({ at: "2026-11-02T12:00:00-07:00" });
    expect(event).not.toHaveProperty("saved");
    await runOp(ctx, "moveApplication", { app, to: "saved" });
    expect(await stageOf(app)).toBe("saved");
  });

  it("records an offer, a closing with its reason, and opens a closed one again", async () => {
    const { app } = await runOp(ctx, "addApplication", { company: "A", role: "B", at: "now" });
    await runOp(ctx, "moveApplication", { app, to: "closed", status: "withdrawn" });
    expect(await stageOf(app)).toBe("withdrawn");
    await runOp(ctx, "moveApplication", { app, to: "applied" });
    expect(await stageOf(app)).toBe("applied");
    await runOp(ctx, "moveApplication", { app, to: "offer" });
    expect(await stageOf(app)).toBe("offer");
    const statuses = (await store.timeline({ app })).filter((e) => e.type === "status");
    expect(statuses.map((e) => (e.type === "status" ? e.status : ""))).toEqual([
      "withdrawn",
      "still-open",
      "offer",
    ]);
  });

  it("refuses a move only an interview can make, saying what to do", async () => {
    const { app } = await runOp(ctx, "addApplication", { company: "A", role: "B", at: "now" });
    await expect(runOp(ctx, "moveApplication", { app, to: "interviewing" })).rejects.toMatchObject({
      problems: ["to: log an interview to move it to Interviewing"],
    });
    await runOp(ctx, "addNote", { app, text: "called them" });
    await expect(runOp(ctx, "moveApplication", { app, to: "saved" })).rejects.toMatchObject({
      code: "bad-input",
    });
  });
});

describe("searchApplications", () => {
  it("finds applications by company, person, tag or reply text, every word, accents aside", async () => {
    const a = await runOp(ctx, "addApplication", {
      company: "Łódź Systems",
      role: "Designer",
      tags: ["remote"],
    });
    const b = await runOp(ctx, "addApplication", {
      company: "Acme",
      role: "PM",
      contacts: [{ name: "José Ortiz" }],
    });
    await runOp(ctx, "logReply", {
      app: b.app,
      text: "We loved your portfolio and will decide by Friday.",
      at: "2026-11-02T09:00",
    });
    const find = async (query: string) => (await runOp(ctx, "searchApplications", { query })).apps;
    expect(await find("lodz")).toEqual([a.app]);
    expect(await find("REMOTE")).toEqual([a.app]);
    expect(await find("jose")).toEqual([b.app]);
    expect(await find("portfolio friday")).toEqual([b.app]);
    expect(await find("portfolio remote")).toEqual([]);
    expect(await find("")).toEqual([a.app, b.app]);
  });
});
