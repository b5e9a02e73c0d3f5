import { describe, expect, it } from "vitest";
import { businessCalendar } from "../time/business-days.js";
import { fold } from "./fold.js";
import { plan } from "./plan.js";
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
import type { Contact, ReadReply, TimelineEvent } from "./types.js";

const foldOne = (events: TimelineEvent[], readReply?: ReadReply) => {
  const states = fold(events, { defaultZone: "UTC", ...(readReply ? { readReply } : {}) });
  expect(states).toHaveLength(1);
  return states[0]!;
};

describe("fold", () => {
  describe("times and places", () => {
    it("reads local times in the application's zone and takes its region", () => {
      const s = foldOne([
        application({ region: "us-co" }),
        interview("2026-11-02T10:00" /* Mon */),
      ]);
      expect(s.zone).toBe(ZONE);
      expect(s.region).toBe("US-CO");
      expect(s.rounds[0]!.atMs).toBe(Date.parse("2026-11-02T17:00:00Z"));
      expect(s.rounds[0]!.endMs - s.rounds[0]!.atMs).toBe(60 * 60_000);
    });

    it("falls back to the default zone and the US calendar", () => {
      const s = foldOne([
        { type: "application", app: "acme", company: "Acme", role: "PM" },
        interview("2026-11-02T10:00", { durationMinutes: 45 }),
      ]);
      expect(s.zone).toBe("UTC");
      expect(s.region).toBe("US");
      expect(s.rounds[0]!.endMs - s.rounds[0]!.atMs).toBe(45 * 60_000);
    });
  });

  describe("rounds and contacts", () => {
    it("numbers rounds in time order whatever the file order", () => {
      const s = foldOne([
        application(),
        interview("2026-11-10T10:00" /* Tue */, { stage: "final" }),
        interview("2026-11-02T10:00" /* Mon */, { stage: "screen" }),
      ]);
      expect(s.rounds.map((r) => [r.round, r.stage])).toEqual([
        [1, "screen"],
        [2, "final"],
      ]);
    });

    it("merges contacts by name from the application and the interviews", () => {
      const s = foldOne([
        application({ contacts: [{ name: "Dana Lee", title: "Director" }] }),
        interview("2026-11-02T10:00", { interviewers: [DANA, SAM] }),
      ]);
      expect(s.contacts).toEqual([
        { name: "Dana Lee", title: "Director", email: "dana@acme.example", role: "hiring-manager" },
        { name: "Sam Ortiz", role: "interviewer" },
      ]);
      expect(s.rounds[0]!.interviewers[0]).toEqual(s.contacts[0]);
    });
  });

  describe("the decision date", () => {
    it("takes the latest statement, not the latest date", () => {
      const s = foldOne([
        application(),
        interview("2026-11-02T10:00", { decisionBy: "2026-11-20" }),
        reply("2026-11-05T10:00", { signal: "still-deciding", decisionBy: "2026-11-13T17:00" }),
      ]);
      expect(s.decision).toEqual({
        date: "2026-11-13",
        statedMs: ms("2026-11-05T10:00"),
        by: "Dana Lee",
        source: "reply",
        gauged: false,
      });
    });

    it("names the hiring manager of the interview that gave it", () => {
      const s = foldOne([
        application(),
        interview("2026-11-02T10:00", { interviewers: [SAM, DANA], decisionBy: "2026-11-13" }),
      ]);
      expect(s.decision).toMatchObject({ by: "Dana Lee", source: "interview" });
    });
  });

  describe("replies", () => {
    const gauge: ReadReply = (_text, ctx) => ({
      signal: "encouraging",
      confidence: 0.7,
      decisionBy: "2026-12-01",
      decisionPhrase: "by December 1",
      returnOn: null,
      evidence: ["excited"],
      ...(ctx.zone === ZONE ? {} : { signal: "rejection" }),
    });

    it("lets the gauge read an unlabelled reply, in the application's zone", () => {
      const s = foldOne(
        [application(), reply("2026-11-18T11:00", { text: "We are excited!" })],
        gauge,
      );
      expect(s.replies[0]).toMatchObject({
        signal: "encouraging",
        decisionBy: "2026-12-01",
        decisionPhrase: "by December 1",
        source: "gauge",
        confidence: 0.7,
      });
      expect(s.decision).toMatchObject({ date: "2026-12-01", gauged: true });
    });

    it("lets the user's date win over the gauge's", () => {
      const s = foldOne(
        [application(), reply("2026-11-18T11:00", { text: "x", decisionBy: "2026-11-27" })],
        gauge,
      );
      expect(s.replies[0]).toMatchObject({ signal: "encouraging", decisionBy: "2026-11-27" });
      expect(s.decision).toMatchObject({ gauged: false });
    });

    it("takes an unlabelled reply as still deciding when there is no gauge", () => {
      const s = foldOne([application(), reply("2026-11-18T11:00", { text: "Thanks!" })]);
      expect(s.replies[0]).toMatchObject({ signal: "still-deciding", source: "assumed" });
    });

    it("keeps the latest signal apart from out-of-office replies", () => {
      const s = foldOne([
        application(),
        reply("2026-11-18T11:00", { signal: "encouraging" }),
        reply("2026-11-20T11:00", { signal: "out-of-office", returnOn: "2026-11-30" }),
      ]);
      expect(s.signal).toBe("encouraging");
      expect(s.replies[1]).toMatchObject({ returnOn: "2026-11-30" });
    });
  });

  describe("touches and outcome", () => {
    it("normalises recipients and notes the round each touch followed", () => {
      const s = foldOne([
        application(),
        sent("2026-10-30T10:00", "other", { to: undefined }),
        interview("2026-11-02T10:00"),
        sent("2026-11-02T16:00", "thank-you", { to: [" Dana Lee ", "Sam Ortiz"] }),
      ]);
      expect(s.touches.map((t) => [t.kind, t.to, t.afterRound])).toEqual([
        ["other", [], 0],
        ["thank-you", ["Dana Lee", "Sam Ortiz"], 1],
      ]);
    });

    it.each([
      ["a rejected status", [status("2026-11-10T10:00", "rejected")], "rejected"],
      ["a rejection reply", [reply("2026-11-10T10:00", { signal: "rejection" })], "rejected"],
      ["an offer reply", [reply("2026-11-10T10:00", { signal: "offer" })], "offer"],
      [
        "a withdrawal then a reopening",
        [status("2026-11-10T10:00", "withdrawn"), status("2026-11-12T10:00", "still-open")],
        null,
      ],
    ])("reads the outcome of %s", (_what, events, kind) => {
      const s = foldOne([application(), ...events]);
      expect(s.outcome?.kind ?? null).toBe(kind);
    });

    it("does not change the events it folds", () => {
      const events = [
        application(),
        interview("2026-11-02T10:00"),
        status("2026-11-10T10:00", "filled"),
      ];
      const copy = structuredClone(events);
      fold(events, { defaultZone: "UTC" });
      expect(events).toEqual(copy);
    });
  });

  describe("many people", () => {
    // Planning one application with 100,000 interviewers took 30 s: each name was searched
    // for among all those before it. The work is counted as reads of the interviewers'
    // names (people written with their role are kept as given, so every search by name
    // reads them).
    const namesRead = (count: number) => {
      let reads = 0;
      const person = (i: number): Contact => {
        const name = `Person ${i}`;
        return {
          get name() {
            reads++;
            return name;
          },
          email: `p${i}@acme.example`,
          role: "interviewer",
        } as Contact;
      };
      const people = Array.from({ length: count }, (_, i) => person(i));
      const again = Array.from({ length: count }, (_, i) => person(i));
      plan({
        events: [
          application(),
          interview("2026-11-02T10:00", { interviewers: people }),
          interview("2026-11-09T10:00", { interviewers: again }),
        ],
        calendars: businessCalendar,
        now: ms("2026-11-03T12:00"),
        settings: { timezone: ZONE },
      });
      return reads;
    };

    it("plans a round of thousands of interviewers in time proportional to their number", () => {
      const small = namesRead(1_000);
      const large = namesRead(4_000);
      // Quadratic work would read names 16 times as often; linear work, 4 times.
      expect(large / small).toBeLessThan(5);
      expect(large).toBeLessThan(40 * 4_000);
    });
  });
});
