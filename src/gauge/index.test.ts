import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SIGNALS } from "../core/types.js";
import { gaugeReply, readReply } from "./index.js";
import { ENGLISH_WORDS, OTHER_LANGUAGE_WORDS } from "./lexicon.js";

/** Wed 18 Nov 2026, 11:02 in Denver. */
const CTX = { receivedMs: Date.parse("2026-11-18T18:02:00Z"), zone: "America/Denver" };
const read = (text: string) => gaugeReply(text, CTX);

describe("gaugeReply", () => {
  describe("reads the hard cases right", () => {
    it.each([
      [
        "a polite rejection that opens with praise",
        "We were impressed by your background and the team enjoyed meeting you; however, we have decided to move forward with other candidates.",
        "rejection",
      ],
      [
        "praise, then 'someone else'",
        "Loved chatting with you! Sadly we've made the difficult decision to move ahead with someone else.",
        "rejection",
      ],
      [
        "an ATS acknowledgement",
        "Thank you for applying to Acme! We have received your application and our team will review it. If your qualifications match our needs, we will contact you. This is an automated message.",
        "still-deciding",
      ],
      [
        "'no decision yet' with an 'unfortunately'",
        "Unfortunately we haven't made a decision yet - the panel meets again next week.",
        "still-deciding",
      ],
      ["a very short reply", "Thanks, will let you know.", "still-deciding"],
      ["a one-word thanks", "Thanks!", "still-deciding"],
      ["a short no", "No, sorry.", "rejection"],
      [
        "British phrasing of a rejection",
        "Thank you for attending. I regret to say that on this occasion we will not be progressing your application.",
        "rejection",
      ],
      [
        "British phrasing of a next step",
        "Good news - you've been shortlisted for the second interview at our Leeds office.",
        "next-step",
      ],
      [
        "typos in a rejection",
        "hi, unfortunatly we decided to go with another candiate. best of luck",
        "rejection",
      ],
      [
        "a negated next step",
        "We are not able to move forward with your application at this time.",
        "rejection",
      ],
      [
        "a next step",
        "We'd like to move forward with you: could you share your availability for a final interview?",
        "next-step",
      ],
      ["an offer", "We're delighted to offer you the role! The offer letter is attached.", "offer"],
      [
        "warmth without a decision",
        "The team was really impressed with you and you're one of our top candidates. No decision yet.",
        "encouraging",
      ],
      [
        "a vague promise with no timeline",
        "Thanks for your note. No update at this time; we'll reach out if anything changes.",
        "brush-off",
      ],
      [
        "'keep your CV on file' without a no",
        "Thanks for your interest, we'll keep your CV on file.",
        "brush-off",
      ],
      [
        "a British out-of-office",
        "I'm on annual leave until Monday 30 November with no access to email.",
        "out-of-office",
      ],
    ] as const)("%s", (_name, text, signal) => {
      expect(read(text).signal).toBe(signal);
    });

    it("does not read 'if anything changes' next to a decision date as a sure brush-off", () => {
      const r = read(
        "We hope to decide by Friday, and I'll let you know if anything changes before then.",
      );
      expect(r.cantTell ?? [r.signal]).toContain("still-deciding");
      expect(r.decisionBy).toBe("2026-11-20" /* Fri */);
    });

    it("does not read a conditional invitation as a next step", () => {
      const r = read("If the team decides to go ahead, we'll schedule a second interview.");
      expect(r.signal).not.toBe("next-step");
    });
  });

  describe("reads only what the sender wrote", () => {
    it("ignores the candidate's own email quoted below the reply", () => {
      const r = read(
        "Hi Sam, we'll reach out if anything changes.\n\nOn Mon, Nov 16, 2026 at 9:41 AM Sam <sam@example.com> wrote:\n> I'm very excited! We'd love to schedule a final interview, you said.\n> Unfortunately I missed your call.",
      );
      expect(r.signal).toBe("brush-off");
      expect(r.evidence.join(" ")).not.toMatch(/excited|Unfortunately/);
    });

    it("reads an out-of-office reply that quotes the candidate's message, and its return date", () => {
      const r = read(
        "Thank you for your email. I am currently out of the office until Monday 30 November.\n\n-----Original Message-----\nFrom: Sam\nSent: Wednesday, November 18, 2026 10:58 AM\nTo: Dana\n\nUnfortunately I have to move our interview. Could we meet by Friday?",
      );
      expect(r.signal).toBe("out-of-office");
      expect(r.returnOn).toBe("2026-11-30" /* Mon */);
      expect(r.decisionBy).toBeNull();
    });
  });

  describe("reads the common ways of saying no (each read as still-deciding before)", () => {
    it.each([
      "Hi Jordan, Thank you for applying. After review, we will not be moving forward at this time.",
      "We won't be moving forward at this time",
      "we're not moving forward at this time",
      "We would like to thank you for your interest and your time. We wish you all the best in your future endeavors",
      "Unfortunately the role was filled on Friday.",
    ])("%s", (text) => {
      const r = read(text);
      expect(r.signal).toBe("rejection");
      expect(r.cantTell).toBeUndefined();
    });
  });

  describe("reads the catalogue's hard cases (data/gauge/README.md) that it misread before", () => {
    it("reads 'only shortlisted candidates will be contacted' as a brush-off, not as warmth", () => {
      expect(
        read(
          "Thank you for your application. Due to the volume of applications, only shortlisted candidates will be contacted.",
        ).signal,
      ).toBe("brush-off");
    });

    // The second reading of brush-offs (data/gauge/README.md, batch 5).
    it.each([
      [
        "a status that is still 'under review' weeks later, with a promise only if selected",
        "Hi Sam, thanks for following up. Your application is still with the hiring team for review. If they would like to take things further, they will contact you.",
      ],
      [
        "warm words with nothing behind them",
        "Hi Sam, lovely to hear from you! Things are all up in the air here so I can't promise anything, but let's stay in close touch.",
      ],
    ])("reads %s as a brush-off", (_name, text) => {
      const r = read(text);
      expect(r.signal).toBe("brush-off");
      expect(r.cantTell).toBeUndefined();
    });
  });

  describe("reads a negation within its reach", () => {
    it("reads 'not yet decided' as still deciding, not as a no", () => {
      expect(
        read("We have not yet decided whether to move forward; we hope to by Friday.").signal,
      ).toBe("still-deciding");
    });
  });

  describe("when it can't tell", () => {
    // Neither a no nor a promise: it could be either.
    const vague = "Got it, thanks. We'll see how things go on our side.";

    it("names the two likeliest readings, the first being its signal", () => {
      const r = read(vague);
      expect(r.cantTell).toHaveLength(2);
      expect(r.cantTell![0]).toBe(r.signal);
      expect(r.cantTell![1]).not.toBe(r.signal);
    });

    it("asks rather than read a reply that may be a no as a maybe", () => {
      const r = read(vague);
      expect(r.cantTell!.some((s) => s === "rejection" || s === "brush-off")).toBe(true);
    });

    it("does not ask about a reply that says it outright", () => {
      expect(
        read("We're delighted to offer you the role! The offer letter is attached.").cantTell,
      ).toBeUndefined();
    });
  });

  describe("text that is not English", () => {
    it.each([
      [
        "Spanish",
        "Gracias por tu mensaje. Todavía estamos evaluando a los candidatos y te escribiremos pronto.",
      ],
      ["German", "Vielen Dank für Ihre Nachricht. Wir melden uns in Kürze bei Ihnen."],
      ["Japanese", "ご連絡ありがとうございます。選考結果は来週お知らせします。"],
    ])("does not read %s: it can't tell, and says why", (_name, text) => {
      const r = read(text);
      expect(r.cantTell).toHaveLength(2);
      expect(r.confidence).toBeLessThanOrEqual(0.3);
      expect(r.evidence.join(" ")).toMatch(/English/);
    });

    // ASCII text takes a fast path (its letters are a-z): it must tell languages apart as the
    // rule does, counted here with Unicode letters.
    it("tells ASCII text's language as the rule says: more common words of another language than of English, two at least", () => {
      const word = fc.oneof(
        fc.constantFrom(...ENGLISH_WORDS, ...OTHER_LANGUAGE_WORDS),
        fc.stringMatching(/^[A-Za-z']{1,6}$/),
      );
      const text = fc
        .array(fc.tuple(word, fc.constantFrom(" ", ", ", ". ", "\n", "-")), { maxLength: 30 })
        .map((parts) => parts.map(([w, sep]) => w + sep).join(""));
      fc.assert(
        fc.property(text, (t) => {
          const body = read(t).body;
          const words =
            body
              .slice(0, 400)
              .toLowerCase()
              .match(/[\p{L}']+/gu) ?? [];
          const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
          const other = words.filter(
            (w) => !ENGLISH_WORDS.has(w) && OTHER_LANGUAGE_WORDS.has(w),
          ).length;
          expect(read(t).english).toBe(!(other >= 2 && other > english));
        }),
        { numRuns: 300 },
      );
    });
  });

  describe("confidence and evidence", () => {
    it("is surer of an outright rejection than of a lone 'thanks'", () => {
      const sure = read(
        "I regret to inform you that we have decided to proceed with other candidates.",
      );
      const unsure = read("Thanks!");
      expect(sure.confidence).toBeGreaterThan(unsure.confidence);
      for (const c of [sure.confidence, unsure.confidence]) {
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
      }
    });

    it("quotes the sentence that decided it, however late it comes", () => {
      const r = read(
        "Thanks so much for checking in, and for the time you spent with the team. After a lot of thought we have decided to move forward with another candidate.",
      );
      expect(r.signal).toBe("rejection");
      expect(r.evidence[0]).toBe(
        "After a lot of thought we have decided to move forward with another candidate",
      );
    });

    it("returns one of the seven signals for any text", () => {
      for (const text of ["", "   ", "?!", "a".repeat(5000), "Re: Re: Fwd:"]) {
        expect(SIGNALS).toContain(read(text).signal);
      }
    });
  });

  describe("readReply, the engine's interface", () => {
    it("gives exactly the ReplyReading fields", () => {
      const r = readReply("We hope to decide by Friday.", CTX);
      expect(Object.keys(r).sort()).toEqual(
        ["confidence", "decisionBy", "decisionPhrase", "evidence", "returnOn", "signal"].sort(),
      );
      expect(r.decisionBy).toBe("2026-11-20" /* Fri */);
    });

    it("does not let a date in an offer or a rejection become a decision date", () => {
      expect(
        readReply("We're delighted to offer you the role, starting Monday, January 4.", CTX)
          .decisionBy,
      ).toBeNull();
      expect(
        readReply("Unfortunately the role was filled on Friday; we decided by Friday.", CTX)
          .decisionBy,
      ).toBeNull();
    });
  });
});
