import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { IndexFlatIP, IndexFlatL2, Index as NativeIndex } from "faiss-node";
import { VectorIndexError } from "./errors.ts";

/** The classes faiss-node's addon exports (its lib/index.js is bypassed: see `faissAddon`). */
export interface FaissAddon {
  readonly Index: typeof NativeIndex;
  readonly IndexFlatL2: typeof IndexFlatL2;
  readonly IndexFlatIP: typeof IndexFlatIP;
}

export type { NativeIndex };

/** Where scripts/build-native.sh leaves the addon (native/binding.gyp, target faiss_node). */
export const ADDON_PATH = fileURLToPath(
  new URL("../native/build/Release/faiss_node.node", import.meta.url),
);

const require = createRequire(import.meta.url);
let addon: FaissAddon | undefined;

/**
 * The faiss addon, loaded on first use so that importing this package (for its types, say) never
 * needs the native build. faiss-node's own entry point is not used: it looks for the binary its
 * install script would have downloaded, and this build is ours.
 *
 * Load it in one thread per process only: faiss-node keeps its class constructors in C++ statics,
 * so a second load in a worker thread would replace them under the first.
 *
 * @example
 * const index = new (faissAddon().IndexFlatL2)(128);
 */
export function faissAddon(): FaissAddon {
  addon ??= loadAddon(ADDON_PATH);
  return addon;
}

/** Loads the addon at `path`, or explains how to build it. Exported for tests. */
export function loadAddon(path: string): FaissAddon {
  if (!existsSync(path)) {
    throw new VectorIndexError(
      "native_unavailable",
      `the faiss native addon is not built (${path} is missing): run \`npm run setup\` ` +
        "(or `npm run build:native -w @atelier/index`)",
      { path },
    );
  }
  try {
    return require(path) as FaissAddon;
  } catch (cause) {
    throw new VectorIndexError(
      "native_unavailable",
      `the faiss native addon at ${path} does not load (${(cause as Error).message}): ` +
        "rebuild it with `npm run setup`",
      { path, cause },
    );
  }
}
