import { configDefaults, defineConfig } from "vitest/config";

/**
 * Exhaustive robustness checks that take most of the run and rarely fail from an everyday edit:
 * the ReDoS check of every regular expression (recheck) and the property-based fuzzing. They run
 * in their own project, so that `npm run test:fast` (the "unit" project) leaves them out while
 * working; `npm test` and CI run both.
 */
const SLOW = ["test/robustness/redos.test.ts", "test/robustness/fuzz.test.ts"];

// Given to each project: a project's inline config inherits nothing from the root's `test`
// without `extends: true`, and that would run the global setup once more per project.
const shared = { globals: true, testTimeout: 30_000 };

export default defineConfig({
  test: {
    // Rebuilds dist/ first when a source is newer: the CLI tests run the build, not the sources.
    globalSetup: ["test/setup/fresh-build.ts"],
    projects: [
      { test: { ...shared, name: "unit", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...SLOW] } },
      { test: { ...shared, name: "slow", include: SLOW } },
    ],
  },
});
