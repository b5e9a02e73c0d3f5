/**
 * The server's daily digest: while `hearback serve` runs, it looks every minute whether
 * today's digest is due (turned on, the chosen hour passed on the user's clock, not yet
 * dealt with today) and sends it. The store remembers the day it went out, so a restart,
 * or `hearback digest` run by hand the same day, never makes a second one; a server that
 * was down at the hour sends it once when it starts. Team mode sends each account's from
 * its own jobs instead.
 */
import { createContext } from "../ops/context.js";
import type { Store } from "../ops/data-folder.js";

/** How often the server looks. A digest is a daily mail: a minute late is on time. */
const CHECK_EVERY_MS = 60_000;
/** After a failed send (server down, password changed), wait this long before trying again. */
const RETRY_AFTER_MS = 15 * 60_000;

export interface DigestSchedule {
  /** Stops looking, after any send under way has finished. */
  stop(): Promise<void>;
}

export function startDigestSchedule(opts: {
  readonly store: Store;
  readonly clock: () => number;
  readonly fallbackZone: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly everyMs?: number;
  /** Where a failed send is told (the server's terminal). */
  readonly report: (message: string) => void;
}): DigestSchedule {
  let running: Promise<void> = Promise.resolve();
  let quietUntil = 0;
  const check = async () => {
    const now = opts.clock();
    if (now < quietUntil) return;
    try {
      const { sendDigest } = await import("../ops/digest.js");
      const ctx = await createContext({
        store: opts.store,
        now,
        fallbackZone: opts.fallbackZone,
        source: "server",
      });
      const outcome = await sendDigest(ctx, { env: opts.env, scheduled: true });
      if (outcome.status === "sent") {
        opts.report(`sent today's digest (${outcome.count} to do) to ${outcome.to}`);
      }
    } catch (err) {
      quietUntil = now + RETRY_AFTER_MS;
      opts.report(
        `the daily digest was not sent: ${(err as Error).message} (trying again in 15 minutes)`,
      );
    }
  };
  // One look at a time: a slow mail server must not let two sends overlap.
  const look = () => {
    running = running.then(check);
  };
  look();
  const timer = setInterval(look, opts.everyMs ?? CHECK_EVERY_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
