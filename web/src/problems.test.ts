import { describe, expect, it } from "vitest";
import { ApiError } from "./api.js";
import { fieldLabel, problemsByField, readProblem } from "./problems.js";

describe("problems in the user's words", () => {
  it("names a field inside a list by its label and position", () => {
    expect(fieldLabel("interviewers.0.email")).toBe("Interviewer 1's email");
    expect(fieldLabel("contacts.1.name")).toBe("Contact 2's name");
  });

  it("reads the engine's list positions as the API's", () => {
    expect(readProblem("interviewers[1].email: not an email address")).toEqual({
      field: "interviewers",
      path: "interviewers.1.email",
      text: "Interviewer 2's email: not an email address",
    });
  });

  it("names a policy number as Settings labels it", () => {
    expect(
      readProblem("policy.checkInAfterDecisionBusinessDays: must be from 2 to 5, got 9"),
    ).toEqual({
      field: "policy",
      path: "policy.checkInAfterDecisionBusinessDays",
      text: "Check in after their date (business days): must be from 2 to 5, got 9",
    });
  });

  it("names the settings' addresses as the Settings page shows them", () => {
    expect(fieldLabel("digest.to")).toBe("The digest's address");
    expect(fieldLabel("email")).toBe("Your email");
    expect(fieldLabel("contacts.0.email")).toBe("Contact 1's email");
  });

  it("keeps a sentence that names no field as it is", () => {
    expect(readProblem("the demo loads only when nothing is stored yet")).toEqual({
      field: "",
      path: "",
      text: "the demo loads only when nothing is stored yet",
    });
  });

  it("groups an error's problems by the field they are about", () => {
    const err = new ApiError(400, "bad", [
      "company: must not be empty",
      "url: not a web address (http:// or https://)",
    ]);
    expect(Object.fromEntries(problemsByField(err))).toEqual({
      company: "Company: must not be empty",
      url: "Job link: not a web address (http:// or https://)",
    });
  });
});
