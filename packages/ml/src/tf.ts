import type * as tfjs from "@tensorflow/tfjs";

/**
 * The tfjs namespace as `@tensorflow/tfjs` types it. `@tensorflow/tfjs-node(-gpu)` re-export
 * the same API (plus `tf.node`), so one type covers every backend this package loads.
 */
export type Tf = typeof tfjs;

function isTf(value: unknown): value is Tf {
  const v = value as Record<string, unknown> | null;
  return typeof v === "object" && v !== null && typeof v.setBackend === "function";
}

/**
 * The tfjs namespace of an imported tfjs module. tfjs packages are CommonJS: module.exports
 * arrives as `default`, which has every export even where Node's named-export detection misses
 * re-exports.
 *
 * @example
 * const tf = asTf(await import("@tensorflow/tfjs"), "@tensorflow/tfjs");
 */
export function asTf(mod: unknown, spec: string): Tf {
  const fallback = (mod as { default?: unknown }).default;
  if (isTf(fallback)) return fallback;
  if (isTf(mod)) return mod;
  throw new Error(`${spec} does not export the tfjs API`);
}
