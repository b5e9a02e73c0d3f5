/**
 * `hearback send APP --kind K [--to NAME] [--yes]`: sends a drafted email through the
 * user's own SMTP server, after showing it and asking, then logs it as `sent`. Nothing is
 * logged when sending fails; nothing is sent without a yes.
 */
import type { Command } from "commander";
import { HearbackError } from "../../core/errors.js";
import type { ActionKind } from "../../core/types.js";
import { SENDABLE } from "../../ops/send.js";
import { APP_ARGUMENT, type CommonOptions, withDataDir, withNow } from "../options.js";

interface SendOptions extends CommonOptions {
  readonly kind: string;
  readonly to?: string;
  readonly yes?: boolean;
  readonly now?: string;
}

const KINDS = Object.keys(SENDABLE);

export function registerSend(program: Command): void {
  const cmd = program
    .command("send")
    .description("send a drafted email through your own mail server, after you confirm it")
    .argument("<app>", APP_ARGUMENT)
    .requiredOption("--kind <kind>", `which message: ${KINDS.join(", ")}`)
    .option("--to <name>", "the person it is for (default: the one the plan names)")
    .option("-y, --yes", "send without asking (for scripts: you have read the draft)");
  withNow(withDataDir(cmd))
    .addHelpText(
      "after",
      `
Mail goes out through your SMTP server, set in the environment or in mail.json in the
data folder (readable by you only): see "Mail settings" in docs/integrations.md.
  HEARBACK_SMTP_URL=smtps://you%40example.net:PASSWORD@smtp.example.net

Examples:
  hearback send acme --kind thank-you --to "Dana Lee"
  hearback send acme --kind check-in --yes`,
    )
    .action(async (given: string, opts: SendOptions) => {
      await runSend(given, opts);
    });
}

async function runSend(given: string, opts: SendOptions): Promise<void> {
  const kind = opts.kind as ActionKind;
  if (!SENDABLE[kind]) {
    throw new HearbackError(
      "bad-input",
      `--kind: "${opts.kind}" is not a message hearback sends; use one of ${KINDS.join(", ")}`,
    );
  }
  const [{ withSession, out }, { paint }, { prepareSend, sendAndLog }] = await Promise.all([
    import("../tracker.js"),
    import("../io.js"),
    import("../../ops/send.js"),
  ]);
  await withSession(opts, async (s) => {
    const message = await prepareSend(s.ctx, { app: given, kind, to: opts.to, env: process.env });
    const rule = "─".repeat(60);
    process.stderr.write(
      [
        rule,
        `From:    ${message.from}`,
        `To:      ${message.to}`,
        `Subject: ${message.subject}`,
        "",
        message.text,
        rule,
        paint.dim(`via ${message.via}`),
        "",
      ].join("\n"),
    );
    if (!opts.yes) {
      const { interactive, confirmByTyping } = await import("../prompts.js");
      if (!interactive()) {
        throw new HearbackError(
          "bad-input",
          "not sent: hearback asks before sending, and there is no terminal to ask on; add --yes to send it",
        );
      }
      const yes = await confirmByTyping({
        message: `Send this ${kind} to ${message.to}?`,
        word: "send",
      });
      if (!yes) {
        out(["Not sent; nothing was logged."]);
        return;
      }
    }
    await sendAndLog(s.ctx, message);
    out([`Sent to ${message.to} and logged as a ${message.sent}.`]);
  });
}
