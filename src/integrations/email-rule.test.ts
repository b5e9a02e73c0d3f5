/**
 * One email rule at every way in: the same addresses are taken or refused, with the same
 * words after the field's name, by the command line, the JSON API, a timeline import and a
 * spreadsheet import.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hearback } from "../../test/cli.js";
import { importCsvIntoStore } from "../ops/csv.js";
import { createContext } from "../ops/index.js";
import { createApp } from "../server/app.js";
import { openStore, type Store } from "../store/index.js";

/** Each address, and whether it is one. None holds `<`, `>` or `,`, which the CLI's contact syntax uses. */
const CASES: readonly (readonly [string, boolean])[] = [
  ["dana@acme.example", true],
  ["Dana.Lee+jobs@mail.acme.co.uk", true],
  ["o'brien@acme.example", true],
  ["zoë@exämple.de", true],
  ["dana at acme.example", false],
  ["dana@acme", false],
  ["dana@@acme.example", false],
  ["da..na@acme.example", false],
  ["dana@acme..example", false],
  ["dana@-acme.example", false],
  ["dana@acme.123", false],
  ["dana;sam@acme.example", false],
];
const refusal = (address: string) =>
  `not an email address: ${JSON.stringify(address)} (write it like name@example.com)`;
/** The CLI's error lines, without its name before them. */
const lines = (stderr: string) =>
  stderr.split("\n").map((l) => l.replace(/^hearback: /, "").trim());
const NOW = Date.parse("2026-11-18T15:00:00Z"); /* Wed */

let dir: string;
let store: Store;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hearback-email-rule-"));
  store = await openStore({ dir: join(dir, "in-process") });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What each way in said of each address: null when it took it, else its problem lines. */
describe.each(CASES)("%j", (address, valid) => {
  const i = CASES.findIndex(([a]) => a === address);
  const expectSaid = (said: readonly string[] | null, field: string) => {
    if (valid) expect(said).toBeNull();
    else expect(said).toContainEqual(`${field}: ${refusal(address)}`);
  };

  it("through the command line (--contact)", async () => {
    const r = await hearback([
      "add",
      `Acme ${i}`,
      "Product Manager",
      "--contact",
      `Dana Lee <${address}>`,
      "--data-dir",
      join(dir, "cli"),
    ]);
    expect(r.status, r.stderr).toBe(valid ? 0 : 2);
    expectSaid(valid ? null : lines(r.stderr), "--contact");
  });

  it("through the JSON API (and so the web app)", async () => {
    const app = createApp({
      store,
      clock: () => NOW,
      fallbackZone: "America/Denver",
      demoFile: join(dir, "demo.jsonl"),
    });
    const res = await app.request("http://127.0.0.1:4100/api/applications", {
      method: "POST",
      headers: {
        origin: "http://127.0.0.1:4100",
        "x-hearback": "1",
        "content-type": "application/json",
      },
      body: JSON.stringify({
        company: `Api ${i}`,
        role: "Product Manager",
        contacts: [{ name: "Dana Lee", email: address }],
      }),
    });
    expect(res.status).toBe(valid ? 200 : 400);
    const body = (await res.json()) as { error?: { problems: string[] } };
    expectSaid(body.error?.problems ?? null, "contacts.0.email");
  });

  it("through a timeline import", async () => {
    const file = join(dir, `t${i}.jsonl`);
    const line = {
      type: "application",
      app: `timeline-${i}`,
      company: "Acme",
      role: "Product Manager",
      contacts: [{ name: "Dana Lee", email: address }],
    };
    writeFileSync(file, `${JSON.stringify(line)}\n`);
    const r = await hearback(["import", file, "--data-dir", join(dir, "cli")]);
    expect(r.status, r.stderr).toBe(valid ? 0 : 2);
    expectSaid(valid ? null : lines(r.stderr), `${file}:1: application.contacts[0].email`);
  });

  it("through a spreadsheet import", async () => {
    const ctx = await createContext({ store, now: NOW, fallbackZone: "UTC", source: "test" });
    const said = await importCsvIntoStore({
      ctx,
      text: `company,role,contact,email\nCsv ${i},Product Manager,Dana Lee,"${address}"\n`,
      file: "mine.csv",
      source: "csv",
    }).then(
      () => null,
      (err: { problems?: readonly string[] }) => err.problems ?? [],
    );
    expectSaid(said, "mine.csv:2: email");
  });
});
