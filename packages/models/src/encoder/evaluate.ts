/**
 * The encoder's per-attribute accuracy on held-out items: an item counts for an attribute when it
 * has a value there, and is right when the classifier's best value (the "missing" class left out)
 * is that value. This is the number the model card reports.
 */
import type { Tf } from "@atelier/ml";
import { checkLabelledImages, imagesTensor, type LabelledImages } from "./data.ts";
import type { Encoder } from "./encoder.ts";

export interface AttributeAccuracy {
  readonly key: string;
  /** Held-out items that have a value for this attribute. */
  readonly items: number;
  /** Share of them classified right, 0..1 (NaN when none). */
  readonly accuracy: number;
}

/**
 * @example
 * const scores = attributeAccuracy(tf, encoder, heldOut); // [{ key: "category", items, accuracy }, ...]
 */
export function attributeAccuracy(
  tf: Tf,
  encoder: Encoder,
  items: LabelledImages,
  batchSize = 128,
): AttributeAccuracy[] {
  const attributes = encoder.schema.attributes;
  checkLabelledImages(items, encoder.config.imageSize, attributes.length);
  const right = new Array<number>(attributes.length).fill(0);
  const counted = new Array<number>(attributes.length).fill(0);
  for (let start = 0; start < items.n; start += batchSize) {
    const count = Math.min(batchSize, items.n - start);
    const predicted = tf.tidy(() => {
      const images = imagesTensor(tf, items, start, count);
      // Arg-max over the values only: the last logit is "missing".
      return encoder
        .apply(images)
        .logits.map((logits, a) =>
          tf.argMax(tf.slice(logits, [0, 0], [-1, attributes[a]?.size ?? 1]), 1).dataSync(),
        );
    });
    for (let k = 0; k < count; k++) {
      attributes.forEach((_, a) => {
        const truth = items.rows[(start + k) * attributes.length + a] as number;
        if (truth < 0) return;
        counted[a] = (counted[a] ?? 0) + 1;
        if (predicted[a]?.[k] === truth) right[a] = (right[a] ?? 0) + 1;
      });
    }
  }
  return attributes.map((a, i) => ({
    key: a.key,
    items: counted[i] ?? 0,
    accuracy: (right[i] ?? 0) / (counted[i] ?? 0),
  }));
}
