import { defineConfig } from "vitest/config";

// The browser tests share one API and one `next start` (global setup) and run one file at a time:
// two cores run the build, the API's models and Chromium.
export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts", "lib/**/*.test.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
