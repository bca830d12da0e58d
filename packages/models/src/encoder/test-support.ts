// Shared by the encoder's *.test.ts files only; not exported from the package.
import type { Random } from "@atelier/random";
import type { AttributeSchema } from "@atelier/schema";
import type { Tensor4D } from "@tensorflow/tfjs";
import { schemaOf } from "../mann/test-support.ts";
import { tf } from "../test-support/tf.ts";
import { createEncoder, type Encoder } from "./encoder.ts";

/** Three attributes a square can show: its colour, its quadrant and its size. */
export const squaresSchema: AttributeSchema = schemaOf("squares", {
  colour: ["red", "green", "blue"],
  position: ["top-left", "top-right", "bottom-left", "bottom-right"],
  size: ["small", "large"],
});

export const SIZE = 32;
const COLOURS = [
  [0.9, 0.1, 0.1],
  [0.1, 0.8, 0.2],
  [0.1, 0.2, 0.9],
];

/** A tiny encoder on the squares schema: 32 px, two conv layers, D = 4. */
export function tinyEncoder(seed: number): Encoder {
  return createEncoder(
    tf,
    squaresSchema,
    { imageSize: SIZE, filters: [8, 16], trunk: 32, dim: 4 },
    seed,
  );
}

/** Paints one square on a white image; size -1 (missing) paints a medium one. */
function paint(pixels: Float32Array, item: number, values: ArrayLike<number>) {
  const [colour = 0, position = 0, size = -1] = Array.from(values);
  const side = size === -1 ? 10 : size === 0 ? 6 : 14;
  const x0 = position % 2 === 0 ? 1 : SIZE / 2 + 1;
  const y0 = position < 2 ? 1 : SIZE / 2 + 1;
  const rgb = COLOURS[colour] ?? [0, 0, 0];
  for (let y = y0; y < y0 + side; y++) {
    for (let x = x0; x < x0 + side; x++) {
      const at = ((item * SIZE + y) * SIZE + x) * 3;
      for (let c = 0; c < 3; c++) pixels[at + c] = rgb[c] ?? 0;
    }
  }
}

/** `n` squares with random attributes (size missing for about one in four). */
export function squares(
  random: Random,
  n: number,
): { images: Tensor4D; valueIndices: Int32Array[] } {
  const pixels = new Float32Array(n * SIZE * SIZE * 3).fill(1);
  const valueIndices = Array.from({ length: n }, (_, item) => {
    const pickOf = (k: number) => Math.floor(random() * k);
    const values = Int32Array.from([pickOf(3), pickOf(4), random() < 0.25 ? -1 : pickOf(2)]);
    paint(pixels, item, values);
    return values;
  });
  return { images: tf.tensor4d(pixels, [n, SIZE, SIZE, 3]), valueIndices };
}
