import { randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { VectorIndexError } from "./errors.ts";

/**
 * Runs `write(tmp)` on a fresh file beside `path`, then renames it over `path`, so that a reader
 * (every API replica loads the same index file) sees either the old index or the new one, never
 * half of one. The file is created here first because faiss-node does not catch faiss's own
 * exceptions in `write`: a path faiss cannot open would abort the whole process, so it must not
 * get one.
 *
 * @example
 * await writeAtomically("out/catalog.faiss", (tmp) => native.write(tmp));
 */
export async function writeAtomically(path: string, write: (tmp: string) => void): Promise<void> {
  if (typeof path !== "string" || path.length === 0) {
    throw new VectorIndexError("invalid_argument", `expected a file path, got ${String(path)}`);
  }
  const target = resolve(path);
  const dir = dirname(target);
  const dirStat = await stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) {
    throw new VectorIndexError(
      "write_failed",
      `cannot save to ${target}: ${dir} is not a directory`,
      {
        path: target,
      },
    );
  }
  if ((await stat(target).catch(() => undefined))?.isDirectory()) {
    throw new VectorIndexError("write_failed", `cannot save to ${target}: it is a directory`, {
      path: target,
    });
  }
  const tmp = join(
    dir,
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    await writeFile(tmp, "", { flag: "wx" });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new VectorIndexError(
      "write_failed",
      `cannot save to ${target}: ${dir} is not writable (${code})`,
      {
        path: target,
        cause,
      },
    );
  }
  try {
    write(tmp);
    await rename(tmp, target);
  } catch (cause) {
    await rm(tmp, { force: true });
    throw new VectorIndexError(
      "write_failed",
      `cannot save to ${target}: ${(cause as Error).message}`,
      {
        path: target,
        cause,
      },
    );
  }
}
