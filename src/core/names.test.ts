import { describe, expect, it } from "vitest";
import { givenName, matchPerson, nameWords, sameName, spokenName } from "./names.js";

const PEOPLE = ["Samir Nagheenanajar", "Dana Lee", "José Álvarez", "Sam Ortiz"];

describe("matchPerson", () => {
  describe("finds the one person a name means", () => {
    it.each([
      ["Samir", "Samir Nagheenanajar"],
      ["samir", "Samir Nagheenanajar"],
      ["Nagheenanajar", "Samir Nagheenanajar"],
      ["nag", "Samir Nagheenanajar"],
      ["S. Nagheenanajar", "Samir Nagheenanajar"],
      ["samir n", "Samir Nagheenanajar"],
      ["Jose", "José Álvarez"],
      ["ALVAREZ", "José Álvarez"],
      ["Lee, Dana", "Dana Lee"],
      ["Lee Dana", "Dana Lee"],
      ["Ms. Lee", "Dana Lee"],
      ["  dana   lee ", "Dana Lee"],
    ])("%j is %j", (typed, name) => {
      expect(matchPerson(typed, PEOPLE)).toEqual({ kind: "one", name });
    });
  });

  it("prefers the name written the same way over longer names it begins", () => {
    expect(matchPerson("dana", ["Dana Lee", "Dana"])).toEqual({ kind: "one", name: "Dana" });
  });

  it("lists everyone a name could be", () => {
    expect(matchPerson("Sam", PEOPLE)).toEqual({
      kind: "many",
      names: ["Samir Nagheenanajar", "Sam Ortiz"],
    });
  });

  it("counts one person written two ways once", () => {
    expect(matchPerson("dana", ["Dana Lee", "Lee, Dana"])).toEqual({
      kind: "one",
      name: "Dana Lee",
    });
  });

  it("finds nobody for a name no one has, or for nothing", () => {
    expect(matchPerson("Priya", PEOPLE)).toEqual({ kind: "none" });
    expect(matchPerson("Samira", PEOPLE)).toEqual({ kind: "none" });
    expect(matchPerson("  ", PEOPLE)).toEqual({ kind: "none" });
    expect(matchPerson("Dana Lee Smith", PEOPLE)).toEqual({ kind: "none" });
  });
});

describe("names written 'Last, First'", () => {
  it("are said first name first, unless what follows the comma is a suffix", () => {
    expect(spokenName("Lee, Dana")).toBe("Dana Lee");
    expect(spokenName("Dana Lee, PhD")).toBe("Dana Lee, PhD");
    expect(spokenName("Dana Lee")).toBe("Dana Lee");
  });

  it("give the first name for a greeting", () => {
    expect(givenName("Lee, Dana")).toBe("Dana");
    expect(givenName("Dana Lee")).toBe("Dana");
    expect(givenName("Dr. Dana Lee")).toBe("Dana");
    expect(givenName("Dana")).toBe("Dana");
  });

  it("are the same name as written the other way", () => {
    expect(sameName("Lee, Dana", "dana lee")).toBe(true);
    expect(nameWords("Dr. José Álvarez-Ruiz, Jr.")).toEqual(["jose", "alvarez", "ruiz"]);
  });
});
