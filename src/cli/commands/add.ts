/** `hearback add`: a new job application. */
import type { Command } from "commander";
import { collect, type TrackerOptions, withTrackerOptions } from "../options.js";

interface AddOptions extends TrackerOptions {
  readonly id?: string;
  readonly url?: string;
  readonly tz?: string;
  readonly region?: string;
  readonly contact?: readonly string[];
  readonly applied?: string;
}

export function registerAdd(program: Command): void {
  const cmd = program
    .command("add")
    .description("add a job application (asks for what is missing on a terminal)")
    .argument("[company]", "the employer")
    .argument("[role]", "the job title")
    .option("--id <id>", "the application's id (default: made from company and role, e.g. acme-pm)")
    .option("--url <url>", "the job posting")
    .option("--tz <zone>", "the employer's IANA time zone, e.g. America/Denver (default: yours)")
    .option("--region <code>", "their holiday calendar, e.g. US, US-CO, GB (default: yours)")
    .option(
      "--contact <contact>",
      'someone there: "Pat Kim <pat@acme.example>, Recruiter" (repeatable)',
      collect,
    )
    .option("--applied <datetime>", "when you applied: a day (2026-11-10) or a time on your clock");
  withTrackerOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  hearback add Acme "Product Manager" --tz America/Denver --region US
  hearback add Globex "Site Reliability Engineer" --contact "Pat Kim <pat@globex.example>, Recruiter"`,
    )
    .action(async (company: string | undefined, role: string | undefined, opts: AddOptions) => {
      const { askRequired } = await import("../prompts.js");
      const { withSession, parseContact, out } = await import("../tracker.js");
      const { printJson, paint } = await import("../io.js");
      const { typedMoment } = await import("../input.js");
      const c = await askRequired({
        value: company,
        option: "the company (hearback add COMPANY ROLE)",
        message: "Which company?",
        placeholder: "Acme",
      });
      const r = await askRequired({
        value: role,
        option: "the role (hearback add COMPANY ROLE)",
        message: "Which role?",
        placeholder: "Product Manager",
      });
      await withSession(opts, async (s) => {
        const result = await s.run("addApplication", {
          company: c,
          role: r,
          id: opts.id,
          url: opts.url,
          timezone: opts.tz,
          region: opts.region,
          at: typedMoment(opts.applied, "--applied", s.zone, true),
          contacts: opts.contact?.map((x) => parseContact(x, "--contact")),
        });
        if (opts.json) return printJson(result);
        out([
          `Added ${paint.bold(result.app)}: ${result.event.role} at ${result.event.company}.`,
          paint.dim(
            `When you have an interview: hearback interview ${result.app} --at DATE-TIME --with NAME`,
          ),
        ]);
      });
    });
}
