import { describe, expect, it } from "vitest";
import { textsMatching } from "../../test/pattern-texts.js";
import { OWN_RULE_WORD, OWN_RULES, readDates } from "./dates.js";

/** Wed 18 Nov 2026, 11:02 in Denver (18:02Z). */
const WED = { receivedMs: Date.parse("2026-11-18T18:02:00Z"), zone: "America/Denver" };

describe("readDates", () => {
  describe("decision dates, received Wed 18 Nov 2026", () => {
    it.each([
      ["We hope to decide by Friday.", "2026-11-20" /* Fri */, "by Friday"],
      ["We'll decide by Tuesday, December 1.", "2026-12-01" /* Tue */, "by Tuesday, December 1"],
      ["You'll hear from us within two weeks.", "2026-12-02" /* Wed */, "within two weeks"],
      // chrono alone gives Sat 28 Nov: the working week ends on the Friday.
      [
        "We should decide by the end of next week.",
        "2026-11-27" /* Fri */,
        "by the end of next week",
      ],
      // chrono alone gives 18 Dec: "early" is a range whose end is the 10th.
      ["We expect to decide early next month.", "2026-12-10" /* Thu */, "early next month"],
      ["We should have news in the next few days.", "2026-11-21" /* Sat */, "in the next few days"],
      ["A decision is expected next week.", "2026-11-27" /* Fri */, "next week"],
      ["I'd expect a decision in a week or two.", "2026-12-02" /* Wed */, "in a week or two"],
      ["We hope to decide by mid-December.", "2026-12-20" /* Sun */, "by mid-December"],
      [
        "We'll let you know by the end of the month.",
        "2026-11-30" /* Mon */,
        "by the end of the month",
      ],
      ["We'll have an answer early next week.", "2026-11-24" /* Tue */, "early next week"],
      [
        "An update by the end of this week, I hope.",
        "2026-11-20" /* Fri */,
        "by the end of this week",
      ],
    ])("%s -> %s", (text, date, phrase) => {
      const d = readDates(text, WED);
      expect(d.decisionBy).toBe(date);
      expect(d.decisionPhrase).toBe(phrase);
    });
  });

  describe("resolves against the received time in the application's zone", () => {
    // 05:30Z on Thu 19 Nov is still Wed 18 Nov, 22:30 in Denver, but Thu 14:30 in Tokyo.
    const LATE = Date.parse("2026-11-19T05:30:00Z");
    it.each([
      ["America/Denver", "2026-11-19" /* Thu */],
      ["Asia/Tokyo", "2026-11-20" /* Fri */],
    ])("'tomorrow' in %s is %s", (zone, date) => {
      expect(
        readDates("We'll get back to you tomorrow.", { receivedMs: LATE, zone }).decisionBy,
      ).toBe(date);
    });

    it("on a weekend, 'the end of next week' is the coming Friday", () => {
      const sat = {
        receivedMs: Date.parse("2026-11-21T17:00:00Z") /* Sat */,
        zone: "America/Denver",
      };
      expect(readDates("We'll decide by the end of next week.", sat).decisionBy).toBe(
        "2026-11-27" /* Fri */,
      );
    });

    it("rolls 'early next month' over the year's end", () => {
      const fri = {
        receivedMs: Date.parse("2026-12-04T21:40:00Z") /* Fri */,
        zone: "America/New_York",
      };
      expect(readDates("No answer until early next month, sorry.", fri).decisionBy).toBe(
        "2027-01-10" /* Sun */,
      );
    });
  });

  describe("dates that are not about the decision", () => {
    it.each([
      ["an interview date", "Your final interview is on Tuesday, December 1 at 10am."],
      ["a start date", "We'd love you to start on Monday, January 4."],
      ["a deadline for the candidate", "Please let us know your availability by Friday."],
      ["a date in the past", "Thanks for meeting us on November 2."],
      ["a date with no decision in its sentence", "The office is closed on Thursday, November 26."],
    ])("ignores %s", (_name, text) => {
      expect(readDates(text, WED).decisionBy).toBeNull();
    });

    it("picks the decision date when an interview date stands in the same reply", () => {
      const d = readDates(
        "The last interviews are on Monday 23 November. We'll make a decision by Tuesday, December 1.",
        WED,
      );
      expect(d.decisionBy).toBe("2026-12-01" /* Tue */);
    });
  });

  describe("return dates of out-of-office replies", () => {
    it.each([
      ["I am out of the office until Monday 30 November.", "2026-11-30" /* Mon */],
      ["I'm away and will be back on Tuesday, December 1.", "2026-12-01" /* Tue */],
      // "through" names the last day away: they are back the day after.
      ["I'm out of the office through Friday, November 27.", "2026-11-28" /* Sat */],
      [
        "I'm away from December 4 and returning to the office on January 4.",
        "2027-01-04" /* Mon */,
      ],
      ["I'm OOO through Friday, Nov 20, back Monday 11/23.", "2026-11-23" /* Mon */],
    ])("%s -> %s", (text, date) => {
      expect(readDates(text, WED).returnOn).toBe(date);
    });

    it("gives no return date when none is named", () => {
      expect(
        readDates("I am currently out of the office with limited access to email.", WED).returnOn,
      ).toBeNull();
    });
  });
});

describe("the fast path before the module's own date phrases", () => {
  // The phrases are looked for only in sentences with a word they need ("week", "month",
  // a month's name...): a text a phrase matches without such a word would lose its date.
  it.each(OWN_RULES.map((rule, i) => [i, rule] as const))(
    "finds a word it needs in every text phrase %i matches",
    (_i, rule) => {
      const texts = textsMatching(rule.re, (t) => {
        rule.re.lastIndex = 0;
        return rule.re.test(t);
      });
      expect(texts.length).toBeGreaterThanOrEqual(30);
      for (const t of texts) expect(OWN_RULE_WORD.test(t), t).toBe(true);
    },
  );
});
