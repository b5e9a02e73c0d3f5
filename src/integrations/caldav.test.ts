import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACME_INTERVIEW, AFTER_INTERVIEW } from "../../test/calendar/acme-interview.js";
import { readWithPythonIcalendar } from "../../test/calendar/python-icalendar.js";
import { hearback } from "../../test/cli.js";
import { freePort } from "../../test/mail/dovecot.js";
import { describeWith, PROGRAMS } from "../../test/system-programs.js";
import { publishStoredCalendar } from "../ops/calendar.js";
import { openStore, type Store } from "../store/index.js";
import { type CaldavConfig, loadCaldavConfig } from "./caldav.js";

const NOW = AFTER_INTERVIEW;
const PASSWORD = "s3cret-Pa55";
const EVENTS = ACME_INTERVIEW;

describe("loadCaldavConfig", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), "hearback-caldav-config-"));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it("takes the user and password out of the address, and the environment over the file", async () => {
    writeFileSync(
      join(dataDir, "mail.json"),
      JSON.stringify({ caldav: { url: "https://dav.example.net/ann/cal", user: "f", pass: "p" } }),
      { mode: 0o600 },
    );
    expect(await loadCaldavConfig({ dataDir, env: {} })).toEqual({
      url: "https://dav.example.net/ann/cal/",
      user: "f",
      pass: "p",
    });
    const env = { HEARBACK_CALDAV_URL: "https://ann%40example.net:pw%2F1@dav.example.org/c/" };
    expect(await loadCaldavConfig({ dataDir, env })).toEqual({
      url: "https://dav.example.org/c/",
      user: "ann@example.net",
      pass: "pw/1",
    });
  });

  it("refuses to send a password over http:// to another machine, without showing it", async () => {
    const given = `http://ann:${PASSWORD}@dav.example.net/ann/cal/`;
    const err = await loadCaldavConfig({ dataDir, env: {}, given }).catch((e: Error) => e);
    expect(String(err)).toMatch(/unencrypted; use https/);
    expect(String(err)).not.toContain(PASSWORD);
  });

  it("says how to set it up when no address is given anywhere", async () => {
    await expect(loadCaldavConfig({ dataDir, env: {} })).rejects.toThrow(
      /publishing is not set up: name your calendar's address/,
    );
  });
});

describeWith(
  PROGRAMS.radicale,
  "publishing to a CalDAV server (Radicale on loopback)",
  { timeout: 60_000 },
  () => {
    let work: string;
    let server: ChildProcess;
    let base: string;
    let dir: string;
    let store: Store;

    /** The objects Radicale stored in a calendar, as files, read by nobody but python. */
    const stored = (calendar: string) => {
      const folder = join(work, "collections", "collection-root", "ann", calendar);
      return readdirSync(folder)
        .filter((f) => f.endsWith(".ics"))
        .sort()
        .map((f) => ({
          file: f,
          ...readWithPythonIcalendar(readFileSync(join(folder, f), "utf8")),
        }));
    };
    const config = (path: string, pass = PASSWORD): CaldavConfig => ({
      url: `${base}/ann/${path}`,
      user: "ann",
      pass,
    });
    const auth = `Basic ${Buffer.from(`ann:${PASSWORD}`).toString("base64")}`;
    /** Makes a calendar the way a calendar app would, with a plain MKCALENDAR. */
    const makeCalendar = async (name: string) => {
      const res = await fetch(`${base}/ann/${name}/`, {
        method: "MKCALENDAR",
        headers: { authorization: auth },
      });
      expect(res.status).toBe(201);
    };
    const publish = (cfg: CaldavConfig, now = NOW) =>
      publishStoredCalendar({ store, now, fallbackZone: "UTC", config: cfg });

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), "hearback-radicale-"));
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      writeFileSync(join(work, "users"), `ann:${PASSWORD}\n`);
      writeFileSync(
        join(work, "config"),
        [
          "[server]",
          `hosts = 127.0.0.1:${port}`,
          "[auth]",
          "type = htpasswd",
          `htpasswd_filename = ${join(work, "users")}`,
          "htpasswd_encryption = plain",
          "[rights]",
          "type = owner_only",
          "[storage]",
          `filesystem_folder = ${join(work, "collections")}`,
        ].join("\n"),
      );
      server = spawn(PROGRAMS.radicale.path, ["--config", join(work, "config")], {
        stdio: "ignore",
      });
      const deadline = Date.now() + 20_000;
      for (;;) {
        const up = await fetch(`${base}/`, { method: "PROPFIND", headers: { depth: "0" } }).then(
          () => true,
          () => false,
        );
        if (up) break;
        if (Date.now() > deadline) throw new Error("radicale did not start within 20 s");
        await new Promise((r) => setTimeout(r, 200));
      }
    });
    afterAll(() => {
      server?.kill();
      rmSync(work, { recursive: true, force: true });
    });
    beforeEach(async () => {
      dir = mkdtempSync(join(tmpdir(), "hearback-caldav-"));
      store = await openStore({ dir });
      await store.append(EVENTS, { recordedAt: NOW, source: "test" });
    });
    afterEach(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it("puts one event per follow-up and interview, which python's icalendar reads back", async () => {
      await makeCalendar("first");
      const result = await publish(config("first/"));
      expect(result).toMatchObject({ url: `${base}/ann/first/`, updated: 0, removed: 0 });
      const objects = stored("first");
      expect(objects).toHaveLength(result.added);
      const events = objects.flatMap((o) => o.events);
      expect(events.map((e) => e.summary)).toEqual(
        expect.arrayContaining(["Thank Dana Lee (Acme)", "Interview: Acme, Product Manager"]),
      );
      // 10:00 in Denver on Mon 2 Nov is 17:00 UTC.
      expect(events.find((e) => e.summary.startsWith("Interview"))?.start).toBe(
        "2026-11-02T17:00:00Z",
      );
      // A CalDAV object carries no METHOD (RFC 4791, 4.1), one event each.
      for (const o of objects) {
        expect(o.properties.METHOD).toBeUndefined();
        expect(o.events).toHaveLength(1);
      }
    });

    it("replaces its events when published again, and deletes the follow-ups done since", async () => {
      await makeCalendar("again");
      await publish(config("again"));
      const before = stored("again");
      // Another program's event in the same calendar.
      const other = await fetch(`${base}/ann/again/dentist.ics`, {
        method: "PUT",
        headers: { authorization: auth, "content-type": "text/calendar" },
        body: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:dentist@example\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261110T090000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
      });
      expect(other.status).toBe(201);

      const again = await publish(config("again"), NOW + 60_000);
      expect(again).toMatchObject({ added: 0, updated: before.length, removed: 0 });
      const uids = (objects: ReturnType<typeof stored>) =>
        objects.flatMap((o) => o.events.map((e) => e.uid)).sort();
      expect(uids(stored("again").filter((o) => o.file !== "dentist.ics"))).toEqual(uids(before));

      await store.append(
        [{ type: "sent", app: "acme-pm", at: "2026-11-02T15:00", kind: "thank-you" }],
        { recordedAt: NOW, source: "test" },
      );
      const later = await publish(config("again"), NOW + 120_000);
      expect(later.removed).toBe(1);
      const summaries = stored("again").flatMap((o) => o.events.map((e) => e.summary));
      expect(summaries).not.toContain("Thank Dana Lee (Acme)");
      expect(summaries).toContain("Dentist");
    });

    it("says the login was refused, without the password, and writes nothing", async () => {
      await makeCalendar("refused");
      const wrong = "not-the-Pa55word";
      const err = await publish(config("refused/", wrong)).catch((e: Error) => e);
      expect(String(err)).toMatch(/refused the login for ann \(401\)/);
      expect(String(err)).not.toContain(wrong);
      expect(stored("refused")).toEqual([]);
    });

    it("says when the address is not a calendar, or there is none", async () => {
      await expect(publish(config(""))).rejects.toThrow(/\/ann\/ is not a calendar/);
      await expect(publish(config("nothing-here/"))).rejects.toThrow(
        /there is no calendar at .*nothing-here\/ \(404\)/,
      );
    });

    it("is what hearback calendar --publish does, the password taken from the environment and never shown", async () => {
      await makeCalendar("cli");
      const data = join(dir, "cli-data");
      const timeline = join(dir, "t.jsonl");
      writeFileSync(timeline, EVENTS.map((e) => JSON.stringify(e)).join("\n"));
      const env = { HEARBACK_HOME: join(dir, "home"), TZ: "UTC", HEARBACK_CALDAV_USER: "ann" };
      const run = (args: string[], pass: string) =>
        hearback([...args, "--data-dir", data], { env: { ...env, HEARBACK_CALDAV_PASS: pass } });
      expect((await run(["import", timeline], PASSWORD)).status).toBe(0);
      const publish = [
        "calendar",
        "--publish",
        `${base}/ann/cli/`,
        "--now",
        "2026-11-02T15:00-07:00",
      ];
      const ok = await run(publish, PASSWORD);
      const said =
        /^Published to http:\/\/127\.0\.0\.1:\d+\/ann\/cli\/: (\d+) new events, 0 events updated/.exec(
          ok.stdout,
        );
      expect(said).not.toBeNull();
      const summaries = stored("cli").flatMap((o) => o.events.map((e) => e.summary));
      expect(summaries).toHaveLength(Number(said?.[1]));
      expect(summaries).toContain("Interview: Acme, Product Manager");
      const refused = await run(publish, "Wr0ng-pass");
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/refused the login for ann/);
      expect(`${refused.stdout}${refused.stderr}`).not.toContain("Wr0ng-pass");
    });

    it("says the server cannot be reached, and changes nothing in the data folder", async () => {
      const settings = await store.settings();
      const log = (await store.log()).length;
      const down = `http://127.0.0.1:${await freePort()}/ann/cal/`;
      await expect(
        publishStoredCalendar({
          store,
          now: NOW,
          fallbackZone: "UTC",
          config: { url: down, user: "ann", pass: PASSWORD },
        }),
      ).rejects.toThrow(/could not reach the calendar server at .* \(connection refused/);
      expect(await store.settings()).toEqual(settings);
      expect((await store.log()).length).toBe(log);
    });
  },
);
