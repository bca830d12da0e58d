/**
 * Named variables <-> the float32 little-endian bytes of a weight file, shared by every model
 * kind (manipulators, encoder): the tensors one after another in the model's fixed order.
 */
import type { Tf } from "@atelier/ml";
import type { Variable } from "@tensorflow/tfjs";
import { readFloat32LE, sizeOf, viewOf, writeFloat32LE } from "../bytes.ts";

/** Variables with names stable across processes, in file order. */
export type NamedVariables = readonly (readonly [string, Variable])[];

/** A manifest's list of tensors. */
export type TensorList = { name: string; shape: number[] }[];

/** Copies of every variable's values, packed (the variables stay alive). */
export async function packVariables(
  named: NamedVariables,
): Promise<{ tensors: TensorList; bytes: Uint8Array; byteLength: number }> {
  const values = await Promise.all(named.map(async ([, v]) => (await v.data()) as Float32Array));
  const byteLength = 4 * values.reduce((n, v) => n + v.length, 0);
  const bytes = new Uint8Array(byteLength);
  values.reduce((offset, v) => writeFloat32LE(viewOf(bytes), offset, v), 0);
  const tensors = named.map(([name, v]) => ({ name, shape: [...v.shape] }));
  return { tensors, bytes, byteLength };
}

/**
 * Returns what is wrong when the manifest's tensors are not exactly `named`'s (names and
 * shapes) or the bytes do not fit them; null when they match.
 */
export function tensorMismatch(
  manifest: { tensors: TensorList; byteLength: number },
  named: NamedVariables,
  bytes: Uint8Array,
): string | null {
  const want = named.map(([name, v]) => `${name} [${v.shape.join(", ")}]`);
  const got = manifest.tensors.map(({ name, shape }) => `${name} [${shape.join(", ")}]`);
  if (got.join("; ") !== want.join("; ")) {
    return `tensors are ${got.join("; ")}, expected ${want.join("; ")}`;
  }
  const expected = 4 * manifest.tensors.reduce((n, t) => n + sizeOf(t.shape), 0);
  if (manifest.byteLength !== expected || bytes.byteLength !== expected) {
    return `expected ${expected} bytes, the manifest says ${manifest.byteLength}, got ${bytes.byteLength}`;
  }
  return null;
}

/** Assigns `bytes` (checked by {@link tensorMismatch}) to `named`, in order. */
export function assignVariables(tf: Tf, named: NamedVariables, bytes: Uint8Array): void {
  let offset = 0;
  for (const [, variable] of named) {
    const values = readFloat32LE(viewOf(bytes), offset, variable.size);
    offset += 4 * variable.size;
    tf.tidy(() => variable.assign(tf.tensor(values, variable.shape, "float32")));
  }
}
