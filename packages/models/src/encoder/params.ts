/**
 * The encoder's weights as plain tf.Variables rather than a tf.LayersModel: layer names from
 * tf.layers carry a process-wide counter (dense_Dense3), while the shared manifest + bin
 * format needs names that are the same in every process, and the trainer needs the exact
 * variable list for `minimize`. Plain variables give both, like the NTM's and ADDE-M's.
 */
import type { Tf } from "@atelier/ml";
import { seededRandom, uniformArray } from "@atelier/random";
import type { AttributeSchema } from "@atelier/schema";
import type { Variable } from "@tensorflow/tfjs";
import { type Dense, dense, variable } from "../ntm/params.ts";
import { type EncoderConfig, encoderSizes } from "./config.ts";

/** A 3x3 convolution: kernel [3, 3, in, out], bias [out]. */
export type Conv = Dense;

/** One attribute's projection `Dense(D) -> ReLU -> Dense(D)` and its classifier. */
export interface AttributeHead {
  hidden: Dense;
  out: Dense;
  /** From the chunk to values + 1 logits (the last one "missing"). */
  classifier: Dense;
}

export interface EncoderParams {
  convs: Conv[];
  trunk: Dense;
  heads: AttributeHead[];
}

/** He uniform for ReLU convs: keeps the activations' variance through the stack. */
function conv(tf: Tf, random: () => number, name: string, inputs: number, outputs: number): Conv {
  const limit = Math.sqrt(6 / (9 * inputs));
  const kernel = uniformArray(random, 9 * inputs * outputs, -limit, limit);
  return {
    kernel: variable(tf, tf.tensor4d(kernel, [3, 3, inputs, outputs]), `${name}/kernel`),
    bias: variable(tf, tf.tensor1d(new Float32Array(outputs)), `${name}/bias`),
  };
}

let instance = 0;

/**
 * Fresh weights for `config` on `schema`, drawn from `seed` (same seed, same weights).
 * The caller owns the variables (`Encoder.dispose` frees them).
 */
export function createEncoderParams(
  tf: Tf,
  schema: AttributeSchema,
  config: EncoderConfig,
  seed: number,
): EncoderParams {
  const random = seededRandom(seed);
  const sizes = encoderSizes(schema, config);
  // tf variable names must be unique per process; saved names come from encoderVariables.
  const prefix = `encoder${instance++}`;
  const channels = [3, ...config.filters];
  const convs = config.filters.map((f, i) =>
    conv(tf, random, `${prefix}/conv${i}`, channels[i] ?? 3, f),
  );
  const flat = sizes.mapSize * sizes.mapSize * (config.filters.at(-1) ?? 1);
  const trunk = dense(tf, random, `${prefix}/trunk`, flat, config.trunk);
  const heads = schema.attributes.map((a, i) => ({
    hidden: dense(tf, random, `${prefix}/head${i}/hidden`, config.trunk, config.dim),
    out: dense(tf, random, `${prefix}/head${i}/out`, config.dim, config.dim),
    classifier: dense(tf, random, `${prefix}/head${i}/classifier`, config.dim, a.size + 1),
  }));
  return { convs, trunk, heads };
}

const pair = (name: string, layer: Dense): [string, Variable][] => [
  [`${name}.kernel`, layer.kernel],
  [`${name}.bias`, layer.bias],
];

/**
 * Every variable with a name stable across processes, in a fixed order: what weight files
 * store. Heads are named by attribute key, so a file says which head is which.
 */
export function encoderVariables(
  schema: AttributeSchema,
  params: EncoderParams,
): [string, Variable][] {
  return [
    ...params.convs.flatMap((c, i) => pair(`conv${i}`, c)),
    ...pair("trunk", params.trunk),
    ...params.heads.flatMap((h, i) => {
      const key = schema.attributes[i]?.key ?? String(i);
      return [
        ...pair(`head.${key}.hidden`, h.hidden),
        ...pair(`head.${key}.out`, h.out),
        ...pair(`head.${key}.classifier`, h.classifier),
      ];
    }),
  ];
}
