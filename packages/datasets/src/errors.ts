/**
 * Every way this package can refuse a file or an input. Closed so callers can switch on it
 * (and a new code turns every unhandled switch into a type error).
 */
export type DatasetErrorCode =
  /** A file that should exist does not. */
  | "missing_file"
  /** A path exists but cannot be read as a file (a directory, no permission). */
  | "unreadable_file"
  /** A blank line where a record is expected (it would shift every later pairing by one). */
  | "empty_line"
  /** A line (or input row) has the wrong number of entries. */
  | "wrong_entry_count"
  /** An entry is not a whole number (`1.0`, `x`, `0.5`). */
  | "not_an_integer"
  /** An integer outside the allowed set: {0, 1} for labels, {-1, 0, 1} for indicators. */
  | "invalid_value"
  /** Two ones (or two minus ones) in one attribute block. */
  | "multiple_values"
  /** An item index or attribute value index beyond its range. */
  | "index_out_of_range"
  /** A line that does not have the shape of its format at all. */
  | "malformed_line"
  /** An image path that is empty, absolute or contains a line break. */
  | "invalid_path"
  /** The same image twice in one file. */
  | "duplicate_path"
  /** An image listed in one attribute file but not in another. */
  | "missing_entry"
  /** Files (or inputs) that must pair line by line have different lengths. */
  | "count_mismatch"
  /** A query whose target labels are not its reference's labels plus its indicator. */
  | "inconsistent_query"
  /** A file that claims to be `.npy` but is not valid (bad magic, header, truncated data). */
  | "invalid_npy"
  /** A valid `.npy` file this package does not read (dtype, order, number of dimensions). */
  | "unsupported_npy"
  /** A raw float32 file whose size is not a whole number of rows. */
  | "invalid_feature_size"
  /** A function argument that is wrong regardless of any file (size <= 0, missing dim). */
  | "invalid_argument"
  /** An image that sharp could not decode. */
  | "decode_failed";

export interface DatasetErrorDetails {
  /** The file the problem is in, as the caller named it. */
  readonly file?: string;
  /** 1-based line number in `file` (for writers: the line the row would have been written to). */
  readonly line?: number;
  readonly cause?: unknown;
}

/**
 * The one error this package throws. `code` says what went wrong; `file` and `line` say where,
 * and the message starts with `file:line:` like a compiler's, so a user can jump to it.
 *
 * @example
 * try { await readLabels("splits/labels_train.txt", shopping100k); }
 * catch (e) { if (isDatasetError(e)) console.error(e.message); } // "splits/labels_train.txt:7: ..."
 */
export class DatasetError extends Error {
  override readonly name = "DatasetError";
  readonly code: DatasetErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(code: DatasetErrorCode, message: string, details: DatasetErrorDetails = {}) {
    super(
      `${where(details)}${message}`,
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.code = code;
    this.file = details.file;
    this.line = details.line;
  }
}

function where({ file, line }: DatasetErrorDetails): string {
  if (file === undefined) return "";
  return line === undefined ? `${file}: ` : `${file}:${line}: `;
}

/**
 * True for errors thrown by this package. Also matches by name and code, because two copies of
 * the package in one process (e.g. a bundled app and a test) have distinct classes.
 *
 * @example
 * if (isDatasetError(err) && err.code === "missing_file") console.error(`no such file: ${err.file}`);
 */
export function isDatasetError(error: unknown): error is DatasetError {
  if (error instanceof DatasetError) return true;
  return (
    error instanceof Error &&
    error.name === "DatasetError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

/** Where a record sits: the file and 1-based line that errors name. */
export interface FileLocation {
  readonly file: string;
  readonly line: number;
}
