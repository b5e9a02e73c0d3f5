// ESLint runs one job here (biome does the rest): regular expressions that read user or
// employer text must not backtrack super-linearly, since a reply, a timeline line or a
// request body could then freeze hearback. eslint-plugin-regexp analyses each pattern.
import tsParser from "@typescript-eslint/parser";
import regexp from "eslint-plugin-regexp";

export default [
  { ignores: ["dist/**", "node_modules/**", "**/*.test.ts", "bench/**", "test/**", "data/**"] },
  {
    files: ["src/**/*.ts", "src/**/*.tsx", "web/**/*.ts", "web/**/*.tsx", "scripts/**/*.mjs"],
    languageOptions: { parser: tsParser },
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
      "regexp/no-super-linear-move": ["error", { report: "potential", ignorePartial: false }],
    },
  },
  {
    // The gauge reads replies with whitespace collapsed and at most 20,000 characters, and
    // its own property test bounds its time; its 1 remaining finding (the Outlook header
    // test in clean.ts, over three short lines) is a warning, and `npm run lint` allows no
    // more (--max-warnings 1): a new one fails. To do: rewrite it and remove this block and
    // the --max-warnings.
    files: ["src/gauge/**/*.ts"],
    rules: {
      "regexp/no-super-linear-backtracking": ["warn", { report: "potential" }],
      "regexp/no-super-linear-move": ["warn", { report: "potential", ignorePartial: false }],
    },
  },
];
