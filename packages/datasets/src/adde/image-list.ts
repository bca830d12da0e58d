import { DatasetError, type FileLocation } from "../errors.ts";
import { readLines, writeLines } from "../files.ts";

/**
 * Writes an image list (`imgs_train.txt`, `imgs_test.txt`): one path relative to the image root
 * per line. Line i is item i: labels, references and triplets refer to items by this position.
 *
 * @example
 * await writeImageList("out/imgs_test.txt", ["Female/1_Coats/10_1.jpg", "Male/4_Shirts/7_2.jpg"]);
 */
export async function writeImageList(file: string, paths: readonly string[]): Promise<void> {
  await writeLines(
    file,
    paths.map((path, i) => checkPath(path, { file, line: i + 1 })),
  );
}

/**
 * Reads an image list, streaming; every path is checked as `writeImageList` checks it.
 *
 * @example
 * const images = await readImageList("splits/Shopping100k/imgs_test.txt"); // 20,000 paths
 */
export async function readImageList(file: string): Promise<string[]> {
  const paths: string[] = [];
  for await (const { text, line } of readLines(file)) paths.push(checkPath(text, { file, line }));
  return paths;
}

/**
 * An image path must be non-empty, relative (it is joined to the image root), on one line, and
 * without surrounding whitespace: ADDE opens the line verbatim, so " a.jpg" would not be found.
 */
export function checkPath(path: string, at: FileLocation): string {
  const problem =
    path === ""
      ? "image path is empty"
      : /[\r\n]/.test(path)
        ? "image path contains a line break"
        : path.trim() !== path
          ? `image path "${path}" has leading or trailing whitespace`
          : /^([/\\]|[A-Za-z]:)/.test(path)
            ? `image path "${path}" is absolute; expected a path relative to the image root`
            : undefined;
  if (problem !== undefined) throw new DatasetError("invalid_path", problem, at);
  return path;
}
