/** `hearback contacts`: everyone in your applications, as a list or as vCards. */
import type { Command } from "commander";
import { HearbackError } from "../../core/errors.js";
import { type CommonOptions, withDataDir } from "../options.js";

interface ContactsOptions extends CommonOptions {
  readonly format: string;
  readonly out?: string;
}

export function registerContacts(program: Command): void {
  const cmd = program
    .command("contacts")
    .description("everyone in your applications: a list, or vCards for your address book")
    .option("--format <format>", "text or vcf", "text")
    .option("-o, --out <file>", "write to this file (default: stdout)");
  withDataDir(cmd)
    .addHelpText(
      "after",
      `
Examples:
  hearback contacts
  hearback contacts --format vcf --out hearback-contacts.vcf`,
    )
    .action(async (opts: ContactsOptions) => {
      if (opts.format !== "text" && opts.format !== "vcf") {
        throw new HearbackError("bad-input", `--format: "${opts.format}" is not one of text, vcf`);
      }
      const [{ withSession, out }, { contactCards, contactsVcf }] = await Promise.all([
        import("../tracker.js"),
        import("../../ops/contacts.js"),
      ]);
      await withSession(opts, async (s) => {
        const cards = await contactCards(s.ctx);
        const text =
          opts.format === "vcf"
            ? await contactsVcf(cards)
            : cards.length === 0
              ? "No contacts yet: add them with hearback add --contact or hearback interview --with.\n"
              : `${cards
                  .map((c) =>
                    [
                      `${c.name} (${c.organisations.map((o) => (o.title ? `${o.title}, ${o.company}` : o.company)).join("; ")})`,
                      ...[c.email, c.phone].filter(Boolean).map((v) => `  ${v}`),
                      ...c.roles.map((r) => `  ${r}`),
                    ].join("\n"),
                  )
                  .join("\n\n")}\n`;
        if (opts.out === undefined || opts.out === "-") {
          process.stdout.write(text);
          return;
        }
        const { writeOut } = await import("../input.js");
        await writeOut(opts.out, text);
        out([`Wrote ${cards.length} contact${cards.length === 1 ? "" : "s"} to ${opts.out}.`]);
      });
    });
}
