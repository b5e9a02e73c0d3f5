/**
 * Options shared by the tracker's commands (light: commander only, so that registering a
 * command costs nothing at start-up).
 */
import { type Command, Option } from "commander";

export interface CommonOptions {
  readonly dataDir?: string;
  readonly json?: boolean;
}

/** `--data-dir DIR`: where the data lives (beats $HEARBACK_HOME and the XDG data folder). */
export function withDataDir(cmd: Command): Command {
  return cmd.addOption(
    new Option(
      "--data-dir <dir>",
      "the data folder (default: $HEARBACK_HOME, else $XDG_DATA_HOME/hearback or ~/.local/share/hearback)",
    ),
  );
}

/** `--json`: machine-readable output on stdout. */
export function withJson(cmd: Command): Command {
  return cmd.option("--json", "print the result as JSON");
}

/** Collects a repeatable option into a list (`--with A --with B`). */
export function collect(value: string, previous: readonly string[] = []): string[] {
  return [...previous, value];
}

/** `--now DATETIME`: act and plan as of this moment (for trying things out, and scripts). */
export function withNow(cmd: Command): Command {
  return cmd.option(
    "--now <datetime>",
    "as of this moment, e.g. 2026-11-03T09:00 in your zone (default: the clock)",
  );
}

/** `--data-dir`, `--json` and `--now`: a command that reads or records as of a moment. */
export function withTrackerOptions(cmd: Command): Command {
  return withNow(withJson(withDataDir(cmd)));
}

/** What `withTrackerOptions` gives a command's action. */
export interface TrackerOptions extends CommonOptions {
  readonly now?: string;
}

/** How a command's `<app>` argument is described in its help. */
export const APP_ARGUMENT = "the application's id, or any unique prefix of it";
