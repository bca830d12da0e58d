import { createReadStream } from "node:fs";
import { type FileHandle, open, rename, rm, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { DatasetError } from "./errors.ts";

/** One line of a text file without its line break, with its 1-based number. */
export interface TextLine {
  readonly text: string;
  readonly line: number;
}

/**
 * Checks that `file` exists and is a regular file, so that a missing split file is reported as
 * `missing_file` naming it, rather than as a bare ENOENT from deep inside a stream. Returns its size.
 *
 * @example
 * const bytes = await requireFile("splits/ref_test.txt");
 */
export async function requireFile(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      throw new DatasetError("unreadable_file", "is not a regular file", { file });
    }
    return info.size;
  } catch (error) {
    throw toDatasetError(error, file);
  }
}

/** Maps a Node file-system error to a `DatasetError` naming `file`; passes others through. */
export function toDatasetError(error: unknown, file: string): unknown {
  if (error instanceof DatasetError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT")
    return new DatasetError("missing_file", "file not found", { file, cause: error });
  if (code === "EISDIR") {
    return new DatasetError("unreadable_file", "is a directory", { file, cause: error });
  }
  if (code === "EACCES" || code === "EPERM") {
    return new DatasetError("unreadable_file", "permission denied", { file, cause: error });
  }
  return error;
}

/**
 * Streams the lines of a UTF-8 text file in 1 MiB reads, so multi-hundred-MB split files never sit
 * in memory whole. Accepts `\n` and `\r\n`; a final line break does not make an extra empty line,
 * a blank line in the middle is yielded (the caller decides whether that is an error).
 *
 * @example
 * for await (const { text, line } of readLines("splits/imgs_train.txt")) console.log(line, text);
 */
export async function* readLines(file: string): AsyncGenerator<TextLine> {
  await requireFile(file);
  // `encoding` makes the stream decode with a StringDecoder, which keeps a multi-byte character
  // that straddles two reads whole.
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
  let rest = "";
  let line = 0;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      const parts = (rest + chunk).split("\n");
      rest = parts.pop() ?? "";
      for (const part of parts) yield { text: stripCr(part), line: ++line };
    }
  } catch (error) {
    throw toDatasetError(error, file);
  }
  if (rest.length > 0) yield { text: stripCr(rest), line: ++line };
}

function stripCr(text: string): string {
  return text.endsWith("\r") ? text.slice(0, -1) : text;
}

/**
 * A file to write: text lines (each gets a `\n`) or binary chunks, produced lazily so that checks
 * can still reject a row while the file is being written.
 */
export type PlannedFile =
  | { readonly file: string; readonly lines: Iterable<string> }
  | { readonly file: string; readonly bytes: Iterable<Uint8Array> };

/** A file's new text, written beside it and not yet in place. */
interface StagedFile {
  readonly file: string;
  readonly temporary: string;
}

/**
 * Writes lines, each followed by `\n`, to `file`. The text goes to a temporary file beside it that
 * is renamed into place at the end, so a row rejected half-way (the producer throws) leaves any
 * previous `file` untouched rather than a truncated one. Output depends on the lines alone: the
 * same lines give byte-identical files.
 *
 * @example
 * await writeLines("out/imgs_train.txt", ["Female/1_Coats/1_1.jpg"]);
 */
export async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  await writeFilesTogether([{ file, lines }]);
}

/**
 * Writes several files so that either all of them change or none: each is staged to a temporary
 * file first, and only when every one is complete are they renamed into place. A split is a set
 * of files paired by line; replacing half of them would pair new lines with old ones.
 *
 * @example
 * await writeFilesTogether([{ file: "a.txt", lines: ["1"] }, { file: "b.txt", lines: ["2"] }]);
 */
export async function writeFilesTogether(files: readonly PlannedFile[]): Promise<void> {
  const staged: StagedFile[] = [];
  try {
    for (const planned of files) staged.push(await stage(planned));
  } catch (error) {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  }
  for (const { file, temporary } of staged) await rename(temporary, file);
}

async function stage(planned: PlannedFile): Promise<StagedFile> {
  const { file } = planned;
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, "w").catch((error: unknown) => {
    if ((error as { code?: unknown }).code !== "ENOENT") throw toDatasetError(error, file);
    throw new DatasetError("missing_file", `cannot write: folder ${dirname(file)} does not exist`, {
      file,
      cause: error,
    });
  });
  let ok = false;
  try {
    if ("bytes" in planned) {
      for (const chunk of planned.bytes) await writeAll(handle, chunk);
    } else {
      await writeText(handle, planned.lines);
    }
    ok = true;
  } finally {
    await handle.close();
    if (!ok) await rm(temporary, { force: true });
  }
  return { file, temporary };
}

async function writeText(handle: FileHandle, lines: Iterable<string>): Promise<void> {
  // Batch ~1 MiB per write: one syscall per line would dominate a 24 MB labels file.
  let buffer: string[] = [];
  let length = 0;
  for (const text of lines) {
    buffer.push(text, "\n");
    length += text.length + 1;
    if (length >= 1 << 20) {
      await writeAll(handle, Buffer.from(buffer.join("")));
      buffer = [];
      length = 0;
    }
  }
  if (buffer.length > 0) await writeAll(handle, Buffer.from(buffer.join("")));
}

/** `write` may write fewer bytes than given; loop until all are out. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const result = await handle.write(bytes, written, bytes.length - written);
    written += result.bytesWritten;
  }
}
