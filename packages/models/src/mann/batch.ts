/**
 * Training batches of (query, manipulations, target) sequences of different lengths: pairs at
 * distance 1..8 share one batch, padded to the longest, with per-step masks (issue 4).
 */
import type { Tf } from "@atelier/ml";
import type { Tensor1D, Tensor2D, Tensor3D } from "@tensorflow/tfjs";
import { NtmError } from "../errors.ts";
import { checkShape, disposeNtmState } from "../ntm/state.ts";
import type { MannConfig } from "./config.ts";
import type { Mann, MannState } from "./mann.ts";
import { checkVectors } from "./validate.ts";

/** One training example: a query vector, its manipulations in order, the target's vector. */
export interface MannSequence {
  query: ArrayLike<number>;
  indicators: readonly ArrayLike<number>[];
  target: ArrayLike<number>;
  /** The target's value position per attribute (-1 = none); the label-triplet loss reads it. */
  targetValues?: ArrayLike<number>;
}

/** B sequences padded to T steps. */
export interface MannBatch {
  /** [B, attributes * D] */
  queries: Tensor2D;
  /** [T, B, indicatorSize]; zero past a sequence's end. */
  indicators: Tensor3D;
  /** [T, B]: 1 while the sequence runs, 0 after its end. */
  masks: Tensor2D;
  /** [B, attributes * D] */
  targets: Tensor2D;
  /** [B, attributes]: present when every sequence has `targetValues`. */
  targetValues?: Tensor2D;
}

function fail(message: string): never {
  throw new NtmError("bad-input", message);
}

function checkLength(what: string, values: ArrayLike<number>, expected: number): void {
  if (values.length !== expected)
    fail(`${what} has ${values.length} entries, expected ${expected}`);
}

/**
 * Packs `sequences` into one batch of `steps` steps (default: the longest sequence).
 *
 * @example
 * const batch = mannBatch(tf, mann.config, [{ query, indicators: [i1, i2], target }]);
 */
export function mannBatch(
  tf: Tf,
  config: MannConfig,
  sequences: readonly MannSequence[],
  steps = Math.max(0, ...sequences.map((s) => s.indicators.length)),
): MannBatch {
  const batch = sequences.length;
  if (batch < 1) fail("a MANN batch needs at least 1 sequence");
  const { vectorSize: width, indicatorSize: size } = config;
  const queries = new Float32Array(batch * width);
  const targets = new Float32Array(batch * width);
  const indicators = new Float32Array(steps * batch * size);
  const masks = new Float32Array(steps * batch);
  for (const [b, s] of sequences.entries()) {
    checkLength(`sequence ${b} query`, s.query, width);
    checkLength(`sequence ${b} target`, s.target, width);
    if (s.indicators.length > steps) {
      fail(`sequence ${b} has ${s.indicators.length} manipulations, more than ${steps} steps`);
    }
    queries.set(s.query, b * width);
    targets.set(s.target, b * width);
    for (const [t, indicator] of s.indicators.entries()) {
      checkLength(`sequence ${b} indicator ${t}`, indicator, size);
      indicators.set(indicator, (t * batch + b) * size);
      masks[t * batch + b] = 1;
    }
  }
  const values = sequences.every((s) => s.targetValues !== undefined)
    ? targetValuesOf(config, sequences)
    : undefined;
  return {
    ...(values === undefined
      ? {}
      : { targetValues: tf.tensor2d(values, [batch, config.attributes]) }),
    queries: tf.tensor2d(queries, [batch, width]),
    indicators: tf.tensor3d(indicators, [steps, batch, size]),
    masks: tf.tensor2d(masks, [steps, batch]),
    targets: tf.tensor2d(targets, [batch, width]),
  };
}

function targetValuesOf(config: MannConfig, sequences: readonly MannSequence[]): Float32Array {
  const values = new Float32Array(sequences.length * config.attributes);
  for (const [b, s] of sequences.entries()) {
    const row = s.targetValues as ArrayLike<number>;
    checkLength(`sequence ${b} targetValues`, row, config.attributes);
    values.set(Array.from(row), b * config.attributes);
  }
  return values;
}

/** Throws an `NtmError` naming the first tensor of `batch` whose shape does not fit `config`. */
export function checkMannBatch(config: MannConfig, batch: MannBatch): void {
  const size = checkVectors(config, "batch queries", batch.queries);
  checkShape("batch targets", batch.targets.shape, [size, config.vectorSize]);
  const steps = batch.indicators.shape[0] ?? 0;
  checkShape("batch indicators", batch.indicators.shape, [steps, size, config.indicatorSize]);
  checkShape("batch masks", batch.masks.shape, [steps, size]);
}

/** Frees every tensor of `batch`. */
export function disposeMannBatch(batch: MannBatch): void {
  for (const t of [batch.queries, batch.indicators, batch.masks, batch.targets]) t.dispose();
  batch.targetValues?.dispose();
}

/**
 * Runs every sequence of `batch` through `mann`, each stopping at its own end; returns the
 * final state (the caller disposes it). Also the evaluation path, inside or outside a gradient.
 */
export function runMann(tf: Tf, mann: Mann, batch: MannBatch): MannState {
  checkMannBatch(mann.config, batch);
  let state = mann.init(batch.queries);
  for (let t = 0; t < batch.indicators.shape[0]; t++) {
    const next = tf.tidy(() =>
      mann.step(
        state,
        batch.indicators.gather(t) as unknown as Tensor2D,
        batch.masks.gather(t) as unknown as Tensor1D,
      ),
    );
    disposeNtmState(state);
    state = next;
  }
  return state;
}
