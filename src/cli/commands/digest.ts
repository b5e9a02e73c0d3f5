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
  const [
    { withSession, out },
    { printJson },
    { buildDigest, digestOutcomeText, digestPreview, sendDigest },
  ] = await Promise.all([
    import("../tracker.js"),
    import("../io.js"),
    import("../../ops/digest.js"),
  ]);
  await withSession(opts, async (s) => {
    if (opts.dryRun) {
      const digest = await buildDigest(s.ctx);
      if (opts.json) return printJson(digest);
      return out([digestPreview(digest)]);
    }
    const outcome = await sendDigest(s.ctx, { env: process.env, scheduled: false });
    if (opts.json) return printJson(outcome);
    return out([digestOutcomeText(outcome, s.reader)]);
  });
}
