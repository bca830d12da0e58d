import { DatasetError, type FileLocation } from "./errors.ts";
import { readLines, writeLines } from "./files.ts";
import { eachRow, type IntMatrix, type IntRows, RowBuffer } from "./matrix.ts";

/**
 * What one line of an integer file must hold. The same spec checks a line read from disk and a
 * row about to be written, so readers and writers accept exactly the same files.
 */
export interface RowSpec {
  /** What a line is, for messages: "label vector", "triplet". */
  readonly what: string;
  readonly width: number;
  /** Throws a `DatasetError` at `at` when `values` (already the right length) is not allowed. */
  readonly check: (values: ArrayLike<number>, at: FileLocation) => void;
}

/** One parsed line of an integer file. */
export interface IntLine {
  readonly line: number;
  readonly values: readonly number[];
}

/**
 * Whitespace-separated integers of one line (spaces or tabs, any run of them, as numpy's
 * `loadtxt` reads). Scans char codes rather than splitting and matching each token with a regex:
 * a 100k-line labels file has 15M tokens.
 */
export function parseIntegers(text: string, at: FileLocation): number[] {
  const values: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    const start = i;
    let sign = 1;
    if (c === 45 || c === 43) {
      sign = c === 45 ? -1 : 1;
      i++;
    }
    let value = 0;
    let digits = 0;
    let valid = true;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c === 32 || c === 9) break;
      if (c >= 48 && c <= 57) {
        value = value * 10 + (c - 48);
        digits++;
      } else {
        valid = false;
      }
      i++;
    }
    if (!valid || digits === 0 || digits > 15) {
      const token = text.slice(start, i);
      throw new DatasetError(
        "not_an_integer",
        `entry ${values.length + 1} ("${token}") is not an integer`,
        at,
      );
    }
    values.push(sign * value);
  }
  return values;
}

/** Checks the entry count and that every entry is an integer, then the spec's own rule. */
export function checkRow(values: ArrayLike<number>, spec: RowSpec, at: FileLocation): void {
  if (values.length !== spec.width) {
    throw new DatasetError(
      "wrong_entry_count",
      `${spec.what} has ${values.length} entries, expected ${spec.width}`,
      at,
    );
  }
  for (let j = 0; j < values.length; j++) {
    const value = values[j] as number;
    if (!Number.isInteger(value)) {
      throw new DatasetError("not_an_integer", `entry ${j + 1} (${value}) is not an integer`, at);
    }
  }
  spec.check(values, at);
}

/**
 * Streams the checked lines of an integer file. A blank line is an error, not skipped: ADDE pairs
 * files by line number, and a skipped line would silently shift every later pair.
 */
export async function* streamRows(file: string, spec: RowSpec): AsyncGenerator<IntLine> {
  for await (const { text, line } of readLines(file)) {
    const at = { file, line };
    if (text.trim() === "") {
      throw new DatasetError("empty_line", `line is empty, expected a ${spec.what}`, at);
    }
    const values = parseIntegers(text, at);
    checkRow(values, spec, at);
    yield { line, values };
  }
}

/** Reads a whole integer file into a matrix of the given storage type. */
export async function readRows<T extends Int8Array | Int32Array>(
  file: string,
  spec: RowSpec,
  make: (length: number) => T,
): Promise<IntMatrix<T>> {
  const buffer = new RowBuffer(spec.width, make);
  for await (const { values } of streamRows(file, spec)) buffer.push(values);
  return buffer.finish();
}

/**
 * Writes rows as lines of space-separated integers (`%d`, one space, `\n` after every line: the
 * layout of ADDE's files), checking each row first; nothing is written if a row is rejected.
 */
export async function writeRows(file: string, rows: IntRows, spec: RowSpec): Promise<void> {
  await writeLines(file, rowLines(file, rows, spec));
}

/** The lines `writeRows` writes, checked lazily as they are produced (for `writeFilesTogether`). */
export function* rowLines(file: string, rows: IntRows, spec: RowSpec): Generator<string> {
  let line = 0;
  for (const row of eachRow(rows)) {
    line++;
    checkRow(row, spec, { file, line });
    // `Array.prototype.join` on a typed array writes -0 as "0" and integers without exponent.
    yield Array.prototype.join.call(row, " ");
  }
}
