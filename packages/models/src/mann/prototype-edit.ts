/**
 * The MANN's prototype edits (DESIGN.md, "Leads for a better MANN"; MannOptions.residual):
 * what a step adds to the memory after the NTM's own write, from prototypes learnt from data.
 * - `prototypes`: ADDE-M's residual W · indicator, the difference of the new and old values'
 *   prototypes, added to the rows the NTM keeps.
 * - `replace`: the new value's prototype W · max(indicator, 0) written into the rows the NTM
 *   clears; where a manipulation removes a value without adding one, the prototype of "no
 *   value" for that attribute (the mean chunk of items without it), since an encoder still
 *   draws something in an absent attribute's chunk.
 */
import type { Tf } from "@atelier/ml";
import type { AttributeSchema } from "@atelier/schema";
import type { Tensor2D, Tensor3D, Variable } from "@tensorflow/tfjs";
import { type AddeM, createAddeM } from "../adde-m/memory.ts";
import { PROTOTYPE_ITEMS } from "../adde-m/prototypes.ts";
import type { MannConfig } from "./config.ts";

export interface PrototypeEdit {
  readonly kind: "prototypes" | "replace";
  /** ADDE-M's memory block: W [vectorSize, total]. */
  readonly block: AddeM;
  /** `replace` only: the "no value" prototype of each attribute's chunk, [attributes, dim]. */
  readonly absent: Variable | null;
  /** Sets the prototypes from items: features [N, vectorSize], 0/1 label vectors [N, total]. */
  initPrototypes(features: Tensor2D, labels: Tensor2D): void;
  /** What a step adds to the memory: indicators [B, total] -> [B, attributes, dim]. In a tidy. */
  edit(indicators: Tensor2D): Tensor3D;
  namedVariables(): [string, Variable][];
  dispose(): void;
}

let instance = 0;

/** Variable names must be unique per process; a counter keeps several MANNs apart. */
function zerosVariable(tf: Tf, shape: [number, number]): Variable {
  const zeros = tf.zeros(shape);
  const variable = tf.variable(zeros, true, `mann-absent${instance++}/prototypes`);
  zeros.dispose(); // the variable keeps the data; only the handle goes
  return variable;
}

/**
 * Means of chunk a over the first `perValue` items without a value for attribute a, on the
 * host (it runs once, before training): [attributes * dim], zeros where every item has one.
 */
function absentMeans(
  schema: AttributeSchema,
  dim: number,
  features: Float32Array | Int32Array | Uint8Array,
  labels: Float32Array | Int32Array | Uint8Array,
  perValue: number,
): Float32Array {
  const attributes = schema.attributes.length;
  const width = attributes * dim;
  const sums = new Float32Array(width);
  const counts = new Int32Array(attributes);
  const items = features.length / width;
  for (let n = 0; n < items; n++) {
    for (const attribute of schema.attributes) {
      const a = attribute.index;
      if ((counts[a] as number) >= perValue) continue;
      const block = labels.subarray(n * schema.total + attribute.offset);
      if (block.subarray(0, attribute.size).some((x) => x !== 0)) continue;
      counts[a] = (counts[a] as number) + 1;
      for (let d = 0; d < dim; d++) {
        sums[a * dim + d] =
          (sums[a * dim + d] as number) + (features[n * width + a * dim + d] as number);
      }
    }
  }
  return sums.map((sum, i) => sum / Math.max(1, counts[Math.floor(i / dim)] as number));
}

/**
 * The edit of `config.residual` (not `none`); `blocks` [total, attributes] maps values to
 * their attribute (attributeBlocks), needed by `replace`.
 *
 * @example
 * const edit = createPrototypeEdit(tf, shopping100k, config, attributeBlocks(tf, shopping100k));
 * edit.initPrototypes(trainFeatures, trainLabels);
 */
export function createPrototypeEdit(
  tf: Tf,
  schema: AttributeSchema,
  config: MannConfig,
  blocks: Tensor2D | null,
): PrototypeEdit {
  const kind = config.residual;
  if (kind === "none") throw new Error("createPrototypeEdit: residual none has no edit");
  if (kind === "replace" && blocks === null) {
    throw new Error("createPrototypeEdit: replace needs the attribute blocks");
  }
  const { attributes, dim } = config;
  const block = createAddeM(tf, schema, { dim });
  const absent = kind === "replace" ? zerosVariable(tf, [attributes, dim]) : null;
  return {
    kind,
    block,
    absent,
    initPrototypes(features, labels) {
      block.initPrototypes(features, labels);
      if (absent === null) return;
      const means = absentMeans(
        schema,
        dim,
        features.dataSync(),
        labels.dataSync(),
        PROTOTYPE_ITEMS,
      );
      tf.tidy(() => absent.assign(tf.tensor2d(means, [attributes, dim])));
    },
    edit(indicators) {
      const batch = indicators.shape[0] as number;
      const shape: [number, number, number] = [batch, attributes, dim];
      if (absent === null || blocks === null) {
        return block.residual(indicators).reshape(shape) as Tensor3D;
      }
      const added = tf.relu(indicators);
      const toValue = block.residual(added).reshape(shape);
      // 1 where the step takes the attribute's value away and gives it none.
      const removed = tf.matMul(tf.relu(tf.neg(indicators)), blocks);
      const emptied = tf.minimum(tf.relu(tf.sub(removed, tf.matMul(added, blocks))), 1);
      const toNone = tf.mul(tf.expandDims(emptied, 2), tf.expandDims(absent, 0));
      return tf.add(toValue, toNone) as Tensor3D;
    },
    namedVariables: () => [
      ["residual/memory", block.weights],
      ...(absent === null ? [] : [["residual/absent", absent] as [string, Variable]]),
    ],
    dispose: () => {
      block.dispose();
      absent?.dispose();
    },
  };
}
