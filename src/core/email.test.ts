import { describe, expect, it } from "vitest";
import { emailProblem, isEmailAddress } from "./email.js";

const ACCEPTED = [
  "dana@acme.example",
  "Dana.Lee+jobs@mail.acme.co.uk",
  "o'brien@acme.example",
  "jo_park-1@sub-domain.acme.example",
  "zoë@exämple.de",
  "  dana@acme.example  ",
];
const REFUSED = [
  "dana at acme.example",
  "dana@acme",
  "dana@@acme.example",
  "@acme.example",
  "dana@",
  ".dana@acme.example",
  "dana.@acme.example",
  "da..na@acme.example",
  "dana@acme..example",
  "dana@-acme.example",
  "dana@acme-.example",
  "dana@acme.123",
  "dana@acme_corp.example",
  "Dana Lee <dana@acme.example>",
  "dana@acme.example, sam@acme.example",
  "dana;sam@acme.example",
  `${"a".repeat(65)}@acme.example`,
  `dana@${"a".repeat(64)}.example`,
  "",
];

describe("the email address rule", () => {
  it.each(ACCEPTED)("takes %j", (address) => {
    expect(isEmailAddress(address)).toBe(true);
    expect(emailProblem(address)).toBeNull();
  });

  it.each(REFUSED)("refuses %j, saying how to write one", (address) => {
    expect(isEmailAddress(address)).toBe(false);
    expect(emailProblem(address)).toBe(
      `not an email address: ${JSON.stringify(address)} (write it like name@example.com)`,
    );
  });

  it("quotes at most 80 characters of what it refuses", () => {
    const long = `${"x".repeat(10_000)} at acme.example`;
    expect(emailProblem(long)).toBe(
      `not an email address: "${"x".repeat(77)}..." (write it like name@example.com)`,
    );
  });
});
