/**
 * Saving and loading the encoder in the manipulators' format (manifest.json + weights.bin,
 * written by `writeWeights`), with kind "encoder": one reader for every model file.
 */
import type { Tf } from "@atelier/ml";
import type { AttributeSchema } from "@atelier/schema";
import { EncoderError } from "../errors.ts";
import {
  checkFormat,
  checkSchemaStamp,
  type SchemaStamp,
  schemaStamp,
  WEIGHTS_FORMAT,
  WEIGHTS_VERSION,
} from "../weights/manifest.ts";
import {
  assignVariables,
  packVariables,
  type TensorList,
  tensorMismatch,
} from "../weights/tensors.ts";
import type { EncoderConfig } from "./config.ts";
import { createEncoder, type Encoder } from "./encoder.ts";

/** manifest.json of an encoder: the schema it was trained on and what rebuilds it. */
export interface EncoderManifest {
  format: typeof WEIGHTS_FORMAT;
  version: number;
  kind: "encoder";
  schema: SchemaStamp;
  dim: number;
  imageSize: number;
  filters: number[];
  /** The whole configuration (dim, imageSize, filters and trunk). */
  options: EncoderConfig;
  dtype: "float32";
  byteOrder: "little-endian";
  tensors: TensorList;
  byteLength: number;
}

/** An encoder's manifest and the float32 little-endian bytes it describes. */
export interface SavedEncoderWeights {
  manifest: EncoderManifest;
  bytes: Uint8Array;
}

function fail(message: string): never {
  throw new EncoderError("bad-weights", `encoder weights: ${message}`);
}

/**
 * Every weight of `encoder`, copied (the encoder stays alive).
 *
 * @example
 * await writeWeights("models/encoder", await saveEncoderWeights(encoder));
 */
export async function saveEncoderWeights(encoder: Encoder): Promise<SavedEncoderWeights> {
  const { tensors, bytes, byteLength } = await packVariables(encoder.namedVariables());
  const { config } = encoder;
  const manifest: EncoderManifest = {
    format: WEIGHTS_FORMAT,
    version: WEIGHTS_VERSION,
    kind: "encoder",
    schema: schemaStamp(encoder.schema),
    dim: config.dim,
    imageSize: config.imageSize,
    filters: [...config.filters],
    options: { ...config, filters: [...config.filters] },
    dtype: "float32",
    byteOrder: "little-endian",
    tensors,
    byteLength,
  };
  return { manifest, bytes };
}

/** Narrows parsed JSON to an encoder manifest for `schema` (and `expected`'s dim/size). */
export function checkEncoderManifest(
  manifest: unknown,
  schema: AttributeSchema,
  expected: { dim?: number; imageSize?: number } = {},
): EncoderManifest {
  const m = checkFormat(manifest, fail) as Partial<EncoderManifest>;
  if (m.kind !== "encoder") fail(`kind is ${m.kind}, expected encoder`);
  checkSchemaStamp(m.schema, schema, fail);
  const o = m.options;
  if (typeof o !== "object" || o === null) fail("options must be an object");
  for (const key of ["dim", "imageSize"] as const) {
    if (o[key] !== m[key]) fail(`options.${key} ${o[key]} differs from ${key} ${m[key]}`);
    const want = expected[key];
    if (want !== undefined && m[key] !== want) fail(`${key} is ${m[key]}, expected ${want}`);
  }
  if (JSON.stringify(o.filters) !== JSON.stringify(m.filters)) {
    fail(
      `options.filters ${JSON.stringify(o.filters)} differ from filters ${JSON.stringify(m.filters)}`,
    );
  }
  if (!Array.isArray(m.tensors)) fail("tensors must be a list");
  return m as EncoderManifest;
}

/**
 * An encoder rebuilt from saved weights, for `schema`. Refuses (EncoderError "bad-weights")
 * weights of another kind or schema, of a dim or image size other than `expected`'s, or whose
 * bytes do not fit the manifest; nothing stays allocated then.
 *
 * @example
 * const { manifest, bytes } = await readWeights("models/encoder");
 * const encoder = loadEncoderWeights(tf, schema, manifest, bytes, { imageSize: 64 });
 */
export function loadEncoderWeights(
  tf: Tf,
  schema: AttributeSchema,
  manifest: unknown,
  bytes: Uint8Array,
  expected: { dim?: number; imageSize?: number } = {},
): Encoder {
  const m = checkEncoderManifest(manifest, schema, expected);
  const encoder = createEncoder(tf, schema, m.options, 0);
  try {
    const mismatch = tensorMismatch(m, encoder.namedVariables(), bytes);
    if (mismatch !== null) fail(mismatch);
    assignVariables(tf, encoder.namedVariables(), bytes);
  } catch (error) {
    encoder.dispose();
    throw error;
  }
  return encoder;
}
