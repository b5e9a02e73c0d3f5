/**
 * A private Debian dovecot (IMAP) on 127.0.0.1 for tests: its own config, state and mail
 * in a temporary folder, one static user, plain login (nothing leaves the machine).
 * Tests that use it run through `describeWith(PROGRAMS.dovecot, ...)` (../system-programs.ts).
 */
import { spawn } from "node:child_process";
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { type AddressInfo, createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ImapFlow } from "imapflow";
import { PROGRAMS } from "../system-programs.js";

/** The uid/gid mail is stored as: nobody/nogroup, as dovecot refuses to run mail as root. */
const MAIL_UID = 65534;

export interface TestImap {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly pass: string;
  readonly dir: string;
  stop(): Promise<void>;
}

/** Puts messages in a folder as a mail program would (IMAP APPEND), received at `date`. */
export async function appendMail(
  imap: TestImap,
  folder: string,
  messages: readonly { readonly raw: Buffer; readonly date: Date }[],
): Promise<void> {
  const client = new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: imap.user, pass: imap.pass },
    logger: false,
  });
  await client.connect();
  try {
    for (const m of messages) await client.append(folder, m.raw, [], m.date);
  } finally {
    await client.logout();
  }
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

async function waitForGreeting(port: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = createConnection({ host: "127.0.0.1", port });
      s.once("data", (d) => {
        s.destroy();
        resolve(d.toString().startsWith("* OK"));
      });
      s.once("error", () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`dovecot did not answer on 127.0.0.1:${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startDovecot(): Promise<TestImap> {
  const dir = await mkdtemp(join(tmpdir(), "hearback-dovecot-"));
  // dovecot's unprivileged processes must be able to reach their files below this folder.
  await chmod(dir, 0o755);
  const home = join(dir, "home");
  await mkdir(home);
  await chown(home, MAIL_UID, MAIL_UID);
  const port = await freePort();
  const user = "ann";
  const pass = "imap-test-password";
  const config = join(dir, "dovecot.conf");
  await writeFile(
    config,
    [
      "protocols = imap",
      "listen = 127.0.0.1",
      `base_dir = ${join(dir, "run")}`,
      `state_dir = ${join(dir, "state")}`,
      `log_path = ${join(dir, "dovecot.log")}`,
      `info_log_path = ${join(dir, "dovecot.log")}`,
      "ssl = no",
      "disable_plaintext_auth = no",
      "auth_mechanisms = plain login",
      "default_login_user = dovenull",
      "default_internal_user = dovecot",
      `mail_location = maildir:${join(home, "Maildir")}`,
      "passdb {",
      "  driver = static",
      `  args = password=${pass}`,
      "}",
      "userdb {",
      "  driver = static",
      `  args = uid=${MAIL_UID} gid=${MAIL_UID} home=${home}`,
      "}",
      "service imap-login {",
      "  inet_listener imap {",
      "    address = 127.0.0.1",
      `    port = ${port}`,
      "  }",
      "  inet_listener imaps {",
      "    port = 0",
      "  }",
      "}",
      "namespace inbox {",
      "  inbox = yes",
      "  mailbox Jobs {",
      "    auto = create",
      "  }",
      "}",
      "",
    ].join("\n"),
  );
  // dovecot forks into the background; its child keeps any pipe open, so give it none.
  const child = spawn(PROGRAMS.dovecot.path, ["-c", config], { stdio: "ignore" });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("exit", resolve);
    child.once("error", reject);
  });
  if (code !== 0) {
    const log = await readFile(join(dir, "dovecot.log"), "utf8").catch(() => "");
    throw new Error(`dovecot -c ${config} exited with ${code}\n${log}`);
  }
  try {
    await waitForGreeting(port, 15_000);
  } catch (err) {
    const log = await readFile(join(dir, "dovecot.log"), "utf8").catch(() => "");
    throw new Error(`${(err as Error).message}\n${log}`);
  }
  return {
    host: "127.0.0.1",
    port,
    user,
    pass,
    dir,
    async stop() {
      const pid = Number(
        (await readFile(join(dir, "run", "master.pid"), "utf8").catch(() => "")).trim(),
      );
      if (pid > 0) {
        try {
          process.kill(pid, "SIGTERM");
        } catch {
          // already gone
        }
        // Wait for the master to exit before removing its files.
        for (let i = 0; i < 50; i++) {
          try {
            process.kill(pid, 0);
          } catch {
            break;
          }
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
