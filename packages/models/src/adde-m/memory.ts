/**
 * ADDE-M's memory block (ADDE, ICCV 2021; DESIGN.md, "ADDE-M memory block"): a matrix W
 * [attributes * D, total] whose column v is the prototype of value v. A manipulation's
 * indicator (-1 old value, +1 new value) turns a feature f into the query normalize(f + W · i).
 */
import type { Tf } from "@atelier/ml";
import type { AttributeSchema } from "@atelier/schema";
import type { Tensor2D, Variable } from "@tensorflow/tfjs";
import { ManipulatorError } from "../errors.ts";
import { l2Normalize } from "../normalize.ts";
import { checkVectors } from "../sizes.ts";
import {
  type AddeMConfig,
  type AddeMMode,
  type AddeMOptions,
  blockDiagonalMask,
  resolveAddeMConfig,
} from "./config.ts";
import { PROTOTYPE_ITEMS, prototypeWeights } from "./prototypes.ts";
import { checkIndicators } from "./validate.ts";

/**
 * A memory block and its queries. Queries are pure: they return new tensors and leave their
 * arguments alive.
 */
export interface AddeM {
  readonly schema: AttributeSchema;
  readonly config: AddeMConfig;
  /** W [vectorSize, total], trainable. */
  readonly weights: Variable;
  /** [vectorSize, total]: 1 on the diagonal blocks (attribute a's rows x a's values). */
  readonly blockMask: Tensor2D;
  /**
   * Sets W to the block-diagonal prototypes of `features` [N, vectorSize] with `labels`
   * [N, total] (0/1 label vectors): see {@link prototypeWeights}.
   */
  initPrototypes(features: Tensor2D, labels: Tensor2D, perValue?: number): void;
  /** W · indicator per row: indicators [B, total] -> [B, vectorSize], not normalised. */
  residual(indicators: Tensor2D): Tensor2D;
  /** normalize(f + W · indicator): features [B, vectorSize], indicators [B, total]. */
  manipulate(features: Tensor2D, indicators: Tensor2D): Tensor2D;
  /** The query after several manipulations, each [B, total], combined as `mode` says. */
  manipulateSteps(features: Tensor2D, steps: readonly Tensor2D[], mode: AddeMMode): Tensor2D;
  dispose(): void;
}

/** One thesis step: the running vector plus the step's residual, normalised. In a tidy. */
export function thesisStep(tf: Tf, block: AddeM, vector: Tensor2D, indicators: Tensor2D): Tensor2D {
  return l2Normalize(tf, tf.add(vector, block.residual(indicators)));
}

/**
 * The fair query: f plus W times the sum of the indicators, normalised once. `sum` starts at
 * zeros and adds the steps in order, as a session state does, so both give the same bits.
 */
function fairQuery(tf: Tf, block: AddeM, features: Tensor2D, steps: readonly Tensor2D[]) {
  const zeros = tf.zeros([features.shape[0], block.config.indicatorSize]) as Tensor2D;
  const sum = steps.reduce((a, s) => tf.add(a, s) as Tensor2D, zeros);
  return l2Normalize(tf, tf.add(features, block.residual(sum)));
}

/**
 * The thesis query: normalised after every step. The final normalisation repeats the last
 * step's (a no-op up to rounding) so that zero steps give normalize(f), and so that it matches
 * a session state's query bit for bit.
 */
function thesisQuery(tf: Tf, block: AddeM, features: Tensor2D, steps: readonly Tensor2D[]) {
  return l2Normalize(
    tf,
    steps.reduce((v, s) => thesisStep(tf, block, v, s), features),
  );
}

function unknownMode(mode: never): never {
  throw new ManipulatorError("bad-config", `mode must be "thesis" or "fair", got ${mode}`);
}

let instance = 0;

/**
 * A memory block for `schema` and `options.dim`, W all zeros (the identity manipulation)
 * until {@link AddeM.initPrototypes} or loaded weights set it.
 *
 * @example
 * const block = createAddeM(tf, shopping100k, { dim: 340 });
 * block.initPrototypes(trainFeatures, trainLabels); // [N, 4080], [N, 151]
 * const q = block.manipulate(features, indicators); // [B, 4080]
 */
export function createAddeM(tf: Tf, schema: AttributeSchema, options: AddeMOptions): AddeM {
  const config = resolveAddeMConfig(schema, options);
  const shape: [number, number] = [config.vectorSize, config.indicatorSize];
  const blockMask = tf.tensor2d(blockDiagonalMask(schema, config.dim), shape);
  // Variable names must be unique per process; a counter keeps several blocks apart.
  const zeros = tf.zeros(shape);
  const weights = tf.variable(zeros, true, `adde-m${instance++}/memory`);
  zeros.dispose(); // the variable keeps the data; only the handle goes
  const block: AddeM = {
    schema,
    config,
    weights,
    blockMask,
    initPrototypes: (features, labels, perValue = PROTOTYPE_ITEMS) => {
      const rows = checkVectors(config, "prototype features", features);
      checkIndicators(config, "prototype labels", labels, rows);
      if (!Number.isInteger(perValue) || perValue < 1) {
        throw new ManipulatorError("bad-config", `perValue must be >= 1, got ${perValue}`);
      }
      tf.tidy(() => weights.assign(prototypeWeights(tf, features, labels, blockMask, perValue)));
    },
    residual: (indicators) => {
      checkIndicators(config, "indicators", indicators, indicators.shape[0]);
      return tf.tidy(() => tf.matMul(indicators, weights, false, true));
    },
    manipulate: (features, indicators) => {
      checkIndicators(config, "indicators", indicators, checkVectors(config, "features", features));
      return tf.tidy(() => l2Normalize(tf, tf.add(features, block.residual(indicators))));
    },
    manipulateSteps: (features, steps, mode) => {
      const batch = checkVectors(config, "features", features);
      for (const [t, step] of steps.entries()) {
        checkIndicators(config, `indicators of step ${t}`, step, batch);
      }
      return tf.tidy(() => {
        switch (mode) {
          case "fair":
            return fairQuery(tf, block, features, steps);
          case "thesis":
            return thesisQuery(tf, block, features, steps);
          default:
            return unknownMode(mode);
        }
      });
    },
    dispose: () => {
      weights.dispose();
      blockMask.dispose();
    },
  };
  return block;
}
