/**
 * The MANN's training loss (issue 4, item 3): the thesis's Smooth L1, and on request ADDE's
 * terms on the MANN's query: the manipulation triplet (ADDE-M's), a consistency term and the
 * label triplet (the encoder's), each with its own weight.
 */
import type { Tf } from "@atelier/ml";
import type { Scalar, Tensor2D } from "@tensorflow/tfjs";
import { manipulationTriplet } from "../adde-m/losses.ts";
import { labelTripletLoss } from "../encoder/losses.ts";
import { NtmError } from "../errors.ts";
import { l2Normalize } from "../normalize.ts";
import type { MannBatch } from "./batch.ts";

export const MANN_LOSS_TERMS = ["smooth-l1", "triplet", "consistency", "label-triplet"] as const;
export type MannLossTerm = (typeof MANN_LOSS_TERMS)[number];

/** Weight per term; a term at 0 is not computed. */
export type MannLossWeights = Readonly<Record<MannLossTerm, number>>;

/** The thesis's loss: Smooth L1 alone. */
export const MANN_LOSS_DEFAULTS: MannLossWeights = {
  "smooth-l1": 1,
  triplet: 0,
  consistency: 0,
  "label-triplet": 0,
};

/** ADDE's margins: the manipulation triplet's (ADDE-M, 0.5) and the label triplet's (0.2). */
export const MANN_LOSS_MARGINS = { triplet: 0.5, labelTriplet: 0.2 } as const;

/**
 * A `--loss` value: terms separated by commas, each `term` (weight 1) or `term=weight`; the
 * terms not named weigh 0. Throws an Error naming the bad part.
 *
 * @example
 * parseMannLoss("smooth-l1,triplet=0.5"); // { "smooth-l1": 1, triplet: 0.5, consistency: 0, "label-triplet": 0 }
 */
export function parseMannLoss(spec: string): MannLossWeights {
  const weights: Record<MannLossTerm, number> = {
    "smooth-l1": 0,
    triplet: 0,
    consistency: 0,
    "label-triplet": 0,
  };
  const parts = spec.split(",").map((part) => part.trim());
  for (const part of parts) {
    const [name = "", raw] = part.split("=");
    const term = MANN_LOSS_TERMS.find((t) => t === name);
    if (term === undefined) {
      throw new Error(
        `--loss: unknown term "${name}" in "${spec}"; terms: ${MANN_LOSS_TERMS.join(", ")} (e.g. smooth-l1,triplet=0.5)`,
      );
    }
    const weight = raw === undefined ? 1 : Number(raw);
    if (raw?.trim() === "" || !Number.isFinite(weight) || weight < 0) {
      throw new Error(`--loss: the weight of ${term} must be a number >= 0, got "${raw}"`);
    }
    weights[term] = weight;
  }
  if (MANN_LOSS_TERMS.every((t) => weights[t] === 0)) {
    throw new Error(`--loss: every term of "${spec}" weighs 0; nothing would be learned`);
  }
  return weights;
}

/** The loss's value and each computed term's (unweighted), as scalars. */
// A type, not an interface, so that tf.tidy accepts it as a TensorContainer.
export type MannLossParts = {
  total: Scalar;
  terms: Partial<Record<MannLossTerm, Scalar>>;
};

/** |a - b| averaged over entries. */
const meanAbs = (tf: Tf, a: Tensor2D, b: Tensor2D) => tf.mean(tf.abs(tf.sub(a, b))) as Scalar;

/**
 * The terms of `weights` for the MANN's `query` (L2-normalised, [B, vectorSize]) after `batch`:
 * - `smooth-l1`: Huber (delta 1) against the normalised target, the thesis's;
 * - `triplet`: ADDE-M's manipulation triplet, anchor the query, positive the target, negative
 *   the reference the shopper moved away from (margin 0.5);
 * - `consistency`: mean |query - normalised target|, ADDE-M's consistency in its target form;
 *   the L1 keeps a pull where Smooth L1's quadratic part fades on unit vectors;
 * - `label-triplet`: the encoder's label triplet on the query's attribute chunks against the
 *   targets' values (`batch.targetValues`), semi-hard negatives within the batch (margin 0.2).
 * Call inside a tidy.
 */
export function mannLossParts(
  tf: Tf,
  query: Tensor2D,
  batch: MannBatch,
  weights: MannLossWeights,
): MannLossParts {
  const targets = l2Normalize(tf, batch.targets);
  const terms: Partial<Record<MannLossTerm, Scalar>> = {};
  if (weights["smooth-l1"] > 0) {
    terms["smooth-l1"] = tf.losses.huberLoss(targets, query) as Scalar;
  }
  if (weights.triplet > 0) {
    const { triplet: margin } = MANN_LOSS_MARGINS;
    terms.triplet = manipulationTriplet(tf, query, batch.targets, batch.queries, margin);
  }
  if (weights.consistency > 0) terms.consistency = meanAbs(tf, query, targets);
  if (weights["label-triplet"] > 0) {
    if (batch.targetValues === undefined) {
      throw new NtmError("bad-input", "the label-triplet loss needs the batch's targetValues");
    }
    const margin = MANN_LOSS_MARGINS.labelTriplet;
    terms["label-triplet"] = labelTripletLoss(tf, query, batch.targetValues, margin);
  }
  const weighted = MANN_LOSS_TERMS.flatMap((t) => {
    const term = terms[t];
    return term === undefined ? [] : [tf.mul(term, weights[t])];
  });
  return { total: tf.addN(weighted) as Scalar, terms };
}
