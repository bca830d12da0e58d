/** ADDE-M's training losses (ADDE, ICCV 2021; DESIGN.md, "Disentangled encoder" weights). */
import type { Tf } from "@atelier/ml";
import type { Scalar, Tensor2D } from "@tensorflow/tfjs";
import { ManipulatorError } from "../errors.ts";
import { l2Normalize } from "../normalize.ts";
import type { AddeMBatch, AddeMBatchLabels } from "./batch.ts";
import type { AddeM } from "./memory.ts";

/**
 * `prototype` (ADDE's code): the memory's composition of an item's label vector, W · labels,
 * must match the item's feature: for the target against the manipulated feature, and for the
 * reference and negative against their own. Needs `batch.labels`.
 * `target`: the manipulated feature f + W · i must match the target's feature directly. It
 * asks the same when features are sums of prototypes (W · labels(ref) = f, then
 * f + W · i = W · labels(target)), and needs no labels.
 */
export type ConsistencyLoss = "prototype" | "target";

/** Weights and margin; the defaults are ADDE's. */
export interface AddeMLossOptions {
  /** Margin of the manipulation triplet. */
  margin: number;
  triplet: number;
  consistency: number;
  /** Weight of the L1 norm of W off its diagonal blocks. */
  offBlock: number;
  consistencyLoss: ConsistencyLoss;
}

export const ADDE_M_LOSS_DEFAULTS: AddeMLossOptions = {
  margin: 0.5,
  triplet: 1,
  consistency: 1,
  offBlock: 0.4,
  consistencyLoss: "prototype",
};

/** torch's pairwise_distance adds this to the difference, so a zero distance has a gradient. */
const DISTANCE_EPS = 1e-6;

function distance(tf: Tf, a: Tensor2D, b: Tensor2D) {
  return tf.sqrt(tf.sum(tf.square(tf.add(tf.sub(a, b), DISTANCE_EPS)), 1));
}

/**
 * mean(max(0, |a - p| - |a - n| + margin)) on L2-normalised rows, as torch's
 * TripletMarginLoss in ADDE's train script. Call inside a tidy.
 */
export function manipulationTriplet(
  tf: Tf,
  anchor: Tensor2D,
  positive: Tensor2D,
  negative: Tensor2D,
  margin: number,
): Scalar {
  const a = l2Normalize(tf, anchor);
  const toPositive = distance(tf, a, l2Normalize(tf, positive));
  const toNegative = distance(tf, a, l2Normalize(tf, negative));
  const gap = tf.add(tf.sub(toPositive, toNegative), margin);
  return tf.mean(tf.relu(gap)) as Scalar;
}

/** Sum of |W| outside the diagonal blocks (ADDE: torch.norm(N * W, 1)). Call inside a tidy. */
export function offBlockPenalty(tf: Tf, block: AddeM): Scalar {
  return tf.sum(tf.abs(tf.mul(block.weights, tf.sub(1, block.blockMask)))) as Scalar;
}

/**
 * Throws unless `batch` has what the `kind` consistency loss reads; returns the labels (or
 * undefined for `target`). Trainers call it before any tensor is made, so nothing leaks.
 */
export function checkConsistencyInputs(batch: AddeMBatch, kind: ConsistencyLoss) {
  if (kind === "prototype" && batch.labels === undefined) {
    throw new ManipulatorError("bad-input", "the prototype consistency loss needs batch.labels");
  }
  return batch.labels as AddeMBatchLabels;
}

const l1 = (tf: Tf, a: Tensor2D, b: Tensor2D) => tf.mean(tf.abs(tf.sub(a, b))) as Scalar;

/** See {@link ConsistencyLoss}; `manipulated` = f + W · i, not normalised. Inside a tidy. */
export function consistencyLoss(
  tf: Tf,
  block: AddeM,
  batch: AddeMBatch,
  manipulated: Tensor2D,
  kind: ConsistencyLoss,
): Scalar {
  if (kind === "target") return l1(tf, manipulated, batch.targets);
  const labels = checkConsistencyInputs(batch, kind);
  const terms = [
    l1(tf, block.residual(labels.targets), manipulated),
    l1(tf, block.residual(labels.references), batch.references),
  ];
  if (labels.negatives !== undefined && batch.negatives !== undefined) {
    terms.push(l1(tf, block.residual(labels.negatives), batch.negatives));
  }
  return tf.addN(terms) as Scalar;
}

/** Each term of the loss, unweighted, and their weighted sum. */
export interface AddeMLoss {
  total: Scalar;
  triplet: Scalar;
  consistency: Scalar;
  offBlock: Scalar;
}

/**
 * The ADDE-M loss of `batch`: anchor = f + W · i, positive = the target, negative = the given
 * negative or else the reference (the item the shopper asked to move away from).
 * Call inside a tidy.
 */
export function addeMLoss(
  tf: Tf,
  block: AddeM,
  batch: AddeMBatch,
  options: AddeMLossOptions = ADDE_M_LOSS_DEFAULTS,
): AddeMLoss {
  const manipulated = tf.add(batch.references, block.residual(batch.indicators)) as Tensor2D;
  const negative = batch.negatives ?? batch.references;
  const triplet = manipulationTriplet(tf, manipulated, batch.targets, negative, options.margin);
  const consistency = consistencyLoss(tf, block, batch, manipulated, options.consistencyLoss);
  const offBlock = offBlockPenalty(tf, block);
  const total = tf.addN([
    tf.mul(triplet, options.triplet),
    tf.mul(consistency, options.consistency),
    tf.mul(offBlock, options.offBlock),
  ]) as Scalar;
  return { total, triplet, consistency, offBlock };
}
