/**
 * Float32 arrays <-> little-endian bytes, whatever the host's byte order: stored states and
 * weight files must read the same on every machine. DataView copies each value's bits exactly.
 */

/** Writes `values` at `offset` of `view`; returns the offset after them. */
export function writeFloat32LE(view: DataView, offset: number, values: Float32Array): number {
  for (let i = 0; i < values.length; i++) view.setFloat32(offset + 4 * i, values[i] ?? 0, true);
  return offset + 4 * values.length;
}

/** Reads `count` float32 values at `offset` of `view`. */
export function readFloat32LE(view: DataView, offset: number, count: number): Float32Array {
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = view.getFloat32(offset + 4 * i, true);
  return out;
}

/** A DataView over exactly `bytes` (which may be a view into a larger buffer). */
export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The product of `shape`'s sizes (1 for a scalar). */
export const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
