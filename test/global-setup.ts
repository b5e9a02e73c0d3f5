import { execFileSync } from "node:child_process";

/** Builds the CLI bundle once before the suite, so CLI tests run what users run. */
export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs", "--cli-only"], { stdio: "inherit" });
}
