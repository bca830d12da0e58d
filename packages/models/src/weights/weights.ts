/** Saving and loading a manipulator's weights (ADDE-M's memory, the MANN's NTM). */
import type { Tf } from "@atelier/ml";
import type { AttributeSchema } from "@atelier/schema";
import { ManipulatorError } from "../errors.ts";
import type { Manipulator, ManipulatorKind } from "../manipulator.ts";
import { createManipulator, type ManipulatorOf } from "../manipulators/create.ts";
import {
  checkManifest,
  schemaStamp,
  WEIGHTS_FORMAT,
  WEIGHTS_VERSION,
  type WeightsManifest,
} from "./manifest.ts";
import { assignVariables, packVariables, tensorMismatch } from "./tensors.ts";

/** A manifest and the float32 little-endian bytes it describes. */
export interface SavedWeights {
  manifest: WeightsManifest;
  bytes: Uint8Array;
}

/**
 * Every weight of `manipulator`, copied (the model stays alive).
 *
 * @example
 * const saved = await saveWeights(manipulator);
 * await writeWeights("models/adde-m", saved);
 */
export async function saveWeights(manipulator: Manipulator): Promise<SavedWeights> {
  const { tensors, bytes, byteLength } = await packVariables(manipulator.namedVariables());
  const manifest: WeightsManifest = {
    format: WEIGHTS_FORMAT,
    version: WEIGHTS_VERSION,
    kind: manipulator.kind,
    schema: schemaStamp(manipulator.schema),
    dim: manipulator.dim,
    options: manipulator.options,
    dtype: "float32",
    byteOrder: "little-endian",
    tensors,
    byteLength,
  };
  return { manifest, bytes };
}

/**
 * A manipulator rebuilt from saved weights, for `schema` (its `block` or `mann` can train on),
 * of `expected.kind` when given: ADDE-M weights load in either mode (`adde-m-fair` weights as
 * `adde-m-thesis` and back), since both run the same W. Refuses (ManipulatorError
 * "bad-weights") weights of another schema, of a dim or kind other than `expected`'s, or whose
 * bytes do not fit the manifest; nothing stays allocated then.
 *
 * @example
 * const { manifest, bytes } = await readWeights("models/mann");
 * const mann = loadWeights(tf, shopping100k, manifest, bytes, { dim: 340 });
 * const thesis = loadWeights(tf, shopping100k, memory.manifest, memory.bytes, { kind: "adde-m-thesis" });
 */
export function loadWeights(
  tf: Tf,
  schema: AttributeSchema,
  manifest: unknown,
  bytes: Uint8Array,
  expected: { dim?: number; kind?: ManipulatorKind } = {},
): ManipulatorOf<ManipulatorKind> {
  const m = checkManifest(manifest, schema, expected);
  // The manifest's kind unless another with the same weights (the other ADDE-M mode) is asked for.
  const manipulator = createManipulator(tf, schema, expected.kind ?? m.kind, m.options, 0);
  try {
    const mismatch = tensorMismatch(m, manipulator.namedVariables(), bytes);
    if (mismatch !== null) throw new ManipulatorError("bad-weights", `weights: ${mismatch}`);
    assignVariables(tf, manipulator.namedVariables(), bytes);
  } catch (error) {
    manipulator.dispose();
    throw error;
  }
  return manipulator;
}
