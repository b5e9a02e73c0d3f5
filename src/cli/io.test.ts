import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HearbackError } from "../core/errors.js";
import { reportError } from "./io.js";

describe("reportError", () => {
  let written: string;
  beforeEach(() => {
    written = "";
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      written += String(chunk);
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it("prints each problem of bad input and exits 2", () => {
    const err = new HearbackError("bad-input", "2 problems", ["a: wrong", "b: wrong"]);
    expect(reportError(err, () => "unused")).toBe(2);
    expect(written).toBe("a: wrong\nb: wrong\n");
  });

  it("says where a bug's details were logged, and prints no stack trace", () => {
    const logged: unknown[] = [];
    const code = reportError(new TypeError("x is undefined"), (e) => {
      logged.push(e);
      return "/data/errors.log";
    });
    expect(code).toBe(1);
    expect(logged).toHaveLength(1);
    expect(written).toBe(
      "hearback: unexpected error (a bug in hearback): x is undefined\nThe details are in /data/errors.log; please include them if you report it.\n",
    );
  });

  it("says plainly what the system refused, as that is not a bug", () => {
    const err = Object.assign(new Error("EACCES: permission denied, open '/x'"), {
      code: "EACCES",
      syscall: "open",
      path: "/x",
    });
    expect(reportError(err, () => "unused")).toBe(1);
    expect(written).toBe("hearback: cannot open /x: permission denied\n");
  });
});
