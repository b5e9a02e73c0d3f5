/** `hearback serve`: the web app and JSON API on http://127.0.0.1:4100. */
import type { Command } from "commander";
import { withDataDir } from "../options.js";

export function registerServe(program: Command): void {
  const cmd = program
    .command("serve")
    .description("start the web app and JSON API (on 127.0.0.1 unless --host says otherwise)")
    .option(
      "-p, --port <port>",
      "port to listen on (default: $PORT, else 4100; 0 picks a free one)",
    )
    .option(
      "--host <address>",
      "address to listen on; anything but loopback requires the printed access token",
      "127.0.0.1",
    )
    .option(
      "--team",
      "team mode: coaches and candidates sign in, data in PostgreSQL (needs HEARBACK_DATABASE_URL; see docs/team.md)",
    )
    .option(
      "--token <token>",
      "access token to require, of at least 128 bits such as 32 hex digits (default: one is generated when --host is not loopback)",
    );
  withDataDir(cmd).action(
    async (opts: {
      port?: string;
      host: string;
      token?: string;
      dataDir?: string;
      team?: boolean;
    }) => {
      const { homedir } = await import("node:os");
      const { resolveDataDir } = await import("../../ops/data-folder.js");
      const { DEFAULT_PORT, parsePort, startServer } = await import("../../server/serve.js");
      const port =
        parsePort(opts.port, "--port") ?? parsePort(process.env.PORT, "PORT") ?? DEFAULT_PORT;
      const dir = resolveDataDir({ flag: opts.dataDir, env: process.env, home: homedir() });
      const server = await startServer({
        dir,
        databaseUrl: process.env.HEARBACK_DATABASE_URL,
        team: opts.team === true,
        port,
        host: opts.host,
        token: opts.token,
        fallbackZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        clock: () => Date.now(),
      });
      process.stdout.write(`hearback is running at ${server.url}\n`);
      for (const other of server.urls.slice(1)) process.stdout.write(`  and at ${other}\n`);
      process.stdout.write(`Data: ${server.dataFile}\n`);
      if (server.token) {
        process.stdout.write(
          `Access token: ${server.token}\nAnyone with this token (it is in the address above) can read and change your data: share it with no one.\n`,
        );
      }
      process.stdout.write("Press Ctrl+C to stop.\n");
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    },
  );
}
