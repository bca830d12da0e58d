import type * as tfjs from "@tensorflow/tfjs";

/**
 * The tfjs namespace as `@tensorflow/tfjs` types it. `@tensorflow/tfjs-node(-gpu)` re-export
 * the same API (plus `tf.node`), so one type covers every backend this package loads.
 */
export type Tf = typeof tfjs;
