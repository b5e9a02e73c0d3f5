/**
 * check-in-default-wait adapting to the user's own replies. The business days below were
 * counted by hand on a calendar of November-December 2026 (Denver, US holidays: Veterans Day
 * Wed 11 Nov and Thanksgiving Thu 26 Nov are not business days).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessCalendar } from "../../time/business-days.js";
import { fold } from "../fold.js";
import { type ReplyHistory, replyHistory } from "../insights.js";
import { plan } from "../plan.js";
import { MIN_REPLIES_TO_ADAPT, resolvePolicy } from "../policy.js";
import { application, DANA, interview, ms, PLACES, reply, sent, ZONE } from "../test-timelines.js";
import type { Action, TimelineEvent } from "../types.js";

/** An application of its own whose interview (10:00-11:00) got its first reply at 14:00 of `replied`. */
function answered(app: string, interviewed: string, replied: string): TimelineEvent[] {
  return [
    application({ app, company: app.toUpperCase() }),
    interview(`${interviewed}T10:00`, { app }),
    reply(`${replied}T14:00`, { app, signal: "still-deciding" }),
  ];
}

/** Five interviews answered after 6, 4, 7, 6 and 2 business days: the median is 6. */
const FIVE: TimelineEvent[] = [
  // Mon 2 Nov -> Tue 10 Nov: 3, 4, 5, 6, 9, 10 Nov = 6.
  ...answered("a", "2026-11-02", "2026-11-10"),
  // Mon 9 Nov -> Mon 16 Nov: 10, (11 a holiday), 12, 13, 16 = 4.
  ...answered("b", "2026-11-09", "2026-11-16"),
  // Fri 20 Nov -> Wed 2 Dec: 23, 24, 25, (26 a holiday), 27, 30 Nov, 1, 2 Dec = 7.
  ...answered("c", "2026-11-20", "2026-12-02"),
  // Tue 3 Nov -> Thu 12 Nov: 4, 5, 6, 9, 10, (11), 12 = 6.
  ...answered("d", "2026-11-03", "2026-11-12"),
  // Wed 4 Nov -> Fri 6 Nov = 2, after an out-of-office reply on Thu 5 Nov, which does not count.
  ...answered("e", "2026-11-04", "2026-11-06"),
  reply("2026-11-05T08:00", { app: "e", signal: "out-of-office" }),
];

/**
 * Six: FIVE without "e" (2), and two answered after 7: Mon 16 Nov -> Wed 25 Nov (17, 18, 19,
 * 20, 23, 24, 25) and Tue 17 Nov -> Fri 27 Nov (18, 19, 20, 23, 24, 25, 27); sorted 4, 6, 6,
 * 7, 7, 7.
 */
const SIX: TimelineEvent[] = [
  ...FIVE.filter((e) => e.app !== "e"),
  ...answered("f", "2026-11-16", "2026-11-25"),
  ...answered("g", "2026-11-17", "2026-11-27"),
];

/** The application planned: interviewed Mon 7 Dec, thanked the same day, no answer yet. */
const WAITING: TimelineEvent[] = [
  application({ app: "z", company: "Zeta" }),
  interview("2026-12-07T10:00", { app: "z" }),
  sent("2026-12-07T15:00", "thank-you", { app: "z" }),
];

const NOW = ms("2026-12-08T12:00");

function historyOf(events: readonly TimelineEvent[]): ReplyHistory | null {
  return replyHistory(fold(events, { defaultZone: ZONE }), NOW, businessCalendar).history;
}

function checkIn(events: readonly TimelineEvent[], policy = {}): Action {
  const history = historyOf(events);
  const actions = plan({
    events: [...events, ...WAITING],
    now: NOW,
    settings: { timezone: ZONE, policy },
    calendars: businessCalendar,
    history,
  });
  const found = actions.find((a) => a.app === "z" && a.kind === "check-in");
  if (!found) throw new Error("no check-in planned");
  return found;
}

describe("the user's replies after interviews", () => {
  it("counts business days from each interview to its first real reply, skipping holidays and auto-replies", () => {
    expect(historyOf(FIVE)).toEqual({ replies: 5, medianBusinessDays: 6 });
  });

  it("takes the middle of an even count halfway between the two middle waits", () => {
    expect(historyOf(SIX)).toEqual({ replies: 6, medianBusinessDays: 6.5 });
  });

  it("counts only the first reply to an interview, and none given after the next interview", () => {
    const events = [
      application({ app: "g" }),
      interview("2026-11-02T10:00", { app: "g" }),
      interview("2026-11-05T10:00", { app: "g" }),
      // After the second interview only (Thu 5 -> Mon 9 Nov = 2), then a second reply.
      reply("2026-11-09T14:00", { app: "g", signal: "next-step" }),
      reply("2026-11-20T14:00", { app: "g", signal: "still-deciding" }),
    ];
    expect(historyOf(events)).toEqual({ replies: 1, medianBusinessDays: 2 });
  });

  it("is null with no reply, and waits for a reply dated later than now", () => {
    const later = [...answered("h", "2026-12-07", "2026-12-09")];
    expect(replyHistory(fold(later, { defaultZone: ZONE }), NOW, businessCalendar)).toEqual({
      history: null,
      stableUntil: ms("2026-12-09T14:00"),
    });
  });
});

describe("check-in-default-wait after an interview", () => {
  it("checks in after the user's median of 6 business days instead of 7, and says so", () => {
    const c = checkIn(FIVE);
    // Mon 7 Dec + 6 business days = Tue 15 Dec (the setting's 7 would be Wed 16 Dec).
    expect(c).toMatchObject({
      rule: "check-in-default-wait",
      assumption: true,
      dueFrom: "2026-12-15T09:00:00-07:00",
    });
    expect(c.reason).toBe(
      "No decision date was given at your interview on Mon 7 Dec; your replies came a median of 6 business days after an interview; checking in after 6 instead of 7 (an assumption, not a date they gave).",
    );
  });

  it(`keeps the setting with fewer than ${MIN_REPLIES_TO_ADAPT} replies`, () => {
    const four = FIVE.filter((e) => e.app !== "e");
    expect(historyOf(four)?.replies).toBe(4);
    const c = checkIn(four);
    expect(c.dueFrom).toBe("2026-12-16T09:00:00-07:00");
    expect(c.reason).not.toContain("median");
  });

  it("keeps the setting when it is turned off", () => {
    const c = checkIn(FIVE, { adaptDefaultWait: false });
    expect(c.dueFrom).toBe("2026-12-16T09:00:00-07:00");
    expect(c.reason).toContain("check in 7 business days after it");
  });

  it("rounds a half day up, and adapts from the user's own setting", () => {
    const c = checkIn(SIX, { defaultWaitBusinessDays: 10 });
    // Mon 7 Dec + 7 business days = Wed 16 Dec.
    expect(c.dueFrom).toBe("2026-12-16T09:00:00-07:00");
    expect(c.reason).toContain(
      "a median of 6.5 business days after an interview; checking in after 7 instead of 10",
    );
  });

  it("never checks in sooner than the spacing kept between two messages", () => {
    // Five interviews each answered the next business day: a median of 1.
    const quick = ["a", "b", "c", "d", "e"].flatMap((app) =>
      answered(app, "2026-11-02", "2026-11-03"),
    );
    expect(historyOf(quick)).toEqual({ replies: 5, medianBusinessDays: 1 });
    const c = checkIn(quick);
    // Mon 7 Dec + 5 business days (min-spacing-business-days) = Mon 14 Dec.
    expect(c.dueFrom).toBe("2026-12-14T09:00:00-07:00");
    expect(c.reason).toContain(
      "checking in after 5, the least hearback leaves between two messages, instead of 7",
    );
  });

  it("adapts only the first check-in after an interview, not the one after their reply", () => {
    const answeredZ = [...WAITING, reply("2026-12-08T09:00", { app: "z", signal: "encouraging" })];
    const history = historyOf(FIVE);
    const actions = plan({
      events: [...FIVE, ...answeredZ],
      now: NOW,
      settings: { timezone: ZONE },
      calendars: businessCalendar,
      history,
    });
    const c = actions.find((a) => a.app === "z" && a.kind === "check-in")!;
    // Tue 8 Dec + 7 business days = Thu 17 Dec.
    expect(c.dueFrom).toBe("2026-12-17T09:00:00-07:00");
    expect(c.reason).not.toContain("median");
  });
});

describe("the guardrails, whatever the history (property)", () => {
  it("never plans a check-in outside the setting's range, before the spacing, or where none was planned", () => {
    let adapted = 0;
    fc.assert(
      fc.property(
        fc.record({
          place: fc.constantFrom(...PLACES),
          replies: fc.integer({ min: 0, max: 40 }),
          median: fc.integer({ min: 0, max: 80 }).map((n) => n / 2),
          wait: fc.integer({ min: 3, max: 20 }),
          spacing: fc.integer({ min: 2, max: 20 }),
          interviewDay: fc.integer({ min: 0, max: 700 }),
          thanked: fc.boolean(),
          nowAfter: fc.integer({ min: 0, max: 40 }),
        }),
        (r) => {
          const place = r.place;
          const policy = resolvePolicy({
            defaultWaitBusinessDays: r.wait,
            minSpacingBusinessDays: r.spacing,
          }).policy;
          const history = { replies: r.replies, medianBusinessDays: r.median };
          const start = Date.UTC(2025, 0, 1) + r.interviewDay * 86_400_000;
          const at = new Date(start + 15 * 3_600_000).toISOString().slice(0, 16);
          const events: TimelineEvent[] = [
            application({ app: "p", timezone: place.zone, region: place.region }),
            interview(at, { app: "p", interviewers: [DANA] }),
            ...(r.thanked ? [sent(at, "thank-you", { app: "p" })] : []),
          ];
          const now = start + (1 + r.nowAfter) * 86_400_000;
          const withHistory = plan({ events, now, policy, history, calendars: businessCalendar });
          const without = plan({ events, now, policy, calendars: businessCalendar });
          expect(withHistory.map((a) => [a.kind, a.rule])).toEqual(
            without.map((a) => [a.kind, a.rule]),
          );
          const a = withHistory.find((x) => x.kind === "check-in");
          const b = without.find((x) => x.kind === "check-in");
          if (!a || !b) return;
          // The day the check-in opens, counted in business days after the interview.
          const cal = businessCalendar(place.region);
          const day = (iso: string) => iso.slice(0, 10);
          const opens = cal.businessDaysBetween(day(at), day(a.dueFrom));
          const usual = cal.businessDaysBetween(day(at), day(b.dueFrom));
          const adapts = r.replies >= MIN_REPLIES_TO_ADAPT;
          const [lo, hi] = [Math.max(3, r.spacing), 20];
          if (adapts) {
            // Within the range, never sooner than the spacing, and what the spacing floor allows.
            expect(opens).toBeGreaterThanOrEqual(Math.min(lo, usual));
            expect(opens).toBeLessThanOrEqual(Math.max(hi, usual));
          } else expect(a).toEqual(b);
          if (a.dueFrom !== b.dueFrom) {
            adapted++;
            expect(a.reason).toContain("a median of");
          }
        },
      ),
      { numRuns: 300 },
    );
    // Most drawn histories have enough replies and a median other than the setting.
    expect(adapted).toBeGreaterThan(100);
  });
});
