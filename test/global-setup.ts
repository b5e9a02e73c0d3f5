import { execFileSync } from "node:child_process";
import { missingPrograms } from "./system-programs.js";
import { buildWebIfStale } from "./web-build.js";

/**
 * Builds the CLI bundle once before the suite, and the web app's production build when it
 * is missing or stale, so that CLI and browser tests run what users run; and says up front
 * which system programs are missing (their tests are skipped, or fail on CI).
 */
export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs", "--cli-only"], { stdio: "inherit" });
  buildWebIfStale();
  const missing = missingPrograms();
  if (missing.length === 0) return;
  const names = missing.map((p) => p.name).join(", ");
  const consequence =
    process.env.CI === "true" ? "their tests FAIL on CI" : "their tests are SKIPPED";
  process.stderr.write(
    `\n*** Not installed: ${names}; ${consequence}. Install with: apt-get install ${missing.map((p) => p.aptPackage).join(" ")} ***\n\n`,
  );
}
