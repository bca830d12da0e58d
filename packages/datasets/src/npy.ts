import { DatasetError } from "./errors.ts";

/** The NPY magic string, `\x93NUMPY`. */
export const NPY_MAGIC = Uint8Array.of(0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59);

/** What an `.npy` header says (format 1.0, 2.0 and 3.0). */
export interface NpyHeader {
  readonly version: `${number}.${number}`;
  /** numpy dtype string, e.g. `<f4`. */
  readonly descr: string;
  readonly fortranOrder: boolean;
  readonly shape: readonly number[];
  /** Byte offset of the array data: magic + version + length field + header text. */
  readonly dataOffset: number;
}

/** True when `bytes` starts with the NPY magic string. */
export function hasNpyMagic(bytes: Uint8Array): boolean {
  return NPY_MAGIC.every((byte, i) => bytes[i] === byte);
}

/**
 * Bytes needed to know an `.npy` header's length: 10 for version 1 (2-byte length), 12 for
 * versions 2 and 3 (4-byte length). Read this many, then `npyHeaderLength` more.
 */
export function npyPreambleLength(preamble: Uint8Array, file: string): number {
  checkMagic(preamble, file);
  const major = preamble[6];
  if (major === 1) return 10;
  if (major === 2 || major === 3) return 12;
  throw new DatasetError(
    "unsupported_npy",
    `NPY format version ${major}.${preamble[7]} is not supported (1.0, 2.0 and 3.0 are)`,
    { file },
  );
}

/**
 * Parses an `.npy` header (magic, version, little-endian header length, then a Python dict
 * literal padded with spaces and ended by `\n`). `bytes` must hold at least the whole header.
 *
 * @example
 * const header = parseNpyHeader(firstBytes, "gallery_feats.npy");
 * header.shape; // [20000, 4080]
 */
export function parseNpyHeader(bytes: Uint8Array, file: string): NpyHeader {
  const preamble = npyPreambleLength(bytes, file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = preamble === 10 ? view.getUint16(8, true) : view.getUint32(8, true);
  if (bytes.length < preamble + length) {
    throw new DatasetError(
      "invalid_npy",
      `header is ${length} bytes but the file ends after ${bytes.length - preamble}`,
      { file },
    );
  }
  // Versions 1 and 2 encode the header in latin1, version 3 in UTF-8 (the spec's only change).
  const encoding = bytes[6] === 3 ? "utf-8" : "latin1";
  const text = new TextDecoder(encoding).decode(bytes.subarray(preamble, preamble + length));
  const dict = parseDictLiteral(text, file);
  const keys = Object.keys(dict).sort().join(", ");
  if (keys !== "descr, fortran_order, shape") {
    throw new DatasetError(
      "invalid_npy",
      `header keys are {${keys}}; expected exactly descr, fortran_order, shape`,
      { file },
    );
  }
  const { descr, fortran_order: fortranOrder, shape } = dict;
  if (typeof descr !== "string" || typeof fortranOrder !== "boolean" || !Array.isArray(shape)) {
    throw new DatasetError(
      "invalid_npy",
      "header has descr (a string), fortran_order (a bool) and shape (a tuple) of the wrong kind",
      { file },
    );
  }
  const dims = shape.filter((d): d is number => typeof d === "number" && d >= 0);
  if (dims.length !== shape.length) {
    throw new DatasetError(
      "invalid_npy",
      `shape ${JSON.stringify(shape)} is not a tuple of sizes`,
      {
        file,
      },
    );
  }
  return {
    version: `${bytes[6]}.${bytes[7]}` as `${number}.${number}`,
    descr,
    fortranOrder,
    shape: dims,
    dataOffset: preamble + length,
  };
}

/**
 * An `.npy` version 1.0 header for a C-order little-endian float32 matrix, padded with spaces so
 * that the data starts at a multiple of 64 bytes, as numpy writes it.
 *
 * @example
 * encodeNpyHeader([2, 3]); // "\x93NUMPY\x01\x00v\x00{'descr': '<f4', ...}   \n" (128 bytes)
 */
export function encodeNpyHeader(shape: readonly [number, number]): Uint8Array {
  const dict = `{'descr': '<f4', 'fortran_order': False, 'shape': (${shape[0]}, ${shape[1]}), }`;
  const unpadded = 10 + dict.length + 1;
  const padding = (64 - (unpadded % 64)) % 64;
  const text = `${dict}${" ".repeat(padding)}\n`;
  const bytes = new Uint8Array(10 + text.length);
  bytes.set(NPY_MAGIC);
  bytes[6] = 1;
  bytes[7] = 0;
  new DataView(bytes.buffer).setUint16(8, text.length, true);
  bytes.set(new TextEncoder().encode(text), 10);
  return bytes;
}

function checkMagic(bytes: Uint8Array, file: string): void {
  if (bytes.length < 10 || !hasNpyMagic(bytes)) {
    throw new DatasetError("invalid_npy", "does not start with the NPY magic string \\x93NUMPY", {
      file,
    });
  }
}

type Literal = string | boolean | number | Literal[];

/**
 * The subset of Python literal syntax numpy writes in headers: a dict of quoted keys to strings,
 * True/False, integers and tuples. Written out rather than regex-matched so that key order,
 * quoting style and spacing may differ (other writers than numpy exist).
 */
function parseDictLiteral(text: string, file: string): Record<string, Literal> {
  let i = 0;
  const fail = (what: string): never => {
    throw new DatasetError(
      "invalid_npy",
      `header is not a Python dict literal: ${what} at character ${i + 1} of ${JSON.stringify(text.trimEnd())}`,
      { file },
    );
  };
  const skip = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  const expect = (char: string) => {
    skip();
    if (text[i] !== char) fail(`expected "${char}"`);
    i++;
  };
  const value = (): Literal => {
    skip();
    const c = text[i];
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) fail("unterminated string");
      const s = text.slice(i + 1, end);
      i = end + 1;
      return s;
    }
    if (c === "(") {
      i++;
      const items: Literal[] = [];
      for (;;) {
        skip();
        if (text[i] === ")") break;
        items.push(value());
        skip();
        if (text[i] === ",") i++;
        else if (text[i] !== ")") fail('expected "," or ")"');
      }
      i++;
      return items;
    }
    const word = /^(True|False|-?\d+)L?/.exec(text.slice(i));
    if (word === null) return fail("expected a string, True, False, an integer or a tuple");
    i += word[0].length;
    const token = word[1] as string;
    return token === "True" ? true : token === "False" ? false : Number(token);
  };
  const dict: Record<string, Literal> = {};
  expect("{");
  for (;;) {
    skip();
    if (text[i] === "}") break;
    const key = value();
    if (typeof key !== "string") fail("expected a quoted key");
    expect(":");
    dict[key as string] = value();
    skip();
    if (text[i] === ",") i++;
    else if (text[i] !== "}") fail('expected "," or "}"');
  }
  i++;
  skip();
  if (i < text.length) fail("unexpected text after the dict");
  return dict;
}
