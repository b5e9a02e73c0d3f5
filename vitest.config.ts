import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "web/**/*.test.ts", "bench/**/*.test.ts"],
    // The CLI tests run the built bundle, exactly as a user runs it.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: process.env.CI ? ["default", "./test/count-reporter.ts"] : ["default"],
    pool: "forks",
    // At least two test files at a time (vitest's default is one fewer than the cores: one
    // on two): most of them wait on child processes, servers and a browser. On a 2-core
    // machine the whole suite took 499 s rather than 812 s, and passed.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
