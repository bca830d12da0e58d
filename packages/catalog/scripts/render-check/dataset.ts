/**
 * The data of the render check: @atelier/catalog's training items (fresh labelled renders) with
 * one target class per attribute for the CNN's heads (the value's position, or the attribute's
 * size for "missing").
 */
import { shopping100k } from "@atelier/schema";
import { renderTrainingSet, type TrainingItems } from "../../src/stream/training-items.ts";

/** Training items with per-attribute class indices. */
export interface RenderSet extends TrainingItems {
  /** targets[a][i]: class of item i for attribute a (attribute size = missing). */
  readonly targets: readonly Int32Array[];
}

/** Number of classes of each attribute head: its values plus "missing". */
export const HEAD_SIZES = shopping100k.attributes.map((a) => a.size + 1);

/** `items` with their head targets. */
export function withTargets(items: TrainingItems): RenderSet {
  const width = shopping100k.attributes.length;
  const targets = shopping100k.attributes.map((a, k) => {
    const t = new Int32Array(items.n);
    for (let i = 0; i < items.n; i++) {
      const v = items.rows[i * width + k] as number;
      t[i] = v < 0 ? a.size : v;
    }
    return t;
  });
  return { ...items, targets };
}

/** The held-out set: `n` items from `seed`, rendered once. */
export async function renderSet(
  n: number,
  size: number,
  seed: number,
  onProgress: (done: number) => void,
): Promise<RenderSet> {
  return withTargets(await renderTrainingSet(n, size, seed, onProgress));
}
