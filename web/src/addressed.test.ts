import { describe, expect, it } from "vitest";
import { aboutCandidate } from "./addressed.js";

describe("the planner's reasons as a coach reads them", () => {
  it("names the candidate where the reason says you", () => {
    expect(
      aboutCandidate(
        "Kai Moreno interviewed you on Mon 2 Nov; a thank-you to each interviewer is due within 24 hours of the end.",
        "Hal Ortiz",
      ),
    ).toBe(
      "Kai Moreno interviewed Hal Ortiz on Mon 2 Nov; a thank-you to each interviewer is due within 24 hours of the end.",
    );
    expect(aboutCandidate("Acme turned you down on Tue 3 Nov", "Hal")).toBe(
      "Acme turned Hal down on Tue 3 Nov",
    );
  });

  it("keeps the verbs agreeing with the name", () => {
    expect(
      aboutCandidate(
        "You applied on Mon 2 Nov and have heard nothing; 5 business days on, one short, polite note asking where things stand.",
        "Hal",
      ),
    ).toBe(
      "Hal applied on Mon 2 Nov and has heard nothing; 5 business days on, one short, polite note asking where things stand.",
    );
    expect(aboutCandidate("Dana said you'd hear by Fri 6 Nov", "Hal")).toBe(
      "Dana said Hal would hear by Fri 6 Nov",
    );
    expect(aboutCandidate("check in again on that date if you have not heard", "Hal")).toBe(
      "check in again on that date if Hal has not heard",
    );
  });

  it("makes your and yours the candidate's", () => {
    expect(
      aboutCandidate(
        "Your note of Mon 2 Nov about your application got no reply; let this one go rather than write again.",
        "Hal",
      ),
    ).toBe(
      "Hal's note of Mon 2 Nov about Hal's application got no reply; let this one go rather than write again.",
    );
    expect(aboutCandidate("a short note on a recent success of yours", "Hal")).toBe(
      "a short note on a recent success of Hal's",
    );
  });

  it("asks whether the candidate still wants a missed step, rather than telling the coach to drop it", () => {
    expect(
      aboutCandidate(
        "Missed: its window closed on Fri 6 Nov; still want to? If not, drop it. Your interview on Mon 2 Nov ended without a thank-you sent.",
        "Hal",
      ),
    ).toBe(
      "Missed: its window closed on Fri 6 Nov; does Hal still want to? If not, Hal can drop it. Hal's interview on Mon 2 Nov ended without a thank-you sent.",
    );
    expect(aboutCandidate("Missed: still want to?", "Hal")).toBe("Missed: does Hal still want to?");
  });

  it("leaves words that only contain you alone", () => {
    expect(aboutCandidate("Young & Youssef: the youth programme", "Hal")).toBe(
      "Young & Youssef: the youth programme",
    );
  });
});
