import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HearbackError } from "../core/errors.js";
import { parsePort, type RunningServer, startServer } from "./serve.js";

/** 128 bits as base64url. */
const STRONG = "q8Jd0Vb3xT5mZ1pL7nR2sA";

let dir: string;
let root: string;
const running: RunningServer[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "hearback-serve-"));
  // A package folder of its own, with a built UI of one line.
  root = join(dir, "pkg");
  mkdirSync(join(root, "dist/web"), { recursive: true });
  writeFileSync(join(root, "package.json"), '{"name":"hearback","version":"9.9.9"}');
  writeFileSync(join(root, "dist/web/index.html"), "<!doctype html><title>hearback test</title>");
});
afterEach(async () => {
  for (const s of running.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

async function start(
  opts: { port?: number; token?: string; host?: string } = {},
): Promise<RunningServer> {
  const s = await startServer({
    dir: join(dir, "data"),
    port: opts.port ?? 0,
    host: opts.host ?? "127.0.0.1",
    ...(opts.token !== undefined ? { token: opts.token } : {}),
    fallbackZone: "Europe/London",
    clock: () => Date.parse("2026-11-18T12:00:00Z") /* Wed */,
    root,
  });
  running.push(s);
  return s;
}

describe("startServer", () => {
  it("listens on 127.0.0.1 on a free port and serves the UI and the API", async () => {
    const s = await start();
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/`);
    expect(s.urls).toEqual([s.url]);
    expect(s.token).toBeUndefined();
    const page = await fetch(`http://127.0.0.1:${s.port}/applications/acme-pm`);
    expect(await page.text()).toContain("hearback test");
    const api = await fetch(`http://127.0.0.1:${s.port}/api/openapi.json`);
    expect(((await api.json()) as { info: { version: string } }).info.version).toBe("9.9.9");
  });

  it("says which port is taken and how to choose another", async () => {
    const first = await start();
    const err = await start({ port: first.port }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HearbackError);
    expect((err as HearbackError).message).toMatch(
      new RegExp(`port ${first.port} on 127.0.0.1 is in use.*--port`),
    );
  });

  it("requires the token it is given on every request, and puts it in the address", async () => {
    const s = await start({ token: STRONG });
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/?token=${STRONG}`);
    const base = `http://127.0.0.1:${s.port}`;
    expect((await fetch(`${base}/api/today`)).status).toBe(401);
    const ok = await fetch(`${base}/api/today`, { headers: { authorization: `Bearer ${STRONG}` } });
    expect(ok.status).toBe(200);
  });

  describe("beyond loopback", () => {
    it("generates a token of at least 128 bits when none is given, and requires it", async () => {
      const s = await start({ host: "0.0.0.0" });
      expect(Buffer.from(s.token ?? "", "base64url").length * 8).toBeGreaterThanOrEqual(128);
      expect(s.url).toContain(`?token=${s.token}`);
      const base = `http://127.0.0.1:${s.port}`;
      expect((await fetch(`${base}/api/export`)).status).toBe(401);
      const ok = await fetch(`${base}/api/export`, {
        headers: { authorization: `Bearer ${s.token}` },
      });
      expect(ok.status).toBe(200);
    });

    it.each([
      ["an empty token (an unset variable)", "", /--token: empty/],
      ["a one-letter token", "a", /--token: too short/],
      ["a token of one repeated letter", "a".repeat(40), /--token: too short/],
      ["a 31-digit hex token (124 bits)", "0123456789abcdef0123456789abcde", /--token: too short/],
    ])("refuses %s, and listens on nothing", async (_name, token, message) => {
      const err = await start({ host: "0.0.0.0", token }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HearbackError);
      expect((err as HearbackError).code).toBe("bad-input");
      expect((err as HearbackError).message).toMatch(message);
      expect(running).toEqual([]);
    });

    it("accepts a given token of 128 bits (32 hex digits)", async () => {
      const s = await start({ host: "0.0.0.0", token: "0123456789abcdef0123456789abcdef" });
      expect(s.token).toBe("0123456789abcdef0123456789abcdef");
    });
  });

  it.each([
    ["999.1.1.1", /--host: "999\.1\.1\.1" is not an IP address/],
    ["", /--host: empty/],
    ["evil host", /--host: "evil host" is not an IP address/],
  ])("refuses --host %j with a message", async (host, message) => {
    const err = await start({ host }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HearbackError);
    expect((err as HearbackError).message).toMatch(message);
  });

  it("says when the address is not one of this computer's", async () => {
    const err = await start({ host: "192.0.2.1" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HearbackError);
    expect((err as HearbackError).message).toMatch(
      /192\.0\.2\.1 is not an address of this computer/,
    );
  });

  describe("an idle connection", () => {
    /** A GET on the agent's connection: the answer's Keep-Alive header and the socket's port. */
    function get(port: number, agent: http.Agent) {
      return new Promise<{ keepAlive: unknown; localPort: number; reused: boolean }>(
        (resolve, reject) => {
          const req = http.get({ host: "127.0.0.1", port, path: "/api/today", agent }, (res) => {
            res.resume();
            res.once("end", () =>
              resolve({
                keepAlive: res.headers["keep-alive"],
                localPort: req.socket!.localPort!,
                reused: req.reusedSocket,
              }),
            );
          });
          req.once("error", reject);
        },
      );
    }

    // A reverse proxy sends its next request on a connection it has kept idle up to 60 s
    // (nginx's and AWS's defaults); were the server to close it first, that request would
    // be reset and the proxy would answer 502. Node's own default closes after 5 s (6 s
    // with its margin).
    it("stays open for a request that comes 7 s later, and says it stays 65 s", async () => {
      const s = await start();
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const first = await get(s.port, agent);
        expect(first.keepAlive).toBe("timeout=65");
        await new Promise((resolve) => setTimeout(resolve, 7000));
        const second = await get(s.port, agent);
        expect(second.reused).toBe(true);
        expect(second.localPort).toBe(first.localPort);
      } finally {
        agent.destroy();
      }
    }, 20_000);
  });

  describe("the Host check, over a raw connection", () => {
    /** Sends one raw HTTP/1.1 request and returns the status line's code. */
    function raw(port: number, head: string): Promise<number> {
      return new Promise((resolve, reject) => {
        const socket = connect(port, "127.0.0.1", () => socket.end(`${head}\r\n\r\n`));
        let text = "";
        socket.on("data", (d) => {
          text += d.toString();
        });
        socket.on("error", reject);
        socket.on("close", () => resolve(Number(text.split(" ")[1])));
      });
    }

    it("refuses an absolute-form target whose Host is foreign", async () => {
      const s = await start();
      const code = await raw(
        s.port,
        `GET http://127.0.0.1:${s.port}/api/export HTTP/1.1\r\nHost: evil.example\r\nConnection: close`,
      );
      expect(code).toBe(403);
    });

    it("refuses an absolute-form target naming a foreign host", async () => {
      const s = await start();
      const code = await raw(
        s.port,
        `GET http://evil.example/api/export HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nConnection: close`,
      );
      expect(code).toBe(403);
    });

    it("refuses an empty Host", async () => {
      const s = await start();
      expect(await raw(s.port, "GET /api/export HTTP/1.1\r\nHost:\r\nConnection: close")).toBe(403);
    });

    it.each(["evil.example", "127.0.0.1.evil.example", "localhost.", "[::2]", "0.0.0.0"])(
      "refuses the foreign Host %j",
      async (host) => {
        const s = await start();
        const code = await raw(
          s.port,
          `GET /api/export HTTP/1.1\r\nHost: ${host}:${s.port}\r\nConnection: close`,
        );
        expect(code).toBe(403);
      },
    );

    it("answers its own names", async () => {
      const s = await start();
      for (const host of ["127.0.0.1", "localhost"]) {
        const head = `GET /api/export HTTP/1.1\r\nHost: ${host}:${s.port}\r\nConnection: close`;
        expect(await raw(s.port, head)).toBe(200);
      }
    });
  });
});

describe("parsePort", () => {
  it.each([
    ["4100", 4100],
    ["0", 0],
    ["", undefined],
    [undefined, undefined],
  ])("reads %j as %j", (given, port) => {
    expect(parsePort(given, "--port")).toBe(port);
  });

  it.each(["abc", "70000", "-1", "41.5"])("refuses %j, naming where it came from", (given) => {
    expect(() => parsePort(given, "PORT")).toThrow(/^PORT: not a port number/);
  });
});
