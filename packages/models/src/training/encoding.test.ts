import { describe, expect, it } from "vitest";
import { crc32c, maskedCrc32c } from "./crc32c.ts";
import { ProtoWriter } from "./protobuf.ts";
import { encodeEvent, tfRecord } from "./tfevents.ts";

/** A minimal protobuf reader: the test decodes what the writer wrote, field by field. */
function fields(bytes: Uint8Array): [number, number | Uint8Array][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: [number, number | Uint8Array][] = [];
  let i = 0;
  const varint = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[i++] as number;
      value += (b & 0x7f) * scale;
      scale *= 128;
      if (b < 0x80) return value;
    }
  };
  while (i < bytes.length) {
    const key = varint();
    const [field, wire] = [Math.floor(key / 8), key % 8];
    if (wire === 0) out.push([field, varint()]);
    else if (wire === 1) {
      out.push([field, view.getFloat64(i, true)]);
      i += 8;
    } else if (wire === 5) {
      out.push([field, view.getFloat32(i, true)]);
      i += 4;
    } else {
      const length = varint();
      out.push([field, bytes.subarray(i, i + length)]);
      i += length;
    }
  }
  return out;
}

const text = (b: unknown) => new TextDecoder().decode(b as Uint8Array);

describe("crc32c", () => {
  it("matches the standard check value and RFC 3720 vectors", () => {
    expect(crc32c(new TextEncoder().encode("123456789"))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(new Uint8Array(0))).toBe(0);
  });

  it("masks as TFRecord does", () => {
    const crc = crc32c(new TextEncoder().encode("123456789"));
    const rotated = ((crc >>> 15) | (crc << 17)) >>> 0;
    expect(maskedCrc32c(new TextEncoder().encode("123456789"))).toBe((rotated + 0xa282ead8) >>> 0);
  });
});

describe("protobuf writer", () => {
  it("writes varints as the spec's example (150 -> 96 01)", () => {
    expect([...new ProtoWriter().int64(1, 150).finish()]).toEqual([0x08, 0x96, 0x01]);
    expect([...new ProtoWriter().int64(2, 2 ** 40).finish()].length).toBe(1 + 6);
    expect(() => new ProtoWriter().varint(-1)).toThrow(RangeError);
  });
});

describe("event encoding", () => {
  it("decodes field by field: wall_time, step, summary { value { tag, simple_value } }", () => {
    const bytes = encodeEvent({ wallTime: 1700000000.25, step: 7, scalars: { loss: 0.5, lr: 2 } });
    const event = fields(bytes);
    expect(event.slice(0, 2)).toEqual([
      [1, 1700000000.25],
      [2, 7],
    ]);
    const [summaryField, summary] = event[2] as [number, Uint8Array];
    expect(summaryField).toBe(5);
    const values = fields(summary).map(([field, value]) => {
      expect(field).toBe(1);
      const [tag, simple] = fields(value as Uint8Array);
      return [tag?.[0], text(tag?.[1]), simple?.[0], simple?.[1]];
    });
    expect(values).toEqual([
      [1, "loss", 2, 0.5],
      [1, "lr", 2, 2],
    ]);
  });

  it("writes the file-version header as field 3", () => {
    const event = fields(encodeEvent({ wallTime: 1, step: 0, fileVersion: "brain.Event:2" }));
    expect(event[2]?.[0]).toBe(3);
    expect(text(event[2]?.[1])).toBe("brain.Event:2");
  });

  it("frames records: length, masked crc of length, data, masked crc of data", () => {
    const data = new TextEncoder().encode("hello");
    const record = tfRecord(data);
    const view = new DataView(record.buffer);
    expect(record.length).toBe(8 + 4 + 5 + 4);
    expect(view.getBigUint64(0, true)).toBe(5n);
    expect(view.getUint32(8, true)).toBe(maskedCrc32c(record.subarray(0, 8)));
    expect(text(record.subarray(12, 17))).toBe("hello");
    expect(view.getUint32(17, true)).toBe(maskedCrc32c(data));
  });
});
