import { describe, expect, it } from "vitest";
import { jsonErrorPlace, redactSecrets } from "./redact.js";

const secrets = { user: "ann@example.net", pass: "hunter2-Secret" };
const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("redactSecrets", () => {
  it.each([
    ["the password itself", "535 bad password hunter2-Secret"],
    [
      "SASL PLAIN as a server echoes it",
      `500 unknown command AUTH PLAIN ${b64("\0ann@example.net\0hunter2-Secret")}`,
    ],
    [
      "SASL PLAIN with an authorization id",
      `echo: ${b64("ann@example.net\0ann@example.net\0hunter2-Secret")}`,
    ],
    ["the password in base64 (AUTH LOGIN)", `334 ${b64("hunter2-Secret")}`],
    ["an IMAP AUTHENTICATE line", "A1 AUTHENTICATE PLAIN dGVzdAB0ZXN0AHRlc3Q="],
  ])("hides %s", (_name, text) => {
    const shown = redactSecrets(text, secrets);
    expect(shown).toContain("****");
    expect(shown).not.toContain("hunter2");
    expect(shown).not.toMatch(/AUTH(?:ENTICATE)? PLAIN [A-Za-z0-9+/=]{8,}/);
    for (const form of [b64("\0ann@example.net\0hunter2-Secret"), b64("hunter2-Secret")]) {
      expect(shown).not.toContain(form);
    }
  });

  it("keeps words that merely contain the password", () => {
    expect(redactSecrets("pass", { pass: "pa" })).toBe("pass");
  });
});

describe("jsonErrorPlace", () => {
  it("names the line and column, never the text around the mistake", () => {
    const text = '{\n  "smtp": { "pass": "hunter2-Secret" x }\n}';
    let err: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      err = e;
    }
    const place = jsonErrorPlace(text, err);
    expect(place).toMatch(/^not valid JSON at line 2, column \d+$/);
    expect(place).not.toContain("hunter2");
  });
});
