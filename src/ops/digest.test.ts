import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACME_INTERVIEW } from "../../test/calendar/acme-interview.js";
import { startSmtp, type TestSmtp } from "../../test/mail/smtp-server.js";
import { HearbackError } from "../core/errors.js";
import { openStore, type Store } from "../store/index.js";
import { createContext } from "./context.js";
import { buildDigest, DIGEST_KEY, DIGEST_SENT_KEY, nextDigestAt, sendDigest } from "./digest.js";

// The interview was Mon 2 Nov 2026, 10:00 to 11:00 in Denver (17:00 to 18:00 in London): the
// thank-you is due within 24 hours of its end, by Tue 3 Nov, 18:00 on a London clock.
const TUE_0830 = Date.parse("2026-11-03T08:30:00Z");
const TUE_0700 = Date.parse("2026-11-03T07:00:00Z");
const WED_0900 = Date.parse("2026-11-04T09:00:00Z");

let dir: string;
let store: Store;
let smtp: TestSmtp;
const env = () => ({ HEARBACK_SMTP_URL: `smtp://ann:pw@127.0.0.1:${smtp.port}?tls=none` });

beforeAll(async () => {
  smtp = await startSmtp({ user: "ann", pass: "pw", refuse: [] });
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "hearback-digest-"));
  store = await openStore({ dir });
  await store.append(ACME_INTERVIEW, { recordedAt: TUE_0700, source: "test" });
  await store.updateSettings({
    timezone: "Europe/London",
    email: "ann@example.net",
    [DIGEST_KEY]: { on: true, hour: 8 },
  });
  smtp.received.length = 0;
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ctxAt = (now: number, source = "server") =>
  createContext({ store, now, fallbackZone: "UTC", source });

describe("the daily digest", () => {
  describe("what it lists", () => {
    it("lists the thank-you due today with its deadline on the user's clock", async () => {
      const digest = await buildDigest(await ctxAt(TUE_0830));
      expect(digest.day).toBe("2026-11-03");
      expect(digest.overdue).toEqual([]);
      expect(digest.today.map((i) => `${i.when} ${i.company}: ${i.phrase}`)).toContain(
        "by Tue 3 Nov, 18:00 Acme: send Dana Lee a thank-you",
      );
      expect(digest.subject).toMatch(/^hearback: \d+ due today \(Tue 3 Nov\)$/);
      expect(digest.text).toContain(
        "Today\n  by Tue 3 Nov, 18:00  Acme: send Dana Lee a thank-you",
      );
      expect(digest.text).toContain("times in your zone, Europe/London");
      expect(digest.html).toContain("<strong>Acme: send Dana Lee a thank-you</strong>");
    });

    it("moves it to Overdue the next day", async () => {
      const digest = await buildDigest(await ctxAt(WED_0900));
      expect(digest.overdue.map((i) => `${i.when} ${i.phrase}`)).toContain(
        "by Tue 3 Nov, 18:00 send Dana Lee a thank-you",
      );
      expect(digest.text.indexOf("Overdue")).toBeLessThan(digest.text.indexOf("thank-you"));
    });

    it("says so when nothing is due", async () => {
      await store.append(
        [{ type: "status", app: "acme-pm", status: "withdrawn", at: "2026-11-02T15:00" }],
        {
          recordedAt: TUE_0700,
          source: "test",
        },
      );
      const digest = await buildDigest(await ctxAt(TUE_0830));
      expect(digest.overdue.length + digest.today.length).toBe(0);
      expect(digest.text).toBe("Nothing is due today (Tue 3 Nov) and nothing is overdue.");
    });
  });

  describe("sending it", () => {
    it("mails it to the user's own address through their SMTP server, as text and HTML", async () => {
      const outcome = await sendDigest(await ctxAt(TUE_0830), { env: env(), scheduled: true });
      expect(outcome).toMatchObject({ status: "sent", day: "2026-11-03", to: "ann@example.net" });
      expect(smtp.received).toHaveLength(1);
      const mail = smtp.received[0]!;
      expect(mail.subject).toMatch(/due today \(Tue 3 Nov\)/);
      expect(mail.text).toContain("Acme: send Dana Lee a thank-you");
      expect(mail.html).toContain("<strong>Acme: send Dana Lee a thank-you</strong>");
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : null).toBe(
        "ann@example.net",
      );
      expect((await store.settings())[DIGEST_SENT_KEY]).toMatchObject({
        day: "2026-11-03",
        outcome: "sent",
        source: "server",
      });
    });

    it("sends to the digest's own address when one is set", async () => {
      await store.updateSettings({ [DIGEST_KEY]: { on: true, hour: 8, to: "alerts@example.org" } });
      await sendDigest(await ctxAt(TUE_0830), { env: env(), scheduled: true });
      const to = smtp.received[0]?.to;
      expect(to && !Array.isArray(to) ? to.value[0]?.address : null).toBe("alerts@example.org");
    });

    it("never sends the same day twice, whoever asks", async () => {
      await sendDigest(await ctxAt(TUE_0830, "cli"), { env: env(), scheduled: false });
      const again = await sendDigest(await ctxAt(TUE_0830 + 3_600_000), {
        env: env(),
        scheduled: true,
      });
      const byHand = await sendDigest(await ctxAt(TUE_0830 + 7_200_000, "cli"), {
        env: env(),
        scheduled: false,
      });
      expect(again).toMatchObject({ status: "already", record: { source: "cli" } });
      expect(byHand.status).toBe("already");
      expect(smtp.received).toHaveLength(1);
    });

    it("sends one mail when two senders ask at once", async () => {
      const [a, b] = await Promise.all([
        sendDigest(await ctxAt(TUE_0830), { env: env(), scheduled: true }),
        sendDigest(await ctxAt(TUE_0830), { env: env(), scheduled: true }),
      ]);
      expect([a.status, b.status].sort()).toEqual(["already", "sent"]);
      expect(smtp.received).toHaveLength(1);
    });

    it("sends the next day's again", async () => {
      await sendDigest(await ctxAt(TUE_0830), { env: env(), scheduled: true });
      const next = await sendDigest(await ctxAt(WED_0900), { env: env(), scheduled: true });
      expect(next).toMatchObject({ status: "sent", day: "2026-11-04" });
      expect(smtp.received).toHaveLength(2);
    });

    it("waits for the chosen hour on the user's clock, and does nothing while turned off", async () => {
      expect(await sendDigest(await ctxAt(TUE_0700), { env: env(), scheduled: true })).toEqual({
        status: "not-yet",
        day: "2026-11-03",
        at: Date.parse("2026-11-03T08:00:00Z"),
      });
      await store.updateSettings({ [DIGEST_KEY]: { on: false, hour: 8 } });
      expect(await sendDigest(await ctxAt(TUE_0830), { env: env(), scheduled: true })).toEqual({
        status: "off",
      });
      expect(smtp.received).toHaveLength(0);
    });

    it("sends nothing when nothing is due, and the schedule counts the day as done", async () => {
      await store.append(
        [{ type: "status", app: "acme-pm", status: "withdrawn", at: "2026-11-02T15:00" }],
        {
          recordedAt: TUE_0700,
          source: "test",
        },
      );
      const ctx = await ctxAt(TUE_0830);
      expect(await sendDigest(ctx, { env: env(), scheduled: true })).toEqual({
        status: "nothing-due",
        day: "2026-11-03",
      });
      expect((await sendDigest(ctx, { env: env(), scheduled: true })).status).toBe("already");
      expect(smtp.received).toHaveLength(0);
    });

    it("gives the day back when the server refuses, so a later try sends it", async () => {
      const wrong = { HEARBACK_SMTP_URL: `smtp://ann:nope@127.0.0.1:${smtp.port}?tls=none` };
      const failed = await sendDigest(await ctxAt(TUE_0830), { env: wrong, scheduled: true }).catch(
        (err: unknown) => err,
      );
      expect(failed).toBeInstanceOf(HearbackError);
      expect((failed as Error).message).toContain("did not accept the user name and password");
      const retry = await sendDigest(await ctxAt(TUE_0830 + 60_000), {
        env: env(),
        scheduled: true,
      });
      expect(retry.status).toBe("sent");
      expect(smtp.received).toHaveLength(1);
    });

    it("says what to set when no mail server is set up", async () => {
      const err = await sendDigest(await ctxAt(TUE_0830), { env: {}, scheduled: false }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(HearbackError);
      expect((err as Error).message).toContain("HEARBACK_SMTP_URL");
      expect((await store.settings())[DIGEST_SENT_KEY]).toBeUndefined();
    });
  });

  describe("when to try next", () => {
    it("is today's hour until today's is dealt with, then tomorrow's", async () => {
      const stored = await store.settings();
      expect(nextDigestAt(stored, TUE_0700, "Europe/London")).toBe(
        Date.parse("2026-11-03T08:00:00Z"),
      );
      expect(nextDigestAt(stored, TUE_0830, "Europe/London")).toBe(TUE_0830);
      await sendDigest(await ctxAt(TUE_0830), { env: env(), scheduled: true });
      expect(nextDigestAt(await store.settings(), TUE_0830, "Europe/London")).toBe(
        Date.parse("2026-11-04T08:00:00Z"),
      );
      expect(nextDigestAt({}, TUE_0830, "Europe/London")).toBeNull();
    });
  });
});
