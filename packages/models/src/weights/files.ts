/**
 * Saved weights as a directory: manifest.json and one little-endian float32 weights.bin, for
 * every model kind (manipulators, encoder).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

export const MANIFEST_FILE = "manifest.json";
export const WEIGHTS_FILE = "weights.bin";

/**
 * Writes `saved` into `dir` (created if missing), replacing the files there.
 *
 * @example
 * await writeWeights("models/adde-m-fair", await saveWeights(manipulator));
 */
export async function writeWeights(
  dir: string,
  saved: { manifest: object; bytes: Uint8Array },
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, WEIGHTS_FILE), saved.bytes);
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(saved.manifest, null, 2)}\n`);
}

/**
 * Reads what {@link writeWeights} wrote. The manifest is parsed but not checked:
 * `loadWeights` checks it against the schema it is loaded for.
 */
export async function readWeights(dir: string): Promise<{ manifest: unknown; bytes: Uint8Array }> {
  const manifest: unknown = JSON.parse(await readFile(join(dir, MANIFEST_FILE), "utf8"));
  const bytes = new Uint8Array(await readFile(join(dir, WEIGHTS_FILE)));
  return { manifest, bytes };
}
