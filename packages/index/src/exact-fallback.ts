/**
 * Exact search over the allowed ids, for the queries an approximate index (HNSW, IVF) leaves
 * short under a filter: faiss 1.7.3's HNSW walk stops on efSearch and IVF scans only its probed
 * lists, so a selective filter can leave fewer than k allowed ids however far the fetch grows.
 * The allowed ids of a selective filter are few, so scoring each of them is cheap; the vectors
 * come from the index's own serialisation (faiss-node has no reconstruct), read once.
 */
import { VectorIndexError } from "./errors.ts";
import type { IndexKind, Metric } from "./types.ts";

const HEADER_BYTES = 37;
/** IVF: nlist and nprobe (uint64 each) follow the header, then the quantizer index. */
const IVF_QUANTIZER_AT = 53;

/**
 * The `size x dim` vectors a serialised HNSW or IVF-flat index holds, in id order.
 *
 * HNSW (`IHNf`) writes its storage, a flat index, last: its vector is the final `size * dim`
 * floats, after their uint64 count. IVF-flat (`IwFl`) writes the quantizer (a flat index), the
 * direct map (a type byte and an int64 vector), then its inverted lists (`ilar`: nlist,
 * code_size, list sizes as `full` or `sprs`, then each non-empty list's codes, the raw floats,
 * and its ids).
 *
 * @example
 * const vectors = storedVectors(native.toBuffer(), "hnsw", index.size, index.dim);
 */
export function storedVectors(
  bytes: Buffer,
  kind: Exclude<IndexKind, "flat">,
  size: number,
  dim: number,
): Float32Array {
  const floats = size * dim;
  try {
    if (kind === "hnsw") {
      const start = bytes.length - floats * 4;
      if (Number(bytes.readBigUInt64LE(start - 8)) !== floats) throw new RangeError("storage");
      return copyFloats(bytes, start, floats);
    }
    return ivfVectors(bytes, size, dim);
  } catch (cause) {
    throw new VectorIndexError(
      "invalid_file",
      `cannot read the vectors of this ${kind} index for an exact search (unexpected layout)`,
      { cause },
    );
  }
}

function ivfVectors(bytes: Buffer, size: number, dim: number): Float32Array {
  let at = IVF_QUANTIZER_AT + HEADER_BYTES; // the quantizer's own header
  at += 8 + Number(bytes.readBigUInt64LE(at)) * 4; // its centroids
  at += 1; // direct map type
  at += 8 + Number(bytes.readBigUInt64LE(at)) * 8; // direct map array
  if (bytes.toString("latin1", at, at + 4) !== "ilar") throw new RangeError("inverted lists");
  const nlist = Number(bytes.readBigUInt64LE(at + 4));
  const codeSize = Number(bytes.readBigUInt64LE(at + 12));
  if (codeSize !== dim * 4) throw new RangeError("code size");
  const listType = bytes.toString("latin1", at + 20, at + 24);
  const count = Number(bytes.readBigUInt64LE(at + 24));
  at += 32;
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) sizes.push(Number(bytes.readBigUInt64LE(at + i * 8)));
  at += count * 8;
  // "full": one size per list; "sprs": (list, size) pairs of the non-empty lists.
  const lengths = listType === "full" ? sizes : sizes.filter((_, i) => i % 2 === 1);
  if (listType !== "full" && listType !== "sprs") throw new RangeError("list type");
  if (listType === "full" && lengths.length !== nlist) throw new RangeError("list sizes");
  const out = new Float32Array(size * dim);
  for (const n of lengths) {
    if (n === 0) continue;
    const codes = copyFloats(bytes, at, n * dim);
    at += n * codeSize;
    for (let j = 0; j < n; j++) {
      const id = Number(bytes.readBigInt64LE(at + j * 8));
      if (id < 0 || id >= size) throw new RangeError(`id ${id}`);
      out.set(codes.subarray(j * dim, (j + 1) * dim), id * dim);
    }
    at += n * 8;
  }
  return out;
}

/** Floats at a byte offset that need not be 4-aligned. */
function copyFloats(bytes: Buffer, start: number, count: number): Float32Array {
  const copy = new Uint8Array(count * 4);
  copy.set(bytes.subarray(start, start + count * 4));
  return new Float32Array(copy.buffer);
}

/** The exact top `width` allowed ids of one query, written into row `row` of ids/distances. */
export function exactRow(
  vectors: Float32Array,
  dim: number,
  metric: Metric,
  query: Float32Array,
  allowedIds: Int32Array,
  out: { ids: Int32Array; distances: Float32Array; row: number; width: number },
): void {
  const scores = new Float64Array(allowedIds.length);
  allowedIds.forEach((id, i) => {
    let sum = 0;
    const base = id * dim;
    for (let c = 0; c < dim; c++) {
      const v = vectors[base + c] as number;
      const q = query[c] as number;
      sum += metric === "l2" ? (q - v) * (q - v) : q * v;
    }
    scores[i] = sum;
  });
  const order = Array.from(allowedIds.keys());
  // Nearest first; ties by id, as faiss's flat search orders them.
  const better = (a: number, b: number) =>
    (metric === "l2"
      ? (scores[a] as number) - (scores[b] as number)
      : (scores[b] as number) - (scores[a] as number)) ||
    (allowedIds[a] as number) - (allowedIds[b] as number);
  order.sort(better);
  for (let j = 0; j < out.width; j++) {
    const i = order[j];
    out.ids[out.row * out.width + j] = i === undefined ? -1 : (allowedIds[i] as number);
    out.distances[out.row * out.width + j] = i === undefined ? Number.NaN : (scores[i] as number);
  }
}
