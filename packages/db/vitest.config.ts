import { defineConfig } from "vitest/config";

// Opening PGlite compiles its wasm Postgres (1-3 s alone, more while turbo runs other packages'
// tasks on the same two cores), so the default 5 s per test is too tight here.
export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 60_000 },
});
