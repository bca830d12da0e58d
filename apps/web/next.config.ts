import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const config: NextConfig = {
  // Type checks run in `npm run typecheck` (tsc --noEmit); the build does not repeat them.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // The monorepo root holds the hoisted node_modules.
  turbopack: { root: fileURLToPath(new URL("../..", import.meta.url)) },
};

export default config;
