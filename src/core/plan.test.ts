import { describe, expect, it } from "vitest";
import { businessCalendar } from "../time/business-days.js";
import { foldApplication } from "./fold.js";
import { plan, planApplication, planner } from "./plan.js";
import { resolvePolicy } from "./policy.js";
import {
  application,
  DANA,
  interview,
  ms,
  reply,
  SAM,
  sent,
  status,
  ZONE,
} from "./test-timelines.js";
import type { Action, ReadReply, TimelineEvent } from "./types.js";

function planAt(now: string, events: readonly TimelineEvent[], extra = {}): Action[] {
  return plan({
    events,
    now: ms(now),
    settings: { timezone: ZONE },
    calendars: businessCalendar,
    ...extra,
  });
}

const only = (actions: Action[], kind: string) => actions.filter((a) => a.kind === kind);

/** Mon 2 Nov 2026, 10:00-11:00 in Denver, with Dana (hiring manager) and Sam. */
const FIRST_ROUND = interview("2026-11-02T10:00" /* Mon */, { interviewers: [DANA, SAM] });

describe("thank-you-24h", () => {
  it("plans one thank-you per interviewer, due 24 elapsed hours after the interview ends", () => {
    const actions = planAt("2026-11-02T12:00" /* Mon */, [application(), FIRST_ROUND]);
    expect(only(actions, "thank-you")).toMatchObject([
      {
        to: "Dana Lee",
        dueFrom: "2026-11-02T11:00:00-07:00",
        dueBy: "2026-11-03T11:00:00-07:00",
        overdue: false,
        rule: "thank-you-24h",
        round: 1,
        channels: ["email", "card"],
      },
      { to: "Sam Ortiz", dueBy: "2026-11-03T11:00:00-07:00" },
    ]);
  });

  it("leaves out the interviewers already thanked for that round", () => {
    const actions = planAt("2026-11-02T18:00" /* Mon */, [
      application(),
      FIRST_ROUND,
      sent("2026-11-02T16:30" /* Mon */, "thank-you", { to: "Dana Lee" }),
    ]);
    expect(only(actions, "thank-you").map((a) => a.to)).toEqual(["Sam Ortiz"]);
  });

  it("still plans a late thank-you, marked overdue", () => {
    const actions = planAt("2026-11-04T09:00" /* Wed */, [application(), FIRST_ROUND]);
    expect(only(actions, "thank-you").every((a) => a.overdue)).toBe(true);
  });

  it("counts 24 elapsed hours across the end of daylight saving (25 wall-clock hours)", () => {
    // Denver leaves MDT (-06:00) for MST (-07:00) at 2:00 on Sun 1 Nov 2026.
    const actions = planAt("2026-10-31T12:00" /* Sat */, [
      application(),
      interview("2026-10-31T10:00" /* Sat */),
    ]);
    expect(only(actions, "thank-you")[0]).toMatchObject({
      dueFrom: "2026-10-31T11:00:00-06:00",
      dueBy: "2026-11-01T10:00:00-07:00",
    });
  });

  it("plans no thank-you before the interview has ended", () => {
    const actions = planAt("2026-11-02T10:30" /* Mon */, [application(), FIRST_ROUND]);
    expect(only(actions, "thank-you")).toEqual([]);
  });
});

describe("ask-timeline", () => {
  const secondRound = interview("2026-11-10T13:00" /* Tue */, { stage: "final" });

  it("reminds you to ask for a decision date before the next interview when none is known", () => {
    const actions = planAt("2026-11-05T12:00" /* Thu */, [
      application(),
      FIRST_ROUND,
      sent("2026-11-02T16:00" /* Mon */, "thank-you", { to: ["Dana Lee", "Sam Ortiz"] }),
      secondRound,
    ]);
    expect(actions).toMatchObject([
      {
        kind: "ask-timeline",
        rule: "ask-timeline",
        to: "Dana Lee",
        dueBy: "2026-11-10T13:00:00-07:00",
        overdue: false,
      },
    ]);
  });

  it("stays quiet when they already named a date after that interview", () => {
    const actions = planAt("2026-11-05T12:00" /* Thu */, [
      application(),
      interview("2026-11-02T10:00" /* Mon */, { decisionBy: "2026-11-13" /* Fri */ }),
      sent("2026-11-02T16:00" /* Mon */, "thank-you"),
      secondRound,
    ]);
    expect(actions).toEqual([]);
  });
});

describe("check-in-after-decision-date", () => {
  it.each([
    // promised date, now, check-in window (3 business days after, US holidays skipped)
    [
      "2026-11-13" /* Fri */,
      "2026-11-18T12:00" /* Wed */,
      "2026-11-18T09:00:00-07:00",
      "2026-11-20T17:00:00-07:00",
    ],
    // Thanksgiving (Thu 26 Nov) and the weekend are skipped: Wed 25, Fri 27, Mon 30
    [
      "2026-11-24" /* Tue */,
      "2026-11-24T12:00" /* Tue */,
      "2026-11-30T09:00:00-07:00",
      "2026-12-02T17:00:00-07:00",
    ],
  ])("after a promise of %s, asked at %s, checks in from %s to %s", (decisionBy, now, from, by) => {
    const actions = planAt(now, [
      application(),
      interview("2026-11-02T10:00" /* Mon */, { decisionBy }),
      sent("2026-11-02T16:00" /* Mon */, "thank-you"),
    ]);
    expect(actions).toMatchObject([
      {
        kind: "check-in",
        rule: "check-in-after-decision-date",
        to: "Dana Lee",
        dueFrom: from,
        dueBy: by,
        channels: ["email", "phone"],
      },
    ]);
    expect(actions[0]!.assumption).toBeUndefined();
  });

  it("names the promise and how long ago it passed", () => {
    const [a] = planAt("2026-11-18T12:00" /* Wed */, [
      application(),
      interview("2026-11-02T10:00" /* Mon */, { decisionBy: "2026-11-13" /* Fri */ }),
      sent("2026-11-02T16:00" /* Mon */, "thank-you"),
    ]);
    expect(a!.reason).toBe(
      "Dana Lee said you'd hear by Fri 13 Nov; it is now 3 business days later with no news.",
    );
  });

  it("uses the number of business days the user chose", () => {
    const { policy } = resolvePolicy({ checkInAfterDecisionBusinessDays: 5 });
    const [a] = planAt(
      "2026-11-14T12:00" /* Sat */,
      [
        application(),
        interview("2026-11-02T10:00" /* Mon */, { decisionBy: "2026-11-13" /* Fri */ }),
        sent("2026-11-02T16:00" /* Mon */, "thank-you"),
      ],
      { policy },
    );
    expect(a!.dueFrom).toBe("2026-11-20T09:00:00-07:00" /* Fri */);
  });
});

describe("check-in-default-wait", () => {
  it("waits 7 business days after the last interview, flagged as an assumption", () => {
    // Tue 3 ... Tue 10, Veterans Day (Wed 11 Nov) skipped: the 7th business day is Thu 12 Nov.
    const [a] = planAt("2026-11-04T12:00" /* Wed */, [
      application(),
      interview("2026-11-02T10:00" /* Mon */),
      sent("2026-11-02T16:00" /* Mon */, "thank-you"),
    ]);
    expect(a).toMatchObject({
      kind: "check-in",
      rule: "check-in-default-wait",
      dueFrom: "2026-11-12T09:00:00-07:00",
      assumption: true,
    });
  });

  it("reads working hours in the application's zone", () => {
    const [a] = planAt("2026-11-04T12:00" /* Wed */, [
      application({ timezone: "Europe/London", region: "GB" }),
      interview("2026-11-02T10:00" /* Mon */),
      sent("2026-11-02T16:00" /* Mon */, "thank-you"),
    ]);
    expect(a!.dueFrom).toBe("2026-11-11T09:00:00+00:00" /* Wed: no holiday in GB */);
  });
});

describe("check-in-on-new-date", () => {
  it("plans the next check-in on the new date a still-deciding reply named, not before", () => {
    const actions = planAt("2026-11-18T12:00" /* Wed */, [
      application(),
      interview("2026-11-02T10:00" /* Mon */, { decisionBy: "2026-11-06" /* Fri */ }),
      sent("2026-11-02T16:00" /* Mon */, "thank-you"),
      sent("2026-11-11T10:00" /* Wed */, "check-in"),
      reply("2026-11-12T11:02" /* Thu */, {
        signal: "still-deciding",
        decisionBy: "2026-12-01" /* Tue */,
      }),
    ]);
    expect(actions).toMatchObject([
      { kind: "check-in", rule: "check-in-on-new-date", dueFrom: "2026-12-01T09:00:00-07:00" },
    ]);
    expect(actions[0]!.reason).toContain("Tue 1 Dec");
  });

  it("keeps the minimum spacing after your last message when the new date comes sooner", () => {
    const [a] = planAt("2026-11-18T12:00" /* Wed */, [
      application(),
      interview("2026-11-02T10:00" /* Mon */, { decisionBy: "2026-11-06" /* Fri */ }),
      sent("2026-11-02T16:00" /* Mon */, "thank-you"),
      sent("2026-11-16T10:00" /* Mon */, "check-in"),
      reply("2026-11-16T15:00" /* Mon */, { signal: "still-deciding", decisionBy: "2026-11-17" }),
    ]);
    // Mon 16 + 5 business days: Tue 17, Wed 18, Thu 19, Fri 20, Mon 23.
    expect(a).toMatchObject({ rule: "check-in-on-new-date", dueFrom: "2026-11-23T09:00:00-07:00" });
    expect(a!.reason).toContain("5 business days after your last message");
  });
});

describe("wait-out-of-office", () => {
  const base = [
    application(),
    interview("2026-11-02T10:00" /* Mon */, { decisionBy: "2026-11-13" /* Fri */ }),
    sent("2026-11-02T16:00" /* Mon */, "thank-you"),
    sent("2026-11-18T09:30" /* Wed */, "check-in"),
  ];

  it.each([
    ["2026-11-30" /* Mon */, "2026-12-01T09:00:00-07:00" /* Tue: the first business day after */],
    // no date: 10 business days after the auto-reply (Thanksgiving skipped)
    [undefined, "2026-12-03T09:00:00-07:00" /* Thu */],
  ])("with a return date of %s, checks in again from %s", (returnOn, from) => {
    const actions = planAt("2026-11-18T12:00" /* Wed */, [
      ...base,
      reply("2026-11-18T09:31" /* Wed */, {
        signal: "out-of-office",
        ...(returnOn ? { returnOn } : {}),
      }),
    ]);
    expect(actions).toMatchObject([
      { kind: "check-in", rule: "wait-out-of-office", dueFrom: from },
    ]);
  });

  it("does not count an auto-reply as an answer to your check-ins", () => {
    const actions = planAt("2026-12-20T12:00" /* Sun */, [
      ...base,
      reply("2026-11-18T09:31" /* Wed */, { signal: "out-of-office", returnOn: "2026-11-30" }),
      sent("2026-12-01T10:00" /* Tue */, "check-in"),
    ]);
    expect(actions).toMatchObject([{ kind: "let-go", rule: "let-go-unanswered" }]);
  });
});

describe("let-go-brush-off", () => {
  it("stops planning check-ins after a brush-off and says why", () => {
    const actions = planAt("2026-11-25T12:00" /* Wed */, [
      application(),
      interview("2026-11-02T10:00" /* Mon */, { decisionBy: "2026-11-13" /* Fri */ }),
      sent("2026-11-02T16:00" /* Mon */, "thank-you"),
      sent("2026-11-18T10:00" /* Wed */, "check-in"),
      reply("2026-11-18T15:00" /* Wed */, { signal: "brush-off" }),
    ]);
    expect(actions).toMatchObject([{ kind: "let-go", rule: "let-go-brush-off", overdue: false }]);
    expect(actions[0]!.reason).toContain("Dana Lee's reply of Wed 18 Nov reads as a brush-off");
  });
});

describe("let-go-unanswered", () => {
  const base = [
    application(),
    interview("2026-11-02T10:00" /* Mon */, { decisionBy: "2026-11-13" /* Fri */ }),
    sent("2026-11-02T16:00" /* Mon */, "thank-you"),
    sent("2026-11-18T10:00" /* Wed */, "check-in"),
  ];

  it("plans one more check-in after a first unanswered one", () => {
    const actions = planAt("2026-11-20T12:00" /* Fri */, base);
    // Wed 18 Nov + 7 business days (Thanksgiving skipped) = Mon 30 Nov.
    expect(actions).toMatchObject([
      { kind: "check-in", rule: "check-in-default-wait", dueFrom: "2026-11-30T09:00:00-07:00" },
    ]);
  });

  it("advises letting go after 2 unanswered check-ins in a row", () => {
    const actions = planAt("2026-12-15T12:00" /* Tue */, [
      ...base,
      sent("2026-11-30T10:00" /* Mon */, "check-in"),
    ]);
    expect(actions).toMatchObject([{ kind: "let-go", rule: "let-go-unanswered" }]);
    expect(actions[0]!.reason).toContain("Wed 18 Nov, Mon 30 Nov");
  });

  it("starts counting again after a real reply", () => {
    const actions = planAt("2026-12-15T12:00" /* Tue */, [
      ...base,
      reply("2026-11-19T10:00" /* Thu */, { signal: "still-deciding" }),
      sent("2026-12-01T10:00" /* Tue */, "check-in"),
    ]);
    expect(actions).toMatchObject([{ kind: "check-in" }]);
  });
});

describe("value-add-still-open", () => {
  const warm = [
    application(),
    interview("2026-09-14T10:00" /* Mon */, { decisionBy: "2026-09-25" }),
    sent("2026-09-14T16:00" /* Mon */, "thank-you"),
    sent("2026-09-30T10:00" /* Wed */, "check-in"),
    reply("2026-10-01T10:00" /* Thu */, { signal: "encouraging" }),
    status("2026-10-05T09:00" /* Mon */, "still-open"),
  ];

  it("plans a casual article email while the role is open and they sound interested", () => {
    const actions = planAt("2026-10-20T12:00" /* Tue */, warm);
    // 21 days after the check-in of Wed 30 Sep ... but first 14 days after any touch: the later wins.
    expect(actions).toMatchObject([
      { kind: "value-add", rule: "value-add-still-open", variant: "article", channels: ["email"] },
    ]);
    expect(Date.parse(actions[0]!.dueFrom)).toBeGreaterThanOrEqual(ms("2026-10-14T09:00"));
  });

  it("mentions an achievement every other time, within the cap", () => {
    const after1 = [
      ...warm,
      sent("2026-10-15T10:00" /* Thu */, "value-add", { variant: "article" }),
    ];
    expect(planAt("2026-11-20T12:00" /* Fri */, after1)[0]).toMatchObject({
      kind: "value-add",
      variant: "achievement",
    });
    const { policy } = resolvePolicy({ maxAchievementMentions: 0 });
    expect(planAt("2026-11-20T12:00" /* Fri */, after1, { policy })[0]).toMatchObject({
      variant: "article",
    });
  });

  it("spreads them out: each gap grows", () => {
    const after2 = [
      ...warm,
      sent("2026-10-15T10:00" /* Thu */, "value-add", { variant: "article" }),
      sent("2026-11-05T10:00" /* Thu */, "value-add", { variant: "achievement" }),
    ];
    const [a] = planAt("2026-11-06T12:00" /* Fri */, after2);
    // 14 + 2 x 7 = 28 days after Thu 5 Nov: Thu 3 Dec.
    expect(a).toMatchObject({ kind: "value-add", dueFrom: "2026-12-03T09:00:00-07:00" });
  });

  it("goes back to plain check-ins once the cap of 3 is reached", () => {
    const after3 = [
      ...warm,
      sent("2026-10-15T10:00" /* Thu */, "value-add", { variant: "article" }),
      sent("2026-11-05T10:00" /* Thu */, "value-add", { variant: "achievement" }),
      sent("2026-12-03T10:00" /* Thu */, "value-add", { variant: "article" }),
    ];
    const actions = planAt("2026-12-04T12:00" /* Fri */, after3);
    expect(actions.map((a) => a.kind)).toEqual(["check-in"]);
  });

  it("plans none while the role is not known to be open", () => {
    const actions = planAt("2026-10-20T12:00" /* Tue */, warm.slice(0, -1));
    expect(actions.map((a) => a.kind)).toEqual(["check-in"]);
  });
});

describe("final-thanks-after-rejection and keep-in-touch", () => {
  const rejected = [
    application(),
    interview("2026-11-02T10:00" /* Mon */),
    sent("2026-11-02T16:00" /* Mon */, "thank-you"),
    status("2026-11-17T10:30" /* Tue */, "rejected"),
  ];

  it("plans one last thank-you within 2 business days", () => {
    const actions = planAt("2026-11-17T12:00" /* Tue */, rejected);
    expect(actions).toMatchObject([
      {
        kind: "final-thanks",
        rule: "final-thanks-after-rejection",
        to: "Dana Lee",
        dueFrom: "2026-11-17T10:30:00-07:00",
        dueBy: "2026-11-19T17:00:00-07:00" /* Thu */,
      },
    ]);
  });

  it("reads a rejection in a reply as the end too", () => {
    const actions = planAt("2026-11-17T12:00" /* Tue */, [
      ...rejected.slice(0, -1),
      reply("2026-11-17T10:00" /* Tue */, { signal: "rejection" }),
    ]);
    expect(actions.map((a) => a.kind)).toEqual(["final-thanks"]);
  });

  it("suggests keeping in touch about 4 months after the final thank-you", () => {
    const actions = planAt("2026-11-20T12:00" /* Fri */, [
      ...rejected,
      sent("2026-11-18T10:00" /* Wed */, "final-thanks"),
    ]);
    expect(actions).toMatchObject([
      {
        kind: "keep-in-touch",
        rule: "keep-in-touch",
        // Thu 18 Mar 2027, after the switch to daylight saving time (MDT, -06:00).
        dueFrom: "2027-03-18T09:00:00-06:00",
      },
    ]);
  });

  it("is done once the keep-in-touch note went out", () => {
    const actions = planAt("2027-04-01T12:00" /* Thu */, [
      ...rejected,
      sent("2026-11-18T10:00" /* Wed */, "final-thanks"),
      sent("2027-03-18T10:00" /* Thu */, "keep-in-touch"),
    ]);
    expect(actions).toEqual([]);
  });
});

describe("stop-on-outcome", () => {
  it.each(["offer", "accepted", "withdrawn", "filled"])(
    "plans nothing more after the status %s",
    (outcome) => {
      const actions = planAt("2026-11-20T12:00" /* Fri */, [
        application(),
        interview("2026-11-02T10:00" /* Mon */, { interviewers: [DANA, SAM] }),
        status("2026-11-03T09:00" /* Tue */, outcome),
      ]);
      expect(actions).toEqual([]);
    },
  );
});

describe("replies the user did not label", () => {
  const base = [
    application(),
    interview("2026-11-02T10:00" /* Mon */, { decisionBy: "2026-11-13" /* Fri */ }),
    sent("2026-11-02T16:00" /* Mon */, "thank-you"),
    sent("2026-11-18T10:00" /* Wed */, "check-in"),
    reply("2026-11-18T15:00" /* Wed */, { text: "Thanks, we'll be in touch soon!" }),
  ];

  it("are taken as still deciding with no new date when there is no gauge", () => {
    const [a] = planAt("2026-11-19T12:00" /* Thu */, base);
    expect(a).toMatchObject({ kind: "check-in", rule: "check-in-default-wait" });
    expect(a!.reason).toContain("taken as still deciding");
  });

  it("are read by the gauge given to plan, and the reason says so", () => {
    const readReply: ReadReply = () => ({
      signal: "brush-off",
      confidence: 0.8,
      decisionBy: null,
      decisionPhrase: null,
      returnOn: null,
      evidence: ["we'll be in touch"],
    });
    const [a] = planAt("2026-11-19T12:00" /* Thu */, base, { readReply });
    expect(a).toMatchObject({ kind: "let-go", rule: "let-go-brush-off" });
    expect(a!.reason).toContain("as read from its text");
  });

  describe("when the gauge can't tell how one reads", () => {
    const unsure =
      (signal: "rejection" | "still-deciding"): ReadReply =>
      () => ({
        signal,
        confidence: 0.55,
        cantTell: [signal, signal === "rejection" ? "still-deciding" : "rejection"],
        decisionBy: null,
        decisionPhrase: null,
        returnOn: null,
        evidence: ["Thanks, we'll be in touch soon!"],
      });

    it("asks the user how to read it instead of planning a check-in on a guess", () => {
      const actions = planAt("2026-11-19T12:00" /* Thu */, base, {
        readReply: unsure("still-deciding"),
      });
      expect(actions.map((a) => a.kind)).toEqual(["read-reply"]);
      expect(actions[0]).toMatchObject({ rule: "gauge-reply" });
      expect(actions[0]!.reason).toMatch(/can't tell how to read .*Wed 18 Nov/);
      expect(actions[0]!.reason).toContain("turns you down");
      expect(actions[0]!.reason).toContain("still deciding");
    });

    it("does not end the application on a rejection it is unsure of", () => {
      const actions = planAt("2026-11-19T12:00" /* Thu */, base, {
        readReply: unsure("rejection"),
      });
      expect(actions.map((a) => a.kind)).toEqual(["read-reply"]);
    });

    it("plans from the user's word once they give it", () => {
      const events = [
        ...base.slice(0, -1),
        reply("2026-11-18T15:00", { signal: "rejection", text: "Thanks, we'll be in touch soon!" }),
      ];
      const actions = planAt("2026-11-19T12:00" /* Thu */, events, {
        readReply: unsure("still-deciding"),
      });
      expect(actions.map((a) => a.kind)).toEqual(["final-thanks"]);
    });
  });

  it("lose to the user's own label", () => {
    const readReply: ReadReply = () => {
      throw new Error("a labelled reply must not be gauged");
    };
    const events = [
      ...base.slice(0, -1),
      reply("2026-11-18T15:00", { signal: "brush-off", text: "x" }),
    ];
    expect(planAt("2026-11-19T12:00" /* Thu */, events, { readReply })[0]!.rule).toBe(
      "let-go-brush-off",
    );
  });
});

describe("ordering", () => {
  it("orders by dueBy, then application, then kind", () => {
    const other = (e: TimelineEvent) => ({ ...e, app: "beta" }) as TimelineEvent;
    const events = [
      application(),
      application({ app: "beta", company: "Beta" }),
      other(interview("2026-11-02T10:00" /* Mon */, { interviewers: [DANA, SAM] })),
      interview("2026-11-02T10:00" /* Mon */, { interviewers: [SAM] }),
    ];
    const actions = planAt("2026-11-02T12:00" /* Mon */, events);
    expect(actions.map((a) => `${a.app}/${a.kind}/${a.to}`)).toEqual([
      // the thank-yous, all due Tue 3 Nov 11:00
      "acme/thank-you/Sam Ortiz",
      "beta/thank-you/Dana Lee",
      "beta/thank-you/Sam Ortiz",
      // the check-ins, both from Thu 12 Nov
      "acme/check-in/Sam Ortiz",
      "beta/check-in/Dana Lee",
    ]);
  });

  it("plans the same one application at a time (planApplication, planner)", () => {
    const events = [application(), FIRST_ROUND];
    const now = ms("2026-11-02T12:00" /* Mon */);
    const state = foldApplication(events, { defaultZone: ZONE });
    const all = plan({ events, now, calendars: businessCalendar });
    expect(planApplication(state, { now, calendars: businessCalendar })).toEqual(all);
    const p = planner({ now, calendars: businessCalendar });
    p.add(state);
    expect(p.actions()).toEqual(all);
  });

  it("gives each action's dueBy beside it, in the order of plan", () => {
    const now = ms("2026-11-02T12:00" /* Mon */);
    const acme = foldApplication([application(), FIRST_ROUND], { defaultZone: ZONE });
    const beta = foldApplication([application({ app: "beta" }), { ...FIRST_ROUND, app: "beta" }], {
      defaultZone: ZONE,
    });
    const p = planner({ now, calendars: businessCalendar });
    p.add(beta);
    p.add(acme);
    const { actions, dueByMs } = p.actionsWithDueBy();
    expect(actions).toEqual(plan({ states: [acme, beta], now, calendars: businessCalendar }));
    expect(actions.length).toBeGreaterThan(2);
    expect(dueByMs).toEqual(actions.map((a) => Date.parse(a.dueBy)));
  });
});

describe("answer-their-question", () => {
  const asked = reply("2026-11-05T10:00" /* Thu */, {
    from: "Dana Lee",
    signal: "next-step",
    text: "We'd like you to come in for a final round; what's your availability?",
  });
  const events = [
    application(),
    interview("2026-11-02T10:00" /* Mon */, { interviewers: [DANA], decisionBy: "2026-11-13" }),
    sent("2026-11-02T16:00" /* Mon */, "thank-you", { to: "Dana Lee" }),
    asked,
  ];

  it("plans your answer within one business day instead of a check-in", () => {
    const actions = planAt("2026-11-05T12:00" /* Thu */, events);
    expect(actions).toMatchObject([
      {
        kind: "reply",
        rule: "answer-their-question",
        to: "Dana Lee",
        dueFrom: "2026-11-05T10:00:00-07:00",
        dueBy: "2026-11-06T17:00:00-07:00" /* Fri */,
        channels: ["email"],
      },
    ]);
    expect(actions[0]!.reason).toBe(
      "Dana Lee's reply of Thu 5 Nov talks of a next step and asks for your availability; answer within 1 business day, before any check-in.",
    );
    expect(only(actions, "check-in")).toEqual([]);
  });

  it("gives the number of business days the user chose, across a weekend", () => {
    const { policy } = resolvePolicy({ answerWithinBusinessDays: 2 });
    const [a] = planAt("2026-11-05T12:00", events, { policy });
    expect(a!.dueBy).toBe("2026-11-09T17:00:00-07:00" /* Mon */);
  });

  it("is done once you sent anything after their reply; the check-in then speaks of their reply", () => {
    const actions = planAt("2026-11-06T12:00" /* Fri */, [
      ...events,
      sent("2026-11-05T15:00" /* Thu */, "other", { to: "Dana Lee" }),
    ]);
    expect(only(actions, "reply")).toEqual([]);
    expect(actions).toMatchObject([{ kind: "check-in" }]);
    expect(actions[0]!.reason).not.toContain("no news");
    expect(actions[0]!.reason).toContain("Dana Lee's reply of Thu 5 Nov talks of a next step");
  });

  it("plans no answer for a reply that asks nothing", () => {
    const actions = planAt("2026-11-05T12:00", [
      ...events.slice(0, 3),
      reply("2026-11-05T10:00", {
        signal: "next-step",
        text: "We'll be in touch about next steps.",
      }),
    ]);
    expect(only(actions, "reply")).toEqual([]);
  });
});

describe("reasons after a reply", () => {
  it("never say 'if there is no news' once they replied", () => {
    const actions = planAt("2026-11-10T12:00" /* Tue */, [
      application(),
      interview("2026-11-02T10:00" /* Mon */, { decisionBy: "2026-11-13" /* Fri */ }),
      sent("2026-11-02T16:00" /* Mon */, "thank-you"),
      reply("2026-11-09T10:00" /* Mon */, { from: "Dana Lee", signal: "encouraging" }),
    ]);
    expect(actions[0]!.reason).toBe(
      "Dana Lee said you'd hear by Fri 13 Nov; Dana Lee's reply of Mon 9 Nov sounds encouraging but names no new date; check in 3 business days after that date if nothing more comes.",
    );
  });

  it("count the days past the date without calling it 'no news'", () => {
    const [a] = planAt("2026-11-18T12:00" /* Wed */, [
      application(),
      interview("2026-11-02T10:00" /* Mon */, { decisionBy: "2026-11-13" /* Fri */ }),
      sent("2026-11-02T16:00" /* Mon */, "thank-you"),
      reply("2026-11-09T10:00" /* Mon */, { from: "Dana Lee", signal: "encouraging" }),
    ]);
    expect(a!.reason).toMatch(/; it is now 3 business days past that date\.$/);
  });
});

describe("missed-window", () => {
  const december = [
    application(),
    interview("2026-12-01T10:00" /* Tue */, { decisionBy: "2026-12-04" /* Fri */ }),
    sent("2026-12-01T16:00" /* Tue */, "thank-you"),
  ];

  it("keeps an action overdue for a few business days, then calls it missed and asks", () => {
    // Check-in window: Wed 9 Dec 9:00 to Fri 11 Dec 17:00.
    const [late] = planAt("2026-12-18T12:00" /* Fri: 5 business days after */, december);
    expect(late).toMatchObject({ kind: "check-in", overdue: true });
    expect(late!.missed).toBeUndefined();
    const [missed] = planAt("2027-01-06T12:00" /* Wed in January */, december);
    expect(missed).toMatchObject({ kind: "check-in", overdue: true, missed: true });
    expect(missed!.reason).toMatch(
      /^Missed: its window closed on Fri 11 Dec; still want to\? If not, drop it\. Dana Lee said/,
    );
  });

  it("uses the number of business days the user chose", () => {
    const { policy } = resolvePolicy({ missedAfterBusinessDays: 2 });
    const [a] = planAt("2026-12-16T12:00" /* Wed */, december, { policy });
    expect(a!.missed).toBe(true);
  });

  it("is set aside by a dismissal, and nothing else is", () => {
    const dropped = [
      ...december,
      {
        type: "dismiss",
        app: "acme",
        at: "2027-01-06T12:00",
        kind: "check-in",
        to: "Dana Lee",
        dueFrom: "2026-12-09T09:00:00-07:00",
      } as TimelineEvent,
    ];
    expect(planAt("2027-01-06T12:30", dropped)).toEqual([]);
    // A dismissal of another person's check-in leaves this one.
    const other = [...december, { ...dropped[3]!, to: "Sam Ortiz" } as TimelineEvent];
    expect(planAt("2027-01-06T12:30", other)).toMatchObject([{ kind: "check-in" }]);
  });
});

describe("advice to let go", () => {
  const brushedOff = [
    application(),
    interview("2026-11-02T10:00" /* Mon */),
    sent("2026-11-02T16:00", "thank-you"),
    reply("2026-11-10T10:00", { signal: "brush-off" }),
  ];

  it("stays on the agenda until acknowledged, then leaves it", () => {
    expect(planAt("2027-01-06T12:00", brushedOff)).toMatchObject([{ kind: "let-go" }]);
    const acknowledged = [
      ...brushedOff,
      { type: "dismiss", app: "acme", at: "2026-11-11T09:00", kind: "let-go" } as TimelineEvent,
    ];
    expect(planAt("2027-01-06T12:00", acknowledged)).toEqual([]);
    // Acknowledged later than planned at: the advice still shows then.
    expect(planAt("2026-11-10T12:00", acknowledged)).toMatchObject([{ kind: "let-go" }]);
  });
});

describe("follow-up-after-application", () => {
  /** Applied Mon 2 Nov; with Veterans Day (Wed 11 Nov) off, 10 business days end Tue 17 Nov. */
  const applied = application({ at: "2026-11-02T10:00", contacts: [SAM, DANA] });

  it("plans one polite note 10 business days after applying, to the hiring manager", () => {
    const actions = planAt("2026-11-05T12:00" /* Thu */, [applied]);
    expect(actions).toMatchObject([
      {
        kind: "check-in",
        rule: "follow-up-after-application",
        to: "Dana Lee",
        dueFrom: "2026-11-17T09:00:00-07:00",
        dueBy: "2026-11-19T17:00:00-07:00",
        channels: ["email", "linkedin"],
      },
    ]);
    expect(actions[0]!.reason).toContain("You applied on Mon 2 Nov");
  });

  it("waits as many business days as the policy says", () => {
    const actions = planAt("2026-11-05T12:00" /* Thu */, [applied], {
      policy: resolvePolicy({ followUpAfterApplicationBusinessDays: 5 }).policy,
    });
    expect(actions[0]).toMatchObject({ dueFrom: "2026-11-09T09:00:00-07:00" });
  });

  it("refuses a wait outside 5 to 30 business days", () => {
    expect(resolvePolicy({ followUpAfterApplicationBusinessDays: 3 }).problems).toMatchObject([
      { field: "followUpAfterApplicationBusinessDays", message: "must be from 5 to 30, got 3" },
    ]);
  });

  it("after the note, advises letting go once as long again passes without a reply", () => {
    const events = [applied, sent("2026-11-17T10:00" /* Tue */, "check-in")];
    const before = planAt("2026-11-20T12:00" /* Fri */, events);
    expect(before).toMatchObject([
      { kind: "let-go", rule: "follow-up-after-application", dueFrom: "2026-12-02T09:00:00-07:00" },
    ]);
    expect(before[0]!.reason).toContain("if none comes by Wed 2 Dec");
    const after = planAt("2026-12-03T12:00" /* Thu */, events);
    expect(after).toMatchObject([{ kind: "let-go", rule: "follow-up-after-application" }]);
    expect(after[0]!.reason).toContain("let this one go rather than write again");
    expect(only(after, "check-in")).toEqual([]);
  });

  it("plans nothing once they have replied, but an out-of-office reply is no answer", () => {
    expect(planAt("2026-11-20T12:00", [applied, reply("2026-11-06T10:00")])).toEqual([]);
    const away = reply("2026-11-06T10:00", { signal: "out-of-office" });
    expect(planAt("2026-11-20T12:00", [applied, away])).toMatchObject([
      { kind: "check-in", rule: "follow-up-after-application" },
    ]);
  });

  it("plans nothing for a saved job, a closed application or one with an interview booked", () => {
    const saved = application({ saved: true });
    expect(planAt("2026-11-20T12:00", [saved])).toEqual([]);
    expect(planAt("2026-11-20T12:00", [applied, status("2026-11-09T10:00", "withdrawn")])).toEqual(
      [],
    );
    const booked = interview("2026-11-25T10:00", { decisionBy: "2026-11-27" });
    expect(only(planAt("2026-11-20T12:00", [applied, booked]), "check-in")).toEqual([]);
  });

  it("is set aside for good when the user drops it", () => {
    const dropped = {
      type: "dismiss",
      app: "acme",
      at: "2026-11-18T10:00",
      kind: "check-in",
      to: "Dana Lee",
    };
    expect(planAt("2026-11-20T12:00", [applied, dropped as TimelineEvent])).toEqual([]);
  });
});
