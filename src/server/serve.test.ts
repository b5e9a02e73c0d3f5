import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HearbackError } from "../core/errors.js";
import { parsePort, type RunningServer, startServer } from "./serve.js";

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

async function start(opts: { port?: number; token?: string } = {}): Promise<RunningServer> {
  const s = await startServer({
    dir: join(dir, "data"),
    port: opts.port ?? 0,
    host: "127.0.0.1",
    ...(opts.token ? { token: opts.token } : {}),
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
    const s = await start({ token: "tok-123" });
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/?token=tok-123`);
    const base = `http://127.0.0.1:${s.port}`;
    expect((await fetch(`${base}/api/today`)).status).toBe(401);
    const ok = await fetch(`${base}/api/today`, { headers: { authorization: "Bearer tok-123" } });
    expect(ok.status).toBe(200);
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
