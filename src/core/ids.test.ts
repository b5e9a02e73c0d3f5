import { describe, expect, it } from "vitest";
import { matchApp } from "./ids.js";

describe("matchApp", () => {
  const ids = ["acme-pm", "acme-pm-2", "globex-se", "initech-qa"];

  it.each([
    ["globex", "globex-se"],
    ["G", "globex-se"],
    ["acme-pm", "acme-pm"],
    ["acme-pm-", "acme-pm-2"],
  ])("%s names %s", (given, id) => {
    expect(matchApp(given, ids)).toBe(id);
  });

  it("names the candidates when a prefix fits several", () => {
    expect(() => matchApp("acme", ids)).toThrow(/could be acme-pm, acme-pm-2/);
  });

  it("lists the ids when nothing fits", () => {
    expect(() => matchApp("hooli", ids)).toThrow(
      expect.objectContaining({ code: "not-found", message: expect.stringMatching(/globex-se/) }),
    );
  });

  it("says how to add one when nothing is stored", () => {
    expect(() => matchApp("acme", [])).toThrow(/hearback add/);
  });
});
