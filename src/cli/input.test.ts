/**
 * Imports read files as UTF-8, strictly (src/core/utf8.ts): a file that is not is refused
 * by the built CLI, naming its lines, and nothing of it is stored.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hearback } from "../../test/cli.js";

const dir = mkdtempSync(join(tmpdir(), "hearback-utf8-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hb = (args: readonly string[]) => hearback([...args, "--data-dir", join(dir, "data")]);

describe("importing a file that is not UTF-8", () => {
  it("refuses Excel's Windows-1252 CSV, naming the line and how to save it, and stores nothing", async () => {
    const file = join(dir, "jobs.csv");
    // "Café René" as Excel on Windows writes it: é is the single byte 0xE9.
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from("company,role\r\nAcme,PM\r\nCaf"),
        Buffer.from([0xe9]),
        Buffer.from(" Ren"),
        Buffer.from([0xe9]),
        Buffer.from(",Lead\r\n"),
      ]),
    );
    const r = await hb(["import", "--from", "csv", file]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${file}:3: not UTF-8 from column 4: "Caf\uFFFD Ren\uFFFD,Lead"`);
    expect(r.stderr).toContain(`save it again as "CSV UTF-8 (Comma delimited)"`);
    const list = await hb(["export"]);
    expect(list.stdout).toBe("");
  });

  it("refuses a timeline with a byte that is not UTF-8, naming its line", async () => {
    const file = join(dir, "t.jsonl");
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('{"type":"application","app":"acme","company":"Acme","role":"PM"}\n'),
        Buffer.from('{"type":"note","app":"acme","at":"2026-11-02T10:00","text":"Dana '),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"}\n'),
      ]),
    );
    const r = await hb(["import", file]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(
      `${file}:2: not UTF-8 from column 66: "...10:00\\",\\"text\\":\\"Dana \uFFFD(\\"}"`,
    );
    expect((await hb(["export"])).stdout).toBe("");
  });
});
