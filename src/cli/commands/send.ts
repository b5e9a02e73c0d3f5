/**
 * `hearback send APP --kind K [--to NAME] [--yes]`: sends a drafted email through the
 * user's own SMTP server, after showing it and asking, then logs it as `sent`. Nothing is
 * logged when sending fails; nothing is sent without a yes.
 */
import type { Command } from "commander";
import { HearbackError } from "../../core/errors.js";
import type { Action, ActionKind, RuleId, SentKind } from "../../core/types.js";
import { resolveNames } from "../../ops/people.js";
import { type CommonOptions, withDataDir, withNow } from "../options.js";

interface SendOptions extends CommonOptions {
  readonly kind: string;
  readonly to?: string;
  readonly yes?: boolean;
  readonly now?: string;
}

/** The drafts that are emails to someone, with the `sent.kind` each is logged as. */
const SENDABLE: Readonly<Partial<Record<ActionKind, { sent: SentKind; rule: RuleId }>>> = {
  "thank-you": { sent: "thank-you", rule: "thank-you-24h" },
  "check-in": { sent: "check-in", rule: "check-in-default-wait" },
  "value-add": { sent: "value-add", rule: "value-add-still-open" },
  "final-thanks": { sent: "final-thanks", rule: "final-thanks-after-rejection" },
  "keep-in-touch": { sent: "keep-in-touch", rule: "keep-in-touch" },
  reply: { sent: "other", rule: "answer-their-question" },
};
const KINDS = Object.keys(SENDABLE);

export function registerSend(program: Command): void {
  const cmd = program
    .command("send")
    .description("send a drafted email through your own mail server, after you confirm it")
    .argument("<app>", "the application's id, or any unique prefix of it")
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

/**
 * Answering their message: In-Reply-To their Message-ID, References the thread before it
 * and then it (RFC 5322 3.6.4), and their subject with "Re: " when they gave one.
 */
function threadOf(reply: Record<string, unknown>): {
  inReplyTo: string;
  references: string[];
  subject?: string;
} {
  const id = String(reply.messageId);
  const before = Array.isArray(reply.references) ? reply.references.map(String) : [];
  const theirs = typeof reply.subject === "string" ? reply.subject.trim() : "";
  return {
    inReplyTo: id,
    references: [...before.filter((r) => r !== id), id],
    ...(theirs === "" ? {} : { subject: /^re:/i.test(theirs) ? theirs : `Re: ${theirs}` }),
  };
}

async function runSend(given: string, opts: SendOptions): Promise<void> {
  const kind = opts.kind as ActionKind;
  const how = SENDABLE[kind];
  if (!how) {
    throw new HearbackError(
      "bad-input",
      `--kind: "${opts.kind}" is not a message hearback sends; use one of ${KINDS.join(", ")}`,
    );
  }
  const [{ withSession, out }, { paint }] = await Promise.all([
    import("../tracker.js"),
    import("../io.js"),
  ]);
  await withSession(opts, async (s) => {
    const { app } = await s.run("resolveApp", { app: given });
    const dataDir = s.ctx.dataDir;
    const [
      { loadMailConfig, describeServer },
      { loadTemplates },
      { fold, needsGauge },
      { plan },
      { draft: makeDraft },
    ] = await Promise.all([
      import("../../integrations/mail-config.js"),
      import("../../store/templates.js"),
      import("../../core/fold.js"),
      import("../../core/plan.js"),
      import("../../drafts/index.js"),
    ]);
    // Settings first: a missing server is found before anything is drafted.
    const { smtp } = await loadMailConfig({ dataDir, env: process.env });
    if (!smtp) {
      throw new HearbackError(
        "bad-input",
        `sending is not set up: set HEARBACK_SMTP_URL (e.g. smtps://you%40example.net:PASSWORD@smtp.example.net) or write ${dataDir}/mail.json (mode 600); see "Mail settings" in docs/integrations.md. Or send it yourself: hearback draft ${app} --kind ${kind} --format eml`,
      );
    }
    const events = await s.ctx.store.timeline({ app });
    const readReply = events.some(needsGauge)
      ? (await import("../../gauge/index.js")).readReply
      : undefined;
    const [state] = fold(events, {
      defaultZone: s.zone,
      ...(s.ctx.settings.region ? { defaultRegion: s.ctx.settings.region } : {}),
      ...(readReply ? { readReply } : {}),
    });
    if (!state) throw new Error(`send: no state for ${app}`);
    const planned = plan({ states: [state], now: s.ctx.now, settings: s.ctx.settings });
    const person =
      opts.to === undefined
        ? undefined
        : resolveNames({
            given: [opts.to],
            known: state.contacts.map((c) => c.name),
            field: "to",
            company: state.company,
            source: "cli",
            newContact: true,
          })[0];
    const action: Action = planned.find(
      (a) => a.kind === kind && (person === undefined || a.to === person),
    ) ?? {
      // Not planned now (already sent, or not due yet): the user asked for it by name.
      app,
      company: state.company,
      kind,
      ...(person ? { to: person } : {}),
      ...(kind === "value-add" ? { variant: "article" as const } : {}),
      channels: ["email"],
      dueFrom: new Date(s.ctx.now).toISOString(),
      dueBy: new Date(s.ctx.now).toISOString(),
      overdue: false,
      rule: how.rule,
      reason: `You asked to send a ${kind}.`,
    };
    const { templates } = await loadTemplates(dataDir);
    const settings = { ...s.ctx.settings, timezone: s.zone };
    const d = makeDraft({ action, state, settings, now: s.ctx.now, templates });
    if (!d.sendable || d.subject === null) {
      throw new HearbackError(
        "bad-input",
        `the ${kind} for ${app} is not an email (${d.channel}); see it with: hearback draft ${app} --kind ${kind}`,
      );
    }
    if (d.placeholders.length > 0) {
      throw new HearbackError(
        "bad-input",
        `the ${kind} draft still has blanks to fill: ${d.placeholders.join(", ")}. Record the missing facts, or send it from your mail program: hearback draft ${app} --kind ${kind} --format eml`,
      );
    }
    const email = d.to?.email;
    if (!d.to || !email) {
      throw new HearbackError(
        "bad-input",
        `no email address is known for ${d.to?.name ?? "the recipient"} at ${state.company}; add it to their contact, or give another person with --to`,
      );
    }
    const fromAddress =
      smtp.from ?? s.ctx.settings.email ?? (smtp.user?.includes("@") ? smtp.user : undefined);
    if (!fromAddress) {
      throw new HearbackError(
        "bad-input",
        "no From address: set your email with: hearback policy set email you@example.net (or set HEARBACK_SMTP_FROM)",
      );
    }
    const from =
      s.ctx.settings.name && !fromAddress.includes("<")
        ? `${s.ctx.settings.name} <${fromAddress}>`
        : fromAddress;
    const to = `${d.to.name} <${email}>`;
    // Answer in the thread of their last message, so their mail program shows it together.
    const lastFromThem = [...events]
      .reverse()
      .find(
        (e) =>
          e.type === "reply" &&
          typeof e.messageId === "string" &&
          typeof e.fromAddress === "string" &&
          e.fromAddress === email.toLowerCase(),
      );
    const thread = lastFromThem ? threadOf(lastFromThem) : undefined;
    const subject = thread?.subject ?? d.subject;

    const rule = "─".repeat(60);
    process.stderr.write(
      [
        rule,
        `From:    ${from}`,
        `To:      ${to}`,
        `Subject: ${subject}`,
        "",
        d.body,
        rule,
        paint.dim(`via ${describeServer(smtp)}`),
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
      const yes = await confirmByTyping({ message: `Send this ${kind} to ${to}?`, word: "send" });
      if (!yes) {
        out(["Not sent; nothing was logged."]);
        return;
      }
    }
    const { sendMail, MaybeSent } = await import("../../integrations/smtp.js");
    const log = (messageId: string, extra: { delivery?: "unknown" } = {}) =>
      s.run("logSent", {
        app,
        kind: how.sent,
        to: (d.to as { name: string }).name,
        channel: "email",
        ...(d.variant ? { variant: d.variant } : {}),
        subject,
        text: d.body,
        messageId,
        ...extra,
      });
    let sent: { messageId: string };
    try {
      sent = await sendMail({
        config: smtp,
        message: {
          from,
          to,
          subject,
          text: d.body,
          ...(thread ? { inReplyTo: thread.inReplyTo, references: thread.references } : {}),
        },
      });
    } catch (err) {
      if (!(err instanceof MaybeSent)) throw err;
      // Logged, so that the plan does not ask for it again; the user checks whether it arrived.
      await log(err.messageId, { delivery: "unknown" });
      throw new HearbackError(
        "failed",
        `${err.message} It is logged as a ${how.sent} that may have been sent (${err.messageId}). If ${d.to.name} did not get it, undo that with: hearback undo, and send it again.`,
      );
    }
    try {
      await log(sent.messageId);
    } catch (err) {
      throw new HearbackError(
        "failed",
        `the message was sent (${sent.messageId}) but logging it failed: ${(err as Error).message}. Log it with: hearback sent ${app} --kind ${how.sent} --to "${d.to.name}"`,
      );
    }
    out([`Sent to ${to} and logged as a ${how.sent}.`]);
  });
}
