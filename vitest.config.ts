import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globals: true,
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // Rebuilds dist/ first when a source is newer: the CLI tests run the build, not the sources.
    globalSetup: ["test/setup/fresh-build.ts"],
  },
});
