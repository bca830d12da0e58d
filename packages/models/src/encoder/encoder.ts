/**
 * The disentangled encoder (ADDE, Hou et al., ICCV 2021, section 3.1): a CNN backbone, then per
 * attribute `Dense(D) -> ReLU -> Dense(D)`, concatenated into one attributes x D vector, and a
 * classifier per attribute on its own chunk (which is what ties chunk a to attribute a).
 */
import type { Tf } from "@atelier/ml";
import type { AttributeSchema } from "@atelier/schema";
import type { Tensor, Tensor2D, Tensor4D, Variable } from "@tensorflow/tfjs";
import { EncoderError } from "../errors.ts";
import type { Dense } from "../ntm/params.ts";
import {
  type EncoderConfig,
  type EncoderOptions,
  type EncoderSizes,
  encoderSizes,
  resolveEncoderConfig,
} from "./config.ts";
import { createEncoderParams, type EncoderParams, encoderVariables } from "./params.ts";

/** What one forward pass gives. */
export interface EncoderOutput {
  /** [B, attributes * D]: chunk a (columns a·D .. a·D + D) belongs to attribute a. */
  features: Tensor2D;
  /** Per attribute, [B, values + 1] logits; the last class is "missing". */
  logits: Tensor2D[];
}

export interface Encoder {
  readonly schema: AttributeSchema;
  readonly config: EncoderConfig;
  readonly sizes: EncoderSizes;
  /** attributes * D. */
  readonly vectorSize: number;
  /**
   * One forward pass on images [B, S, S, 3] in [0, 1]. Returns new tensors; call inside a tidy
   * (or dispose them). Throws an EncoderError naming a wrong image shape.
   */
  apply(images: Tensor4D): EncoderOutput;
  /**
   * Features of images [N, S, S, 3], `batchSize` at a time: [N, attributes * D]. Only the
   * result stays allocated.
   */
  encode(images: Tensor4D, batchSize?: number): Tensor2D;
  /** Trainable weights in a fixed order, with names stable across processes. */
  namedVariables(): readonly (readonly [string, Variable])[];
  variables(): Variable[];
  dispose(): void;
}

/** Throws unless `images` is [B >= 1, S, S, 3]. */
export function checkImages(config: EncoderConfig, images: Tensor): number {
  const s = config.imageSize;
  const [batch = 0, height, width, channels] = images.shape;
  if (images.rank === 4 && batch >= 1 && height === s && width === s && channels === 3) {
    return batch;
  }
  const what =
    images.rank !== 4
      ? `rank ${images.rank}`
      : channels !== 3
        ? `${channels} channels`
        : height !== s || width !== s
          ? `${height}x${width} pixels`
          : "no image";
  throw new EncoderError(
    "bad-input",
    `images must have shape [batch >= 1, ${s}, ${s}, 3] (RGB, ${s}x${s}), got [${images.shape.join(", ")}]: ${what}`,
  );
}

const linear = (tf: Tf, x: Tensor2D, layer: Dense) =>
  tf.add(tf.matMul(x, layer.kernel as Tensor2D), layer.bias) as Tensor2D;

/** Images -> trunk features [B, trunk]. Centred inputs train faster than [0, 1] ones. */
function backbone(tf: Tf, params: EncoderParams, images: Tensor4D): Tensor2D {
  let x = tf.sub(tf.mul(images, 2), 1) as Tensor4D;
  for (const c of params.convs) {
    const y = tf.conv2d(x, c.kernel as Tensor4D, 2, "same");
    x = tf.relu(tf.add(y, c.bias)) as Tensor4D;
  }
  const flat = tf.reshape(x, [x.shape[0], -1]) as Tensor2D;
  return tf.relu(linear(tf, flat, params.trunk)) as Tensor2D;
}

function forward(tf: Tf, params: EncoderParams, images: Tensor4D): EncoderOutput {
  const trunk = backbone(tf, params, images);
  const chunks = params.heads.map((h) =>
    linear(tf, tf.relu(linear(tf, trunk, h.hidden)) as Tensor2D, h.out),
  );
  const logits = params.heads.map((h, a) => linear(tf, chunks[a] as Tensor2D, h.classifier));
  return { features: tf.concat(chunks, 1) as Tensor2D, logits };
}

function encodeInBatches(tf: Tf, encoder: Encoder, images: Tensor4D, batchSize: number): Tensor2D {
  const n = checkImages(encoder.config, images);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new EncoderError("bad-input", `batchSize must be a positive integer, got ${batchSize}`);
  }
  // Copy each batch out to the host, so that at most one batch's activations are alive.
  const out = new Float32Array(n * encoder.vectorSize);
  for (let start = 0; start < n; start += batchSize) {
    const count = Math.min(batchSize, n - start);
    // The tensor leaves the tidy, not its data: tidy would walk a returned typed array.
    const features = tf.tidy(() => {
      const batch = tf.slice(images, [start, 0, 0, 0], [count, -1, -1, -1]) as Tensor4D;
      return encoder.apply(batch).features;
    });
    out.set(features.dataSync(), start * encoder.vectorSize);
    features.dispose();
  }
  return tf.tensor2d(out, [n, encoder.vectorSize]);
}

/**
 * An encoder for `schema` with fresh weights from `seed`. Throws an EncoderError ("bad-config")
 * naming a wrong option.
 *
 * @example
 * const encoder = createEncoder(tf, shopping100k, { dim: 340, imageSize: 64 });
 * const vectors = encoder.encode(images, 64); // [N, 4080]
 */
export function createEncoder(
  tf: Tf,
  schema: AttributeSchema,
  options: EncoderOptions = {},
  seed = 0,
): Encoder {
  const config = resolveEncoderConfig(options);
  const sizes = encoderSizes(schema, config);
  const params = createEncoderParams(tf, schema, config, seed);
  const named = encoderVariables(schema, params);
  const encoder: Encoder = {
    schema,
    config,
    sizes,
    vectorSize: sizes.vectorSize,
    apply: (images) => {
      checkImages(config, images);
      return forward(tf, params, images);
    },
    encode: (images, batchSize = 64) => encodeInBatches(tf, encoder, images, batchSize),
    namedVariables: () => named,
    variables: () => named.map(([, v]) => v),
    dispose: () => {
      for (const [, v] of named) v.dispose();
    },
  };
  return encoder;
}
