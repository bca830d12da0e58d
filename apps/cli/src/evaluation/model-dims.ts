/**
 * The D every model of a run works in, read from the models' manifest.json files before tfjs
 * loads: an encoder, ADDE-M and MANNs trained on different encoders cannot share one gallery,
 * and precomputed features must be 12 x that D wide. Caught here it is one clear line, not a
 * shape error deep in a manipulator after minutes of encoding.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** The models' shared D and the option that gave it first, e.g. `--memory models/memory`. */
export interface ModelsDim {
  readonly dim: number;
  readonly from: string;
}

/** A model folder as the command line named it. */
export interface ModelDir {
  readonly option: string;
  readonly dir: string;
}

/**
 * The D of `dirs` (undefined when there are none). Throws naming the folder whose manifest
 * says no D, or the two folders whose D differ.
 *
 * @example
 * await modelsDim([{ option: "encoder", dir: "models/encoder" }, { option: "mann", dir: "models/mann" }]);
 * // { dim: 32, from: "--encoder models/encoder" }
 */
export async function modelsDim(dirs: readonly ModelDir[]): Promise<ModelsDim | undefined> {
  let first: ModelsDim | undefined;
  for (const { option, dir } of dirs) {
    const from = `--${option} ${dir}`;
    const dim = await manifestDim(from, dir);
    if (first === undefined) first = { dim, from };
    else if (dim !== first.dim) {
      throw new Error(
        `${from} has D = ${dim} but ${first.from} has D = ${first.dim}; the models of one run must share the features of one encoder`,
      );
    }
  }
  return first;
}

async function manifestDim(from: string, dir: string): Promise<number> {
  const file = join(dir, "manifest.json");
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`${from}: cannot read ${file} (${(error as Error).message})`);
  }
  const dim = (manifest as { dim?: unknown } | null)?.dim;
  if (typeof dim !== "number" || !Number.isInteger(dim) || dim < 1) {
    throw new Error(`${from}: ${file} has no D ("dim"); is it a folder atelier train wrote?`);
  }
  return dim;
}
