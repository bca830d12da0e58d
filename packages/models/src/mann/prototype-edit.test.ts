import { manipulationIndicator } from "@atelier/schema";
import { describe, expect, it } from "vitest";
import { tf, useWasmTf } from "../test-support/tf.ts";
import { attributeBlocks } from "./attribute-rows.ts";
import { resolveMannConfig } from "./config.ts";
import { createPrototypeEdit } from "./prototype-edit.ts";
import { tinySchema } from "./test-support.ts";

useWasmTf();

const DIM = 2;
// tinySchema: shape (3 values, offset 0), sleeve (2, offset 3), texture (2, offset 5).
const config = resolveMannConfig(tinySchema, {
  dim: DIM,
  writeBy: "attribute",
  residual: "replace",
});

/** Three items: A-line + Long, Wrap + Short, and one with no shape and no texture. */
function items() {
  const features = tf.tensor2d(
    [
      [1, 1, 10, 10, 5, 5],
      [3, 3, 20, 20, 6, 6],
      [7, 8, 30, 30, 9, 4],
    ],
    [3, 6],
  );
  const labels = tf.tensor2d(
    [
      [1, 0, 0, 1, 0, 0, 1],
      [0, 0, 1, 0, 1, 1, 0],
      [0, 0, 0, 1, 0, 0, 0],
    ],
    [3, 7],
  );
  return { features, labels };
}

describe("the replace edit", () => {
  it("writes the new value's prototype, or the attribute's 'no value' prototype when it is removed", () => {
    const blocks = attributeBlocks(tf, tinySchema);
    const edit = createPrototypeEdit(tf, tinySchema, config, blocks);
    const { features, labels } = items();
    edit.initPrototypes(features, labels);
    const indicators = tf.tensor2d(
      [
        Array.from(
          manipulationIndicator(tinySchema, { attribute: "shape", remove: "A-line", add: "Wrap" }),
        ),
        Array.from(manipulationIndicator(tinySchema, { attribute: "shape", remove: "A-line" })),
        Array.from(manipulationIndicator(tinySchema, { attribute: "texture", add: "Knit" })),
      ],
      [3, tinySchema.total],
    );
    const rows = tf.tidy(() => edit.edit(indicators).arraySync());
    // Wrap's prototype is item 1's shape chunk; nothing else is written.
    expect(rows[0]).toEqual([
      [3, 3],
      [0, 0],
      [0, 0],
    ]);
    // No shape: item 2's shape chunk, the only item without one.
    expect(rows[1]).toEqual([
      [7, 8],
      [0, 0],
      [0, 0],
    ]);
    // Knit's prototype is item 1's texture chunk.
    expect(rows[2]).toEqual([
      [0, 0],
      [0, 0],
      [6, 6],
    ]);
    expect(edit.namedVariables().map(([name]) => name)).toEqual([
      "residual/memory",
      "residual/absent",
    ]);
    tf.dispose([blocks, features, labels, indicators]);
    edit.dispose();
  });
});
