/** The disentangled encoder's configuration (ADDE; DESIGN.md, "Disentangled encoder"). */
import type { AttributeSchema } from "@atelier/schema";
import { EncoderError } from "../errors.ts";

/** What an encoder is created from; omitted fields take {@link ENCODER_DEFAULTS}. */
export interface EncoderOptions {
  /** D, the width of one attribute's chunk (ADDE on Shopping100k: 340). */
  dim?: number;
  /** S: images are [B, S, S, 3] in [0, 1]. */
  imageSize?: number;
  /** Filters of the 3x3 stride-2 conv layers, in order (each halves the map, rounding up). */
  filters?: readonly number[];
  /** Units of the dense trunk between the flattened map and the attribute heads. */
  trunk?: number;
}

/** Every field filled in: saved in weight manifests, so loaded encoders do not drift. */
export type EncoderConfig = Required<EncoderOptions>;

/**
 * Defaults for the procedural catalog, sized for the wasm backend on 2 cores (strided convs
 * instead of pooling are the cheapest way to shrink the map there). `dim` 32 was chosen by
 * measurement: at equal training, D 16, 32 and 64 gave 90.4, 92.5 and 91.5 single-manipulation
 * top-10 with ADDE-M, and D 32 the best multi; see models/README.md, "Choosing D".
 */
export const ENCODER_DEFAULTS: EncoderConfig = {
  dim: 32,
  imageSize: 64,
  filters: [32, 64, 96, 128],
  trunk: 256,
};

function fail(message: string): never {
  throw new EncoderError("bad-config", `encoder: ${message}`);
}

const isPositiveInteger = (n: unknown): n is number => Number.isInteger(n) && (n as number) > 0;

/**
 * `options` over the defaults, checked: every size a positive integer, at least one conv layer.
 *
 * @example
 * resolveEncoderConfig({ dim: 340 }).filters; // [32, 64, 96, 128]
 */
export function resolveEncoderConfig(options: EncoderOptions = {}): EncoderConfig {
  const config = { ...ENCODER_DEFAULTS, ...options };
  for (const key of ["dim", "imageSize", "trunk"] as const) {
    if (!isPositiveInteger(config[key]))
      fail(`${key} must be a positive integer, got ${config[key]}`);
  }
  if (!Array.isArray(config.filters) || config.filters.length === 0) {
    fail("filters must list at least one conv layer");
  }
  config.filters.forEach((f, i) => {
    if (!isPositiveInteger(f)) fail(`filters[${i}] must be a positive integer, got ${f}`);
  });
  return { ...config, filters: [...config.filters] };
}

/** The sizes an encoder of `config` on `schema` works with. */
export interface EncoderSizes {
  attributes: number;
  dim: number;
  /** attributes * dim: encode returns [N, vectorSize]. */
  vectorSize: number;
  /** Classes of each attribute's classifier: its values plus "missing" (the last class). */
  classes: readonly number[];
  /** Side of the last conv layer's map: ceil(imageSize / 2^layers). */
  mapSize: number;
}

/**
 * The sizes of an encoder of `config` on `schema`.
 *
 * @example
 * encoderSizes(shopping100k, resolveEncoderConfig({ dim: 340 })).vectorSize; // 4080
 */
export function encoderSizes(schema: AttributeSchema, config: EncoderConfig): EncoderSizes {
  const attributes = schema.attributes.length;
  const mapSize = config.filters.reduce((side) => Math.ceil(side / 2), config.imageSize);
  return {
    attributes,
    dim: config.dim,
    vectorSize: attributes * config.dim,
    classes: schema.attributes.map((a) => a.size + 1),
    mapSize,
  };
}
