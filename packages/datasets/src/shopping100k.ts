import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { type AttributeSchema, fromValueIndices } from "@atelier/schema";
import { checkPath } from "./adde/image-list.ts";
import { DatasetError, type FileLocation } from "./errors.ts";
import { readLines, writeFilesTogether } from "./files.ts";

/** The items of a Shopping100k-style folder, paired by position. */
export interface Shopping100kItems {
  /** Image paths relative to the root, e.g. `Female/1_Coats/1004_2.jpg`, in the order of the
   * first attribute file. */
  readonly images: string[];
  /** Per image, its value position in each attribute (-1 = missing), in schema order. */
  readonly valueIndices: Int32Array[];
  /** Per image, its label vector (`schema.total` entries, one-hot blocks). */
  readonly labels: Float32Array[];
}

export interface Shopping100kOptions {
  /** Folder of the per-attribute label files, relative to the root (default `Attributes`). */
  readonly attributesDir?: string;
}

/** Where an image was first seen, to name both places when files disagree. */
interface Entry {
  readonly indices: Int32Array;
  readonly firstLine: number;
  /** Index of the attribute whose file listed it last, to find images a file leaves out. */
  seenIn: number;
}

/**
 * Reads the labels of a Shopping100k folder: `Attributes/<file>` for every schema attribute with
 * a `file`, each line `<image path> <value index>` (0-based position in the attribute's values,
 * -1 when missing). Every image must appear exactly once in every attribute file; attributes
 * without a `file` are missing for all images. Errors name the file and line (or both files).
 * Images themselves are not opened here: `decodeImages` reports the ones that fail.
 *
 * @example
 * const items = await loadShopping100k("/data/Shopping100k", shopping100k);
 * await writeAddeSplit("splits", "train", { images: items.images, labels: items.labels }, shopping100k);
 */
export async function loadShopping100k(
  root: string,
  schema: AttributeSchema,
  { attributesDir = "Attributes" }: Shopping100kOptions = {},
): Promise<Shopping100kItems> {
  const withFiles = schema.attributes.filter((attribute) => attribute.file !== undefined);
  const first = withFiles[0];
  if (first === undefined) {
    throw new DatasetError(
      "invalid_argument",
      `schema ${schema.dataset} names no attribute file; nothing to read`,
    );
  }
  const entries = new Map<string, Entry>();
  const fileOf = (index: number) => join(root, attributesDir, withFiles[index]?.file ?? "");
  for (const [position, attribute] of withFiles.entries()) {
    const file = fileOf(position);
    const lines = new Map<string, number>();
    for await (const { text, line } of readLines(file)) {
      const at = { file, line };
      const [path, value] = parseLine(text, at, attribute.size, attribute.key);
      const previous = lines.get(path);
      if (previous !== undefined) {
        throw new DatasetError(
          "duplicate_path",
          `"${path}" is listed twice, also on line ${previous}`,
          at,
        );
      }
      lines.set(path, line);
      let entry = entries.get(path);
      if (entry === undefined) {
        if (position > 0) {
          throw new DatasetError(
            "missing_entry",
            `"${path}" is not in ${fileOf(0)}; every image must be in every attribute file`,
            at,
          );
        }
        entry = {
          indices: new Int32Array(schema.attributes.length).fill(-1),
          firstLine: line,
          seenIn: 0,
        };
        entries.set(path, entry);
      }
      entry.indices[attribute.index] = value;
      entry.seenIn = position;
    }
    if (lines.size < entries.size) reportLeftOut(entries, position, file, fileOf(0));
  }
  const images = [...entries.keys()];
  const valueIndices = [...entries.values()].map((entry) => entry.indices);
  const labels = valueIndices.map((indices) => fromValueIndices(schema, indices));
  return { images, valueIndices, labels };
}

/**
 * Writes the per-attribute label files of a Shopping100k-style folder (`Attributes/<file>` for
 * every schema attribute with a `file`; line i is `<images[i]> <value index or -1>`), all or
 * none. `loadShopping100k` reads them back; the same items give byte-identical files.
 *
 * @example
 * await writeShopping100kAttributes("data/catalog", shopping100k, { images, valueIndices });
 */
export async function writeShopping100kAttributes(
  root: string,
  schema: AttributeSchema,
  items: {
    readonly images: readonly string[];
    readonly valueIndices: readonly ArrayLike<number>[];
  },
  { attributesDir = "Attributes" }: Shopping100kOptions = {},
): Promise<void> {
  const folder = join(root, attributesDir);
  if (items.valueIndices.length !== items.images.length) {
    throw new DatasetError(
      "count_mismatch",
      `${items.images.length} images but ${items.valueIndices.length} value index rows; they pair by position`,
      { file: folder },
    );
  }
  const seen = new Map<string, number>();
  items.images.forEach((path, i) => {
    const at = { file: folder, line: i + 1 };
    checkPath(path, at);
    const previous = seen.get(path);
    if (previous !== undefined) {
      throw new DatasetError(
        "duplicate_path",
        `"${path}" is listed twice, also on line ${previous}`,
        at,
      );
    }
    seen.set(path, i + 1);
  });
  const planned = schema.attributes.flatMap((attribute) => {
    if (attribute.file === undefined) return [];
    const file = join(folder, attribute.file);
    const lines = items.images.map((path, i) => {
      const value = items.valueIndices[i]?.[attribute.index] ?? Number.NaN;
      checkValue(value, attribute.size, attribute.key, path, { file, line: i + 1 });
      return `${path} ${value}`;
    });
    return [{ file, lines }];
  });
  await mkdir(folder, { recursive: true });
  await writeFilesTogether(planned);
}

/** `<path> <value>`: split at the last run of whitespace, so a path with a space still reads. */
function parseLine(
  text: string,
  at: FileLocation,
  size: number,
  attribute: string,
): [string, number] {
  const match = /^(.*\S)\s+(\S+)\s*$/.exec(text);
  if (match === null) {
    const problem = text.trim() === "" ? "line is empty" : `"${text}" has no value index`;
    throw new DatasetError(
      text.trim() === "" ? "empty_line" : "malformed_line",
      `${problem}; expected "<image path> <value index or -1>"`,
      at,
    );
  }
  const path = checkPath(match[1] as string, at);
  const token = match[2] as string;
  if (!/^[+-]?\d{1,9}$/.test(token)) {
    throw new DatasetError(
      "not_an_integer",
      `value index "${token}" of "${path}" is not an integer`,
      at,
    );
  }
  const value = Number(token);
  checkValue(value, size, attribute, path, at);
  return [path, value];
}

function checkValue(
  value: number,
  size: number,
  attribute: string,
  path: string,
  at: FileLocation,
): void {
  if (Number.isInteger(value) && value >= -1 && value < size) return;
  throw new DatasetError(
    "index_out_of_range",
    `value index ${value} of "${path}" is out of range for attribute "${attribute}" (0..${size - 1}, or -1 for missing)`,
    at,
  );
}

function reportLeftOut(
  entries: Map<string, Entry>,
  position: number,
  file: string,
  firstFile: string,
): never {
  for (const [path, entry] of entries) {
    if (entry.seenIn === position) continue;
    throw new DatasetError(
      "missing_entry",
      `"${path}" (listed in ${firstFile} on line ${entry.firstLine}) is missing from this file; every image must be in every attribute file`,
      { file },
    );
  }
  throw new Error("unreachable: fewer lines than images, yet every image was seen");
}
