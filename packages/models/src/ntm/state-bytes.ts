/**
 * NTM session state <-> bytes, exact: the float32 values are copied bit for bit.
 *
 * Layout, little-endian: magic "NTMS", u32 version, u32 batch, rows N, width M, units U, then
 * float32 memory [B, N, M], h [B, U], c [B, U], read [B, M], readWeights [B, N],
 * writeWeights [B, N].
 */
import type { Tf } from "@atelier/ml";
import type { Tensor } from "@tensorflow/tfjs";
import { NtmError } from "../errors.ts";
import { type NtmState, STATE_FIELDS } from "./state.ts";

const MAGIC = "NTMS";
const VERSION = 1;
const HEADER_BYTES = 24;
const DIMENSIONS = ["batch", "rows", "width", "units"] as const;

/** The sizes of a serialised state. */
export interface NtmStateShape {
  batch: number;
  rows: number;
  width: number;
  units: number;
}

// The payload is copied as raw float32 bytes, which are little-endian only on such a host.
const hostIsLittleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function fieldShapes(s: NtmStateShape): Record<(typeof STATE_FIELDS)[number], number[]> {
  return {
    memory: [s.batch, s.rows, s.width],
    h: [s.batch, s.units],
    c: [s.batch, s.units],
    read: [s.batch, s.width],
    readWeights: [s.batch, s.rows],
    writeWeights: [s.batch, s.rows],
  };
}

const sizeOf = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

function bytesFor(shape: NtmStateShape): number {
  const shapes = fieldShapes(shape);
  return HEADER_BYTES + 4 * STATE_FIELDS.reduce((n, f) => n + sizeOf(shapes[f]), 0);
}

function fail(message: string): never {
  throw new NtmError("bad-state-bytes", `NTM state bytes: ${message}`);
}

/**
 * Serialises `state` (the tensors stay alive).
 *
 * @example
 * const bytes = await stateToBytes(state); // store per turn, then stateFromBytes(tf, bytes)
 */
export async function stateToBytes(state: NtmState): Promise<Uint8Array> {
  if (!hostIsLittleEndian) fail("big-endian hosts are not supported");
  const [batch, rows, width] = state.memory.shape;
  const shape = { batch, rows, width, units: state.h.shape[1] };
  const out = new Uint8Array(bytesFor(shape));
  const header = new DataView(out.buffer);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  header.setUint32(4, VERSION, true);
  for (const [i, d] of DIMENSIONS.entries()) header.setUint32(8 + 4 * i, shape[d], true);
  let offset = HEADER_BYTES;
  for (const field of STATE_FIELDS) {
    const values = (await (state[field] as Tensor).data()) as Float32Array;
    out.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), offset);
    offset += values.byteLength;
  }
  return out;
}

/** Reads and checks the header: magic, version, positive sizes, total length. */
export function readStateHeader(bytes: Uint8Array): NtmStateShape {
  if (bytes.byteLength < HEADER_BYTES) {
    fail(`${bytes.byteLength} bytes is shorter than the ${HEADER_BYTES}-byte header`);
  }
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== MAGIC) fail(`magic must be "${MAGIC}", got ${JSON.stringify(magic)}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== VERSION) fail(`version ${version} is not supported (expected ${VERSION})`);
  const [batch, rows, width, units] = DIMENSIONS.map((d, i) => {
    const value = view.getUint32(8 + 4 * i, true);
    if (value < 1) fail(`${d} must be at least 1, got ${value}`);
    return value;
  }) as [number, number, number, number];
  const shape = { batch, rows, width, units };
  const expected = bytesFor(shape);
  if (bytes.byteLength !== expected) {
    fail(
      `expected ${expected} bytes for batch ${batch}, memory ${rows} x ${width}, ` +
        `${units} units, got ${bytes.byteLength}`,
    );
  }
  return shape;
}

/**
 * Rebuilds a state from {@link stateToBytes}'s bytes. `expected` (e.g. from the model's
 * config) rejects a state of other sizes. Throws an `NtmError` ("bad-state-bytes") naming the
 * first thing wrong; nothing is allocated then.
 *
 * @example
 * const state = stateFromBytes(tf, bytes, { rows: 12, width: 340, units: 100 });
 */
export function stateFromBytes(
  tf: Tf,
  bytes: Uint8Array,
  expected: Partial<NtmStateShape> = {},
): NtmState {
  if (!hostIsLittleEndian) fail("big-endian hosts are not supported");
  const shape = readStateHeader(bytes);
  for (const d of DIMENSIONS) {
    const want = expected[d];
    if (want !== undefined && want !== shape[d]) fail(`${d} is ${shape[d]}, expected ${want}`);
  }
  // One aligned copy, so the float32 views below are valid whatever `bytes`'s offset.
  const payload = bytes.slice(HEADER_BYTES);
  const shapes = fieldShapes(shape);
  let offset = 0;
  const tensors = STATE_FIELDS.map((field) => {
    const count = sizeOf(shapes[field]);
    const values = new Float32Array(payload.buffer, offset, count);
    offset += 4 * count;
    return tf.tensor(values, shapes[field], "float32");
  });
  return Object.fromEntries(STATE_FIELDS.map((f, i) => [f, tensors[i]])) as NtmState;
}
