import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HearbackError } from "../core/errors.js";
import { reportError, terminalSafe } from "./io.js";

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

describe("terminalSafe", () => {
  it.each([
    ["clear screen", "Acme\u001b[2J", "Acme\\u001b[2J"],
    ["a window title", "\u001b]0;pwned\u0007x", "\\u001b]0;pwned\\u0007x"],
    ["a C1 control", "a\u009bb", "a\\u009bb"],
    ["a right-to-left override", "in\u202evoice.exe", "in\\u202evoice.exe"],
    ["a carriage return", "Dana\rEvil", "Dana\\u000dEvil"],
  ])("writes out %s", (_name, given, shown) => {
    expect(terminalSafe(given, false)).toBe(shown);
  });

  it("keeps newlines, tabs and text", () => {
    expect(terminalSafe("Café Zoë\n\tnext 🙂", false)).toBe("Café Zoë\n\tnext 🙂");
  });

  it("keeps colour codes only when colour is on", () => {
    expect(terminalSafe("\u001b[1mbold\u001b[22m", true)).toBe("\u001b[1mbold\u001b[22m");
    expect(terminalSafe("\u001b[1mbold", false)).toBe("\\u001b[1mbold");
  });

  it("writes out other escape sequences when colour is on", () => {
    expect(terminalSafe("\u001b[1mAcme\u001b[2J\u001b[22m", true)).toBe(
      "\u001b[1mAcme\\u001b[2J\u001b[22m",
    );
  });

  it("writes out exactly the C0 and C1 controls but newline and tab, and the bidirectional controls", () => {
    const range = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const expected = [
      ...range(0x00, 0x1f).filter((c) => c !== 0x09 && c !== 0x0a),
      ...range(0x7f, 0x9f),
      ...range(0x202a, 0x202e),
      ...range(0x2066, 0x2069),
    ];
    const writtenOut = range(0, 0x3000).filter((c) => {
      const ch = String.fromCharCode(c);
      return terminalSafe(`a${ch}b`, false) !== `a${ch}b`;
    });
    expect(writtenOut).toEqual(expected);
  });
});
