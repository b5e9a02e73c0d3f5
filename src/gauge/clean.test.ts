import { describe, expect, it } from "vitest";
import { stripReply } from "./clean.js";

describe("stripReply", () => {
  describe("drops quoted history", () => {
    it.each([
      [
        "a Gmail quote",
        "We'll decide by Friday.\n\nOn Tue, Nov 17, 2026 at 9:41 AM Sam <sam@example.com> wrote:\n> I'm excited!",
      ],
      [
        "a wrapped Gmail header",
        "We'll decide by Friday.\n\nOn Tue, Nov 17, 2026 at 9:41 AM Sam Taylor <sam.taylor@example.com>\nwrote:\n> I'm excited!",
      ],
      [
        "an Outlook header block",
        "We'll decide by Friday.\n\nFrom: Sam Taylor <sam@example.com>\nSent: Tuesday, November 17, 2026 9:41 AM\nTo: Dana\nSubject: Following up\n\nI'm excited!",
      ],
      [
        "an original-message separator",
        "We'll decide by Friday.\n\n-----Original Message-----\nI'm excited!",
      ],
      ["bare '>' lines", "We'll decide by Friday.\n\n> I'm excited!\n> Sam"],
    ])("%s", (_name, text) => {
      expect(stripReply(text)).toBe("We'll decide by Friday.");
    });

    it("keeps the reply's own words after a quoted line in the middle", () => {
      expect(stripReply("> Any news?\nNot yet, sorry.")).toBe("Not yet, sorry.");
    });
  });

  describe("drops the signature", () => {
    it.each([
      ["a sign-off and a name", "No decision yet.\n\nBest,\nDana"],
      [
        "a sign-off and a full signature",
        "No decision yet.\n\nKind regards,\nHelen Marsh\nTalent Acquisition Partner\nNorthgate Insurance\n+44 20 7946 0000",
      ],
      ["a '-- ' separator", "No decision yet.\n-- \nDana Lee | Acme"],
      ["'Sent from my iPhone'", "No decision yet.\n\nSent from my iPhone"],
    ])("%s", (_name, text) => {
      expect(stripReply(text)).toBe("No decision yet.");
    });

    it("keeps a reply that is only a sign-off", () => {
      expect(stripReply("Thanks,")).toBe("Thanks,");
    });

    it("keeps a long closing paragraph that only starts like a sign-off", () => {
      const text = `No decision yet.\n\nThanks,\n${"We are still meeting people this week and next, ".repeat(3)}`;
      expect(stripReply(text)).toContain("still meeting people");
    });
  });
});
