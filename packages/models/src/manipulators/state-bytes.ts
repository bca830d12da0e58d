/**
 * Any manipulator's session state <-> bytes, exact. Layout, little-endian: magic "AMST",
 * u32 version, u32 kind (index in MANIPULATOR_KINDS), u32 batch, u32 field count, then per
 * field u32 rank and the u32 sizes of its per-session shape, then the float32 fields
 * [B, ...row] in the layout's order. The header repeats the shapes so that a blob of another
 * model is refused with a message saying how it differs.
 */
import type { Tf } from "@atelier/ml";
import type { Tensor } from "@tensorflow/tfjs";
import { readFloat32LE, sizeOf, viewOf, writeFloat32LE } from "../bytes.ts";
import { ManipulatorError } from "../errors.ts";
import { MANIPULATOR_KINDS, type StateLayout } from "../manipulator.ts";

const MAGIC = "AMST";
const VERSION = 1;

function fail(message: string): never {
  throw new ManipulatorError("bad-state-bytes", `state bytes: ${message}`);
}

/** The header's u32 values after the magic. */
function headerWords(layout: StateLayout, batch: number): number[] {
  const rows = layout.fields.flatMap(({ row }) => [row.length, ...row]);
  const kind = MANIPULATOR_KINDS.indexOf(layout.kind);
  return [VERSION, kind, batch, layout.fields.length, ...rows];
}

/** One blob of `batch` sessions from each field's values, in `layout` order. */
export function encodeState(
  layout: StateLayout,
  batch: number,
  fields: readonly Float32Array[],
): Uint8Array {
  const words = headerWords(layout, batch);
  const floats = fields.reduce((n, f) => n + f.length, 0);
  const out = new Uint8Array(4 + 4 * words.length + 4 * floats);
  const view = viewOf(out);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  for (const [i, w] of words.entries()) view.setUint32(4 + 4 * i, w, true);
  let offset = 4 + 4 * words.length;
  for (const values of fields) offset = writeFloat32LE(view, offset, values);
  return out;
}

/** What the header must say for `layout`; names the first difference. */
function checkHeader(layout: StateLayout, view: DataView, batch: number): number {
  const expected = headerWords(layout, batch);
  if (view.byteLength < 4 + 4 * expected.length) fail(`${view.byteLength} bytes is too short`);
  const got = expected.map((_, i) => view.getUint32(4 + 4 * i, true));
  const what = (i: number) =>
    ["version", "kind", "batch", "field count"][i] ?? "a field's per-session shape";
  for (const [i, want] of expected.entries()) {
    if (got[i] === want) continue;
    const [g, w] =
      i === 1 ? [MANIPULATOR_KINDS[got[i] ?? -1] ?? got[i], layout.kind] : [got[i], want];
    fail(`${what(i)} is ${g}, expected ${w}`);
  }
  return 4 + 4 * expected.length;
}

/**
 * The sessions of one blob, each field's values in `layout` order. Throws a
 * `ManipulatorError` ("bad-state-bytes") naming the first thing wrong.
 */
export function decodeState(
  layout: StateLayout,
  bytes: Uint8Array,
): { batch: number; fields: Float32Array[] } {
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== MAGIC) fail(`magic must be "${MAGIC}", got ${JSON.stringify(magic)}`);
  const view = viewOf(bytes);
  const batch = bytes.byteLength >= 16 ? view.getUint32(12, true) : 0;
  if (batch < 1) fail(`batch must be at least 1, got ${batch}`);
  let offset = checkHeader(layout, view, batch);
  const sizes = layout.fields.map(({ row }) => batch * sizeOf(row));
  const expected = offset + 4 * sizes.reduce((a, b) => a + b, 0);
  if (bytes.byteLength !== expected) {
    fail(`expected ${expected} bytes for ${batch} sessions, got ${bytes.byteLength}`);
  }
  const fields = sizes.map((size) => {
    const values = readFloat32LE(view, offset, size);
    offset += 4 * size;
    return values;
  });
  return { batch, fields };
}

/** Decodes every blob and joins their sessions, field by field, into tensors [B, ...row]. */
export function tensorsFromBlobs(
  tf: Tf,
  layout: StateLayout,
  blobs: readonly Uint8Array[],
): Record<string, Tensor> {
  if (blobs.length === 0) fail("no blobs given");
  const decoded = blobs.map((b) => decodeState(layout, b));
  const batch = decoded.reduce((n, d) => n + d.batch, 0);
  return Object.fromEntries(
    layout.fields.map(({ name, row }, i) => {
      const values = new Float32Array(batch * sizeOf(row));
      let offset = 0;
      for (const d of decoded) {
        const part = d.fields[i] as Float32Array;
        values.set(part, offset);
        offset += part.length;
      }
      return [name, tf.tensor(values, [batch, ...row], "float32")];
    }),
  );
}
