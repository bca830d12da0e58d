/** The `writeBy: "attribute"` lead: a manipulation's indicator names the memory rows to write. */
import type { Tf } from "@atelier/ml";
import type { AttributeSchema } from "@atelier/schema";
import type { Tensor2D } from "@tensorflow/tfjs";

/**
 * [total, attributes]: entry (v, r) is 1 when value v belongs to attribute r, so that
 * |indicator| @ this counts the touched values of each attribute.
 */
export function attributeBlocks(tf: Tf, schema: AttributeSchema): Tensor2D {
  const rows = schema.attributes.length;
  const blocks = new Float32Array(schema.total * rows);
  for (const attribute of schema.attributes) {
    for (let v = 0; v < attribute.size; v++) {
      blocks[(attribute.offset + v) * rows + attribute.index] = 1;
    }
  }
  return tf.tensor2d(blocks, [schema.total, rows]);
}

/**
 * The write weighting of `indicators` [B, total]: 1 on the row of every attribute whose block
 * is non-zero, 0 elsewhere -> [B, attributes]. A one-attribute manipulation gives the one-hot
 * of its row; an all-zero indicator writes nothing. Not a distribution when several attributes
 * are named at once: each named row is written as fully as a lone one would be. No gradient
 * flows to the indicators (they are data). Call inside a tidy.
 */
export function attributeWriteWeights(tf: Tf, blocks: Tensor2D, indicators: Tensor2D): Tensor2D {
  return tf.cast(tf.greater(tf.matMul(tf.abs(indicators), blocks), 0), "float32") as Tensor2D;
}
