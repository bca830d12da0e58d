import { open } from "node:fs/promises";
import { VectorIndexError } from "./errors.ts";
import type { IndexKind, Metric } from "./types.ts";

/** What an index file's header says, read before faiss sees the file. */
export interface FaissFileHeader {
  readonly kind: IndexKind;
  readonly metric: Metric;
  readonly dim: number;
  readonly size: number;
  /** IVF only: the number of lists (k-means cells) and how many a search visits. */
  readonly ivf?: { readonly lists: number; readonly probes: number };
}

// faiss's write_index_header (faiss/impl/index_write.cpp): a fourcc naming the index class, then
// d (int32), ntotal (int64), two int64 placeholders, is_trained (uint8), metric_type (int32),
// all little-endian. faiss-node exposes no metric getter, so the header is where it comes from.
// IndexHNSWFlat writes 'IHNf', then this same header, then the graph, then its IndexFlat storage
// as a whole nested index (its own IxF2/IxFI header). IndexIVFFlat writes 'IwFl', this header,
// nlist and nprobe (uint64 each, bytes 37 and 45), its quantizer as a nested flat index, then the
// inverted lists. faiss reads nprobe back from the file: the one way to set it through faiss-node.
const HEADER_BYTES = 37;
const IVF_LISTS_AT = 37;
const IVF_PROBES_AT = 45;
const IVF_HEADER_BYTES = 53;

/** faiss's MetricType values (faiss/MetricType.h) for the metrics this package supports. */
export const FAISS_METRIC_TYPE: Readonly<Record<Metric, number>> = { ip: 0, l2: 1 };
const METRIC_OF_TYPE: Readonly<Record<number, Metric>> = { 0: "ip", 1: "l2" };

/** Index classes this build reads, by fourcc; flat classes also fix the metric. */
const FOURCC: Readonly<Record<string, { kind: IndexKind; metric?: Metric }>> = {
  IxF2: { kind: "flat", metric: "l2" },
  IxFI: { kind: "flat", metric: "ip" },
  IHNf: { kind: "hnsw" },
  IwFl: { kind: "ivf" },
};

/**
 * Reads and checks the header of a faiss index file.
 *
 * @example
 * await readFaissHeader("catalog.faiss"); // { kind: "flat", metric: "l2", dim: 4080, size: 20000 }
 */
export async function readFaissHeader(path: string): Promise<FaissFileHeader> {
  const bytes = await readPrefix(path, IVF_HEADER_BYTES);
  if (bytes.length < HEADER_BYTES) {
    throw invalid(path, `${bytes.length} bytes is too short for a faiss index header`);
  }
  const fourcc = bytes.toString("latin1", 0, 4);
  const type = Object.hasOwn(FOURCC, fourcc) ? FOURCC[fourcc] : undefined;
  if (type === undefined) {
    const shown = /^[\x20-\x7e]{4}$/.test(fourcc) ? `'${fourcc}'` : "binary data";
    throw invalid(
      path,
      `unsupported index type ${shown}; this build reads flat (IxF2, IxFI), HNSW (IHNf) and IVF (IwFl) indexes`,
    );
  }
  const dim = bytes.readInt32LE(4);
  const size = bytes.readBigInt64LE(8);
  const metricType = bytes.readInt32LE(33);
  const metric = Object.hasOwn(METRIC_OF_TYPE, metricType) ? METRIC_OF_TYPE[metricType] : undefined;
  if (
    dim < 1 ||
    size < 0n ||
    size > BigInt(Number.MAX_SAFE_INTEGER) ||
    (type.metric !== undefined && metric !== type.metric)
  ) {
    throw invalid(path, `corrupt header (dim ${dim}, size ${size}, metric ${metricType})`);
  }
  if (metric === undefined) {
    throw invalid(
      path,
      `unsupported metric type ${metricType}; this build reads l2 (1) and ip (0)`,
    );
  }
  const header = { kind: type.kind, metric, dim, size: Number(size) };
  if (type.kind !== "ivf") return header;
  const lists = bytes.length >= IVF_HEADER_BYTES ? bytes.readBigUInt64LE(IVF_LISTS_AT) : 0n;
  const probes = bytes.length >= IVF_HEADER_BYTES ? bytes.readBigUInt64LE(IVF_PROBES_AT) : 0n;
  if (lists < 1n || lists > 2n ** 31n || probes < 1n || probes > lists) {
    throw invalid(path, `corrupt IVF header (${lists} lists, ${probes} probes)`);
  }
  return { ...header, ivf: { lists: Number(lists), probes: Number(probes) } };
}

/**
 * A copy of a serialised index (`toBuffer`) of class `fourcc`, edited by `edit`: the way to set
 * search and build parameters faiss-node has no setter for, but faiss reads back from its own
 * serialisation (then reload the copy with `Index.fromBuffer`). `edit` gets the copy and throws
 * on a layout it does not expect; the input is never changed.
 *
 * @example
 * const copy = rewriteSerialised(bytes, "IwFl", (b) => b.writeBigUInt64LE(8n, 45));
 */
export function rewriteSerialised(
  serialised: Buffer,
  fourcc: string,
  edit: (copy: Buffer) => void,
): Buffer {
  const copy = Buffer.from(serialised);
  inSerialised(copy, fourcc, () => edit(copy));
  return copy;
}

/** Runs `read` on bytes that must hold a serialised `fourcc` index; reading past them is refused. */
function inSerialised<T>(bytes: Buffer, fourcc: string, read: () => T): T {
  const found = bytes.toString("latin1", 0, 4);
  if (found !== fourcc || bytes.length < HEADER_BYTES) {
    throw new VectorIndexError(
      "invalid_argument",
      `not a serialised ${fourcc} index ('${found}', ${bytes.length} bytes)`,
    );
  }
  try {
    return read();
  } catch (cause) {
    if (cause instanceof VectorIndexError) throw cause;
    throw new VectorIndexError(
      "invalid_argument",
      `serialised ${fourcc} index is truncated or has an unexpected layout`,
      { cause },
    );
  }
}

/**
 * A copy of a serialised IVF index (`toBuffer`) that searches `probes` lists per query: nprobe
 * lives in the file header and faiss-node has no setter, so it is rewritten there.
 *
 * @example
 * const native = addon.Index.fromBuffer(withIvfProbes(index.toBuffer(), 8));
 */
export function withIvfProbes(serialised: Buffer, probes: number): Buffer {
  return setIvfProbes(Buffer.from(serialised), probes);
}

/** `withIvfProbes` in place: `bytes` itself is changed and returned (a whole file read to load). */
export function setIvfProbes(bytes: Buffer, probes: number): Buffer {
  inSerialised(bytes, "IwFl", () => bytes.writeBigUInt64LE(BigInt(probes), IVF_PROBES_AT));
  return bytes;
}

// faiss 1.7.3 write_HNSW (faiss/impl/index_write.cpp), right after the 37-byte header of an
// IHNf file: five vectors, each a uint64 count then its items (assign_probas float64,
// cum_nneighbor_per_level int32, levels int32, offsets uint64, neighbors int32), then entry_point,
// max_level, efConstruction, efSearch and upper_beam (int32 each). The storage follows as a nested
// flat index. Checked against faiss's own bytes (an empty index reads -1, -1, 40, 16, 1).
const HNSW_VECTOR_ITEM_BYTES = [8, 4, 4, 8, 4] as const;
/** efConstruction's distance from entry_point (after it and max_level); efSearch follows it. */
const HNSW_EF_CONSTRUCTION_FROM_ENTRY = 8;

/** HNSW's build and search breadths (faiss's efConstruction and efSearch). */
export interface HnswParams {
  readonly efConstruction: number;
  readonly efSearch: number;
}

/**
 * Where efConstruction sits in a serialised HNSW index (file bytes or `toBuffer`), efSearch 4
 * bytes later; throws a RangeError when the bytes end before it.
 */
function hnswParamsOffset(bytes: Buffer): number {
  let at = HEADER_BYTES;
  for (const itemBytes of HNSW_VECTOR_ITEM_BYTES) {
    const count = bytes.readBigUInt64LE(at);
    if (count > BigInt(bytes.length)) throw new RangeError(`vector of ${count} items`);
    at += 8 + Number(count) * itemBytes;
  }
  const offset = at + HNSW_EF_CONSTRUCTION_FROM_ENTRY;
  bytes.readInt32LE(offset + 4); // both fields must be there
  return offset;
}

/**
 * efConstruction and efSearch as stored in a serialised HNSW index (a whole saved file or
 * `toBuffer`).
 *
 * @example
 * readHnswParams(await readFile("catalog.faiss")); // { efConstruction: 40, efSearch: 128 }
 */
export function readHnswParams(serialised: Buffer): HnswParams {
  return inSerialised(serialised, "IHNf", () => {
    const at = hnswParamsOffset(serialised);
    return { efConstruction: serialised.readInt32LE(at), efSearch: serialised.readInt32LE(at + 4) };
  });
}

/**
 * A copy of a serialised HNSW index (`toBuffer`) with the given efConstruction and/or efSearch:
 * faiss-node has no setter for either, and faiss reads both back from the graph section. Set
 * efConstruction before vectors are added (it only shapes later insertions).
 *
 * @example
 * const native = addon.Index.fromBuffer(withHnswParams(index.toBuffer(), { efSearch: 128 }));
 */
export function withHnswParams(serialised: Buffer, params: Partial<HnswParams>): Buffer {
  return setHnswParams(Buffer.from(serialised), params);
}

/** `withHnswParams` in place: `bytes` itself is changed and returned (a whole file read to load). */
export function setHnswParams(bytes: Buffer, params: Partial<HnswParams>): Buffer {
  inSerialised(bytes, "IHNf", () => {
    const at = hnswParamsOffset(bytes);
    if (params.efConstruction !== undefined) bytes.writeInt32LE(params.efConstruction, at);
    if (params.efSearch !== undefined) bytes.writeInt32LE(params.efSearch, at + 4);
  });
  return bytes;
}

async function readPrefix(path: string, length: number): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new VectorIndexError("file_not_found", `index file not found: ${path}`, {
        path,
        cause,
      });
    }
    throw new VectorIndexError("invalid_file", `cannot open index file ${path} (${code})`, {
      path,
      cause,
    });
  }
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new VectorIndexError("invalid_file", `cannot read index file ${path} (${code})`, {
      path,
      cause,
    });
  } finally {
    await handle.close();
  }
}

function invalid(path: string, reason: string): VectorIndexError {
  return new VectorIndexError("invalid_file", `${path} is not a readable faiss index: ${reason}`, {
    path,
  });
}
