import { describe, expect, it } from "vitest";
import { parseContact } from "./tracker.js";

describe("parseContact", () => {
  it.each([
    ["Dana Lee", { name: "Dana Lee" }],
    ["  Dana Lee <dana@acme.example> ", { name: "Dana Lee", email: "dana@acme.example" }],
    [
      "Dana Lee <dana@acme.example>, Hiring Manager",
      {
        name: "Dana Lee",
        email: "dana@acme.example",
        title: "Hiring Manager",
        role: "hiring-manager",
      },
    ],
    [
      "Sam Ortiz, Talent Partner",
      { name: "Sam Ortiz", title: "Talent Partner", role: "recruiter" },
    ],
  ])("reads %j", (given, contact) => {
    expect(parseContact(given, "--with")).toEqual(contact);
  });

  it.each([
    ["Lee, Dana", { name: "Dana Lee" }],
    ["Lee , Mary Ann <mary@acme.example>", { name: "Mary Ann Lee", email: "mary@acme.example" }],
    ["Lee, Dana, Head of Design", { name: "Dana Lee", title: "Head of Design" }],
    ["Dana, Recruiter", { name: "Dana", title: "Recruiter", role: "recruiter" }],
    ["Dana, VP Product", { name: "Dana", title: "VP Product" }],
    ["Dana Lee, PhD", { name: "Dana Lee", title: "PhD" }],
  ])(
    "reads %j, a one-word name and a comma being Last, First unless a job title follows",
    (given, contact) => {
      expect(parseContact(given, "--with")).toEqual(contact);
    },
  );

  it.each(["", "<dana@acme.example>", "Dana <dana@acme.example", "Dana,", "Dana <d@x> Lee"])(
    "refuses %j, naming the option",
    (given) => {
      expect(() => parseContact(given, "--with")).toThrow(/^--with: cannot read a contact/);
    },
  );

  it("reads a name padded with 50,000 spaces at once (no backtracking)", () => {
    const started = performance.now();
    expect(() => parseContact(`a${" ".repeat(50_000)}<`, "--with")).toThrow(/--with/);
    expect(parseContact(`a${" ".repeat(50_000)}a,b`, "--with").title).toBe("b");
    expect(parseContact(`a,${" ".repeat(50_000)}b`, "--with").name).toBe("b a");
    // Cubic backtracking took minutes here; linear takes about a millisecond.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
