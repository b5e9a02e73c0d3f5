/**
 * `hearback policy`: show and change the policy numbers and your settings (name, email,
 * time zone, holiday region, working hours).
 */
import type { Command } from "commander";
import { type CommonOptions, withDataDir, withJson } from "../options.js";

const SETTING_KEYS: Readonly<
  Record<string, "name" | "email" | "timezone" | "region" | "weekEnds" | "paper">
> = {
  name: "name",
  email: "email",
  timezone: "timezone",
  zone: "timezone",
  tz: "timezone",
  region: "region",
  "week-ends": "weekEnds",
  paper: "paper",
};

export function registerPolicy(program: Command): void {
  const policy = program
    .command("policy")
    .description("show your settings and the follow-up policy; change them with policy set");
  // Options live on the subcommands only: on the parent, commander would take them from
  // `policy set ... --json` before the subcommand saw them.
  withJson(
    withDataDir(
      policy.command("show", { isDefault: true }).description("show your settings and the policy"),
    ),
  )
    .addHelpText(
      "after",
      `
Examples:
  hearback policy
  hearback policy set timezone America/Denver
  hearback policy set region US-CO
  hearback policy set week-ends friday
  hearback policy set paper a4
  hearback policy set working-hours 08:30-17:30
  hearback policy set digest on          (the daily mail of what is due; see hearback digest)
  hearback policy set digest-hour 7      (7:00 on your clock; the default is 8)
  hearback policy set digest-to me@example.net
  hearback policy set check-in-after-decision-business-days 4
  hearback policy set adapt-default-wait off
  hearback policy reset check-in-after-decision-business-days`,
    )
    .action(async (opts: CommonOptions) => {
      await show(opts, "getSettings", {});
    });

  withJson(
    withDataDir(
      policy
        .command("set")
        .description("change a setting or a policy number")
        .argument(
          "<key>",
          "name, email, timezone, region, week-ends, paper, working-hours, digest, digest-hour, digest-to, or a policy number's name",
        )
        .argument("<value>", "the new value"),
    ),
  ).action(async (key: string, value: string, opts: CommonOptions) => {
    await show(opts, "updateSettings", await patchFor(key, value));
  });

  withJson(
    withDataDir(
      policy
        .command("reset")
        .description("put a setting or a policy number back to its default")
        .argument("<key>", "as for policy set"),
    ),
  ).action(async (key: string, opts: CommonOptions) => {
    await show(opts, "updateSettings", await patchFor(key, null));
  });
}

async function patchFor(key: string, value: string | null): Promise<Record<string, unknown>> {
  const { HearbackError } = await import("../../core/errors.js");
  const { DEFAULT_POLICY } = await import("../../core/policy.js");
  const setting = SETTING_KEYS[key.toLowerCase()];
  if (setting === "weekEnds" || setting === "paper") return choice(setting, key, value);
  if (setting) return { [setting]: value };
  if (/^digest(-hour|-to)?$/i.test(key)) return digestPatch(key.toLowerCase(), value);
  if (/^working-?hours$/i.test(key)) {
    if (value === null) return { workingHours: null };
    const m = /^\s*(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})\s*$/.exec(value);
    if (!m) {
      throw new HearbackError(
        "bad-input",
        `working-hours: write it like 09:00-17:00, not "${value}"`,
      );
    }
    const pad = (t: string) => t.padStart(5, "0");
    return { workingHours: { start: pad(m[1]!), end: pad(m[2]!) } };
  }
  const camel = key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  if (!(camel in DEFAULT_POLICY) || camel === "workingHours") {
    const names = Object.keys(DEFAULT_POLICY)
      .filter((k) => k !== "workingHours")
      .map((k) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
    throw new HearbackError(
      "bad-input",
      `"${key}" is not a setting; use name, email, timezone, region, week-ends, paper, working-hours, digest, digest-hour, digest-to or one of: ${names.join(", ")}`,
    );
  }
  if (value === null) return { policy: { [camel]: null } };
  if (camel === "adaptDefaultWait") return { policy: { [camel]: await onOrOff(key, value) } };
  if (!/^-?\d+$/.test(value.trim())) {
    throw new HearbackError("bad-input", `${key}: must be a whole number, got "${value}"`);
  }
  return { policy: { [camel]: Number(value) } };
}

async function show(
  opts: CommonOptions,
  op: "getSettings" | "updateSettings",
  input: Record<string, unknown>,
): Promise<void> {
  const { withSession, out } = await import("../tracker.js");
  const { printJson, paint } = await import("../io.js");
  const { DEFAULT_POLICY } = await import("../../core/policy.js");
  await withSession(opts, async (s) => {
    const r = await s.run(op, input as never);
    if (opts.json) return printJson(r);
    const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const mark = (changed: boolean) => (changed ? paint.yellow(" (yours)") : "");
    const lines = [
      paint.bold("You"),
      `  name            ${r.settings.name ?? paint.dim("(not set)")}`,
      `  email           ${r.settings.email ?? paint.dim("(not set)")}`,
      `  timezone        ${r.timezone}${r.settings.timezone ? "" : paint.dim(" (this computer's)")}`,
      `  region          ${r.region ?? paint.dim("US (default)")}`,
      `  week-ends       ${r.settings.weekEnds ?? paint.dim("saturday (default)")}`,
      `  paper           ${r.settings.paper ?? paint.dim("from region or zone (Letter in the US, else A4)")}`,
      `  working-hours   ${r.policy.workingHours.start}-${r.policy.workingHours.end}${mark(r.settings.policy?.workingHours !== undefined)}`,
      `  digest          ${r.digest.on ? `on, daily from ${r.digest.hour}:00 to ${r.digest.to ?? r.settings.email ?? "your SMTP From address"}` : paint.dim("off (turn on with: hearback policy set digest on)")}`,
      "",
      paint.bold("Policy"),
    ];
    const width = Math.max(...Object.keys(DEFAULT_POLICY).map((k) => kebab(k).length));
    for (const [k, v] of Object.entries(r.policy)) {
      if (k === "workingHours") continue;
      const yours = (r.settings.policy as Record<string, unknown> | undefined)?.[k] !== undefined;
      const shown = typeof v === "boolean" ? (v ? "on" : "off") : String(v);
      lines.push(`  ${kebab(k).padEnd(width)}  ${shown}${mark(yours)}`);
    }
    out(lines);
  });
}

/** A switch: on or off (yes/no, true/false also understood). */
async function onOrOff(key: string, value: string): Promise<boolean> {
  const { HearbackError } = await import("../../core/errors.js");
  const v = value.trim().toLowerCase();
  if (["on", "yes", "true"].includes(v)) return true;
  if (["off", "no", "false"].includes(v)) return false;
  throw new HearbackError("bad-input", `${key}: write on or off, not "${value}"`);
}

/** A setting with a few allowed words, checked here so that the message names what was typed. */
async function choice(
  setting: "weekEnds" | "paper",
  key: string,
  value: string | null,
): Promise<Record<string, unknown>> {
  if (value === null) return { [setting]: null };
  const { WEEK_DAYS, PAPERS } = await import("../../core/types.js");
  const { HearbackError } = await import("../../core/errors.js");
  const allowed: readonly string[] = setting === "weekEnds" ? WEEK_DAYS : PAPERS;
  const v = value.trim().toLowerCase();
  if (!allowed.includes(v)) {
    throw new HearbackError(
      "bad-input",
      `${key}: write one of ${allowed.join(", ")}, not "${value}"`,
    );
  }
  return { [setting]: v };
}

/**
 * The digest's settings as typed: `digest on|off`, `digest-hour 7` (or 07:00, 7am), `digest-to
 * ADDRESS`; reset puts each back (off, 8, your email). The op checks the address.
 */
async function digestPatch(key: string, value: string | null): Promise<Record<string, unknown>> {
  const { HearbackError } = await import("../../core/errors.js");
  const { DEFAULT_DIGEST_HOUR } = await import("../../ops/digest.js");
  if (key === "digest-to") return { digest: { to: value === null ? null : value.trim() } };
  if (key === "digest-hour") {
    if (value === null) return { digest: { hour: DEFAULT_DIGEST_HOUR } };
    const m = /^(\d{1,2})(?::00)? ?(am|pm)?$/i.exec(value.trim());
    const given = Number(m?.[1]);
    const half = m?.[2]?.toLowerCase();
    if (!m || given > (half ? 12 : 23) || (half && given === 0)) {
      throw new HearbackError(
        "bad-input",
        `digest-hour: write a whole hour on your clock, 0 to 23 (7, 07:00 or 7am), not "${value}"`,
      );
    }
    // 12am is midnight, 12pm noon.
    return { digest: { hour: half ? (given % 12) + (half === "pm" ? 12 : 0) : given } };
  }
  const word = value?.trim().toLowerCase() ?? "off";
  if (word !== "on" && word !== "off") {
    throw new HearbackError("bad-input", `digest: write on or off, not "${value}"`);
  }
  return { digest: { on: word === "on" } };
}
