/** `hearback team ...`: team mode's accounts, in the database HEARBACK_DATABASE_URL names. */
import type { Command } from "commander";

/** The shortest password accepted: a guessable one would undo the rate limit's worth. */
const MIN_PASSWORD_LENGTH = 10;

interface AddAccountOptions {
  readonly name?: string;
  readonly role: string;
  readonly organisation: string;
  readonly lead?: boolean;
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
    .option("--lead", "a lead coach: sees the candidates of every coach of the organisation")
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
      const url = databaseUrl(HearbackError);
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
          lead: opts.lead === true,
          passwordHash: await hashPassword(password),
          now: Date.now(),
        });
        out([
          `Added ${account.lead ? "lead " : ""}${account.role} ${account.name} <${account.email}> to ${opts.organisation.trim()}.`,
        ]);
      } finally {
        await database.close();
      }
    });
  registerTeamAgenda(team);
}

interface AgendaOptions {
  readonly coach: string;
  readonly coachedBy?: string;
  readonly stage?: string;
  readonly now?: string;
}

function registerTeamAgenda(team: Command): void {
  team
    .command("agenda")
    .description(
      "a coach's view across the candidates sharing with them: due today, thank-yous overdue, cold replies still chased, offers",
    )
    .requiredOption("--coach <email>", "whose candidates")
    .option(
      "--coached-by <email>",
      "a lead coach's filter: only the candidates sharing with this coach",
    )
    .option("--stage <stage>", "only applications at this stage (e.g. waiting, offer)")
    .option("--now <datetime>", "as of this moment, e.g. 2026-11-03T09:00 (default: the clock)")
    .action(async (opts: AgendaOptions) => {
      const [{ HearbackError }, team, { out, systemZone }, time, { resolveDataDir }, { homedir }] =
        await Promise.all([
          import("../../core/errors.js"),
          import("../../ops/team.js"),
          import("../tracker.js"),
          import("../../time/index.js"),
          import("../../ops/data-folder.js"),
          import("node:os"),
        ]);
      const url = databaseUrl(HearbackError);
      const zone = systemZone();
      const now = opts.now === undefined ? Date.now() : time.parseDateTime(opts.now, zone);
      if (now === null || !time.isSupportedInstant(now)) {
        throw new HearbackError(
          "bad-input",
          time.momentProblem("--now", String(opts.now), "2026-11-03T09:00"),
        );
      }
      const database = await team.PostgresDatabase.connect({ url, poolSize: 2 });
      try {
        const accounts = new team.Accounts(database.db as never);
        const coach = await accounts.forSignIn(opts.coach);
        if (coach?.role !== "coach") {
          throw new HearbackError(
            "not-found",
            `there is no coach ${opts.coach.trim().toLowerCase()}`,
          );
        }
        const coachedBy =
          opts.coachedBy === undefined ? undefined : await accounts.forSignIn(opts.coachedBy);
        if (opts.coachedBy !== undefined && coachedBy?.role !== "coach") {
          throw new HearbackError(
            "not-found",
            `--coached-by: there is no coach ${opts.coachedBy.trim().toLowerCase()}`,
          );
        }
        const overview = await team.coachOverview({
          database,
          accounts,
          coach,
          dataDir: resolveDataDir({ env: process.env, home: homedir() }),
          now,
          fallbackZone: zone,
          stage: opts.stage,
          coachedBy: coachedBy?.id,
        });
        const reader = { zone, now };
        const at = (ms: number) => time.showTime(ms, reader);
        const lines = [
          `${coach.name} <${coach.email}>: ${overview.length} candidate${overview.length === 1 ? "" : "s"} sharing${coachedBy ? ` with ${coachedBy.name}` : ""}${opts.stage ? ` (stage ${opts.stage})` : ""}, ${time.showTime(now, reader)} (times in ${zone})`,
        ];
        for (const c of overview) {
          lines.push("", `${c.candidate.name} <${c.candidate.email}>`);
          if (coach.lead)
            lines.push(`  Shares with: ${c.sharedWith.map((w) => w.name).join(", ")}`);
          lines.push(`  Due today: ${c.dueTodayCount}`);
          for (const a of c.dueToday) {
            lines.push(
              `    ${a.company}: ${a.kind}${a.to ? ` to ${a.to}` : ""}, by ${at(a.dueByMs)}${a.overdue ? " (overdue)" : ""}`,
            );
          }
          lines.push(`  Thank-yous overdue: ${c.thankYousOverdue.length}`);
          for (const a of c.thankYousOverdue)
            lines.push(`    ${a.company}: ${a.to ?? "the interviewers"}, due ${at(a.dueByMs)}`);
          lines.push(`  Cold replies still chased: ${c.coldButChased.length}`);
          for (const r of c.coldButChased) {
            lines.push(
              `    ${r.company}: read as ${r.signal} on ${time.showTime(r.replyAtMs, reader)}, ${r.sentSince} sent since`,
            );
          }
          lines.push(
            `  Offers: ${c.offers.length === 0 ? "none" : c.offers.map((o) => o.company).join(", ")}`,
          );
        }
        out(lines);
      } finally {
        await database.close();
      }
    });
}

/** HEARBACK_DATABASE_URL, which every team command needs. */
function databaseUrl(Err: typeof import("../../core/errors.js").HearbackError): string {
  const url = process.env.HEARBACK_DATABASE_URL;
  if (!url) {
    throw new Err(
      "bad-input",
      "team accounts live in PostgreSQL: set HEARBACK_DATABASE_URL=postgres://user:password@host:5432/database",
    );
  }
  return url;
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
