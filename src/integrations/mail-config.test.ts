import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeServer, loadMailConfig, MAIL_CONFIG_FILE } from "./mail-config.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "hearback-mailcfg-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeConfig(value: unknown, mode: number): Promise<string> {
  const file = join(dir, MAIL_CONFIG_FILE);
  await writeFile(file, JSON.stringify(value));
  await chmod(file, mode);
  return file;
}

describe("loadMailConfig", () => {
  it("has nothing set up when neither the environment nor the file say anything", async () => {
    expect(await loadMailConfig({ dataDir: dir, env: {} })).toEqual({});
  });

  it.each([
    [
      "smtps://ann%40example.net:p%3Ass@smtp.example.net",
      {
        host: "smtp.example.net",
        port: 465,
        tls: "implicit",
        user: "ann@example.net",
        pass: "p:ss",
      },
    ],
    [
      "smtp://ann:pw@smtp.example.net",
      { host: "smtp.example.net", port: 587, tls: "starttls", user: "ann", pass: "pw" },
    ],
    ["smtp://127.0.0.1:2525?tls=none", { host: "127.0.0.1", port: 2525, tls: "none" }],
  ])("reads HEARBACK_SMTP_URL=%s", async (url, expected) => {
    const cfg = await loadMailConfig({ dataDir: dir, env: { HEARBACK_SMTP_URL: url } });
    expect(cfg.smtp).toEqual(expected);
  });

  it("reads the IMAP account and its folders from separate variables", async () => {
    const cfg = await loadMailConfig({
      dataDir: dir,
      env: {
        HEARBACK_IMAP_HOST: "imap.example.net",
        HEARBACK_IMAP_USER: "ann",
        HEARBACK_IMAP_PASS: "pw",
        HEARBACK_IMAP_TLS: "implicit",
        HEARBACK_IMAP_FOLDERS: "INBOX, Jobs",
      },
    });
    expect(cfg.imap).toEqual({
      host: "imap.example.net",
      port: 993,
      tls: "implicit",
      user: "ann",
      pass: "pw",
      folders: ["INBOX", "Jobs"],
    });
  });

  it("reads a file only its owner can read, the environment winning field by field", async () => {
    await writeConfig(
      { smtp: { url: "smtp://ann:from-file@smtp.example.net", from: "Ann <ann@example.net>" } },
      0o600,
    );
    const cfg = await loadMailConfig({ dataDir: dir, env: { HEARBACK_SMTP_PASS: "from-env" } });
    expect(cfg.smtp).toMatchObject({
      host: "smtp.example.net",
      user: "ann",
      pass: "from-env",
      from: "Ann <ann@example.net>",
    });
  });

  it.each([0o644, 0o640, 0o604])(
    "refuses a file with mode %o and says how to fix it",
    async (mode) => {
      const file = await writeConfig({ smtp: { host: "smtp.example.net" } }, mode);
      await expect(loadMailConfig({ dataDir: dir, env: {} })).rejects.toThrow(
        `Fix: chmod 600 ${file}`,
      );
    },
  );

  it("will not send a password unencrypted to another machine", async () => {
    await expect(
      loadMailConfig({
        dataDir: dir,
        env: { HEARBACK_SMTP_URL: "smtp://ann:pw@smtp.example.net?tls=none" },
      }),
    ).rejects.toThrow(/sends a password unencrypted only to 127\.0\.0\.1/);
  });

  it("names the setting that is wrong", async () => {
    await expect(
      loadMailConfig({
        dataDir: dir,
        env: { HEARBACK_SMTP_HOST: "h", HEARBACK_SMTP_PORT: "99999" },
      }),
    ).rejects.toThrow("HEARBACK_SMTP_*: smtp.port is not a port number");
  });
});

describe("describeServer", () => {
  it("shows the account without its password", () => {
    const shown = describeServer({
      host: "smtp.example.net",
      port: 587,
      tls: "starttls",
      user: "ann",
      pass: "hunter2",
    });
    expect(shown).toBe("ann@smtp.example.net:587 (STARTTLS)");
  });
});

describe("a mail.json that is not valid JSON", () => {
  it("says where the mistake is without quoting the password near it", async () => {
    const file = join(dir, MAIL_CONFIG_FILE);
    await writeFile(
      file,
      '{\n  "smtp": { "url": "smtps://ann:hunter2-Secret@mail.example.net" x }\n}\n',
    );
    await chmod(file, 0o600);
    const err = await loadMailConfig({ dataDir: dir, env: {} }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/mail\.json: not valid JSON at line 2, column \d+$/);
    expect((err as Error).message).not.toContain("hunter2");
  });
});
