import { describe, expect, it } from "vitest";
import { checkProgram } from "./system-programs.js";

const ghost = { name: "Ghost", path: "/nonexistent/ghost", aptPackage: "ghost-server" };

describe("tests that need a system program", () => {
  it("run where it is installed, on CI or not", () => {
    expect(checkProgram(ghost, true, {})).toEqual({ kind: "run" });
    expect(checkProgram(ghost, true, { CI: "true" })).toEqual({ kind: "run" });
  });

  it("are skipped with a line naming it and how to install it when it is missing", () => {
    expect(checkProgram(ghost, false, {})).toEqual({
      kind: "skip",
      line: "SKIPPED: Ghost is not installed (/nonexistent/ghost); install it with: apt-get install ghost-server",
    });
  });

  it("fail under CI=true when it is missing", () => {
    expect(checkProgram(ghost, false, { CI: "true" })).toEqual({
      kind: "fail",
      message:
        "Ghost is not installed (/nonexistent/ghost); install it with: apt-get install ghost-server. On CI it is required.",
    });
  });
});
