/**
 * The few protobuf wire-format writers an `Event` needs (varint, 64-bit, 32-bit and
 * length-delimited fields). Hand-written: protobufjs or @bufbuild/protobuf would bring a schema
 * compiler and runtime for four message fields.
 */

/** Protobuf wire types (https://protobuf.dev/programming-guides/encoding/). */
export const WIRE = { varint: 0, fixed64: 1, bytes: 2, fixed32: 5 } as const;

/** A growing byte buffer of protobuf fields; `finish()` returns the message's bytes. */
export class ProtoWriter {
  private readonly chunks: number[] = [];

  /** Base-128 varint of a non-negative safe integer (BigInt-free: steps stay below 2^53). */
  varint(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`varint needs a non-negative safe integer, got ${value}`);
    }
    let v = value;
    while (v >= 0x80) {
      this.chunks.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.chunks.push(v);
    return this;
  }

  private tag(field: number, wire: number): this {
    return this.varint(field * 8 + wire);
  }

  /** An int64/uint64 field. */
  int64(field: number, value: number): this {
    return this.tag(field, WIRE.varint).varint(value);
  }

  /** A double field (8 bytes, little-endian). */
  double(field: number, value: number): this {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setFloat64(0, value, true);
    return this.tag(field, WIRE.fixed64).raw(bytes);
  }

  /** A float field (4 bytes, little-endian). */
  float(field: number, value: number): this {
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    return this.tag(field, WIRE.fixed32).raw(bytes);
  }

  /** A length-delimited field: bytes, an embedded message, or a UTF-8 string. */
  bytes(field: number, value: Uint8Array | string): this {
    const data = typeof value === "string" ? new TextEncoder().encode(value) : value;
    return this.tag(field, WIRE.bytes).varint(data.length).raw(data);
  }

  private raw(bytes: Uint8Array): this {
    for (const b of bytes) this.chunks.push(b);
    return this;
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}
