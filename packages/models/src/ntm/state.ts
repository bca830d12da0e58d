import type { Tf } from "@atelier/ml";
import type { Tensor2D, Tensor3D } from "@tensorflow/tfjs";
import { expectShape, NtmError, ntmBadInput } from "../errors.ts";
import type { NtmConfig } from "./config.ts";

/**
 * The state of a batch of NTM sessions (DESIGN.md, "Session state"). Shapes, B sessions:
 * - memory [B, N, M]
 * - h, c [B, U]: the LSTM controller's output and cell
 * - read [B, M]: the vector read at the last step (the controller's next extra input)
 * - readWeights, writeWeights [B, N]: the heads' last weightings (used by `full` addressing)
 *
 * A type alias, not an interface, so tf.tidy can return it.
 */
export type NtmState = {
  memory: Tensor3D;
  h: Tensor2D;
  c: Tensor2D;
  read: Tensor2D;
  readWeights: Tensor2D;
  writeWeights: Tensor2D;
};

/** The fields of {@link NtmState} in serialisation order. */
export const STATE_FIELDS = ["memory", "h", "c", "read", "readWeights", "writeWeights"] as const;

/**
 * Collier & Beel (2018) found a small constant memory initialisation the most stable; it also
 * keeps cosine similarity defined.
 */
export const MEMORY_INIT = 1e-6;

/**
 * The state before the first step: memory from `memory` ([B, N, M], copied) or the small
 * constant, zero controller state and read vector, both heads focused on row 0 so that
 * location addressing has a place to start.
 *
 * @example
 * const state = initNtmState(tf, config, 5); // 5 sessions on a blank memory
 */
export function initNtmState(
  tf: Tf,
  config: NtmConfig,
  batch: number,
  memory?: Tensor3D,
): NtmState {
  const rows = config.memoryRows;
  const width = config.memoryWidth;
  if (!Number.isInteger(batch) || batch < 1) {
    throw new NtmError("bad-input", `batch must be a positive integer, got ${batch}`);
  }
  if (memory !== undefined) checkShape("memory", memory.shape, [batch, rows, width]);
  const firstRow = new Float32Array(batch * rows);
  for (let b = 0; b < batch; b++) firstRow[b * rows] = 1;
  return tf.tidy(() => {
    const focus = tf.tensor2d(firstRow, [batch, rows]);
    return {
      memory: memory === undefined ? tf.fill([batch, rows, width], MEMORY_INIT) : memory.clone(),
      h: tf.zeros([batch, config.controllerUnits]),
      c: tf.zeros([batch, config.controllerUnits]),
      read: tf.zeros([batch, width]),
      readWeights: focus,
      writeWeights: focus.clone(),
    };
  });
}

/** Frees every tensor of `state`. */
export function disposeNtmState(state: NtmState): void {
  for (const field of STATE_FIELDS) state[field].dispose();
}

/** Throws an {@link NtmError} naming `what` unless `shape` equals `expected`. */
export function checkShape(
  what: string,
  shape: readonly number[],
  expected: readonly number[],
): void {
  expectShape(what, shape, expected, ntmBadInput);
}
