import { describe, expect, it } from "vitest";
import { HearbackError } from "./errors.js";
import { decodeUtf8 } from "./utf8.js";

/** Text as Excel on Windows saves a "CSV (Comma delimited)": Windows-1252, CRLF. */
const windows1252 = (text: string) =>
  Uint8Array.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x100) return code;
      if (c === "’") return 0x92;
      if (c === "–") return 0x96;
      throw new Error(`no Windows-1252 byte for ${c}`);
    }),
  );

const problemsOf = (bytes: Uint8Array, name: string) => {
  try {
    decodeUtf8(bytes, name);
  } catch (err) {
    expect(err).toBeInstanceOf(HearbackError);
    expect((err as HearbackError).code).toBe("bad-input");
    expect((err as HearbackError).message).toBe(`${name} is not UTF-8 text`);
    return (err as HearbackError).problems;
  }
  throw new Error("decoded");
};

describe("decodeUtf8", () => {
  it("reads UTF-8, without its byte-order mark", () => {
    const bytes = new TextEncoder().encode("\uFEFFcompany,role\nZoë Ltd,Łódź Lead\n");
    expect(decodeUtf8(bytes, "jobs.csv")).toBe("company,role\nZoë Ltd,Łódź Lead\n");
  });

  it("names each line of an Excel Windows-1252 file, and says how to save it as UTF-8", () => {
    const bytes = windows1252(
      "company,role\r\nCafé René,Lead\r\nAcme,PM\r\nMüller’s – GmbH,Analyst\r\n",
    );
    expect(problemsOf(bytes, "data/jobs.csv")).toEqual([
      'data/jobs.csv:2: not UTF-8 from column 4: "Caf\uFFFD Ren\uFFFD,Lead"',
      'data/jobs.csv:4: not UTF-8 from column 2: "M\uFFFDller\uFFFDs \uFFFD GmbH,Analyst"',
      'data/jobs.csv looks like it was saved as Windows-1252 or Latin-1 (Excel\'s "CSV (Comma delimited)" does this): save it again as "CSV UTF-8 (Comma delimited)", or convert it, e.g. iconv -f windows-1252 -t utf-8 data/jobs.csv > utf8-jobs.csv',
    ]);
  });

  it("names five lines, then counts the rest", () => {
    const bytes = windows1252(`${"Café,x\n".repeat(8)}`);
    const problems = problemsOf(bytes, "t.jsonl");
    expect(problems.slice(0, 5).map((p) => p.split(":").slice(0, 2).join(":"))).toEqual([
      "t.jsonl:1",
      "t.jsonl:2",
      "t.jsonl:3",
      "t.jsonl:4",
      "t.jsonl:5",
    ]);
    expect(problems[5]).toBe("and 3 more lines");
  });

  it("shows where in a long line, not the whole line", () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode(`{"type":"note","text":"${"a".repeat(500)}`),
      0xff,
      ...new TextEncoder().encode(`${"b".repeat(500)}"}`),
    ]);
    expect(problemsOf(bytes, "t.jsonl")).toEqual([
      `t.jsonl:1: not UTF-8 from column 524: "...${"a".repeat(20)}\uFFFD${"b".repeat(39)}..."`,
      't.jsonl looks like it was saved as Windows-1252 or Latin-1 (Excel\'s "CSV (Comma delimited)" does this): save it again as "CSV UTF-8 (Comma delimited)", or convert it, e.g. iconv -f windows-1252 -t utf-8 t.jsonl > utf8-t.jsonl',
    ]);
  });

  it("says UTF-8 cut short is not UTF-8, without blaming Excel", () => {
    const good = new TextEncoder().encode("Zoë,ok\n");
    const bytes = Uint8Array.from([...good, 0x5a, 0x6f, 0xc3]);
    expect(problemsOf(bytes, "jobs.csv")).toEqual([
      'jobs.csv:2: not UTF-8 from column 3: "Zo\uFFFD"',
      "save jobs.csv as UTF-8 (in most editors: Save As, Encoding: UTF-8) and import it again",
    ]);
  });

  it("recognises UTF-16, as Excel's Unicode Text writes it", () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]);
    expect(problemsOf(bytes, "jobs.txt")).toEqual([
      `jobs.txt is UTF-16 text (Excel's "Unicode Text" writes it): save it as "CSV UTF-8 (Comma delimited)", or as UTF-8 in your editor, and import it again`,
    ]);
  });
});
