import { describe, expect, it } from "vitest";
import { isDatasetError } from "./errors.ts";
import { encodeNpyHeader, parseNpyHeader } from "./npy.ts";

/** An .npy header as bytes: magic, version, little-endian length (2 or 4 bytes), text. */
function header(text: string, major = 1): Uint8Array {
  const body = new TextEncoder().encode(text);
  const preamble = major === 1 ? 10 : 12;
  const bytes = new Uint8Array(preamble + body.length);
  bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, major, 0]);
  const view = new DataView(bytes.buffer);
  if (major === 1) view.setUint16(8, body.length, true);
  else view.setUint32(8, body.length, true);
  bytes.set(body, preamble);
  return bytes;
}

/** numpy 2.x's header text for a (3, 4) float32 array, padded with spaces and ended by `\n`. */
const numpyText = (spaces: number) =>
  `{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }${" ".repeat(spaces)}\n`;
/** `np.save` (version 1.0): the data starts at byte 128. */
const NUMPY_V1 = numpyText(58);

function parseError(bytes: Uint8Array): string {
  try {
    parseNpyHeader(bytes, "x.npy");
  } catch (error) {
    if (isDatasetError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error("parsed");
}

describe("parseNpyHeader", () => {
  it("reads a version 1.0 header padded per the spec, as numpy writes it", () => {
    const bytes = header(NUMPY_V1);
    expect(bytes.length).toBe(128);
    expect(parseNpyHeader(bytes, "x.npy")).toEqual({
      version: "1.0",
      descr: "<f4",
      fortranOrder: false,
      shape: [3, 4],
      dataOffset: 128,
    });
  });

  it("reads versions 2.0 and 3.0 (4-byte length; 3.0 is UTF-8)", () => {
    // `write_array(..., version=(2, 0))`: two bytes more of length field, two spaces less.
    const v2 = parseNpyHeader(header(numpyText(56), 2), "x.npy");
    expect([v2.version, v2.dataOffset, v2.shape]).toEqual(["2.0", 128, [3, 4]]);
    const v3 = parseNpyHeader(
      header("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 5)}\n", 3),
      "x.npy",
    );
    expect([v3.version, v3.shape]).toEqual(["3.0", [2, 5]]);
  });

  it("accepts other key orders, double quotes, 1-tuples and spacing", () => {
    const parsed = parseNpyHeader(
      header('{"shape":(7,),"fortran_order":True,"descr":">f8"}   \n'),
      "x.npy",
    );
    expect([parsed.descr, parsed.fortranOrder, parsed.shape]).toEqual([">f8", true, [7]]);
  });

  it("names what is wrong with a broken header", () => {
    expect(parseError(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))).toBe(
      "invalid_npy: x.npy: does not start with the NPY magic string \\x93NUMPY",
    );
    expect(parseError(header(NUMPY_V1, 4))).toBe(
      "unsupported_npy: x.npy: NPY format version 4.0 is not supported (1.0, 2.0 and 3.0 are)",
    );
    expect(parseError(header(NUMPY_V1).subarray(0, 60))).toContain(
      "header is 118 bytes but the file ends after 50",
    );
    expect(parseError(header("{'descr': '<f4', 'shape': (3, 4)}\n"))).toContain(
      "header keys are {descr, shape}; expected exactly descr, fortran_order, shape",
    );
    expect(
      parseError(header("{'descr': '<f4', 'fortran_order': Nope, 'shape': (3, 4)}\n")),
    ).toContain(
      "header is not a Python dict literal: expected a string, True, False, an integer or a tuple at character 35",
    );
    expect(parseError(header("{'descr': 4, 'fortran_order': False, 'shape': (3, 4)}\n"))).toContain(
      "of the wrong kind",
    );
  });
});

describe("encodeNpyHeader", () => {
  it("writes numpy's header for (3, 4) byte for byte", () => {
    expect(encodeNpyHeader([3, 4])).toEqual(header(NUMPY_V1));
  });

  it("pads the data offset to a multiple of 64 for any shape", () => {
    for (const shape of [
      [0, 1],
      [20000, 4080],
      [123456789, 340],
    ] as const) {
      const bytes = encodeNpyHeader(shape);
      expect(bytes.length % 64).toBe(0);
      expect(parseNpyHeader(bytes, "x.npy").shape).toEqual([...shape]);
    }
  });
});
