/** `hearback team ...`: team mode's accounts, in the database HEARBACK_DATABASE_URL names. */
import type { Command } from "commander";

/** The shortest password accepted: a guessable one would undo the rate limit's worth. */
export const MIN_PASSWORD_LENGTH = 10;

interface AddAccountOptions {
  readonly name?: string;
  readonly role: string;
  readonly organisation: string;
}

export function registerTeam(program: Command): void {
  const team = program
    .command("team")
    .description("team mode (coaches and candidates on PostgreSQL): accounts; see docs/team.md");
  team
    .command("add-account")
    .description(
      "add a candidate's or a coach's account; the password is read from stdin (or asked for on a terminal)",
    )
    .argument("<email>", "their email, which they sign in with")
    .option("--name <name>", "their name as coaches and candidates see it (default: the email)")
    .requiredOption("--role <role>", "candidate or coach")
    .requiredOption("--organisation <name>", "their organisation (made on first use)")
    .addHelpText(
      "after",
      `
Needs HEARBACK_DATABASE_URL (the same database \`hearback serve --team\` uses).

Example:
  printf '%s\\n' "$PASSWORD" | hearback team add-account dana@example.com --name "Dana Lee" --role coach --organisation "Career Centre"`,
    )
    .action(async (email: string, opts: AddAccountOptions) => {
      const [{ HearbackError }, { ROLES }, { out }] = await Promise.all([
        import("../../core/errors.js"),
        import("../../ops/team.js"),
        import("../tracker.js"),
      ]);
      const role = opts.role as (typeof ROLES)[number];
      if (!ROLES.includes(role)) {
        throw new HearbackError(
          "bad-input",
          `--role: "${opts.role}" is not one of ${ROLES.join(", ")}`,
        );
      }
      if (!/^[^@\s]+@[^@\s]+$/.test(email.trim())) {
        throw new HearbackError("bad-input", `<email>: "${email}" is not an email address`);
      }
      const url = process.env.HEARBACK_DATABASE_URL;
      if (!url) {
        throw new HearbackError(
          "bad-input",
          "team accounts live in PostgreSQL: set HEARBACK_DATABASE_URL=postgres://user:password@host:5432/database",
        );
      }
      const password = await readPassword();
      if (password.length < MIN_PASSWORD_LENGTH) {
        throw new HearbackError(
          "bad-input",
          `the password is too short: at least ${MIN_PASSWORD_LENGTH} characters`,
        );
      }
      const { PostgresDatabase, Accounts, hashPassword } = await import("../../ops/team.js");
      const database = await PostgresDatabase.connect({ url, poolSize: 1 });
      try {
        const accounts = new Accounts(database.db as never);
        const organisation = await accounts.organisation(opts.organisation.trim());
        const account = await accounts.create({
          organisation,
          email,
          name: (opts.name ?? email).trim(),
          role,
          passwordHash: await hashPassword(password),
          now: Date.now(),
        });
        out([
          `Added ${account.role} ${account.name} <${account.email}> to ${opts.organisation.trim()}.`,
        ]);
      } finally {
        await database.close();
      }
    });
}

/** The password: typed at a hidden prompt on a terminal, else stdin's first line. */
async function readPassword(): Promise<string> {
  const { interactive } = await import("../prompts.js");
  if (interactive()) {
    const p = await import("@clack/prompts");
    const answer = await p.password({ message: "Password", output: process.stderr });
    if (p.isCancel(answer)) {
      const { HearbackError } = await import("../../core/errors.js");
      throw new HearbackError("bad-input", "cancelled; no account was added");
    }
    return answer;
  }
  const { readTextOrFail } = await import("../input.js");
  return (await readTextOrFail("-")).split(/\r?\n/, 1)[0] ?? "";
}
