/** Saving and loading a manipulator's weights (ADDE-M's memory, the MANN's NTM). */
import type { Tf } from "@atelier/ml";
import type { AttributeSchema } from "@atelier/schema";
import { readFloat32LE, sizeOf, viewOf, writeFloat32LE } from "../bytes.ts";
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
  const named = manipulator.namedVariables();
  const values = await Promise.all(named.map(async ([, v]) => (await v.data()) as Float32Array));
  const byteLength = 4 * values.reduce((n, v) => n + v.length, 0);
  const bytes = new Uint8Array(byteLength);
  values.reduce((offset, v) => writeFloat32LE(viewOf(bytes), offset, v), 0);
  const manifest: WeightsManifest = {
    format: WEIGHTS_FORMAT,
    version: WEIGHTS_VERSION,
    kind: manipulator.kind,
    schema: schemaStamp(manipulator.schema),
    dim: manipulator.dim,
    options: manipulator.options,
    dtype: "float32",
    byteOrder: "little-endian",
    tensors: named.map(([name, v]) => ({ name, shape: [...v.shape] })),
    byteLength,
  };
  return { manifest, bytes };
}

/** Throws unless the manifest's tensors are exactly `manipulator`'s, names and shapes. */
function checkTensors(manifest: WeightsManifest, manipulator: Manipulator, bytes: Uint8Array) {
  const fail = (message: string): never => {
    throw new ManipulatorError("bad-weights", `weights: ${message}`);
  };
  const want = manipulator.namedVariables().map(([name, v]) => `${name} [${v.shape.join(", ")}]`);
  const got = manifest.tensors.map(({ name, shape }) => `${name} [${shape.join(", ")}]`);
  if (got.join("; ") !== want.join("; ")) {
    fail(`tensors are ${got.join("; ")}, expected ${want.join("; ")}`);
  }
  const expected = 4 * manifest.tensors.reduce((n, t) => n + sizeOf(t.shape), 0);
  if (manifest.byteLength !== expected || bytes.byteLength !== expected) {
    fail(
      `expected ${expected} bytes, the manifest says ${manifest.byteLength}, got ${bytes.byteLength}`,
    );
  }
}

/**
 * A manipulator rebuilt from saved weights, for `schema` (its `block` or `mann` can train on). Refuses (ManipulatorError
 * "bad-weights") weights of another schema, of a dim or kind other than `expected`'s, or whose
 * bytes do not fit the manifest; nothing stays allocated then.
 *
 * @example
 * const { manifest, bytes } = await readWeights("models/mann");
 * const mann = loadWeights(tf, shopping100k, manifest, bytes, { dim: 340 });
 */
export function loadWeights(
  tf: Tf,
  schema: AttributeSchema,
  manifest: unknown,
  bytes: Uint8Array,
  expected: { dim?: number; kind?: ManipulatorKind } = {},
): ManipulatorOf<ManipulatorKind> {
  const m = checkManifest(manifest, schema, expected);
  const manipulator = createManipulator(tf, schema, m.kind, m.options, 0);
  try {
    checkTensors(m, manipulator, bytes);
    let offset = 0;
    for (const [, variable] of manipulator.namedVariables()) {
      const values = readFloat32LE(viewOf(bytes), offset, variable.size);
      offset += 4 * variable.size;
      tf.tidy(() => variable.assign(tf.tensor(values, variable.shape, "float32")));
    }
  } catch (error) {
    manipulator.dispose();
    throw error;
  }
  return manipulator;
}
