/** `hearback calendar`: planned follow-ups and interviews as an .ics file or a feed URL. */
import type { Command } from "commander";
import { type CommonOptions, withDataDir, withNow } from "../options.js";

interface CalendarOptions extends CommonOptions {
  readonly out?: string;
  readonly now?: string;
  readonly feedUrl?: boolean;
  readonly newToken?: boolean;
  readonly port?: string;
  readonly publish?: string | boolean;
}

export function registerCalendar(program: Command): void {
  const cmd = program
    .command("calendar")
    .description(
      "your follow-ups and interviews as calendar events (.ics), or the URL to subscribe to",
    )
    .option("-o, --out <file>", "write the calendar to this .ics file (default: stdout)")
    .option(
      "--feed-url",
      "print the address calendar apps can subscribe to (while hearback serve runs)",
    )
    .option("--new-token", "with --feed-url: make a new secret address (the old one stops working)")
    .option("--port <port>", "with --feed-url: the port hearback serve listens on", "4100")
    .option(
      "--publish [url]",
      "put the events on a CalDAV server: the calendar's address (default: HEARBACK_CALDAV_URL, or caldav.url in mail.json)",
    );
  withNow(withDataDir(cmd))
    .addHelpText(
      "after",
      `
Each follow-up is an event over its due window with a reminder at its start; interviews
have a reminder an hour before. Importing a later file updates the events instead of adding
copies, and removes follow-ups done or dropped since the last file (they are in it as
cancelled). The feed works for calendar apps on this computer (Apple Calendar, Thunderbird,
khal); for a phone or a web calendar, import the file, or publish to a CalDAV server your
phone and web calendar sync with (user and password from HEARBACK_CALDAV_USER and
HEARBACK_CALDAV_PASS, or caldav in mail.json). Publishing again updates the same events and
deletes the ones done or dropped; it touches only events it put there.

Examples:
  hearback calendar --out ~/hearback.ics
  hearback calendar --feed-url
  hearback calendar --publish https://dav.example.net/ann/hearback/`,
    )
    .action(runCalendar);
}

/** Writes, publishes or gives the address of the calendar, as the options ask. */
async function runCalendar(opts: CalendarOptions): Promise<void> {
  const { withSession, out } = await import("../tracker.js");
  await withSession(opts, async (s) => {
    if (opts.publish !== undefined) {
      const { loadPublishConfig, publishStoredCalendar } = await import("../../ops/calendar.js");
      const config = await loadPublishConfig({
        dataDir: s.ctx.dataDir,
        env: process.env,
        ...(typeof opts.publish === "string" ? { given: opts.publish } : {}),
      });
      const r = await publishStoredCalendar({
        store: s.ctx.store,
        now: s.ctx.now,
        fallbackZone: s.ctx.fallbackZone,
        config,
      });
      const n = (k: number, what: string) => `${k} ${what}${k === 1 ? "" : "s"}`;
      return out([
        `Published to ${r.url}: ${n(r.added, "new event")}, ${n(r.updated, "event")} updated, ${n(r.removed, "done or dropped follow-up")} removed.`,
      ]);
    }
    if (opts.feedUrl || opts.newToken) {
      const { feedToken, rotateFeedToken } = await import("../../ops/calendar.js");
      const token = opts.newToken
        ? await rotateFeedToken(s.ctx.store)
        : await feedToken(s.ctx.store);
      return out([
        `http://127.0.0.1:${opts.port ?? "4100"}/calendar.ics?token=${token}`,
        "",
        "Subscribe to it from your calendar app while `hearback serve` runs on this machine.",
        "Anyone with this address can read your calendar; make a new one with --new-token.",
      ]);
    }
    const { exportStoredCalendar } = await import("../../ops/calendar.js");
    const { ics, events, cancelled } = await exportStoredCalendar({
      store: s.ctx.store,
      now: s.ctx.now,
      fallbackZone: s.ctx.fallbackZone,
    });
    if (opts.out === undefined || opts.out === "-") {
      process.stdout.write(ics);
      return;
    }
    const { writeOut } = await import("../input.js");
    await writeOut(opts.out, ics);
    const done =
      cancelled > 0
        ? ` and ${cancelled} done or dropped follow-up${cancelled === 1 ? "" : "s"} marked cancelled`
        : "";
    out([
      `Wrote ${events} event${events === 1 ? "" : "s"}${done} to ${opts.out}. Import it into your calendar; importing a later file updates the same events and removes the cancelled ones.`,
    ]);
  });
}
