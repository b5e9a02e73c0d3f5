import type { SerializedError } from "vitest";
import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints the plain closing line that CI reads: `N passed, N failed`
 * (vitest's own summary is not recognised there). An error thrown outside any test fails
 * the run as vitest sees it, so it counts as a failure here too: the line never says
 * "0 failed" of a run that failed.
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      // A file that failed to load has no tests but must still count as a failure.
      if (mod.state() === "failed" && [...mod.children.allTests()].length === 0) failed++;
    }
    failed += unhandledErrors.length;
    if (unhandledErrors.length > 0) {
      process.stdout.write(
        `\n${unhandledErrors.length} error(s) outside any test, counted as failed`,
      );
    }
    // Skipped tests, if any, on a line of their own: the last line is exactly the summary.
    if (skipped > 0) process.stdout.write(`\n${skipped} skipped`);
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}
