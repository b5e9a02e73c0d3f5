/**
 * `hearback digest [--dry-run]`: mails today's digest of what is due (today and overdue) to
 * your own address through your own SMTP server, once: for cron or a scheduled task. It
 * sends whether or not the server's daily digest is on, and never twice on one day (a
 * digest the server sent counts).
 */
import type { Command } from "commander";
import { type CommonOptions, withDataDir, withJson, withNow } from "../options.js";

interface DigestOptions extends CommonOptions {
  readonly dryRun?: boolean;
  readonly now?: string;
}

export function registerDigest(program: Command): void {
  const cmd = program
    .command("digest")
    .description("mail yourself today's digest of what is due (for cron or a scheduled task)")
    .option("--dry-run", "print it instead of sending it");
  withJson(withNow(withDataDir(cmd)))
    .addHelpText(
      "after",
      `
It goes to your email setting (or: hearback policy set digest-to ADDRESS) through your
SMTP server (HEARBACK_SMTP_URL or mail.json: see "Mail settings" in docs/integrations.md).
When nothing is due or overdue, nothing is sent. One digest a day at most: a second run,
or the server's own daily digest (hearback policy set digest on), sends nothing more.

Examples:
  hearback digest --dry-run
  hearback digest
  # every weekday at 7:30 (crontab -e):
  30 7 * * 1-5  hearback digest`,
    )
    .action(async (opts: DigestOptions) => {
      await runDigest(opts);
    });
}

async function runDigest(opts: DigestOptions): Promise<void> {
  const [{ withSession, out }, { printJson }, { buildDigest, sendDigest }, { showTime }] =
    await Promise.all([
      import("../tracker.js"),
      import("../io.js"),
      import("../../ops/digest.js"),
      import("../../time/index.js"),
    ]);
  await withSession(opts, async (s) => {
    if (opts.dryRun) {
      const digest = await buildDigest(s.ctx);
      if (opts.json) return printJson(digest);
      const due = digest.overdue.length + digest.today.length > 0;
      return out(
        due
          ? [`Subject: ${digest.subject}`, "", digest.text.trimEnd()]
          : [`${digest.text} Nothing would be sent.`],
      );
    }
    const outcome = await sendDigest(s.ctx, { env: process.env, scheduled: false });
    if (opts.json) return printJson(outcome);
    switch (outcome.status) {
      case "sent":
        return out([`Sent today's digest (${outcome.count} to do) to ${outcome.to}.`]);
      case "nothing-due":
        return out(["Nothing is due today and nothing is overdue: no digest sent."]);
      case "already": {
        const { record } = outcome;
        const by = record.source === "cli" ? "by hearback digest" : `by the ${record.source}`;
        return out([
          `Today's digest was already sent (${showTime(record.at, s.reader)}, ${by}); nothing sent.`,
        ]);
      }
      default:
        return undefined;
    }
  });
}
