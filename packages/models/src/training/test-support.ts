// Shared by the training *.test.ts files only; not exported from the package.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { seededRandom, uniformArray } from "@atelier/random";
import type { AttributeSchema } from "@atelier/schema";
import type { AddeMTrainingData } from "./adde-m-data.ts";
import { parseTrainArgs, type TrainArgs } from "./args.ts";

/**
 * `root`/encoder with a manifest.json: enough for --encoder's check, since runs take their
 * features as arrays.
 */
export async function encoderFolder(root: string): Promise<string> {
  const dir = join(root, "encoder");
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "manifest.json"), "{}");
  return dir;
}

/** `train memory` options at dim 4 (the data folder is `encoder`'s parent, it only must exist). */
export function memoryArgs(out: string, encoder: string, ...more: string[]): TrainArgs {
  return parseTrainArgs("memory", [
    ...["--out", out, "--dim", "4", "--data", join(encoder, ".."), "--encoder", encoder],
    ...more,
  ]);
}

/**
 * `pairs` (reference, target) items: a reference's feature is random, its target's is the
 * reference's plus the offset of the new value minus that of the old one (in the attribute's
 * chunk), so W has something to learn beyond its prototype initialisation. Triplet k is
 * (reference k, target k, reference k as the negative: ADDE's default).
 */
export function toyAddeMData(
  schema: AttributeSchema,
  dim: number,
  seed: number,
  pairs: number,
): AddeMTrainingData {
  const random = seededRandom(seed);
  const width = schema.attributes.length * dim;
  const total = schema.total;
  const offsets = schema.attributes.map((a) =>
    a.values.map(() => uniformArray(random, dim, -1, 1)),
  );
  const count = pairs * 2;
  const features = new Float32Array(count * width);
  const labels = new Float32Array(count * total);
  const triplets = new Int32Array(pairs * 3);
  const indicators = new Int8Array(pairs * total);
  for (let k = 0; k < pairs; k++) {
    const values = schema.attributes.map((a) => Math.floor(random() * a.size));
    const a = schema.attributes[Math.floor(random() * schema.attributes.length)];
    if (a === undefined) throw new Error("schema has no attributes");
    const old = values[a.index] ?? 0;
    const changed = values.slice();
    const next = (old + 1 + Math.floor(random() * (a.size - 1))) % a.size;
    changed[a.index] = next;
    const reference = uniformArray(random, width, -1, 1);
    const target = Float32Array.from(reference);
    for (let i = 0; i < dim; i++) {
      const at = a.index * dim + i;
      target[at] = (target[at] ?? 0) + (offsets[a.index]?.[next]?.[i] ?? 0);
      target[at] = (target[at] ?? 0) - (offsets[a.index]?.[old]?.[i] ?? 0);
    }
    for (const [j, item] of [values, changed].entries()) {
      for (const b of schema.attributes)
        labels[(2 * k + j) * total + b.offset + (item[b.index] ?? 0)] = 1;
    }
    features.set(reference, 2 * k * width);
    features.set(target, (2 * k + 1) * width);
    triplets.set([2 * k, 2 * k + 1, 2 * k], 3 * k);
    indicators[k * total + a.offset + old] = -1;
    indicators[k * total + a.offset + next] = 1;
  }
  return { name: "toy", count, features, labels, triplets: { triplets, indicators, count: pairs } };
}
